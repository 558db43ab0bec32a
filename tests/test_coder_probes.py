"""The coder on invented modern-news sentences (``tests/probes/``): a regression floor.

The floor is what coder 0.3.16 found (328 of 409 events, 20 false); a change that loses events
the coder handled, or adds false ones, fails here before it reaches the dev and blind sets.
"""

from __future__ import annotations

from pathlib import Path

from geoevents.transforms.coder.evaluate import evaluate

PROBES = Path(__file__).parent / "probes" / "modern_news.jsonl"


def test_the_coder_keeps_what_it_handles_on_modern_news_probes(nlp, coder) -> None:
    report = evaluate(str(PROBES), nlp, coder)
    assert report.n_sentences == 372
    assert report.root.n_gold == 409
    false = report.root.n_pred - report.root.tp
    assert report.root.tp >= 328, f"correct events fell to {report.root.tp}"
    assert false <= 20, f"false events rose to {false}"
