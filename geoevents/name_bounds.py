"""Span boundaries of formal text: ministries and initials.

Two conventions of ``docs/NER_GUIDELINES.md`` that the NER gets wrong in government and formal
news text: a lower-case "ministerie van" stays outside the name (``het ministerie van [Buitenlandse
Zaken]``, ``de [Auditdienst] van het ministerie van [Financiën]``), and a person written with
initials is one PER span with the particles and surname after them ("Burgemeester [A.J. van
Houten]", "[J. Kampman-Ter Horst]", "prof. dr. [J.H. Brouwer]", which the NER reads as ORG).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from geoevents.name_cues import PARTICLES
from geoevents.name_rules import ALL_RULES, Rules

MINISTRY = frozenset({"ministerie", "ministeries"})
INITIALS = re.compile(r"^(?:(?:[A-Z]|Th|Ch|Ph)\.)+$")  # "A.", "A.J.", "Th."
LINK_WORDS = frozenset({"van", "het", "de", "voor"})
NOT_INITIALS = frozenset({"N.V.", "B.V.", "V.S.", "U.S.", "E.U.", "U.K.", "V.N.", "U.N.", "D.C."})


def _capital_word(t) -> bool:
    return t.text[:1].isupper() and t.text.replace("-", "").isalpha()


def ministry_cuts(doc: Doc, ent: Span) -> list[Span] | None:
    """The spans a span holding a lower-case "ministerie van X" is cut into: the name before it
    (links trimmed) keeps its label, the ministry's name X is ORG; None when there is none."""
    for k in range(ent.start, ent.end - 2):
        if doc[k].lower_ in MINISTRY and doc[k].text.islower() and doc[k + 1].lower_ == "van":
            break
    else:
        return None
    out = []
    left = k
    while left > ent.start and doc[left - 1].lower_ in LINK_WORDS:
        left -= 1
    if left > ent.start and _capital_word(doc[left - 1]):
        out.append(Span(doc, ent.start, left, label=ent.label_))
    if _capital_word(doc[k + 2]):
        out.append(Span(doc, k + 2, ent.end, label="ORG"))
    return out


def initials_span(doc: Doc, ent: Span, taken: set[int]) -> Span | None:
    """A span opening with initials ("A.J.", "J.") as a person: extended over particles and the
    surname when it ends on an initial or a particle ("J. Kampman-Ter" + "Horst"), and typed PER.
    None when the span does not open with initials or nothing changes."""
    if not INITIALS.match(ent[0].text) or ent[0].text in NOT_INITIALS:
        return None
    end = ent.end
    last = doc[end - 1]
    open_end = INITIALS.match(last.text) or last.text.rsplit("-", 1)[-1].lower() in PARTICLES
    if open_end:
        k = end
        while k < len(doc) and k not in taken and doc[k].lower_ in PARTICLES and doc[k].is_lower:
            k += 1
        if k < len(doc) and k not in taken and _capital_word(doc[k]):
            end = k + 1
    if not any(_capital_word(t) for t in doc[ent.start : end]):
        return None  # initials alone: a list label or an abbreviation
    if end == ent.end and ent.label_ == "PER":
        return None
    return Span(doc, ent.start, end, label="PER")


# Words that end no name: a span running on into the clause ("[Hamas vecht]", "[Abbas dinsdag]",
# "[Hof in] Den Haag") is cut back to its last capitalised word. Lower-case nouns and adjectives
# do end names ("Nationale ombudsman", "Brabant wallon", "Canarische eilanden") and stay.
# Rule ``trailing``.
CLAUSE_POS = frozenset({"VERB", "AUX", "ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART"})
TIME_WORDS = frozenset(
    """maandag dinsdag woensdag donderdag vrijdag zaterdag zondag gisteren vandaag morgen
    gisteravond vanavond vannacht vanochtend vanmorgen eergisteren""".split()
)


def trailing_cut(doc: Doc, ent: Span) -> Span | None:
    """``ent`` without the lower-case clause words it ran on into, or None."""
    end = ent.end
    while end - 1 > ent.start:
        t = doc[end - 1]
        if not (t.is_lower and t.is_alpha) or not (t.pos_ in CLAUSE_POS or t.lower_ in TIME_WORDS):
            break
        end -= 1
    last = doc[end - 1]
    if end == ent.end or not last.text[:1].isupper() or last.pos_ in CLAUSE_POS:
        return None  # not "[Niet] splitsen" (a party's name), "[Kijk] nou zelf" (a title)
    return Span(doc, ent.start, end, label=ent.label_)


# "minister van [Defensie] [Hegseth]", "Minister [Voorhoeve] van [Defensie]": the portfolio is the
# ministry's name (ORG) and the person stays apart (docs/NER_GUIDELINES.md: "minister van
# [Defensie]" ORG, "minister [Verwilghen]" PER); the NER joins them into one span.
# Rule ``ministers``.
MINISTER_WORDS = frozenset({"minister", "ministers", "staatssecretaris", "ministerie"})
PORTFOLIO_SECOND = frozenset({"Zaken", "Bestuur", "Beleid", "Aangelegenheden"})


