"""Repairs of known parser errors, applied to the Doc before coding."""

from __future__ import annotations


def split_joined_names(doc, tok_mention: dict) -> int:
    """Undo a parser error the coder cannot read around: two actors joined into one name.

    Parsers trained on treebanks with many multiword names (``Gazet van Antwerpen``) sometimes
    read ``Xi met Poetin`` as one ``flat`` name. When a ``flat`` dependent is a different
    dictionary actor from its head and exactly one preposition separates them, the dependent is
    re-attached as an ``obl`` of the name's head (``nmod`` of the name if it is the root) with
    the preposition as its ``case``. Changes ``doc`` in place; returns the number of repairs.
    """
    from spacy.attrs import DEP

    if not tok_mention:
        return 0
    flat = doc.to_array(DEP) == doc.vocab.strings["flat"]
    repaired = 0
    for i in flat.nonzero()[0].tolist():
        tok = doc[i]
        head = tok.head
        mine, theirs = tok_mention.get(i), tok_mention.get(head.i)
        if mine is None or theirs is None or mine is theirs or head.i >= i:
            continue
        gap = doc[head.i + 1 : tok.i]
        adps = [t for t in gap if t.pos_ == "ADP"]
        if len(adps) != 1 or len(gap) > 2 or any(t.i in tok_mention for t in gap):
            continue
        if head.head.i == head.i:
            tok.dep_ = "nmod"
        else:
            tok.head = head.head
            tok.dep_ = "obl"
        adps[0].head = tok
        adps[0].dep_ = "case"
        repaired += 1
    return repaired


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
    from spacy.attrs import DEP, HEAD, POS

    strings = doc.vocab.strings
    arr = doc.to_array([HEAD, DEP, POS]).astype("int64")
    heads = arr[:, 0] + range(len(doc))
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


def second_subject_is_object(doc, actor_like=None) -> int:
    """A verb with two ``nsubj`` dependents and no object: the later one is the object.

    Dutch word order leaves subject and object ambiguous (``Rusland erkent het eiland``,
    ``terwijl Rusland het eiland erkent``) and the parser sometimes labels both as subjects,
    which no clause has (coordinated subjects hang off each other via ``conj``). In a relative
    clause whose antecedent is no actor (``actor_like`` says False: "het akkoord dat FARC en
    regering sloten") the relative pronoun is the object instead. Changes ``doc`` in place;
    returns the number of relabelled tokens.
    """
    from spacy.attrs import DEP, HEAD

    strings = doc.vocab.strings
    arr = doc.to_array([HEAD, DEP]).astype("int64")  # HEAD is a signed offset stored unsigned
    heads = arr[:, 0] + range(len(doc))
    deps = arr[:, 1]
    with_object = set(heads[deps == strings["obj"]].tolist())
    changed = 0
    first: dict[int, int] = {}
    for i in (deps == strings["nsubj"]).nonzero()[0].tolist():
        head = int(heads[i])
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
        first.setdefault(head, i)
    return changed


def prefield_agent_to_subject(doc) -> int:
    """A "door" agent before the finite verb of a main clause belongs to the subject before it.

    Dutch main clauses put exactly one constituent before the finite verb, so in "De ontvoering
    van de journalist door rebellen werd veroordeeld" the door-phrase is part of the subject
    (who abducted), not the passive's agent (who condemned); the parser often hangs it on the
    verb. Re-attached as ``nmod`` of the subject. Changes ``doc`` in place; returns the count.
    """
    from spacy.attrs import DEP, LOWER

    strings = doc.vocab.strings
    if "door" not in strings:
        return 0
    arr = doc.to_array([LOWER, DEP])
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
    from spacy.attrs import LOWER

    het = doc.vocab.strings["het"]
    repaired = 0
    for i in (doc.to_array(LOWER) == het).nonzero()[0].tolist():
        tok = doc[i]
        noun = tok.head
        verb = noun.head
        if (
            tok.dep_ != "det"
            or noun.i != i + 1
            or noun.pos_ != "NOUN"
            or noun.morph.get("Number") != ["Plur"]
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


def orphan_name_subject(doc, tok_mention: dict) -> int:
    """A dictionary name cut off as a sentence of its own before a finite verb: the subject.

    The parser sometimes reads a headline's or sentence's first name as a one-word sentence
    ("Trump | kondigt importheffingen aan tegen Canada"), and then takes a noun after the verb
    for the subject. When a root is a dictionary actor whose whole subtree ends right before a
    finite root verb (no punctuation between), the name becomes that verb's ``nsubj``, and a
    noun subject after the verb its ``obj``. Changes ``doc`` in place; returns the count.
    """
    repaired = 0
    for i in sorted(tok_mention):  # only mention tokens can qualify: skip the rest of the doc
        tok = doc[i]
        if tok.dep_ != "ROOT" or tok.head.i != tok.i:
            continue
        end = tok.right_edge.i + 1
        if end >= len(doc) or tok.left_edge.i != tok_mention[tok.i].start:
            continue
        verb = doc[end]
        if not (
            verb.dep_ == "ROOT"
            and verb.pos_ == "VERB"
            and verb.morph.get("VerbForm") == ["Fin"]
            and verb.left_edge.i == verb.i
        ):
            continue
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
