"""Repairs of participles and their auxiliaries (split from ``repairs.py`` and
``repairs_clauses.py``): a perfect or passive auxiliary the parser made the root with its
participle hung below it, the arguments left on the auxiliary, and a participle tagged a
noun."""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, SENT_START
from spacy.symbols import ADJ, AUX, NOUN, VERB

from .common import _case
from .doc_arrays import morph_get
from .lexicon import RELATIVE
from .repair_arrays import _attr, _ids, _in_ids, _one_of, _sid, _verbal

AUX_LEMMAS = ("hebben", "zijn", "worden")
_AUX_IDS: dict[int, bool] = {}  # lemma id -> Token.lemma_.lower() in AUX_LEMMAS


def _aux(strings, lemma: int) -> bool:
    """Whether a lemma id is an auxiliary's (any case), kept per id: no Token per root."""
    found = _AUX_IDS.get(lemma)
    if found is None:
        if len(_AUX_IDS) >= 100_000:
            _AUX_IDS.clear()
        found = _AUX_IDS[lemma] = strings[lemma].lower() in AUX_LEMMAS
    return found


def _attributive_or_present(t) -> bool:
    """A participle that is no perfect's: inflected ("ondertekende") or present ("lopend", the
    lemma plus "d"); "ondertekend", "erkend" and "getekend" end in "-end" too."""
    lower = t.lower_
    return lower.endswith("e") or (lower.endswith("end") and lower == t.lemma_.lower() + "d")


def aux_root_to_participle(doc) -> int:
    """A perfect or passive auxiliary parsed as the root with its participle buried under a noun
    ("Noord-Korea heeft een raket afgevuurd richting Japan": "heeft" ROOT, "afgevuurd" ``acl``
    of "richting"): the participle becomes the root and takes over the auxiliary's dependents.

    Only when the participle has no subject or auxiliary of its own (then it is a clause of its
    own) and the auxiliary no copular complement. Changes ``doc`` in place; returns the count.
    """

    pos, dep, head, lemma = _attr(doc, POS, DEP, HEAD, LEMMA)
    at_root = ((dep == _sid(doc, "ROOT")) & _verbal(pos)).nonzero()[0]
    strings = doc.vocab.strings
    roots = [i for i, lem in zip(at_root.tolist(), lemma[at_root].tolist()) if _aux(strings, lem)]
    if not roots:
        return 0
    # the verbs whose label a buried participle has, by the root they hang under (a Token
    # walk over each root's subtree would cost a Token per word of the sentence)
    clausal = (dep == _sid(doc, "xcomp")) | (dep == _sid(doc, "ccomp"))
    clausal |= (dep == _sid(doc, "advcl")) | (dep == _sid(doc, "acl"))
    clausal |= dep == _sid(doc, "acl:relcl")
    heads = (head.astype("int64") + np.arange(len(doc))).tolist()
    under: dict[int, list[int]] = {}
    for j in (clausal & (pos == VERB)).nonzero()[0].tolist():
        top, steps = j, 0
        while heads[top] != top and steps < len(heads):
            top, steps = heads[top], steps + 1
        under.setdefault(top, []).append(j)
    changed = 0
    for i in roots:
        root = doc[i]
        if morph_get(root, "VerbForm") != ["Fin"]:
            continue
        parts = [
            t
            for t in (doc[j] for j in under.get(i, ()) if j > i)
            if morph_get(t, "VerbForm") == ["Part"]
            and (
                t.dep_ in ("xcomp", "ccomp", "advcl")
                or (t.dep_ == "acl" and (t.i < t.head.i or _after_own_object(t, root)))
                # an "acl" on the auxiliary itself, which no noun clause is ("heeft bij
                # Pakistan een protest ingediend tegen ...")
                or (t.dep_ == "acl" and t.head.i == root.i)
                # a "relative clause" with no relative word ("heeft president Lee gisteren
                # gewaarschuwd")
                or (
                    t.dep_ == "acl:relcl"
                    and _after_own_object(t, root)
                    and not any(
                        c.lower_ in RELATIVE or c.lower_.startswith("waar") for c in t.children
                    )
                )
            )
            and not _attributive_or_present(t)
            and _path_without_verb(t, root)
            and not any(
                c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "mark") for c in t.children
            )
        ]
        subject = any(c.dep_ == "nsubj" and c.i < root.i for c in root.children)
        if not parts and subject and root.lemma_.lower() == "hebben":
            # "Saoedi-Arabië heeft de banden met de Taliban verbroken": the object in the middle
            # field parsed as the participle's own (passive) subject; "hebben" is no passive
            parts = [
                t
                for t in (doc[j] for j in under.get(i, ()) if j > i)
                if t.dep_ == "xcomp"
                and t.head.i == i
                and morph_get(t, "VerbForm") == ["Part"]
                and not _attributive_or_present(t)
                and not any(c.dep_ in ("aux", "aux:pass", "mark", "cop") for c in t.children)
                and [c.i for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")]
                and all(i < c.i < t.i for c in t.children if c.dep_ in ("nsubj", "nsubj:pass"))
            ][:1]
            for t in parts:
                for c in t.children:
                    if c.dep_ in ("nsubj", "nsubj:pass"):
                        c.dep_ = "obj"
        if not parts and subject and root.lemma_.lower() == "hebben":
            # "Barak heeft de Palestijnse leider Arafat opgeroepen ...": the participle parsed
            # as a conjunct (no "en") with the object as its own subject
            parts = [
                t
                for t in root.children
                if t.dep_ == "conj"
                and morph_get(t, "VerbForm") == ["Part"]
                and not any(c.dep_ in ("cc", "mark", "aux", "aux:pass") for c in t.children)
            ]
            for t in parts[:1]:
                for c in t.children:
                    if c.dep_ == "nsubj" and c.i < t.i:
                        c.dep_ = "obj"
        if not parts and subject:
            parts = _split_participle(doc, root)
        if len(parts) != 1 or any(
            c.dep_ in ("cop", "xcomp") and c.pos_ == "ADJ" for c in root.children
        ):
            continue
        promote_participle(root, parts[0])
        changed += 1
    return changed


def _split_participle(doc, root) -> list:
    """ "Irak heeft alle samenwerking met de VN-commissie Unscom stopgezet": the clause-final
    participle made a root of its own right after the auxiliary's clause, no sentence end
    between; it is the auxiliary's participle when it has no subject, auxiliary or object."""
    j = root.right_edge.i + 1
    end = min(len(doc), j + 3)
    part = next((doc[k] for k in range(j, end) if doc[k].dep_ == "ROOT"), None)
    if (
        part is None
        or part.pos_ != "VERB"
        or morph_get(part, "VerbForm") != ["Part"]
        or any(doc[k].is_punct or doc[k].is_space for k in range(root.i, part.i))
        or any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "obj") for c in part.children)
    ):
        return []
    return [part]


