"""Parser errors of news sentences: the finite verb's number, role nouns tagged as verbs,
objects and owners hung on the wrong phrase, coordinated subjects torn apart. Each repair
changes the Doc in place and returns its count; ``bench/repair_las.py`` checks each against
the UD trees (none changes a treebank sentence for the worse)."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, SENT_START
from spacy.symbols import ADJ, ADV, CCONJ, DET, NOUN, NUM, VERB

from .common import _case
from .doc_arrays import morph_get
from .lexicon import HEBBEN_FORMS
from .repair_arrays import _attr, _ids, _one_of, _role_as_noun, _sid, _verbal, _where_words
from .repairs_clauses import MEASURE_WORDS


def _number(t) -> str | None:
    """Grammatical number of a noun phrase by its head: coordinated heads are plural."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in t.children):
        return "Plur"
    found = morph_get(t, "Number")
    if len(found) == 1:
        return found[0]
    # a noun the tagger gave verb features ("M23-rebellen" as a participle): by its ending
    return "Plur" if t.pos_ == "NOUN" and t.lower_.endswith("en") else None


def _headline_plural(v) -> bool:
    """A headline's root verb in -en with no auxiliary, tagged as an infinitive ("Rebellen
    veroveren Goma"): a finite plural (headlines drop the article, not the finite verb)."""
    return (
        v.dep_ == "ROOT"
        and v.lower_.endswith("en")
        and "Inf" in morph_get(v, "VerbForm")
        and not any(c.dep_ in ("aux", "mark", "aux:pass") for c in v.children)
    )


def subject_by_agreement(doc) -> int:
    """Subject and object swapped when only the object agrees with the finite verb.

    Dutch word order leaves subject and object open, and the parser often takes a singular
    name for the subject beside a plural verb ("M23-rebellen veroveren Goma": Goma nsubj).
    The finite verb's number decides: the labels are swapped when the object stands before the
    finite verb and the subject after it (object-first order is rare; a plural abbreviation
    such as "de FARC" is tagged singular), the subject disagrees with the verb and the object
    agrees. Pronouns are left alone (their case says which is which). Unlike
    ``repairs_clauses.prefield_noun_is_subject``, which swaps them in a title by word order
    alone when the verb is tagged finite, this reads number, so it also takes a title verb
    tagged as an infinitive and a noun with no number of its own ("M23-rebellen").
    Changes ``doc`` in place; returns the number of swapped pairs.
    """

    head, dep = _attr(doc, HEAD, DEP)
    # HEAD is the offset to the head, stored unsigned: a subject after its verb, an object
    # before it (object-first order: most articles have no candidate at all)
    offsets = head.astype("int64")
    late_subjects = (dep == _sid(doc, "nsubj")) & (offsets < 0)
    if not late_subjects.any():
        return 0
    positions = np.arange(len(doc))
    verbs_with_late_subject = set((positions + offsets)[late_subjects].tolist())
    changed = 0
    for i in ((dep == _sid(doc, "obj")) & (offsets > 0)).nonzero()[0].tolist():
        if i + int(offsets[i]) not in verbs_with_late_subject:
            continue
        o = doc[i]
        v = o.head
        if v.pos_ not in ("VERB", "AUX"):
            continue
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if len(subj) != 1 or sum(c.dep_ == "obj" for c in v.children) != 1:
            continue
        finite = v if "Fin" in morph_get(v, "VerbForm") else None
        if finite is None:
            finite = next(
                (c for c in v.children if c.dep_ == "aux" and "Fin" in morph_get(c, "VerbForm")),
                None,
            )
        if finite is not None:
            v_num = morph_get(finite, "Number")
        elif _headline_plural(v):
            finite, v_num = v, ["Plur"]
        else:
            continue
        if len(v_num) != 1 or not o.i < finite.i < subj[0].i:
            continue
        s_num, o_num = _number(subj[0]), _number(o)
        if s_num and o_num and s_num != v_num[0] and o_num == v_num[0]:
            subj[0].dep_, o.dep_ = "obj", "nsubj"
            changed += 1
    return changed


