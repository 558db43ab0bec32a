"""Shared records and helpers of the coder: clauses, discourse memory, boundaries, cue checks and
small token helpers (the word lists and code tables are in ``lexicon.py``)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from . import actors as A
from .dictionaries import NEGATIVE_CUE, Predicate
from .doc_arrays import morph_get
from .lexicon import INTENT_BY_CODE, INTENT_BY_ROOT, SUBJ_DEPS, THREAT_BY_ROOT

CODER_VERSION = "0.3.148"
GROUP_WINDOW = 10  # sentences back that "ze" / "de twee leiders" may refer to a coordinated pair
LEAD_SENTENCES = 3  # is_root_event: the event is in the first three sentences of the document


@dataclass
class Clause:
    """A predicate with its verb chain (auxiliaries/modals) and the dependents of the whole chain."""

    head: object  # the predicate token
    chain: list
    deps: list
    negated: bool = False
    asserted: bool = True
    intent: bool = False
    passive: bool = False
    refused: bool = False  # "weigert ... te": negated by a verb of refusal, not by "niet"
    threat_of: int = -1  # "dreigt de handel stop te zetten": the threat verb's index, or -1


@dataclass
class Discourse:
    """What earlier sentences of the article said, for anaphora."""

    groups: list[tuple[int, list[A.Actor]]] = field(default_factory=list)
    subjects: list[tuple[int, A.Actor]] = field(default_factory=list)
    mentions: list[tuple[int, A.Actor]] = field(default_factory=list)

    def recent_country(self, s_idx: int) -> str | None:
        """The one country the two sentences before sentence ``s_idx`` name, if exactly one."""
        found = set()
        for s, a in reversed(self.mentions):
            if s_idx - s > 2:
                break
            if s < s_idx and a.country:
                found.add(a.country)
        return found.pop() if len(found) == 1 else None


QUOTES = {'"', "'", "”", "’", "»", "''", "“", "„"}
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN", "X"})

BOUNDARY_WORDS = {
    "dat", "toen", "omdat", "terwijl", "maar", "want", "wanneer", "nadat", "voordat", "zodat", "hoewel",
    "waarin", "waarmee", "waarbij", "wat", "die", "doordat", "zodra", "sinds", "opdat", "of", "als", "om",
    "welke", "hetwelk",
}  # fmt: skip
BOUNDARY_PUNCT = {
    ",",
    ";",
    ":",
    "(",
    ")",
    '"',
    "'",
    "„",
    "“",
    "”",
    "‘",
    "’",
    "»",
    "«",
    "-",
    "–",
    "—",
}
PREPOSITIONS = {
    "met", "tegen", "aan", "op", "naar", "voor", "van", "bij", "in", "tot", "door", "over", "uit", "tussen",
    "tegenover", "onder", "na", "tijdens", "zonder", "om", "binnen", "buiten", "rond", "vanuit",
    # never a slot, but the phrase is no bare subject or object either ("Volgens Israël heeft Syrië ...")
    "volgens", "namens", "wegens", "ondanks", "dankzij", "via", "sinds", "naast", "achter", "zoals",
    "behalve", "jegens", "richting", "langs", "nabij", "boven", "vanaf", "rondom",
}  # fmt: skip
MODAL_FORMS = {
    "wil": "I", "wilt": "I", "wilde": "I", "wilden": "I", "willen": "I", "zal": "I", "zult": "I", "zullen": "I",
    "kan": "N", "kunt": "N", "kon": "N", "konden": "N", "kunnen": "N", "moet": "N", "moest": "N",
    "moesten": "N", "moeten": "N", "mag": "N", "mocht": "N", "mochten": "N", "mogen": "N", "zou": "N",
    "zouden": "N", "hoeft": "N", "hoefde": "N", "hoeven": "N",
}  # fmt: skip
GROUP_DETS = {"de", "beide", "die", "deze"}


def _skip_parenthetical(
    texts: list[str], lowers: list[str], pos: list[str], lo: int, start: int
) -> int:
    """Step back over ", zo maakte X bekend," or an apposition, so "De EU, zo ..., zal" and "Annan,
    secretaris-generaal van de VN, belde" keep their subject in the window. ``texts``,
    ``lowers``, ``pos``: the doc's word forms, lower-case forms and (repaired) coarse tags."""
    if lo - 1 <= start or texts[lo - 1] != ",":
        return lo
    p = lo - 2
    while p > start and not _is_boundary(texts, pos, p - 1):
        p -= 1
    if lowers[p] == "zo" and p - 1 > start and texts[p - 1] == ",":
        q = p - 1
        while q > start and not _is_boundary(texts, pos, q - 1):
            q -= 1
        return q
    if (
        p - 2 >= start
        and texts[p - 1] == ","
        and pos[p - 2] == "PROPN"
        and not any(pos[k] in ("VERB", "AUX") for k in range(p, lo - 1))
    ):
        # an apposition between commas: "Kofi Annan, secretaris-generaal van de VN, belde ..."
        q = p - 2
        while q > start and not _is_boundary(texts, pos, q - 1):
            q -= 1
        return q
    return lo


