"""Repairs of how the parser attaches words to phrases (coder 0.3.13): whitespace tokens,
a separable particle read as a preposition, an object hung on another object."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import DEP, HEAD, IS_SPACE, LEMMA, LOWER, POS, SENT_START
from spacy.symbols import NOUN, PROPN, SCONJ, SPACE, VERB

from .doc_arrays import END_PUNCT, morph_get
from .repair_arrays import _attr, _ids, _one_of, _sid, _verb_above, _where_words


def space_tokens_out_of_tree(doc, touched: list[int] | None = None) -> int:
    r"""A whitespace token (the "\n\n" after a headline) that heads words: the parser, trained on
    text without such tokens, reads "Trump sluit ingrijpen niet uit\n\n" with "uit" as the
    ``case`` of the whitespace. Its dependents move to the whitespace's head; an adposition
    that lands on a verb is its separable particle. The whitespace itself, often read as a
    name ("\n\nVenezuela, Ecuador ... steunden": PROPN nsubj beside the real subject, which then
    looked like an object), becomes SPACE ``dep``. Returns the number of tokens changed;
    ``touched`` gets their indices (the coder updates its kept columns for just those)."""

    moved = 0
    space, dep, head_col, pos = _attr(doc, IS_SPACE, DEP, HEAD, POS)
    if not space.any():
        return 0
    idx = np.arange(len(doc))
    heads = head_col.astype("int64") + idx
    has_child = np.zeros(len(doc), dtype=bool)
    has_child[heads[heads != idx]] = True
    # only whitespace that heads words or is not yet marked as such (most is, after a first
    # pass, or was parsed so): a Token per candidate, not per whitespace token
    todo = (space == 1) & (heads != idx) & (has_child | (dep != _sid(doc, "dep")) | (pos != SPACE))
    for i in todo.nonzero()[0].tolist():
        t = doc[i]
        if t.head.i == t.i:
            continue
        head = t.head
        for ch in list(t.children):
            ch.head = head
            if ch.pos_ == "ADP" and head.pos_ in ("VERB", "AUX") and ch.dep_ == "case":
                ch.dep_ = "compound:prt"
            moved += 1
            if touched is not None:
                touched.append(ch.i)
        if t.dep_ != "dep" or t.pos_ != "SPACE":
            t.dep_ = "dep"
            t.pos_ = "SPACE"
            moved += 1
            if touched is not None:
                touched.append(i)
    return moved


# words that are also separable verb particles ("tot" and "met" never are: "mee" is)
NAME_POS = ("NOUN", "PROPN")  # both_and_coordination
DEFINITE = ("de", "het", "den", "der", "dit", "dat", "deze", "die")  # object_on_object
DEFINITE_SET = frozenset(DEFINITE)
PARTICLES = frozenset(
    {
        "aan", "af", "bij", "door", "in", "mee", "om", "op", "over", "toe", "uit", "voor",
        "terug", "weg", "neer", "los", "vast", "binnen", "buiten", "tegen", "achter", "na",
    }
)  # fmt: skip


# prepositions that close around their noun ("op twee na", "naar het zuiden toe")
CIRCUMPOSITIONS = frozenset(
    {
        ("op", "na"), ("tegen", "aan"), ("van", "af"), ("naar", "toe"), ("om", "heen"),
        ("door", "heen"), ("over", "heen"), ("achter", "aan"), ("onder", "door"),
        ("tussen", "door"), ("tot", "aan"), ("voor", "langs"), ("langs", "af"),
    }
)  # fmt: skip


def object_on_object(doc) -> int:
    """Of two bare objects, the parser sometimes hangs the first on the second ("De CVP verwijt
    de regering besluiteloosheid": "regering" ``obj`` of "besluiteloosheid"; "De oppositie
    verweet het kabinet gebrek aan daadkracht": "kabinet" ``nmod`` with no preposition). A noun
    never takes an object, nor a modifier noun without a preposition before it, so such an
    ``obj`` or ``nmod`` before a noun that is itself the ``obj`` of a verb moves to that verb,
    where the double-object reading (first object indirect) takes it. Returns the count."""

    dep, head, lower = _attr(doc, DEP, HEAD, LOWER)
    heads = head.astype("int64") + np.arange(len(doc))
    obj = dep == _sid(doc, "obj")
    with_case = np.zeros(len(doc), dtype=bool)
    with_case[heads[dep == _sid(doc, "case")]] = True
    # a definite article: "een paar kippen", "COX-2 remmers" are one phrase, no second object
    # (the few determiners first, then their forms: np.isin costs more than the whole test)
    definite = _ids(doc, DEFINITE_SET)
    at_det = (dep == _sid(doc, "det")).nonzero()[0]
    with_def = np.zeros(len(doc), dtype=bool)
    with_def[heads[at_det[[w in definite for w in lower[at_det].tolist()]]]] = True
    bare_nmod = (dep == _sid(doc, "nmod")) & ~with_case & with_def
    changed = 0
    for i in ((obj | bare_nmod) & obj[heads]).nonzero()[0].tolist():
        t = doc[i]
        noun = t.head
        if noun.i <= t.i or t.pos_ not in ("NOUN", "PROPN") or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if noun.head.pos_ not in ("VERB", "AUX") or noun.head.i == noun.i:
            continue
        t.head = noun.head
        t.dep_ = "obj"
        changed += 1
    return changed


def final_particle_to_verb(doc) -> int:
    """A separable particle that ends its clause read as a postposition of the noun before it:
    "Trump sluit militair ingrijpen om Groenland niet uit" with "uit" as ``case`` of
    "Groenland" (the title's "\\n\\n" follows). A clause-final particle word after its noun is
    the finite verb's particle; the noun keeps its own preposition. Returns the count."""

    dep, lower, head = _attr(doc, DEP, LOWER, HEAD)
    moved = 0
    n = len(doc)
    particles = _ids(doc, PARTICLES)
    # a postposition: a "case" hung on a word before it (HEAD, a signed offset, below zero)
    case = ((dep == _sid(doc, "case")) & (head.astype("int64") < 0)).nonzero()[0]
    for i, low in zip(case.tolist(), lower[case].tolist(), strict=True):
        if low not in particles:
            continue  # Token.lower_, from its id
        # the last word of its clause: followed by punctuation, a line break or nothing (the
        # punctuation flag read per candidate: a column of it costs more than these few)
        if i + 1 < n and not doc[i + 1].is_space and not doc[i + 1].is_punct:
            continue
        t = doc[i]
        if t.head.i >= i:
            continue
        noun = t.head
        before = [c.lower_ for c in noun.children if c.dep_ == "case" and c.i < noun.i]
        if not before:
            continue  # a true postposition ("de trap op") has no preposition of its own
        if (before[0], t.lower_) in CIRCUMPOSITIONS:
            continue  # "op twee gebieden na", "tegen de rand aan"
        verb = _verb_above(noun.head)
        if verb.pos_ != "VERB" or verb.i > noun.i:
            continue
        if any(c.dep_ == "compound:prt" for c in verb.children):
            continue
        t.head = verb
        t.dep_ = "compound:prt"
        moved += 1
    return moved


def trailing_negation_to_verb(doc) -> int:
    """ "niet" after a noun, hung on that noun: "sluit ingrijpen om Groenland niet uit". A
    negation that modifies a noun phrase stands before it ("niet Groenland maar IJsland"); one
    after it negates the clause, so it moves to the verb. Returns the count."""

    (lower,) = _attr(doc, LOWER)
    strings = doc.vocab.strings
    if "niet" not in strings:
        return 0
    moved = 0
    for i in (lower == strings["niet"]).nonzero()[0].tolist():
        t = doc[i]
        noun = t.head
        if t.dep_ != "advmod" or noun.pos_ not in ("NOUN", "PROPN") or noun.i >= i:
            continue
        verb = _verb_above(noun.head)
        if verb.pos_ != "VERB":
            continue
        t.head = verb
        moved += 1
    return moved


def passive_subject_under_perfect(doc) -> int:
    """A "passive subject" under a perfect with "hebben": the clause is active ("hebben" never
    forms a passive). Beside a real subject it is an object ("De junta heeft de Franse ambassadeur
    uitgezet", "ambassadeur" read ``nsubj:pass``); with no subject, the first one before the
    auxiliary is the subject and a later one then, in the same pass, an object. Changes ``doc``
    in place; returns the tokens relabelled."""

    dep, head, lemma, pos = _attr(doc, DEP, HEAD, LEMMA, POS)
    passive_subject = (dep == _sid(doc, "nsubj:pass")).nonzero()[0].tolist()
    hebben_aux = ((dep == _sid(doc, "aux")) & (lemma == doc.vocab.strings["hebben"])).nonzero()[0]
    if not passive_subject or not len(hebben_aux):
        return 0
    head_ids = head.astype("int64") + np.arange(len(doc))
    # only under a verb with a "hebben" auxiliary (most passive subjects are under "worden")
    perfect = set(head_ids[hebben_aux].tolist())
    cands = [i for i in passive_subject if int(head_ids[i]) in perfect]
    if not cands:
        return 0
    heads, deps, lemmas = head_ids.tolist(), dep.tolist(), lemma.tolist()
    aux, nsubj, passive_label = _sid(doc, "aux"), _sid(doc, "nsubj"), _sid(doc, "nsubj:pass")
    hebben = _ids(doc, frozenset({"hebben"}))
    passive = _ids(doc, frozenset({"worden", "zijn"})) | {_sid(doc, "aux:pass")}
    changed = 0
    for i in cands:
        v = heads[i]
        if v == i or pos[v] != VERB:
            continue
        kids = [k for k in (head_ids == v).nonzero()[0].tolist() if k != v]
        if not any(deps[k] == aux and lemmas[k] in hebben for k in kids):
            continue
        if any(deps[k] in passive or lemmas[k] in passive for k in kids):
            continue
        if morph_get(doc[v], "VerbForm") != ["Part"]:
            continue
        if any(deps[k] == nsubj and k < i for k in kids):
            doc[i].dep_ = "obj"
            changed += 1
        elif not any(deps[k] == nsubj for k in kids) and i == min(
            k for k in kids if deps[k] in (nsubj, passive_label)
        ):
            # no subject at all: the first "passive subject" before the auxiliary is the
            # subject ("Minister Michel heeft ... excuses aangeboden", both read nsubj:pass)
            first_aux = min(k for k in kids if deps[k] == aux and lemmas[k] in hebben)
            if i < first_aux:
                doc[i].dep_ = "nsubj"
                deps[i] = nsubj  # a later "passive subject" of the verb is then its object
                changed += 1
    return changed


def subordinate_subject_to_its_clause(doc) -> int:
    """ "Nadat Rusland Oekraïne was binnengevallen, legde de EU het land sancties op" is parsed
    with "Rusland" as the main verb's subject. A noun phrase inside a fronted clause opened by a
    subordinator and closed by the comma before the finite main verb belongs to that clause; the
    main clause's subject is the first bare noun phrase after its finite verb (Dutch inversion),
    when an object follows it. Changes ``doc`` in place; returns the tokens changed."""

    dep, head, pos, lower, start = _attr(doc, DEP, HEAD, POS, LOWER, SENT_START)
    idx = np.arange(len(doc))
    heads = head.astype("int64") + idx
    # a subject two or more words before a root that a comma precedes, in a sentence that opens
    # with a subordinator (the few candidates are then read as Tokens)
    cands = (dep == _sid(doc, "nsubj")) & (heads > idx + 1)
    cands &= dep[heads] == _sid(doc, "ROOT")
    cands &= lower[np.maximum(heads - 1, 0)] == doc.vocab.strings[","]
    if not cands.any():
        return 0
    first = np.maximum.accumulate(np.where(start == 1, idx, 0))
    cands &= pos[first] == SCONJ
    changed = 0
    for i in cands.nonzero()[0].tolist():
        s = doc[i]
        v = s.head
        if v.pos_ not in ("VERB", "AUX"):
            continue
        clause = [c for c in v.children if c.dep_ == "advcl" and i < c.i < v.i]
        after = [
            c
            for c in v.children
            if c.i > v.i
            and c.dep_ in ("obj", "iobj", "nsubj", "nsubj:pass")
            and c.pos_ in ("NOUN", "PROPN", "PRON")
            and not any(g.dep_ == "case" for g in c.children)
        ]
        if not clause or len(after) < 2:
            continue
        s.head = clause[0]
        after[0].dep_ = "nsubj"
        for c in after[1:]:
            if c.dep_ == "nsubj":
                c.dep_ = "obj"
        changed += 2
    return changed


def shared_subject_of_a_conjunct(doc, takes_object) -> int:
    """ "Het leger trok de grens over en viel Zuid-Korea binnen" is parsed with "Zuid-Korea" as
    the subject of "viel". A finite verb conjoined right after "en" shares the first verb's
    subject, so the one noun phrase after it, read as its subject, is its object (a conjunct
    with a subject of its own after a fronted word, "en toen viel Rusland Georgië binnen", does
    not start right after "en"). Only for a verb the dictionary codes with an object
    (``takes_object(lemma)``): "en ontstonden de eerste files" has its subject after the verb.
    Changes ``doc`` in place; returns the tokens relabelled."""

    dep, lower, pos = _attr(doc, DEP, LOWER, POS)
    after_en = np.zeros(len(doc), dtype=bool)
    after_en[1:] = lower[:-1] == doc.vocab.strings["en"]
    changed = 0
    for i in ((dep == _sid(doc, "conj")) & after_en & (pos == VERB)).nonzero()[0].tolist():
        v = doc[i]
        first = v.head
        if v.pos_ != "VERB" or first.pos_ not in ("VERB", "AUX") or first.i >= i:
            continue
        if morph_get(v, "VerbForm") != ["Fin"] or not takes_object(v.lemma_.lower()):
            continue
        if not any(c.dep_ == "nsubj" and c.i < first.i + 8 for c in first.children):
            continue
        kids = list(v.children)
        subjects = [c for c in kids if c.dep_ in ("nsubj", "nsubj:pass")]
        if len(subjects) != 1 or subjects[0].i < i or subjects[0].pos_ not in ("NOUN", "PROPN"):
            continue
        if any(c.dep_ in ("obj", "iobj", "cop", "aux:pass") for c in kids):
            continue
        subjects[0].dep_ = "obj"
        changed += 1
    return changed


def both_and_coordination(doc, lowers) -> int:
    """ "zowel A als B" (both A and B) read as A plus a clause or phrase "als B" ("as B"):
    "Poetin heeft zowel Milosevic als Kostunica ontmoet" gave Kostunica as a conjunct of
    "heeft" and Milosevic of "Belgrado". B becomes A's conjunct ("als" its ``cc``), and A, if
    not already an argument of the clause's verb, that verb's object (after the verb) or subject
    (before it) when the parser left it as a conjunct, ``dep`` or clause ("in zowel België als
    Hongarije" keeps its preposition's attachment). ``lowers``: the lower-case forms of the tokens. Returns the count."""
    changed = 0
    n = len(doc)
    for zi in [i for i, w in enumerate(lowers) if w == "zowel"]:
        a_i = next((k for k in range(zi + 1, min(zi + 6, n)) if doc[k].pos_ in NAME_POS), None)
        if a_i is None:
            continue
        als = next((k for k in range(a_i + 1, min(a_i + 8, n)) if lowers[k] == "als"), None)
        if als is None or any(doc[k].pos_ in ("VERB", "AUX") for k in range(a_i + 1, als)):
            continue  # "zowel gewassen verbouwd als dieren gehouden": clauses, not names
        b_i = next((k for k in range(als + 1, min(als + 5, n)) if doc[k].pos_ in NAME_POS), None)
        if b_i is None:
            continue
        a, b = doc[a_i], doc[b_i]
        verb = b.head
        while verb.head.i != verb.i and (verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "aux"):
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or a.is_ancestor(verb) or b.is_ancestor(verb):
            continue
        if a.dep_ in ("conj", "dep", "advcl") and doc[zi - 1].pos_ != "ADP":
            # before the finite verb (the prefield) A is the subject; after it, the object when
            # the verb has a subject already ("Poetin heeft zowel X als Y ontmoet")
            finite = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "aux:pass")])
            subject = any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children if c.i != a.i)
            a.head = verb
            a.dep_ = "obj" if a.i > finite and subject else "nsubj"
        if b.is_ancestor(a):
            continue
        b.head, b.dep_ = a, "conj"
        doc[als].head, doc[als].dep_ = b, "cc"
        doc[zi].head, doc[zi].dep_ = a, "cc:preconj"
        changed += 1
    return changed