def promote_participle(root, part, subject_dep: str | None = None) -> None:
    """Make participle ``part`` the root of the clause the auxiliary ``root`` headed: the
    auxiliary becomes its ``aux`` ("worden": ``aux:pass``) and its other dependents move to
    the participle (a ``nsubj`` relabelled ``subject_dep`` when given)."""
    others = [c for c in root.children if c.i != part.i]
    part.head = part
    part.dep_ = "ROOT"
    root.head = part
    root.dep_ = "aux:pass" if root.lemma_.lower() == "worden" else "aux"
    for c in others:
        c.head = part
        if subject_dep and c.dep_ == "nsubj":
            c.dep_ = subject_dep


def _after_own_object(t, root) -> bool:
    """ "Een rechtbank heeft de danseres veroordeeld tot twaalf jaar": a participle parsed as
    the ``acl`` of the perfect auxiliary's object, after it, is that perfect's verb."""
    head = t.head
    return (
        root.lemma_.lower() == "hebben"
        and head.dep_ == "obj"
        and head.head.i == root.i
        and t.left_edge.i > head.i
        and t.i > head.i
    )


def _path_without_verb(t, root) -> bool:
    """No other verb between ``t`` and its ancestor ``root``: same clause."""
    h = t.head
    while h.i != root.i:
        if h.pos_ in ("VERB", "AUX") or h.i == h.head.i:
            return False
        h = h.head
    return True


