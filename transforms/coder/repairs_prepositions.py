"""Repairs of prepositional phrases the parser reads as fixed expressions (coder 0.3.104): "is in
Brussel voor overleg met Kallas", where "voor overleg" is taken for a multiword preposition."""

from __future__ import annotations

from spacy.attrs import DEP, LOWER

from .repair_arrays import _attr, _ids, _sid

# prepositions whose noun the parser fixes to them as if a multiword preposition ("in overleg
# met", "in samenwerking met" are real ones and stay)
PURPOSE_PREPOSITIONS = frozenset({"voor", "na", "tijdens"})
# what follows the noun: the partner's or the topic's preposition
PARTNER_CASES = frozenset({"met", "over", "tussen"})


def noun_read_as_fixed(doc) -> int:
    """ "Wang Yi is in Brussel voor overleg met Kallas", "vertrekt naar Caïro voor overleg met
    Sisi": the parser fixed "overleg" to "voor" as a multiword preposition and hung "Kallas" on
    the place (or the verb). The noun heads the phrase: it hangs on the verb (through a place
    phrase it was hung on), "voor" is its case and the partner after "met" its modifier.
    Changes ``doc`` in place; returns the count."""
    dep, lower = _attr(doc, DEP, LOWER)
    fixed = _sid(doc, "fixed")
    if fixed < 0:
        return 0
    preps = _ids(doc, PURPOSE_PREPOSITIONS)
    changed = 0
    for i in (dep == fixed).nonzero()[0].tolist():
        n = doc[i]
        p = n.head
        if n.pos_ != "NOUN" or p.i != i - 1 or int(lower[p.i]) not in preps:
            continue
        if i + 1 >= len(doc) or doc[i + 1].lower_ not in PARTNER_CASES:
            continue
        if any(c.dep_ == "fixed" and c.i != i for c in p.children):
            continue  # a longer fixed expression
        partner = doc[i + 1].head  # the noun the second preposition is the case of
        if p.dep_ == "case":
            place = p.head
            if place.i != partner.i:
                continue
            up = partner.head
            verb = up.head if up.dep_ in ("obl", "nmod") and up.head.pos_ in ("VERB", "AUX") else up
        elif p.dep_ == "compound:prt" and p.head.pos_ in ("VERB", "AUX"):
            verb = p.head
            if partner.head.i != verb.i:
                continue
        else:
            continue
        if verb.i == partner.i or partner.is_ancestor(verb):
            continue
        n.head, n.dep_ = verb, "obl"
        p.head, p.dep_ = n, "case"
        partner.head, partner.dep_ = n, "nmod"
        changed += 1
    return changed
