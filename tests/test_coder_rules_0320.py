"""Coder 0.3.20: a demanded, asked-for or denied dat-clause reports nothing that happened; a
town that names an agreement is no party to it; where an act happened is not whom a stand on
the act is about; an intent to meet or talk is one side's; an auxiliary whose participle the
parser hung elsewhere reads no "contact hebben"; unions, watchdogs and riot police of domestic
news are actors. Invented sentences, each failing without its change."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coder_events import event_triples

DAY = dt.date(2025, 3, 1)


def _roots(coder, nlp, text: str, feed: str | None = None) -> set[tuple[str, str, str]]:
    return {(a, c[:2], b) for a, c, b in event_triples(nlp, coder, text, DAY, feed)}


def test_a_demanded_clause_is_not_an_event(nlp, coder) -> None:
    got = _roots(coder, nlp, "Kallas eist dat Rusland zijn troepen terugtrekt uit Oekraïne.")
    assert ("IGOEUREEC", "10", "RUS") in got  # the demand itself
    assert not any(a == "RUS" for a, _, _ in got)  # no withdrawal that did not happen


def test_a_reported_clause_is_still_coded(nlp, coder) -> None:
    """Speech verbs are not demands: "zegt dat" reports an event."""
    got = _roots(coder, nlp, "Zelensky zegt dat Rusland Charkiv heeft aangevallen.")
    assert ("RUS", "19", "UKR") in got


@pytest.mark.parametrize(
    "text",
    [
        "De VS stappen opnieuw uit het klimaatakkoord van Parijs.",
        "Rusland schendt de akkoorden van Minsk.",
    ],
)
def test_a_town_that_names_an_agreement_is_no_party(nlp, coder, text: str) -> None:
    assert not {b for _, _, b in _roots(coder, nlp, text)} & {"FRA", "BLR"}


def test_a_town_owning_a_proposal_stands_for_its_state(nlp, coder) -> None:
    assert ("ISR", "12", "EGY") in _roots(coder, nlp, "Israël verwerpt het voorstel van Caïro.")


def test_where_an_act_happened_is_not_whom_a_stand_is_about(nlp, coder) -> None:
    got = _roots(coder, nlp, "Palestijnse president Abbas veroordeelt aanslag in Jeruzalem")
    assert not any(b.startswith("ISR") for _, _, b in got)
    # a place that is itself the object stays a target
    assert ("RUS", "19", "UKR") in _roots(coder, nlp, "Rusland bombardeerde doelen in Kyiv.")


@pytest.mark.parametrize(
    ("text", "one_way"),
    [
        ("Zelensky is bereid Poetin te ontmoeten.", ("UKRGOV", "03", "RUSGOV")),
        ("Iran is bereid met de VS te praten.", ("IRN", "03", "USA")),
    ],
)
def test_an_intent_to_meet_is_one_sides(nlp, coder, text: str, one_way) -> None:
    got = _roots(coder, nlp, text)
    assert one_way in got
    assert (one_way[2], one_way[1], one_way[0]) not in got


def test_a_mutual_intent_stays_mutual(nlp, coder) -> None:
    got = _roots(coder, nlp, "Biden en Xi willen elkaar ontmoeten.")
    assert {(a[:3], b[:3]) for a, r, b in got if r == "03"} == {("USA", "CHN"), ("CHN", "USA")}


def test_an_auxiliary_before_a_misplaced_participle_is_no_meeting(nlp, coder) -> None:
    text = "De Israëlische regering heeft gisteren alle contacten met Arafat verbroken."
    got = _roots(coder, nlp, text)
    assert not any(r == "04" for _, r, _ in got)
    assert ("ISRGOV", "16", "PSE") in got
    # "contact gehad met": the participle of "hebben" is the meeting
    assert ("RUSGOV", "04", "CHNGOV") in _roots(coder, nlp, "Poetin heeft contact gehad met Xi.")


@pytest.mark.parametrize(
    ("text", "feed", "expected"),
    [
        (
            "Minister Vandenbroucke hekelt het verzet van de artsensyndicaten tegen zijn hervorming.",
            "BEL",
            ("BELGOV", "11", "BELLAB"),
        ),
        (
            "De politiebonden voeren actie tegen minister Yeşilgöz.",
            "NLD",
            ("NLDLAB", "14", "NLDPTY"),
        ),
    ],
)
def test_unions_of_domestic_news_are_actors(nlp, coder, text: str, feed: str, expected) -> None:
    assert expected in _roots(coder, nlp, text, feed)


def test_a_football_association_is_no_union(nlp, coder) -> None:
    got = _roots(coder, nlp, "De voetbalbond bekritiseert minister Faber.", "NLD")
    assert not any(a.endswith("LAB") for a, _, _ in got)


def _sentence_rows(coder, nlp, text: str, index: int) -> set[tuple[str, str, str]]:
    rows = coder.code_doc(nlp(text + "\n\n"), dt.date(2000, 3, 16))
    return {
        (r["actor1_code"][:3], r["event_root_code"], r["actor2_code"][:3])
        for r in rows
        if r["sentence_index"] == index
    }


def test_a_plural_pronoun_takes_the_plural_noun_of_its_own_sentence(nlp, coder) -> None:
    """ "zij" after "de Taiwanese kiezers" is the voters, not the three countries named in the
    sentence before."""
    text = (
        "Bush noemde Irak, Iran en Noord-Korea een as van het kwaad. "
        "Premier Zhu Rongji waarschuwde de Taiwanese kiezers dat zij spijt zullen krijgen."
    )
    got = _sentence_rows(coder, nlp, text, 1)
    assert not {b for _, _, b in got} & {"IRQ", "IRN", "PRK"}


def test_a_plural_pronoun_still_takes_the_pair_of_the_sentence_before(nlp, coder) -> None:
    text = "Biden en Xi ontmoetten elkaar. Ze kwamen overeen om de handel te herstellen."
    got = {(a, b) for a, r, b in _sentence_rows(coder, nlp, text, 1) if r == "03"}
    assert got == {("USA", "CHN"), ("CHN", "USA")}


def test_beide_landen_are_the_two_countries_of_their_own_sentence(nlp, coder) -> None:
    text = (
        "Duitsland en Italië sloten een pact. Met Operatie Barbarossa viel Duitsland op 22 juni "
        "1941 de Sovjet-Unie aan, ondanks het niet-aanvalsverdrag dat beide landen twee jaar "
        "eerder hadden gesloten."
    )
    got = _sentence_rows(coder, nlp, text, 1)
    assert ("DEU", "05", "RUS") in got
    assert not any("ITA" in (a, b) for a, _, b in got)


def test_het_land_of_an_expulsion_idiom_is_no_anaphor(nlp, coder) -> None:
    """ "is het land uitgezet": "het land" is part of the idiom, not Estonia named before."""
    text = (
        "Estland zet Russische diplomaat het land uit. "
        "De Russische ambassadeur is het land uitgezet door Moldavië."
    )
    got = _sentence_rows(coder, nlp, text, 1)
    assert ("MDA", "16", "RUS") in got
    assert not any(b == "EST" for _, _, b in got)


def test_a_conjoined_clause_gives_no_cue_to_the_verb_before_it(nlp, coder) -> None:
    """ "elkaar" of a later clause makes "zien" no meeting ("lieten zien ... elkaar")."""
    text = (
        "Biden en Xi ontmoetten elkaar. Zo lieten ze aan de wereld zien dat hoewel ze elkaars "
        "economische concurrenten zijn, ze elkaar niet in de weg hoeven te zitten."
    )
    assert not _sentence_rows(coder, nlp, text, 1)


def test_a_short_cue_inside_a_name_is_no_cue(nlp, coder) -> None:
    """ "staf" (staff withdrawn, 166) is not in "Mustafa"."""
    text = (
        "Ook bezetten de Italianen tijdelijk een deel van Anatolië, maar trokken zich onder druk "
        "van Mustafa Kemal terug."
    )
    got = _roots(coder, nlp, text)
    assert not any(r == "16" for _, r, _ in got)


def test_a_meal_of_leaders_is_a_meeting(nlp, coder) -> None:
    assert ("IGOWSTNAT", "04", "FRAGOV") in _roots(coder, nlp, "Rutte had een diner met Macron.")


def test_the_police_acting_on_a_protest_do_not_protest(nlp, coder) -> None:
    text = "De Servische politie heeft tientallen studenten opgepakt tijdens een protest tegen president Vucic."
    got = _roots(coder, nlp, text)
    assert ("SRBCOP", "17", "SRBEDU") in got
    assert not any(r == "14" for _, r, _ in got)


def test_a_finite_verb_tagged_as_an_adjective_is_still_a_verb(nlp, coder) -> None:
    """ "uitsluit" at the end of a dat-clause is tagged ADJ; with its own subject it is the
    verb, not an attributive participle."""
    got = _roots(coder, nlp, "Xi zegt dat hij een militair ingrijpen tegen Taiwan niet uitsluit.")
    assert ("CHNGOV", "13", "TWN") in got


def test_an_abbreviation_the_article_defines_names_the_actor(nlp, coder) -> None:
    text = (
        "Het nieuwe Koninkrijk der Serviërs, Kroaten en Slovenen (SKS) ruziede met Italië. "
        "Italië viel het SKS aan."
    )
    assert ("ITA", "19", "SRB") in _sentence_rows(coder, nlp, text, 1)


def test_an_abbreviation_needs_the_names_initials() -> None:
    from geoevents.transforms.coder.actors import COUNTRY, Entry, Mention
    from geoevents.transforms.coder.mention_match import with_article_abbreviations

    words = ["de", "Verenigde", "Staten", "(", "XZ", ")", "en", "XZ"]
    m = Mention(1, 3, Entry(COUNTRY, "USA", "Verenigde Staten"))
    assert with_article_abbreviations(words, [m]) == [m]  # "XZ" is no abbreviation of it
    words[4] = words[7] = "VS"
    assert [x.start for x in with_article_abbreviations(words, [m])] == [1, 7]


def test_a_predicative_noun_acts_for_the_subject(nlp, coder) -> None:
    """ "toonde zich een bewonderaar van Mussolini": the subject admires (051)."""
    text = "De Griekse dictator Metaxas toonde zich een groot bewonderaar van Mussolini."
    rows = coder.code_doc(nlp(text + "\n\n"), dt.date(1938, 1, 1))
    assert {(r["actor1_code"], r["event_root_code"], r["actor2_code"]) for r in rows} == {
        ("GRCGOV", "05", "ITAGOV")
    }


def test_a_country_named_later_leaves_the_home_feed_role_at_home(nlp, coder) -> None:
    """ "gemeenten" in a Dutch feed are Dutch even when a later sentence names Ukraine."""
    text = (
        "Minister Faber vraagt gemeenten om extra opvangplekken. "
        "Zij sprak eerder met Zelensky in Kyiv."
    )
    rows = coder.code_doc(nlp(text + "\n\n"), DAY, feed_country="NLD")
    got = {(r["actor1_code"], r["actor2_code"]) for r in rows if r["sentence_index"] == 0}
    assert ("NLDGOV", "NLDGOV") in got