def _is_boundary(texts: list[str], pos: list[str], i: int) -> bool:
    """Token ``i`` ends a clause window. Read from the doc's word forms and coarse tags as the
    repairs left them (``_DocContext.texts``/``pos_now``): the windows walk many tokens, and
    a Token object per step costs more than the test."""
    text = texts[i]
    if text in BOUNDARY_PUNCT:
        return True
    low = text.lower()
    if low not in BOUNDARY_WORDS:
        return False
    tag = pos[i]
    relative_det = low in ("welke", "hetwelk") and tag == "DET"  # old relative "welke"
    if tag not in ("SCONJ", "CCONJ", "PRON", "ADP", "") and not relative_det:
        return False
    nxt = pos[i + 1] if i + 1 < len(texts) else None
    if low in ("die", "dat", "wat", "welke", "hetwelk") and nxt in ("ADJ", "NOUN"):
        return False  # determiner: "die Amerikaanse alleenheerschappij"
    if low == "als" and nxt in ("NOUN", "ADJ", "NUM"):
        return False  # "als vergelding", "als eerste": a role or manner, no clause
    if low == "als" and any(w.lower() == "zowel" for w in texts[max(0, i - 8) : i]):
        return False  # "zowel Milosevic als Kostunica": both ... and, no clause
    return True


def _verb_like(t) -> bool:
    """A token the tagger did not call a verb, but whose form is a dictionary verb form, used as one."""
    if t.pos_ == "ADV" and t.dep_ == "ROOT" and any(ch.dep_ in SUBJ_DEPS for ch in t.children):
        return True  # "Rusland beschiet ...": a verb form tagged as an adverb, with a subject
    if t.pos_ in ("DET", "ADP", "ADV", "PUNCT", "PRON", "CCONJ", "SCONJ", "NUM"):
        return False
    if t.pos_ in ("NOUN", "PROPN", "ADJ", "X"):
        if any(ch.dep_ == "det" for ch in t.children):
            return False
        if _clause_final_participle(t):
            return True
        return t.dep_ in (
            "ROOT",
            "conj",
            "ccomp",
            "xcomp",
            "advcl",
            "acl:relcl",
            "parataxis",
        ) or any(ch.dep_ in SUBJ_DEPS for ch in t.children)
    return True


# forms of the auxiliaries of a perfect or passive clause ("heeft ... teruggeroepen")
PERFECT_AUX = {
    "heeft", "hebben", "had", "hadden", "is", "zijn", "was", "waren", "werd", "werden", "wordt",
    "worden",
}  # fmt: skip


def _clause_final_participle(t) -> bool:
    """ "Israël heeft zijn ambassadeur uit Egypte teruggeroepen": a participle form that ends its
    clause after an auxiliary is the verb, though the tagger read a noun."""
    low = t.lower_
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return (
        ("ge" in low[:-3] or low.startswith(("be", "ver", "ont", "her", "er")))
        and low.endswith(("d", "t", "en"))
        and (nxt is None or nxt.is_punct)
        and any(x.lower_ in PERFECT_AUX for x in t.sent if x.i < t.i)
    )


# prepositions in the spelling before 1947, read as today's (the rows name today's)
OLD_PREPOSITIONS = {"tusschen": "tussen"}


def _case(t) -> str | None:
    for ch in t.children:
        if ch.dep_ in ("case",) or (ch.dep_ == "fixed" and ch.pos_ == "ADP"):
            low = ch.text.lower()
            return OLD_PREPOSITIONS.get(low, low)
    return None


