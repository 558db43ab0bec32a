"""Repairs of clause structure the parser gets wrong in the commonest Dutch word order (coder
0.3.14): a main clause with a fronted adverbial and a perfect ("Gisteren heeft de politie de
leider gearresteerd"), where the parser often finds no subject at all."""

from __future__ import annotations

from bisect import bisect_right

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, SENT_START
from spacy.symbols import ADJ, NOUN, PROPN, VERB

from .doc_arrays import morph_get
from .lexicon import HEBBEN_FORMS
from .repair_arrays import _attr, _ids, _one_of, _sentence_starts, _sid
from .repairs_participles import promote_participle

# finite auxiliaries of an active clause: after them a clause cannot be passive, so of two bare
# noun phrases the first is the subject ("zijn" and "worden" also make passives: left alone)
ACTIVE_AUX = frozenset(
    {"hebben", "zullen", "kunnen", "moeten", "mogen", "willen", "gaan", "blijven", "durven"}
)
PASSIVE_AUX = frozenset({"worden", "zijn", "krijgen", "raken"})
# verbs with a predicative noun ("noemde hem een held", "kozen haar tot voorzitter"): their
# ``xcomp`` noun is right
PREDICATIVE_VERBS = frozenset(
    {
        "noemen", "vinden", "achten", "maken", "benoemen", "kiezen", "verklaren", "houden",
        "beschouwen", "heten", "worden", "blijven", "zijn", "lijken", "blijken", "dopen",
        "aanstellen", "uitroepen", "roepen", "tonen", "voelen",
    }
)  # fmt: skip


def _inverted(doc, start: int, finite: int) -> bool:
    """The finite verb follows an adverbial, not a subject: the words before it are one
    adverb ("Gisteren"), a prepositional phrase ("In Kigali", "Na tien dagen onderhandelen") or
    a subordinate clause closed by a comma ("Nadat ..., heeft Israel")."""
    if finite <= start:
        return False
    first = doc[start]
    if first.pos_ == "ADV":
        return finite == start + 1
    if first.pos_ == "ADP":
        return True
    return first.pos_ == "SCONJ" and doc[finite - 1].text == ","


NOMINAL = ("NOUN", "PROPN", "PRON")
WRONG_OBJECT = ("obj", "nsubj:pass", "xcomp", "ccomp")


def subject_after_finite_aux(doc) -> int:
    """A perfect or modal main clause without a subject: the first noun phrase right after the
    finite auxiliary is the subject. "Gisteren heeft de politie de leider gearresteerd" is
    parsed with "politie" as object and "leider" as passive subject (or "Gisteren" as subject);
    Dutch puts the subject of an inverted main clause right after its finite verb, and with
    "hebben" or a modal the clause is active, so the later noun phrase is the object. A noun the
    parser made a clausal complement of such a verb ("tien demonstranten" as ``ccomp``) is its
    object too: a noun heads no clause. Changes ``doc`` in place; returns the tokens relabelled.
    """

    dep, lemma = _attr(doc, DEP, LEMMA)
    active = _ids(doc, ACTIVE_AUX)
    # the few auxiliaries first, then their lemmas (np.isin costs more than the whole test)
    on_aux = (dep == _sid(doc, "aux")).nonzero()[0]
    aux = [i for i, lem in zip(on_aux.tolist(), lemma[on_aux].tolist()) if lem in active]
    changed = 0
    seen: set[int] = set()
    starts: list[int] = []  # read when needed: this repair moves no heads, so they hold
    for i in aux:
        finite = doc[i]
        verb = finite.head
        if verb.i in seen or verb.i <= i or verb.pos_ != "VERB":
            continue
        seen.add(verb.i)
        if finite.lemma_ not in ACTIVE_AUX or morph_get(finite, "VerbForm") == ["Inf"]:
            continue
        if verb.dep_ != "ROOT":
            continue
        starts = starts or _sentence_starts(doc)  # verb.sent.start without two Spans per verb
        if not _inverted(doc, starts[bisect_right(starts, verb.i) - 1], i):
            continue
        kids = list(verb.children)
        if any(c.dep_ == "aux:pass" or c.lemma_ in PASSIVE_AUX for c in kids if c.i != i):
            continue  # "moet gescheiden worden", "had ze toegestuurd gekregen": passive
        subjects = [c for c in kids if c.dep_ in ("nsubj", "nsubj:pass", "csubj", "expl")]
        nominals = [
            c
            for c in kids
            if c.dep_ in WRONG_OBJECT and c.pos_ in NOMINAL and c.i > i and c.i < verb.i
        ]
        if any(c.dep_ == "nsubj" and c.pos_ in NOMINAL for c in subjects):
            continue
        if any(c.dep_ in ("csubj", "expl") for c in subjects):
            continue
        false_subject = [c for c in subjects if c.dep_ == "nsubj" and c.pos_ == "ADV"]
        if not nominals or nominals[0].left_edge.i != i + 1:
            continue
        first = nominals[0]
        if first.pos_ == "PRON" and first.lower_ in ("zich", "elkaar", "er"):
            continue
        rest = [c for c in nominals[1:] if c.dep_ in ("obj", "nsubj:pass", "ccomp")]
        rest += [
            c for c in nominals[1:] if c.dep_ == "xcomp" and verb.lemma_ not in PREDICATIVE_VERBS
        ]
        if not rest and first.dep_ != "nsubj:pass":
            continue  # one noun phrase only: it may be the object of a subjectless imperative
        first.dep_ = "nsubj"
        changed += 1
        for c in rest[:1]:
            c.dep_ = "obj"
            changed += 1
        for c in false_subject:
            c.dep_ = "advmod"
            changed += 1
    return changed


