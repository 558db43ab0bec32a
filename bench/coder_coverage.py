"""Event coverage without gold: events per 100 sentences that hold >= 2 resolved actors.

Issue #16 asks how often the coder finds an event where one is possible. A sentence is a
candidate when the dictionary matcher resolves at least two distinct actors in it (people at the
date, countries, organisations, demonyms; adjectives and places excluded); the figure is the
number of coded events in candidate sentences per 100 candidates. Run on the UD Dutch newspaper
(Alpino) and Wikipedia (LassySmall) sentences, which the benchmark articles are also built from.

    python bench/coder_coverage.py [--ud-dir ../shared/corpora/ud] [--date 2001-01-01]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geoevents.transforms.coder import EventCoder  # noqa: E402
from geoevents.transforms.coder import actors as A  # noqa: E402
from geoevents.transforms.coder.mention_match import match_mentions  # noqa: E402

FILES = {
    "alpino (newspaper)": ["nl_alpino-ud-dev.conllu", "nl_alpino-ud-test.conllu"],
    "lassysmall (wikipedia)": ["nl_lassysmall-ud-dev.conllu", "nl_lassysmall-ud-test.conllu"],
}
STRONG = {A.PERSON, A.ORG, A.COUNTRY, A.DEMONYM, A.SEAT}


def texts(path: Path) -> list[str]:
    return [
        line.split("=", 1)[1].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("# text =")
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ud-dir", type=Path, default=Path("../shared/corpora/ud"))
    ap.add_argument("--date", default="2001-01-01")
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    from geoevents.model import load_pipeline

    nlp = load_pipeline(args.model) if args.model else load_pipeline()
    coder = EventCoder(tokenizer=nlp.tokenizer)
    date = dt.date.fromisoformat(args.date)
    out = {}
    for name, files in FILES.items():
        sents = [t for f in files for t in texts(args.ud_dir / f)]
        cand = events = events_all = 0
        t0 = time.perf_counter()
        for doc in nlp.pipe(sents, batch_size=64):
            keys = set()
            for m in match_mentions([t.text for t in doc], coder.index):
                if m.entry.kind in STRONG and coder._entry_code(m.entry, date):
                    keys.add((m.entry.kind, m.entry.code))
            rows = coder.code_doc(doc, date)
            events_all += len(rows)
            if len(keys) >= 2:
                cand += 1
                events += len(rows)
        out[name] = {
            "sentences": len(sents),
            "candidates": cand,
            "events_in_candidates": events,
            "events_per_100_candidates": round(100 * events / cand, 1) if cand else 0.0,
            "events_all": events_all,
            "seconds": round(time.perf_counter() - t0, 1),
        }
    print(json.dumps({"date": args.date, "model": nlp.meta.get("version"), **out}, indent=1))


if __name__ == "__main__":
    main()
