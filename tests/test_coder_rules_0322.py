"""Coder 0.3.22: getting into a quarrel with someone ("kreeg ruzie met") is CAMEO 110
(disapprove), both ways, as "ruzie hebben/maken met" was ("in conflict raken/komen met" already
was, through the event noun); a verb tagged AUX with a separable particle is a main verb ("weg
hebben"), so the issue's feed example "Israël wil Artsen zonder Grenzen weg hebben uit Gaza" is
an event; a country named only as a destination is never the home of a bare role ("De rechter
verbiedt ... export ... naar Israël" is no Israeli court). Invented sentences; each test fails
without its change (the guards say what must stay)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coder_events import event_triples

DAY = dt.date(2024, 3, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Turkije kreeg ruzie met Griekenland.",
        "Turkije raakte in conflict met Griekenland.",
        "Turkije kwam in conflict met Griekenland.",
    ],
)
def test_getting_into_a_conflict_is_disapproval_both_ways(nlp, coder, text: str) -> None:
    roots = {(a, c[:2], b) for a, c, b in event_triples(nlp, coder, text, DAY)}
    assert {("TUR", "11", "GRC"), ("GRC", "11", "TUR")} <= roots


def test_a_conflict_with_no_actor_on_the_other_side_is_no_event(nlp, coder) -> None:
    assert not event_triples(nlp, coder, "Turkije raakte in conflict met de regels.", DAY)


def test_wanting_an_aid_agency_out_is_the_threat_of_expelling_it(nlp, coder) -> None:
    # a headline (no full stop): the tagger reads "hebben" as AUX, its particle makes it a verb
    text = "Israël wil Artsen zonder Grenzen weg hebben uit Gaza"
    assert ("ISR", "131", "NGOMSF") in event_triples(nlp, coder, text, DAY)
    assert ("ISR", "131", "NGOMSF") in event_triples(nlp, coder, text + ".", DAY)
    # as "wil ... uitzetten" was already
    assert ("ISR", "131", "NGOMSF") in event_triples(
        nlp, coder, "Israël wil Artsen zonder Grenzen uitzetten.", DAY
    )


@pytest.mark.parametrize(
    "text",
    [
        "Rechter verbiedt kabinet export van onderdelen F-35 naar Israël",
        "De politie arresteerde demonstranten die naar Israël wilden reizen.",
    ],
)
def test_a_destination_is_no_home_of_a_bare_role(nlp, coder, text: str) -> None:
    for feed in (None, "NLD"):
        assert not {a for a, _, _ in event_triples(nlp, coder, text, DAY, feed)} & {
            "ISRJUD",
            "ISRCOP",
        }


def test_a_place_where_the_role_is_still_gives_its_home(nlp, coder) -> None:
    for text in (
        "De politie in Tel Aviv arresteerde demonstranten.",
        "De Israëlische politie arresteerde demonstranten.",
    ):
        assert "ISRCOP" in {a for a, _, _ in event_triples(nlp, coder, text, DAY)}


DAY_2025 = dt.date(2025, 6, 1)


def _codes_of(nlp, coder, text: str) -> set:
    return {(a, c, b) for a, c, b in event_triples(nlp, coder, text, DAY_2025)}


def test_a_speaker_saying_something_negative_of_another_actor_criticises_it(nlp, coder) -> None:
    assert ("IGOWSTNAT", "111", "RUS") in _codes_of(
        nlp, coder, "Rutte: Rusland is een bedreiging voor Europa"
    )
    # the parser may end a sentence at the colon: the words after it are still the speaker's
    assert ("IGOUNOIAE", "111", "IRN") in _codes_of(
        nlp, coder, "Grossi: Iran werkt onvoldoende mee aan inspecties"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Rutte: Rusland is geen bedreiging voor Europa",  # negated
        "Rutte: is Rusland een bedreiging voor Europa?",  # a question
        "Macron: Frankrijk steunt Oekraïne",  # an event of its own, and nothing negative
    ],
)
def test_no_criticism_without_a_negative_claim(nlp, coder, text: str) -> None:
    assert not any(c == "111" for _, c, _ in _codes_of(nlp, coder, text))


def test_a_speakers_demand_when_the_parse_hangs_the_subject_on_the_speaker(nlp, coder) -> None:
    text = "Hegseth: Oekraïne moet zich neerleggen bij verlies van grondgebied"
    assert ("USAGOV", "100", "UKR") in _codes_of(nlp, coder, text)


def test_a_un_body_keeps_its_own_known_group(coder) -> None:
    """Grossi (IGOUNOIAE) is keyed IAE, as the organisation table keys the IAEA itself; a UN
    code whose next block is a type stays UNO."""
    from geoevents.transforms.coder import actors as A

    assert A.split_code("IGOUNOIAE", coder.d.actor_codes).group == "IAE"
    assert A.split_code("IGOUNODEVWBK", coder.d.actor_codes).group == "WBK"
    assert A.split_code("IGOUNOREF", coder.d.actor_codes).group == "UNO"
    assert A.split_code("IGOUNO", coder.d.actor_codes).group == "UNO"


def test_savings_a_judgment_or_advice_stand_for_their_owner(nlp, coder) -> None:
    """Cuts, judgments, advice, requests, calls, resolutions, sanctions and levies are policies:
    to oppose one is to oppose its owner, a strong target (confidence 70, not 55)."""
    text = "Belgische vakbonden protesteren tegen de besparingen van de regering."
    rows = coder.code_doc(nlp(text + "\n\n"), DAY_2025, feed_country="BEL")
    assert ("BELLAB", "14", "BELGOV") in {
        (r["actor1_code"], r["event_root_code"], r["actor2_code"]) for r in rows
    }
    text = "Israël wijst het oordeel van het Internationaal Gerechtshof af."
    rows = coder.code_doc(nlp(text + "\n\n"), DAY_2025)
    assert [(r["actor2_code"], r["confidence"]) for r in rows] == [("IGOICJ", 70)]


def test_a_place_after_the_object_is_its_place_though_parsed_on_the_verb(nlp, coder) -> None:
    # the parser hangs "in het oosten van Oekraïne" on the verb, not on the object
    rows = coder.code_doc(nlp("Rusland bombardeert doelen in het oosten van Oekraïne.\n\n"), DAY)
    assert ("RUS", "195", "UKR") in {
        (r["actor1_code"], r["event_code"], r["actor2_code"]) for r in rows
    }


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Duizenden demonstranten protesteerden in Tbilisi tegen de Georgische regering.",
            ("GEOOPP", "14", "GEOGOV"),
        ),
        (
            "Honderden demonstranten bestormden het parlement in Belgrado.",
            ("SRBOPP", "14", "SRBLEG"),
        ),
    ],
)
def test_counted_protesters_read_as_the_root_are_the_subject(nlp, coder, text, triple) -> None:
    # the tagger reads "demonstranten" as a verb and the parser makes it the root
    roots = {(a, c[:2], b) for a, c, b in event_triples(nlp, coder, text, DAY)}
    assert triple in roots


def test_a_van_phrase_with_a_titled_name_after_the_object_is_its_owner(nlp, coder) -> None:
    # "van minister Faber" hangs on the verb in the parse; it is whose laws are blocked, and the
    # place of the vote ("in de Eerste Kamer") is no target
    text = "De PVV blokkeert in de Eerste Kamer de asielwetten van minister Faber."
    roots = {(a, c[:2], b) for a, c, b in event_triples(nlp, coder, text, DAY_2025)}
    assert roots == {("NLDPTY", "12", "NLDGOV")}


def test_a_refusal_governs_a_te_infinitive_the_parser_hung_as_a_clause(nlp, coder) -> None:
    text = (
        "De PVV stapt uit het kabinet, nadat de coalitiepartners weigerden in te stemmen met"
        " het asielplan van Wilders"
    )
    roots = {(a, c[:2], b) for a, c, b in event_triples(nlp, coder, text, DAY_2025, "NLD")}
    assert not any(c == "05" for _, c, _ in roots)  # refused, not agreed
    assert any(c == "12" for _, c, _ in roots)


def test_advice_against_travel_is_no_visit(nlp, coder) -> None:
    text = "China raadt burgers af naar Japan te reizen na uitspraken van premier Takaichi"
    assert not any(c.startswith("04") for _, c, _ in _codes_of(nlp, coder, text))
    # advice to do something is still an appeal
    assert ("USA", "020", "ISR") in _codes_of(
        nlp, coder, "De VS raden Israël aan met Hamas te onderhandelen."
    )


def test_agreeing_to_a_ceasefire_is_one_event(nlp, coder) -> None:
    text = "Israël en Hamas gaan akkoord met een wapenstilstand"
    codes = _codes_of(nlp, coder, text)
    assert {("ISR", "0871", "PSEREBHMS"), ("PSEREBHMS", "0871", "ISR")} <= codes
    # the cue noun of the verb's reading is not a second event (057)
    assert not any(c == "057" for _, c, _ in codes)
    assert ("PSEREBHMS", "051", "EGY") in _codes_of(
        nlp, coder, "Hamas gaat akkoord met het voorstel van Egypte"
    )
