"""Coder 0.3.125-0.3.137 (thirty-sixth session): armed groups of one country are keyed by that
country, as the annotation guidelines and Phoenix key them, and Kosovo-Albanian actors by Kosovo;
each case on a text written for this file (never dev, held-out or blind). Removing the rule makes
its case fail."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coder_events import event_triples

DAY = dt.date(2025, 3, 1)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Hamas", "PSEREBHMS"),
        ("Hezbollah", "LBNREBHEZ"),
        ("de Taliban", "AFGREBTAL"),
        ("de Islamitische Jihad", "PSEREBISJ"),
    ],
)
def test_an_armed_group_is_keyed_by_its_country(nlp, coder, name: str, code: str) -> None:
    """GUIDELINES: "the CAMEO 3-letter country code of the actor's affiliation", a known-group
    code alone only for international bodies (Al-Qaeda stays IMGALQ)."""
    found = event_triples(nlp, coder, f"Jordanië veroordeelt {name}.", DAY)
    assert ("JOR", "111", code) in found, found
    rows = coder.code_doc(nlp(f"Jordanië veroordeelt {name}."), DAY)
    target = next(r for r in rows if r["actor2_code"] == code)
    assert (target["actor2_country_code"], target["actor2_known_group_code"]) == (
        code[:3],
        code[-3:],
    )


def test_both_groups_owning_a_target_are_hit_when_one_has_a_country(nlp, coder) -> None:
    """ "stellingen van Hezbollah en Al-Qaeda": the coordinated owners are both targets, also now
    that Hezbollah has a country and Al-Qaeda has none."""
    found = event_triples(
        nlp,
        coder,
        "Amerikaanse gevechtsvliegtuigen hebben stellingen van Hezbollah en Al-Qaeda "
        "gebombardeerd.",
        DAY,
    )
    assert {("USAMIL", "195", "LBNREBHEZ"), ("USAMIL", "195", "IMGALQ")} <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "Hamas heeft gisteren drie gijzelaars vrijgelaten.",
        "Hezbollah heeft twee soldaten ontvoerd.",
    ],
)
def test_an_armed_groups_victims_do_not_take_its_country(nlp, coder, text: str) -> None:
    """Hostages held by Hamas and soldiers taken by Hezbollah are not Palestinian or Lebanese:
    a bare role beside such a group gets no country from it (no PSE -> PSE release)."""
    found = event_triples(nlp, coder, text, DAY)
    assert not any(a1[:3] == a2[:3] for a1, _, a2 in found), found


def test_a_domestic_group_still_makes_the_government_its_countrys(nlp, coder) -> None:
    """FARC has no CAMEO known-group code: "de regering" beside it is Colombia's."""
    found = event_triples(nlp, coder, "De FARC en de regering tekenden een akkoord.", DAY)
    assert ("COLGOV", "057", "COLREB") in found, found


def test_the_movement_named_again_is_the_group_with_a_country(nlp, coder) -> None:
    """ "de beweging" in the next sentence refers back to the Taliban, now AFGREBTAL."""
    found = event_triples(
        nlp,
        coder,
        "De Taliban lieten gisteren een Britse hulpverlener vrij. Londen bedankte de beweging.",
        DAY,
    )
    assert ("GBR", "051", "AFGREBTAL") in found, found


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # Kosovo-Albanian actors are Kosovo's (XKX), as "Kosovaarse" already was, also before 2008
        ("Milosevic heeft gisteren Rugova ontvangen in Belgrado.", "1998-06-01", "XKXOPP"),
        ("Het UCK heeft gisteren een Servische politiepost aangevallen.", "1998-06-01", "XKXREB"),
        ("Premier Thaçi ontmoette gisteren de Albanese premier Berisha.", "2010-06-01", "XKXGOV"),
    ],
)
def test_kosovo_albanian_actors_are_kosovos(nlp, coder, text, day, expected) -> None:
    found = event_triples(nlp, coder, text, dt.date.fromisoformat(day))
    assert any(expected in (a1, a2) for a1, _, a2 in found), found
    assert not any(a1.startswith("SRB") and a2.startswith("SRB") for a1, _, a2 in found), found


def test_a_unit_of_a_body_is_of_that_bodys_type(nlp, coder) -> None:
    """ "politie-eenheden" (its lemma is read as "politie-eenhed") are police units: COP."""
    found = event_triples(
        nlp, coder, "Politie-eenheden uit Servië hebben het UCK aangevallen.", dt.date(1998, 6, 1)
    )
    assert ("SRBCOP", "190", "XKXREB") in found, found


