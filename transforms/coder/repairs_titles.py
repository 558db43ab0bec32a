"""Repairs of news titles, which drop articles and auxiliaries and which the parser, trained
on full sentences, reads worst: a verbless title, a finite "uit" read as the preposition, a
last noun read as a copula."""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, HEAD, IS_SPACE, LOWER, POS, SENT_START
from spacy.symbols import NOUN, PUNCT, VERB

from .actors import SURNAME_PARTICLES
from .doc_arrays import morph_get
from .repair_arrays import _attr, _ids, _sid, _verbal


def headline_verb_read_as_noun(
    doc, sent_starts: list[int], verb_form, lowers: list[str] | None = None
) -> int:
    """A headline without articles parsed with no verb at all ("Israëlisch leger doodt tientallen
    Palestijnen in Gaza": "doodt" a noun under "leger"): the first lower-case present singular
    form of a dictionary verb after a noun becomes the root; the noun phrase before it is its
    subject, the phrases after it its object and obliques. ``verb_form(word)`` says whether a
    word is a form of a dictionary verb; ``lowers``: the tokens' lower-case forms, if known
    (else read from their string ids). Changes ``doc`` in place; returns the count."""

    pos, dep, lower, space = _attr(doc, POS, DEP, LOWER, IS_SPACE)
    strings = doc.vocab.strings
    # a start inside a line, after no punctuation, is the parser cutting the title in two
    # ("Von der Leyen en Trump | sluiten handelsakkoord in Schotland"): one title
    sent_starts = [
        s for s in sent_starts if s == 0 or pos[s - 1] == PUNCT or space[s - 1] or space[s]
    ]
    verbal = _verbal(pos)
    modifier = (
        (dep == _sid(doc, "amod")) | (dep == _sid(doc, "nmod")) | (dep == _sid(doc, "compound"))
    )
    # verbs before each token: a sentence has one if the count grows over it
    verbs_before = np.concatenate(([0], np.cumsum(verbal & ~modifier)))
    changed = 0
    bounds = [*sent_starts, len(doc)]
    edges = np.array(bounds)
    # short sentences without a verb (a clause with its verb, or a finite form read as a
    # modifier, is repaired elsewhere)
    verbless = (edges[1:] - edges[:-1] <= 16) & (
        verbs_before[edges[1:]] == verbs_before[edges[:-1]]
    )
    for k in verbless.nonzero()[0].tolist():
        lo, hi = bounds[k], bounds[k + 1]
        words = (
            lowers[lo + 1 : hi]
            if lowers is not None
            else map(strings.__getitem__, lower[lo + 1 : hi].tolist())
        )
        if not any(map(verb_form, words)):
            continue  # no dictionary verb form after the first word (Token.lower_, no Token)
        toks = doc[lo:hi]
        v = next(
            (
                t
                for t in toks
                if t.i > lo
                and t.lower_ == t.text
                and verb_form(t.lower_)
                and doc[t.i - 1].pos_ in ("NOUN", "PROPN")
                and (
                    t.lower_.endswith("t")
                    or _after_named_pair(doc, lo, t.i)
                    or _after_plural_subject(doc, lo, t.i)
                )
            ),
            None,
        )
        if v is None:
            continue
        moved = [
            t for t in toks if t.i != v.i and (t.head.i == t.i or (t.head.i < v.i) != (t.i < v.i))
        ]
        v.head = v
        v.dep_ = "ROOT"
        v.pos_ = "VERB"
        has_obj = False
        for t in moved:  # in document order
            if (
                t.i > v.i + 1
                and t.text[:1].isupper()
                and doc[t.i - 1].pos_ == "NOUN"
                and not any(c.dep_ == "case" for c in t.children)
            ):
                # a name cut off after its noun ("uit West-Afrikaanse unie | Ecowas") is the
                # noun's apposition
                t.head, t.dep_ = doc[t.i - 1], "appos"
                continue
            t.head = v
            if t.i < v.i:
                t.dep_ = "nsubj"
            else:
                has_obj = _argument_after_verb(t, has_obj)
        changed += 1
    return changed