def named_object_before_its_complement(doc) -> int:
    """ "Peking noemt Amerikaanse importheffingen 'een grap'", "Schoof noemt vertrek van de PVV
    'onverantwoordelijk'": "noemen" takes an object and then what it is called, and the parser
    often makes the object the ``xcomp`` (and the name the ``obj``, or a conjunct of the
    object). The first becomes the ``obj``, the second the verb's ``xcomp``. Changes ``doc`` in
    place; returns the count."""

    if "noemen" not in doc.vocab.strings:
        return 0
    lemma, pos = _attr(doc, LEMMA, POS)
    verbs = ((lemma == doc.vocab.strings["noemen"]) & (pos == VERB)).nonzero()[0]
    changed = 0
    for i in verbs.tolist():
        v = doc[i]
        kids = list(v.children)
        x = next((c for c in kids if c.dep_ == "xcomp" and c.i > i and c.pos_ in NOMINAL), None)
        if x is None:
            continue
        later = next((c for c in kids if c.dep_ == "obj" and c.i > x.i), None)
        if later is None and not any(c.dep_ == "obj" for c in kids):
            # the name hung on the object: a conjunct or apposition after it
            later = next(
                (
                    c
                    for c in x.children
                    if c.dep_ in ("conj", "appos")
                    and c.i > x.i
                    and c.pos_ in ("ADJ", *NOMINAL)
                    and not any(g.dep_ == "cc" and g.i < c.i for g in c.children)
                ),
                None,
            )
            if later is not None:
                later.head = v
        if later is None:
            continue
        x.dep_, later.dep_ = "obj", "xcomp"
        changed += 1
    return changed


