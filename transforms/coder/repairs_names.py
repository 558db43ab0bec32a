"""Repairs of names the parser joins or tears: two actors read as one name ("Xi met Poetin"),
a list's last name hung on the one before it, a name's last word hung elsewhere."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.attrs import DEP, LOWER

from . import actors as A
from .repair_arrays import _attr, _sid, _where_words

# "er"/"daar" + preposition: announces the te-infinitive or dat-clause that follows ("beschuldigt
# Iran ervan ... te leveren")
PRONOMINAL_ADVERBS = frozenset(
    p + q
    for p in ("er", "daar")
    for q in ("van", "op", "aan", "over", "mee", "toe", "in", "voor", "om", "bij", "tegen")
)


def split_joined_names(doc, tok_mention: dict) -> int:
    """Undo a parser error the coder cannot read around: two actors joined into one name.

    Parsers trained on treebanks with many multiword names (``Gazet van Antwerpen``) sometimes
    read ``Xi met Poetin`` as one ``flat`` name. When a ``flat`` dependent is a different
    dictionary actor from its head and exactly one preposition separates them, the dependent is
    re-attached as an ``obl`` of the name's head (``nmod`` of the name if it is the root) with
    the preposition as its ``case``. A list's last name hung there across "en", "of" or a comma
    ("Mali, Burkina Faso en Niger") becomes a ``conj`` of the list's first name. Changes ``doc``
    in place; returns the number of repairs.
    """

    if not tok_mention:
        return 0
    (dep,) = _attr(doc, DEP)
    flat = dep == doc.vocab.strings["flat"]
    repaired = 0
    for i in flat.nonzero()[0].tolist():
        if i not in tok_mention:
            continue  # most flat tokens: no Token object needed
        tok = doc[i]
        head = tok.head
        mine, theirs = tok_mention.get(i), tok_mention.get(head.i)
        if mine is None or theirs is None or mine is theirs or head.i >= i:
            continue
        end = head.i + 1  # the end of the head's name
        while end < tok.i and tok_mention.get(end) is theirs:
            end += 1
        between = doc[end : tok.i]
        if len(between) == 1 and between[0].lower_ in ("en", "of", ","):
            # "Mali, Burkina Faso en Niger": a list's last name hung on the name before it
            first = head.head if head.dep_ == "conj" else head
            tok.head, tok.dep_ = first, "conj"
            if between[0].pos_ == "CCONJ":
                between[0].head, between[0].dep_ = tok, "cc"
            repaired += 1
            continue
        gap = doc[head.i + 1 : tok.i]
        verb = head.head
        if (
            end == tok.i
            and head.dep_ == "nsubj"
            and verb.pos_ in ("VERB", "AUX")
            and verb.i < head.i
        ):
            # "noemde Bush Irak, Iran en Noord-Korea een as van het kwaad": after the inverted
            # subject the next name is the object, with the list the parser hung on the subject
            tok.head, tok.dep_ = verb, "obj"
            for c in head.children:
                if c.dep_ == "conj" and c.i > tok.i:
                    c.head = tok
            repaired += 1
            continue
        if _new_phrase(gap):
            # "tijdens een bezoek aan Israël de Libanese Hezbollah ... genoemd": a determiner
            # opens a new noun phrase, the verb's object
            verb = head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX") and verb.i > tok.i:
                tok.head = verb
                tok.dep_ = "obj"
                for t in gap:
                    t.head = tok
                    t.dep_ = "det" if t.pos_ == "DET" else "amod"
                repaired += 1
            continue
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


def _new_phrase(gap) -> bool:
    """Tokens between two joined names that open a noun phrase: an article, then adjectives."""
    return (
        len(gap) >= 1
        and gap[0].lower_ in ("de", "het", "een")
        and all(t.pos_ == "ADJ" for t in gap[1:])
        and len(gap) <= 3
    )


def name_torn_from_its_phrase(doc, mentions) -> int:
    """A dictionary name of several words whose last word the parser hung on another head
    than its first ("700 activisten van [Extinction] [Rebellion] aangehouden": "Extinction"
    ``nmod`` of "activisten", "Rebellion" a second object of the verb): the last word, a
    leaf, joins the first as ``flat``, so the name is one phrase and no second argument.
    Changes ``doc`` in place; returns the count."""
    changed = 0
    for m in mentions:
        if m.end - m.start < 2:
            continue
        inside = range(m.start, m.end)
        first, last = doc[m.start], doc[m.end - 1]
        if first.dep_ == "ROOT" or first.head.i in inside or last.head.i in inside:
            continue
        if last.head.i == first.head.i or any(True for _ in last.children):
            continue
        if any(doc[k].head.i not in inside for k in range(m.start + 1, m.end - 1)):
            continue
        if any(doc[k].is_sent_start for k in range(m.start + 1, m.end)):
            continue  # a name across a sentence break is two phrases
        last.head = first
        last.dep_ = "flat"
        changed += 1
    return changed


def phrase_after_pronominal_adverb(doc, present: Iterable[str] = PRONOMINAL_ADVERBS) -> int:
    """A noun phrase between a pronominal adverb and the te-infinitive it announces belongs to
    the infinitive ("Israël beschuldigt Iran ervan Hezbollah wapens te leveren"): the parser
    hangs it on the name before the adverb (a ``flat`` "Iran ervan Hezbollah") or makes it a
    second object of the main verb, so the accusation's object became Hezbollah. The phrase is
    re-attached to the infinitive, as its indirect object when it has an object already.
    ``present``: the pronominal adverbs the article holds, when the caller knows them. Changes
    ``doc`` in place; returns the count."""
    (lower,) = _attr(doc, LOWER)
    changed = 0
    for i in _where_words(doc, lower, present):
        adv = doc[i]
        if adv.head.i >= i:
            continue  # the adverb hangs on what comes before it: the verb or the name
        end = adv.sent.end
        te = next((t.i for t in doc[i + 1 : end] if t.lower_ == "te"), None)
        if te is None or te == i + 1:
            continue
        gap = doc[i + 1 : te]
        if any(t.pos_ in ("VERB", "AUX") or t.is_punct or t.lower_ == "dat" for t in gap):
            continue
        inf = next((t for t in doc[te + 1 : end] if t.pos_ in ("VERB", "AUX")), None)
        if inf is None:
            continue
        heads = [t for t in gap if t.pos_ in ("NOUN", "PROPN") and t.head.i < i]
        for t in heads:
            if t.is_ancestor(inf):
                continue  # the infinitive hangs below the phrase: moving it would make a cycle
            has_object = any(
                o.dep_ == "obj" and o.i != t.i and o.i > t.i
                for o in gap
                if o.head.i == inf.i or o.head.i > te
            )
            t.head = inf
            t.dep_ = "iobj" if has_object else "obj"
            changed += 1
    return changed


def het_before_country_is_subject(doc, tok_mention: dict) -> int:
    """ "China zegt dat het Japan heeft gewaarschuwd": right after "dat", "het" before a bare
    country name is the clause's subject (the speaker, see ``anaphora``) and the country its
    object; the parser reads "het Japan" as one noun phrase, the subject. A country with its
    own modifiers ("het Rusland van Poetin", "het moderne China") keeps its article. Changes
    ``doc`` in place; returns the count."""
    (lower,) = _attr(doc, LOWER)
    het = _sid(doc, "het")
    if het == -1:
        return 0
    changed = 0
    for i in (lower == het).nonzero()[0].tolist():
        if i == 0 or i + 1 >= len(doc) or doc[i - 1].lower_ != "dat":
            continue
        m = tok_mention.get(i + 1)
        t, country = doc[i], doc[i + 1]
        if m is None or m.entry.kind != A.COUNTRY or m.start != i + 1 or m.end != i + 2:
            continue
        if t.dep_ != "det" or t.head.i != country.i or country.dep_ not in ("nsubj", "nsubj:pass"):
            continue
        if any(c.i != t.i and c.dep_ in ("amod", "nmod", "det") for c in country.children):
            continue
        verb = country.head
        has_object = any(c.dep_ == "obj" for c in verb.children)
        t.head, t.dep_, t.pos_ = verb, country.dep_, "PRON"
        country.dep_ = "iobj" if has_object else "obj"
        changed += 1
    return changed


# role nouns that a country's name may follow as an apposition: they name the country itself
POLITY_NOUNS = frozenset(
    {"staat", "land", "regering", "regime", "overheid", "rijk", "republiek", "koninkrijk"}
    | {"natie", "bondgenoot", "buurland", "lidstaat", "gastland", "team", "ploeg", "elftal"}
    | {"provincie", "regio", "gewest", "deelstaat", "kolonie", "bufferstaat", "protectoraat"}
    | {"mandaatgebied", "eiland", "stad", "hoofdstad", "gemeente", "grootmacht", "supermacht"}
)


def country_hung_on_a_role(doc, tok_mention: dict, role_like) -> int:
    """ "Gisteren heeft de Franse president Oekraïne nieuwe wapens beloofd": the parser reads the
    country after a role noun as that role holder's name (``appos`` or ``flat``), and "president
    Oekraïne" became Ukraine's government. A country is never a person's name: a whole country
    mention hung so on a role noun (``role_like``) is an argument of the verb above, its object
    (its indirect object beside one). Changes ``doc`` in place; returns the count."""

    if not tok_mention:
        return 0
    (dep,) = _attr(doc, DEP)
    hung = {doc.vocab.strings["appos"], doc.vocab.strings["flat"]}
    changed = 0
    seen: set[int] = set()
    for m in tok_mention.values():
        if m.start in seen or m.entry.kind != A.COUNTRY or int(dep[m.start]) not in hung:
            continue  # on the column: most country names are no apposition
        seen.add(m.start)
        t = doc[m.start]
        role = t.head
        if t.dep_ not in ("appos", "flat") or role.i >= t.i or role.pos_ != "NOUN":
            continue
        if any(tok_mention.get(k) is not None for k in range(role.i, t.i)):
            continue  # "minister Van Oekraïne"-like names and lists stay
        if not role_like(role) or role.lower_ in POLITY_NOUNS or role.lower_ != role.lemma_:
            continue  # "de staat Israël", "de provincie Luxemburg": a polity named; plurals
        verb = role.head
        if role.dep_ not in ("nsubj", "nsubj:pass", "obj", "iobj"):
            # the head of a core argument is its clause's predicate whatever its tag (a
            # participle tagged noun: "heeft ... beloofd"); else the verb above
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ not in ("VERB", "AUX"):
                continue
        t.head = verb
        t.dep_ = "iobj" if any(c.dep_ == "obj" for c in verb.children) else "obj"
        changed += 1
    return changed


def name_after_a_conjoined_role(doc, role_like) -> int:
    """ "De Franse president en premier De Croo spraken ...": the parser hangs the name on the
    first conjunct ("president De Croo"), though a title stands right before its holder's name.
    A name hung as ``appos`` on an earlier noun with a nationality of its own (a capitalised
    adjective: "De Franse president"), right after a role noun (``role_like``) that is that
    noun's conjunct, belongs to the role right before it; without one the two roles may be one
    person's ("zijn schepper en president Masaryk"). The role conjunct itself may hang inside
    the first role's phrase ("de Syrische minister van Buitenlandse Zaken Sjara en premier
    Barak": on the ministry's name); it becomes the first role's conjunct. Changes ``doc`` in
    place; returns the count."""

    (dep,) = _attr(doc, DEP)
    changed = 0
    for i in (dep == doc.vocab.strings["appos"]).nonzero()[0].tolist():
        if i == 0:
            continue
        t, prev = doc[i], doc[i - 1]
        if t.pos_ != "PROPN" or prev.pos_ != "NOUN" or prev.dep_ != "conj":
            continue
        if not role_like(prev):
            continue
        first = t.head if t.head.i < prev.i else _role_above(prev.head)
        if first is None or first.i >= prev.i:
            continue
        if prev.head.i != first.i and not (
            prev.head.dep_ in ("nmod", "flat") and first.is_ancestor(prev.head)
        ):
            continue
        if not any(c.dep_ == "amod" and c.text[:1].isupper() for c in first.children):
            continue  # "zijn schepper en president Masaryk": one person, two roles
        prev.head = first
        t.head = prev
        changed += 1
    return changed


def _role_above(tok):
    """The noun a name or ministry phrase hangs on ("minister" of "minister van Buitenlandse
    Zaken Sjara"), through its flat parts and one nmod; None when there is none."""
    while tok.dep_ == "flat" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "nmod" or tok.head.pos_ != "NOUN":
        return None
    return tok.head


# a type designation of aircraft or arms in the plural: "F-35's", "F-16's", "MiG-29's"
_DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d+(?:'s|s)?$")
_DESIGNATION_LOWER = re.compile(r"(?:^|\n)[a-z]{1,4}-\d+(?:'s|s)?(?:\n|$)")
_DASH_DIGIT = re.compile(r"-\d")  # in every designation: a scan for "-", not a try per line


def has_designation(words) -> bool:
    """Whether any of these lower-case words could be a type designation (most articles: none),
    by one search over the words joined (a test per word costs more than most repairs)."""
    joined = "\n".join(words)
    return _DASH_DIGIT.search(joined) is not None and _DESIGNATION_LOWER.search(joined) is not None


def designation_read_as_punctuation(doc) -> int:
    """ "Nederlandse F-35's schieten boven Polen Russische drones neer": the tagger, which never
    saw such a token, calls "F-35's" punctuation and the parser makes it a root of its own. The
    token becomes a noun; as a root before the sentence's verb it is that verb's subject.
    Changes ``doc`` in place; returns the count."""
    changed = 0
    for t in doc:
        if t.pos_ != "PUNCT" or not _DESIGNATION.match(t.text):
            continue
        t.pos_ = "NOUN"
        changed += 1
        if t.dep_ != "ROOT":
            continue
        verb = next(
            (v for v in t.sent if v.i > t.i and v.dep_ == "ROOT" and v.pos_ == "VERB"), None
        )
        if verb is not None and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
            t.head, t.dep_ = verb, "nsubj"
    return changed
