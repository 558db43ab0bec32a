"""Precision of the coder on real text read as articles: every event, for a human audit.

The gold sets score sentences one by one (or with five sentences before them); the product codes
whole articles, where anaphora and discourse can make events no sentence alone would. This codes
every UD Dutch *dev* document (Alpino dev newspaper articles, LassySmall dev and the old
LassySmall train file) that holds no sentence of a blind set, whole and in order, as
``geoevents`` codes an article, and lists every event with its sentence. The test files are
never read (they hold the blind sets). A dev measurement: the verdicts are the coder's
developer's, on text the coder may be tuned on.

    python bench/article_audit.py --ud-dir ../shared/corpora/ud --out /tmp/audit.jsonl
    python bench/article_audit.py --ud-dir ../shared/corpora/ud --labels eval/article_audit.jsonl

With ``--labels`` (JSON lines ``{"doc", "sentence", "actor1", "code", "actor2", "ok", "note"}``:
one verdict per event of an earlier run) it prints how many of today's events were judged right
and wrong, how many judged ones are gone, and the events no verdict covers (``--show``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

POS = re.compile(r"^(.*)\.p\.(\d+)\.s\.(\d+)$")
BLIND = ("eval/events_blind.jsonl", "eval/events_blind_2.jsonl")
SPLITS = ("alpino_dev", "lassy_dev", "old_train")  # never the test files


def documents(ud_dir: Path) -> dict[str, str]:
    """Document id -> its text (paragraphs apart, sentences in order), for every dev document
    without a blind sentence."""
    from ner_gold import ud_sentences

    blind_docs = set()
    for f in BLIND:
        for line in (ROOT / f).read_text(encoding="utf-8").splitlines():
            if line.strip():
                m = POS.match(json.loads(line)["id"].split(":", 2)[2])
                if m:
                    blind_docs.add(m.group(1))
    sents: dict[str, list[tuple[int, int, str]]] = {}
    ud = ud_sentences(ud_dir)
    for split in SPLITS:
        for gid, text, _ in ud[split]:
            m = POS.match(gid.split(":", 1)[1])
            if m and m.group(1) not in blind_docs:
                sents.setdefault(m.group(1), []).append((int(m.group(2)), int(m.group(3)), text))
    out = {}
    for name, rows in sorted(sents.items()):
        paras: dict[int, list[str]] = {}
        for p, _s, text in sorted(rows):
            paras.setdefault(p, []).append(text)
        out[name] = "\n\n".join(" ".join(x) for x in paras.values()) + "\n\n"
    return out


def audit_events(ud_dir: Path) -> list[dict]:
    from geoevents.model import load_pipeline, parse_articles
    from geoevents.transforms.coder import EventCoder

    docs = documents(ud_dir)
    nlp = load_pipeline()
    coder = EventCoder(tokenizer=nlp.tokenizer)
    out = []
    for name, doc in zip(docs, parse_articles(nlp, list(docs.values())), strict=True):
        # newspaper articles of 2001 (Alpino); the rest is undated encyclopaedia text
        date = dt.date(2001, 7, 1) if "WR-P-P-H" in name else dt.date(2005, 1, 1)
        for r in coder.code_doc(doc, date):
            sent = next(s for s in doc.sents if s.start_char <= r["action_start_char"] < s.end_char)
            out.append(
                {
                    "doc": name,
                    "sentence": sent.text.strip(),
                    "actor1": r["actor1_code"],
                    "code": r["event_code"],
                    "actor2": r["actor2_code"],
                    "predicate": r["predicate_lemma"],
                }
            )
    print(f"{len(docs)} documents, {len(out)} events", file=sys.stderr)
    return out


def key(e: dict) -> tuple:
    return (e["doc"], e["sentence"], e["actor1"], e["code"], e["actor2"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ud-dir", type=Path, required=True)
    ap.add_argument("--out", type=Path, help="write today's events (JSON lines)")
    ap.add_argument("--labels", type=Path, help="verdicts of an earlier audit")
    ap.add_argument("--show", action="store_true", help="print the events no verdict covers")
    args = ap.parse_args()
    events = audit_events(args.ud_dir)
    if args.out:
        args.out.write_text(
            "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events), encoding="utf-8"
        )
    if args.labels:
        verdicts = {}
        for line in args.labels.read_text(encoding="utf-8").splitlines():
            if line.strip():
                v = json.loads(line)
                verdicts[key(v)] = v["ok"]
        now = {key(e) for e in events}
        right = sum(1 for k in now if verdicts.get(k) is True)
        wrong = sum(1 for k in now if verdicts.get(k) is False)
        new = [e for e in events if key(e) not in verdicts]
        gone = len(set(verdicts) - now)
        judged = right + wrong
        share = f"{right / judged:.3f}" if judged else "-"
        print(f"events {len(events)}: judged right {right}, wrong {wrong} (precision {share})")
        print(f"not judged yet {len(new)}; judged events gone {gone}")
        if args.show:
            for e in new:
                print(
                    f"  {e['actor1']} {e['code']} {e['actor2']} ({e['predicate']}) | {e['sentence']}"
                )


if __name__ == "__main__":
    main()
