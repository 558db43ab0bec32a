"""Coder rules of 0.3.93 and later (thirtieth session), each on a text written for this file
(never dev, held-out or blind). Removing the rule makes its case fail."""

from __future__ import annotations

import datetime as dt

from tests.coder_events import event_triples

DAY = dt.date(2025, 3, 1)


def test_suspects_are_criminals_for_the_police(nlp, coder) -> None:
    """ "De politie heeft tientallen verdachten opgepakt": suspects are an actor (CRM, as
    PETRARCH2's CULPRIT), so a domestic arrest has a target (coder 0.3.93)."""
    found = event_triples(
        nlp, coder, "De politie heeft in Gent twintig verdachten opgepakt.", DAY, "BEL"
    )
    assert ("BELCOP", "173", "BELCRM") in found, found


def test_a_name_tagged_adjective_after_its_verb_is_the_object(nlp, coder) -> None:
    """ "Mali, Burkina Faso en Niger verlaten officieel Ecowas": the organisation, tagged ADJ and
    hung on the verb as an ``obl`` without a preposition, is the object (coder 0.3.93)."""
    from geoevents.model import parse_article
    from geoevents.transforms.coder.repairs_clauses import bare_oblique_is_object

    for word, moved in (("Ecowas", True), ("officieel", False)):
        # a capitalised name tagged ADJ moves; a lower-case adjective stays
        doc = parse_article(nlp, f"Guinee verlaat {word}\n\n")
        adj = doc[2]
        adj.pos_, adj.dep_, adj.head = "ADJ", "obl", doc[1]
        for t in doc:
            if t.i not in (1, 2) and t.head.i == 1 and t.dep_ in ("obj", "ccomp", "xcomp"):
                t.dep_ = "dep"  # no other object on the verb
        assert bare_oblique_is_object(doc) == int(moved), word
        assert (adj.dep_ == "obj") == moved, word


def test_a_national_leadership_is_its_government(nlp, coder) -> None:
    """ "de Palestijnse leiding": the leadership of a country acts as its government (coder
    0.3.93)."""
    found = event_triples(
        nlp, coder, "De Iraanse leiding noemde de Amerikaanse president een leugenaar.", DAY
    )
    assert any(a1 == "IRNGOV" and c.startswith("11") for a1, c, _ in found), found


def test_a_blame_without_target_takes_the_object_of_its_hostile_conjunct(nlp, coder) -> None:
    """ "Seoul ontbiedt de Japanse ambassadeur en spreekt van een provocatie": the provocation
    is blamed on whom the coordinated hostile clause acts against (coder 0.3.93)."""
    found = event_triples(
        nlp,
        coder,
        "Seoul ontbiedt de Japanse ambassadeur en spreekt van een provocatie.",
        DAY,
    )
    assert ("KOR", "111", "JPNGOV") in found, found
    friendly = event_triples(
        nlp, coder, "Hanoi spreekt van een provocatie en bedankt de Japanse regering.", DAY
    )
    assert not any(c == "111" and a2 == "JPNGOV" for _, c, a2 in friendly), friendly


def test_a_verb_read_as_copula_with_its_particle_is_the_verb(nlp, coder) -> None:
    """ "De oppositie diende een motie van wantrouwen in tegen minister X": "diende" read as the
    copula of "motie" and "in" as a second preposition; the verb "indienen" takes the motion
    and its "tegen" phrase: 113, as PETRARCH2's SEEK VOTE OF NO CONFIDENCE (coder 0.3.93)."""
    found = event_triples(
        nlp,
        coder,
        "De oppositie diende een motie van wantrouwen in tegen minister Keijzer.",
        dt.date(2022, 6, 1),
        "NLD",
    )
    assert ("NLDOPP", "113", "NLDELI") in found, found


def test_a_particle_word_on_the_object_belongs_to_the_verb(nlp, coder) -> None:
    """ "Vakbonden leggen het openbaar vervoer plat": "plat" hung on the object is the verb's
    particle when the dictionary has the verb with it (coder 0.3.93)."""
    from geoevents.model import parse_article

    doc = parse_article(nlp, "De Franse vakbonden leggen het openbaar vervoer plat.\n\n")
    coder.code_doc(doc, DAY)
    plat = next(t for t in doc if t.text == "plat")
    assert (plat.dep_, plat.head.lemma_) == ("compound:prt", "leggen"), [
        (t.text, t.dep_, t.head.text) for t in doc
    ]
    found = event_triples(nlp, coder, "De Franse vakbonden leggen België plat.", DAY)
    assert ("FRALAB", "143", "BEL") in found, found


