"""Coder 0.3.27 to 0.3.31: phrases the parser hangs on the wrong word. A "van" phrase after a
"tegen" or "over" phrase names whose plan it is ("demonstreren tegen besparingen van de
regering-De Wever"); a recipient phrase on the last of two coordinated objects is the verb's
("levert machinegeweren en brandstof aan het Oekraïense leger"); a count word parsed as the
subject with its noun as the object is one phrase ("Duizenden mensen betoogden"), and "mensen"
are civilians, as Phoenix's PEOPLE (and "vrouwen", as its WOMEN); a title and a name before a
perfect participle are its object. New predicate rows for domestic politics and protest. Found on the dev probes (tests/probes/modern_news.jsonl,
domestic_news.jsonl, independent_a.jsonl, independent_c.jsonl). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coder_events import event_triples

DAY = dt.date(2025, 6, 1)


def _roots(nlp, coder, text: str, day: dt.date = DAY) -> set[tuple]:
    return {(a[:3], c[:2], b[:3]) for a, c, b in event_triples(nlp, coder, text, day)}


def _roots_nl(nlp, coder, text: str) -> set[tuple]:
    """Actor prefixes and roots of ``text`` in a Dutch feed (bare roles are Dutch)."""
    return {
        (a[:3], c[:2], b[:3])
        for a, c, b in event_triples(nlp, coder, text, DAY, feed_country="NLD")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Belgen demonstreren in Brussel tegen besparingen van de regering-De Wever",
        "Duizenden Belgen demonstreren in Brussel tegen besparingen van de regering-De Wever",
    ],
)
def test_a_van_phrase_after_a_protested_plan_is_its_owner(nlp, coder, text: str) -> None:
    assert ("BEL", "14", "BEL") in _roots(nlp, coder, text)


def test_a_recipient_on_the_last_coordinated_object_is_the_verbs(nlp, coder) -> None:
    text = "België levert tweeduizend machinegeweren en 3800 ton brandstof aan het Oekraïense leger"
    assert _roots(nlp, coder, text) == {("BEL", "07", "UKR")}


def test_a_count_word_and_its_people_are_one_subject(nlp, coder) -> None:
    text = "Duizenden mensen betoogden in Madrid tegen de regering."
    assert ("ESP", "14", "ESP") in _roots(nlp, coder, text)


def test_a_title_and_name_before_a_perfect_participle_is_its_object(nlp, coder) -> None:
    text = "De Tweede Kamer heeft staatssecretaris Struycken gevraagd de regels aan te scherpen."
    assert ("NLD", "02", "NLD") in _roots_nl(nlp, coder, text)


def test_women_are_civilians(nlp, coder) -> None:
    # Phoenix's WOMAN/WOMEN: the released women are the Israeli side of the release
    text = "Hamas laat drie Israëlische vrouwen vrij"
    assert ("PSE", "08", "ISR") in _roots(nlp, coder, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De Chinese kustwacht heeft een Filipijns schip geramd.", ("CHN", "19", "PHL")),
        ("Het Russische leger breidt de grondoperaties in Oekraïne uit.", ("RUS", "19", "UKR")),
        ("Poetin tekent de annexatie van vier Oekraïense regio's.", ("RUS", "19", "UKR")),
        ("Poetin belooft wraak voor de Oekraïense aanval.", ("RUS", "13", "UKR")),
        ("Israël blokkeert hulpgoederen voor Gaza.", ("ISR", "16", "PSE")),
        ("China raadt burgers af naar Japan te reizen.", ("CHN", "16", "JPN")),
        ("Omtzigt verlaat de formatiegesprekken met de PVV.", ("NLD", "16", "NLD")),
        ("PVV, VVD en NSC presenteren een regeerakkoord.", ("NLD", "05", "NLD")),
        ("Trump logeert bij koning Willem-Alexander.", ("USA", "04", "NLD")),
        (
            "De Europese Unie zet de toetredingsgesprekken met Turkije in de ijskast.",
            ("IGO", "16", "TUR"),
        ),
        ("Japan breidt de exportbeperkingen voor Zuid-Korea uit.", ("JPN", "16", "KOR")),
        ("De VVD sluit regeren met de PVV uit.", ("NLD", "12", "NLD")),
        (
            "Frankrijk en Duitsland zijn het eens geworden over een nieuw defensieakkoord.",
            ("FRA", "05", "DEU"),
        ),
        ("China staat een bezoek van Amerikaanse inspecteurs niet toe.", ("CHN", "12", "USA")),
        (
            "Tijdens een top in Doha hebben de Soedanese generaal en de Eritrese president een "
            "einde aan het geweld afgekondigd.",
            ("SDN", "08", "ERI"),
        ),
        ("China dreigt met heffingen op Amerikaanse sojabonen.", ("CHN", "13", "USA")),
        (
            "Israël heeft met drones tientallen Iraanse raketinstallaties vernietigd.",
            ("ISR", "19", "IRN"),
        ),
        ("Iran is bereid tot gesprekken met de Verenigde Staten.", ("IRN", "03", "USA")),
        ("Duitsland keurt een nieuw wapenpakket voor Oekraïne goed.", ("DEU", "07", "UKR")),
        (
            "De invoering van heffingen door China op wijn uit Australië leidt tot boosheid.",
            ("CHN", "16", "AUS"),
        ),
        ("India kondigt een heffing aan op Chinese elektrische auto's.", ("IND", "16", "CHN")),
        (
            "De vakbonden hebben acties aangekondigd tegen de regering-De Wever.",
            ("BEL", "14", "BEL"),
        ),
        ("Erdogan is op bezoek in Moskou", ("TUR", "04", "RUS")),
        (
            "SP en PvdD willen bij de komende verkiezingen samen met één lijst meedoen.",
            ("NLD", "03", "NLD"),
        ),
        ("De minister neemt de kritiek van de Kamer ter harte.", ("NLD", "03", "NLD")),
        ("Wilders gaf premier Schoof in het debat de volle laag.", ("NLD", "11", "NLD")),
        ("Het kabinet komt de boeren tegemoet.", ("NLD", "08", "NLD")),
        ("Volgens de FNV is het kabinet doof voor de leraren.", ("NLD", "11", "NLD")),
    ],
)
def test_new_predicate_rows(nlp, coder, text: str, expected: tuple) -> None:
    assert expected in _roots_nl(nlp, coder, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "tusschen" is "tussen" in the spelling before 1947 (Europeana dev text)
        ("De oorlog tusschen Spanje en Chili duurt voort.", ("ESP", "19", "CHL")),
        ("Oostenrijk is in oneenigheid met Pruissen over Holstein.", ("AUT", "11", "DEU")),
    ],
)
def test_old_spellings_of_a_relation(nlp, coder, text: str, expected: tuple) -> None:
    assert expected in _roots(nlp, coder, text, dt.date(1866, 1, 1))


def test_a_former_leaders_title_tagged_a_number_is_a_role(nlp, coder) -> None:
    # the tagger reads "oud-premier" as a number; in an object's slot it is the role noun
    text = "Een rechtbank in Bangladesh heeft oud-premier Hasina ter dood veroordeeld."
    assert ("BGD", "11", "BGD") in _roots(nlp, coder, text, dt.date(2025, 11, 17))