def _argument_after_verb(t, has_obj: bool) -> bool:
    """Label a phrase a repair moved under a title's new root verb, after the verb: with a
    preposition an oblique, the first bare noun phrase the object, the rest obliques
    (punctuation keeps its label). Returns whether the verb now has its object."""
    if any(c.dep_ == "case" for c in t.children):
        t.dep_ = "obl"
    elif not has_obj and t.pos_ in ("NOUN", "PROPN", "NUM"):
        t.dep_ = "obj"
        return True
    elif t.dep_ != "punct":
        t.dep_ = "obl"
    return has_obj


def _after_named_pair(doc, lo: int, i: int) -> bool:
    """A plural verb form right after two coordinated names that open the headline ("Israël en
    Hamas stemmen in met ...", "China en de VS sluiten handelsakkoord")."""
    if not doc[i].lower_.endswith("en") or i - lo < 3:
        return False
    words = [t for t in doc[lo:i]]
    return (
        words[0].pos_ == "PROPN"
        and doc[i - 1].pos_ == "PROPN"
        and any(t.lower_ == "en" for t in words[1:-1])
        and all(t.pos_ in ("PROPN", "CCONJ", "PUNCT", "DET") for t in words)
    )


# counts that open a title as nouns of their own ("Tientallen doden bij aanval")
_COUNTS = frozenset({"tientallen", "honderden", "duizenden", "tienduizenden", "miljoenen"})


def _after_plural_subject(doc, lo: int, i: int) -> bool:
    """A plural verb form right after a plural noun phrase that opens the title ("RSF-milities
    doden honderden mensen", "Relschoppers vernielen partijkantoor"): the tagger reads both as
    nouns. Not after a count ("Tientallen doden bij ..."), where the form is a noun."""
    if not doc[i].lower_.endswith("en") or i - lo < 1:
        return False
    subj = doc[i - 1]
    if subj.pos_ != "NOUN" or subj.lower_ in _COUNTS or not doc[lo].text[:1].isupper():
        return False
    plural = "Plur" in morph_get(subj, "Number") or subj.lower_.endswith(("s", "en"))
    # the phrase may coordinate and count ("Tienduizenden leraren en ambtenaren betogen")
    return plural and all(
        t.pos_ in ("NOUN", "ADJ", "DET", "PROPN", "CCONJ", "NUM") for t in doc[lo:i]
    )


def uit_read_as_preposition(doc, expressed: frozenset[str]) -> int:
    """A title's finite "uit" (uiten, "to voice") read as the preposition: "Trump uit felle
    kritiek op Poetin", "Macron uit zorgen over Russische dreiging" get no verb at all (the
    parser may even split the name off as a sentence of its own). A "uit" right after a noun
    phrase (names, nouns, adjectives) that opens a sentence, before a noun that is voiced
    (``expressed``: the cue words of the dictionary's "uiten" rows), becomes the root verb: the
    phrase before it its subject, the noun its object, and phrases after it that hung on the
    subject hang on the object. Changes ``doc`` in place; returns the count."""

    (lower,) = _attr(doc, LOWER)
    changed = 0
    for i in (lower == doc.vocab.strings["uit"]).nonzero()[0].tolist():
        t = doc[i]
        if t.pos_ != "ADP" or i == 0:
            continue
        j = i
        while j > 0 and doc[j - 1].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "X"):
            j -= 1
            if doc[j].is_sent_start:
                break
        if (
            j == i
            or not (j == 0 or doc[j].is_sent_start)
            or doc[i - 1].pos_ not in ("PROPN", "NOUN")
        ):
            continue
        end = t.sent.end
        k = i + 1
        while k < end and doc[k].pos_ in ("ADJ", "ADV"):
            k += 1
        if k >= end or (doc[k].lemma_.lower() not in expressed and doc[k].lower_ not in expressed):
            continue
        subj, noun = _phrase_head(doc[j:i]), doc[k]
        roots = [w for w in doc[j:end] if w.head.i == w.i and w.i != i]
        hung = [w for w in doc[k + 1 : end] if j <= w.head.i < i]
        t.head, t.dep_, t.pos_ = t, "ROOT", "VERB"
        t.set_morph("VerbForm=Fin")
        for r in roots:
            r.head = t
        subj.head, subj.dep_ = t, "nsubj"
        noun.head, noun.dep_ = t, "obj"
        for w in hung:
            w.head = noun
        changed += 1
    return changed


def _phrase_head(span):
    """The token of ``span`` whose head lies outside it (its last such token)."""
    heads = [w for w in span if not (span.start <= w.head.i < span.end) or w.head.i == w.i]
    return heads[-1] if heads else span[-1]