def test_a_present_participle_before_its_noun_is_an_adjective(nlp, coder) -> None:
    """ "het vuur geopend op wachtende Palestijnen": the participle after the preposition is the
    noun's adjective, so the noun is the target of the "op" phrase (coder 0.3.93)."""
    from geoevents.model import parse_article
    from geoevents.transforms.coder.repairs_verb_forms import present_participle_read_as_verb

    doc = parse_article(nlp, "Soldaten openden het vuur op wachtende burgers.\n\n")
    part = next(t for t in doc if t.text == "wachtende")
    noun = next(t for t in doc if t.text == "burgers")
    case = next(t for t in doc if t.text == "op")
    part.pos_, part.dep_, part.head = "VERB", "obl", doc[1]
    noun.dep_, noun.head = "appos", part
    case.dep_, case.head = "case", part
    assert present_participle_read_as_verb(doc) == 1
    assert (part.dep_, part.head.text, noun.dep_, case.head.text) == (
        "amod",
        "burgers",
        "obl",
        "burgers",
    )


def test_a_charge_d_affaires_and_a_drone_are_agents(nlp, coder) -> None:
    """ "zaakgelastigde" is a diplomat (GOV) and a drone a military craft (MIL), with their
    country's adjective (coder 0.3.93)."""
    found = event_triples(nlp, coder, "Litouwen ontbiedt de Russische zaakgelastigde.", DAY)
    assert any(a1 == "LTU" and a2 == "RUSGOV" for a1, _, a2 in found), found
    found = event_triples(nlp, coder, "Polen heeft twee Russische drones neergeschoten.", DAY)
    assert ("POL", "190", "RUSMIL") in found, found


def test_an_attack_struck_the_place_down_its_chain_of_modifiers(nlp, coder) -> None:
    """ "Bij Israëlische beschietingen nabij een distributiepunt voor hulpgoederen in Rafah":
    with no "op" target, the first "in" place down the attack noun's modifiers, three phrases
    deep at most, is where it struck (coder 0.3.93)."""
    found = event_triples(
        nlp,
        coder,
        "Bij Russische aanvallen rond een depot voor brandstof in Charkiv zijn vier mensen gedood.",
        DAY,
    )
    assert any(a1 == "RUS" and c.startswith("19") and a2 == "UKR" for a1, c, a2 in found), found


def test_a_bare_preposition_on_the_verb_is_its_particle(nlp, coder) -> None:
    """ "Georgië schort EU-toetredingsgesprekken op tot 2028": "op", with no words of its own, is
    the particle of a verb that takes it (the lemma also read from the form: "schort"), the noun
    hung on the verb as an apposition is its object, and talks with no "met" phrase whose noun
    is led by an actor ("EU-") are talks with that actor: 164 (coder 0.3.93)."""
    from geoevents.model import parse_article

    doc = parse_article(nlp, "Armenië schort EU-toetredingsgesprekken op tot 2030\n\n")
    coder.code_doc(doc, DAY)
    op = next(t for t in doc if t.text == "op")
    talks = next(t for t in doc if t.text.startswith("EU-"))
    assert (op.dep_, talks.dep_) == ("compound:prt", "obj"), [
        (t.text, t.dep_, t.head.text) for t in doc
    ]
    found = event_triples(nlp, coder, "Armenië schort EU-toetredingsgesprekken op tot 2030", DAY)
    assert any(a1 == "ARM" and c == "164" and a2 == "IGOEUREEC" for a1, c, a2 in found), found


