"""Repairs of how the parser attaches words to phrases (coder 0.3.13): whitespace tokens,
a separable particle read as a preposition, an object hung on another object."""

from __future__ import annotations

from .repairs import _attr, _sid


def space_tokens_out_of_tree(doc) -> int:
    r"""A whitespace token (the "\n\n" after a headline) that heads words: the parser, trained on
    text without such tokens, reads "Trump sluit ingrijpen niet uit\n\n" with "uit" as the
    ``case`` of the whitespace. Its dependents move to the whitespace's head; an adposition
    that lands on a verb is its separable particle. Returns the number of words moved."""
    from spacy.attrs import IS_SPACE

    moved = 0
    for i in doc.to_array(IS_SPACE).nonzero()[0].tolist():
        t = doc[i]
        if t.head.i == t.i:
            continue
        head = t.head
        for ch in list(t.children):
            ch.head = head
            if ch.pos_ == "ADP" and head.pos_ in ("VERB", "AUX") and ch.dep_ == "case":
                ch.dep_ = "compound:prt"
            moved += 1
    return moved


# words that are also separable verb particles ("tot" and "met" never are: "mee" is)
PARTICLES = frozenset(
    {
        "aan", "af", "bij", "door", "in", "mee", "om", "op", "over", "toe", "uit", "voor",
        "terug", "weg", "neer", "los", "vast", "binnen", "buiten", "tegen", "achter", "na",
    }
)  # fmt: skip


def particle_before_preposition(doc) -> int:
    """Two prepositions in a row on one noun: the first is the verb's separable particle
    ("voert luchtaanval uit op Hamas-leiders": "uit" and "op" both ``case`` of the noun). It
    moves to the noun's verb as ``compound:prt``. Returns the count."""
    from spacy.attrs import DEP, HEAD

    dep, head = _attr(doc, DEP, HEAD)
    heads = head.astype("int64") + range(len(doc))
    case = dep == _sid(doc, "case")
    moved = 0
    for i in (case[:-1] & case[1:]).nonzero()[0].tolist():
        if heads[i] != heads[i + 1]:
            continue
        t = doc[i]
        verb = t.head.head
        while verb.pos_ != "VERB" and verb.head.i != verb.i and verb.i < t.i:
            verb = verb.head  # "kondigt heffingen van 20 procent aan op producten"
        if t.lower_ not in PARTICLES:
            continue  # "tot na het WK", "met op het titelblad": compound prepositions
        if t.pos_ == "ADP" and verb.pos_ == "VERB" and verb.i < t.i and t.head.i != verb.i:
            t.head = verb
            t.dep_ = "compound:prt"
            noun = doc[i + 1].head
            if noun.head.i != verb.i and noun.dep_ == "nmod":
                noun.head = verb  # the phrase after the particle is the verb's too
                noun.dep_ = "obl"
            moved += 1
    return moved


def object_on_object(doc) -> int:
    """Of two bare objects, the parser sometimes hangs the first on the second ("De CVP verwijt
    de regering besluiteloosheid": "regering" ``obj`` of "besluiteloosheid"). A noun never takes
    an object, so an ``obj`` before a noun that is itself the ``obj`` of a verb moves to that
    verb, where the double-object reading (first object indirect) takes it. Returns the count."""
    from spacy.attrs import DEP, HEAD

    dep, head = _attr(doc, DEP, HEAD)
    heads = head.astype("int64") + range(len(doc))
    obj = dep == _sid(doc, "obj")
    changed = 0
    for i in (obj & obj[heads]).nonzero()[0].tolist():
        t = doc[i]
        noun = t.head
        if noun.i <= t.i or t.pos_ not in ("NOUN", "PROPN") or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if noun.head.pos_ not in ("VERB", "AUX") or noun.head.i == noun.i:
            continue
        t.head = noun.head
        changed += 1
    return changed