def noun_complement_is_object(doc) -> int:
    """A noun the parser made a clausal complement (``ccomp``) of a verb that has no object:
    "De politie heeft tien demonstranten gearresteerd" with "demonstranten" as ``ccomp``. A noun
    heads no clause unless it has a copula or a subject of its own, so it is the object. Changes
    ``doc`` in place; returns the count."""

    (dep,) = _attr(doc, DEP)
    changed = 0
    for i in (dep == _sid(doc, "ccomp")).nonzero()[0].tolist():
        t = doc[i]
        verb = t.head
        if t.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB" or verb.i == t.i:
            continue
        if any(c.dep_ in ("cop", "nsubj", "nsubj:pass", "mark", "aux", "case") for c in t.children):
            continue
        if any(c.dep_ == "obj" for c in verb.children):
            continue
        t.dep_ = "obj"
        changed += 1
    return changed


CLAUSE_DEPS = frozenset(
    {"ROOT", "conj", "advcl", "ccomp", "xcomp", "acl", "acl:relcl", "parataxis"}
)
DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
DAY_PARTS = ("", "ochtend", "morgen", "middag", "avond", "nacht")
TIME_WORDS = frozenset(d + p for d in DAYS for p in DAY_PARTS) | {"gisteravond", "vannacht"}


def verb_modifiers_are_oblique(doc, touched: list[int] | None = None) -> int:
    """Phrases on a verb the parser labelled as if on a noun or as its object: a "in Moskou"
    ``nmod`` of a finite or participle verb (UD gives verbs ``obl``; only a nominalised
    infinitive with an article, "het afhaken van X", takes ``nmod``), and a bare day
    ("zaterdag", "dinsdagavond") read as object or subject, which is a time adverbial. Both
    hide the clause's real object or place from the coder. Changes ``doc`` in place; returns
    the count (``touched`` gets the tokens changed)."""

    dep, lower, head, pos = _attr(doc, DEP, LOWER, HEAD, POS)
    heads = head.astype("int64") + np.arange(len(doc))
    times = _ids(doc, TIME_WORDS)
    nmod, obj, nsubj = _sid(doc, "nmod"), _sid(doc, "obj"), _sid(doc, "nsubj")
    on_verb = pos[heads] == VERB
    # a subject or object that is a day name, tested on the few arguments of verbs
    args = (on_verb & ((dep == obj) | (dep == nsubj))).nonzero()[0]
    days = [i for i, w in zip(args.tolist(), lower[args].tolist()) if w in times]
    changed = 0
    for i in sorted({*(on_verb & (dep == nmod)).nonzero()[0].tolist(), *days}):
        t = doc[i]
        verb = t.head
        if verb.pos_ != "VERB" or verb.i == t.i or verb.dep_ not in CLAUSE_DEPS:
            continue  # a verb used as a noun ("goedmoedig kafferen op ...") takes nmod
        if int(lower[i]) in times and t.dep_ in ("obj", "nsubj") and not list(t.children):
            t.dep_ = "obl"
            changed += 1
            if touched is not None:
                touched.append(i)
        elif int(lower[i]) in times and t.dep_ in ("obj", "nsubj"):
            # "heeft vannacht doelen van Hezbollah gebombardeerd": the phrase hung on the day
            # is the argument
            arg = next(
                (
                    c
                    for c in t.children
                    if c.i > t.i
                    and c.pos_ in ("NOUN", "PROPN")
                    and not any(g.dep_ == "case" for g in c.children)
                ),
                None,
            )
            if arg is not None:
                rest = [c for c in t.children if c.i > arg.i]
                arg.head, arg.dep_, t.dep_ = verb, t.dep_, "obl"
                for c in rest:
                    c.head = arg
                changed += 1
                if touched is not None:
                    touched.extend((i, arg.i, *(c.i for c in rest)))
        elif t.dep_ == "nmod" and not any(
            c.dep_ in ("det", "case", "nmod:poss") for c in verb.children
        ):
            if any(c.dep_ == "case" for c in t.children):
                t.dep_ = "obl"
                changed += 1
                if touched is not None:
                    touched.append(i)
    return changed


