"""Town accuracy of the geocoder (issue 18), on invented sentences (never the blind set
eval/geo_blind.jsonl, never the dev sets' sentences)."""

from __future__ import annotations

import pytest

from tests.geo_events import locate as locate_event
from tests.geo_events import town


def locate(kit, text: str, a1: str, a2: str, code: str, pred: str, actor1=None) -> dict:
    return locate_event(*kit, text, a1, a2, code, pred, actor1)


# ------------------------------------------------------------ a destination in a relative clause


@pytest.mark.parametrize(
    "text, pred, a1, a2, country",
    [
        # the place hangs on a verb of the sentence (rule 1's fallback) ...
        ("De Belgische minister, die morgen naar Berlijn vertrekt, heeft de Franse president "
         "ontmoet.", "ontmoet", "BEL", "FRA", "BE"),
        ("De Belgische minister, die morgen naar Berlijn zal vertrekken, heeft de Franse "
         "president ontmoet.", "ontmoet", "BEL", "FRA", "BE"),
    ],
)  # fmt: skip
def test_where_a_participant_is_bound_for_is_not_the_events_place(
    kit, text, pred, a1, a2, country
) -> None:
    ev = locate(kit, text, a1, a2, "051", pred)
    assert town(ev) is None and ev["action_geo_country_code"] == country


def test_a_destination_in_a_relative_clause_holding_the_event_still_counts(kit) -> None:
    text = (
        "De Belgische minister, die morgen naar Berlijn vertrekt, heeft de Duitse kanselier "
        "ontmoet."
    )
    assert town(locate(kit, text, "BEL", "DEU", "040", "vertrekt")) == "Berlin"
    # gone there (past tense): the participant may well have met there
    text = (
        "De Belgische minister, die gisteren naar Berlijn vertrok, heeft de Duitse kanselier "
        "ontmoet."
    )
    assert town(locate(kit, text, "BEL", "DEU", "040", "ontmoet")) == "Berlin"


def test_a_relative_clause_destination_does_not_hide_the_dateline(kit) -> None:
    # rule 6 skips the town a participant is bound for and takes the article's dateline
    text = (
        "PARIJS, 3 maart.\n\nDe Mexicaanse gezant, die morgen naar Mexico-Stad vertrekt, heeft "
        "afscheid genomen van de Franse president."
    )
    ev = locate(kit, text, "MEX", "FRA", "040", "genomen")
    assert town(ev) == "Paris" and ev["action_geo_rule"] == 6


# ---------------------------------------------------------------- a country made specific


def test_a_town_of_the_events_country_refines_a_country_place(kit) -> None:
    ev = locate(
        kit, "De opstandelingen hebben in Syrië de stad Aleppo ingenomen.", "SYR", "SYR", "190",
        "ingenomen",
    )  # fmt: skip
    assert town(ev) == "Aleppo" and ev["action_geo_rule"] == 1


def test_the_dateline_refines_a_country_place_of_its_country(kit) -> None:
    text = "PARIJS, 3 maart.\n\nDe keizer heeft in Frankrijk de Britse gezant ontvangen."
    ev = locate(kit, text, "FRA", "GBR", "042", "ontvangen")
    assert town(ev) == "Paris" and ev["action_geo_rule"] == 1


def test_a_country_place_without_a_town_of_it_stays_the_country(kit) -> None:
    # a dateline abroad does not refine it either
    text = "BERLIJN, 3 maart.\n\nDe keizer heeft in Frankrijk de Britse gezant ontvangen."
    ev = locate(kit, text, "FRA", "GBR", "042", "ontvangen")
    assert town(ev) is None and ev["action_geo_country_code"] == "FR"


# ---------------------------------------------------------------- "voor" a town


def test_voor_a_town_on_a_verb_is_off_that_town(kit) -> None:
    ev = locate(kit, "De Britse vloot verscheen voor Kopenhagen.", "GBR", "DNK", "150", "verscheen")
    assert town(ev) == "Copenhagen" and ev["action_geo_rule"] == 1


@pytest.mark.parametrize(
    "text, pred, a1, a2",
    [
        # a country: whom it is for
        ("De Britse minister heeft voor Denemarken een akkoord gesloten met Zweden.", "gesloten",
         "GBR", "SWE"),
        # a noun's phrase, not the verb's
        ("De Britse minister heeft een akkoord over steun voor Kopenhagen gesloten met Zweden.",
         "gesloten", "GBR", "SWE"),
    ],
)  # fmt: skip
def test_voor_a_country_or_on_a_noun_is_no_place(kit, text, pred, a1, a2) -> None:
    ev = locate(kit, text, a1, a2, "057", pred)
    assert town(ev) is None and ev["action_geo_country_code"] == "UK"


