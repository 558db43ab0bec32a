"""Actor recognition: dictionary token matcher plus noun-phrase assembly over the dependency parse.

The matcher finds country names, adjectives, demonyms, seats, places, organisations and dated people
by exact token sequences (case-sensitive, tokenised like the pipeline). Agent nouns (regering,
president, leger ...) are found by lemma, also as the last part of a compound. A noun phrase becomes an
actor when its head or its tight modifiers (amod, flat, appos, compound, "van"-nmod) carry a country,
organisation or person: "de Amerikaanse president Biden" -> USAGOV.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from geoevents.name_headings import looks_common
from geoevents.name_headings import shipped as shipped_common_words

from .dictionaries import Dictionaries, split_code
from .towns import one_word_town_names

# Entry kinds, strongest first when several match inside one noun phrase.
PERSON, ORG, COUNTRY, DEMONYM, SEAT, ADJ, PLACE, ORG_CTX = (
    "person",
    "org",
    "country",
    "demonym",
    "seat",
    "adj",
    "place",
    "org_ctx",
)
KIND_RANK = {PERSON: 0, ORG: 1, COUNTRY: 2, DEMONYM: 2, SEAT: 3, ADJ: 4, PLACE: 5, ORG_CTX: 6}

# Per word form (see _word_features): capitalised, person key, can start a match, role title,
# regnal title, one-word names it is, longer names it starts by their second word, can start
# a person's name.
WordFeatures = tuple[bool, "str | None", bool, bool, bool, tuple, "dict | None", bool]

# Prepositions that make a capital or city a location, not an actor ("in Moskou").
LOCATIVE = {
    "in", "naar", "uit", "te", "vanuit", "bij", "rond", "buiten", "nabij", "richting", "tot",
    "over", "via", "langs", "binnen", "boven", "onder", "voor", "achter", "tussen",
}  # fmt: skip
TIGHT_DEPS = {"amod", "flat", "flat:name", "appos", "compound", "nmod:poss", "fixed", "nummod"}


@dataclass(frozen=True)
class Entry:
    kind: str
    code: str  # country code, org actor code, or person id
    name: str  # canonical name


@dataclass
class Mention:
    start: int  # token index
    end: int
    entry: Entry


@dataclass
class Actor:
    """One resolved actor; ``members`` > 1 for a group ("Biden en Xi" referred to as "ze")."""

    code: str
    country: str | None
    group: str | None
    types: tuple[str, ...]
    name: str
    start_char: int
    end_char: int
    strong: bool = True
    anaphoric: bool = False
    head_i: int = -1
    agent_lemma: str | None = None
    person: str | None = None  # the dictionary person (Entry code) this actor names, if any
    inferred: bool = False  # a bare role noun given the sentence's one country ("de politie")
    people: bool = False  # a country's people named by a demonym ("Georgiërs")
    from_feed: bool = False  # a bare role given the feed's home country (also ``inferred``)
    seat: bool = False  # named by its seat of government ("Moskou", "het Kremlin")

    @property
    def key(self) -> str | None:
        return self.country or self.group


@dataclass
class ActorIndex:
    """Compiled lookups; built once per coder."""

    first: dict[str, list[tuple[tuple[str, ...], Entry]]] = field(default_factory=dict)
    hyphen_parts: dict[str, Entry] = field(default_factory=dict)
    agents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # last words of role nouns of several words ("dienst" of "geheime dienst")
    agent_last_words: set[str] = field(default_factory=set)
    suffix_types: dict[str, tuple[str, ...]] = field(default_factory=dict)
    org_codes: dict[str, dict] = field(default_factory=dict)
    ctx_orgs: dict[str, set[str]] = field(default_factory=dict)
    # seas and straits named after a country, by first word: skipped by the matcher
    waters: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    # capitalised people names by name_key of their first word: matched case- and
    # accent-insensitively, on capitalised tokens only
    people: dict[str, list[tuple[tuple[str, ...], Entry]]] = field(default_factory=dict)
    # surnames of multi-word people names ("Kok", "van Aartsen"), matched only right after a
    # role noun ("premier Kok", "minister Van Aartsen") and resolved by date like any alias
    titled: dict[str, list[tuple[tuple[str, ...], Entry]]] = field(default_factory=dict)
    # the same surnames alone ("Koizumi bracht een bezoek aan Pyongyang"), when not a common
    # Dutch word: an alias, counted only when exactly one of its people holds a dated role then
    bare: dict[str, list[tuple[tuple[str, ...], Entry]]] = field(default_factory=dict)
    # regnal names without their number ("Leopold" of "Leopold I", "Leopold II" ...), matched
    # only right after a monarch's or pope's title ("koning Leopold") and resolved by date
    regnal: dict[str, list[tuple[tuple[str, ...], Entry]]] = field(default_factory=dict)
    # words that begin a person's name ("filips" of "Filips II"): never read as the genitive of
    # another name ("Koning Filips" is no genitive of "Koning Filip")
    name_words: set[str] = field(default_factory=set)
    # first words of people names of several words: with ``people``, what can start a name
    people_firsts: set[str] = field(default_factory=set)
    # one-word person entry code -> every word of the names of the people it may be (keys)
    own_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # word form -> what match_mentions asks of it (see _word_features), filled while coding
    word_memo: dict[str, WordFeatures] = field(default_factory=dict, repr=False, compare=False)
    # (form, lemma) -> agent_types by plural ending or compound suffix, filled while coding
    agent_memo: dict[tuple[str, str], tuple | None] = field(
        default_factory=dict, repr=False, compare=False
    )


BARE_MIN = 4  # letters of a surname matched alone: "Kok", "Lee" and "Ali" only after a title
WORD_MEMO_SIZE = 50_000  # word forms kept per index (~170 bytes each: under 10 MB)


# A name of plain words is split on spaces as the Dutch tokenizer would split it (checked in the
# tests); anything else goes through the tokenizer. Saves ~1 s on 40,000 dictionary names.
PLAIN_NAME = re.compile(r"[^\W\d_](?:[\w'-]*\w)?(?: [^\W\d_](?:[\w'-]*\w)?)*")


def strip_accents(text: str) -> str:
    """``text`` without its accents ("Oekraïne" -> "Oekraine")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=200_000)
