"""Where the entity_ruler goes: NER scores of one trained pipeline with the ruler absent, after
the statistical NER (fills gaps) or before it (its spans win), with and without the coder's
dictionary names. Scored on the NER dev gold (the first 400 LassySmall dev sentences).

    python bench/ner_ruler.py training/work/<run>/model/model-best
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from gazetteers import ruler_patterns  # noqa: E402
from ner_gold import score  # noqa: E402
from package_model import dictionary_patterns  # noqa: E402

from geoevents.model import PARAGRAPH_BREAKS  # noqa: E402

VARIANTS = ("none", "after", "after_dict", "before_dict")


def build(src: Path, variant: str) -> spacy.Language:
    nlp = spacy.load(src)
    if "entity_ruler" in nlp.pipe_names:
        nlp.remove_pipe("entity_ruler")
    if variant != "none":
        before = variant.startswith("before")
        ruler = nlp.add_pipe(
            "entity_ruler",
            **({"before": "ner"} if before else {"after": "ner"}),
            config={"phrase_matcher_attr": "ORTH", "overwrite_ents": before},
        )
        ruler.add_patterns(ruler_patterns() + (dictionary_patterns() if "dict" in variant else []))
    nlp.add_pipe(PARAGRAPH_BREAKS, last=True)
    return nlp


def main() -> None:
    src = Path(sys.argv[1])
    lines = (ROOT / "training/ner_gold/labels/lassy_dev_00.jsonl").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        dev = Path(tmp) / "dev.jsonl"
        dev.write_text("".join(lines.splitlines(keepends=True)[:400]), encoding="utf-8")
        for variant in VARIANTS:
            out = score([dev], build(src, variant), quiet=True)
            cols = ("PER", "LOC", "ORG", "MISC", "PER+LOC+ORG")
            print(f"{variant:12s}", "  ".join(f"{k} {out[k][2]:.3f}" for k in cols))


if __name__ == "__main__":
    main()
