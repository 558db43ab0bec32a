"""Coder 0.3.26: the verb's own object picks among cued readings; a surname alone names the one
person of that surname holding a role then; a town the dictionaries do not list stands for its
country where a place may (the target of an attack, the destination of a visit). Found on the
probe tests/probes/independent_c.jsonl ("De ministers van Buitenlandse Zaken van de EU hebben
sancties ingesteld ..., waaronder een reisverbod", "Koizumi bracht gisteren ... een bezoek aan
Pyongyang") and the real dev set eval/events_dev_ud_2.jsonl ("Tijdens de bezetting door
Oostenrijk ... werd Oudenaarde ... beschoten"). Invented sentences."""

from __future__ import annotations

import datetime as dt

from geoevents.transforms.coder.towns import town_country
from tests.coder_events import event_triples


def _roots(nlp, coder, text: str, day: dt.date) -> set[tuple]:
    return {(a[:3], c[:2], b[:3]) for a, c, b in event_triples(nlp, coder, text, day)}


def test_the_object_picks_the_reading_over_a_longer_cue_elsewhere(nlp, coder) -> None:
    # "reisverbod" is the longer cue, but what is imposed are sanctions (16), not a travel ban (17)
    day = dt.date(2002, 2, 18)
    text = "De EU heeft maandag sancties ingesteld tegen Zimbabwe, waaronder een reisverbod."
    assert _roots(nlp, coder, text, day) == {("IGO", "16", "ZWE")}


def test_a_surname_alone_is_its_office_holder(nlp, coder) -> None:
    text = "Koizumi bracht gisteren een bezoek aan Pyongyang."
    assert ("JPN", "04", "PRK") in _roots(nlp, coder, text, dt.date(2002, 9, 18))
    # out of office nobody of that surname holds a role: no actor, no event
    assert not _roots(nlp, coder, text, dt.date(1990, 1, 1))


def test_a_surname_that_names_a_town_is_the_town(nlp, coder) -> None:
    # Marino Keulen was a Flemish minister in 2003-2009; "Keulen" is Cologne
    text = "Obama bracht een bezoek aan Keulen."
    assert _roots(nlp, coder, text, dt.date(2009, 6, 1)) == {("USA", "04", "DEU")}


def test_an_unlisted_town_is_the_target_of_an_attack(nlp, coder) -> None:
    assert town_country("Rotterdam") == "NLD"
    text = "De Russische luchtmacht bombardeerde Rotterdam."
    assert _roots(nlp, coder, text, dt.date(2024, 5, 1)) == {("RUS", "19", "NLD")}
    text = "Na het Duitse bombardement op Rotterdam capituleerde het leger."
    assert ("DEU", "19", "NLD") in _roots(nlp, coder, text, dt.date(1940, 5, 15))


def test_an_unlisted_town_never_acts_and_a_home_visit_is_none(nlp, coder) -> None:
    # a town stands for its country only as a target: it protests nothing
    text = "Rotterdam protesteerde gisteren tegen de plannen van Duitsland."
    assert not {r for r in _roots(nlp, coder, text, dt.date(2024, 5, 1)) if r[0] == "NLD"}
    # a visit to a town of one's own country is no international visit
    text = "Premier Rutte bracht gisteren een bezoek aan Groningen."
    assert not _roots(nlp, coder, text, dt.date(2015, 5, 1))


def test_a_town_name_of_several_countries_names_none() -> None:
    # Valencia (Spain) and Valencia (Venezuela) are both large: no country is guessed
    assert town_country("Valencia") is None
    assert town_country("Gent") == "BEL"


def test_marching_against_a_government_is_a_demonstration(nlp, coder) -> None:
    day = dt.date(2024, 5, 1)
    text = "Duizenden Serviërs betoogden gisteren in Belgrado tegen de regering."
    assert ("SRB", "14", "SRB") in _roots(nlp, coder, text, day)
    text = "Duizenden betogers trekken in Den Haag tegen het kabinet."
    assert ("NLD", "14", "NLD") in _roots(nlp, coder, text, day)
    # arguing ("betogen dat") is no demonstration
    text = "De Servische premier betoogde dat de regering van Kosovo had gefaald."
    assert not {r for r in _roots(nlp, coder, text, day) if r[1] == "14"}


def test_supplying_drones_or_rifles_is_military_aid(nlp, coder) -> None:
    day = dt.date(2024, 5, 1)
    assert ("NLD", "07", "UKR") in _roots(nlp, coder, "Nederland levert drones aan Oekraïne.", day)
    text = "België stuurt artillerie naar Oekraïne."
    assert ("BEL", "07", "UKR") in _roots(nlp, coder, text, day)


def test_a_headline_participle_with_a_door_agent_is_passive(nlp, coder) -> None:
    # the parser takes "Pelosi in Taipei" for the participle's object: no reversed hosting
    text = "Pelosi in Taipei ontvangen door president Tsai"
    assert ("USA", "04", "TWN") not in {
        (a[:3], c[:2], b[:3])
        for a, c, b in event_triples(nlp, coder, text, dt.date(2022, 8, 3))
        if c == "043"
    }


def test_the_headline_before_a_colon_is_coded_on_its_own(nlp, coder) -> None:
    day = dt.date(2022, 2, 7)
    text = "Macron op bezoek bij Poetin in Moskou: vijf uur praten aan een lange witte tafel"
    assert ("FRA", "04", "RUS") in _roots(nlp, coder, text, day)
    # also when the words after the colon code an event of their own
    text = "Rutte op bezoek in Kyiv: 'Nederland blijft Oekraïne steunen'"
    roots = _roots(nlp, coder, text, day)
    assert ("NLD", "04", "UKR") in roots and ("NLD", "05", "UKR") in roots


def test_setting_prisoners_free_and_receiving_asylum(nlp, coder) -> None:
    day = dt.date(2025, 1, 20)
    text = "Israël zet 90 Palestijnse gevangenen op vrije voeten"
    assert ("ISR", "08", "PSE") in _roots(nlp, coder, text, day)
    # the giver of asylum acts, the one who receives it is the target
    text = "Assad en zijn familie hebben asiel gekregen in Rusland."
    assert ("RUS", "07", "SYR") in _roots(nlp, coder, text, dt.date(2024, 12, 9))


def test_leaders_in_a_foreign_capital_in_a_headline_are_visiting(nlp, coder) -> None:
    day = dt.date(2024, 2, 24)
    text = "Von der Leyen en De Croo in Kyiv op tweede verjaardag van de Russische invasie"
    roots = _roots(nlp, coder, text, day)
    assert ("IGO", "04", "UKR") in roots and ("BEL", "04", "UKR") in roots
    # not a people, not at home
    assert not _roots(nlp, coder, "Honderden Nederlanders in Libanon", day)
    assert not _roots(nlp, coder, "Premier De Croo in Brussel", day)


def test_a_named_part_of_a_town_is_a_target_in_that_town(nlp, coder) -> None:
    text = (
        "Nadat de Luftwaffe op 14 mei het centrum van Rotterdam had gebombardeerd, capituleerde "
        "het Nederlandse leger."
    )
    assert ("DEU", "19", "NLD") in _roots(nlp, coder, text, dt.date(1940, 5, 15))
    text = "De Belgische minister van Justitie Verlinden bezocht de haven van Rotterdam."
    assert ("BEL", "04", "NLD") in _roots(nlp, coder, text, dt.date(2024, 3, 1))
