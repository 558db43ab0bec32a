"""Repairs of prepositional phrases: a separable particle read as a second preposition, the
noun after a multiword preposition read as an object, and (coder 0.3.104) "is in Brussel voor
overleg met Kallas", where "voor overleg" is taken for a multiword preposition. Split from
``repairs_phrases.py``."""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, HEAD, LOWER, POS
from spacy.symbols import NOUN, PROPN

from .repair_arrays import _attr, _ids, _sid
from .repairs_phrases import PARTICLES

# prepositions whose noun the parser fixes to them as if a multiword preposition ("in overleg
# met", "in samenwerking met" are real ones and stay)
PURPOSE_PREPOSITIONS = frozenset({"voor", "na", "tijdens"})
# what follows the noun: the partner's or the topic's preposition
PARTNER_CASES = frozenset({"met", "over", "tussen"})
# participles that work as prepositions before a phrase ("voorafgaand aan de top")
PARTICIPLE_PREPOSITIONS = frozenset({"voorafgaand", "vooruitlopend", "aansluitend"})
# separable particles that are no preposition before a noun phrase in current Dutch
NEVER_PREPOSITIONS = frozenset({"af", "toe", "mee"})


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


def particle_before_preposition(doc) -> int:
    """Two prepositions in a row on one noun: the first is the verb's separable particle
    ("voert luchtaanval uit op Hamas-leiders": "uit" and "op" both ``case`` of the noun). It
    moves to the noun's verb as ``compound:prt``. Returns the count."""

    dep, head = _attr(doc, DEP, HEAD)
    heads = head.astype("int64") + np.arange(len(doc))
    case = dep == _sid(doc, "case")
    moved = 0
    for i in (case[:-1] & case[1:]).nonzero()[0].tolist():
        if heads[i] != heads[i + 1]:
            continue
        t = doc[i]
        if t.lower_ not in PARTICLES:
            continue  # "tot na het WK", "met op het titelblad": compound prepositions
        verb = t.head.head
        while verb.pos_ != "VERB" and verb.head.i != verb.i and verb.i < t.i:
            verb = verb.head  # "kondigt heffingen van 20 procent aan op producten"
        if t.pos_ == "ADP" and verb.pos_ == "VERB" and verb.i < t.i and t.head.i != verb.i:
            t.head = verb
            t.dep_ = "compound:prt"
            noun = doc[i + 1].head
            if noun.head.i != verb.i and noun.dep_ == "nmod":
                noun.head = verb  # the phrase after the particle is the verb's too
                noun.dep_ = "obl"
            moved += 1
    return moved


def multiword_preposition_object(doc) -> int:
    """ "... is gearresteerd op verzoek van de Russische regering": UD's multiword preposition
    ("op" with "verzoek" and "van" as ``fixed``) parsed as an oblique of its own, and the noun
    after it as the verb's object. The noun is the oblique, the preposition its case, so a
    passive has no second object and the request names its requester. Changes ``doc`` in
    place; returns the count. The same for a preposition that modifies a noun ("Een delegatie
    onder leiding van minister Rubio sprak met Oekraïne": "minister" read as the verb's object
    is the phrase of "delegatie")."""
    dep, lower = _attr(doc, DEP, LOWER)
    changed = 0
    fixed_van = (dep == _sid(doc, "fixed")) & (lower == _sid(doc, "van"))
    for i in fixed_van.nonzero()[0].tolist():
        t = doc[i]
        if t.head.dep_ not in ("obl", "nmod"):
            continue
        prep = t.head
        # the verb the object hangs on: the preposition's head, or that noun's verb
        verbs = (prep.head.i, prep.head.head.i) if prep.dep_ == "nmod" else (prep.head.i,)
        noun = next(
            (
                w
                for w in doc[t.i + 1 : t.i + 5]
                if w.head.i in verbs
                and w.pos_ in ("NOUN", "PROPN")
                and (
                    w.dep_ == "obj"
                    # a second subject: "Een delegatie onder leiding van minister X sprak"
                    or (w.dep_ == "nsubj" and prep.head.dep_ == "nsubj" and w.head.i != prep.head.i)
                )
            ),
            None,
        )
        if noun is None or any(
            w.dep_ not in ("det", "amod", "nummod", "compound") for w in doc[t.i + 1 : noun.i]
        ):
            continue
        if prep.head.i != noun.head.i and noun.is_ancestor(prep.head):
            continue  # the noun the phrase modifies is the object's own dependent
        noun.head, noun.dep_ = prep.head, prep.dep_
        prep.head, prep.dep_ = noun, "case"
        changed += 1
    return changed


