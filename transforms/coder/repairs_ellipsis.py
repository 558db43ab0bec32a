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


def object_after_a_conjoined_verb(doc) -> int:
    """ "Israël heeft doelen aangevallen en dreigt Hezbollah met een offensief": a finite verb
    right after "en" (or "maar") shares its conjunct's subject, so the noun the parser made its subject
    after it is its object (a main clause has its subject before the finite verb or right after
    a first constituent; a conjoined verb with no constituent before it has neither). Changes
    ``doc`` in place; returns the count."""
    (dep,) = _attr(doc, DEP)
    changed = 0
    for i in (dep == _sid(doc, "conj")).nonzero()[0].tolist():
        v = doc[i]
        if v.pos_ != "VERB" or i == 0 or doc[i - 1].lower_ not in ("en", "maar"):
            continue
        head = v.head
        if head.pos_ not in ("VERB", "AUX") or head.i >= i:
            continue
        kids = list(v.children)
        subjects = [c for c in kids if c.dep_ == "nsubj"]
        if (
            len(subjects) != 1
            or subjects[0].i < i
            or subjects[0].pos_ not in ("NOUN", "PROPN")
            or any(c.dep_ in ("obj", "aux", "aux:pass", "cop", "mark") for c in kids)
        ):
            continue
        # the sentence opens with the first conjunct's subject, before its finite verb ("Israël
        # heeft ... aangevallen en dreigt X"; not "raken stoffen uitgeput en treden ziekten op")
        finite = min(
            [head.i] + [c.i for c in head.children if c.dep_ in ("aux", "aux:pass", "cop")]
        )
        start = v.sent.start + (doc[v.sent.start].pos_ == "CCONJ")
        if not any(
            t.dep_ == "nsubj" and head.i in (t.head.i, t.head.head.i) and t.left_edge.i == start
            for t in doc[start:finite]
        ):
            continue
        subjects[0].dep_ = "obj"
        changed += 1
    return changed