# adjectives that end in -e without inflection ("voldoende melk"): quantifiers, not modifiers
UNINFLECTED_E = frozenset({"voldoende", "genoeg", "diverse", "ettelijke", "talloze"})


def inflected_adjective_to_noun(doc) -> int:
    """An inflected adjective ("Russische", "nieuwe") the parser hung on the verb as ``advmod``
    while a noun follows it: "Polen schiet Russische drones neer". Dutch inflects an adjective
    only before a noun (an adverbial adjective has no -e), so it modifies the next noun, where
    the coder reads whose the drones are. Changes ``doc`` in place; returns the count."""

    dep, pos = _attr(doc, DEP, POS)
    changed = 0
    for i in ((dep == _sid(doc, "advmod")) & (pos == ADJ)).nonzero()[0].tolist():
        t = doc[i]
        if i + 1 >= len(doc) or not t.lower_.endswith("e") or list(t.children):
            continue
        if t.lower_ in UNINFLECTED_E:
            continue
        noun = doc[i + 1]
        if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i != t.head.i:
            continue
        t.head = noun
        t.dep_ = "amod"
        changed += 1
    return changed


def prefield_noun_is_subject(doc) -> int:
    """A bare noun right before the finite main verb, parsed as an adverb or object, when the
    verb has no subject: "Demonstranten vallen de ambassade aan" with "Demonstranten" as
    ``advmod``. The one constituent before a Dutch finite verb is its subject when nothing
    else is (a day name is a time adverbial). Changes ``doc`` in place; returns the count."""

    dep, head, pos, start = _attr(doc, DEP, HEAD, POS, SENT_START)
    heads = head.astype("int64") + np.arange(len(doc))
    root = _sid(doc, "ROOT")
    cands = (
        ((pos == NOUN) | (pos == PROPN))
        & (
            (dep == _sid(doc, "advmod"))
            | (dep == _sid(doc, "dep"))
            | (dep == _sid(doc, "obj"))
            | (dep == _sid(doc, "nmod"))  # "Sjara en Barak praten ...": a bare nmod of a verb
        )
        & (dep[heads] == root)
        & (heads > np.arange(len(doc)))
    )
    changed = 0
    for i in cands.nonzero()[0].tolist():
        t = doc[i]
        j = i
        while j > 0 and doc[j - 1].pos_ in ("DET", "ADJ", "NUM") and start[j] != 1:
            j -= 1
        if j > 0 and start[j] != 1:
            continue  # not the first phrase of its sentence
        sent_start = j
        verb = t.head
        if t.lower_ in TIME_WORDS or any(c.dep_ == "case" for c in t.children):
            continue
        if t.pos_ == "NOUN" and morph_get(t, "Number") != ["Plur"] and t.i == sent_start:
            continue  # a bare singular first word is as often an adverb ("Concreet betekent")
        if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.i != t.right_edge.i + 1:
            continue
        if morph_get(verb, "VerbForm") != ["Fin"]:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "csubj", "expl")]
        if subjects:
            if not (
                t.dep_ == "obj"
                and all(c.dep_ == "nsubj" and c.i > verb.i for c in subjects)
                and _title(doc, verb)
            ):
                continue
            for c in subjects:  # "M23-rebellen veroveren Goma": subject and object swapped
                c.dep_ = "obj"
        t.dep_ = "nsubj"
        changed += 1
    return changed


