"""Geocoder rules of session 34, on invented modern news sentences and articles (never the blind
set eval/geo_blind.jsonl, never the dev sets' sentences)."""

from __future__ import annotations

import datetime as dt

from tests.geo_events import locate as locate_event
from tests.geo_events import town

NEW = dt.date(2023, 11, 16)


def locate(kit, text: str, a1: str, a2: str, code: str, pred: str) -> dict:
    """One hand-made event (actor countries, CAMEO code, the predicate's word)."""
    return locate_event(*kit, text, a1, a2, code, pred, day=NEW)


def locate_article(kit, text: str, events: list[tuple[str, str, str, str]]) -> list[dict]:
    """Several hand-made events of one article, geocoded together as the pipeline does: (actor1,
    actor2, CAMEO code, the predicate's word, its first occurrence)."""
    from geoevents.transforms.coder import sentence_starts

    nlp, geo = kit
    doc = nlp(text)
    starts = sentence_starts(doc)
    out = []
    for a1, a2, code, pred in events:
        tok = next(t for t in doc if t.text == pred)
        out.append(
            {
                "sentence_index": max(i for i, s in enumerate(starts) if s <= tok.i),
                "actor1_country_code": a1,
                "actor2_country_code": a2,
                "action_start_char": tok.idx,
                "event_code": code,
                "event_root_code": code[:2],
            }
        )
    geo.locate(doc, out, NEW)
    return out


# ------------------------------------------------------------ a party to the meeting, elsewhere in its report

MEETING = (
    "Premier Rutte en de Duitse bondskanselier Scholz hebben elkaar dinsdag in Berlijn gesproken.\n"
    "Volgens Rutte moeten Nederland en Duitsland samen optrekken tegen de Russische dreiging.\n"
    "{}\n"
)


def test_a_party_to_a_meeting_acts_with_another_country_at_the_meeting_place(kit) -> None:
    text = MEETING.format("Beide regeringsleiders waarschuwden Rusland voor verdere escalatie.")
    met, warned = locate_article(
        kit, text, [("NLD", "DEU", "040", "gesproken"), ("NLD", "RUS", "130", "waarschuwden")]
    )
    assert town(met) == "Berlin" and met["action_geo_rule"] == 1
    assert town(warned) == "Berlin" and warned["action_geo_rule"] == 4


def test_a_party_to_a_meeting_in_its_own_capital(kit) -> None:
    # the host's later words with a third country: still where the meeting was
    text = (
        "De Franse president Macron heeft in Peking de Chinese president Xi Jinping ontmoet.\n"
        "Macron vroeg Xi om druk uit te oefenen op Rusland.\n"
        "De Chinese leider bekritiseerde ook de Amerikaanse sancties.\n"
    )
    met, criticised = locate_article(
        kit, text, [("FRA", "CHN", "040", "ontmoet"), ("CHN", "USA", "111", "bekritiseerde")]
    )
    assert town(met) == "Beijing"
    assert town(criticised) == "Beijing" and criticised["action_geo_rule"] == 4


def test_a_domestic_event_of_a_party_stays_at_home(kit) -> None:
    text = MEETING.format("De oppositie kritiseerde de premier scherp.")
    _, domestic = locate_article(
        kit, text, [("NLD", "DEU", "040", "gesproken"), ("NLD", "NLD", "111", "kritiseerde")]
    )
    assert domestic["action_geo_country_code"] == "NL" and town(domestic) is None


def test_who_was_not_at_the_meeting_acts_at_home(kit) -> None:
    text = MEETING.format("Rusland noemde de afspraken van beide landen een provocatie.")
    _, russia = locate_article(
        kit, text, [("NLD", "DEU", "040", "gesproken"), ("RUS", "NLD", "111", "noemde")]
    )
    assert russia["action_geo_country_code"] == "RS" and town(russia) is None


def test_fighting_is_not_moved_to_the_meeting_place(kit) -> None:
    text = MEETING.format("De Nederlandse luchtmacht bombardeerde vorig jaar opnieuw IS-doelen.")
    _, bombed = locate_article(
        kit, text, [("NLD", "DEU", "040", "gesproken"), ("NLD", "SYR", "195", "bombardeerde")]
    )
    assert bombed["action_geo_country_code"] == "SY"


def test_a_town_of_the_actors_country_in_the_sentence_beats_the_meeting_place(kit) -> None:
    text = MEETING.format("De havenstad Rotterdam vroeg de Russische regering om uitstel.")
    _, asked = locate_article(
        kit, text, [("NLD", "DEU", "040", "gesproken"), ("NLD", "RUS", "020", "vroeg")]
    )
    assert town(asked) == "Rotterdam" and asked["action_geo_rule"] == 6


# ------------------------------------------------------------ a person's name is no town taken


def test_a_person_named_in_apposition_is_no_town_taken(kit) -> None:
    # Arafat is also a town in Mauritania; "belegerd" takes a place, but the name is the
    # leader's, not the verb's object
    text = (
        "De Palestijnse leider Arafat werd in zijn hoofdkwartier in Ramallah door Israëlische "
        "troepen belegerd."
    )
    ev = locate(kit, text, "ISR", "PSE", "191", "belegerd")
    assert town(ev) == "Ramallah"


def test_a_small_town_named_by_a_place_noun_is_still_taken(kit) -> None:
    text = "Russische troepen hebben het stadje Vuhledar ingenomen."
    ev = locate(kit, text, "RUS", "UKR", "1823", "ingenomen")
    assert town(ev) == "Vuhledar"


# ------------------------------------------------------------ a third prepositional hop


def test_a_place_three_hops_from_the_predicate(kit) -> None:
    text = (
        "In zijn toespraak op de Algemene Vergadering in New York riep de Iraanse president op "
        "tot de vernietiging van Israël."
    )
    ev = locate(kit, text, "IRN", "ISR", "138", "riep")
    assert town(ev) == "New York City" and ev["action_geo_rule"] == 1


def test_where_something_is_bound_three_hops_away_is_not_the_place(kit) -> None:
    text = "Tijdens het debat over de wapenexport naar Israël eiste de Kamer opheldering."
    ev = locate(kit, text, "NLD", "NLD", "100", "eiste")
    assert ev["action_geo_country_code"] == "NL"