def noun_read_as_copula(doc) -> int:
    """A title's last noun that is also a form of "staan", "zijn" or "worden" ("Spanje en Ierland
    erkennen Palestijnse staat"): the parser reads "staat" as the ``cop`` of the verb before
    it. A copula takes no adjective or article of its own and never serves a verb, so with one
    of those it is the verb's object (or the noun of its phrase). Changes ``doc`` in place;
    returns the count."""

    dep, head, pos = _attr(doc, DEP, HEAD, POS)
    idx = np.arange(len(doc))
    heads = head.astype("int64") + idx
    cops = (dep == _sid(doc, "cop")) & (pos[heads] == VERB) & (heads < idx)
    changed = 0
    for i in cops.nonzero()[0].tolist():
        t = doc[i]
        if not any(c.dep_ in ("amod", "det") and c.i < t.i for c in t.children):
            continue
        verb = t.head
        t.pos_ = "NOUN"
        t.dep_ = "obj" if not any(c.dep_ == "obj" for c in verb.children) else "dep"
        changed += 1
    return changed


def name_split_from_its_verb(doc, verb_form, lowers: list[str] | None = None) -> int:
    """A title the parser cut in two after its first name ("Trump | verhoogt heffingen op
    Chinese goederen"): a "sentence" of names and nouns only, without punctuation, right before
    one that opens with a lower-case form of a dictionary verb (``verb_form(word)``), is that
    verb's subject, and a subject the parser found after the verb is its object. ``lowers``:
    the tokens' lower-case forms, if known (else read from their string ids). Changes ``doc``
    in place; returns the count."""

    start, lower = _attr(doc, SENT_START, LOWER)
    strings = doc.vocab.strings
    firsts = (start == 1).nonzero()[0]
    changed = 0
    for s, w in zip(firsts.tolist(), lower[firsts].tolist()):
        if s == 0 or not verb_form(lowers[s] if lowers is not None else strings[w]):
            continue  # most sentences open with no verb form (read on the columns)
        v = doc[s]
        if v.text != v.lower_ or v.pos_ not in ("VERB", "AUX", "NOUN"):
            continue
        first = doc[s - 1].sent
        if len(first) > 4 or any(w.pos_ not in ("PROPN", "NOUN", "DET", "ADJ") for w in first):
            continue
        roots = [w for w in first if w.head.i == w.i]
        if len(roots) != 1 or v.head.i != v.i:
            continue
        later = [c for c in v.children if c.dep_ == "nsubj" and c.i > v.i]
        roots[0].head, roots[0].dep_ = v, "nsubj"
        v.pos_ = "VERB"
        for c in later:
            c.dep_ = "obj"
        changed += 1
    return changed


def headline_passive_subject(doc) -> int:
    """A title's passive has no auxiliary ("Oppositieleider gearresteerd door Turkse politie"):
    the parser makes the bare noun before the participle an ``obl`` or ``obj``. A participle
    that heads its sentence with a "door" agent and no auxiliary takes the bare noun before it
    (no preposition) as its passive subject. Changes ``doc`` in place; returns the count."""

    (dep,) = _attr(doc, DEP)
    agents = (dep == _sid(doc, "obl:agent")).nonzero()[0]
    changed = 0
    for i in agents.tolist():
        part = doc[i].head
        if (
            part.dep_ != "ROOT"
            or part.pos_ != "VERB"
            or morph_get(part, "VerbForm") != ["Part"]
            or part.i > i
        ):
            continue
        kids = list(part.children)
        if any(c.dep_ in ("aux", "aux:pass", "nsubj", "nsubj:pass", "cop") for c in kids):
            continue
        bare = [
            c
            for c in kids
            if c.dep_ in ("obl", "obj")
            and c.i < part.i
            and c.pos_ in ("NOUN", "PROPN")
            and not any(g.dep_ == "case" for g in c.children)
        ]
        if len(bare) == 1:
            bare[0].dep_ = "nsubj:pass"
            changed += 1
    return changed


_PARTICLES = frozenset(SURNAME_PARTICLES)