def test_a_participle_run_into_a_name_before_a_subordinate_clause_is_the_verb(nlp, coder) -> None:
    """ "Pastrana heeft zijn ambassadeur in Caracas teruggeroepen nadat Chávez ...": the tagger
    ran the name on into the participle and the parser hung the main clause on the "nadat"
    clause's verb; the participle is the main verb and the other its adverbial clause
    (coder 0.3.93)."""
    found = event_triples(
        nlp,
        coder,
        "De Filipijnen hebben hun ambassadeur in Peking teruggeroepen nadat China een schip had "
        "geramd.",
        DAY,
    )
    assert any(a1 == "PHL" and c == "161" and a2.startswith("CHN") for a1, c, a2 in found), found
    assert not any(a1 == "PHL" and c.startswith("19") for a1, c, _ in found), found


def test_a_country_after_a_role_noun_is_no_name(nlp, coder) -> None:
    """ "Gisteren heeft de Franse president Oekraïne nieuwe wapens beloofd": the parser hung the
    country on "president" as the role holder's name, and "president Oekraïne" became Ukraine's
    government promising France; a country is an argument of the verb (coder 0.3.93). A polity
    noun keeps its name ("de staat Israël")."""
    found = event_triples(
        nlp, coder, "Gisteren heeft de Duitse kanselier Polen nieuwe tanks beloofd.", DAY
    )
    assert any(a1 == "DEUGOV" and a2 == "POL" for a1, _, a2 in found), found
    assert not any(a1 == "POLGOV" for a1, _, _ in found), found


def test_a_name_after_a_conjoined_title_is_that_titles_holder(nlp, coder) -> None:
    """ "De Franse president en premier De Croo spraken ...": the parser hung "De Croo" on the
    first conjunct; a title stands right before its holder's name, so the name is the premier's
    when the first role has a nationality of its own, not in "zijn schepper en president X"
    (one person, two roles) (coder 0.3.93)."""
    from geoevents.model import parse_article
    from geoevents.transforms.coder import actors as A
    from geoevents.transforms.coder.repairs_names import name_after_a_conjoined_role

    def role_like(t) -> bool:
        return A.agent_types(t, coder.index) is not None

    for text, moved in (
        ("De Franse president en premier Rutte spraken gisteren.", True),
        ("Zijn schepper en president Rutte sprak gisteren.", False),
    ):
        doc = parse_article(nlp, text + "\n\n")
        first = doc[2] if moved else doc[1]
        second = next(
            t for t in doc if t.text == "premier" or (t.text == "president" and not moved)
        )
        name = next(t for t in doc if t.text == "Rutte")
        second.head, second.dep_ = first, "conj"
        name.head, name.dep_ = first, "appos"
        assert name_after_a_conjoined_role(doc, role_like) == int(moved), text
        assert name.head.i == (second.i if moved else first.i), text


def test_a_clause_final_adjective_inside_the_object_is_predicative(nlp, coder) -> None:
    """ "noemt de uitspraken van de Belgische minister 'agressief en onverantwoordelijk'": the
    parser hung the adjective on the object's last noun as an ``nmod``; it is the verb's
    ``xcomp``, where "noemen" reads its cue (coder 0.3.93). A noun phrase that goes on
    ("honderdduizenden doden en ...") is left alone."""
    from geoevents.model import parse_article
    from geoevents.transforms.coder.repairs_verb_forms import (
        predicative_adjective_read_as_modifier,
    )

    doc = parse_article(nlp, "Moskou noemt de woorden van de minister agressief.\n\n")
    adj = next(t for t in doc if t.text == "agressief")
    minister = next(t for t in doc if t.text == "minister")
    adj.head, adj.dep_, adj.pos_ = minister, "nmod", "ADJ"
    assert predicative_adjective_read_as_modifier(doc) == 1
    assert (adj.dep_, adj.head.text) == ("xcomp", "noemt")


def test_a_dat_clause_on_a_verb_is_its_complement(nlp, coder) -> None:
    """ "De Belgische vakbonden eisen dat de Belgische regering het plan schrapt": the parser hung
    the "dat"-clause on "eisen" (tagged a noun) as a relative clause; a clause with "dat" as its
    conjunction on a verb or a root with a subject is the verb's complement, so the demand has
    its target (coder 0.3.93)."""
    found = event_triples(
        nlp,
        coder,
        "De Franse vakbonden eisen dat de Franse regering het plan schrapt.",
        DAY,
    )
    assert ("FRALAB", "100", "FRAGOV") in found, found
