"""Name types after the NER: a span that is exactly a name with one type in the project's
dictionaries gets that type, and a span cut short inside such a name gets the whole name.

The statistical NER often types organisations as places or people ("AIVD" LOC, "DNB" PER) and
cuts names ("Filip" of "Filip Dewinter"). Names with a single, unambiguous type in the coder's
dictionaries and the model's name lists fix both; ambiguous names (a city that is also a club, a
surname that is also a place) are left out of the table when it is built
(``training/name_types.py``). Measured on dev, blind and held-out gold in ``docs/MODEL.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

NAME_TYPES = "geoevents_name_types"
TABLE = Path(__file__).resolve().parent / "data" / "name_types.tsv"
CORE_LABELS = frozenset({"PER", "LOC", "ORG"})


@dataclass(frozen=True)
class NameTypes:
    types: dict[str, str]  # unambiguous name -> PER, LOC, ORG or MISC
    countries: frozenset[str]  # LOC names that are countries (a country's team is LOC)


@dataclass
class Change:
    """One span the step changed: character offsets and label before and after."""

    text: str
    old: tuple[int, int, str]
    new: tuple[int, int, str]
    kind: str  # relabel | extend
    absorbed: tuple[tuple[int, int, str], ...] = ()  # predicted entities inside an extension
    sentence: str = ""


def read_name_types(path: Path = TABLE) -> NameTypes:
    """``name<TAB>type<TAB>country`` rows under a ``#`` header (see the file for its sources)."""
    types: dict[str, str] = {}
    countries: set[str] = set()
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines if line and not line.startswith("#")]
    for lineno, line in enumerate(rows[1:], start=2):
        parts = line.split("\t")
        if len(parts) != 3 or parts[1] not in ("PER", "LOC", "ORG", "MISC"):
            raise ValueError(f"{path}: row {lineno}: expected name, type, country: {line!r}")
        name, label, country = parts
        types[name] = label
        if country == "yes":
            countries.add(name)
    return NameTypes(types, frozenset(countries))


@lru_cache(maxsize=2)
def _shipped(path: Path = TABLE) -> NameTypes:
    return read_name_types(path)


def make_matcher(nlp: Language, lex: NameTypes) -> PhraseMatcher:
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    names = [n for n in lex.types if n.strip()]
    matcher.add("NAME", list(nlp.tokenizer.pipe(names)))
    return matcher


def fix_types(
    doc: Doc,
    lex: NameTypes,
    matcher: PhraseMatcher | None = None,
    only: str | None = None,
    club_rule: bool = True,
) -> tuple[list[Span], list[Change]]:
    """The entities of ``doc`` after the step, and the changes made.

    With a ``matcher``, a span strictly inside an unambiguous name whose extra tokens are all
    capitalised is first extended to the name (predicted entities wholly inside are absorbed;
    none is ever cut). Then a span whose text is an unambiguous name gets the name's type
    (``only``: just when that type is ``only``). A place that is not a country keeps ORG, since
    a city is also its football club ("Groningen won").
    """
    ents = list(doc.ents)
    new: dict[int, Span] = {}
    kinds: dict[int, str] = {}
    absorbed: set[int] = set()
    inside_of: dict[int, list[int]] = {}
    if matcher is not None and ents:
        names = sorted({(s, e) for _, s, e in matcher(doc)}, key=lambda m: (m[0] - m[1], m[0]))
        for i, ent in enumerate(ents):
            if i in absorbed:
                continue
            for s, e in names:
                if not (s <= ent.start and ent.end <= e) or (s, e) == (ent.start, ent.end):
                    continue
                extra = [t for t in doc[s:e] if not ent.start <= t.i < ent.end]
                if not all(t.text[:1].isupper() for t in extra):
                    continue
                inside = [j for j, o in enumerate(ents) if j != i and o.start < e and o.end > s]
                if any(ents[j].start < s or ents[j].end > e or j in new for j in inside):
                    continue
                new[i] = Span(doc, s, e, label=lex.types[doc[s:e].text])
                kinds[i] = "extend"
                absorbed.update(inside)
                inside_of[i] = inside
                break
    for i, ent in enumerate(ents):
        if i in new or i in absorbed:
            continue
        label = lex.types.get(ent.text)
        if label is None or label == ent.label_ or (only is not None and label != only):
            continue
        if club_rule and ent.label_ == "ORG" and label == "LOC" and ent.text not in lex.countries:
            continue
        new[i], kinds[i] = Span(doc, ent.start, ent.end, label=label), "relabel"
    out = [new.get(i, ent) for i, ent in enumerate(ents) if i not in absorbed]
    changes = [
        Change(
            sp.text,
            (ents[i].start_char, ents[i].end_char, ents[i].label_),
            (sp.start_char, sp.end_char, sp.label_),
            kinds[i],
            tuple(
                (ents[j].start_char, ents[j].end_char, ents[j].label_) for j in inside_of.get(i, [])
            ),
        )
        for i, sp in sorted(new.items())
    ]
    return spacy.util.filter_spans(out), changes


class NameTypesComponent:
    """Pipeline step after the NER and the entity ruler; holds the table and one matcher."""

    def __init__(self, nlp: Language, path: Path = TABLE) -> None:
        self.lex = _shipped(path)
        self.matcher = make_matcher(nlp, self.lex)

    def __call__(self, doc: Doc) -> Doc:
        if doc.ents:
            ents, changes = fix_types(doc, self.lex, self.matcher)
            if changes:
                doc.ents = ents
        return doc


@Language.factory(NAME_TYPES)
def make_name_types(nlp: Language, name: str) -> NameTypesComponent:
    return NameTypesComponent(nlp)


def uses_core_labels(nlp: Language) -> bool:
    """True for a NER with this project's labels (PER, LOC, ORG); other schemes are left alone."""
    labels: set[str] = set()
    for pipe in ("ner", "entity_ruler"):
        if pipe in nlp.pipe_names:
            labels |= set(getattr(nlp.get_pipe(pipe), "labels", ()) or ())
    return CORE_LABELS <= labels
