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

from spacy.attrs import IS_SPACE
from spacy.tokens import Doc, Span

from geoevents.name_rules import ALL_RULES, Rules

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


def looks_common(lower: str, words: frozenset[str], inflected: bool = True) -> bool:
    """A lower-case word is a common word: listed (also without an inflection ending), an
    abstract-noun ending, or a compound whose last part of four letters or more is listed;
    ``inflected`` (the step's rule ``inflected_compounds``): also an inflected compound."""
    if lower in words or lower in DOC_WORDS:
        return True
    for end in INFLECTIONS:
        if lower.endswith(end) and len(lower) > len(end) + 3:
            stem = lower[: -len(end)]
            if stem in words or stem in DOC_WORDS:
                return True
            # an inflected compound or abstract noun: "Werkpleinen", "Betalingsregelingen"
            if inflected and end in ("en", "s") and _listed_part(stem, words, 5):
                return True
    if len(lower) > 6 and lower.endswith(SUFFIXES):
        return True
    return _listed_part(lower, words, 4)


def _listed_part(lower: str, words: frozenset[str], part: int) -> bool:
    """A compound whose last part of ``part`` letters or more is listed."""
    return any(lower[i:] in words for i in range(3, len(lower) - part + 1))


def is_common(text: str, lex: CommonWords, table: dict[str, str], rules: Rules = ALL_RULES) -> bool:
    """A capitalised word that is a common word and no name of the name table."""
    if not (text[:1].isupper() and text.isalpha()) or text in table:
        return False
    lower = text.lower()
    inflected = rules.on("inflected_compounds")
    return lower not in lex.exceptions and looks_common(lower, lex.words, inflected)


def _no_name(span: Span, lex: CommonWords, table: dict[str, str], rules: Rules) -> bool:
    return span.text not in table and all(
        t.lower_ in FUNCTION_WORDS or is_common(t.text, lex, table, rules) for t in span
    )


def _ends_line(t) -> bool:
    return "\n" in t.text  # spaCy keeps any whitespace but one space as a token of its own


def line_at(doc: Doc, i: int) -> tuple[int, int]:
    """The token range of the line holding token ``i``: lines end after a newline only (the
    sentence splitter also cuts after a name followed by a comma, "Schreuders, ...")."""
    start, end = i, i + 1
    while start > 0 and not _ends_line(doc[start - 1]):
        start -= 1
    while end < len(doc) and not _ends_line(doc[end - 1]):
        end += 1
    return start, end


def line_kind(
    doc: Doc,
    start: int,
    end: int,
    lex: CommonWords,
    table: dict[str, str],
    rules: Rules = ALL_RULES,
) -> tuple[str | None, int]:
    """("title" | "numbered" | "word" | None, index of the line's first word). A title-case line
    has no closing punctuation, no lower-case content word and a capitalised common word after
    its first word; a numbered line starts with a number, bullet or document part ("Bijlage
    2:"); a word line is one to three capitalised words and nothing else. A closed line that
    is not numbered (running text, nearly every line of news) is decided from its two ends."""
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if start == end:
        return None, -1
    k = start
    numbered = False
    while k < end and (NUMBERING.match(doc[k].text) or doc[k].text in LIST_MARKS):
        numbered, k = True, k + 1
    if k < end and doc[k].lower_ in DOC_WORDS:
        numbered = True
        j = k + 1
        while j < end and (doc[j].like_num or NUMBERING.match(doc[j].text)
                           or doc[j].text in LIST_MARKS):  # fmt: skip
            j += 1
        if k + 1 < j < end:
            k = j
    if k >= end:
        return None, -1
    closed = doc[end - 1].text in END_PUNCT
    if closed:
        return ("numbered" if numbered else None), k
    toks = [t for t in doc[start:end] if not t.is_space]
    content = [
        t for t in doc[k + 1 : end] if t.is_alpha and len(t) >= 4 and t.lower_ not in FUNCTION_WORDS
    ]
    if not any(t.text.islower() for t in content) and any(
        t.text[:1].isupper() and is_common(t.text, lex, table, rules) for t in content
    ):
        return "title", k
    if numbered:
        return "numbered", k
    if len(toks) <= 3 and all(t.is_alpha and t.text[:1].isupper() for t in toks):
        return "word", k
    return None, k