# the counts before a plural that the tagger may take for nouns of their own
COUNT_WORDS = frozenset(
    {"tientallen", "honderden", "duizenden", "tienduizenden", "honderdduizenden", "miljoenen"}
)


def role_before_verb_is_subject(doc, agent_like, verb_form) -> int:
    """A plural role noun tagged as a verb right before a subjectless verb at the start of its
    sentence is that verb's subject: "Indiase gevechtsvliegtuigen bombarderen stellingen ..."
    (the tagger reads "-en" as a verb), also when the parser made the noun the root and hung
    the verb on it ("Duizenden demonstranten protesteerden in Tbilisi ..."). Only adjectives,
    articles, numbers and counts ("Honderden") may precede it; they become its modifiers. ``agent_like(tok)`` says whether the token read as a noun is a
    role noun; ``verb_form(word)`` whether the word is a dictionary verb form (those stay
    verbs). Changes ``doc`` in place; returns the count."""

    pos, dep, starts = _attr(doc, POS, DEP, SENT_START)
    verbal = _verbal(pos)
    front = {ADJ, DET, NUM, CCONJ}
    changed = 0
    for i in (verbal[:-1] & verbal[1:]).nonzero()[0].tolist():
        start = i
        while (
            start > 0
            and starts[start] != 1
            and (int(pos[start - 1]) in front or doc[start - 1].lower_ in COUNT_WORDS)
        ):
            start -= 1
        if start > 0 and starts[start] != 1:
            continue  # not at the start of its sentence
        t, nxt = doc[i], doc[i + 1]
        if not t.lower_.endswith(("en", "s")) or verb_form(t.lower_):
            continue
        verb = nxt.head if nxt.dep_ in ("aux", "aux:pass") else nxt
        is_root = t.dep_ == "ROOT"
        if is_root and (verb.head.i != t.i or verb.i == t.i):
            continue  # the noun read as the root: only its own verbal dependent is the verb
        if any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
            continue
        if not _role_as_noun(t, agent_like):
            continue
        if is_root:
            # "Duizenden demonstranten protesteerden ...": the noun took the root, the verb
            # hung on it; the verb heads the clause and takes the noun's other dependents
            others = [c for c in t.children if c.i > i and c.i != verb.i]
            verb.head, verb.dep_ = verb, "ROOT"
            for c in others:
                c.head = verb
        t.head, t.dep_ = verb, "nsubj"
        for k in range(start, i):
            w = doc[k]
            if w.lower_ in COUNT_WORDS:
                w.head, w.dep_ = t, "nummod"  # "Honderden demonstranten", tagged NOUN at times
            elif w.pos_ in ("ADJ", "DET", "NUM") and w.head.i >= start and w.dep_ != "conj":
                w.head = t
                w.dep_ = {"ADJ": "amod", "DET": "det", "NUM": "nummod"}[w.pos_]
        changed += 1
    return changed


def bare_noun_after_phrase_is_object(doc) -> int:
    """A common noun right after a prepositional phrase and hung on it without a preposition of
    its own is the verb's object: "bombarderen sinds woensdag stellingen van ..." ("stellingen"
    as ``nmod`` of "woensdag"). Only when the verb has no object and the phrase's noun has no
    article, number or adjective of its own (then it measures the next noun: "op een stuk
    grond"); changes ``doc`` in place; returns the count."""

    pos, dep, head = _attr(doc, POS, DEP, HEAD)
    phrase = (dep[:-1] == _sid(doc, "obl")) | (dep[:-1] == _sid(doc, "nmod"))
    # HEAD offset -1 (stored unsigned): the noun hangs on the token right before it
    on_previous = head[1:].astype("int64") == -1
    cands = (pos[1:] == NOUN) & (dep[1:] == _sid(doc, "nmod")) & on_previous & phrase
    changed = 0
    for i in cands.nonzero()[0].tolist():
        n = doc[i + 1]
        h = n.head
        if h.i != i or h.dep_ not in ("obl", "nmod") or any(c.dep_ == "case" for c in n.children):
            continue
        if not any(c.dep_ == "case" for c in h.children) or any(
            c.dep_ in ("det", "nummod", "amod") for c in h.children
        ):
            continue  # "op een stuk grond", "op vijf meter hoogte": a measure and its noun
        verb = h.head
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "obj" for c in verb.children):
            continue
        n.head, n.dep_ = verb, "obj"
        changed += 1
    return changed


