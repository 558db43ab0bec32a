"""Repairs of known parser errors, applied to the Doc before coding."""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, HEAD, LOWER, POS
from spacy.symbols import NOUN, VERB

from .doc_arrays import morph_get
from .repair_arrays import _attr, _role_as_noun, _sid, _verbal  # noqa: F401 (the other repair modules' too)

ARGUMENT_DEPS = ("nsubj", "obj", "iobj")
MAX_CLIMB = 2


def arguments_off_determiners(doc) -> int:
    """A subject or object attached to a determiner moves to the verb of that determiner's noun.

    Determiners govern no arguments, yet a parser sometimes hangs one there (``dat de EU de
    sancties verlengt`` read with ``EU`` as the ``nsubj`` of the second ``de``). The argument is
    re-attached to the verb or auxiliary at most two heads above the determiner (its noun's
    verb); that verb is above the argument, so the tree stays valid. A second subject it
    creates is left to ``second_subject_is_object``. Other function-word heads are left alone:
    in the bench articles their arguments sit in parses too broken to mend by a rule. Changes
    ``doc`` in place; returns the number of moves.
    """

    strings = doc.vocab.strings
    arr = np.array(_attr(doc, HEAD, DEP, POS)).T.astype("int64")
    heads = arr[:, 0] + np.arange(len(doc))
    is_arg = sum(arr[:, 1] == strings[d] for d in ARGUMENT_DEPS).astype(bool)
    determiner = arr[:, 2] == strings["DET"]
    moved = 0
    for i in (is_arg & determiner[heads]).nonzero()[0].tolist():
        tok = doc[i]
        target = tok.head
        for _ in range(MAX_CLIMB):
            if target.pos_ in ("VERB", "AUX") or target.head.i == target.i:
                break
            target = target.head
        if target.pos_ in ("VERB", "AUX"):
            tok.head = target
            moved += 1
    return moved


def second_subject_is_object(doc, actor_like=None, touched: list[int] | None = None) -> int:
    """A verb with two ``nsubj`` dependents and no object: the later one is the object.

    Dutch word order leaves subject and object ambiguous (``Rusland erkent het eiland``,
    ``terwijl Rusland het eiland erkent``) and the parser sometimes labels both as subjects,
    which no clause has (coordinated subjects hang off each other via ``conj``); with an object
    after both, the second is the indirect object. In a relative
    clause whose antecedent is no actor (``actor_like`` says False: "het akkoord dat FARC en
    regering sloten") the relative pronoun is the object instead. Changes ``doc`` in place;
    returns the number of relabelled tokens (``touched`` gets their indices).
    """

    strings = doc.vocab.strings
    # HEAD is a signed offset stored unsigned
    arr = np.array(_attr(doc, HEAD, DEP)).T.astype("int64")
    heads = arr[:, 0] + np.arange(len(doc))
    deps = arr[:, 1]
    subjects = (deps == strings["nsubj"]).nonzero()[0]
    if len(set(heads[subjects].tolist())) == len(subjects):
        return 0  # no verb has two subjects (most articles): nothing below can fire
    with_object = set(heads[deps == strings["obj"]].tolist())
    changed = 0
    first: dict[int, int] = {}
    objects = {int(heads[j]): j for j in (deps == strings["obj"]).nonzero()[0].tolist()}
    for i in subjects.tolist():
        head = int(heads[i])
        if (
            head in first
            and head in with_object
            and first[head] < i < objects[head]
            and doc[head].dep_ != "acl:relcl"  # "die Frankrijk vorige week bekritiseerde"
            and doc[objects[head]].pos_ == "NOUN"
        ):
            # "De VS zouden Duitsland het geld lenen": between subject and object, the receiver
            if "iobj" in strings:
                doc[i].dep_ = "iobj"
                changed += 1
                if touched is not None:
                    touched.append(i)
            continue
        if head in first and head not in with_object:
            j = first[head]
            verb = doc[head]
            if (
                actor_like is not None
                and verb.dep_ == "acl:relcl"
                and doc[j].lower_ in ("dat", "die", "wat")
                and not actor_like(verb.head)
            ):
                doc[j].dep_ = "obj"
            else:
                doc[i].dep_ = "obj"
            changed += 1
            if touched is not None:
                touched.extend((i, j))
        first.setdefault(head, i)
    return changed