def argument_of_aux_to_verb(doc) -> int:
    """A noun phrase hung on an auxiliary belongs to its main verb: "In Congo hebben rebellen een
    dorp aangevallen" ("rebellen" ``obj`` of "hebben"). Right after the finite auxiliary, with
    no subject on the verb, it is the subject (inversion); a subject before the auxiliary stays
    one ("Chávez heeft de ambassadeur uitgewezen"); else an object. Returns the count."""

    dep, head = _attr(doc, DEP, HEAD)
    heads = head.astype("int64") + np.arange(len(doc))  # HEAD is a signed offset stored unsigned
    args = (dep == _sid(doc, "obj")) | (dep == _sid(doc, "nsubj"))
    on_aux = (dep[heads] == _sid(doc, "aux")) | (dep[heads] == _sid(doc, "aux:pass"))
    changed = 0
    for i in (args & on_aux).nonzero()[0].tolist():
        t = doc[i]
        aux = t.head
        if t.dep_ not in ("obj", "nsubj") or aux.dep_ not in ("aux", "aux:pass") or aux.i == t.i:
            continue
        if t.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        verb = aux.head
        t.head = verb
        has_subject = any(c.dep_ in ("nsubj", "nsubj:pass") and c.i != t.i for c in verb.children)
        if t.dep_ == "nsubj" and t.i < aux.i:
            # the prefield subject of a perfect: a second "subject" after "heeft" is its object
            if aux.lemma_.lower() == "hebben":
                for c in verb.children:
                    if c.dep_ in ("nsubj", "nsubj:pass") and c.i > aux.i:
                        c.dep_ = "obj"
        elif has_subject:
            t.dep_ = "obj"
        elif t.dep_ == "obj" and t.left_edge.i == aux.i + 1:
            t.dep_ = "nsubj"
        changed += 1
    return changed


# participles of verbs whose perfect takes "zijn" and that have no adjectival reading
PERFECT_WITH_ZIJN = ("gekomen", "gegaan", "gevallen", "getreden", "gevlucht", "gereisd")


def _as_participle(t) -> None:
    """Tag ``t`` as the past participle it is (the clause reader asks its ``VerbForm``)."""
    if t.pos_ != "VERB" or morph_get(t, "VerbForm") != ["Part"]:
        t.pos_ = "VERB"
        t.set_morph("VerbForm=Part")


def _adverbial(t) -> bool:
    """An uninflected adjective with no article before it modifies a verb, not a noun
    ("heeft Israël rechtstreeks aangevallen"); an attributive one before a plural or a de-noun
    ends in -e ("zware aanvallen")."""
    return (
        t.pos_ == "ADJ"
        and not t.lower_.endswith("e")
        and t.i > 0
        and t.doc[t.i - 1].pos_ not in ("DET", "NUM")
    )


def perfect_participle_tagged_noun(doc, participle_ids: frozenset[int]) -> int:
    """A perfect whose participle the tagger read as a noun at the end of a long clause
    ("Amerikaanse troepen hebben Maduro, die ..., bij een operatie in Caracas gevangengenomen",
    "Troepen hebben tientallen betogers doodgeschoten die ..."): the finite "hebben" or "zijn"
    then heads the clause (or hangs on a noun) and no verb takes the objects. The last word
    after it, before any verb of its own clause, that is a dictionary participle
    (its string id in ``participle_ids``: no string per noun) tagged noun or adjective with no article or adjective before it,
    becomes the clause's root verb; the auxiliary and its dependents move to it, and a noun the
    parser made the root becomes its object. Changes ``doc`` in place; returns the count."""

    pos, dep, lemma, lower, start = _attr(doc, POS, DEP, LEMMA, LOWER, SENT_START)
    # the tagger also reads a root "heeft" with no verb of its own as a main verb
    finite = ((pos == AUX) | (pos == VERB)) & (
        (lemma == _sid(doc, "hebben")) | (lemma == _sid(doc, "zijn"))
    )
    finite &= (dep == _sid(doc, "ROOT")) | ((dep == _sid(doc, "aux")) & (pos == AUX))
    if not finite.any():
        return 0
    # the participles read as nouns or adjectives, found on the columns: most articles have none
    nominal = ((pos == NOUN) | (pos == ADJ)).nonzero()[0]
    parts = nominal[_in_ids(lower[nominal], participle_ids)].tolist()
    if not parts:
        return 0
    sent_ends = [*((start == 1).nonzero()[0].tolist()[1:]), len(doc)]
    changed = 0
    for i in finite.nonzero()[0].tolist():
        end = next(e for e in sent_ends if e > i)
        after = [j for j in parts if i < j < end]
        if not after:
            continue
        aux = doc[i]
        root = aux if aux.dep_ == "ROOT" else aux.head
        if morph_get(aux, "VerbForm") != ["Fin"] or (
            root is not aux and root.pos_ not in ("NOUN", "PROPN")
        ):
            continue
        cands = [
            doc[j]
            for j in after
            if (doc[j - 1].pos_ not in ("DET", "ADJ", "NUM") or _adverbial(doc[j - 1]))
            and doc[j].dep_ not in ("nsubj", "nsubj:pass", "cop")
        ]
        if len(cands) != 1 or any(
            w.pos_ == "VERB" and w.head.i in (aux.i, root.i) and w.dep_ not in ("acl:relcl", "acl")
            for w in doc[i + 1 : cands[0].i]
        ):
            continue
        part = cands[0]
        _as_participle(part)
        part.head = part
        if root is aux:
            promote_participle(aux, part)
        else:
            movers = [
                c for c in root.children if c.dep_ in ("nsubj", "aux", "obl", "punct", "advmod")
            ]
            part.dep_ = "ROOT"
            root.head, root.dep_ = part, "obj"
            for c in movers:
                c.head = part
        changed += 1
    return changed