# verbs with an object and a "van" complement of their own ("beschuldigt Israël van ...")
VAN_VERBS = {
    "beschuldigen", "verdenken", "overtuigen", "weerhouden", "bevrijden", "beroven", "ontdoen",
    "verlossen", "redden", "verwijderen", "afhouden", "onderscheiden", "uitsluiten", "ontslaan",
    "vrijspreken", "betichten", "afbrengen", "scheiden", "vervreemden", "ontheffen", "halen",
    "afschermen", "losmaken", "ontzetten", "weghouden", "vrijstellen", "afsnijden", "hebben",
    "maken", "zien",
}  # fmt: skip


def van_after_object_is_its_modifier(doc) -> int:
    """A "van" phrase right after a verb's object and hung on the verb belongs to the object:
    "De VS vielen stellingen van de Taliban aan" ("van de Taliban" ``obl`` of the verb): whose
    positions. Verbs that take an object and a "van" complement of their own ("beschuldigen X
    van Y") keep it. Changes ``doc`` in place; returns the count."""

    lower, dep, head = _attr(doc, LOWER, DEP, HEAD)
    if "van" not in doc.vocab.strings:
        return 0
    van = doc.vocab.strings["van"]
    cases = ((lower == van) & (dep == _sid(doc, "case"))).nonzero()[0]
    if not len(cases):
        return 0
    phrases = cases + head[cases].astype("int64")
    oblique = (dep[phrases] == _sid(doc, "obl")) | (dep[phrases] == _sid(doc, "obl:arg"))
    changed = 0
    for i in cases[oblique].tolist():
        phrase = doc[i].head
        if phrase.dep_ not in ("obl", "obl:arg") or phrase.left_edge.i != i:
            continue
        if not (
            phrase.pos_ == "PROPN"
            or (
                phrase.pos_ == "NOUN"
                and any(
                    c.dep_ == "det" or (c.dep_ in ("appos", "flat") and c.pos_ == "PROPN")
                    for c in phrase.children
                )  # "de Taliban", "minister Faber"
            )
        ):
            continue  # "van dichtbij", "van start tot finish": no noun phrase of an owner
        verb = phrase.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower().replace("_", "") in VAN_VERBS:
            continue
        # an object tagged as a verb is a noun the tagger misread ("zet diplomaten van X uit");
        # a preposition phrase's noun owns it too ("demonstreren tegen besparingen van de
        # regering-De Wever": whose cuts)
        obj = next(
            (
                c
                for c in verb.children
                if c.right_edge.i + 1 == i
                and (
                    (c.dep_ == "obj" and c.pos_ in ("NOUN", "VERB"))
                    or (c.dep_ in _PREP_PHRASE and c.pos_ == "NOUN" and _case(c) in _OWNED_AFTER)
                )
            ),
            None,
        )
        if obj is None:
            continue
        phrase.head, phrase.dep_ = obj, "nmod"
        changed += 1
    return changed


_PREP_PHRASE = frozenset({"obl", "obl:arg", "nmod"})
# prepositions whose noun owns a "van" phrase after it ("tegen de plannen van X"); not "in",
# "op", "met" ("verloor in de finale van Hewitt", "op last van de autoriteiten": UD trees)
_OWNED_AFTER = frozenset({"tegen", "over"})


