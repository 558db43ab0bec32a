"""Repairs of verb forms and their clauses that the parser misreads (coder 0.3.93): a separable
verb torn apart, as a finite verb read as the copula of its own object ("De oppositie diende een
motie ... in") or a particle hung on the object ("Vakbonden leggen het openbaar vervoer plat"),
both repaired only for a verb that takes that particle in a predicate row; a present participle
before its noun read as a verb ("het vuur geopend op wachtende Palestijnen"); a participle the
tagger ran into a name before a subordinate clause ("in Caracas teruggeroepen nadat ..."); a
predicative adjective hung inside the object; a "dat"-clause read as a relative clause."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np
from spacy.attrs import DEP, HEAD, LOWER, POS
from spacy.symbols import ADJ, ADP, SCONJ, VERB

from .common import PERFECT_AUX
from .repair_arrays import _attr, _one_of, _sid

# verbs that are copulas in UD Dutch: a "cop" of one of these is right
COPULAS = frozenset({"zijn", "worden", "blijven", "lijken", "blijken", "heten", "schijnen"})
# a particle that is no preposition: the parser has no other use for it after a verb's object
# except as a noun's modifier ("het openbaar vervoer plat")
WORD_PARTICLES = frozenset(
    {"plat", "stil", "lam", "vast", "vrij", "los", "terug", "weg", "neer", "open", "dicht"}
)
# what a clause keeps on its verb when the verb is lifted over the noun it was the copula of
CLAUSE_DEPS = frozenset(
    {"nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "advmod", "obl", "punct", "cc", "conj"}
)


def verb_read_as_copula(
    doc, lemmas_of: Callable[[str], set], particles_of: Callable[[str], set]
) -> int:
    """ "De oppositie diende een motie van wantrouwen in tegen minister Faber": the parser, which
    knows "dienen" as a modal, reads "diende" as the ``cop`` of "motie" and "in" as a second
    preposition before "tegen". A copula that is a form of a non-copular dictionary verb
    (``lemmas_of(form)``) and has one of that verb's particles (``particles_of(lemma)``) after its
    noun, as a preposition directly before another, is the clause's verb: the noun becomes its
    object, the particle its ``compound:prt`` and the particle's phrase its ``obl``. Changes ``doc``
    in place; returns the count."""

    (dep,) = _attr(doc, DEP)
    cops = (dep == _sid(doc, "cop")).nonzero()[0].tolist()
    changed = 0
    for i in cops:
        t = doc[i]
        lemmas = lemmas_of(t.lower_) - COPULAS
        if not lemmas or t.lemma_.lower() in COPULAS:
            continue
        noun = t.head
        if noun.i < t.i or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        prt = None
        for k in range(noun.i + 1, noun.sent.end - 1):
            w, nxt = doc[k], doc[k + 1]
            if (
                w.dep_ == "case"
                and nxt.pos_ == "ADP"
                and any(w.lower_ in particles_of(x) for x in lemmas)
            ):
                prt = w
                break
        if prt is None:
            continue
        phrase = prt.head
        for ch in list(noun.children):
            if ch.dep_ in CLAUSE_DEPS and (ch.dep_ != "punct" or ch.i > phrase.i):
                ch.head = t
        if noun.head.i == noun.i:
            t.head = t
            t.dep_ = "ROOT"
        else:
            t.head = noun.head
            t.dep_ = noun.dep_
        t.pos_ = "VERB"
        noun.head, noun.dep_ = t, "obj"
        prt.head, prt.dep_ = t, "compound:prt"
        if phrase.i != t.i and phrase.head.i == noun.i:
            phrase.head, phrase.dep_ = t, "obl"
        changed += 1
    return changed


def word_particle_on_the_object(
    doc,
    particles_of: Callable[[str], set],
    lemmas_of: Callable[[str], set],
    present: Iterable[str] = WORD_PARTICLES,
) -> int:
    """ "Vakbonden leggen het openbaar vervoer plat uit protest ...": a particle word that is no
    preposition ("plat", "stil", "terug"), hung on the object of a verb that takes it in the
    dictionary (``particles_of(lemma)``; the lemma also by the form, ``lemmas_of``: "schort" is
    lemmatized "schort") and with no particle yet, is that verb's ``compound:prt``; so is a
    preposition on the verb with no words of its own ("Georgië schort toetredingsgesprekken op
    tot 2028", "op" an ``obl``). ``present``: the particle words the article holds, when the
    caller knows them. Changes ``doc`` in place; returns the count."""

    dep, head, pos, lower = _attr(doc, DEP, HEAD, POS, LOWER)
    idx = np.arange(len(doc))
    heads = head.astype("int64") + idx
    has_child = np.zeros(len(doc), dtype=bool)
    has_child[heads[heads != idx]] = True
    words = [k for k in (_sid(doc, w) for w in present) if k != -1]
    # on the columns: a particle word, or a preposition with no words of its own, after its head
    loose = _one_of(dep, [_sid(doc, x) for x in ("obl", "advmod", "dep", "obl:arg")])
    cand = (heads < idx) & (_one_of(lower, words) | ((pos == ADP) & ~has_child & loose))
    cand &= dep != _sid(doc, "compound:prt")
    changed = 0
    for i in cand.nonzero()[0].tolist():
        t = doc[i]
        bare_adp = (
            t.pos_ == "ADP"
            and t.dep_ in ("obl", "advmod", "dep", "obl:arg")
            and t.head.pos_ == "VERB"
            and not any(True for _ in t.children)
        )
        if t.lower_ not in WORD_PARTICLES and not bare_adp:
            continue
        if t.head.pos_ == "VERB" and t.dep_ in ("obj", "xcomp", "advmod", "obl", "nmod", "dep"):
            verb, obj = t.head, None  # "leggen België plat" with "plat" as the object
        else:
            obj = t.head
            verb = obj.head
            # the phrase after the verb: its object, or a second subject the parser made of it
            if obj.dep_ not in ("obj", "nsubj") or verb.pos_ != "VERB" or verb.i > obj.i:
                continue
        lemma = (verb.lemma_ or verb.text).lower().replace("_", "")
        if not any(t.lower_ in particles_of(x) for x in {lemma} | lemmas_of(verb.lower_)):
            continue
        if any(c.dep_ == "compound:prt" for c in verb.children):
            continue
        if obj is None and t.dep_ == "obj":
            for c in verb.children:
                if c.dep_ == "iobj":
                    c.dep_ = "obj"  # the object the particle's reading took
        t.head, t.dep_ = verb, "compound:prt"
        changed += 1
    return changed


def present_participle_read_as_verb(doc) -> int:
    """ "het vuur geopend op wachtende Palestijnen": the parser reads the present participle
    after a preposition as a verb (the preposition its ``case``) and the noun after it as that
    verb's object. An inflected present participle (the infinitive + "de") with a ``case`` before
    it and an object right after it is that noun's adjective: the noun takes the phrase's place
    and the preposition. Changes ``doc`` in place; returns the count."""

    dep, head, pos = _attr(doc, DEP, HEAD, POS)
    idx = np.arange(len(doc))
    heads = head.astype("int64") + idx
    # on the columns: a verb with a preposition before it
    cased = np.zeros(len(doc), dtype=bool)
    case = (dep == _sid(doc, "case")) & (heads > idx)
    cased[heads[case]] = True
    changed = 0
    for i in ((pos == VERB) & cased).nonzero()[0].tolist():
        t = doc[i]
        if not t.lower_.endswith("ende"):
            continue
        lemma = t.lemma_.lower()
        if not lemma.endswith("en") or t.lower_ != lemma + "de":
            continue  # the form, not the morphology (often wrong here): "wachten" + "de"
        case = [c for c in t.children if c.dep_ == "case" and c.i < t.i]
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if (
            not case
            or nxt is None
            or nxt.head.i != t.i
            or nxt.dep_ not in ("obj", "nsubj", "appos")
        ):
            continue
        if nxt.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(c.dep_ in ("obj", "nsubj", "obl") for c in t.children if c.i != nxt.i):
            continue  # a participle with arguments of its own is a clause ("door X steunende")
        nxt.head, nxt.dep_ = t.head, t.dep_
        for c in list(t.children):
            c.head = nxt
        t.head, t.dep_, t.pos_ = nxt, "amod", "ADJ"
        changed += 1
    return changed


def participle_before_subordinate_clause(doc, participle_ids: frozenset[int]) -> int:
    """ "Pastrana heeft zijn ambassadeur in Caracas teruggeroepen nadat Chávez had gezegd ...":
    the tagger runs the name on into the participle ("Caracas teruggeroepen", a noun), and the
    parser hangs the main clause's auxiliary, subject and object on the verb of the "nadat"
    clause. A dictionary participle (``participle_ids``) tagged otherwise, right before the
    conjunction of a clause whose verb took an auxiliary of the perfect from before the
    participle, is the main clause's verb: the words before it move to it and the other verb
    becomes its adverbial clause. Changes ``doc`` in place; returns the count."""

    lower, dep, pos = _attr(doc, LOWER, DEP, POS)
    marks = ((dep == _sid(doc, "mark")) & (pos == SCONJ)).nonzero()[0]
    marks = marks[marks > 0]
    changed = 0
    for i, low in zip((marks - 1).tolist(), lower[marks - 1].tolist(), strict=True):
        if low not in participle_ids:
            continue  # the word before the conjunction: the string id, as the set holds them
        t, mark = doc[i], doc[i + 1]
        if t.pos_ in ("VERB", "AUX") or mark.pos_ != "SCONJ" or mark.dep_ != "mark":
            continue
        verb = mark.head
        if verb.i <= mark.i or verb.pos_ not in ("VERB", "ADJ"):  # "geramd" tagged ADJ too
            continue
        if not any(
            c.dep_ == "aux" and c.lower_ in PERFECT_AUX and c.i < t.i for c in verb.children
        ):
            continue
        for c in list(verb.children):
            if c.i < t.i:
                c.head = t
        if verb.head.i == verb.i:
            t.head = t
        else:
            t.head = verb.head
        t.dep_, t.pos_ = verb.dep_, "VERB"
        verb.head, verb.dep_ = t, "advcl"
        changed += 1
    return changed


def predicative_adjective_read_as_modifier(doc) -> int:
    """ "De ambassade noemt de uitspraken van de minister 'agressief en onverantwoordelijk'": the
    parser hangs the predicative adjective on the object's last noun as an ``nmod``, a relation
    for nominals. A clause-final adjective after its noun, with no preposition of its own, hung
    so inside an object of a verb, is that verb's ``xcomp``, where "noemen" reads its cue.
    Changes ``doc`` in place; returns the count."""

    dep, pos = _attr(doc, DEP, POS)
    changed = 0
    for i in ((dep == _sid(doc, "nmod")) & (pos == ADJ)).nonzero()[0].tolist():
        t = doc[i]
        if t.head.i >= t.i or any(c.dep_ == "case" for c in t.children):
            continue
        end = t.right_edge.i + 1
        if end < len(doc) and not doc[end].is_punct and not doc[end].is_space:
            continue  # clause-final only: "honderdduizenden doden en ..." is a noun phrase
        obj = t.head
        while obj.dep_ in ("nmod", "conj") and obj.head.i < obj.i:
            obj = obj.head
        if obj.dep_ != "obj" or obj.head.pos_ != "VERB":
            continue
        t.head, t.dep_ = obj.head, "xcomp"
        changed += 1
    return changed


def complement_clause_read_as_relative(doc) -> int:
    """ "De vakbonden eisen dat de regering de pensioenmalus schrapt": the parser hangs the
    "dat"-clause on the verb as ``acl:relcl``, a relation of nouns. A clause with "dat" or "of"
    as its conjunction, hung so on a verb, is the verb's ``ccomp`` (where demands and
    statements read their target). Changes ``doc`` in place; returns the count."""

    (dep,) = _attr(doc, DEP)
    changed = 0
    for i in (dep == _sid(doc, "acl:relcl")).nonzero()[0].tolist():
        t = doc[i]
        h = t.head
        if h.i >= t.i:
            continue
        # a verb, or a root with a subject the tagger took for a noun ("vakbonden eisen")
        if h.pos_ != "VERB" and not (
            h.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in h.children)
        ):
            continue
        if not any(c.dep_ == "mark" and c.lower_ in ("dat", "of") for c in t.children):
            continue
        t.dep_ = "ccomp"
        changed += 1
    return changed


def past_verb_read_as_attribute(doc, past: Callable[[str], bool]) -> int:
    """ "Iran bedreigde Israël.": a past tense in "-de"/"-te" is also an attributive participle
    ("het bedreigde Israël"), and the parser reads it so: the first name the root, the verb an
    ``amod`` of the second name, that name a modifier of the first. With no determiner before
    it, right after the sentence's opening name and right before the name it hangs on, the word
    is the finite verb (``past``: a past form of a dictionary verb): it becomes the root, the
    first name its subject, the second its object. Changes ``doc`` in place; returns the
    count."""
    pos, dep = _attr(doc, POS, DEP)
    amod = _sid(doc, "amod")
    if amod < 0:
        return 0
    changed = 0
    for i in ((dep == amod) & _one_of(pos, (VERB, ADJ))).nonzero()[0].tolist():
        v = doc[i]
        if not past(v.lower_) or i < 1 or i + 1 >= len(doc):
            continue
        obj, subj = v.head, doc[i - 1]
        if obj.i != i + 1 or obj.pos_ != "PROPN" or subj.pos_ != "PROPN":
            continue
        while subj.dep_ == "flat" and subj.head.i < subj.i:
            subj = subj.head  # "Verenigde Staten": the name's first word heads it
        if subj.dep_ != "ROOT" or obj.head.i != subj.i or subj.left_edge.i != subj.sent.start:
            continue
        if any(c.dep_ == "det" for c in obj.children) or any(c.dep_ == "det" for c in v.children):
            continue  # "het bedreigde Israël": an attributive participle after all
        v.pos_, v.dep_ = "VERB", "ROOT"
        v.head = v
        for c in list(subj.children):
            if c.i > i:
                c.head = v  # the final punctuation and what follows the object
        subj.head, subj.dep_ = v, "nsubj"
        obj.head, obj.dep_ = v, "obj"
        changed += 1
    return changed