NOMINAL = ("NOUN", "PROPN", "PRON", "VERB")  # a noun the tagger read as a verb ("regeerakkoord")


END_PUNCT_WORDS = frozenset(END_PUNCT)


def trailing_name_is_object(doc, starts: list[int]) -> int:
    """ "Mali en Niger verlaten Ecowas\n\n": the parser ended the sentence before the title's
    last name, a verbless sentence of its own up to the line break. A fragment of at most
    three words with no verb, started in the middle of a line and ending at a line break (or
    the text's end), is the object of the verb that heads the sentence before it, when that
    verb has none. ``starts``: the sentence starts. Changes ``doc`` in place; returns the
    count."""
    changed = 0
    ends = [*starts[1:], len(doc)]
    if len(starts) < 2:
        return 0
    # on the columns first: most sentences start after a full stop or a space token
    lower, space = _attr(doc, LOWER, IS_SPACE)
    before = np.asarray(starts[1:], dtype=np.int64) - 1
    ended = _one_of(lower[before], tuple(_ids(doc, END_PUNCT_WORDS))) | (space[before] == 1)
    for k in (np.flatnonzero(~ended) + 1).tolist():
        s, e = starts[k], ends[k]
        prev = doc[s - 1]
        if prev.text in END_PUNCT or prev.is_space or "\n" in prev.whitespace_:
            continue  # a sentence's own start, after its full stop or on a new line
        while e > s and doc[e - 1].is_space:
            e -= 1
        if not 0 < e - s <= 3 or (
            e < len(doc) and not doc[e].is_space and "\n" not in doc[e - 1].whitespace_
        ):
            continue
        frag = doc[s:e]
        if any(t.pos_ in ("VERB", "AUX") for t in frag):
            continue
        root = next((t for t in frag if t.head.i == t.i or not s <= t.head.i < e), None)
        verb = doc[starts[k - 1] : s].root
        if root is None or root.pos_ not in ("PROPN", "NOUN") or verb.pos_ != "VERB":
            continue
        if any(c.dep_ in ("obj", "ccomp", "xcomp") for c in verb.children):
            continue
        root.head, root.dep_ = verb, "obj"
        changed += 1
    return changed