def aux_on_noun_to_participle(doc) -> int:
    """ "Amerikaanse vliegtuigen hebben doelen van de Taliban gebombardeerd": "doelen" (also a
    verb) read with "hebben" as its auxiliary. A noun has no auxiliary: the auxiliary goes to
    the clause's participle, the noun becomes its object and a passive subject of "hebben" an
    active one. "hebben" is never a copula: "Iran heeft de uitspraken van Trump van de hand
    gewezen" had "heeft" as the copula of "uitspraken" and Iran as the noun's subject, which
    goes to the participle too. Changes ``doc`` in place; returns the count."""

    pos, dep, head = _attr(doc, POS, DEP, HEAD)
    auxes = (_one_of(dep, (_sid(doc, "aux"), _sid(doc, "cop"))) & _verbal(pos)).nonzero()[0]
    on_noun = pos[auxes + head[auxes].astype("int64")] == NOUN
    changed = 0
    for i in auxes[on_noun].tolist():
        aux = doc[i]
        n = aux.head
        if n.pos != NOUN or n.i <= aux.i or aux.lemma_.lower() not in ("hebben", "zijn"):
            continue
        if aux.dep_ == "cop" and aux.lemma_.lower() != "hebben":
            continue  # "zijn" is a copula: "Iran is de grootste uitdaging"
        verb = n
        while verb.head.i != verb.i:
            verb = verb.head  # the clause's root: the noun may hang under its subject
        if (
            verb.pos_ != "VERB"
            or morph_get(verb, "VerbForm") != ["Part"]
            or verb.i <= n.i
            or any(c.dep_ in ("obj", "aux") for c in verb.children)
        ):
            continue
        # its own modifier, which the parser hung elsewhere ("doelen [van de Taliban]")
        after = next(
            (x for x in verb.subtree if x.dep_ == "nmod" and x.left_edge.i == n.i + 1), None
        )
        aux.head, aux.dep_ = verb, "aux"
        for c in n.children:
            if c.dep_ == "nsubj" and c.i < aux.i:
                c.head = verb
        n.head, n.dep_ = verb, "obj"
        if after is not None and after.head.i != n.i:
            after.head = n
        if aux.lemma_.lower() == "hebben":
            for c in verb.children:
                if c.dep_ == "nsubj:pass":
                    c.dep_ = "nsubj"
        changed += 1
    return changed


def _verb_like(t) -> bool:
    """A verb, or a root the tagger called a noun that has a subject and an object, as only a
    verb has ("Trump en Lee sluiten een handelsakkoord": "sluiten" NOUN)."""
    if t.pos_ in ("VERB", "AUX"):
        return True
    return (
        t.pos_ == "NOUN"
        and t.dep_ == "ROOT"
        and not any(c.dep_ in ("det", "cop") for c in t.children)
        and any(c.dep_ == "obj" for c in t.children)
    )


def first_conjunct_made_root(doc, tok_mention: dict) -> int:
    """ "Jeltsin en de Tsjetsjeense leider Maschadov ondertekenden ...": the first of two
    coordinated subjects parsed as a root of its own, the second as the verb's subject. A
    dictionary name that is a root with nothing under it but its name parts, followed by "en"
    and the verb's subject, is that subject; the other becomes its conjunct. Changes ``doc``
    in place; returns the count."""

    (dep,) = _attr(doc, DEP)
    root = _sid(doc, "ROOT")
    changed = 0
    for m in {id(m): m for m in tok_mention.values()}.values():
        if dep[m.end - 1] != root:
            continue
        last = doc[m.end - 1]
        if last.dep_ != "ROOT" or m.end >= len(doc) - 1 or doc[m.end].lower_ != "en":
            continue
        if any(c.i >= m.end for c in last.children):
            continue
        cc = doc[m.end]
        subj = cc.head
        if subj.pos_ in ("VERB", "AUX"):  # "en" hung on the verb itself
            subj = next((c for c in subj.children if c.dep_ == "nsubj" and c.i > cc.i), subj)
        if subj.dep_ != "nsubj" or subj.i <= cc.i or not _verb_like(subj.head):
            continue
        verb = subj.head
        if any(doc[k].is_punct or doc[k].is_space for k in range(m.end, verb.i)):
            continue
        last.head, last.dep_ = verb, "nsubj"
        subj.head, subj.dep_ = last, "conj"
        cc.head = subj
        changed += 1
    return changed


