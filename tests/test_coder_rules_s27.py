"""Coder rules of 0.3.78 and later (twenty-seventh session), each on a text written for this file
(never dev, held-out or blind). Removing the rule makes its case fail."""

from __future__ import annotations

import datetime as dt

from tests.coder_events import event_triples

DAY = dt.date(2025, 3, 1)


def test_a_second_role_hung_on_the_first_name_is_a_conjunct(nlp, coder) -> None:
    """ "de Franse president Macron en de Duitse bondskanselier Merz": the parser hangs the
    second role noun on the first one's name (an apposition), and both are the object (coder
    0.3.78)."""
    for text, second in [
        (
            "Trump heeft de Franse president Macron en de Duitse bondskanselier Merz "
            "ontvangen in het Witte Huis.",
            "DEU",
        ),
        (
            "Macron heeft de Oekraïense president Zelensky en de Britse premier Starmer "
            "uitgenodigd.",
            "GBR",
        ),
    ]:
        found = event_triples(nlp, coder, text, DAY)
        assert any(a2.startswith(second) for _, _, a2 in found), (text, found)
