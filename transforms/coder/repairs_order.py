"""Repairs of Dutch word order the parser misreads (split from ``repairs_news.py``): the
subject after the finite verb (V2 after a fronted phrase), a subject hung on the verb of a
dat-clause, a relative pronoun read as the subject, a fronted phrase cut off before "Name
verb". Each repair changes the Doc in place and returns its count."""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, HEAD, LOWER, POS
from spacy.symbols import NOUN, PRON, PROPN, PUNCT, VERB

from .doc_arrays import morph_get
from .repair_arrays import _attr, _ids, _one_of, _sid


def inverted_subject_read_as_object(doc) -> int:
    """After a fronted phrase the subject follows the finite verb (V2: "Zonder Oekraïne aan tafel
    spraken Amerikaanse en Russische diplomaten ..."); a root verb with no subject whose first
    ``obj`` comes right after it has that phrase as its subject. Changes ``doc``; the count."""
    dep, pos, head = _attr(doc, DEP, POS, HEAD)
    roots = ((dep == _sid(doc, "ROOT")) & (pos == VERB)).nonzero()[0]
    if not len(roots):
        return 0
    # what the test below needs, on the columns: an object after the verb and a word before it
    # that is no punctuation or conjunction (a Token's children are among these)
    offset = head.astype("int64")
    heads = offset + np.arange(len(doc))
    on_right = set(heads[(dep == _sid(doc, "obj")) & (offset < 0)].tolist())
    fronted = (offset > 0) & (dep != _sid(doc, "punct")) & (dep != _sid(doc, "cc"))
    on_left = set(heads[fronted].tolist())
    subject = _one_of(dep, tuple(_sid(doc, d) for d in ("nsubj", "nsubj:pass", "csubj", "expl")))
    with_subject = set(heads[subject].tolist())  # most roots: no Token for them
    changed = 0
    for i in roots.tolist():
        if i not in on_right or i not in on_left or i in with_subject:
            continue
        verb = doc[i]
        kids = list(verb.children)
        before = [c.dep_ for c in kids if c.i < i and c.dep_ not in ("punct", "cc")]
        if not before or any(d not in ("obl", "advmod") for d in before):
            continue  # no fronted phrase (a verb-first title), or the subject is in front
        first = min(c.left_edge.i for c in kids if c.i < i and c.dep_ not in ("punct", "cc"))
        if any(not doc[k].is_punct for k in range(verb.sent.start, first)):
            continue  # words before the fronted phrase: the parse split a sentence
        objs = [c for c in kids if c.dep_ == "obj" and c.i > i]
        if objs and objs[0].left_edge.i == i + 1 and morph_get(verb, "VerbForm") == ["Fin"]:
            objs[0].dep_ = "nsubj"
            changed += 1
    return changed


def subject_before_dat_to_main_verb(doc) -> int:
    """ "Tijdens een bezoek aan Polen zei minister Brekelmans dat de NAVO ...": a subject the
    parser hung on the verb of a dat- or of-clause but placed before that clause's marker
    belongs to the finite main verb right before it (Dutch inversion), when that verb has no
    subject of its own. Changes ``doc`` in place; returns the count."""

    dep, head, lower = _attr(doc, DEP, HEAD, LOWER)
    idx = np.arange(len(doc))
    heads = head.astype("int64") + idx
    # a subject whose verb lies after it, with a "dat"/"of" marker between (few candidates)
    marks = (lower == doc.vocab.strings["dat"]) | (lower == doc.vocab.strings["of"])
    cands = (dep == _sid(doc, "nsubj")) & (heads > idx + 2)
    if not cands.any() or not marks.any():
        return 0
    # the markers labelled so, with their heads (the loop moves subjects only)
    marked = (marks & (dep == _sid(doc, "mark"))).nonzero()[0]
    markers = list(zip(marked.tolist(), heads[marked].tolist(), strict=True))
    changed = 0
    for i, v in zip(cands.nonzero()[0].tolist(), heads[cands].tolist(), strict=True):
        # the marker may hang on a word of the clause ("dat de NAVO sterker moet worden")
        if not any(i < k < v and h <= v for k, h in markers):
            continue
        s = doc[i]
        verb = s.head
        main = verb.head
        if not (
            main.i < i
            and main.pos_ in ("VERB", "AUX")
            and verb.dep_ in ("ccomp", "advcl", "parataxis", "xcomp")
            and all(
                doc[k].dep_ in ("appos", "flat", "amod", "det") or doc[k].head.i == i
                for k in range(main.i + 1, i)
            )
            and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in main.children)
        ):
            continue
        s.head = main
        changed += 1
    return changed