def particle_read_as_preposition(doc) -> int:
    """ "Rusland zegde toe de aanvallen te staken", "Modi en Xi spraken af de geschillen op te
    lossen": right after the finite verb its particle ("toe", "af", "mee": never a preposition
    before a noun phrase) is read as the case of the noun after it. The particle is the verb's;
    the noun is the object of the te-infinitive that follows (or of the verb, without one).
    Changes ``doc`` in place; returns the count."""
    dep, lower = _attr(doc, DEP, LOWER)
    case = _sid(doc, "case")
    if case < 0:
        return 0
    particles = _ids(doc, NEVER_PREPOSITIONS)
    changed = 0
    for i in (dep == case).nonzero()[0].tolist():
        if i == 0 or int(lower[i]) not in particles:
            continue
        t, verb, noun = doc[i], doc[i - 1], doc[i].head
        if verb.pos_ != "VERB" or noun.i <= i or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        infinitive = next(
            (
                w
                for w in doc[noun.i + 1 : noun.sent.end]
                if w.pos_ == "VERB"
                and any(c.lower_ == "te" and c.dep_ == "mark" for c in w.children)
            ),
            None,
        )
        if infinitive is None or infinitive.is_ancestor(verb):
            continue
        if noun.head.i not in (verb.i, infinitive.i) or noun.is_ancestor(infinitive):
            continue
        t.head, t.dep_ = verb, "compound:prt"
        if not any(c.dep_ == "obj" for c in infinitive.children):
            noun.head, noun.dep_ = infinitive, "obj"
        changed += 1
    return changed


def participle_preposition_read_as_subject(doc) -> int:
    """ "Voorafgaand aan het gesprek belde de Amerikaanse president met Poetin": the parser takes
    the participle that works as a preposition ("voorafgaand aan", "vooruitlopend op",
    "aansluitend op") for the verb's subject, and the real subject after the verb for its
    object. The participle is an adverbial; ``inverted_subject_read_as_object`` then finds the
    subject. Changes ``doc`` in place; returns the count."""
    changed = 0
    for t in doc:
        if t.lower_ in PARTICIPLE_PREPOSITIONS and t.dep_ == "nsubj":
            t.dep_ = "advmod"
            changed += 1
    return changed


def van_name_after_a_nested_noun(doc) -> int:
    """ "luchtaanvallen op doelen van de Taliban in Afghanistan": the parser hangs the "van"
    name on the first noun (whose attacks) instead of the noun right before it (whose
    targets), so the attacks had the Taliban as their owner and Afghanistan as their target.
    A "van" phrase of a name that follows a noun with a preposition of its own, both hung on
    the same noun, belongs to the noun right before it. Changes ``doc`` in place; returns the
    count."""
    lower, dep, pos, head = _attr(doc, LOWER, DEP, POS, HEAD)
    van = _sid(doc, "van")
    if van == -1:
        return 0
    at = ((lower == van) & (dep == _sid(doc, "case"))).nonzero()[0]
    at = at[at >= 2]
    if not len(at):
        return 0
    # on the columns: a noun right before, a proper noun the phrase's head (most "van" fail)
    nmod = _sid(doc, "nmod")
    up = head.astype("int64") + np.arange(len(doc))  # each token's head
    phrase = up[at]
    before = at - 1
    at = at[
        (pos[before] == NOUN)
        & (pos[phrase] == PROPN)
        & (dep[phrase] == nmod)
        & (dep[before] == nmod)
        & (up[before] == up[phrase])  # both on one noun, not the name on the noun before it
    ]
    changed = 0
    for i in at.tolist():
        case, before = doc[i], doc[i - 1]
        name = case.head
        if case.dep_ != "case" or name.left_edge.i != i or name.dep_ != "nmod":
            continue
        if name.pos_ != "PROPN" or before.pos_ != "NOUN" or before.i == name.head.i:
            continue
        owner = name.head
        if owner.pos_ != "NOUN" or before.head.i != owner.i or before.dep_ != "nmod":
            continue
        if not any(c.dep_ == "case" and c.lower_ != "van" for c in before.children):
            continue
        name.head = before
        changed += 1
    return changed


def preposition_read_as_final_particle(doc) -> int:
    """ "Iraanse veiligheidstroepen hebben op demonstranten geschoten": the parser read "op" as
    the particle of the clause-final verb and the noun after it as the object. A separable
    particle stands right before its final verb ("opgeschoten", "op te schieten"), never with a
    noun phrase between them, so a particle before a noun phrase that ends right before the verb
    is the noun's preposition: the noun becomes an ``obl`` of the verb. Changes ``doc`` in place;
    returns the count."""
    (dep,) = _attr(doc, DEP)
    prt = _sid(doc, "compound:prt")
    if prt < 0:
        return 0
    changed = 0
    for i in (dep == prt).nonzero()[0].tolist():
        t = doc[i]
        verb = t.head
        if t.pos_ != "ADP" or verb.pos_ != "VERB" or verb.i <= i + 1:
            continue
        noun = next(
            (c for c in verb.children if c.dep_ in ("obj", "obl") and i < c.i < verb.i), None
        )
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        span = list(noun.subtree)
        if span[0].i != i + 1 or span[-1].i != verb.i - 1:
            continue  # the phrase must fill the gap: "heeft op 3 mei Iran aangevallen" stays
        if any(w.pos_ in ("VERB", "AUX", "PUNCT") or w.lower_ == "te" for w in span):
            continue
        t.head, t.dep_ = noun, "case"
        noun.dep_ = "obl"
        changed += 1
    return changed
