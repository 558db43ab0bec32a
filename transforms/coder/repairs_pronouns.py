"""Repairs of indirect objects the parser misreads: "Rusland verleende hem asiel", where "hem"
is taken for the determiner of the object (coder 0.3.103), and "belooft Oekraïne F-16's", where
the name is taken for an apposition of the verb (0.3.108)."""

from __future__ import annotations

from spacy.attrs import DEP, LOWER

from .repair_arrays import _attr, _ids, _sid

# object pronouns that are never a determiner ("haar" and "hun" are also possessives)
OBJECT_PRONOUNS = frozenset({"hem", "hen"})


def object_pronoun_read_as_determiner(doc) -> int:
    """ "Rusland verleende hem asiel", "De regering bood hen excuses aan": the parser hangs the
    indirect object on the direct object as its determiner. "hem" or "hen" as the determiner
    of a verb's object is that verb's indirect object. Changes ``doc`` in place; returns the
    count."""
    dep, lower = _attr(doc, DEP, LOWER)
    det = _sid(doc, "det")
    if det < 0:
        return 0
    pronouns = _ids(doc, OBJECT_PRONOUNS)
    changed = 0
    for i in (dep == det).nonzero()[0].tolist():
        if int(lower[i]) not in pronouns:
            continue
        t = doc[i]
        noun = t.head
        if noun.dep_ != "obj" or noun.i <= i or noun.head.pos_ not in ("VERB", "AUX"):
            continue
        t.head, t.dep_ = noun.head, "iobj"
        changed += 1
    return changed


def name_after_verb_read_as_apposition(doc) -> int:
    """ "Francken belooft Oekraïne eerste Belgische F-16": a name right after the verb, hung on
    it as an apposition (no verb has one), is its indirect object when the verb has an object
    after it, else its object. Changes ``doc`` in place; returns the count."""
    (dep,) = _attr(doc, DEP)
    appos = _sid(doc, "appos")
    if appos < 0:
        return 0
    changed = 0
    for i in (dep == appos).nonzero()[0].tolist():
        t = doc[i]
        verb = t.head
        if verb.i != i - 1 or verb.pos_ != "VERB" or t.pos_ not in ("PROPN", "NOUN"):
            continue
        has_obj = any(c.dep_ == "obj" and c.i > i for c in verb.children)
        t.dep_ = "iobj" if has_obj else "obj"
        changed += 1
    return changed