def _has_det(t, dets: set[str]) -> bool:
    return any(ch.dep_ == "det" and ch.text.lower() in dets for ch in t.children)


def _mark(t, word: str):
    """The subordinator ``word`` ("te", "dat") marking ``t``'s clause, or None."""
    return next((ch for ch in t.children if ch.dep_ == "mark" and ch.lower_ == word), None)


def _before(members: list[A.Actor], t) -> bool:
    return all(m.start_char < t.idx for m in members)


# what stands between two conjuncts of one coordination: "en", a comma, an article
CONJUNCTION_WORDS = frozenset({"en", ",", "de", "het"})


def coordinated(between: list[str]) -> bool:
    """The words between two names join them in one coordination ("A en B", "A, B", "de
    Britse en de Ierse regering")."""
    return (
        bool(between)
        and all(w in CONJUNCTION_WORDS for w in between)
        and ("en" in between or "," in between)
    )


def _uniq_key(actors: list[A.Actor]) -> list[A.Actor]:
    out: list[A.Actor] = []
    for a in actors:
        if all(u.key != a.key for u in out):
            out.append(a)
    return out


def _uniq(actors: list[A.Actor]) -> list[A.Actor]:
    """One actor per code, but two named organisations of one code stay two ("De VVD en de
    PVV verweten elkaar ...": NLDPTY and NLDPTY, two parties)."""
    out: list[A.Actor] = []
    for a in actors:
        if all(u.code != a.code or _two_organisations(u, a) for u in out):
            out.append(a)
    return out


def _two_organisations(a: A.Actor, b: A.Actor) -> bool:
    """Two differently named organisations (no person, no role noun) that share a code."""
    return (
        not (a.person or b.person or a.agent_lemma or b.agent_lemma or a.anaphoric or b.anaphoric)
        and a.start_char != b.start_char
        and a.name != b.name
    )


@functools.cache
def negative_words() -> frozenset[str]:
    """The negative word forms of the tone lexicon (``geoevents/data/tone_nl.tsv``): what
    "X noemde Y een koloniale bemoeial" calls Y is criticism when a word of it is negative."""
    from geoevents.tone import load_lexicon

    return frozenset(w for w, sign in load_lexicon().items() if sign < 0)


def _part_of_word(cue: str, joined: str) -> bool:
    """``cue`` is part of a word of ``joined`` (words between NUL bytes): anywhere for a cue of
    five letters or more ("gesprek" in "toetredingsgesprekken"), only at a word's start or end
    for a shorter one, which the middle of a name holds by chance ("staf" in "Mustafa")."""
    if len(cue) >= 5:
        return cue in joined
    return "\x00" + cue in joined or cue + "\x00" in joined


def _cue_ok(p: Predicate, words: set[str], joined: str | None = None) -> bool:
    """One of the entry's cue sets is in the sentence: each cue a word or, from four letters,
    part of a word ("sanctie" in "sanctiepakket"), but not of its negation ("eens" is not in
    "oneens", "vrede" not in "onvrede"). ``joined``: ``words`` joined as below, from a caller
    that tries many entries on the same words."""
    if not p.cues:
        return True
    heads = p.all_heads
    if heads is not None:  # most entries: no alternative's first cue is in the sentence
        if joined is None:
            joined = "\x00" + "\x00".join(words) + "\x00"
        if not any(map(joined.__contains__, heads)):
            return False
    # all words in one string: one C-level search per cue
    for alt, head in zip(p.cues, p.cue_heads, strict=True):
        if head is not None:
            # the alternative's first cue, where a word of ``words`` is a word of ``joined``
            if joined is None:
                joined = "\x00" + "\x00".join(words) + "\x00"
            if head not in joined:
                continue
        for cue in alt:
            if cue in words:
                continue
            if cue == NEGATIVE_CUE:
                if words.isdisjoint(negative_words()):
                    break
                continue
            if len(cue) < 4:
                break
            if joined is None:
                joined = "\x00" + "\x00".join(words) + "\x00"
            if cue not in joined:  # most cues are nowhere: one C-level test, no call
                break
            if len(cue) < 5 and not _part_of_word(cue, joined):
                break
            negated = "\x00on" + cue  # (a copy of the words without it only when it is there)
            if negated in joined and not _part_of_word(cue, joined.replace(negated, "\x00")):
                break
        else:
            return True
    return False