def heading_drops(
    doc: Doc,
    ents: list[Span],
    table: dict[str, str],
    lex: CommonWords | None = None,
    rules: Rules = ALL_RULES,
) -> list[Span]:
    """The spans of ``ents`` that are no names: only common words, in a title-case line or a
    one-word line, or at the start of a numbered line (where the capital is the line's).
    ``rules``: which of the step's named rules run (``inflected_compounds`` here)."""
    lex = lex or shipped()
    drops: list[Span] = []
    one_line = not doc.to_array(IS_SPACE).any()  # a sentence or a headline: no token scan
    line, kind, first = (0, 0), None, -1
    for ent in sorted(ents, key=lambda e: e.start):
        if not line[0] <= ent.start < line[1]:  # only the lines that hold a span are read
            line = (0, len(doc)) if one_line else line_at(doc, ent.start)
            kind, first = line_kind(doc, *line, lex, table, rules)
        if kind is None or not _no_name(ent, lex, table, rules):
            continue
        if kind in ("title", "word") or ent.start == first or ent[0].lower_ in DOC_WORDS:
            drops.append(ent)
    return drops


# Compass points name regions when capitalised ("het [Westen]", docs/NER_GUIDELINES.md).
REGION_WORDS = frozenset({"noorden", "zuiden", "oosten", "westen", "midden"})
# Months the weekday rule (geoevents/name_cues.py) leaves alone: also a given name and an emperor.
NAME_MONTHS = frozenset({"mei", "augustus"})
# Surnames are often short common words ("Kroon won de rit", "Bang", "Boer"): a person's span
# is dropped only when its word is long ("Staatssecretaris", "Volksvertegenwoordiger") or a
# colon follows ("Analyse: ...").
PERSON_WORD_MIN = 9


def _colon_after(ent: Span) -> bool:
    return ent.end < len(ent.doc) and ent.doc[ent.end].text == ":"


def opening_word_drops(
    ents: list[Span], table: dict[str, str], lex: CommonWords | None = None
) -> list[Span]:
    """Rule ``opening_words``: one-word spans that open a sentence (also after its article: "De [Cliëntenraad]
    bracht ...") and are a listed common word ("[Ruzie] in het Oval Office", "[Burgers] klagen",
    "[Staatssecretaris] Vijlbrief"): the capital is the sentence's. Not a table name, not MISC,
    not a compass point naming a region, not a short word read as a person ("Kroon won"); compounds
    and inflected forms of listed words are left alone, since surnames take those forms
    ("Schreuders", "Vijlbrief")."""
    lex = lex or shipped()
    drops: list[Span] = []
    for ent in ents:
        if len(ent) != 1 or ent.label_ == "MISC":
            continue
        t = ent[0]
        doc = ent.doc
        opens = t.i == 0 or bool(t.is_sent_start) or doc[t.i - 1].is_space
        if not opens and doc[t.i - 1].lower_ in ("de", "het", "een"):
            k = t.i - 1
            opens = k == 0 or bool(doc[k].is_sent_start) or doc[k - 1].is_space
        if not opens:
            continue
        text = t.text
        low = text.lower()
        if low in DOC_WORDS and _colon_after(ent):
            drops.append(
                ent
            )  # "Bron: Agentschap Zorg en Gezondheid", also where a place is so named
            continue
        if (
            text[:1].isupper()
            and text[1:].islower()
            and text.isalpha()
            and text not in table
            and low in lex.words
            and low not in lex.exceptions
            and low not in REGION_WORDS
            and low not in NAME_MONTHS
            and (ent.label_ != "PER" or len(text) >= PERSON_WORD_MIN or _colon_after(ent))
        ):
            drops.append(ent)
    return drops
