"""The coder on invented news sentences (``tests/probes/``): a regression floor.

The floors are what coder 0.3.148 with model 0.5.1 found on each file; a change that loses events the coder
handled, or adds false ones, fails here before it reaches the dev and blind sets. Lines of
``domestic_news.jsonl`` name their outlet's country (``feed_country``), as a feed config does.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geoevents.transforms.coder.evaluate import evaluate
from tests.scripts import script_module

PROBES = Path(__file__).parent / "probes"

# file: (sentences, gold events, at least correct, at most false)
# (0.3.125: every file keys Hamas, Hezbollah, the Taliban and the other armed groups of one
# country by that country, in the gold (eval/group_keys.py) as in the events table)
FLOORS = {
    # (0.3.92: "Sarkozy is veroordeeld tot vijf jaar cel" is FRAJUD->FRA 116, which its annotator
    # left uncoded as an agentless passive; others code it)
    # (0.3.108: two more false, "Poetin belooft Trump wraak" with the one promised to as the one
    # threatened, and "wijst vredesplan van de EU af" also coding the EU's plan for Russia)
    "modern_news.jsonl": (372, 408, 370, 11),
    # (0.3.100: three more false, "onder druk van X" read as X's demand, which its annotator
    # leaves uncoded and those of archive and g code)
    "body_news.jsonl": (308, 334, 274, 16),
    "archive_news.jsonl": (250, 325, 207, 25),
    "domestic_news.jsonl": (220, 205, 136, 10),
    # written 2026-12-05 by two helpers who never saw the coder; b is read as a summary only
    # (writer A codes a visit without the host's 043, so two hosts of 0.3.26 count as false)
    "independent_a.jsonl": (150, 158, 116, 6),
    "independent_b.jsonl": (150, 156, 91, 27),
    # written 2026-12-06 by a helper who never saw the coder; worked on like a (0.3.87: two
    # co-signatories of the 1918 armistice, France and Britain, count as false)
    "independent_c.jsonl": (160, 245, 136, 11),
    # written 2026-12-06 (eighteenth session) by another such helper; held out like b
    # (0.3.92: one more right and one more false, a call read between subject and object)
    "independent_d.jsonl": (120, 159, 80, 10),
    # written 2026-12-06 (nineteenth session) by another; first run 84/96/181, held out too
    "independent_e.jsonl": (120, 181, 98, 5),
    # written 2026-12-06 (twenty-first session) by another; first run 108/126/262, held out
    # (0.3.100: two more false, with headline meetings named without "van", which gained d +2)
    "independent_f.jsonl": (160, 262, 119, 18),
    # written 2026-12-06 (twenty-second session) by another, who then classified the misses;
    # first run 96/118/237; worked on like a and c (dev)
    "independent_g.jsonl": (180, 237, 134, 8),
    # written 2026-12-06 (twenty-third session) by another, who then classified the misses;
    # first run 133/156/248; worked on like g (dev) (0.3.92: an agreement both sides reached
    # counts one way as false, the annotator coding what one side then did)
    "independent_h.jsonl": (180, 248, 167, 14),
    # written 2026-12-06 (twenty-third session) by another, who then classified the misses;
    # first run (0.3.48) 128/144/261; held out like b (summaries only) (0.3.96: two more false,
    # with "Kim" alone read as Kim Jong-un, which gained dev a +2, m +4 and held out l +2)
    "independent_i.jsonl": (180, 261, 141, 14),
    # written 2026-12-06 (twenty-fourth session) by another: RSS titles and teasers, body
    # sentences; first run 130/157/266; worked on like h (dev)
    "independent_j.jsonl": (180, 266, 159, 14),
    # written 2026-12-06 (twenty-fourth session) by another: Dutch and Belgian domestic news
    # with feed countries; first run 83/98/195; worked on like j (dev)
    "independent_k.jsonl": (180, 195, 110, 10),
    # written 2026-12-06 (twenty-fifth session) by another, who never ran the coder: titles,
    # teasers and body sentences of international and domestic news; first run (0.3.67)
    # 124/142/327; held out like b (summaries only)
    "independent_l.jsonl": (200, 327, 133, 16),
    # written 2026-12-06 (twenty-fifth session) by another, who then ran the coder once and
    # classified every error: RSS titles and teasers, body sentences; first run 105/118/249;
    # worked on like j (dev)
    "independent_m.jsonl": (180, 249, 125, 5),
    # written 2026-12-07 (thirty-third session) by another, who then ran the coder once and
    # classified every error: 70 RSS titles and teasers of 2025-2026, 60 body sentences;
    # first run 126/155/295; worked on like m (dev)
    "independent_n.jsonl": (200, 295, 147, 21),
    # written 2026-12-07 (thirty-third session) by another the same way: Flemish and Dutch
    # newspaper bodies of 1998-2003 (a third Belgian politics); first run 106/142/244 (dev)
    "independent_o.jsonl": (200, 243, 142, 27),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_coder_keeps_what_it_handles_on_probes(nlp, coder, name: str) -> None:
    sentences, gold, correct, false_max = FLOORS[name]
    report = evaluate(str(PROBES / name), nlp, coder)
    assert (report.n_sentences, report.root.n_gold) == (sentences, gold)
    false = report.root.n_pred - report.root.tp
    assert report.root.tp >= correct, f"correct events fell to {report.root.tp}"
    assert false <= false_max, f"false events rose to {false}"


# file: (at least correct, at most false) when each line is coded after the five lines before it
# in the file, as if one article: the lines are unrelated, so whatever the context adds is an
# anaphor resolved to an actor of another story (coder 0.3.20)
PSEUDO_ARTICLE_FLOORS = {
    "modern_news.jsonl": (350, 13),
    "archive_news.jsonl": (166, 30),
}


@pytest.mark.parametrize("name", sorted(PSEUDO_ARTICLE_FLOORS))
def test_unrelated_sentences_before_a_line_add_no_false_events(nlp, coder, name, tmp_path) -> None:
    correct, false_max = PSEUDO_ARTICLE_FLOORS[name]
    rows = [json.loads(x) for x in (PROBES / name).read_text(encoding="utf-8").splitlines()]
    context = tmp_path / "context.jsonl"
    context.write_text(
        "".join(
            json.dumps({"id": r["id"], "before": [x["text"] for x in rows[max(0, i - 5) : i]]})
            + "\n"
            for i, r in enumerate(rows)
        ),
        encoding="utf-8",
    )
    report = evaluate(str(PROBES / name), nlp, coder, context_path=str(context))
    false = report.root.n_pred - report.root.tp
    assert report.root.tp >= correct, f"correct events fell to {report.root.tp}"
    assert false <= false_max, f"false events rose to {false}"


# file: (title/teaser pairs, at least correct, at most false) when each feed item is coded as the
# pipeline reads it: the teaser after its title, each parsed as its own paragraph (context built
# by eval/build_probe_context.py)
FEED_ITEM_FLOORS = {
    "independent_j.jsonl": (60, 160, 16),
    "independent_m.jsonl": (70, 140, 5),
    "independent_n.jsonl": (70, 153, 24),
}


@pytest.mark.parametrize("name", sorted(FEED_ITEM_FLOORS))
def test_teasers_are_coded_after_their_titles(nlp, coder, name: str) -> None:
    items, correct, false_max = FEED_ITEM_FLOORS[name]
    build = script_module("eval", "build_probe_context")
    rows = [json.loads(x) for x in (PROBES / name).read_text(encoding="utf-8").splitlines()]
    context = PROBES / "context" / name
    committed = [json.loads(x) for x in context.read_text(encoding="utf-8").splitlines()]
    assert committed == build.pairs(rows, items), "rebuild it: eval/build_probe_context.py"
    report = evaluate(str(PROBES / name), nlp, coder, context_path=str(context))
    false = report.root.n_pred - report.root.tp
    assert report.root.tp >= correct, f"correct events fell to {report.root.tp}"
    assert false <= false_max, f"false events rose to {false}"