def _title(doc, t) -> bool:
    """``t``'s sentence is a title: short and ending without punctuation, at a line break or
    the end of the text."""
    sent = t.sent
    words = [w for w in sent if not w.is_space]
    return (
        0 < len(words) <= 16
        and not words[-1].is_punct
        and (sent.end == len(doc) or "\n" in doc[sent.end - 1].text_with_ws + doc[sent.end].text)
    )


def loose_apposition_is_object(doc) -> int:
    """A name (or a noun before the verb's particle) hung as ``appos`` on a verb after it, or a
    name on a time or place phrase it does not follow directly and with no comma before it:
    "heeft in de nacht van zaterdag op zondag Oekraïne aangevallen" (an apposition stands right
    after its noun or after a comma). It is the verb's object. Changes ``doc`` in place; returns
    the count."""

    dep, pos = _attr(doc, DEP, POS)
    changed = 0
    # a name or noun (Token.pos_, from the column); the second reading needs a name
    for i in ((dep == _sid(doc, "appos")) & ((pos == PROPN) | (pos == NOUN))).nonzero()[0].tolist():
        t = doc[i]
        head = t.head
        if (
            head.pos_ == "VERB"
            and head.i < t.i
            and not any(c.dep_ == "obj" for c in head.children)
            # a noun only inside the verb's middle field, before its particle
            and (
                t.pos_ == "PROPN"
                or any(c.dep_ == "compound:prt" and c.i > t.i for c in head.children)
            )
        ):
            # no verb has an apposition: "Mali en Niger verlaten Ecowas", "Georgië schort
            # EU-toetredingsgesprekken op" (headlines)
            t.dep_ = "obj"
            changed += 1
            continue
        if t.pos_ != "PROPN" or head.i >= t.i or head.dep_ not in ("obl", "obl:arg"):
            continue
        verb = head.head
        if verb.pos_ != "VERB" or verb.i <= t.i or t.left_edge.i == 0:
            continue
        before = doc[t.left_edge.i - 1]
        if before.is_punct or before.pos_ == "PUNCT" or before.i == head.i:
            continue  # "de hoofdstad, Kyiv", "president Poetin": a true apposition
        if before.dep_ != "nmod" or before.pos_ not in ("NOUN", "PROPN"):
            continue  # only after a phrase nested in the head ("de nacht van zaterdag op zondag")
        t.head = verb
        t.dep_ = "obj"
        changed += 1
    return changed


def passive_participle_tagged_other(doc, participle) -> int:
    """ "De Russische raket werd neergeschoten door Oekraïne": the tagger read the separable
    participle as a noun ("neergeschoten" NOUN ``xcomp`` of "werd" ROOT), so no verb heads the
    passive. A dictionary participle (``participle(word)``) that is the only ``xcomp`` after a
    "worden" root, with no subject or auxiliary of its own, becomes the root verb and "worden"
    its passive auxiliary; the auxiliary's other dependents move to it, its subject as
    ``nsubj:pass``. Returns the count."""

    dep, lemma = _attr(doc, DEP, LEMMA)
    roots = ((dep == _sid(doc, "ROOT")) & (lemma == _sid(doc, "worden"))).nonzero()[0].tolist()
    changed = 0
    for i in roots:
        root = doc[i]
        parts = [
            c
            for c in root.children
            if c.dep_ == "xcomp"
            and c.i > root.i
            and c.pos_ not in ("VERB", "AUX")
            and participle(c.lower_)
        ]
        if len(parts) != 1 or any(
            c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "cop") for c in parts[0].children
        ):
            continue
        parts[0].pos_ = "VERB"
        promote_participle(root, parts[0], subject_dep="nsubj:pass")  # as UD labels it
        changed += 1
    return changed


