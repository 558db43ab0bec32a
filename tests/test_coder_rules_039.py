"""Coder rules of 0.3.9, each on a sentence written for this file (never dev or blind).

Each case names the rule; removing the rule makes its case fail.
"""

from __future__ import annotations

import datetime as dt

import pytest


def codes(nlp, coder, text: str, date: str = "2025-03-01") -> set[tuple]:
    rows = coder.code_doc(nlp(text), dt.date.fromisoformat(date))
    return {(r["actor1_code"], r["event_root_code"], r["actor2_code"]) for r in rows}


CASES_039 = [
    # "noch A noch B" (neither ... nor) negates the clause, on the subject, agent or object
    ("Noch Frankrijk noch Duitsland steunde de resolutie van Groot-Brittannië.", set()),
    ("Rusland steunde noch de Verenigde Staten noch China.", set()),
    ("De resolutie werd noch door Rusland noch door China gesteund.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES_039)
def test_rules_039(nlp, coder, text: str, expected: set) -> None:
    assert codes(nlp, coder, text) == expected
