"""Repairs of relative clauses (split from ``repairs_order.py``; the document ones of coder
0.3.100): the pronoun and the name of "de heffingen die Trump heeft ingesteld" or "een resolutie
die Israël oproept" the parser reads the wrong way round."""

from __future__ import annotations

from spacy.attrs import DEP, LOWER

from . import actors as A
from .doc_arrays import morph_get
from .lexicon import DOCUMENT_NOUNS
from .repair_arrays import _attr, _sid
from .repairs_news import _number

# dependents the parser gives the name after a relative pronoun it took for the subject
_RELATIVE_SLOTS = ("obj", "obl", "iobj", "nsubj", "nsubj:pass")


def finite_of(v, kids):
    """The finite verb of the clause ``v`` heads: ``v`` itself or its finite auxiliary among
    ``kids`` (its children), else None."""
    if "Fin" in morph_get(v, "VerbForm"):
        return v
    return next((c for c in kids if c.dep_ == "aux" and "Fin" in morph_get(c, "VerbForm")), None)


def _relative_pronouns(doc, deps: tuple[str, ...]):
    """(pronoun, verb) for each "die"/"dat" labelled one of ``deps`` that opens the relative
    clause its verb heads (the verb after it, hung on a noun as ``acl:relcl``)."""
    dep, lower = _attr(doc, DEP, LOWER)
    pronoun = (lower == _sid(doc, "die")) | (lower == _sid(doc, "dat"))
    labelled = dep == _sid(doc, deps[0])
    for d in deps[1:]:
        labelled |= dep == _sid(doc, d)
    for i in (pronoun & labelled).nonzero()[0].tolist():
        p = doc[i]
        v = p.head
        if v.dep_ == "acl:relcl" and v.i > i:
            yield p, v


def relative_object_read_as_subject(doc, actor_like, takes_as_object) -> int:
    """In a relative clause on a thing, the name after the pronoun is the subject: "de
    heffingen die Trump op Braziliaanse producten heeft ingesteld", "de zaak die Zuid-Afrika
    tegen Israël heeft aangespannen". The parser takes "die" for the subject and the name for
    the object (or a second subject). Dutch order leaves both readings open, so the finite
    verb's number decides where it can (the subject agrees with it, the other does not); where
    both agree, the thing must be what the verb acts on by the dictionary
    (``takes_as_object(verb, noun)``: a cue word of the verb's rows, as "heffing" for
    "instellen"), so "de sancties die Rusland treffen" stays as parsed. ``actor_like(tok)``:
    a name or role noun. Passive clauses ("die Rusland worden opgelegd") are left alone.
    Changes ``doc`` in place; returns the count."""

    changed = 0
    for p, v in _relative_pronouns(doc, ("nsubj", "nsubj:pass")):
        i = p.i
        noun = v.head
        if noun.pos_ != "NOUN" or not 0 < i - noun.i <= 2 or actor_like(noun):
            continue
        kids = list(v.children)
        if any(c.dep_ in ("aux:pass", "obl:agent") for c in kids):
            continue
        names = [
            c
            for c in kids
            if c.dep_ in _RELATIVE_SLOTS
            and i < c.i < v.i
            and c.pos_ in ("PROPN", "NOUN")
            and not any(g.dep_ == "case" for g in c.children)
            and actor_like(c)
        ]
        if len(names) != 1 or any(c.dep_ == "obj" and c not in names for c in kids):
            continue
        name = names[0]
        finite = finite_of(v, kids)
        v_num = morph_get(finite, "Number") if finite is not None else []
        n_num, a_num = _number(name), _number(noun)
        if len(v_num) == 1 and n_num and a_num and n_num != a_num:
            if n_num != v_num[0]:
                continue  # the thing agrees with the verb: it is the subject
        elif not takes_as_object(v, noun):
            continue
        p.dep_, name.dep_ = "obj", "nsubj"
        changed += 1
    return changed


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
    changed = 0
    for p, v in _relative_pronouns(doc, ("obj", "nsubj")):
        i = p.i
        if A.norm_lemma(v) not in DOCUMENT_ACTS and DOCUMENT_ACTS.isdisjoint(lemmas_of(v.lower_)):
            continue
        noun = v.head
        if noun.pos_ != "NOUN" or noun.i > i or v.left_edge.i != i:
            continue  # the pronoun opens the clause on the document ("een motie van X ... die")
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
