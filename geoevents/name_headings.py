"""Headings: capital letters that are no evidence of a name.

Government, web and report text writes headings and list items in title case ("3 Doelgroepen
en Bereik", "Bijlage 1: Overzicht van de Projecten", "- Uitbreiding van de Dagopvang"), and the
NER, trained mostly on news, reads the capitalised common words as names. In such a line a span
made only of common words (``geoevents/data/common_words.tsv``, function words, document-part
words) and no known name is dropped. Sentence-case lines, such as news titles ("Ophef over
uitspraken Bakker"), are left alone: a capital inside them is evidence of a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span

COMMON_WORDS = Path(__file__).resolve().parent / "data" / "common_words.tsv"
FUNCTION_WORDS = frozenset(
    """van voor de het en der in op met aan tot een of bij naar uit over per om te door tegen als
    ten ter zonder onder na tussen""".split()
)
# Parts of a document: a line that starts with one is a heading, and they are never names.
DOC_WORDS = frozenset(
    """bijlage bijlagen tabel tabellen figuur figuren grafiek hoofdstuk paragraaf kader bron
    samenvatting inleiding voorwoord conclusie conclusies aanbeveling aanbevelingen inhoud
    inhoudsopgave literatuur literatuurlijst noot noten afkortingen begrippenlijst colofon
    aanleiding achtergrond doelstelling doelstellingen bevindingen beoordeling toelichting""".split()
)
# Endings of abstract nouns; a compound ending in a common word is common too (the place names
# that would match are the exceptions of the word list).
SUFFIXES = (
    "ing", "heid", "heden", "schap", "schappen", "iteit", "iteiten", "atie", "aties", "tie",
    "ties", "isme", "beleid", "plan", "plannen", "zorg", "onderzoek", "programma", "kader",
    "overzicht",
)  # fmt: skip
INFLECTIONS = ("en", "s", "n", "e")
NUMBERING = re.compile(r"^(\d+(\.\d+)*\.?|[-•*–]|[a-z]\))$")
LIST_MARKS = frozenset({":", "-", "•", "*", "–"})
END_PUNCT = frozenset({".", "!", "?", '"', "'", ")", ";", ",", "”", "’"})


@dataclass(frozen=True)
class CommonWords:
    words: frozenset[str]
    exceptions: frozenset[str]  # place names the compound rule would read as common


def read_common_words(path: Path = COMMON_WORDS) -> CommonWords:
    words, exceptions = set(), set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("!"):
            exceptions.add(line[1:])
        else:
            words.add(line)
    return CommonWords(frozenset(words), frozenset(exceptions))


@lru_cache(maxsize=1)
def shipped() -> CommonWords:
    return read_common_words()


def looks_common(lower: str, words: frozenset[str]) -> bool:
    """A lower-case word is a common word: listed (also without an inflection ending), an
    abstract-noun ending, or a compound whose last part of four letters or more is listed."""
    if lower in words or lower in DOC_WORDS:
        return True
    for end in INFLECTIONS:
        if lower.endswith(end) and len(lower) > len(end) + 3:
            stem = lower[: -len(end)]
            if stem in words or stem in DOC_WORDS:
                return True
    if len(lower) > 6 and lower.endswith(SUFFIXES):
        return True
    return any(lower[i:] in words for i in range(3, len(lower) - 3))


def is_common(text: str, lex: CommonWords, table: dict[str, str]) -> bool:
    """A capitalised word that is a common word and no name of the name table."""
    if not (text[:1].isupper() and text.isalpha()) or text in table:
        return False
    lower = text.lower()
    return lower not in lex.exceptions and looks_common(lower, lex.words)


def _no_name(span: Span, lex: CommonWords, table: dict[str, str]) -> bool:
    return span.text not in table and all(
        t.lower_ in FUNCTION_WORDS or is_common(t.text, lex, table) for t in span
    )


def lines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the lines of ``doc`` (split after a newline only: the sentence splitter
    also cuts after a name followed by a comma)."""
    if "\n" not in doc.text:
        return [(0, len(doc))] if len(doc) else []
    out: list[tuple[int, int]] = []
    start = 0
    for t in doc[1:]:
        prev = doc[t.i - 1]
        if "\n" in prev.whitespace_ or "\n" in prev.text:
            out.append((start, t.i))
            start = t.i
    if len(doc):
        out.append((start, len(doc)))
    return out


def line_kind(
    doc: Doc, start: int, end: int, lex: CommonWords, table: dict[str, str]
) -> tuple[str | None, int]:
    """("title" | "numbered" | "word" | None, index of the line's first word). A title-case line
    has no closing punctuation, no lower-case content word and a capitalised common word after
    its first word; a numbered line starts with a number, bullet or document part ("Bijlage
    2:"); a word line is one to three capitalised words and nothing else."""
    toks = [t for t in doc[start:end] if not t.is_space]
    if not toks:
        return None, -1
    k = 0
    numbered = False
    while k < len(toks) and (NUMBERING.match(toks[k].text) or toks[k].text in LIST_MARKS):
        numbered, k = True, k + 1
    if k < len(toks) and toks[k].lower_ in DOC_WORDS:
        numbered = True
        j = k + 1
        while j < len(toks) and (toks[j].like_num or NUMBERING.match(toks[j].text)
                                 or toks[j].text in LIST_MARKS):  # fmt: skip
            j += 1
        if k + 1 < j < len(toks):
            k = j
    if k >= len(toks):
        return None, -1
    first = toks[k].i
    closed = toks[-1].text in END_PUNCT
    if not closed:
        content = [
            t
            for t in toks[k + 1 :]
            if t.is_alpha and len(t) >= 4 and t.lower_ not in FUNCTION_WORDS
        ]
        if not any(t.text.islower() for t in content) and any(
            t.text[:1].isupper() and is_common(t.text, lex, table) for t in content
        ):
            return "title", first
    if numbered:
        return "numbered", first
    if not closed and len(toks) <= 3 and all(t.is_alpha and t.text[:1].isupper() for t in toks):
        return "word", first
    return None, first


def heading_drops(
    doc: Doc, ents: list[Span], table: dict[str, str], lex: CommonWords | None = None
) -> list[Span]:
    """The spans of ``ents`` that are no names: only common words, in a title-case line or a
    one-word line, or at the start of a numbered line (where the capital is the line's)."""
    lex = lex or shipped()
    drops: list[Span] = []
    line_of = lines(doc)
    kinds: dict[int, tuple[str | None, int]] = {}
    li = 0
    for ent in sorted(ents, key=lambda e: e.start):
        while li < len(line_of) - 1 and ent.start >= line_of[li][1]:
            li += 1
        if li not in kinds:
            kinds[li] = line_kind(doc, *line_of[li], lex, table)
        kind, first = kinds[li]
        if kind is None or not _no_name(ent, lex, table):
            continue
        if kind in ("title", "word") or ent.start == first or ent[0].lower_ in DOC_WORDS:
            drops.append(ent)
    return drops