# ---------------------------------------------------------------- a town the event's verb visits


@pytest.mark.parametrize(
    "text, pred, a1, a2, code, name",
    [
        ("De Franse president bezocht gisteren Kiev.", "bezocht", "FRA", "UKR", "040", "Kyiv"),
        # passive, and a town of neither actor's country
        ("Mosul werd door het Amerikaanse leger ingenomen.", "ingenomen", "USA", "USA", "190",
         "Mosul"),
        # the object with its place noun ("namen de stad Homs in")
        ("Syrische rebellen namen de stad Homs in.", "namen", "SYR", "SYR", "040", "Homs"),
    ],
)  # fmt: skip
def test_a_town_the_events_verb_visits_or_takes_is_where_it_happens(
    kit, text, pred, a1, a2, code, name
) -> None:
    # rule 1: attached to the event itself (session 23; rule 6 before)
    ev = locate(kit, text, a1, a2, code, pred)
    assert town(ev) == name and ev["action_geo_rule"] == 1


def test_a_town_as_object_of_another_verb_is_no_place(kit) -> None:
    ev = locate(kit, "De Franse president prees Kiev.", "FRA", "UKR", "051", "prees")
    assert town(ev) is None and ev["action_geo_country_code"] == "FR"


# ---------------------------------------------------------------- a name the NER runs on


def test_a_lower_case_word_the_ner_adds_does_not_make_a_longer_name(kit) -> None:
    # the NER runs "Tel Aviv" on over the verb "geland"; "Pearl Harbor" stays a longer name
    text = (
        "De Amerikaanse minister Blinken is dinsdag in Tel Aviv geland voor overleg met de "
        "Israëlische regering."
    )
    ev = locate(kit, text, "USA", "ISR", "040", "geland")
    assert town(ev) == "Tel Aviv"


def test_a_town_tied_to_an_actor_refines_a_country_place(kit) -> None:
    text = "De burgemeester van Lyon heeft in Frankrijk tegen de Duitse regering geprotesteerd."
    actor = "De burgemeester van Lyon"
    ev = locate(kit, text, "FRA", "DEU", "141", "geprotesteerd", actor1=(0, len(actor)))
    assert town(ev) == "Lyon" and ev["action_geo_rule"] == 1
    # a town of another country tied to the actor does not move the event
    text = "De burgemeester van Keulen heeft in Frankrijk tegen de Franse regering geprotesteerd."
    actor = "De burgemeester van Keulen"
    ev = locate(kit, text, "DEU", "FRA", "141", "geprotesteerd", actor1=(0, len(actor)))
    assert town(ev) is None and ev["action_geo_country_code"] == "FR"


# ---------------------------------------------------------------- where the news comes from


@pytest.mark.parametrize(
    "head",
    [
        "PARIJS, dinsdag. ",  # a weekday ending the dateline
        "Parijs, dinsdag\n\n",
        "Van onze correspondent in Parijs\n\n",  # a correspondent's town, like a dateline
        "Onze verslaggever te Parijs meldt: ",
    ],
)
def test_weekday_datelines_and_correspondents_towns_place_the_news(kit, head: str) -> None:
    text = head + "De Franse regering heeft Duitsland gewaarschuwd."
    ev = locate(kit, text, "FRA", "DEU", "130", "gewaarschuwd")
    assert town(ev) == "Paris" and ev["action_geo_rule"] == 6


@pytest.mark.parametrize("head", ["PARIJS, 1 6 Non.\n\n", "PARIJS, 16 Dcc.\n\n"])
def test_a_dateline_whose_month_ocr_garbled_still_places_the_news(kit, head: str) -> None:
    text = head + "De Franse regering heeft Duitsland gewaarschuwd."
    ev = locate(kit, text, "FRA", "DEU", "130", "gewaarschuwd")
    assert town(ev) == "Paris" and ev["action_geo_rule"] == 6


def test_news_from_the_attackers_capital_does_not_move_the_war(kit) -> None:
    # a French campaign in Algeria reported from Paris happens in Algeria
    text = "PARIJS, 16 Nov.\n\nDe Fransche troepen hebben de opstandelingen verslagen."
    ev = locate(kit, text, "FRA", "DZA", "190", "verslagen")
    assert ev["action_geo_country_code"] == "AG" and town(ev) is None