def fronted_phrase_split_from_its_verb(doc, actor_like) -> int:
    """ "Na het overleg met de Duitse minister Dobrindt kondigde minister Van Weel aan ...":
    after a long fronted phrase the parser takes the name that closes the phrase for the
    verb's subject (the phrase hung under that name, or cut off as a sentence of its own) and
    the verb's real subject, after it, for its object. Dutch puts the finite verb second, so
    a verbless phrase that opens its sentence with a preposition and runs up to "Name verb" is
    the verb's adverbial: the name goes back to the role noun it follows, the phrase under the
    verb, and the role or name after the verb (``actor_like``) becomes its subject. A
    coordinated subject cut the same way before its last name ("Premier Schoof en NAVO-chef
    Rutte ontvingen ...") is made whole again. Changes ``doc`` in place; returns the count."""

    dep, pos = _attr(doc, DEP, POS)
    subj = _sid(doc, "nsubj")
    # a proper-noun subject right before its head, the sentence's root verb
    found = (dep[:-1] == subj) & (pos[:-1] == PROPN) & (dep[1:] == _sid(doc, "ROOT"))
    changed = 0
    for i in found.nonzero()[0].tolist():
        s, v = doc[i], doc[i + 1]
        if s.head.i != v.i or v.pos_ not in ("VERB", "AUX"):
            continue
        if "Fin" not in morph_get(v, "VerbForm"):
            continue
        prev = doc[i - 1] if i > 0 else None
        if prev is None or prev.is_punct or prev.is_space:
            continue
        phrase = prev
        while phrase.head.i not in (phrase.i, s.i):
            phrase = phrase.head
        first = phrase.left_edge
        if not (first.is_sent_start or doc[first.i - 1].is_space):
            continue
        if first.pos_ != "ADP":
            # "Premier Schoof en NAVO-chef | Rutte ontvingen ...": a coordinated subject cut
            # before its last name, which the parser made the subject alone
            if (
                phrase.dep_ == "ROOT"
                and prev.dep_ == "conj"
                and prev.head.i == phrase.i
                and prev.pos_ == "NOUN"
                and actor_like(prev)
                and actor_like(phrase)
                and not any(t.pos_ in ("VERB", "AUX") for t in phrase.subtree)
            ):
                s.head, s.dep_ = prev, "appos"
                phrase.head, phrase.dep_ = v, "nsubj"
                changed += 1
            continue
        if phrase.pos_ not in ("NOUN", "PROPN") or any(
            t.pos_ in ("VERB", "AUX") for t in phrase.subtree
        ):
            continue
        role = prev
        while role.i != phrase.i and not (role.pos_ == "NOUN" and actor_like(role)):
            role = role.head
        if not (role.pos_ == "NOUN" and actor_like(role)) or role.i == phrase.i:
            continue
        # the subject stands right after the verb
        obj = next((c for c in v.children if c.dep_ == "obj" and c.left_edge.i == v.i + 1), None)
        if obj is None or not actor_like(obj):
            continue
        s.head, s.dep_ = role, "appos"
        phrase.head, phrase.dep_ = v, "obl"
        obj.dep_ = "nsubj"
        changed += 1
    return changed


