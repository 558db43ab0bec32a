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


def bound_fixes(doc: Doc, ents: list[Span], table: dict[str, str]) -> list[tuple[Span, list[Span]]]:
    """(old span, new spans) for every span these two conventions change; a name of the name
    table keeps its initials span (the lower-case ministry is cut out of any span)."""
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
        new = initials_span(doc, ent, taken)
        if new is not None:
            out.append((ent, [new]))
            taken.update(range(ent.end, new.end))
    return out
