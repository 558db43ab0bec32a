"""Evaluate the shipped Dutch pipeline on held-out data and measure its speed on one CPU core.

- Syntax: UD_Dutch-LassySmall test (never trained on; ``prepare_ud.py`` drops the old-train
  copies of its sentences): POS, morph, lemma (gold lemmas without
  Alpino's ``_`` compound separators, as in training), UAS/LAS, sentence F. The raw text is
  tokenised by the pipeline and aligned to gold, as ``spacy evaluate`` does.
- NER: training/ner_eval/news_nl.txt (held-out news-style sentences): P/R/F per label and
  micro-averaged over PER/LOC/ORG.
- Speed: words/s with ``nlp.pipe`` on one thread, over one-sentence documents and over
  20-sentence documents (article-sized, as the product feeds it) (BLAS threads pinned to 1 before numpy loads),
  as wall-clock words/s and as words per CPU-second of this process (less sensitive to other
  jobs on a shared machine); the 1-minute load average is recorded with it.

Usage: python bench/model_accuracy.py [--model nl_geoevents|PATH] [--json out.json]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from spacy.scorer import Scorer  # noqa: E402
from spacy.training import Example  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "training"))

from gazetteers import typed_lexicon  # noqa: E402
from ner_data import parse_marked  # noqa: E402
from prepare_ud import group_docs, read_conllu  # noqa: E402

from geoevents.model import load_pipeline  # noqa: E402

CORE = ("PER", "LOC", "ORG")


def ud_scores(nlp, conllu: Path) -> dict[str, float]:
    """Score syntax on a gold CoNLL-U file with the pipeline's own tokenisation."""
    gold = group_docs(nlp.vocab, read_conllu(conllu), 10)
    examples = [Example(nlp.make_doc(d.text), d) for d in gold]
    scores = nlp.evaluate(examples)
    keys = (
        "pos_acc",
        "morph_acc",
        "lemma_acc",
        "dep_uas",
        "dep_las",
        "sents_p",
        "sents_r",
        "sents_f",
    )
    return {k: round(float(scores[k]), 4) for k in keys if scores.get(k) is not None}


def overlap_split_scores(nlp, test: Path, old_train: Path) -> dict[str, dict[str, float]]:
    """Test scores split by whether a sentence's words also occur in the UD 2.0 train file.

    Models up to 0.3.0 trained on those old copies; this split lets any two models be compared
    on the sentences neither has seen.
    """
    old = {tuple(t.form for t in s.toks) for s in read_conllu(old_train)}
    sents = read_conllu(test)
    parts = {
        "in_old_train": [s for s in sents if tuple(t.form for t in s.toks) in old],
        "not_in_old_train": [s for s in sents if tuple(t.form for t in s.toks) not in old],
    }
    out = {}
    for name, part in parts.items():
        gold = group_docs(nlp.vocab, part, 10)
        scores = nlp.evaluate([Example(nlp.make_doc(d.text), d) for d in gold])
        out[name] = {"sentences": len(part), "tokens": sum(len(s.toks) for s in part)}
        out[name].update(
            {
                k: round(float(scores[k]), 4)
                for k in ("pos_acc", "dep_uas", "dep_las", "lemma_acc", "sents_f")
            }
        )
    return out