def verb_before_dat_read_as_noun(doc, verb_form, lowers: list[str] | None = None) -> int:
    """ "Bouchez verwijt De Wever dat hij het akkoord ondermijnt": a finite verb that is also a
    noun ("verwijt") read as a noun, a preposition or punctuation between two short phrases
    before a dat-clause, and the clause's verb made the root. The form becomes the root verb,
    the phrase before it its subject, the phrase after it its object and the dat-clause its
    complement. ``verb_form(word)`` says whether a word is a form of a dictionary verb;
    ``lowers``: the tokens' lower-case forms, if known (else read from their string ids).
    Changes ``doc`` in place; returns the count."""

    pos, lower = _attr(doc, POS, LOWER)
    dat = doc.vocab.strings["dat"] if "dat" in doc.vocab.strings else None
    if dat is None or not (lower == dat).any():
        return 0
    strings = doc.vocab.strings

    def word(k: int) -> str:
        return lowers[k] if lowers is not None else strings[int(lower[k])]

    changed = 0
    for d in (lower == dat).nonzero()[0].tolist():
        # "dat" as the clause's marker, or read as its object ("dat hij ... laat opdraaien")
        if doc[d].dep_ not in ("mark", "obj") or d < 3 or doc[d].head.i <= d + 1:
            continue
        clause = doc[d].head
        sent = doc[d].sent
        # the form: the first lower-case non-verb dictionary form after the opening phrase
        v = next(
            (
                doc[k]
                # (a form more than six words into the sentence is too far: not looked at)
                for k in range(sent.start + 1, min(d, sent.start + 7))
                if (pos[k] != VERB or doc[k].dep_ in ("case", "punct", "compound", "flat"))
                and doc[k].text == word(k)
                and verb_form(word(k))
                and (
                    (word(k).endswith("t") and k < d - 1)
                    or (k == d - 1 and _plural_verb_after_plural(doc, k))
                )
            ),
            None,
        )
        if v is None or v.i - sent.start > 6 or d - v.i > 6:
            continue
        before = range(sent.start, v.i)
        after = range(v.i + 1, d)
        if not all(
            doc[k].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PRON") for k in (*before, *after)
        ):
            continue
        if clause.head.i not in (clause.i, *before, *after, v.i):
            continue
        v.head, v.dep_, v.pos_ = v, "ROOT", "VERB"
        for span, label in ((before, "nsubj"), (after, "obj")):
            tops = [doc[k] for k in span if doc[k].head.i not in span or doc[k].head.i == k]
            if not tops:
                continue  # "De vakbonden eisen dat ...": no object
            # the head: the first noun or name ("De vakbonden": the article read as a phrase)
            top = next((t for t in tops if t.pos_ in ("NOUN", "PROPN")), tops[0])
            top.head, top.dep_ = v, label
            for t in tops:  # "Oppositiepartij PVDA": the name is the noun's apposition
                if t is not top:
                    t.head, t.dep_ = top, "det" if t.pos_ == "DET" else "appos"
        clause.head, clause.dep_ = v, "ccomp"
        doc[d].dep_ = "mark"
        for t in sent:
            if t.i > d and (t.head.i < d or t.head.i == t.i) and t.i != clause.i:
                t.head = v if t.pos_ == "PUNCT" and t.i == sent.end - 1 else clause
        changed += 1
    return changed


def _plural_verb_after_plural(doc, k: int) -> bool:
    """ "De vakbonden eisen dat ...", "De Houthi's eisten dat ...": a plural form right before
    the dat-clause, after a plural noun (the tagger read the pair as one noun phrase)."""
    w, prev = doc[k].lower_, doc[k - 1]
    plural = "Plur" in prev.morph.get("Number") or (
        # "De Houthi's": a name with a plural -'s after "de" (a possessive takes no article)
        prev.text.endswith("'s") and k >= 2 and doc[k - 2].lower_ == "de"
    )
    return w.endswith("en") and prev.pos_ in ("NOUN", "PROPN") and plural


# nouns of a time adverbial ("vorige week", "zondag", "dinsdagavond")
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
TIME_NOUNS = frozenset(
    {"week", "maand", "jaar", "dag", "weekend", "ochtend", "middag", "avond", "nacht"}
)


def name_after_time_noun_is_object(doc, lowers: list[str] | None = None) -> int:
    """ "Orbán, die vorige week Poetin in Moskou bezocht": the parser hung the name after a time
    adverbial on the time noun as its apposition, so the visit had no object. A name right after
    a time noun that is a verb's oblique or modifier is that verb's object when it has none, and
    a place phrase swept along under the name ("in Moskou") goes back to the verb. ``lowers``:
    the tokens' lower-case forms, if known (else read from their string ids). Changes ``doc``
    in place; returns the count."""

    pos, lower = _attr(doc, POS, LOWER)
    strings = doc.vocab.strings
    # a proper noun right after a noun: read on the columns, most articles have none after a
    # time noun
    after_noun = np.zeros(len(doc), dtype=bool)
    after_noun[1:] = (pos[1:] == PROPN) & (pos[:-1] == NOUN)
    changed = 0
    for i in after_noun.nonzero()[0].tolist():
        word = lowers[i - 1] if lowers is not None else strings[int(lower[i - 1])]
        if word not in TIME_NOUNS and not word.startswith(WEEKDAYS):
            continue
        name = doc[i]
        time = name.head
        if (
            time.i != i - 1
            or name.dep_ not in ("appos", "flat", "nmod")
            or time.dep_ not in ("obl", "advmod", "nmod", "obl:tmod")
            or any(c.dep_ == "case" for c in name.children)
        ):
            continue
        verb = time.head
        if verb.pos_ != "VERB" or verb.i < i or any(c.dep_ == "obj" for c in verb.children):
            continue
        name.head, name.dep_ = verb, "obj"
        for c in list(name.children):
            if c.dep_ in ("flat", "nmod") and any(g.dep_ == "case" for g in c.children):
                c.head, c.dep_ = verb, "obl"
        changed += 1
    return changed