@pytest.mark.parametrize(
    "text",
    [
        # a weekday inside a sentence
        "Parijs, dinsdag of woensdag: de Franse regering heeft Duitsland gewaarschuwd.",
        # not in capitals: no dateline of a garbled month
        "Parijs, 3 Ton. De Franse regering heeft Duitsland gewaarschuwd.",
    ],
)
def test_a_town_a_comma_and_a_day_word_inside_a_sentence_is_no_dateline(kit, text) -> None:
    nlp, _ = kit
    from geoevents.transforms.gazetteer import is_dateline

    assert not is_dateline(nlp(text), 0, 1)


# ---------------------------------------------------------------- meetings and withdrawals


def test_a_compound_meeting_noun_places_its_talks(kit) -> None:
    # four hops from the verb: only the meeting noun ("NAVO-top") ties Vilnius to the talks (three
    # adverbial hops are rule 1's since session 34: "In de marge van de NAVO-top in Vilnius")
    text = (
        "Aan het eind van de eerste dag van de NAVO-top in Vilnius spraken de Turkse en Zweedse "
        "leiders met elkaar."
    )
    ev = locate(kit, text, "TUR", "SWE", "040", "spraken")
    assert town(ev) == "Vilnius" and ev["action_geo_rule"] == 3


@pytest.mark.parametrize(
    "text, pred",
    [
        ("De Russische troepen trokken zich terug uit Cherson.", "trokken"),
        ("Het Oekraïense leger heeft de Russen uit Cherson verdreven.", "verdreven"),
    ],
)
def test_withdrawing_or_driving_out_of_a_town_happens_there(kit, text: str, pred: str) -> None:
    ev = locate(kit, text, "UKR", "RUS", "190", pred)
    assert town(ev) == "Kherson"


def test_leaving_a_town_otherwise_is_an_origin(kit) -> None:
    ev = locate(kit, "De Russische gezant vertrok uit Berlijn.", "RUS", "DEU", "161", "vertrok")
    assert town(ev) is None and ev["action_geo_country_code"] == "RS"


def test_news_from_the_other_actors_country_places_the_event_there(kit) -> None:
    text = "Berichten uit Chili melden dat de Spaanse admiraal de havens blijft bedreigen."
    ev = locate(kit, text, "ESP", "CHL", "138", "bedreigen")
    assert ev["action_geo_country_code"] == "CI" and ev["action_geo_rule"] == 5
    # news from the first actor's country or a third one changes nothing
    text = "Berichten uit Peru melden dat de Spaanse admiraal de havens blijft bedreigen."
    ev = locate(kit, text, "ESP", "CHL", "138", "bedreigen")
    assert ev["action_geo_country_code"] == "SP"


# ------------------------------------------------------------ the word lists are data


def test_word_lists_are_read_from_the_data_file(tmp_path) -> None:
    """A word added to geo_words.tsv is read without a code change; a bad line names itself."""
    from geoevents.transforms.gazetteer import GEO_WORDS, VISIT_VERBS, load_words

    shipped = load_words()
    assert shipped["visit_verbs"] == VISIT_VERBS and "bezocht" in VISIT_VERBS
    extended = tmp_path / "geo_words.tsv"
    extended.write_text(GEO_WORDS.read_text(encoding="utf-8") + "visit_verbs\tbelegerd\n")
    assert load_words(extended)["visit_verbs"][-1] == "belegerd"
    bad = tmp_path / "bad.tsv"
    bad.write_text("# a list\nlocative\tin\nlocative in\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.tsv:3: expected"):
        load_words(bad)


# ------------------------------------------------------------ a dateline under a country heading


@pytest.mark.parametrize(
    "heading, name",
    [("SPANJE MADRID, 7 Febr.", "Madrid"), ("BELGIE BRUSSEL, 21 Nov.", "Brussels")],
)
def test_a_dateline_after_a_country_heading_places_the_news(kit, heading, name) -> None:
    # 19th-century papers head foreign news "COUNTRY TOWN, date."; the NER takes both words
    # as one place, and the town is still where the news comes from
    text = f"{heading}\n\nDe regering heeft de Franse gezant ontboden."
    ev = locate(kit, text, "ESP" if name == "Madrid" else "BEL", "FRA", "020", "ontboden")
    assert town(ev) == name


def test_a_town_written_apart_with_a_hyphen_matches_its_joined_name(kit) -> None:
    # 19th-century papers write "Civita-Vecchia"; GeoNames has Civitavecchia
    text = "De pauselijke regering heeft de Fransche gezant te Civita-Vecchia ontvangen."
    assert town(locate(kit, text, "VAT", "FRA", "042", "ontvangen")) == "Civitavecchia"