def name_key(word: str) -> str:
    """Lower case without accents: people are matched on this ("Milošević" = "Milosevic").
    Cached: the dictionaries' 70,000 name words and every article's words repeat."""
    w = word.lower()
    return w if w.isascii() else strip_accents(w)


# A country's inflected adjective before one of these names the state itself, as historical
# states are named ("het Ottomaanse Rijk", "de Franse Republiek", "het Japanse Keizerrijk").
STATE_NOUNS = (
    "Rijk", "rijk", "Keizerrijk", "keizerrijk", "Koninkrijk", "koninkrijk", "Republiek",
    "republiek", "Monarchie", "Vorstendom", "Groothertogdom", "Hertogdom", "Sultanaat",
    "Kalifaat", "Gemenebest",
)  # fmt: skip


def name_spellings(names: list[str]) -> list[str]:
    """The names, then each one written without its accents: headlines, URLs, OCR and quick
    typing drop the diaeresis ("Israel", "Oekraine", "Belgie", "Israelische")."""
    return list(dict.fromkeys([*names, *map(strip_accents, names)]))


def person_code(code: str) -> tuple[bool, list[str]]:
    """Split a person Entry code: (is a surname alias, person ids)."""
    alias = code.startswith("?")
    return alias, (code[1:] if alias else code).split("|")


def person_code_at(
    people: dict, code: str, date: dt.date, countries: set[str] | None = None
) -> str | None:
    """Actor code of a person entry at ``date``. A name shared by several people, or a surname
    alias, counts only when exactly one of them holds a dated role then; a full name of one
    person also falls back to the person's undated role. ``countries`` (named with the person:
    "koning Abdullah van Jordanië") picks, among people who share the name, the one with a role
    in one of them."""
    alias, pids = person_code(code)
    if countries is not None:
        cands = {x for x in (people[p].dated_code_at(date) for p in pids) if x}
        hits = {c for c in cands if c[:3] in countries}
        return hits.pop() if len(hits) == 1 else None
    if len(pids) == 1 and not alias:
        return people[pids[0]].code_at(date)
    dated = {c for c in (people[p].dated_code_at(date) for p in pids) if c}
    if len(dated) == 1:
        return dated.pop()
    if not alias and not dated:
        fallbacks = {people[p].fallback for p in pids}
        if len(fallbacks) == 1:
            return fallbacks.pop()
    return None