def prefield_agent_to_subject(doc) -> int:
    """A "door" agent before the finite verb of a main clause belongs to the subject before it.

    Dutch main clauses put exactly one constituent before the finite verb, so in "De ontvoering
    van de journalist door rebellen werd veroordeeld" the door-phrase is part of the subject
    (who abducted), not the passive's agent (who condemned); the parser often hangs it on the
    verb. Re-attached as ``nmod`` of the subject. Changes ``doc`` in place; returns the count.
    """

    strings = doc.vocab.strings
    if "door" not in strings:
        return 0
    arr = np.array(_attr(doc, LOWER, DEP)).T
    cases = ((arr[:, 0] == strings["door"]) & (arr[:, 1] == strings["case"])).nonzero()[0]
    repaired = 0
    for i in cases.tolist():  # the "door" of each door-phrase: its head is the phrase
        tok = doc[i].head
        if tok.dep_ not in ("obl:agent", "obl") or tok.head.dep_ != "ROOT":
            continue
        verb = tok.head
        finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop"))]
        first_verb = min(t.i for t in finite)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if not subjects or tok.i > first_verb:
            continue
        subject = subjects[0]
        if subject.i < tok.i and subject.right_edge.i < tok.left_edge.i:
            tok.head = subject
            tok.dep_ = "nmod"
            repaired += 1
    return repaired


def het_before_plural_subject(doc) -> int:
    """ "dat het doelen van Hezbollah heeft aangevallen": "het" cannot determine a plural noun,
    so it is the (pronoun) subject and the plural noun the object. Parsers read "het doelen" as
    one subject. Only when the noun is the subject of a verb; changes ``doc`` in place; returns
    the number of repairs.
    """

    if len(doc) < 2:
        return 0
    lower, dep, head, pos = _attr(doc, LOWER, DEP, HEAD, POS)
    # what the test below needs, on the arrays: "het" a det whose head is the next token (HEAD
    # is the offset to the head), a noun that is a subject
    candidates = (
        (lower[:-1] == doc.vocab.strings["het"])
        & (dep[:-1] == _sid(doc, "det"))
        & (head[:-1] == 1)
        & (pos[1:] == NOUN)
        & (dep[1:] == _sid(doc, "nsubj"))
    )
    repaired = 0
    for i in candidates.nonzero()[0].tolist():
        tok = doc[i]
        noun = tok.head
        verb = noun.head
        if (
            tok.dep_ != "det"
            or noun.i != i + 1
            or noun.pos_ != "NOUN"
            or morph_get(noun, "Number") != ["Plur"]
            or noun.dep_ != "nsubj"
            or verb.pos_ not in ("VERB", "AUX")
        ):
            continue
        tok.head = verb
        tok.dep_ = "nsubj"
        tok.pos_ = "PRON"
        noun.dep_ = "obj"
        repaired += 1
    return repaired


def name_torn_by_root(doc, mentions) -> int:
    """A dictionary name whose first word the parser made a root of its own while its last word
    serves the clause ("De [Autoriteit] [Persoonsgegevens] heeft het UWV een boete opgelegd":
    "Autoriteit" ROOT, "Persoonsgegevens" ``nsubj``): the first word joins the name's head as
    a ``compound``, so the name is one phrase of one sentence. Changes ``doc`` in place;
    returns the count."""
    changed = 0
    for m in mentions:
        if m.end - m.start < 2:
            continue
        first, last = doc[m.start], doc[m.end - 1]
        if first.dep_ != "ROOT" or last.head.i in range(m.start, m.end):
            continue
        if first.right_edge.i >= last.i:
            continue  # the rest of the name hangs under the root: no torn name
        if any(doc[k].head.i not in range(m.start, m.end) for k in range(m.start + 1, m.end - 1)):
            continue
        for t in list(first.children):
            t.head = last
        first.head = last
        first.dep_ = "compound"
        changed += 1
    return changed


