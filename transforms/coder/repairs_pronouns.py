"""Repairs of personal pronouns the parser misreads (coder 0.3.103): "Rusland verleende hem
asiel", where "hem" is taken for the determiner of the object."""

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