def name_particle_read_as_case(doc, tok_mention: dict) -> int:
    """A dictionary name that opens with a particle ("Van Grieken noemt ...", "Van Weel
    ontbiedt ..."): the parser reads "Van" as a preposition and the name as an oblique. The
    particle joins the name, and the name before its verb is the subject when the verb has
    none before it (a subject after the verb becomes its object). Changes ``doc`` in place;
    returns the count."""

    if not tok_mention:
        return 0
    (lower,) = _attr(doc, LOWER)
    particles = _ids(doc, _PARTICLES)
    changed = 0
    for m in {id(m): m for m in tok_mention.values()}.values():
        if m.end - m.start < 2 or int(lower[m.start]) not in particles:
            continue
        first = doc[m.start]
        if first.dep_ != "case" or first.head.i not in range(m.start, m.end):
            continue
        name = first.head
        first.pos_, first.dep_ = "PROPN", "flat"
        changed += 1
        verb = name.head
        if (
            name.dep_ not in ("obl", "obl:arg")
            or verb.pos_ != "VERB"
            or name.i > verb.i
            or any(c.dep_ == "case" for c in name.children)
            or any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i for c in verb.children)
        ):
            continue
        for c in verb.children:
            if c.dep_ == "nsubj" and c.i > verb.i:
                c.dep_ = "obj"
        name.dep_ = "nsubj"
    return changed


def role_read_as_case(doc) -> int:
    """ "Vooruit-voorzitter Rousseau dreigde ...": a role noun whose first part is a word the
    parser knows as a preposition or adverb ("Vooruit", "Voor", "Samen") comes out as the
    ``case`` of the name after it, and the name as an oblique. A noun is never a case: it heads
    the phrase again with the name as its apposition ("premier Verhofstadt"), and before its
    verb it is the subject when the verb has none before it. Changes ``doc`` in place; returns
    the count."""
    pos, dep = _attr(doc, POS, DEP)
    found = ((dep == _sid(doc, "case")) & (pos == NOUN)).nonzero()[0].tolist()
    changed = 0
    for i in found:
        role = doc[i]
        name = role.head
        if name.i != i + 1 or name.pos_ != "PROPN":
            continue
        verb = name.head
        role.head = role if name.head.i == name.i else verb
        role.dep_ = name.dep_
        name.head, name.dep_ = role, "appos"
        changed += 1
        if (
            role.dep_ in ("obl", "obl:arg")
            and verb.pos_ in ("VERB", "AUX")
            and role.i < verb.i
            and not any(c.dep_ == "case" for c in role.children)
            and not any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i for c in verb.children)
        ):
            role.dep_ = "nsubj"
    return changed


def verb_fixed_to_name(doc) -> int:
    """ "OM vervolgt Brabantse wethouder voor omkoping": the parser hung the finite verb on the
    name before it as part of a fixed expression (or on an opening role, past its name, as an
    apposition) and left the name the root with the rest under it. The verb becomes the root, the name its subject, the first bare noun phrase after
    it its object and the phrases with a preposition its obliques. Changes ``doc`` in place;
    returns the count."""

    dep, pos, head = _attr(doc, DEP, POS, HEAD)
    offset = head.astype("int64")
    hung = ((dep == _sid(doc, "fixed")) | (dep == _sid(doc, "flat"))) & (pos == VERB)
    # "CVP-voorzitter Stefaan De Clerck verweet premier X ...": the verb hung on the opening
    # role as another apposition, the role's name between them
    titled = (dep == _sid(doc, "appos")) & (pos == VERB) & (offset < -1)
    changed = 0
    for i in ((hung & (offset == -1)) | titled).nonzero()[0].tolist():
        v = doc[i]
        name = v.head
        if name.dep_ != "ROOT" or name.pos_ not in ("PROPN", "NOUN") or i < 1:
            continue
        if "Fin" not in morph_get(v, "VerbForm"):
            continue
        if v.dep_ == "appos" and any(
            doc[k].is_punct or not name.is_ancestor(doc[k]) for k in range(name.i + 1, i)
        ):
            continue  # only the role's own name between them
        after = [c for c in name.children if c.i > i and not c.is_space]
        v.head, v.dep_ = v, "ROOT"
        name.head, name.dep_ = v, "nsubj"
        has_obj = False
        for c in after:
            c.head = v
            has_obj = _argument_after_verb(c, has_obj)
        changed += 1
    return changed