def orphan_name_subject(doc, tok_mention: dict, verb_form=None) -> int:
    """A dictionary name cut off as a sentence of its own before a finite verb: the subject.

    The parser sometimes reads a headline's or sentence's first name as a one-word sentence
    ("Trump | kondigt importheffingen aan tegen Canada"), and then takes a noun after the verb
    for the subject. When a root is a dictionary actor whose whole subtree ends right before a
    finite root verb (no punctuation between), the name becomes that verb's ``nsubj``, and a
    noun subject after the verb its ``obj``. Changes ``doc`` in place; returns the count.
    """
    repaired = 0
    dep, head = _attr(doc, DEP, HEAD)
    root = _sid(doc, "ROOT")
    for i in sorted(tok_mention):  # only mention tokens can qualify: skip the rest of the doc
        if dep[i] != root or head[i] != 0:
            continue  # Token.dep_ and Token.head, from the columns
        tok = doc[i]
        if tok.dep_ != "ROOT" or tok.head.i != tok.i:
            continue
        end = tok.right_edge.i + 1
        if end >= len(doc) or tok.left_edge.i != tok_mention[tok.i].start:
            continue
        verb = doc[end]
        plural_verb = (
            # "Israël en Hamas | stemmen in met ...", "Armenië en Azerbeidzjan | sluiten
            # vredesakkoord": after coordinated names, a plural verb form (``verb_form`` says it
            # is a dictionary verb's) that the tagger read as a noun or gave no finite form
            verb_form is not None
            and verb.text == verb.lower_
            and verb.lower_.endswith("en")
            and verb_form(verb.lower_)
            and any(c.dep_ == "conj" for c in tok.children)
        )
        plural_noun_verb = plural_verb and verb.pos_ == "NOUN"
        if (
            # "Trump | heeft Poetin ... gewaarschuwd": the finite verb is the perfect "hebben"
            # of a root participle, which took the name after it for its subject
            verb.dep_ == "aux"
            and verb.lemma_.lower() == "hebben"
            and "Fin" in morph_get(verb, "VerbForm")
            and verb.head.dep_ == "ROOT"
            and verb.head.i > verb.i
            and verb.head.left_edge.i == verb.i
        ):
            part = verb.head
            for ch in list(part.children):
                if ch.dep_ == "nsubj" and ch.i > verb.i:
                    ch.dep_ = "obj"  # a perfect with "hebben" has one subject: the name
            tok.head, tok.dep_ = part, "nsubj"
            repaired += 1
            continue
        if not (
            verb.dep_ == "ROOT"
            and (
                (verb.pos_ == "VERB" and (plural_verb or morph_get(verb, "VerbForm") == ["Fin"]))
                or plural_noun_verb
            )
            and verb.left_edge.i == verb.i
        ):
            continue
        if plural_noun_verb:
            verb.pos_ = "VERB"
        for ch in list(verb.children):
            if (
                ch.dep_ == "nsubj"
                and ch.i > verb.i
                and ch.pos_ == "NOUN"
                and ch.i not in tok_mention
            ):
                ch.dep_ = "obj"
        tok.head = verb
        tok.dep_ = "nsubj"
        repaired += 1
    return repaired