# pronominal adverbs that stand for the complement a verb's infinitive spells out ("beschuldigt
# X ervan ... te", "roept X ertoe op ... te", "wijst X erop dat")
ER_WORDS = frozenset(
    {"ervan", "ertoe", "erop", "erover", "ermee", "erin", "eraan", "erom", "ervoor", "erbij"}
)


def object_before_er_word_to_main_verb(doc, present: Iterable[str] = ER_WORDS) -> int:
    """ "Timmermans beschuldigt het kabinet ervan de armste landen te laten betalen": the parser
    hung "het kabinet" (with "ervan" under it) on the infinitive, so the accusation had no
    object. A noun between a finite verb and its "ervan"/"ertoe"/... that the verb's own
    infinitive clause holds is the finite verb's object, and the er-word its oblique.
    ``present``: the er-words the article holds, when the caller knows them. Changes ``doc`` in
    place; returns the count."""

    (lower,) = _attr(doc, LOWER)
    changed = 0
    for i in _where_words(doc, lower, present):
        er = doc[i]
        n = er.head if er.head.pos_ in ("NOUN", "PROPN", "PRON") else doc[i - 1] if i else er
        if n.i >= i or n.pos_ not in ("NOUN", "PROPN", "PRON") or n.dep_ != "obj":
            continue
        inf = n.head
        main = inf.head
        if (
            inf.pos_ != "VERB"
            or inf.i < i
            or not n.i < i <= n.right_edge.i + 1
            or morph_get(inf, "VerbForm") != ["Inf"]
            or not any(c.lower_ == "te" for c in inf.children)
            or inf.dep_ not in ("xcomp", "ccomp", "advcl")
            or main.pos_ != "VERB"
            or not main.i < n.i
            or any(c.dep_ == "obj" for c in main.children)
            or any(t.pos_ in ("VERB", "AUX") for t in doc[main.i + 1 : n.i])
        ):
            continue
        n.head, n.dep_ = main, "obj"
        er.head, er.dep_ = main, "obl"
        changed += 1
    return changed