def read_marked(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Sentences with ``[span|LABEL]`` marks, comments skipped."""
    lines = path.read_text(encoding="utf8").splitlines()
    return [parse_marked(x) for x in lines if x.strip() and not x.startswith("#")]


def ner_scores(nlp, path: Path) -> dict[str, object]:
    """Entity P/R/F per label and micro over PER/LOC/ORG on marked sentences."""
    examples = []
    for text, spans in read_marked(path):
        pred = nlp(text)
        ref = nlp.make_doc(text)
        ents = [ref.char_span(s, e, label=lab, alignment_mode="expand") for s, e, lab in spans]
        ref.set_ents([e for e in ents if e is not None])
        examples.append(Example(pred, ref))
    per_type = Scorer.score_spans(examples, "ents")["ents_per_type"]
    tp = fp = fn = 0
    for ex in examples:
        gold = {(e.start_char, e.end_char, e.label_) for e in ex.reference.ents if e.label_ in CORE}
        pred = {(e.start_char, e.end_char, e.label_) for e in ex.predicted.ents if e.label_ in CORE}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    known = set(typed_lexicon())
    unseen_gold = unseen_hit = 0
    for ex in examples:
        pred = {(e.start_char, e.end_char, e.label_) for e in ex.predicted.ents}
        for e in ex.reference.ents:
            if e.label_ in CORE and e.text not in known:
                unseen_gold += 1
                unseen_hit += (e.start_char, e.end_char, e.label_) in pred
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "sentences": len(examples),
        "per_label": {k: {m: round(v, 4) for m, v in d.items()} for k, d in per_type.items()},
        "per_loc_org": {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4)},
        "names_not_in_training_lists": {
            "mentions": unseen_gold,
            "recall": round(unseen_hit / unseen_gold, 4) if unseen_gold else None,
        },
    }


def speed(nlp, texts: list[str], min_words: int = 60_000, repeat: int = 3) -> dict[str, object]:
    """Words per second with nlp.pipe on one process after a warm-up batch (median of runs).

    Single runs on the 2-core development machine vary by up to ~8%, so the median of
    ``repeat`` runs is reported with the range.
    """
    list(nlp.pipe(texts[:50]))
    batch: list[str] = []
    words = 0
    while words < min_words:
        for t in texts:
            batch.append(t)
            words += len(t.split())
    load_before = os.getloadavg()[0]
    runs = []
    for _ in range(repeat):
        start, cpu_start = time.perf_counter(), time.process_time()
        n_tokens = sum(len(doc) for doc in nlp.pipe(batch, batch_size=256))
        runs.append((time.perf_counter() - start, time.process_time() - cpu_start))
    walls = sorted(n_tokens / w for w, _ in runs)
    cpus = sorted(n_tokens / c for _, c in runs)
    return {
        "tokens": n_tokens,
        "runs": repeat,
        "words_per_sec": round(statistics.median(walls)),
        "words_per_sec_range": [round(walls[0]), round(walls[-1])],
        "words_per_cpu_sec": round(statistics.median(cpus)),
        "load_average_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }


def product_checks(nlp) -> dict[str, object]:
    """The names and constructions the event coder relies on, as text for the report."""
    sents = [
        "Biden en Xi ontmoetten elkaar woensdag in de buurt van San Francisco.",
        "Poetin ontving Xi in Moskou, terwijl Guterres vanuit New York opriep tot vrede.",
        "Von der Leyen zei dat de EU de sancties tegen Rusland verlengt.",
        "De NAVO en de VN spraken over Oekraïne, China en de Verenigde Staten.",
        "Peking reageerde boos op de uitspraken van het Witte Huis.",
        "Het kabinet kondigde dinsdag nieuwe sancties tegen Rusland aan.",
        "De ambassadeur werd door het ministerie ontboden.",
        "Hij zei dat China de oorlog in Oekraïne niet steunt.",
    ]
    out = []
    for s in sents:
        doc = nlp(s)
        out.append(
            {
                "text": s,
                "ents": [[e.text, e.label_] for e in doc.ents],
                "deps": [[t.text, t.pos_, t.dep_, t.head.text, t.lemma_] for t in doc],
            }
        )
    return {"sentences": out}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=None, help="short name, package or path (default: shipped)")
    ap.add_argument("--json", type=Path, help="write all results here")
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument(
        "--overlap-split",
        action="store_true",
        help="also score the test split by overlap with the UD 2.0 train file",
    )
    ap.add_argument("--checks", action="store_true", help="print product checks")
    args = ap.parse_args()
    nlp = load_pipeline(args.model)
    results: dict[str, object] = {"model": args.model or "nl_geoevents", "pipeline": nlp.pipe_names}
    test = SHARED / "corpora" / "ud" / "nl_lassysmall-ud-test.conllu"
    results["ud_lassysmall_test"] = ud_scores(nlp, test)
    if args.overlap_split:
        old_train = SHARED / "corpora" / "ud" / "nl_lassysmall-ud-train.v2_0.conllu"
        results["ud_lassysmall_test_by_overlap"] = overlap_split_scores(nlp, test, old_train)
    results["ner_news_eval"] = ner_scores(nlp, REPO / "training" / "ner_eval" / "news_nl.txt")
    if not args.skip_speed:
        sents = read_conllu(test)
        texts = [d.text for d in group_docs(nlp.vocab, sents, 1)]
        results["speed_1_core"] = speed(nlp, texts)
        # The product reads whole articles: 20-sentence documents (~330 words) amortise the
        # per-document overhead that one-sentence documents pay.
        docs = [d.text for d in group_docs(nlp.vocab, sents, 20)]
        results["speed_1_core_20_sentence_docs"] = speed(nlp, docs)
    if args.checks:
        results["checks"] = product_checks(nlp)
    print(json.dumps(results, indent=1, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