def agent_noun_tagged_verb(doc, agent_like, verb_form, lowers: list[str] | None = None) -> int:
    """A role noun the tagger read as a verb is a noun: "De politie heeft demonstranten
    gearresteerd" ("demonstranten" as VERB, ``aux:pass`` or ``compound:prt`` of the participle).

    ``agent_like(tok)`` says whether the token, read as a noun, is a role noun of the agent
    dictionary; ``verb_form(word)`` whether the word is a form of a dictionary verb (those stay
    verbs). The noun becomes the verb's object; when the verb then has two objects and no
    subject, the first is the subject (subject before object in the middle field: "In Georgië
    heeft de politie demonstranten opgepakt"). ``lowers``: the lower-case forms of the doc's
    tokens, if known, to skip most verbs without a Token object. Changes ``doc`` in place;
    returns the count.
    """

    pos, dep = _attr(doc, POS, DEP)
    changed = 0
    for i in (_verbal(pos) & (dep != _sid(doc, "ROOT"))).nonzero()[0].tolist():
        if lowers is not None and (not lowers[i].endswith(("en", "s")) or verb_form(lowers[i])):
            continue
        t = doc[i]
        if verb_form(t.lower_):
            continue
        if not t.lower_.endswith(("en", "s")):
            continue
        adps = [
            c
            for c in t.children
            if c.pos_ == "ADP" and (c.dep_ == "case" or c.dep_ == "compound:prt" and c.i < t.i)
        ]
        if adps:
            # "gebruikte traangas tegen demonstranten": a preposition governs no verb (nor is
            # it the verb's particle); the phrase keeps its place, as an oblique where the
            # parser made it a clause
            if _role_as_noun(t, agent_like):
                changed += 1
                for c in adps:
                    c.dep_ = "case"
                if t.dep_ in ("advcl", "xcomp", "ccomp", "dep"):
                    t.dep_ = "obl"
            continue
        if any(c.dep_ not in ("punct", "det", "amod", "nummod") for c in t.children):
            continue  # a noun's own modifiers ("183 Palestijnse gevangenen") make no verb
        if not _role_as_noun(t, agent_like):
            continue
        changed += 1
        if _subject_of_headline_passive(t):
            # "Demonstranten opgepakt door Georgische politie": before a participle with a
            # "door" agent, the role noun undergoes the act
            t.dep_ = "nsubj:pass"
            continue
        if t.dep_ in ("aux", "aux:pass", "compound:prt", "xcomp") and t.head.pos_ == "VERB":
            t.dep_ = "obj"
            verb = t.head
            objs = [c for c in verb.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")]
            if len(objs) == 2 and not any(c.dep_.startswith("nsubj") for c in verb.children):
                objs[0].dep_ = "nsubj"
            elif _opens_v2_clause(t, verb):
                # "M23-rebellen veroveren Goma": the noun before the finite verb is its
                # subject, and the "subject" the parser found after the verb its object
                after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
                t.dep_ = "nsubj"
                if len(after) == 1 and len(objs) == 1:
                    after[0].dep_ = "obj"
    return changed


def _subject_of_headline_passive(t) -> bool:
    """``t`` opens its sentence right before a participle (the root) that has a "door" agent
    and no subject."""
    verb = t.head
    return (
        t.dep_ in ("advmod", "aux", "aux:pass")
        and verb.i == t.i + 1
        and verb.dep_ == "ROOT"
        and t.left_edge.i == t.sent.start
        and morph_get(verb, "VerbForm") == ["Part"]
        and any(
            c.dep_ in ("obl", "obl:agent") and any(g.lower_ == "door" for g in c.children)
            for c in verb.children
        )
        and not any(c.dep_.startswith("nsubj") for c in verb.children)
    )


def _opens_v2_clause(t, verb) -> bool:
    """``t`` (with its modifiers) opens the sentence and the finite ``verb`` (or a headline's
    root) follows it."""
    return (
        verb.i == t.i + 1
        and t.left_edge.i == t.sent.start
        and (
            morph_get(verb, "VerbForm") == ["Fin"]
            # a plural present read as an infinitive: the root of a headline
            or (verb.dep_ == "ROOT" and not any(c.lower_ == "te" for c in verb.children))
        )
        and not any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children)
    )


def richting_as_preposition(doc) -> int:
    """ "richting Japan" without an article is a preposition phrase (toward Japan), which the
    parser reads as a noun "richting" with Japan in apposition. Returns the count."""

    (lower,) = _attr(doc, LOWER)
    changed = 0
    for i in (lower == _sid(doc, "richting")).nonzero()[0].tolist():
        t = doc[i]
        if t.i + 1 >= len(doc) or any(c.dep_ == "det" for c in t.children):
            continue
        noun = doc[t.i + 1]
        if noun.head.i != t.i or noun.pos_ not in ("PROPN", "NOUN"):
            continue
        others = [c for c in t.children if c.i != noun.i]
        noun.head = t.head if t.head.i != t.i else noun
        noun.dep_ = "obl" if t.head.i != t.i else "ROOT"
        t.head = noun
        t.dep_ = "case"
        t.pos_ = "ADP"
        for c in others:
            c.head = noun
        changed += 1
    return changed


