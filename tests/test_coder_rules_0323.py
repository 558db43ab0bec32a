"""Coder 0.3.23: a perfect whose finite "heeft" the tagger reads as the main verb, with the
participle read as a noun after an adverb ("heeft Israël rechtstreeks aangevallen"), is the
participle's event; a "van" phrase after an object the tagger read as a verb belongs to that
object ("zet diplomaten van onder meer Argentinië en Chili het land uit"). Invented sentences;
each test fails without its change (the guards say what must stay). Also: "noemen" takes an
object and then what it is called ("Peking noemt Amerikaanse importheffingen 'een grap'"), which
the parser often reads the other way round; a title's passive without an auxiliary
("Oppositieleider gearresteerd door Turkse politie") has the bare noun before it as subject."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coder_events import event_triples

DAY = dt.date(2024, 4, 14)


def test_a_participle_read_as_a_noun_after_an_adverb_is_the_perfects_verb(nlp, coder) -> None:
    text = (
        "Iran heeft Israël voor het eerst rechtstreeks aangevallen met honderden drones en "
        "raketten, als vergelding voor de aanval op zijn consulaat"
    )
    assert {("IRN", "19", "ISR")} <= {
        (a, c[:2], b) for a, c, b in event_triples(nlp, coder, text, DAY)
    }


def test_a_van_phrase_after_an_object_read_as_a_verb_is_the_objects_owner(nlp, coder) -> None:
    text = "Venezuela zet diplomaten van onder meer Argentinië en Chili het land uit"
    triples = event_triples(nlp, coder, text, DAY)
    assert ("VEN", "161", "ARGGOV") in triples
    assert ("VEN", "161", "CHLGOV") in triples


@pytest.mark.parametrize(
    "text, event",
    [
        # "noemen": the parser makes the object the xcomp, and the name an object or the
        # object's conjunct
        ("Peking noemt Amerikaanse importheffingen 'een grap'", ("CHN", "111", "USA")),
        (
            "Schoof noemt vertrek van de PVV 'onverantwoordelijk en onnodig'",
            ("NLDGOV", "111", "NLDPTY"),
        ),
        # a title's passive without an auxiliary: the bare noun before it is the subject
        ("Oppositieleider gearresteerd door Turkse politie", ("TURCOP", "173", "TUROPP")),
        ("Russische journalist vrijgelaten door Belarus", ("BLR", "0841", "RUSMED")),
        # coordinated names split off as a sentence of their own before the verb
        ("Armenië en Azerbeidzjan sluiten vredesakkoord", ("ARM", "057", "AZE")),
        # a name opening with a particle read as a preposition
        ("Van Weel ontbiedt Russische ambassadeur", ("NLDGOV", "114", "RUSGOV")),
    ],
)
def test_title_frames_the_parser_reads_the_other_way_round(nlp, coder, text, event) -> None:
    assert event in event_triples(nlp, coder, text, dt.date(2025, 6, 3))


def test_a_titles_opening_role_read_as_an_adverb_is_the_subject(nlp, coder) -> None:
    # "Kabinet" opening a title is tagged ADJ and hung on the verb as advmod; a Dutch feed's
    # "kabinet" is the Dutch cabinet
    text = "Kabinet schort wapenexport naar Israël op"
    assert ("NLDGOV", "1622", "ISR") in event_triples(
        nlp, coder, text, dt.date(2025, 6, 3), feed_country="NLD"
    )


@pytest.mark.parametrize(
    "text, day, feed, event",
    [
        # a count word the parser made the object, the role noun after it (tagged VERB) a clause
        ("Politie arresteert tientallen demonstranten in Amsterdam", "2025-06-03", "NLD",
         ("NLDCOP", "173", "NLDOPP")),
        ("De politie arresteerde honderden betogers bij het Binnenhof", "2025-06-03", "NLD",
         ("NLDCOP", "173", "NLDOPP")),
        # "onderhandelingen" holds the cue "handel" (a trade stop, 163) and "onderhandeling"
        ("Israël schort de onderhandelingen met de Palestijnen op.", "2001-06-01", None,
         ("ISR", "164", "PSE")),
        ("Israël schort de handel met de Palestijnen op.", "2001-06-01", None,
         ("ISR", "163", "PSE")),
        # "de vakbonden" hung on the participle as advmod; a Belgian feed's unions are Belgian
        ("Premier Verhofstadt heeft de vakbonden uitgenodigd voor overleg.", "2000-06-01", "BEL",
         ("BELGOV", "036", "BELLAB")),
        # "eens" is tagged as an adverb; its negation is disapproval
        ("Frankrijk is het niet eens met Duitsland over de hervorming.", "2000-06-01", None,
         ("FRA", "110", "DEU")),
    ],
)  # fmt: skip
def test_sentence_frames_of_0323(nlp, coder, text, day, feed, event) -> None:
    day = dt.date.fromisoformat(day)
    assert event in event_triples(nlp, coder, text, day, feed_country=feed)


def test_agreeing_with_someone_is_no_disapproval(nlp, coder) -> None:
    day = dt.date(2000, 6, 1)
    triples = event_triples(nlp, coder, "Frankrijk is het eens met Duitsland.", day)
    assert not any(code.startswith("11") for _, code, _ in triples)
