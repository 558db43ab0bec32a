"""Repairs of relative clauses on documents (coder 0.3.100): "een resolutie die Israël oproept de
aanvallen te staken", where the parser takes the pronoun for the object and the name for the
subject."""

from __future__ import annotations

from spacy.attrs import DEP, LOWER

from . import actors as A
from .doc_arrays import morph_get
from .lexicon import DOCUMENT_NOUNS
from .repair_arrays import _attr, _sid
from .repairs_order import finite_of

# what a document itself does to whom it names: calls on, asks, condemns, accuses, obliges
DOCUMENT_ACTS = frozenset(
    {"oproepen", "verzoeken", "vragen", "eisen", "veroordelen", "beschuldigen", "bekritiseren"}
    | {"aansporen", "verplichten", "waarschuwen", "manen", "sommeren", "dwingen", "verbieden"}
)


def document_relative_is_subject(doc, lemmas_of) -> int:
    """ "De Veiligheidsraad nam een resolutie aan die Israël oproept ...", "een motie die de
    regering verzoekt ...": in a relative clause on a document noun whose verb is one of the
    acts a document performs (``DOCUMENT_ACTS``), the pronoun is the subject and the name after
    it the object; the parser read them the other way round (or both as subjects or objects).
    Not where the finite verb is plural and the document singular ("de resolutie die de landen
    steunen"). ``lemmas_of(form)``: the verb lemmas of a word form (the tagger leaves
    "oproept" as it is). Changes ``doc`` in place; returns the count."""
    dep, lower = _attr(doc, DEP, LOWER)
    pronoun = ((lower == _sid(doc, "die")) | (lower == _sid(doc, "dat"))) & (
        (dep == _sid(doc, "obj")) | (dep == _sid(doc, "nsubj"))
    )
    changed = 0
    for i in pronoun.nonzero()[0].tolist():
        p = doc[i]
        v = p.head
        if v.dep_ != "acl:relcl" or v.i <= i:
            continue
        if A.norm_lemma(v) not in DOCUMENT_ACTS and DOCUMENT_ACTS.isdisjoint(lemmas_of(v.lower_)):
            continue
        noun = v.head
        if noun.pos_ != "NOUN" or not 0 < i - noun.i <= 2:
            continue
        if A.norm_lemma(noun).rsplit("-", 1)[-1] not in DOCUMENT_NOUNS:
            continue
        kids = list(v.children)
        if any(c.dep_ in ("nsubj:pass", "aux:pass") for c in kids):
            continue
        names = [
            c
            for c in kids
            if c.dep_ in ("nsubj", "obj") and i < c.i < v.i and c.pos_ in ("PROPN", "NOUN")
        ]
        if len(names) != 1 or any(c.dep_ == "nsubj" and c not in (p, *names) for c in kids):
            continue
        if p.dep_ == "nsubj" and names[0].dep_ == "obj":
            continue  # read as it should be
        finite = finite_of(v, kids)
        if finite is not None and morph_get(finite, "Number") == ["Plur"]:
            continue
        p.dep_, names[0].dep_ = "nsubj", "obj"
        changed += 1
    return changed