def test_a_movement_of_no_country_acts_where_its_feed_reports(nlp, coder) -> None:
    """ "Extinction Rebellion eist ..." in a Belgian feed: the movement has no country of its own,
    so it takes the feed's, as a bare role does, marked as taken from the feed (BELNGMENV)."""
    from geoevents.model import parse_article

    text = "Extinction Rebellion eist dat de federale regering de subsidies afbouwt."
    rows = coder.code_doc(parse_article(nlp, text + "\n\n"), DAY, feed_country="BEL")
    found = {(r["actor1_code"], r["event_root_code"], r["actor2_code"]) for r in rows}
    assert ("BELNGMENV", "10", "BELGOV") in found, found
    assert all(r["actor_from_feed"] for r in rows if r["actor1_code"] == "BELNGMENV"), rows


def test_a_movement_abroad_takes_neither_the_feeds_country_nor_its_targets(nlp, coder) -> None:
    """ "Extinction Rebellion bekritiseert de Franse regering" in a Dutch feed: the article is
    about France, so the movement is not the feed's (NLD), nor France's, the one it acts on."""
    text = "Extinction Rebellion bekritiseert de Franse regering."
    found = event_triples(nlp, coder, text, DAY, feed_country="NLD")
    assert ("NGMENV", "111", "FRAGOV") in found, found


def test_an_opening_role_read_as_a_modifier_is_the_subject_before_a_named_one(coder) -> None:
    """ "Kabinet verklaart Israëlische ministers tot persona non grata": the parser tags the
    opening "Kabinet" an adjective on the verb and takes the ministers for the subject; the role
    noun is the subject and the ministers the object (a pronoun after the verb stays subject)."""
    from geoevents.transforms.coder import actors as A
    from geoevents.transforms.coder.repairs_news import opening_role_read_as_modifier
    from tests.test_coder_rules_s34 import tree

    def agent_like(t) -> bool:
        return A.agent_types(t, coder.index) is not None

    doc = tree(
        "Kabinet verklaart Israëlische ministers tot persona non grata",
        "ADJ VERB ADJ NOUN ADP X NOUN VERB",
        "advmod ROOT amod nsubj case amod obl obl",
        [1, 1, 3, 1, 6, 6, 1, 1],
        "kabinet verklaren Israëlisch minister tot persona non grata",
        participle=-1,
    )
    assert opening_role_read_as_modifier(doc, agent_like) == 1
    assert (doc[0].pos_, doc[0].dep_, doc[3].dep_) == ("NOUN", "nsubj", "obj")
    doc = tree(
        "Kabinet verklaart ze tot persona non grata",
        "ADJ VERB PRON ADP X NOUN VERB",
        "advmod ROOT nsubj case amod obl obl",
        [1, 1, 1, 5, 5, 1, 1],
        "kabinet verklaren ze tot persona non grata",
        participle=-1,
    )
    assert opening_role_read_as_modifier(doc, agent_like) == 0


def test_a_role_from_a_town_the_dictionaries_do_not_list_is_of_that_towns_country(
    nlp, coder
) -> None:
    """ "Betogers uit Mostar": a town only the gazetteer knows gives the protesters their
    country (Bosnia), not the one the sentence names for the other side."""
    found = event_triples(
        nlp,
        coder,
        "Betogers uit Mostar verweten de Nederlandse regering dat zij faalde.",
        dt.date(2002, 4, 17),
    )
    assert ("BIHOPP", "112", "NLDGOV") in found, found


def test_actors_that_do_likewise_are_sources_too(nlp, coder) -> None:
    """ "Frankrijk erkent de staat Palestina, net als Spanje en Ierland": the "net als" actors
    do the same act (each its own event); "als" alone names a role, not another actor."""
    found = event_triples(
        nlp, coder, "Frankrijk erkent de staat Palestina, net als Spanje en Ierland.", DAY
    )
    sources = {a1 for a1, code, _ in found if code == "054"}
    assert {"FRA", "ESP", "IRL"} <= sources, found


def test_a_participle_hung_on_its_auxiliary_as_a_noun_clause_heads_the_clause() -> None:
    """ "Japan heeft bij China een protest ingediend": the parser hangs "ingediend" on "heeft"
    as an ``acl``, which only a noun takes; the participle becomes the root, so "bij China"
    is the protest's addressee."""
    import spacy
    from spacy.tokens import Doc

    from geoevents.transforms.coder.repairs_participles import aux_root_to_participle

    words = "Japan heeft bij China een protest ingediend .".split()
    doc = Doc(
        spacy.blank("nl").vocab,
        words=words,
        pos="PROPN VERB ADP PROPN DET NOUN VERB PUNCT".split(),
        deps="nsubj ROOT case obl det obj acl punct".split(),
        heads=[1, 1, 3, 1, 5, 6, 1, 1],
        lemmas="Japan hebben bij China een protest indienen .".split(),
        morphs=["", "VerbForm=Fin", "", "", "", "", "VerbForm=Part", ""],
    )
    assert aux_root_to_participle(doc) == 1
    assert doc[6].dep_ == "ROOT" and doc[3].head.i == 6 and doc[0].head.i == 6


