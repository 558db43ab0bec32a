"""Coder 0.3.24: an accusation's clause is what is alleged, not an event ("Rusland beschuldigt
Oekraïne ervan de dam te hebben opgeblazen" is RUS 112 UKR and no attack), also where the parser
hangs the accusation verb on the alleged act's infinitive. Invented sentences; each test fails
without its change (the guards say what must stay)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coder_events import event_triples

DAY = dt.date(2024, 4, 14)


@pytest.mark.parametrize(
    "text, accusation",
    [
        # the parser makes "beschuldigt" an auxiliary of "opgeblazen"
        ("Rusland beschuldigt Oekraïne ervan de dam te hebben opgeblazen.", ("RUS", "UKR")),
        (
            "De Russische regering verdenkt Oekraïne ervan Russische grensposten te hebben "
            "beschoten.",
            ("RUSGOV", "UKR"),
        ),
    ],
)
def test_an_accusations_clause_is_no_event(nlp, coder, text, accusation) -> None:
    roots = {(a, c[:2], b) for a, c, b in event_triples(nlp, coder, text, DAY)}
    assert (accusation[0], "11", accusation[1]) in roots  # the accusation stays
    assert not [r for r in roots if r[1] in ("17", "18", "19", "20")]  # nothing alleged


def test_a_relative_pronoun_after_a_noun_refers_to_that_noun(nlp, coder) -> None:
    # the parser hangs "die Rusland veroordeelt" on "Verenigde Staten"; the resolution condemns
    text = "De Verenigde Staten stemden in de VN tegen een resolutie die Rusland veroordeelt"
    assert ("USA", "111", "RUS") not in event_triples(nlp, coder, text, DAY)


def test_a_relative_pronoun_after_its_actor_stays_that_actor(nlp, coder) -> None:
    text = "Het was de Amerikaanse president die Rusland gisteren scherp veroordeelde."
    assert ("USAGOV", "111", "RUS") in event_triples(nlp, coder, text, DAY)


@pytest.mark.parametrize(
    "text, event",
    [
        # the rebels' ground is named in an "in" phrase; "het leger" is that country's
        (
            "In Congo zijn de gevechten tussen het leger en Rwandese rebellen opnieuw uitgebroken.",
            ("CODMIL", "190", "CODREB"),
        ),
        # ... or by the army that fights them (before: CODMIL 190 RWAREB)
        ("Het Congolese leger heeft Rwandese rebellen aangevallen.", ("CODMIL", "190", "CODREB")),
    ],
)
def test_rebels_named_by_a_people_take_the_country_they_fight_in(nlp, coder, text, event) -> None:
    triples = set(event_triples(nlp, coder, text, dt.date(2001, 7, 1)))
    assert event in triples and ("CODMIL", "190", "RWAREB") not in triples


def test_rebels_with_no_other_ground_keep_their_adjectives_country(nlp, coder) -> None:
    text = "Albanese rebellen vielen Servische dorpen aan."
    assert ("ALBREB", "190", "SRB") in event_triples(nlp, coder, text, dt.date(2001, 7, 1))


def test_an_atomic_bomb_dropped_is_a_weapon_of_mass_destruction(nlp, coder) -> None:
    text = "Een Amerikaanse bommenwerper wierp een atoombom af op de Japanse stad Nagasaki."
    triples = event_triples(nlp, coder, text, dt.date(1945, 8, 9))
    assert ("USAMIL", "2042", "JPN") in triples and ("USAMIL", "195", "JPN") not in triples


def test_bashir_alone_is_sudans_president_then(nlp, coder) -> None:
    text = "President Bashir heeft de Egyptische president Moebarak ontvangen in Khartoem."
    assert ("SDNGOV", "043", "EGYGOV") in event_triples(nlp, coder, text, dt.date(2005, 6, 1))