def phrase_after_te_infinitive(doc) -> int:
    """A prepositional phrase after a te-infinitive at the end of the clause belongs to the
    infinitive ("België weigert in te stemmen met het voorstel van de Commissie"): Dutch puts
    the infinitive's phrases after it, the main verb's before it, but the parser often hangs a
    long phrase on the main verb, so the refusal lost what was refused. Re-attached when the
    infinitive is an ``xcomp`` of the same verb, comes before the phrase and has no phrase of
    that kind after it already. Changes ``doc`` in place; returns the count."""
    (dep,) = _attr(doc, DEP)
    te = _sid(doc, "te")
    xcomp = _sid(doc, "xcomp")
    if te == -1 or xcomp == -1 or not (dep == xcomp).any():
        return 0
    changed = 0
    for i in (dep == xcomp).nonzero()[0].tolist():
        inf = doc[i]
        verb = inf.head
        if inf.pos_ != "VERB" or verb.i >= i or verb.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "te" for c in inf.children):
            continue
        for t in list(verb.rights):
            if t.i <= i or t.dep_ not in ("obl", "obl:arg") or t.pos_ not in ("NOUN", "PROPN"):
                continue
            if not any(c.dep_ == "case" and c.pos_ == "ADP" for c in t.children):
                continue
            if any(p.is_punct for p in doc[inf.i + 1 : t.left_edge.i]):
                continue  # a comma between: the phrase may close the main clause
            t.head = inf
            changed += 1
    return changed


def _conjuncts(doc, own: tuple, heads: tuple) -> list:
    """The tokens labelled ``conj`` with a part of speech in ``own`` whose head comes before them
    with one in ``heads``, read on the columns (a Token only for those)."""
    dep, pos, head = _attr(doc, DEP, POS, HEAD)
    conj = _sid(doc, "conj")
    if conj == -1:
        return []
    offset = head.astype("int64")
    found = dep == conj
    found &= offset < 0
    found &= _one_of(pos, own)  # (np.isin costs more than these few comparisons)
    at = found.nonzero()[0]
    keep = _one_of(pos[at + offset[at]], heads)
    return [doc[i] for i in at[keep].tolist()]


def conjunct_of_a_van_name(doc) -> int:
    """ "Vertegenwoordigers van Frankrijk, Groot-Brittannië en Duitsland": a list of names after
    "van" is one phrase; the parser often hangs the later names on the noun before "van", so
    Frankrijk fell out of the list. A name conjunct of a noun, after the noun's "van" name with
    only names, commas and "en" between, and with no "van" phrase of its own ("Victoria van
    Engeland en Albert van Saksen" stays), moves to that name (UD Dutch: 98 of 102). Changes
    ``doc`` in place; returns the count."""
    (lower,) = _attr(doc, LOWER)
    van = _sid(doc, "van")
    if van == -1:
        return 0
    vans = (lower == van).nonzero()[0]
    changed = 0
    for c in _conjuncts(doc, (PROPN,), (NOUN,)):
        i = c.i
        before = vans[vans < i]
        if not len(before) or i - before[-1] > 12:
            continue  # no "van" shortly before the name
        h = c.head
        if any(g.dep_ == "nmod" and any(x.lower_ == "van" for x in g.children) for g in c.children):
            continue
        name = next(
            (
                m
                for m in h.children
                if m.dep_ == "nmod"
                and m.pos_ == "PROPN"
                and h.i < m.i < i
                and any(x.dep_ == "case" and x.lower_ == "van" for x in m.children)
            ),
            None,
        )
        if name is None or any(
            t.pos_ not in ("PROPN", "PUNCT", "CCONJ") for t in doc[name.i + 1 : c.left_edge.i]
        ):
            continue
        c.head = name
        changed += 1
    return changed