def copula_on_participle(doc, participle, lowers: list[str] | None = None) -> int:
    """ "Het leger is de regio binnengevallen", "De drone is neergeschoten door het leger":
    the parser labels the perfect or passive "zijn" ``cop`` of a dictionary verb's participle
    (``participle(word)``; often tagged as a plural noun) and may make the object a passive
    subject. With a "door" agent after it, "zijn" is the passive auxiliary (the subject
    ``nsubj:pass``); with a second noun phrase after it (an object, or read as a subject)
    beside a subject before it, the perfect auxiliary and that phrase the object. Else left
    alone: UD reads "zijn" with an adjectival participle as a copula ("was teleurgesteld", "is
    gericht op"). ``lowers``: the tokens' lower-case forms, if known (else read from their
    string ids). Changes ``doc`` in place; returns the count."""

    dep, head, lemma, lower = _attr(doc, DEP, HEAD, LEMMA, LOWER)
    idx = np.arange(len(doc))
    heads = head.astype("int64") + idx
    cops = (dep == _sid(doc, "cop")) & (lemma == _sid(doc, "zijn")) & (heads > idx)
    strings = doc.vocab.strings
    changed = 0
    for i, h in zip(cops.nonzero()[0].tolist(), heads[cops].tolist(), strict=True):
        if not participle(lowers[h] if lowers is not None else strings[int(lower[h])]):
            continue  # the common case: "is groot", "is een land"
        cop = doc[i]
        verb = cop.head
        if verb.pos_ not in ("VERB", "NOUN", "ADJ"):
            continue
        kids = list(verb.children)
        if any(c.dep_ == "aux:pass" for c in kids):
            continue
        if any(
            c.dep_ in ("obl", "nmod")
            and c.i > cop.i
            and any(g.lower_ == "door" for g in c.children)
            for c in kids
        ):
            cop.dep_ = "aux:pass"
            _as_participle(verb)
            for c in kids:
                if c.dep_ == "nsubj":
                    c.dep_ = "nsubj:pass"
                elif c.dep_ == "nmod" and _case(c) == "door":
                    c.dep_ = "obl"  # a verb's phrase is oblique
            changed += 1
        elif any(c.dep_ == "nsubj" and c.i < cop.i for c in kids):
            second = [
                c for c in kids if c.dep_ in ("nsubj:pass", "nsubj", "obj") and cop.i < c.i < verb.i
            ]
            if second:
                cop.dep_ = "aux"
                _as_participle(verb)
                second[0].dep_ = "obj"
                changed += 1
            elif verb.lower_.endswith(PERFECT_WITH_ZIJN):
                # "Rusland en Oekraïne zijn overeengekomen om ...": a verb of coming, going or
                # falling has no adjectival participle; "zijn" is its perfect auxiliary
                cop.dep_ = "aux"
                _as_participle(verb)
                changed += 1
    return changed


