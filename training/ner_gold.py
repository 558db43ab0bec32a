"""Hand-labelled NER gold on UD Dutch: export sentences to label, build and check the labels.

The labels in ``training/ner_gold/labels/`` were written by hand (docs/NER_GUIDELINES.md) on
the sentences of UD Dutch Alpino and LassySmall (CC BY-SA 4.0). A label file is JSON lines,
one per sentence: ``{"id": ..., "text": ..., "ents": [["Ehud Barak", "PER"], ...]}``; every
occurrence of an entity string (whole tokens, longest first) gets its label.

    python training/ner_gold.py export --ud-dir ../shared/corpora/ud --out training/work/ner_label
    python training/ner_gold.py check training/ner_gold/labels/*.jsonl
    python training/ner_gold.py agree A.jsonl B.jsonl
    python training/ner_gold.py score training/ner_gold/labels/alpino_test_00.jsonl [--model M]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from prepare_ud import Sent, detokenise, drop_overlap, read_conllu  # noqa: E402

LABELS = ("PER", "LOC", "ORG", "MISC")
UD_FILES = {
    "alpino_dev": "nl_alpino-ud-dev.conllu",
    "alpino_test": "nl_alpino-ud-test.conllu",
    "lassy_dev": "nl_lassysmall-ud-dev.conllu",
    "lassy_test": "nl_lassysmall-ud-test.conllu",
    "old_train": "nl_lassysmall-ud-train.v2_0.conllu",
}
# How each UD split is used for NER: never train on "heldout" or "blind".
ROLE = {
    "alpino_dev": "train",
    "lassy_dev": "train",
    "old_train": "train",
    "lassy_test": "heldout",
    "alpino_test": "blind",
}


def text_of(sent: Sent) -> str:
    """The sentence text: ``# text`` where present, else rebuilt from the tokens."""
    if sent.text:
        return sent.text
    detokenise(sent)
    return "".join(t.form + (" " if t.space_after else "") for t in sent.toks).strip()


def ud_sentences(ud_dir: Path) -> dict[str, list[tuple[str, str, Sent]]]:
    """(id, text, sentence) per split; the old train without its copies of dev/test sentences."""
    out: dict[str, list[tuple[str, str, Sent]]] = {}
    raw = {k: read_conllu(ud_dir / f) for k, f in UD_FILES.items()}
    for split, sents in raw.items():
        if split == "old_train":
            sents = drop_overlap(sents, raw["lassy_dev"], raw["lassy_test"])
        out[split] = [(gold_id(split, s), text_of(s), s) for s in sents]
    return out


def gold_id(split: str, sent: Sent) -> str:
    """The label files' sentence id: ``split:sent_id``."""
    return f"{split}:{sent.sid}"


def export(ud_dir: Path, out: Path, size: int) -> None:
    """Write slices of ``size`` sentences (``id<TAB>text``) for labelling."""
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for split, rows in ud_sentences(ud_dir).items():
        for k in range(0, len(rows), size):
            chunk = rows[k : k + size]
            name = out / f"{split}_{k // size:02d}.tsv"
            name.write_text("".join(f"{i}\t{t}\n" for i, t, _ in chunk), encoding="utf8")
            n += 1
            print(f"{name}\t{len(chunk)}")
    print(f"{n} slices")


def _squash(s: str) -> tuple[str, list[int]]:
    """The string without whitespace, and each kept character's index in ``s``."""
    kept = [(c, i) for i, c in enumerate(s) if not c.isspace()]
    return "".join(c for c, _ in kept), [i for _, i in kept]


def char_spans(text: str, ents: list[list[str]]) -> tuple[list[tuple[int, int, str]], list[str]]:
    """Character spans of every occurrence of each entity string (longest first, no overlap).

    Whitespace is ignored when matching, so ``"Barak 's"`` finds ``"Barak's"``; a match must
    start and end on a word boundary. Returns the spans and the entity strings never found.
    """
    squashed, index = _squash(text)
    taken = [False] * len(text)
    spans: list[tuple[int, int, str]] = []
    missing: list[str] = []
    for surface, label in sorted(ents, key=lambda e: -len(e[0])):
        needle, _ = _squash(surface)
        if not needle:
            missing.append(surface)
            continue
        found = False
        for m in re.finditer(re.escape(needle), squashed):
            start, end = index[m.start()], index[m.end() - 1] + 1
            if start > 0 and text[start - 1].isalnum() and needle[0].isalnum():
                continue
            if end < len(text) and text[end].isalnum() and needle[-1].isalnum():
                continue
            if any(taken[start:end]):
                found = True
                continue
            taken[start:end] = [True] * (end - start)
            spans.append((start, end, label))
            found = True
        if not found:
            missing.append(surface)
    return sorted(spans), missing


