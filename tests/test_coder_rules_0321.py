"""Coder 0.3.21: a role noun names the actor when the dictionaries know its name only as
someone without a role at the article's date. Invented sentences, each failing without its
change."""

from __future__ import annotations

import datetime as dt

from tests.coder_events import event_triples


def _roots(coder, nlp, text: str, day: dt.date, feed: str | None = None) -> set:
    return {(a, c[:2], b) for a, c, b in event_triples(nlp, coder, text, day, feed)}


def test_a_role_names_the_actor_when_its_name_holds_no_role_then(nlp, coder) -> None:
    # the dictionaries know a Kris Peeters (Belgian government 2004-2014) and a Leo Peeters
    # (1995-1999): in 2025 "minister Peeters" is a minister they do not know, as "minister Jansen"
    text = "De N-VA bekritiseert minister Peeters."
    assert ("BELPTY", "11", "BELGOV") in _roots(coder, nlp, text, dt.date(2025, 3, 1), "BEL")
    # while he held the role, the dictionary person is the actor
    assert ("BELPTY", "11", "BELGOV") in _roots(coder, nlp, text, dt.date(2010, 3, 1))


def test_a_role_with_a_roleless_name_takes_the_country_of_the_sentence(nlp, coder) -> None:
    text = "Rusland bekritiseert de Belgische minister Peeters."
    assert ("RUS", "11", "BELGOV") in _roots(coder, nlp, text, dt.date(2025, 3, 1))