def dat_clause_is_complement(doc) -> int:
    """A clause opened by "dat" hung on a verb as ``advcl`` is its complement (``ccomp``): "De
    Palestijnen eisen dat Israël zich terugtrekt" (adverbial clauses open with "omdat",
    "zodat", "als"). Not after "zo" or "zodanig" (a result clause). Returns the count."""

    dep, lower, head = _attr(doc, DEP, LOWER, HEAD)
    clauses = (dep == _sid(doc, "advcl")).nonzero()[0]
    if not len(clauses):
        return 0
    # only a clause with a "dat" subordinator among its dependents qualifies
    marks = ((dep == _sid(doc, "mark")) & (lower == _sid(doc, "dat"))).nonzero()[0]
    with_dat = set((head[marks].astype("int64") + marks).tolist())
    changed = 0
    for i in clauses.tolist():
        if i not in with_dat:
            continue
        t = doc[i]
        if t.head.pos_ not in ("VERB", "AUX"):
            continue
        marks = [c for c in t.children if c.dep_ == "mark"]
        if len(marks) != 1 or marks[0].lower_ != "dat" or marks[0].i != t.left_edge.i:
            continue
        if t.left_edge.i > 0 and doc[t.left_edge.i - 1].lower_ in ("zo", "zodanig", "zoveel"):
            continue
        t.dep_ = "ccomp"
        changed += 1
    return changed


def verb_form_tagged_other(doc, verb_form, touched: list[int] | None = None) -> int:
    """The root of a clause that is a form of a dictionary verb but was tagged otherwise is a
    verb ("Verhofstadt heeft kritiek geuit op ...": "geuit" as ADP). Only roots with a subject
    or an object, so nouns that share a verb's form ("aanval") stay nouns. Returns the count
    (``touched`` gets the tokens retagged)."""

    pos, dep = _attr(doc, POS, DEP)
    changed = 0
    for i in ((dep == _sid(doc, "ROOT")) & ~_verbal(pos)).nonzero()[0].tolist():
        t = doc[i]
        if not verb_form(t.lower_):
            continue
        if not any(c.dep_ in ("nsubj", "obj", "nsubj:pass") for c in t.children):
            continue
        t.pos_ = "VERB"
        changed += 1
        if touched is not None:
            touched.append(i)
    return changed


def cue_noun_tagged_verb(doc, cue_noun, verb_form) -> int:
    """A plural noun of the predicate dictionary's cues that the tagger read as a verb
    ("raketten", "granaten", "leningen"): "nadat Hamas raketten op Tel Aviv had afgevuurd" has
    "raketten" as the subject of "afgevuurd" and "Hamas" as the subject of "raketten". It is a
    noun and the object of the verb it hangs on; a subject the parser gave it, and a
    subordinator, go to that verb. ``cue_noun(word)``: a plural of a cue noun;
    ``verb_form(word)``: a form of a dictionary verb (those stay verbs). Changes ``doc`` in
    place; returns the count."""
    pos, dep, lower = _attr(doc, POS, DEP, LOWER)
    strings = doc.vocab.strings
    changed = 0
    for i in ((pos == VERB) & (dep != _sid(doc, "ROOT"))).nonzero()[0].tolist():
        word = strings[int(lower[i])]
        if not cue_noun(word) or verb_form(word):
            continue
        t = doc[i]
        verb = t.head
        if verb.pos_ != "VERB" or verb.i <= t.i:
            continue  # the clause-final verb the noun hangs on: "... raketten ... had afgevuurd"
        if t.dep_ not in ("nsubj", "nsubj:pass", "obj", "advcl", "xcomp", "dep", "advmod", "obl"):
            continue
        kids = list(t.children)
        if any(c.dep_ in ("aux", "aux:pass", "cop", "det") for c in kids):
            continue  # a verb after all (its own auxiliary), or "het besturen" read right
        t.pos_ = "NOUN"
        for c in kids:
            if c.dep_ in ("nsubj", "nsubj:pass") and not any(
                g.dep_.startswith("nsubj") and g.i != t.i for g in verb.children
            ):
                c.head = verb
            elif c.dep_ == "mark":
                c.head = verb
        if t.dep_ != "obl" and not any(g.dep_ == "obj" and g.i != t.i for g in verb.children):
            t.dep_ = "obj"
        changed += 1
    return changed