def role_cut_from_its_name(doc, role_like) -> int:
    """A title's opening role noun that the parser left on its own before a person's name
    ("Korpschef | Knol roept ... op", "Burgemeester | Van Zanen had ... verboden"): the role
    noun takes the name's place as the subject of the verb after it and the name becomes its
    apposition, as the parser reads "Burgemeester Jansen verbiedt ...", so a role with a name
    no dictionary knows still says who acts. ``role_like(tok)`` says whether a token is a role
    noun. Changes ``doc`` in place; returns the count."""

    start, head = _attr(doc, SENT_START, HEAD)
    # a one-token sentence (the next token opens another) that heads nothing
    alone = np.zeros(len(doc), dtype=bool)
    alone[:-1] = (start[:-1] == 1) & (start[1:] == 1) & (head[:-1] == 0)
    changed = 0
    for i in alone.nonzero()[0].tolist():
        r = doc[i]
        if not r.text[:1].isupper() or r.n_lefts or r.n_rights or not role_like(r):
            continue
        name = _name_after(doc, i + 1)
        if not name:
            continue
        inside = {t.i for t in name}
        tops = [t for t in name if t.head.i not in inside or t.head.i == t.i]
        if len(tops) != 1:
            continue
        top = tops[0]
        if top.dep_ in ("nsubj", "obl", "advmod") and top.head.i > name[-1].i:
            verb = top.head
            if top.dep_ != "nsubj" and (
                verb.pos_ != "VERB"
                or any(c.dep_ == "case" and c.i not in inside for c in top.children)
                or any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
            ):
                continue  # a name read as a modifier of a verb with no subject before it
        elif top.head.i == top.i and name[-1].i + 1 < len(doc):
            after = doc[name[-1].i + 1]
            verb = after if after.head.i == after.i else after.head
            if (
                not after.is_sent_start
                or verb.pos_ not in ("VERB", "AUX")
                or verb.head.i != verb.i
                or any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children)
            ):
                continue
        else:
            continue
        for t in name:
            if t.dep_ == "case":  # "Van" of "Van Zanen" read as a preposition
                t.pos_, t.dep_ = "PROPN", "flat"
        r.head, r.dep_ = verb, "nsubj"
        top.head, top.dep_ = r, "appos"
        changed += 1
    return changed


def _name_after(doc, i: int) -> list:
    """The person's name that starts at token ``i``: a name the NER marks PER, else a run of
    capitalised proper nouns, either with its surname particles ("Van Veen")."""
    if doc[i].ent_type_ == "PER" and doc[i].ent_iob_ == "B":
        name = [doc[i]]
        while name[-1].i + 1 < len(doc) and doc[name[-1].i + 1].ent_iob_ == "I":
            name.append(doc[name[-1].i + 1])
        return name
    name = []
    while i < len(doc) and doc[i].text[:1].isupper() and not doc[i].ent_type_:
        if doc[i].pos_ != "PROPN" and doc[i].lower_ not in SURNAME_PARTICLES:
            break
        name.append(doc[i])
        i += 1
    return name if name and name[-1].pos_ == "PROPN" else []


def verb_read_as_fixed(doc) -> int:
    """ "Braziliaanse oud-president Bolsonaro veroordeeld tot 27 jaar cel": the parser hung the
    title's verb on the name before it as part of a fixed expression ("fixed" joins function
    words, never a verb) and left the name the root. The verb becomes the root and the name's
    phrase its subject, passive for a participle ("veroordeeld"). Changes ``doc`` in place;
    returns the count."""
    dep, pos = _attr(doc, DEP, POS)
    fixed = _sid(doc, "fixed")
    if fixed < 0:
        return 0
    changed = 0
    for i in ((dep == fixed) & (pos == VERB)).nonzero()[0].tolist():
        v, name = doc[i], doc[i].head
        if v.pos_ != "VERB" or name.dep_ != "ROOT" or name.i > v.i:
            continue
        if name.pos_ not in ("NOUN", "PROPN") or not v.text.islower():
            continue
        for c in list(name.children):
            if c.i > v.i and c.dep_ != "punct":
                c.head = v
        v.head, v.dep_ = v, "ROOT"
        passive = morph_get(v, "VerbForm") == ["Part"] or v.lower_.startswith("ge")
        name.head, name.dep_ = v, "nsubj:pass" if passive else "nsubj"
        changed += 1
    return changed