def agent_hung_on_a_phrase(doc) -> int:
    """ "X is gisteren in Ramallah door Arafat ontvangen": in a passive clause the parser may
    hang the "door" agent on the phrase before it (a place, an "als" phrase), so the participle
    has no agent and the visit no host. A "door" phrase inside the middle field of a clause
    whose head is a past participle with "zijn" or "worden" before it, hung on another phrase of
    that clause and not on an event noun (``nouns`` reads "de aanval door X" there), is the
    participle's agent. When the phrase it hung on holds the clause's subject and "zijn" (the
    parser made it the predicate: "is als eerste staatshoofd door X ontvangen"), those move to
    the participle too. Changes ``doc`` in place; returns the count."""
    (lower,) = _attr(doc, LOWER)
    door = _sid(doc, "door")
    if door == -1:
        return 0
    changed = 0
    for i in (lower == door).nonzero()[0].tolist():
        d = doc[i]
        agent = d.head
        if d.dep_ != "case" or agent.i <= i or agent.dep_ not in ("nmod", "obl"):
            continue
        host = agent.head
        if host.i >= agent.i or host.pos_ not in ("PROPN", "NOUN", "AUX"):
            continue
        part = next(
            (
                t
                for t in doc[agent.right_edge.i + 1 : agent.sent.end]
                if t.pos_ in ("VERB", "AUX") or t.is_punct
            ),
            None,
        )
        if part is None or part.is_punct or morph_get(part, "VerbForm") != ["Part"]:
            continue
        if not part.is_ancestor(agent) or any(c.dep_ == "obl:agent" for c in part.children):
            continue
        if host.pos_ == "NOUN" and not any(
            c.dep_ == "case" or (c.dep_ == "mark" and c.lower_ == "als") for c in host.children
        ):
            continue  # a noun without a preposition may be the act: "de inval door X"
        aux = next(
            (
                t
                for t in doc[agent.sent.start : i]
                if t.lemma_ in ("zijn", "worden") and t.dep_ in ("aux", "aux:pass", "cop")
            ),
            None,
        )
        if aux is None:
            continue
        agent.head = part
        agent.dep_ = "obl:agent"
        if aux.head.i == host.i and host.i != part.i:
            for c in list(host.children):
                if c.dep_ in ("nsubj", "nsubj:pass") and c.i < host.i:
                    c.head = part
                    c.dep_ = "nsubj:pass"
            aux.head = part
            aux.dep_ = "aux:pass"
        changed += 1
    return changed


HEBBEN_WORDS = frozenset({"heeft", "hebben", "had", "hadden"})


def hebben_on_its_subject(doc) -> int:
    """ "De Congolese president Kabila en zijn Rwandese collega Kagame hebben gisteren in
    Pretoria een vredesakkoord ondertekend": the parser made the subject the root, with
    "hebben" as its copula and the participle buried under a place ("Pretoria ondertekend").
    "hebben" is never a copula: the first past participle after it in the sentence (no
    punctuation between) becomes the root, with "hebben" as its auxiliary, the noun as its
    subject, the noun's dependents after "hebben" as its own, and a subject the participle had
    between them as its object. Changes ``doc`` in place; returns the count."""
    (lower,) = _attr(doc, LOWER)
    changed = 0
    for i in _one_of(lower, tuple(_ids(doc, HEBBEN_WORDS))).nonzero()[0].tolist():
        aux = doc[i]
        n = aux.head
        if (
            aux.dep_ not in ("cop", "aux")
            or n.i >= i
            or n.dep_ != "ROOT"
            or n.pos_ not in ("NOUN", "PROPN")
        ):
            continue
        part = None
        for t in doc[i + 1 : aux.sent.end]:
            if t.is_punct or t.lower_ in ("dat", "die", "omdat", "nadat", "terwijl", "maar"):
                break
            if (
                t.pos_ == "VERB"
                and morph_get(t, "VerbForm") == ["Part"]
                and not _attributive_or_present(t)
            ):
                part = t
                break
        if part is None or any(c.dep_ in ("aux", "aux:pass") for c in part.children):
            continue
        movers = [c for c in n.children if c.i > i and c.dep_ not in ("conj", "cc", "appos")]
        movers += [c for c in aux.children]
        part.head = part
        part.dep_ = "ROOT"
        for c in list(part.children):
            if c.dep_ in ("nsubj", "nsubj:pass") and i < c.i < part.i:
                c.dep_ = "obj"
        n.head, n.dep_ = part, "nsubj"
        aux.head, aux.dep_ = part, "aux"
        for c in movers:
            if c.i != part.i and not c.is_ancestor(part):
                c.head = part
        changed += 1
    return changed