# nouns of time and measure: a bare one after the verb is an adverbial ("won drie keer",
# "stegen tien procent"), not the object
MEASURE_WORDS = TIME_WORDS | frozenset(
    {
        "dag", "dagen", "week", "weken", "weekend", "maand", "maanden", "jaar", "jaren", "uur",
        "uren", "minuut", "minuten", "keer", "maal", "eeuw", "decennium", "seizoen", "ochtend",
        "avond", "nacht", "middag", "procent", "euro", "dollar", "kilometer", "meter", "kilo",
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december", "tijd", "moment", "stuk", "deel",
    }
)  # fmt: skip


BARE_NOT = frozenset({"case", "mark", "nummod", "cop", "nsubj", "det", "nmod:poss"})


def bare_oblique_is_object(doc) -> int:
    """A news title drops its articles, and the parser then reads the object as an ``obl``
    without a preposition: "Rusland bestookt Oekraïense energie-infrastructuur met drones",
    "Kremlin wijst vredesplan van de EU af". A bare noun phrase after its verb, with no case,
    no number of its own and not a time or measure, on a verb without an object, is that
    verb's object; a phrase with a determiner is left alone ("dit weekeinde"). Changes ``doc``
    in place; returns the count."""

    dep, head, pos = _attr(doc, DEP, HEAD, POS)
    idx = np.arange(len(doc))
    heads = head.astype("int64") + idx
    # an "nmod" is a noun's dependent: on a verb it is the same misreading ("De VS heffen
    # importheffingen op ...")
    # a name tagged ADJ too ("Mali ... verlaten officieel Ecowas")
    bare = ((dep == _sid(doc, "obl")) | (dep == _sid(doc, "nmod"))) & (
        (pos == NOUN) | (pos == PROPN) | (pos == ADJ)
    )
    bare &= (pos[heads] == VERB) & (heads < idx)
    if not bare.any():
        return 0
    cased = np.zeros(len(doc), dtype=bool)  # has a preposition or determiner
    for label in ("case", "det"):
        cased[heads[dep == _sid(doc, label)]] = True
    changed = 0
    for i in (bare & ~cased).nonzero()[0].tolist():
        t = doc[i]
        verb = t.head  # a verb before it, by the columns
        if verb.dep_ not in CLAUSE_DEPS or t.lower_ in MEASURE_WORDS:
            continue
        if t.pos_ == "ADJ" and not t.text[:1].isupper():
            continue
        if any(c.dep_ in BARE_NOT or c.text in ("(", "[") for c in t.children) or (
            t.left_edge.i > 0 and doc[t.left_edge.i - 1].text in ("(", "[")
        ):
            continue  # a determiner ("dit weekeinde", "alle kanten op"), or in brackets
        if any(c.dep_ in ("obj", "ccomp", "xcomp", "nsubj:pass") for c in verb.children):
            continue
        t.dep_ = "obj"
        changed += 1
    return changed


# with the first person of quotes ("Ik heb ... gezegd")
PERFECT_HEBBEN = HEBBEN_FORMS | {"heb"}


def titled_oblique_before_participle(doc) -> int:
    """ "De Kamer heeft staatssecretaris Struycken gevraagd ...": a title and a name without an
    article between "hebben" and the clause-final participle, parsed as an ``obl`` without a
    preposition, is the participle's object (a perfect clause has no passive subject). Changes
    ``doc`` in place; returns the count."""

    dep, head, pos = _attr(doc, DEP, HEAD, POS)
    idx = np.arange(len(doc))
    heads = head.astype("int64") + idx
    # a bare noun "obl" before its verb (columns first: most documents have none)
    bare = (dep == _sid(doc, "obl")) & (pos == NOUN) & (pos[heads] == VERB) & (heads > idx)
    if not bare.any():
        return 0
    for label in ("case", "det"):  # a preposition phrase or an article: no bare title
        bare[heads[dep == _sid(doc, label)]] = False
    changed = 0
    for i in bare.nonzero()[0].tolist():
        t = doc[i]
        verb = t.head
        kids = list(t.children)
        if any(c.dep_ in ("case", "det", "nummod", "amod") for c in kids) or not any(
            c.dep_ in ("appos", "flat") and c.i == t.i + 1 and c.text[:1].isupper() for c in kids
        ):
            continue  # a title followed by a name only: "staatssecretaris Struycken"
        aux = [c for c in verb.children if c.dep_ == "aux" and c.i < t.i]
        if not aux or not all(c.lower_ in PERFECT_HEBBEN for c in aux):
            continue
        if any(c.dep_ in ("obj", "nsubj:pass") for c in verb.children):
            continue
        t.dep_ = "obj"
        changed += 1
    return changed