PREFIELD_COORDINATORS = frozenset({"en", "of"})
PHRASE_INNER = frozenset({"nmod", "flat", "compound", "appos"})


def prefield_conjunct_read_as_argument(doc) -> int:
    """ "De Colombiaanse regering en de rebellen hebben een akkoord ondertekend": a main clause
    holds one phrase before its finite verb, so a noun after "en"/"of" there is a conjunct of
    the subject before it. The parser often made it the verb's object ("de rebellen" signed
    nothing) or made the first noun the root and the verb its conjunct. A noun phrase opening
    the sentence, "en"/"of", a second noun phrase hung on the verb as object, and right after it
    the finite verb: the second phrase joins the first, which is the verb's subject. Changes
    ``doc`` in place; returns the count."""
    lower, pos, start = _attr(doc, LOWER, POS, SENT_START)
    ids = tuple(_ids(doc, PREFIELD_COORDINATORS))
    if not ids:
        return 0
    n = len(doc)
    nouns = _one_of(pos, (NOUN, PROPN))
    # "en" after a noun (read on the columns: "en" stands in most sentences)
    cands = _one_of(lower, ids)
    cands[0] = False
    cands[1:] &= nouns[:-1]
    changed = 0
    noun_at = nouns.tolist()  # (a list slice costs less than an array's per candidate)
    for ci in cands.nonzero()[0].tolist():
        if ci < 2 or ci + 2 >= n or not any(noun_at[ci + 1 : ci + 5]):
            continue
        c = doc[ci]
        first = doc[ci - 1]
        while first.dep_ in PHRASE_INNER and first.head.i < first.i:
            first = first.head  # "de minister van Defensie": up to the phrase's head
        if first.pos_ not in NAME_POS or start[first.left_edge.i] != 1:
            continue  # only a phrase that opens its sentence (the prefield)
        second = next(
            (t for t in doc[ci + 1 : ci + 5] if t.pos_ in NAME_POS and t.head.i > t.i), None
        )
        if second is None or second.dep_ not in ("obj", "iobj", "nsubj", "nsubj:pass"):
            continue  # (a second subject of the verb: the coder would make it its object)
        if any(
            t.pos_ not in ("DET", "ADJ", "NUM", "PROPN", "NOUN") for t in doc[ci + 1 : second.i]
        ):
            continue
        after = second.right_edge.i + 1
        finite = doc[after] if after < n else None
        if finite is None or finite.pos_ not in ("VERB", "AUX"):
            continue
        form = morph_get(finite, "VerbForm")
        if "Fin" not in form and not (
            # a plural present has the infinitive's form: "voeren", read as one in "A en B voeren"
            "Inf" in form and first.dep_ == "ROOT" and finite.head.i == first.i
        ):
            continue
        verb = second.head  # the clause's verb: the finite verb or the participle it is aux of
        if verb.i == finite.i and finite.dep_.startswith("aux"):
            verb = finite.head
        if verb.i != finite.i and not (finite.head.i == verb.i and finite.dep_.startswith("aux")):
            continue
        subject = first.head.i == verb.i and first.dep_.startswith("nsubj")
        if not subject:
            if not (first.dep_ == "ROOT" and verb.head.i == first.i and verb.dep_ == "conj"):
                continue
            # "A en B voeren besprekingen" read as "A" plus a clause "en B voeren ...": the verb
            # takes the root and the words that hung on the noun after it
            verb.head, verb.dep_ = verb, "ROOT"
            for t in first.children:
                if t.i > second.i:
                    t.head = verb
            first.head, first.dep_ = verb, "nsubj"
        second.head, second.dep_ = first, "conj"
        c.head, c.dep_ = second, "cc"
        changed += 1
    return changed