def middle_field_role_is_object(doc, agent_like) -> int:
    """ "... hebben het kabinet opgeroepen de ambassadeur te ontbieden": a role noun with its
    article between "hebben" and the participle, read as an ``obl`` with no preposition, is
    the participle's object when it has none (a time phrase, "de hele dag", is no role).
    ``agent_like(tok)`` says whether the token is a role noun. Changes ``doc`` in place;
    returns the count."""
    dep, pos, head, lemma = _attr(doc, DEP, POS, HEAD, LEMMA)
    found = ((dep == _sid(doc, "obl")) & (pos == NOUN)).nonzero()[0]
    if not len(found):
        return 0
    # what the tests below need, on the columns: a verb after the noun, with an auxiliary
    # "hebben" before the noun among its dependents
    heads = head.astype("int64") + np.arange(len(doc))
    aux = ((dep == _sid(doc, "aux")) & (lemma == _sid(doc, "hebben"))).nonzero()[0]
    first_aux: dict[int, int] = {}
    for j, h in zip(aux.tolist(), heads[aux].tolist(), strict=True):
        first_aux.setdefault(h, j)
    changed = 0
    for i, h in zip(found.tolist(), heads[found].tolist(), strict=True):
        if h <= i or pos[h] != VERB or first_aux.get(h, i) >= i:
            continue
        t = doc[i]
        verb = t.head
        if verb.i <= t.i or verb.pos_ != "VERB" or any(c.dep_ == "case" for c in t.children):
            continue
        if not any(c.dep_ == "aux" and c.lemma_ == "hebben" and c.i < t.i for c in verb.children):
            continue
        if any(c.dep_ in ("obj", "ccomp", "xcomp") for c in verb.children):
            continue
        if not agent_like(t):
            continue
        t.dep_ = "obj"
        changed += 1
    return changed


def opening_role_read_as_modifier(doc, agent_like) -> int:
    """A title's opening role noun tagged as an adjective or adverb and hung on the finite verb
    after it ("Kabinet schort wapenexport naar Israël op": "Kabinet" ADJ ``advmod``) is the
    verb's subject when the verb has none. ``agent_like(tok)`` says whether the token read as a
    noun is a role noun. Changes ``doc`` in place; returns the count."""

    pos, starts, head = _attr(doc, POS, SENT_START, HEAD)
    # hung on the next word (HEAD is the offset to the head): most openings are not; the role
    # noun may follow an opening country adjective ("Chinese marine houdt oefening rond Taiwan")
    modifier = (pos == ADJ) | (pos == ADV)
    after_adjective = np.zeros_like(starts, dtype=bool)
    after_adjective[1:] = (starts[:-1] == 1) & (pos[:-1] == ADJ) & (head[:-1] == 1)
    opening = ((starts == 1) | after_adjective) & (head == 1) & modifier
    changed = 0
    for i in opening.nonzero()[0].tolist():
        t = doc[i]
        verb = t.head
        if (
            i + 1 >= len(doc)
            or verb.i != i + 1
            or verb.pos_ != "VERB"
            or (verb.dep_ != "ROOT" and morph_get(verb, "VerbForm") != ["Fin"])
            or not doc[t.left_edge.i].text[:1].isupper()
            or t.left_edge.i != t.sent.start
            or t.dep_ not in ("advmod", "amod", "obl")
        ):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if any(c.i < verb.i for c in subjects) or len(subjects) > 1:
            continue
        if subjects and subjects[0].pos_ not in ("NOUN", "PROPN"):
            continue  # a second subject after the verb is its object, never a pronoun
        if not _role_as_noun(t, agent_like):
            continue
        t.dep_ = "nsubj"
        for s in subjects:
            s.dep_ = "obj"
        changed += 1
    return changed