def _region_head(doc, start: int, end: int, prefer) -> object | None:
    """The token of ``doc[start:end]`` to head the span: the one ``prefer`` picks among those whose
    head lies outside it (the first such, if none is preferred)."""
    outside = [t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    if not outside:
        return None
    return next((t for t in outside if prefer(t)), outside[0])


RELATIVE_PRONOUNS = frozenset({"die", "dat"})


def relative_clause_before_main_verb(doc) -> int:
    """ "Trump, die maandag terugkeerde uit Azië, dreigde China met heffingen": a relative
    clause between the subject and the finite verb. The parser often takes the main verb into
    the relative clause or makes the subject a root of its own, so the verb lost its subject. A
    noun phrase opening its sentence, ", die/dat ... ," with a verb inside, then a verb: the
    phrase is that verb's subject, the clause hangs on the phrase, and what follows the verb is
    the verb's. Changes ``doc`` in place; returns the count."""
    lower, pos = _attr(doc, LOWER, POS)
    comma = _sid(doc, ",")
    if comma == -1:
        return 0
    punct = (pos == PUNCT).nonzero()[0]
    # ", die" / ", dat" on the columns: most sentences have none (a Token per word would cost)
    rel_ids = tuple(_ids(doc, RELATIVE_PRONOUNS))
    after_comma = np.zeros(len(doc), dtype=bool)
    after_comma[1:] = lower[:-1] == comma
    changed = 0
    for i in (_one_of(lower, rel_ids) & after_comma).nonzero()[0].tolist():
        if i < 2 or i > len(doc) - 4 or pos[i] != PRON:
            continue
        # the clause's closing comma, then a verb (on the columns, before any Token)
        later = punct[punct > i]
        if not len(later) or lower[later[0]] != comma or later[0] + 1 >= len(doc):
            continue
        if pos[later[0] + 1] != VERB or later[0] - i >= 20:
            continue
        start = doc[i - 2].sent.start  # (the parser may start a sentence at the comma)
        phrase = doc[start : i - 1]
        if not any(t.pos_ in ("NOUN", "PROPN") for t in phrase) or any(
            t.pos_ in ("VERB", "AUX", "PUNCT", "SCONJ", "ADP") for t in phrase
        ):
            continue  # only a bare noun phrase opening the sentence: "De president, die ..."
        close = next(
            (k for k in range(i + 1, min(i + 20, len(doc) - 1)) if doc[k].is_punct),
            None,
        )
        if close is None or doc[close].text != ",":
            continue
        if not any(t.pos_ in ("VERB", "AUX") for t in doc[i + 1 : close]):
            continue
        verb = doc[close + 1]
        if verb.pos_ != "VERB" or "Fin" not in verb.morph.get("VerbForm"):
            continue
        subj = _region_head(doc, start, i - 1, lambda t: t.pos_ in ("NOUN", "PROPN"))
        clause = _region_head(doc, i, close, lambda t: t.pos_ in ("VERB", "AUX"))
        if subj is None or clause is None:
            continue
        if subj.head.i == verb.i and subj.dep_ == "nsubj" and clause.head.i == subj.i:
            continue  # parsed right
        end = verb.sent.end
        verb.head, verb.dep_ = verb, "ROOT"
        for t in doc[start : i - 1]:
            if not start <= t.head.i < i - 1 and t.i != subj.i:
                t.head = subj
        subj.head, subj.dep_ = verb, "nsubj"
        for t in doc[i:close]:
            if not i <= t.head.i < close and t.i != clause.i:
                t.head = clause
        clause.head, clause.dep_ = subj, "acl:relcl"
        doc[i - 1].head, doc[close].head = clause, clause
        for t in doc[close + 2 : end]:
            if t.head.i < close + 1:
                t.head = verb
                if t.dep_ in ("appos", "conj", "flat", "nmod") and t.pos_ in ("NOUN", "PROPN"):
                    t.dep_ = "obj" if not any(c.dep_ == "case" for c in t.children) else "obl"
        changed += 1
    return changed


COORDINATORS = frozenset({"en", "of", "noch", "maar", "als", "&"})


def conjunct_without_coordinator(doc) -> int:
    """ "Duitsland heeft, samen met Polen, Rusland opgeroepen": a name the parser made a
    conjunct of the name before it, in a list with no "en" or "of" anywhere, right before a
    participle or infinitive, is that verb's object (a Dutch list joins its last member with a
    coordinator). Changes ``doc`` in place; returns the count."""
    (pos,) = _attr(doc, POS)
    n = len(doc)
    changed = 0
    for t in _conjuncts(doc, (PROPN, NOUN), (PROPN, NOUN)):
        i = t.i
        if not (
            (i + 1 < n and pos[i + 1] == VERB)
            or (i + 2 < n and pos[i + 1] == PROPN and pos[i + 2] == VERB)
        ):
            continue  # no verb right after the name (of one or two words)
        h = t.head
        nxt = t.right_edge.i + 1
        if nxt >= len(doc) or doc[nxt].pos_ != "VERB":
            continue
        if not {"Part", "Inf"} & set(doc[nxt].morph.get("VerbForm")):
            continue  # a finite verb after a list opens its clause: "X, Y, Z namen ..."
        members = [h, *(c for c in h.children if c.dep_ == "conj")]
        if any(c.lower_ in COORDINATORS for m in members for c in m.children if c.dep_ == "cc"):
            continue
        if any(w.lower_ in COORDINATORS for w in doc[h.i : t.i]):
            continue
        t.head, t.dep_ = doc[nxt], "obj"
        changed += 1
    return changed


def verb_read_as_modifier(doc, verb_form) -> int:
    """ "De VS beschuldigen de Sudanese RSF-milities van genocide": a finite verb the tagger took
    for a modifier of the noun after it, which the parser then made the root with the subject
    hung on it. A noun root with a subject before it and no copula, holding a word between the
    two that is a form of a dictionary verb (``verb_form``), is that verb's object; the verb
    becomes the root, the subject its own. Changes ``doc`` in place; returns the count."""
    pos, dep, head = _attr(doc, POS, DEP, HEAD)
    # the heads of a subject before them, on the columns: most noun roots have none
    offset = head.astype("int64")
    at = ((dep == _sid(doc, "nsubj")) & (offset > 0)).nonzero()[0]
    with_subject = set((at + offset[at]).tolist())
    changed = 0
    for i in ((dep == _sid(doc, "ROOT")) & _one_of(pos, (NOUN, PROPN))).nonzero()[0].tolist():
        if i not in with_subject:
            continue
        n = doc[i]
        kids = list(n.children)
        if any(c.dep_ == "cop" for c in kids):
            continue
        subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < i), None)
        if subj is None:
            continue
        verb = next(
            (
                c
                for c in kids
                if subj.i < c.i < i
                and c.pos_ in ("ADV", "ADJ", "NOUN", "X")
                and c.dep_ in ("amod", "advmod", "nmod", "compound")
                and verb_form(c.lower_)
                and not c.lower_.endswith("e")  # "de gesteunde", an attributive participle
            ),
            None,
        )
        if verb is None or any(doc[k].is_punct for k in range(subj.i, verb.i)):
            continue
        verb.pos_, verb.dep_ = "VERB", "ROOT"
        verb.head = verb
        for c in kids:
            if c.i != verb.i and (c.i < verb.i or c.dep_ == "punct"):
                c.head = verb
        n.head, n.dep_ = verb, "obj"
        changed += 1
    return changed


def verb_hung_on_its_object(doc) -> int:
    """ "De NAVO uitte kritiek op de plannen van Rusland": the parser made the object noun the
    root and the finite verb before it, with the subject, its modifier (``acl``). A noun root
    whose modifier right before it is a finite verb with a subject of its own before the verb is
    that verb's object; the verb becomes the root and takes the noun's punctuation. Changes
    ``doc`` in place; returns the count."""
    pos, dep = _attr(doc, POS, DEP)
    changed = 0
    for i in ((dep == _sid(doc, "ROOT")) & _one_of(pos, (NOUN,))).nonzero()[0].tolist():
        n = doc[i]
        if i == 0 or any(c.dep_ == "cop" for c in n.children):
            continue
        verb = doc[i - 1]
        if (
            verb.head.i != i
            or verb.dep_ not in ("acl", "amod")
            or verb.pos_ != "VERB"
            or morph_get(verb, "VerbForm") != ["Fin"]
            or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        ):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        n.head, n.dep_ = verb, "obj"
        for c in list(n.children):
            if c.dep_ == "punct" or c.i < verb.i:
                c.head = verb
        changed += 1
    return changed
