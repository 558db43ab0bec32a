"""Would the parser do better if it could not start a sentence inside a line? (an experiment)

The embedded parser sets sentence boundaries itself and, trained on UD sentences, splits lines
it finds unusual in the middle ("Poetin | schond die regels", "Drie Palestijnen doodgeschoten |
door Israëlische militairen"). spaCy's parser honours ``is_sent_start = False`` set before it,
so a component before the parser can forbid those splits. This script measures that component
(not shipped; see docs/MODEL.md, "Sentence starts inside a line") on UD syntax:

    python bench/line_sentences.py [--mode all|headlines]

``all``: no sentence start unless the previous token is closing punctuation or a line break;
``headlines``: the same only in lines without . ! ? or an ellipsis (titles), split allowed after
a colon or semicolon. Scored on UD LassySmall test (held out) and Alpino dev, each sentence a
document of its own (as a title or paragraph is), and ten sentences per document joined by line
breaks; the bench default (ten sentences joined by a space) is printed too.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
UD = ROOT.parent / "shared" / "corpora" / "ud"
CLOSING = frozenset(".!?:;…\"'”’»)]")
HEADLINE_END = frozenset(".!?…")


@Language.component("bench_no_start_inside_a_line")
def no_start_inside_a_line(doc: Doc) -> Doc:
    prev = None
    for t in doc:
        if prev is not None and not (
            prev.text in CLOSING or prev.is_space or "\n" in prev.whitespace_ or t.is_space
        ):
            t.is_sent_start = False
        prev = t
    return doc


@Language.component("bench_no_start_inside_a_headline")
def no_start_inside_a_headline(doc: Doc) -> Doc:
    line: list = []
    for t in [*doc, None]:
        if t is not None and not t.is_space and "\n" not in t.whitespace_:
            line.append(t)
            continue
        if t is not None and not t.is_space:
            line.append(t)
        if line and not any(w.text in HEADLINE_END for w in line):
            for prev, w in zip(line, line[1:]):
                if prev.text not in (":", ";"):
                    w.is_sent_start = False
        line = []
    return doc


def scores(nlp, path: Path, n: int, sep: str) -> dict[str, float]:
    """UAS, LAS and sentence F on ``path`` in documents of ``n`` sentences joined by ``sep``."""
    from prepare_ud import group_docs, read_conllu

    examples = []
    for gold in group_docs(nlp.vocab, read_conllu(path), n):
        chars = list(gold.text)
        if sep == "\n":
            for s in list(gold.sents)[1:]:
                if s.start_char > 0 and chars[s.start_char - 1] == " ":
                    chars[s.start_char - 1] = "\n"
        examples.append(Example(nlp.make_doc("".join(chars)), gold))
    s = nlp.evaluate(examples)
    return {k: round(float(s[k]), 4) for k in ("dep_uas", "dep_las", "sents_f")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mode", choices=("all", "headlines"), default="all")
    args = ap.parse_args()
    from geoevents.model import load_pipeline

    nlp = load_pipeline(None)
    name = {"all": "bench_no_start_inside_a_line", "headlines": "bench_no_start_inside_a_headline"}
    for file in ("nl_lassysmall-ud-test.conllu", "nl_alpino-ud-dev.conllu"):
        for n, sep in ((1, " "), (10, "\n"), (10, " ")):
            without = scores(nlp, UD / file, n, sep)
            nlp.add_pipe(name[args.mode], before="parser")
            with_it = scores(nlp, UD / file, n, sep)
            nlp.remove_pipe(name[args.mode])
            print(f"{file} docs of {n} joined by {sep!r}: without {without} with {with_it}")


if __name__ == "__main__":
    main()