def _portfolio_len(doc: Doc, start: int, end: int) -> int:
    """Tokens of a portfolio's name at ``start`` ("Defensie" 1, "Buitenlandse Zaken" 2)."""
    if not _capital_word(doc[start]):
        return 0
    if start + 1 < end and doc[start + 1].text in PORTFOLIO_SECOND:
        return 2
    return 1


def _person_words(span) -> bool:
    """Capitalised words and particles, opening with a capital: "Theo Francken", "Van Tigchelt"."""
    return _capital_word(span[0]) and all(
        _capital_word(t) or (t.lower_ in PARTICLES and t.is_lower) for t in span
    )


def minister_split(doc: Doc, ent: Span, table: dict[str, str]) -> list[Span] | None:
    """A portfolio and a minister joined in one span, split: "minister van [Defensie Hegseth]"
    -> [Defensie] ORG + [Hegseth] PER; "minister [Zalm van Financiën]" -> [Zalm] PER +
    [Financiën] ORG. None when the span is not of that form."""
    if ent.start < 1 or len(ent) < 2:
        return None
    before = doc[ent.start - 1]
    if before.lower_ == "van" and ent.start >= 2 and doc[ent.start - 2].lower_ in MINISTER_WORDS:
        n = _portfolio_len(doc, ent.start, ent.end)
        rest = doc[ent.start + n : ent.end]
        if n and len(rest) and _person_words(rest) and table.get(rest.text, "PER") == "PER":
            return [
                Span(doc, ent.start, ent.start + n, label="ORG"),
                Span(doc, rest.start, rest.end, label="PER"),
            ]
        return None
    if before.lower_ in MINISTER_WORDS:
        for k in range(ent.start + 1, ent.end - 1):
            if doc[k].lower_ != "van" or not doc[k].is_lower:
                continue
            n = _portfolio_len(doc, k + 1, ent.end)
            person = doc[ent.start : k]
            if n and k + 1 + n == ent.end and _person_words(person):
                return [
                    Span(doc, ent.start, k, label="PER"),
                    Span(doc, k + 1, ent.end, label="ORG"),
                ]
    return None


# Two names side by side read as one ("viel [Irak Koeweit] binnen", "dat [Nederland Oekraïne]
# steunt"): a span that is no table name but two table names in a row is split into them, each
# with its table type. Not two persons (a given name and a surname are both in the table).
# Rule ``two_names``.


def two_names(doc: Doc, ent: Span, table: dict[str, str]) -> list[Span] | None:
    """The two table names a span is made of, or None."""
    for k in range(ent.start + 1, ent.end):
        a, b = doc[ent.start : k].text, doc[k : ent.end].text
        ta, tb = table.get(a), table.get(b)
        if (
            ta in ("PER", "LOC", "ORG")
            and tb in ("PER", "LOC", "ORG")
            and (ta, tb) != ("PER", "PER")
        ):
            return [Span(doc, ent.start, k, label=ta), Span(doc, k, ent.end, label=tb)]
    return None


# A role written in lower case is no part of a name: "kanselier [Merz]", "bondscoach [Koeman]".
# Rule ``lower_heads``.


def lower_head_cut(doc: Doc, ent: Span) -> Span | None:
    """``ent`` without a lower-case first word that is no particle or link ("kanselier Merz")."""
    first = ent[0]
    if len(ent) < 2 or not (first.is_lower and first.is_alpha) or not _capital_word(ent[1]):
        return None
    if first.lower_ in PARTICLES or first.lower_ in LINK_WORDS or first.lower_ in NAME_LINKS:
        return None
    return Span(doc, ent.start + 1, ent.end, label=ent.label_)


NAME_LINKS = frozenset("en of te ten ter tot op aan in bij al el bin ibn abu".split())


def bound_fixes(
    doc: Doc, ents: list[Span], table: dict[str, str], rules: Rules = ALL_RULES
) -> list[tuple[Span, list[Span]]]:
    """(old span, new spans) for every span these conventions change; a name of the name
    table keeps its initials span (the lower-case ministry is cut out of any span). ``rules``:
    which of the step's named rules run (``two_names``, ``ministers``, ``lower_heads``,
    ``trailing`` here)."""
    two, ministers = rules.on("two_names"), rules.on("ministers")
    lower_heads, trailing = rules.on("lower_heads"), rules.on("trailing")
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[tuple[Span, list[Span]]] = []
    for ent in ents:
        if ent.label_ not in ("PER", "LOC", "ORG", "MISC"):
            continue
        cuts = ministry_cuts(doc, ent)
        if cuts is not None:
            out.append((ent, cuts))
            continue
        if ent.text in table:
            continue
        if two and ent.label_ != "MISC":
            parts = two_names(doc, ent, table)
            if parts is not None:
                out.append((ent, parts))
                continue
        if ministers and ent.label_ != "MISC":
            parts = minister_split(doc, ent, table)
            if parts is not None:
                out.append((ent, parts))
                continue
        if lower_heads and ent.label_ != "MISC":
            cut = lower_head_cut(doc, ent)
            if cut is not None:
                out.append((ent, [cut]))
                continue
        if trailing and ent.label_ != "MISC":
            cut = trailing_cut(doc, ent)
            if cut is not None:
                out.append((ent, [cut]))
                continue
        new = initials_span(doc, ent, taken)
        if new is not None:
            out.append((ent, [new]))
            taken.update(range(ent.end, new.end))
    return out
