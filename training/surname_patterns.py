"""Surname-only PER patterns for the model's entity ruler, from its own full person names.

The NER misses well-known people named by surname alone, as news names them after the first
mention and in titles ("Milosevic is gearresteerd", "Witkoff sprak met Poetin"): on the
invented modern-news NER dev set 68 of 1,454 persons had no span at all (docs/MODEL.md). The
ruler runs after the NER and only fills gaps, so a surname pattern can add a span but never
change one the NER made. A surname of the ruler's full person names (the coder's people,
derived from the Phoenix/PETRARCH2 dictionaries, MIT, and the hand lists) and of the name table's
people list (``training/names/people_nl.tsv``) becomes a pattern only when it can hardly be
anything else:

- shape: a capital and at least three lower-case letters ("Wu", "NAVO" stay out);
- no Dutch word: not in spacy-lookups-data's ``nl_lemma_lookup`` (MIT), not in the name-type
  step's common words, never written lower case in the UD Dutch dev and train files or the
  Europeana train and dev files (the test files, held out and blind, are not read);
- no place: not a country, region, Dutch or Belgian town or a town abroad of 100,000 people or
  more in the gazetteer (its own and Dutch names);
- no other type: not a pattern of another label, not a name the name table types otherwise.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "geoevents" / "data"
SHAPE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'\-]{3,}")
BIG_TOWN = 100_000


def dutch_words(shared: Path) -> set[str]:
    """Lower-case Dutch word forms: the lemma lookup, the common words, lower-case tokens of the
    UD and Europeana files that are not test files."""
    import spacy_lookups_data

    lookup = Path(spacy_lookups_data.__file__).parent / "data" / "nl_lemma_lookup.json.gz"
    table = json.loads(gzip.open(lookup, "rt", encoding="utf-8").read())
    words = {w.lower() for w in table} | {v.lower() for v in table.values()}
    for line in open(DATA / "common_words.tsv", encoding="utf-8"):
        if not line.startswith("#") and line.strip():
            words.add(line.split("\t")[0].strip().lower())
    files = [*(shared / "corpora" / "ud").glob("*.conllu")]
    files += [*(shared / "corpora" / "ner" / "europeana-nl").glob("*.txt")]
    for path in files:
        if "test" in path.name:
            continue
        column = 1 if path.suffix == ".conllu" else 0
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            word = line.split("\t" if column else None)[column]
            if word.islower():
                words.add(word)
    return words


def place_keys() -> set[str]:
    """Folded names of the gazetteer's countries, regions, Dutch and Belgian towns and towns
    abroad of ``BIG_TOWN`` people or more."""
    from geoevents.transforms.gazetteer import fold

    keys: set[str] = set()
    for line in gzip.open(DATA / "gazetteer.tsv.gz", "rt", encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] == "C":
            keys.add(fold(f[5]))
            keys.update(f[9].split("|"))
        elif f[0] in ("S", "R"):
            keys.add(fold(f[3]))
        elif f[0] == "P" and (f[3] in ("NL", "BE") or int(f[7] or 0) >= BIG_TOWN):
            keys.add(fold(f[2]))
            keys.update(k for k in f[9].split("|") if k != "-")
    return keys


def other_types() -> dict[str, str]:
    """The name table's types (geoevents/data/name_types.tsv)."""
    out = {}
    for line in open(DATA / "name_types.tsv", encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(f) >= 2:
            out[f[0]] = f[1]
    return out


def listed_people() -> set[str]:
    """Full names of ``training/names/people_nl.tsv`` (the name table's people list)."""
    out = set()
    for line in open(REPO / "training" / "names" / "people_nl.tsv", encoding="utf-8"):
        if not line.startswith("#") and line.strip():
            out.add(line.split("\t")[0].strip())
    return out


def surname_patterns(patterns: list[dict[str, str]], shared: Path) -> list[dict[str, str]]:
    """PER patterns for the last word of each full person name among ``patterns`` and the
    people list that passes the rules above and is not a pattern already."""
    full = {p["pattern"] for p in patterns if p["label"] == "PER"} | listed_people()
    return surnames_of(full, patterns, dutch_words(shared), place_keys(), other_types())


def surnames_of(
    full_names: set[str],
    patterns: list[dict[str, str]],
    words: set[str],
    places: set[str],
    types: dict[str, str],
) -> list[dict[str, str]]:
    """The rules above on given word, place and type lists (``places`` folded)."""
    from geoevents.transforms.gazetteer import fold

    have = {p["pattern"] for p in patterns}
    other = {fold(p["pattern"]) for p in patterns if p["label"] != "PER"}
    out = set()
    for name in full_names:
        if " " not in name:
            continue
        last = name.split()[-1]
        key = fold(last)
        if (
            not SHAPE.fullmatch(last)
            or last in have
            or last.lower() in words
            or key in places
            or key in other
            or types.get(last, "PER") != "PER"
        ):
            continue
        out.add(last)
    return [{"label": "PER", "pattern": s} for s in sorted(out)]