def build_index(d: Dictionaries, tokenize) -> ActorIndex:
    """Tokenise every dictionary phrase once (``tokenize`` = the Dutch tokenizer) into a first-token index."""
    idx = ActorIndex()

    def add(text: str, entry: Entry) -> None:
        toks = tuple(text.split() if PLAIN_NAME.fullmatch(text) else tokenize(text))
        if not toks:
            return
        bucket = idx.first.setdefault(toks[0], [])
        if (toks, entry) not in bucket:
            bucket.append((toks, entry))
        if len(toks) == 1 and "-" not in text:
            idx.hyphen_parts.setdefault(text, entry)

    for c in d.countries:
        canon = c["names"][0] if c["names"] else c["code"]
        states = [f"{a} {noun}" for a in c["adjectives"] if a.endswith("e") for noun in STATE_NOUNS]
        for n in name_spellings(c["names"] + states):
            add(n, Entry(COUNTRY, c["code"], canon))
        for n in name_spellings(c["adjectives"]):
            add(n, Entry(ADJ, c["code"], canon))
        for n in name_spellings(c["demonyms"]):
            add(n, Entry(DEMONYM, c["code"], canon))
        for n in c["seats"]:
            add(n, Entry(SEAT, c["code"], n))
    for code, names in d.places:
        for n in names:
            add(n, Entry(PLACE, code, n))
    for n in d.waters:
        toks = tuple(n.split() if PLAIN_NAME.fullmatch(n) else tokenize(n))
        idx.waters.setdefault(toks[0], []).append(toks)
    for o in d.organisations:
        idx.org_codes[o["code"]] = o
        for n in o["names"]:
            add(n, Entry(ORG, o["code"], o["names"][0]))
        for n in o["context"]:
            add(n, Entry(ORG_CTX, o["code"], o["names"][0]))
            idx.ctx_orgs.setdefault(o["code"], set()).add(n)
    common = shipped_common_words().words
    towns = one_word_town_names()
    by_key: dict[tuple[str, ...], list[str]] = {}
    titled: dict[tuple[str, ...], list[str]] = {}
    regnal: dict[tuple[str, ...], list[str]] = {}
    for pid, person in d.people.items():
        for n in person.names:
            if not n[:1].isupper():  # "paus", "von der Leyen": matched as written
                add(n, Entry(PERSON, pid, person.names[0]))
                continue
            toks = n.split() if PLAIN_NAME.fullmatch(n) else tokenize(n)
            keys = tuple(name_key(t) for t in toks)
            idx.name_words.add(keys[0])
            if len(toks) >= 2 and ROMAN.fullmatch(toks[-1]):
                pids = regnal.setdefault(keys[:-1], [])
                if pid not in pids:
                    pids.append(pid)
            pids = by_key.setdefault(keys, [])
            if pid not in pids:
                pids.append(pid)
            if len(toks) >= 2:
                sur = keys[len(toks) - len(surname(toks)) :]
                pids = titled.setdefault(sur, [])
                if pid not in pids:
                    pids.append(pid)
            if person.hand and len(toks) == 1 and "-" not in n:
                idx.hyphen_parts.setdefault(n, Entry(PERSON, pid, person.names[0]))
    for key, pids in regnal.items():
        entry = Entry(PERSON, "?" + "|".join(pids), d.people[pids[0]].names[0])
        idx.regnal.setdefault(_bucket(key), []).append((key, entry))
    for key, pids in titled.items():
        # also when the surname is a name of its own ("Milošević", a Phoenix "Faber"): after a
        # title, match_mentions prefers the dated office holder to an undated alias
        entry = Entry(PERSON, "?" + "|".join(pids), d.people[pids[0]].names[0])
        idx.titled.setdefault(_bucket(key), []).append((key, entry))
    for key, pids in by_key.items():
        if len(key) == 1:
            hand = [p for p in pids if d.people[p].hand]
            if hand:
                pids = hand  # a curated surname ("Milošević") beats generated namesakes
        # One word shared by several people, or a generated surname: resolved by date alone.
        alias = len(key) == 1 and (len(pids) > 1 or not d.people[pids[0]].hand)
        entry = Entry(PERSON, ("?" if alias else "") + "|".join(pids), d.people[pids[0]].names[0])
        idx.people.setdefault(_bucket(key), []).append((key, entry))
        if len(key) > 1:
            idx.people_firsts.add(key[0])
        else:
            idx.own_words[entry.code] = frozenset(
                name_key(w) for p in pids for n in d.people[p].names for w in n.split()
            )
    for key, found in idx.titled.items():
        for toks, entry in found:
            if (
                len(toks) == 1
                and len(toks[0]) >= BARE_MIN
                and toks[0] not in towns
                and toks[0] not in idx.people_firsts  # a given name ("Michel", "Maria")
                and not looks_common(toks[0], common)
            ):
                idx.bare.setdefault(key, []).append((toks, entry))
    for a in d.agents:
        for lemma in a["lemmas"]:
            idx.agents.setdefault(lemma, a["types"])
            if " " in lemma:
                idx.agent_last_words.add(lemma.rsplit(" ", 1)[1])
            if a["suffix"] and " " not in lemma:
                idx.suffix_types.setdefault(lemma, a["types"])
    return idx


