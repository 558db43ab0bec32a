"""Repairs of elliptic coordination (coder 0.3.94): a second conjunct that repeats only the time
and the phrase ("sprak maandag met Rusland en dinsdag met Oekraïne")."""

from __future__ import annotations

from spacy.attrs import DEP, LOWER

from .repair_arrays import _attr, _ids, _sid
from .repairs_clauses import TIME_WORDS

# days and times a second conjunct may open with: the weekdays and their parts, and a few more
ELLIPSIS_TIMES = TIME_WORDS | {"gisteren", "vandaag", "morgen", "eerder", "later", "daarna"}


def phrase_after_elliptic_time(doc) -> int:
    """ "De VS spraken maandag met Rusland en dinsdag met Oekraïne": the parser made "dinsdag" a
    conjunct of "Rusland" and hung "met Oekraïne" on it. A time word that is a conjunct and
    carries a phrase with the preposition of its head's phrase gives that phrase the conjunct's
    place (the time word becomes its modifier), so the second partner is read with the first.
    Changes ``doc`` in place; returns the count."""
    dep, lower = _attr(doc, DEP, LOWER)
    conj = _sid(doc, "conj")
    if conj < 0:
        return 0
    times = _ids(doc, ELLIPSIS_TIMES)
    changed = 0
    for i in (dep == conj).nonzero()[0].tolist():
        if int(lower[i]) not in times:
            continue
        t = doc[i]
        first = t.head
        case = next((c.lower_ for c in first.children if c.dep_ == "case"), None)
        if case is None:
            continue
        phrase = next(
            (
                c
                for c in t.children
                if c.dep_ in ("nmod", "obl")
                and c.i > t.i
                and any(k.dep_ == "case" and k.lower_ == case for k in c.children)
            ),
            None,
        )
        if phrase is None:
            continue
        for c in list(t.children):
            if c.dep_ == "cc":
                c.head = phrase
        phrase.head, phrase.dep_ = first, "conj"
        t.head, t.dep_ = phrase, "obl"
        changed += 1
    return changed