TEXTS: dict[str, str] = {}  # id -> text for label files stored without text (--texts)


def load_texts(path: Path | None) -> None:
    """Sentence texts by id from a JSON-lines file with ``id`` and ``text`` (for label files that
    keep third-party text out of the repository, e.g. the 2023 seed articles)."""
    if path is None:
        return
    for line in path.read_text(encoding="utf8").splitlines():
        if line.strip():
            row = json.loads(line)
            TEXTS[row["id"]] = row["text"]


def read_labels(paths: list[Path]) -> dict[str, dict]:
    """Label rows by sentence id (later files win); a row without text takes it from TEXTS."""
    rows: dict[str, dict] = {}
    for p in paths:
        for n, line in enumerate(p.read_text(encoding="utf8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise SystemExit(f"{p}:{n}: not JSON ({e})") from None
            if "text" not in row:
                if row["id"] not in TEXTS:
                    raise SystemExit(f"{p}:{n}: no text for {row['id']!r} (give --texts)")
                row["text"] = TEXTS[row["id"]]
            rows[row["id"]] = row
    return rows


def token_spans(
    sent: Sent, text: str, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Character spans on ``text`` -> token spans of ``sent`` (every token the span touches)."""
    offs: list[tuple[int, int]] = []
    pos = 0
    for t in sent.toks:
        k = text.find(t.form, pos)
        if k < 0:
            raise ValueError(f"token {t.form!r} not found in {text!r}")
        offs.append((k, k + len(t.form)))
        pos = k + len(t.form)
    out = []
    for a, b, label in spans:
        inside = [i for i, (s, e) in enumerate(offs) if s < b and e > a]
        if inside:
            out.append((inside[0], inside[-1] + 1, label))
    return out


def gold_rows(directory: Path) -> dict[str, dict]:
    """Every label row under ``directory`` by sentence id."""
    return read_labels(sorted(directory.glob("*.jsonl")))


def check(paths: list[Path]) -> int:
    """Validate labels: known labels, every entity string found in its sentence."""
    rows = read_labels(paths)
    labels: Counter[str] = Counter()
    bad = 0
    for rid, row in rows.items():
        for e in row.get("ents", []):
            if len(e) != 2 or e[1] not in LABELS:
                print(f"{rid}: bad entity {e!r}")
                bad += 1
                continue
            labels[e[1]] += 1
        _, missing = char_spans(row["text"], row.get("ents", []))
        for m in missing:
            print(f"{rid}: not in the text: {m!r}")
            bad += 1
    print(f"{len(rows)} sentences, entity strings {dict(labels)}, problems {bad}")
    return 1 if bad else 0


def agree(a: Path, b: Path) -> float:
    """Span F1 between two labellings of the same sentences (exact span and label)."""
    ra, rb = read_labels([a]), read_labels([b])
    common = sorted(set(ra) & set(rb))
    tp = fa = fb = 0
    per: Counter[str] = Counter()
    for rid in common:
        sa = set(char_spans(ra[rid]["text"], ra[rid].get("ents", []))[0])
        sb = set(char_spans(rb[rid]["text"], rb[rid].get("ents", []))[0])
        tp += len(sa & sb)
        fa += len(sa - sb)
        fb += len(sb - sa)
        for s in sa ^ sb:
            per[s[2]] += 1
        for s in sorted(sa ^ sb):
            side = "A" if s in sa else "B"
            print(f"{rid}\t{side}\t{ra[rid]['text'][s[0] : s[1]]}\t{s[2]}")
    f1 = 2 * tp / (2 * tp + fa + fb) if tp else 0.0
    print(f"{len(common)} sentences, agreed {tp}, only A {fa}, only B {fb}: span F1 {f1:.3f}")
    print(f"disagreements by label: {dict(per)}")
    return f1


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


SENTENCE_END = tuple(".!?:;\"'»”)")


def _place(sid: str) -> tuple[str, str]:
    """(document, paragraph) of a UD sentence id ("...p.3.s.2"); other ids stand alone."""
    para = re.sub(r"\.s\.\d+$", "", sid)
    return re.sub(r"\.p\.\d+$", "", para), para


def as_documents(rows: list[dict]) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """The labelled sentences rebuilt into their documents, as the pipeline reads an article:
    sentences of a paragraph joined by a space (by a line break after a line with no closing
    punctuation, such as a list item or heading), paragraphs by a blank line; gold spans moved
    to document offsets. Rows keep file order; a document is its consecutive rows."""
    out: list[tuple[str, list[tuple[int, int, str]]]] = []
    last_doc = last_para = None
    for row in rows:
        doc_id, para = _place(row["id"])
        spans = char_spans(row["text"], row["ents"])[0]
        if out and doc_id == last_doc:
            text, gold = out[-1]
            if para != last_para:
                sep = "\n\n"
            else:
                sep = " " if text.rstrip().endswith(SENTENCE_END) else "\n"
            off = len(text) + len(sep)
            out[-1] = (
                text + sep + row["text"],
                gold + [(a + off, b + off, t) for a, b, t in spans],
            )
        else:
            out.append((row["text"], list(spans)))
        last_doc, last_para = doc_id, para
    return out


def document_of(rid: str) -> str:
    """The UD document of a sentence id: "alpino_test:WR-P-P-H-0000000012/...p.1.s.3" ->
    "WR-P-P-H-0000000012", "lassy_test:wiki-135.p.10.s.2" -> "wiki-135" (also with sub-sentence
    numbers, "...p.1.s.12.1"); an id without paragraphs is its own document."""
    return re.sub(r"\.p\.\d+.*$", "", rid.split(":", 1)[-1].rsplit("/", 1)[-1])


def rules_off(nlp) -> str:
    """The suffix ', name-type rules off: ...' of a score's header line when the pipeline's
    name-type step runs without some of its rules (a printed score says what it measured)."""
    from geoevents.name_types import NAME_TYPES

    if NAME_TYPES not in nlp.pipe_names:
        return ""
    off = nlp.get_pipe(NAME_TYPES).rules.disabled
    return f", name-type rules off: {', '.join(sorted(off))}" if off else ""


def score(
    paths: list[Path],
    model,
    quiet: bool = False,
    docs: bool = False,
    by_doc: bool = False,
    disabled_rules: Sequence[str] = (),
) -> dict[str, tuple[float, float, float]]:
    """Exact-span P/R/F per label of a pipeline (a loaded one, or a name) against gold files;
    ``docs``: each document coded whole (``as_documents``), as the pipeline codes articles
    (``parse_articles``: paragraphs parsed apart, document steps on the joined Doc);
    ``by_doc``: also PER+LOC+ORG per source document (counts only, no text), to see whether
    errors gather in one genre (a treebank test file mixes news with other text);
    ``disabled_rules``: named rules of the name-type step switched off in a pipeline loaded here
    (``geoevents/name_rules.py``), to measure what a rule adds."""
    from geoevents.model import load_pipeline, parse_articles

    if model is None or isinstance(model, str):
        nlp = load_pipeline(model or None, disabled_rules=disabled_rules)
    else:
        nlp = model
    rows = read_labels(paths)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    per_doc: dict[str, Counter[str]] = {}
    if docs:
        units = as_documents(list(rows.values()))
        keys = [None] * len(units)
    else:
        units = [(r["text"], char_spans(r["text"], r["ents"])[0]) for r in rows.values()]
        keys = [document_of(rid) for rid in rows]
    texts = [t for t, _ in units]
    # documents are read as the pipeline reads articles: paragraph by paragraph, joined
    pipe = parse_articles(nlp, texts) if docs else nlp.pipe(texts, batch_size=64)
    for (_, spans), doc, key in zip(units, pipe, keys, strict=True):
        gold = set(spans)
        pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS}
        for s in gold & pred:
            tp[s[2]] += 1
        for s in pred - gold:
            fp[s[2]] += 1
        for s in gold - pred:
            fn[s[2]] += 1
        if key is not None:
            c = per_doc.setdefault(key, Counter())
            c["sentences"] += 1
            main = [x for x in (gold | pred) if x[2] in LABELS[:3]]
            c["tp"] += sum(1 for x in main if x in gold and x in pred)
            c["fp"] += sum(1 for x in main if x in pred and x not in gold)
            c["fn"] += sum(1 for x in main if x in gold and x not in pred)
    out = {}
    for label in LABELS:
        out[label] = prf(tp[label], fp[label], fn[label])
    for name, labels in (("PER+LOC+ORG", LABELS[:3]), ("all", LABELS)):
        out[name] = prf(*(sum(c[x] for x in labels) for c in (tp, fp, fn)))
    if quiet:
        return out
    unit = f"in {len(units)} documents" if docs else "one by one"
    print(
        f"{len(rows)} sentences {unit}, model {nlp.meta.get('name')}-{nlp.meta.get('version')}"
        + rules_off(nlp)
    )
    for k, (p, r, f) in out.items():
        n = sum(tp[x] + fn[x] for x in (LABELS if k == "all" else LABELS[:3] if "+" in k else [k]))
        print(f"{k:12s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {n})")
    if by_doc:
        print("PER+LOC+ORG per document: sentences, gold spans, P / R / F1")
        for key, c in sorted(per_doc.items(), key=lambda kv: -kv[1]["sentences"]):
            p, r, f = prf(c["tp"], c["fp"], c["fn"])
            gold_n = c["tp"] + c["fn"]
            print(f"  {key:28s} {c['sentences']:4d} {gold_n:4d}  {p:.3f} / {r:.3f} / {f:.3f}")
    return out


def read_io(path: Path) -> list[tuple[list[str], set[tuple[int, int, str]]]]:
    """Europeana-style ``token<TAB>I-LABEL`` sentences: words and token spans per sentence."""
    out: list[tuple[list[str], set[tuple[int, int, str]]]] = []
    words: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        spans, i = set(), 0
        while i < len(tags):
            if tags[i][:2] in ("I-", "B-"):
                label, j = tags[i][2:], i + 1
                while j < len(tags) and tags[j] == f"I-{label}":
                    j += 1
                spans.add((i, j, label))
                i = j
            else:
                i += 1
        out.append((list(words), spans))

    for line in path.read_text(encoding="utf8").splitlines():
        parts = line.split()
        if not parts:
            if words:
                flush()
            words, tags = [], []
        elif len(parts) >= 2:
            words.append(parts[0])
            tags.append(parts[-1])
    if words:
        flush()
    return out


def score_io(
    path: Path, model: str | None, disabled_rules: Sequence[str] = ()
) -> dict[str, tuple[float, float, float]]:
    """PER/LOC/ORG exact-span scores on an IO-tagged file (no MISC there: MISC is ignored)."""
    from spacy.tokens import Doc

    from geoevents.model import load_pipeline

    nlp = load_pipeline(model or None, disabled_rules=disabled_rules)
    sents = read_io(path)
    docs = (Doc(nlp.vocab, words=w) for w, _ in sents)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for (_, gold), doc in zip(sents, nlp.pipe(docs, batch_size=64)):
        pred = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in LABELS[:3]}
        for s in gold & pred:
            tp[s[2]] += 1
        for s in pred - gold:
            fp[s[2]] += 1
        for s in gold - pred:
            fn[s[2]] += 1
    out = {k: prf(tp[k], fp[k], fn[k]) for k in LABELS[:3]}
    out["PER+LOC+ORG"] = prf(*(sum(c[x] for x in LABELS[:3]) for c in (tp, fp, fn)))
    print(
        f"{len(sents)} sentences ({path.name}), model {nlp.meta.get('name')}-{nlp.meta.get('version')}"
        + rules_off(nlp)
    )
    for k, (p, r, f) in out.items():
        print(f"{k:12s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("export")
    e.add_argument("--ud-dir", type=Path, required=True)
    e.add_argument("--out", type=Path, required=True)
    e.add_argument("--size", type=int, default=600)
    c = sub.add_parser("check")
    c.add_argument("files", type=Path, nargs="+")
    g = sub.add_parser("agree")
    g.add_argument("a", type=Path)
    g.add_argument("b", type=Path)
    sc = sub.add_parser("score")
    sc.add_argument("files", type=Path, nargs="+")
    sc.add_argument("--model", default=None, help="pipeline name or folder (default: embedded)")
    sc.add_argument(
        "--docs", action="store_true", help="code whole documents, as the pipeline codes articles"
    )
    sc.add_argument(
        "--by-doc", action="store_true", help="also PER+LOC+ORG per source document (counts only)"
    )
    io = sub.add_parser("score-io", help="score an IO-tagged file (Europeana test)")
    io.add_argument("file", type=Path)
    io.add_argument("--model", default=None)
    for p in (sc, io):
        p.add_argument(
            "--disable-rule",
            action="append",
            default=[],
            metavar="RULE",
            help="switch a named rule of the name-type step off (repeatable; "
            "geoevents/name_rules.py lists them)",
        )
    ap.add_argument("--texts", type=Path, help="JSON lines with id and text for text-less labels")
    args = ap.parse_args()
    load_texts(args.texts)
    if args.cmd == "export":
        export(args.ud_dir, args.out, args.size)
    elif args.cmd == "check":
        raise SystemExit(check(args.files))
    elif args.cmd == "score":
        score(
            args.files,
            args.model,
            docs=args.docs,
            by_doc=args.by_doc,
            disabled_rules=args.disable_rule,
        )
    elif args.cmd == "score-io":
        score_io(args.file, args.model, disabled_rules=args.disable_rule)
    else:
        agree(args.a, args.b)


if __name__ == "__main__":
    main()