def test_a_bare_role_beside_a_foreign_one_of_the_same_kind_is_the_feeds(nlp, coder) -> None:
    """ "De premier belde met de Israëlische premier": the other premier is named with his
    country to tell him apart, so the bare one is the Dutch feed's own (NLDGOV), although the
    sentence names another country."""
    text = "De premier belde met de Israëlische premier Netanyahu over de aanslag."
    day = dt.date(2024, 11, 8)
    found = event_triples(nlp, coder, text, day, feed_country="NLD")
    assert ("NLDGOV", "041", "ISRGOV") in found, found
    assert not any(a1.startswith("NLD") for a1, _, _ in event_triples(nlp, coder, text, day))


def test_people_attacking_people_is_words_and_states_attacking_is_force(nlp, coder) -> None:
    """ "Trump en Vance vallen Zelensky aan" (an Oval Office row) criticises, 111; a state
    attacking a state is force, 190 (the predicate flag ``people=111``)."""
    day = dt.date(2025, 2, 28)
    found = event_triples(nlp, coder, "Trump en Vance vallen Zelensky aan.", day)
    assert ("USAGOV", "111", "UKRGOV") in found, found
    assert ("RUSGOV", "190", "UKR") in event_triples(nlp, coder, "Poetin valt Oekraïne aan.", day)


def test_a_directive_participle_hung_on_the_addressee_before_it_heads_its_clause() -> None:
    """ "Kallas heeft Israël opgeroepen de grens te openen": the parser hangs "opgeroepen" on
    the addressee before it and makes the infinitive the root; the call heads the clause, with
    the addressee as its object and the infinitive as its complement."""
    from geoevents.transforms.coder.repairs_directives import (
        directive_participle_read_as_modifier,
    )
    from tests.test_coder_rules_s34 import tree

    doc = tree(
        "Kallas heeft Israël opgeroepen de grens te openen .",
        "PROPN AUX PROPN VERB DET NOUN ADP VERB PUNCT",
        "nsubj aux obj acl det obj mark ROOT punct",
        [7, 7, 1, 2, 5, 7, 7, 7, 7],
        "Kallas hebben Israël oproepen de grens te openen .",
        participle=3,
    )
    assert directive_participle_read_as_modifier(doc) == 1
    assert doc[3].dep_ == "ROOT" and (doc[2].head.i, doc[2].dep_) == (3, "obj")
    assert (doc[7].head.i, doc[7].dep_) == (3, "xcomp") and doc[5].head.i == 7


def test_a_verb_after_en_reads_its_cues_in_its_own_clause(nlp, coder) -> None:
    """ "Macron bezoekt Kyiv en belooft Zelensky steun": the promise is of support (032); the
    cue "bezoek" inside "bezoekt" belongs to the first clause, not to a promised visit (036)."""
    found = event_triples(
        nlp, coder, "Macron bezoekt Kyiv en belooft Zelensky steun.", dt.date(2025, 5, 10)
    )
    promised = {code for a1, code, _ in found if a1 == "FRAGOV" and code.startswith("03")}
    assert promised == {"032"}, found


def test_the_noun_after_a_conjoined_verb_is_its_object() -> None:
    """ "Israël heeft doelen aangevallen en dreigt Hezbollah met een offensief": the verb after
    "en" shares Israel as its subject, so the name the parser made its subject is its object;
    not when the first conjunct's subject follows its own verb ("raken stoffen uitgeput en
    treden ziekten op": an inverted pair)."""
    from geoevents.transforms.coder.repairs_ellipsis import object_after_a_conjoined_verb
    from tests.test_coder_rules_s34 import tree

    doc = tree(
        "Israël heeft doelen aangevallen en dreigt Hezbollah met acties .",
        "PROPN AUX NOUN VERB CCONJ VERB PROPN ADP NOUN PUNCT",
        "nsubj aux obj ROOT cc conj nsubj case obl:arg punct",
        [3, 3, 3, 3, 5, 3, 5, 8, 5, 3],
        "Israël hebben doel aanvallen en dreigen Hezbollah met actie .",
        participle=3,
    )
    assert object_after_a_conjoined_verb(doc) == 1 and doc[6].dep_ == "obj"
    doc = tree(
        "Daarna raken stoffen uitgeput en treden ziekten op .",
        "ADV VERB NOUN ADJ CCONJ VERB NOUN ADP PUNCT",
        "advmod ROOT nsubj xcomp cc conj nsubj compound:prt punct",
        [1, 1, 1, 1, 5, 1, 5, 5, 1],
        "daarna raken stof uitgeput en treden ziekte op .",
        participle=-1,
    )
    assert object_after_a_conjoined_verb(doc) == 0


def test_weapons_promised_are_military_aid_promised(nlp, coder) -> None:
    """ "belooft Oekraïne meer wapens", "zegt hem nieuwe wapens toe": 0332, not the bare 030."""
    day = dt.date(2024, 5, 10)
    assert ("FRAGOV", "0332", "UKR") in event_triples(
        nlp, coder, "Macron belooft Oekraïne meer wapens.", day
    )