def count_before_role_is_its_number(doc, agent_like, present: Iterable[str] = COUNT_WORDS) -> int:
    """ "Politie arresteert tientallen demonstranten in Amsterdam": the parser makes the count
    word the object and the role noun after it (tagged as a verb) a clause of its own, or the
    count word the subject and the noun after it the object ("Duizenden mensen betoogden"). The role
    noun becomes the argument the count word was, the count word its number, and the role
    noun's obliques ("in Amsterdam") go back to the verb. ``agent_like(tok)`` says whether
    the token read as a noun is a role noun; ``present``: the count words the article holds,
    when the caller knows them. Changes ``doc`` in place; returns the count."""

    (lower,) = _attr(doc, LOWER)
    changed = 0
    for i in _where_words(doc, lower, present):
        count = doc[i]
        if i + 1 >= len(doc) or count.dep_ not in ("obj", "nsubj", "nsubj:pass"):
            continue
        t = doc[i + 1]
        verb = count.head
        # "Duizenden mensen betoogden ...": the count the subject, the noun after it the object
        as_object = count.dep_ == "nsubj" and t.dep_ == "obj" and t.head.i == verb.i
        if t.head.i not in (verb.i, count.i) or (
            t.dep_ in ("obj", "nsubj", "nsubj:pass") and not as_object
        ):
            continue
        if t.pos_ not in ("VERB", "NOUN") or not _role_as_noun(t, agent_like):
            continue
        for c in list(t.children):
            if c.dep_ in ("obl", "advmod"):
                c.head = verb
        t.head, t.dep_ = verb, count.dep_
        count.head, count.dep_ = t, "nummod"
        changed += 1
    return changed


def noun_phrase_read_as_adverb(doc) -> int:
    """ "Verhofstadt heeft de vakbonden uitgenodigd": a noun with its article hung on the verb
    as ``advmod`` (never so in the UD Dutch trees) is the verb's object when it has none.
    Changes ``doc`` in place; returns the count."""

    pos, dep = _attr(doc, POS, DEP)
    changed = 0
    for i in ((pos == NOUN) & (dep == _sid(doc, "advmod"))).nonzero()[0].tolist():
        t = doc[i]
        verb = t.head
        if (
            verb.pos_ != "VERB"
            or not any(c.dep_ == "det" for c in t.children)
            or any(c.dep_ == "obj" for c in verb.children)
        ):
            continue
        t.dep_ = "obj"
        changed += 1
    return changed


PROTEST_WORDS = frozenset({"protest", "protesten"})


def protest_phrase_of_the_clause(doc, present: Iterable[str] = PROTEST_WORDS) -> int:
    """ "Boeren blokkeren de snelwegen uit protest tegen het beleid van het kabinet": the parser
    hangs "uit protest" and "tegen ..." on the object; the protest is the clause's (an ``obl``
    of its verb, whose subject protests) and the "tegen" phrase is what it is against.
    ``present``: the protest words the article holds, when the caller knows them. Returns the
    count."""
    (lower,) = _attr(doc, LOWER)
    changed = 0
    for i in _where_words(doc, lower, present):
        if i == 0 or i + 2 >= len(doc) or doc[i - 1].lower_ != "uit":
            continue
        n, against = doc[i], doc[i + 1]
        if against.lower_ != "tegen" or against.dep_ != "case" or against.head.i <= i + 1:
            continue
        target = against.head
        verb = n.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i == target.i or target in verb.ancestors:
            continue
        moved = 0
        if n.head.i != verb.i:
            n.head, n.dep_ = verb, "obl"
            moved = 1
        if target.head.i != n.i:
            target.head, target.dep_ = n, "nmod"
            moved = 1
        changed += moved
    return changed