# "Noord-Israël", "Zuid-Libanon", "Oost-Oekraïne": a region of a country is a place in it
# (countries named so, "Noord-Korea", "Zuid-Afrika", match whole before this is tried)
COMPASS = {
    "Noord", "Zuid", "Oost", "West", "Noordoost", "Noordwest", "Zuidoost", "Zuidwest", "Midden",
    "Centraal",
}  # fmt: skip


SURNAME_PARTICLES = {
    "van",
    "de",
    "der",
    "den",
    "ter",
    "ten",
    "te",
    "von",
    "le",
    "la",
    "du",
    "da",
    "di",
    "al",
    "el",
    # inside Arabic, Portuguese, Spanish and Italian names: "Mohammed bin Salman", "Lula da
    # Silva", "Jair dos Santos", "Guillermo del Toro"
    "bin",
    "ibn",
    "bint",
    "ould",
    "del",
    "della",
    "dos",
    "das",
}


def surname(toks: list[str]) -> list[str]:
    """The family name of a full name: from its first particle ("Jozias van Aartsen" -> "van
    Aartsen"), else the last word ("Wim Kok" -> "Kok")."""
    for j in range(1, len(toks) - 1):
        if toks[j].lower() in SURNAME_PARTICLES:
            return toks[j:]
    return toks[-1:]


ROMAN = re.compile(r"[IVX]+")
# titles before a regnal name: "koning Leopold" is Leopold I in 1850, Leopold III in 1940
REGNAL_TITLES = {
    "koning", "koningin", "keizer", "keizerin", "tsaar", "tsarina", "sultan", "paus", "kaiser",
    "groothertog", "groothertogin", "vorst", "vorstin", "sjah",
}  # fmt: skip


def _bucket(key: tuple[str, ...]) -> str:
    """Index key of a name: its word, or its first two words ("jose" holds only one-word names,
    "jose maria" the longer ones), so a lookup scans a handful of names, not all Joses."""
    return key[0] if len(key) == 1 else f"{key[0]} {key[1]}"


def norm_lemma(tok) -> str:
    """Lowercase lemma without Alpino compound underscores ("klimaat_onderhandeling")."""
    lemma = (tok.lemma_ or tok.text).lower()
    return lemma.replace("_", "")


def agent_types(tok, idx: ActorIndex) -> tuple[tuple[str, ...], str] | None:
    """CAMEO types of an agent noun, by lemma, word form or compound suffix."""
    if tok.pos_ not in ("NOUN", "PROPN", "X", "") and not (
        # a noun the tagger called a verb, an adjective or a number, in a noun's slot: "honderd
        # Palestijnse gevangenen", "Palestijnse jongeren"; "junta" is tagged an adverb
        tok.pos_ in ("VERB", "ADJ", "ADV", "NUM")  # "oud-premier" is tagged a number
        and tok.dep_ in ("obj", "nsubj", "nsubj:pass", "iobj", "nmod")
    ):
        return None
    lower = tok.text.lower()
    lemma = norm_lemma(tok)
    plural_s = lower[:-2] if lower.endswith("'s") else lower[:-1] if lower.endswith("s") else lower
    for cand in (lemma, lower, plural_s):  # a plural the lemmatizer left: "gijzelaars"
        t = idx.agents.get(cand)
        if t:
            return t, cand
    if tok.i > 0 and (lower in idx.agent_last_words or lemma in idx.agent_last_words):
        # a role of several words, read at its last: "geheime dienst", "raad van state"
        doc = tok.doc
        for n in (1, 2):
            if tok.i - n < 0:
                break
            words = " ".join(doc[k].lower_ for k in range(tok.i - n, tok.i))
            for last in (lower, lemma):
                t = idx.agents.get(f"{words} {last}")
                if t:
                    return t, f"{words} {last}"
    memo = idx.agent_memo
    found = memo.get((lower, lemma), memo)  # memo itself as the "not looked up" mark
    if found is memo:
        if len(memo) >= WORD_MEMO_SIZE:
            memo.clear()
        found = memo[lower, lemma] = _agent_by_ending(lower, lemma, idx)
    return found