def _to_intent(code: str) -> str | None:
    if code in INTENT_BY_CODE:
        return INTENT_BY_CODE[code]
    root = code[:2]
    if root == "03":
        return code
    if root in INTENT_BY_ROOT:
        return INTENT_BY_ROOT[root]
    if root in THREAT_BY_ROOT:
        return THREAT_BY_ROOT[root]
    if root in ("01", "02", "09", "10", "11", "12", "13", "14"):
        return code
    return None


def _dedupe(rows: list[dict]) -> list[dict]:
    """One row per actor pair and code in a sentence, as PETRARCH codes them: a verb and its
    event noun ("weigerde de onderhandelingen met X te hervatten") name one event, not two."""
    seen = set()
    out = []
    for r in rows:
        key = (r["actor1_code"], r["actor2_code"], r["event_code"])
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def longest_suffix(word: str, table) -> tuple[int, str] | None:
    """(start, suffix) of the longest ending of ``word`` that is a key of ``table``: a compound
    ends in its head noun ("klimaatonderhandeling" -> "onderhandeling")."""
    for i in range(len(word)):
        if word[i:] in table:
            return i, word[i:]
    return None


def _bare_indirect_object(d, cl) -> bool:
    """A noun phrase without a preposition parsed as ``obl`` before the clause's direct object:
    the indirect object of a double-object verb ("Venezuela zet Amerikaanse diplomaten het land
    uit", "De VS hebben Oekraïne de wapens geleverd": after the finite verb); a bare ``obl``
    elsewhere is a time or measure ("zaterdag", "de hele week")."""
    if d.dep_ != "obl" or d.pos_ not in ("NOUN", "PROPN") or _case(d) is not None:
        return False
    finite = min([cl.head.i] + [c.i for c in cl.head.children if c.dep_ in ("aux", "aux:pass")])
    return d.i > finite and any(o.dep_ == "obj" and o.i > d.i for o in cl.deps)


def _main_verb_with_object(v, cue_words: frozenset[str] = frozenset()) -> bool:
    """An auxiliary-like verb that heads its clause and has an object, a prepositional
    complement that is one of its own cue words, or a separable particle (no auxiliary has
    one): "Poetin had contact met Xi" (the tagger calls every "hebben" AUX), "de minister en de
    bonden zijn in gesprek", "Israël wil de hulporganisaties weg hebben uit Gaza"."""
    return v.dep_ not in ("aux", "aux:pass", "cop") and any(
        ch.dep_ in ("obj", "compound:prt") or (ch.dep_ == "obl:arg" and ch.lower_ in cue_words)
        for ch in v.children
    )


def _last_word(texts: list[str]) -> str | None:
    """The last token that is neither white space nor a quote mark."""
    return next((w for w in reversed(texts) if w.strip() and w not in QUOTES), None)


def aux_before_participle(v, verb_forms) -> bool:
    """Whether "hebben", "zijn" or "worden" at ``v`` is the auxiliary of a participle later in
    its clause which the parser hung elsewhere ("heeft alle contacten met Arafat verbroken":
    "verbroken" under "Arafat"), so that no "contact hebben met" is read off it.
    ``verb_forms``: the dictionary's verb forms (a tagger's "Part" alone is not enough:
    "graanexport" gets it too; the form alone neither: "naar eigen zeggen")."""
    doc = v.doc
    for k in range(v.i + 1, min(len(doc), v.i + 12)):
        t = doc[k]
        if t.text in (",", ".", ";", ":", "!", "?") or t.pos_ in ("SCONJ", "CCONJ"):
            return False
        if (
            "Part" in morph_get(t, "VerbForm")
            and t.lower_ in verb_forms
            and t.dep_ not in ("amod", "acl")
            and (k + 1 >= len(doc) or doc[k + 1].pos_ not in ("NOUN", "PROPN", "ADJ"))
        ):
            return True
    return False


def state_on_state(sources: list[A.Actor], targets: list[A.Actor]) -> bool:
    """A state acting on another state's ground ("Israël trekt zich terug uit Libanon"): its
    army acts, though no military noun says so."""
    return bool(sources and targets) and all(
        a.country and not a.group and not a.types and not a.people for a in sources + targets
    )
