"""Repairs of calls and requests: a directive participle ("opgeroepen", "gevraagd") that the
parser hung on a noun, on the addressee or on its own auxiliary while making the te-infinitive
the clause's root. Split from ``repairs_participles.py`` (coder 0.3.147)."""

from __future__ import annotations

from spacy.attrs import LOWER

from .repair_arrays import _attr, _ids, _one_of
from .repairs_participles import AUX_LEMMAS

DIRECTIVE_PARTICIPLES = frozenset(
    {
        "opgeroepen",
        "verzocht",
        "gevraagd",
        "gedwongen",
        "aangespoord",
        "aangeraden",
        "gesommeerd",
        "gemaand",
        "aangemaand",
        "bevolen",
        "opgedragen",
        "verboden",
        "beschuldigd",
        "uitgenodigd",
        "verplicht",
        "aangemoedigd",
        "geadviseerd",
        "overgehaald",
    }
)


def directive_participle_read_as_modifier(doc) -> int:
    """ "Verhofstadt heeft de Taliban opgeroepen Osama bin Laden uit te leveren": with the
    addressee before it and the te-infinitive after, the parser hangs a directive participle
    (``DIRECTIVE_PARTICIPLES``) on the next noun as a modifier and makes the infinitive the
    root, so the call has no verb. When the participle's clause has
    its "hebben" (or passive "worden"/"zijn") on a te-infinitive after the participle, the
    participle becomes the clause head: the auxiliary and the arguments before it move over and
    the infinitive becomes its ``xcomp``. Whatever stands between the participle and the
    infinitive is the infinitive's, as the middle field ends at the participle ("Macron heeft
    Poetin gevraagd Oekraïne met rust te laten": Ukraine is no addressee). Changes ``doc`` in
    place; returns the count."""
    (lower,) = _attr(doc, LOWER)
    changed = 0
    for i in _one_of(lower, tuple(_ids(doc, DIRECTIVE_PARTICIPLES))).nonzero()[0].tolist():
        t = doc[i]
        sent = t.sent
        inf = next(
            (
                x.head
                for x in doc[t.i + 1 : sent.end]
                if x.lower_ == "te" and x.dep_ == "mark" and x.head.i > x.i
            ),
            None,
        )
        if inf is None or inf.pos_ not in ("VERB", "AUX"):
            continue
        hung = t.dep_ in ("amod", "acl", "advcl") and t.head.i > t.i
        # or on the addressee before it, an argument of the infinitive ("heeft Israël
        # opgeroepen de grensovergangen te openen")
        on_addressee = (
            t.dep_ in ("amod", "acl")
            and t.head.i < t.i
            and (
                t.head.head.i == inf.i
                or (t.head.head.lemma_ in AUX_LEMMAS and t.head.head.head.i == inf.i)
            )
        )
        # or on its own auxiliary, which hangs on the infinitive ("Duitsland heeft Oekraïne
        # opgeroepen de aanvallen te stoppen": "opgeroepen" xcomp of "heeft")
        on_aux = (
            t.dep_ in ("xcomp", "acl", "dep")
            and t.head.lemma_ in AUX_LEMMAS
            and t.head.head.i == inf.i
        )
        if (
            hung or on_addressee or on_aux or t.dep_ == "conj" and t.head.lemma_ in AUX_LEMMAS
        ) and not t.is_ancestor(inf):
            aux = next(
                (
                    x
                    for x in doc[sent.start : t.i]
                    if x.head.i == inf.i
                    and x.lemma_ in AUX_LEMMAS
                    and x.dep_ in ("aux", "aux:pass")
                ),
                None,
            )
            top = inf
            if aux is None:
                # or "hebben" itself the root, the infinitive its xcomp ("De EU heeft Servië
                # opgeroepen steun aan Oekraïne te geven": "opgeroepen" on "steun")
                aux = inf.head
                if not (
                    hung
                    and inf.dep_ == "xcomp"
                    and aux.lemma_ in AUX_LEMMAS
                    and aux.i < t.i
                    and aux.dep_ == "ROOT"
                ):
                    continue
                top = aux
            noun = t.head
            movers = [c for c in top.children if c.i < t.i or c.is_punct and c.i == sent.end - 1]
            if top is not inf:
                movers = [c for c in movers if c.i != inf.i] + [
                    c for c in inf.children if c.i < t.i
                ]
            if top.dep_ == "ROOT":
                t.head, t.dep_ = t, "ROOT"
            else:
                t.head, t.dep_ = top.head, top.dep_
            if top is not inf:
                aux.head, aux.dep_ = t, "aux"
            inf.head, inf.dep_ = t, "xcomp"
            for c in movers:
                c.head = t
            if hung and noun.i < inf.i and not noun.is_ancestor(t):
                noun.head = inf
                noun.dep_ = "obl" if any(g.dep_ == "case" for g in noun.children) else "obj"
            elif on_addressee:
                noun.head = t
                noun.dep_ = "obl" if any(g.dep_ == "case" for g in noun.children) else "obj"
            changed += 1
        elif inf.head.i != t.i or inf.dep_ != "xcomp":
            continue
        for c in list(t.children):
            if t.i < c.i < inf.i and not c.is_punct and c.dep_ != "mark":
                c.head = inf
                if c.dep_ in ("nmod", "appos", "amod") and c.pos_ in ("NOUN", "PROPN"):
                    c.dep_ = "obl" if any(g.dep_ == "case" for g in c.children) else "obj"
                changed += 1
    return changed