def prefield_noun_before_perfect_aux(doc, present: Iterable[str] = HEBBEN_FORMS) -> int:
    """ "Demonstranten hebben de toegang tot het gemeentehuis geblokkeerd": the parser reads the
    opening noun as an adverb and the object as a passive subject, though "hebben" makes no
    passive. The bare noun or name that opens the sentence right before the finite "hebben" is
    the participle's subject, and its "passive subject" its object. ``present``: the forms of
    "hebben" the article holds, when the caller knows them. Returns the count."""
    lower, dep, head = _attr(doc, LOWER, DEP, HEAD)
    passive = (dep == _sid(doc, "nsubj:pass")).nonzero()[0]
    if not len(passive):
        return 0  # most articles: no passive subject
    heads = head.astype("int64") + np.arange(len(doc))  # HEAD holds signed offsets, unsigned
    verbs = set(heads[passive].tolist())
    changed = 0
    for a in _where_words(doc, lower, present):
        if heads[a] not in verbs:
            continue
        aux = doc[a]
        verb = aux.head
        if a == 0 or aux.dep_ != "aux" or verb.i <= a or verb.pos_ != "VERB":
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "csubj")]
        if len(subjects) != 1 or subjects[0].dep_ != "nsubj:pass" or subjects[0].i < a:
            continue
        first = doc[a - 1]
        if (
            first.pos_ not in ("NOUN", "PROPN")
            or first.dep_ not in ("advmod", "dep", "obj")
            or first.lemma_.lower() in MEASURE_WORDS  # "Vorige maand heeft de bisschop ..."
            or first.head.i != verb.i
            or not first.left_edge.is_sent_start
            or any(c.dep_ == "case" for c in first.children)
        ):
            continue
        first.dep_ = "nsubj"
        subjects[0].dep_ = "obj"
        changed += 1
    return changed


# participles that after "zijn" are a passive, never a state
PASSIVE_ONLY = frozenset(
    {"veroordeeld", "gearresteerd", "aangehouden", "opgepakt", "vrijgelaten", "ontvoerd"}
    | {"vermoord", "geëxecuteerd", "uitgeleverd", "uitgezet", "afgezet", "neergeschoten"}
)


def zijn_with_a_passive_participle(doc) -> int:
    """ "Bolsonaro is veroordeeld tot 27 jaar cel": a participle with no adjectival reading after
    "zijn" is the passive perfect, whatever label the parser gave "zijn" (copula, auxiliary);
    its subject undergoes it, and a noun after it is no object ("tot 27 jaar cel" gave "cel").
    Changes ``doc`` in place; returns the count."""
    (lower,) = _attr(doc, LOWER)
    changed = 0
    for i in _one_of(lower, tuple(_ids(doc, PASSIVE_ONLY))).nonzero()[0].tolist():
        verb = doc[i]
        kids = list(verb.children)
        aux = next(
            (c for c in kids if c.lemma_ == "zijn" and c.dep_ in ("cop", "aux", "aux:pass")), None
        )
        if aux is None or aux.i > verb.i or any(c.dep_ == "obl:agent" for c in kids):
            continue
        fixes = [
            c
            for c in kids
            if (c.dep_ == "nsubj" and c.i < aux.i) or (c.dep_ == "obj" and c.i > verb.i)
        ]
        if aux.dep_ == "aux:pass" and not fixes:
            continue
        aux.dep_ = "aux:pass"
        verb.pos_ = "VERB"
        verb.set_morph("VerbForm=Part")
        for c in fixes:
            c.dep_ = "nsubj:pass" if c.dep_ == "nsubj" else "obl"
        changed += 1
    return changed