# nouns for a part of a body, whose type is the body's: "politie-eenheden" COP
UNIT_WORDS = ("eenheden", "eenheid")


def _agent_by_ending(lower: str, lemma: str, idx: ActorIndex) -> tuple | None:
    """``agent_types`` by a plural ending or a compound's last part: a pure function of the word
    and its lemma, kept per word since the suffix search tries every ending of every tail."""
    for unit in UNIT_WORDS:
        if lower.endswith(unit) and len(lower) > len(unit) + 2:
            # "politie-eenheden", "legereenheden": units are of the body they belong to
            t = idx.agents.get(lower[: -len(unit)].rstrip("-"))
            if t:
                return t, lower
    if lower.endswith("en"):
        stem = lower[:-2]
        t = idx.agents.get(stem) or idx.agents.get(lower[:-1])
        if t:
            return t, stem
        long = long_vowel_singular(stem)
        t = idx.agents.get(long) if long else None
        if t:
            return t, long  # "diplomaten" -> diplomaat, "soldaten" -> soldaat
    if idx.suffix_types and len(lemma) > 5:
        # the compound's last part, maybe plural: "defensieministers" -> minister
        for i in range(1, len(lemma)):
            tail = lemma[i:]
            for ending in ("", "s", "en", "'s", "n"):
                if tail.endswith(ending):
                    types = idx.suffix_types.get(tail[: len(tail) - len(ending)])
                    if types:
                        return types, lemma
    return None


SINGULAR_MEMO_SIZE = 100_000  # words (~10 MB); past it new words are looked at, not kept
_SEEN_WORDS: set[str] = set()  # words whose singular was looked for
_SINGULARS: dict[str, str] = {}  # the plurals among them -> their singular


def with_singulars(words: set[str]) -> set[str]:
    """``words`` (changed in place) with the singular of plurals whose long vowel is written
    single ("diplomaten" also as "diplomaat") and the base of inflected adjectives
    ("onaanvaardbare" also as "onaanvaardbaar"), for cues. Every sentence a verb is coded in asks
    this of all its words, so the answers are kept per word and read with set operations
    (never cleared: coders in other threads read them)."""
    extra: set[str] = set()
    new = words - _SEEN_WORDS
    if new:
        keep = len(_SEEN_WORDS) < SINGULAR_MEMO_SIZE
        for w in new:
            if w.endswith("en") and (single := long_vowel_singular(w[:-2])):
                extra.add(single)
                if keep:
                    _SINGULARS[w] = single
            elif w.endswith("e") and len(w) > 5 and (base := adjective_base(w)):
                extra.add(base)  # "onaanvaardbare" for the cue "onaanvaardbaar"
                if keep:
                    _SINGULARS[w] = base
        if keep:
            _SEEN_WORDS.update(new)
    for w in words & _SINGULARS.keys():
        extra.add(_SINGULARS[w])
    words |= extra
    return words


# endings of inflected adjectives whose base a cue names
ADJECTIVE_ENDINGS = ("bare", "lijke", "ische", "ieve", "ige", "ele", "ante", "ente", "loze")


def adjective_base(w: str) -> str | None:
    """The uninflected form of an adjective in -e: "onaanvaardbare" -> "onaanvaardbaar",
    "schandelijke" -> "schandelijk", "agressieve" -> "agressief"; None for other words."""
    stem = w[:-1]
    if stem[-1] in "aeiouy" or not w.endswith(ADJECTIVE_ENDINGS):
        return None
    if stem[-1] == "v":
        stem = stem[:-1] + "f"
    elif stem[-1] == "z":
        stem = stem[:-1] + "s"
    return long_vowel_singular(stem) or stem


def long_vowel_singular(stem: str) -> str | None:
    """The singular of a Dutch plural whose long vowel is written single in the open syllable
    ("diplomat-en" -> "diplomaat", "pilot-en" -> "piloot"), or None."""
    if len(stem) < 3 or stem[-1] in "aeiouy" or stem[-2] not in "aeou" or stem[-3] in "aeiouy":
        return None
    return stem[:-1] + stem[-2] + stem[-1]


def make_actor(
    code: str, d: Dictionaries, name: str, start: int, end: int, strong: bool = True
) -> Actor:
    parts = split_code(code, d.actor_codes)
    return Actor(code, parts.country, parts.group, parts.types, name, start, end, strong)
