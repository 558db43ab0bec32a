"""Actor recognition: dictionary token matcher plus noun-phrase assembly over the dependency parse.

The matcher finds country names, adjectives, demonyms, seats, places, organisations and dated people
by exact token sequences (case-sensitive, tokenised like the pipeline). Agent nouns (regering,
president, leger ...) are found by lemma, also as the last part of a compound. A noun phrase becomes an
actor when its head or its tight modifiers (amod, flat, appos, compound, "van"-nmod) carry a country,
organisation or person: "de Amerikaanse president Biden" -> USAGOV.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .dictionaries import Dictionaries, split_code

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

    @property
    def key(self) -> str | None:
        return self.country or self.group


@dataclass
class ActorIndex:
    """Compiled lookups; built once per coder."""

    first: dict[str, list[tuple[tuple[str, ...], Entry]]] = field(default_factory=dict)
    hyphen_parts: dict[str, Entry] = field(default_factory=dict)
    agents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    agent_suffix: re.Pattern | None = None
    suffix_types: dict[str, tuple[str, ...]] = field(default_factory=dict)
    org_codes: dict[str, dict] = field(default_factory=dict)
    ctx_orgs: dict[str, set[str]] = field(default_factory=dict)


def build_index(d: Dictionaries, tokenize) -> ActorIndex:
    """Tokenise every dictionary phrase once (``tokenize`` = the Dutch tokenizer) into a first-token index."""
    idx = ActorIndex()

    def add(text: str, entry: Entry) -> None:
        toks = tuple(t for t in tokenize(text))
        if not toks:
            return
        bucket = idx.first.setdefault(toks[0], [])
        if (toks, entry) not in bucket:
            bucket.append((toks, entry))
        if len(toks) == 1 and "-" not in text:
            idx.hyphen_parts.setdefault(text, entry)

    for c in d.countries:
        canon = c["names"][0] if c["names"] else c["code"]
        for n in c["names"]:
            add(n, Entry(COUNTRY, c["code"], canon))
        for n in c["adjectives"]:
            add(n, Entry(ADJ, c["code"], canon))
        for n in c["demonyms"]:
            add(n, Entry(DEMONYM, c["code"], canon))
        for n in c["seats"]:
            add(n, Entry(SEAT, c["code"], n))
    for code, names in d.places:
        for n in names:
            add(n, Entry(PLACE, code, n))
    for o in d.organisations:
        idx.org_codes[o["code"]] = o
        for n in o["names"]:
            add(n, Entry(ORG, o["code"], o["names"][0]))
        for n in o["context"]:
            add(n, Entry(ORG_CTX, o["code"], o["names"][0]))
            idx.ctx_orgs.setdefault(o["code"], set()).add(n)
    for pid, person in d.people.items():
        for n in person.names:
            add(n, Entry(PERSON, pid, person.names[0]))
    suffixes = []
    for a in d.agents:
        for lemma in a["lemmas"]:
            idx.agents.setdefault(lemma, a["types"])
            if a["suffix"] and " " not in lemma:
                suffixes.append(lemma)
                idx.suffix_types.setdefault(lemma, a["types"])
    if suffixes:
        alts = "|".join(sorted((re.escape(s) for s in set(suffixes)), key=len, reverse=True))
        idx.agent_suffix = re.compile(rf"(?:{alts})(?:s|en|'s|n)?$")
    return idx


def match_mentions(words: list[str], idx: ActorIndex) -> list[Mention]:
    """Longest-first dictionary matches over token texts; hyphenated tokens are also split ("EU-leiders")."""
    out: list[Mention] = []
    n = len(words)
    first = idx.first
    # Only dictionary first words and hyphenated tokens can start a match: skip the rest in C.
    starts = [i for i, w in enumerate(words) if w in first or "-" in w]
    free = 0  # first position not covered by the previous match
    for i in starts:
        if i < free:
            continue
        text = words[i]
        best: tuple[int, Entry] | None = None
        for toks, entry in first.get(text, ()):
            k = len(toks)
            if i + k <= n and (k == 1 or all(words[i + j] == toks[j] for j in range(1, k))):
                if (
                    best is None
                    or k > best[0]
                    or (k == best[0] and KIND_RANK[entry.kind] < KIND_RANK[best[1].kind])
                ):
                    best = (k, entry)
        if best is None and "-" in text and len(text) > 3:
            # only the first part: "EU-leiders", "FARC-rebellen" (but not "Indo-China")
            e = idx.hyphen_parts.get(text.split("-", 1)[0])
            if e is not None and e.kind in (ORG, COUNTRY, PERSON):
                best = (1, e)
        if best:
            out.append(Mention(i, i + best[0], best[1]))
            free = i + best[0]
    return out


def norm_lemma(tok) -> str:
    """Lowercase lemma without Alpino compound underscores ("klimaat_onderhandeling")."""
    lemma = (tok.lemma_ or tok.text).lower()
    return lemma.replace("_", "")


def agent_types(tok, idx: ActorIndex) -> tuple[tuple[str, ...], str] | None:
    """CAMEO types of an agent noun, by lemma, word form or compound suffix."""
    if tok.pos_ not in ("NOUN", "PROPN", "X", ""):
        return None
    lower = tok.text.lower()
    lemma = norm_lemma(tok)
    for cand in (lemma, lower, lower.rstrip("s") if lower.endswith("'s") else lower):
        t = idx.agents.get(cand)
        if t:
            return t, cand
    if lower.endswith("en"):
        t = idx.agents.get(lower[:-2]) or idx.agents.get(lower[:-1])
        if t:
            return t, lower[:-2]
    if idx.agent_suffix is not None and len(lemma) > 5:
        m = idx.agent_suffix.search(lemma)
        if m and m.start() > 0:
            base = m.group(0)
            for s, types in idx.suffix_types.items():
                if base.startswith(s):
                    return types, lemma
    return None


def resolve_entry(entry: Entry, d: Dictionaries, date: dt.date, idx: ActorIndex) -> str | None:
    """Full actor code of one dictionary entry at the article date."""
    if entry.kind == PERSON:
        return d.people[entry.code].code_at(date)
    if entry.kind in (ORG, ORG_CTX):
        return entry.code
    return entry.code


def make_actor(
    code: str, d: Dictionaries, name: str, start: int, end: int, strong: bool = True
) -> Actor:
    parts = split_code(code, d.actor_codes)
    return Actor(code, parts.country, parts.group, parts.types, name, start, end, strong)