# subordinators that open an adverbial clause after a comma (not "dat", "of", relative words:
# ``linear.SUBORDINATORS`` holds every clause opener)
ADVERBIAL_SUBORDINATORS = frozenset(
    {"nadat", "omdat", "terwijl", "toen", "voordat", "zodat", "hoewel", "waarna", "zodra"}
)


def argument_across_a_subordinate_clause(doc) -> int:
    """ "Solana gaf gisteravond het bevel tot luchtaanvallen op Joegoslavië, nadat Milosevic ...
    had geslagen": the parser hung the main clause's object on the verb of the adverbial clause
    after the comma. An argument before a comma and a subordinator, hung on the verb that the
    subordinator opens, belongs to the verb that clause hangs on. Changes ``doc`` in place;
    returns the count."""
    lower, dep = _attr(doc, LOWER, DEP)
    comma = _sid(doc, ",")
    at = (
        _one_of(lower, tuple(_ids(doc, ADVERBIAL_SUBORDINATORS))) & (dep == _sid(doc, "mark"))
    ).nonzero()[0]
    at = at[at >= 2]
    at = at[lower[at - 1] == comma]
    changed = 0
    for k in at.tolist():
        mark = doc[k]
        sub = mark.head
        main = sub.head
        if sub.i <= k or main.i == sub.i or main.i > k:
            continue
        for c in list(sub.children):
            if (
                c.i < k - 1
                and c.dep_ in ("obj", "nsubj", "obl", "iobj")
                and c.pos_
                in (
                    "NOUN",
                    "PROPN",
                )
            ):
                c.head = main
                changed += 1
    return changed


def bare_theme_after_a_named_object(doc, is_verb_form=lambda w: True) -> int:
    """ "Iran heeft Rusland drones geleverd", "De VS hebben Israël raketten verkocht": in a
    clause ending in its verb, a name and then a bare noun right before the verb are its two
    objects (what is given, and to whom). The parser makes the bare noun a modifier (or the
    name its subject) and the name the only object, so the "aan" reading of the indirect object
    is lost. With the clause's subject before the name, the name becomes the ``iobj`` and the
    noun the ``obj``. A plural the tagger took for a verb ("granaten" ``xcomp``) counts as the
    noun when ``is_verb_form`` (the predicate dictionary's verb forms) does not know it; the
    default knows every word, so then none does. Changes ``doc`` in place; returns the count."""
    (pos,) = _attr(doc, POS)
    if len(doc) < 4:
        return 0
    at = np.zeros(len(doc), dtype=bool)  # a verb with a noun (or verb) and a name before it
    at[3:] = (pos[3:] == VERB) & ((pos[2:-1] == NOUN) | (pos[2:-1] == VERB)) & (pos[1:-2] == PROPN)
    changed = 0
    for i in at.nonzero()[0].tolist():
        v = doc[i]
        n, p = doc[v.i - 1], doc[v.i - 2]
        if n.head.i != v.i:
            continue
        noun = n.pos_ == "NOUN" or (
            n.pos_ == "VERB"
            and n.dep_ == "xcomp"
            and not n.n_lefts
            and not n.n_rights
            and not is_verb_form(n.lower_)
        )
        if not noun:
            continue
        if n.dep_ not in ("advmod", "obl", "dep", "nmod", "xcomp") and not (
            n.dep_ == "obj" and p.head.i == n.i
        ):
            continue
        if any(c.dep_ in ("det", "case", "nmod:poss") for c in n.children):
            continue  # a bare noun only: "drones", "raketten"; not "de drones", "met drones"
        if p.head.i not in (v.i, n.i) or p.dep_ not in ("obj", "nsubj"):  # p: PROPN (above)
            continue
        if any(c.i != p.i and c.i != n.i and c.dep_ in ("obj", "iobj") for c in v.children):
            continue
        if not any(c.dep_ == "nsubj" and c.i < p.i for c in v.children):
            continue  # the clause's own subject comes first
        p.head, p.dep_ = v, "iobj"
        n.head, n.dep_ = v, "obj"
        changed += 1
    return changed
