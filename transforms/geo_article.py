"""What the article around an event tells the geocoder (``transforms/geo.py``): the written
sentences the parser's sentences belong to, the places of the sentences before an event, the
town of a meeting its parties act at, and names that are people rather than places. Split from
``geo.py``."""

from __future__ import annotations

import bisect
from typing import Any

from .gazetteer import SAME_NP, Place, office_noun, rank
from .geo_names import Mention

# a written sentence ends on these (a closing quote or bracket after them too)
SENTENCE_END = {".", "!", "?", ";", ":", "…"}
CLOSERS = {'"', "'", "”", "’", "»", ")"}


def written_sentences(doc, starts: list[int]) -> list[int]:
    """For each of the parser's sentences, the first parser sentence of the written sentence
    it belongs to: the parser sometimes cuts a sentence where it has no full stop ("De
    Indonesische regering en de Vrije Atjeh | Beweging GAM hebben in Genève ... ondertekend"),
    and a place in one part is where the event of the other happened. A new written sentence
    begins after a sentence-final mark or a line break."""
    out: list[int] = []
    for k, s in enumerate(starts):
        if k == 0:
            out.append(0)
            continue
        j = s - 1
        while j > starts[k - 1] and doc[j].text in CLOSERS:
            j -= 1
        end = starts[k + 1] if k + 1 < len(starts) else len(doc)
        if all(t.is_space for t in doc[s:end]):
            out.append(out[-1])  # a line break the parser made a sentence of its own
            continue
        last = doc[s - 1]
        ended = doc[j].text[-1:] in SENTENCE_END or "\n" in last.whitespace_ or "\n" in last.text
        out.append(k if ended or doc[s].is_space else out[-1])
    return out


RECENT_SENTENCES = 2


def earlier_mentions(by_sent: dict[int, list[Mention]], group: list[int], ev) -> list[Mention]:
    """The place mentions of the two written sentences before the event's, in order."""
    g = group[ev["sentence_index"]]
    before = sorted({x for x in group if x < g})[-RECENT_SENTENCES:]
    return [m for x in before for m in by_sent.get(x, [])]


def hangs_under(tok, head: int) -> bool:
    """``tok`` hangs on the token ``head`` within four steps (inside its phrase)."""
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == head:
            return True
    return False


def not_people(doc, mentions: list[Mention], events: list[dict[str, Any]]) -> list[Mention]:
    """Drop a place name that is exactly a person or organisation an event's actor is: "tussen
    Clinton en Assad", "Rubio verklaarde", "Soekarno en Hatta" (the NER took them for places;
    the coder found the person, whose actor carries a role type). Only town names: a country
    or region is its state's actor with a role ("de vorsten van Frankrijk"), and a capital or
    a seat standing for its state ("Moskou beschuldigt Kyiv") is a country actor with no type."""
    named = {
        (ev.get(f"{side}_start_char"), ev.get(f"{side}_end_char"))
        for ev in events
        for side in ("actor1", "actor2")
        if ev.get(f"{side}_type1_code") and ev.get(f"{side}_start_char") is not None
    }
    if not named:
        return mentions
    return [
        m
        for m in mentions
        if m.dateline
        or any(rank(p) < 2 for p, _ in m.cands)  # "de vorsten van Frankrijk": FRAGOV
        or (doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)) not in named
    ]


OFFICE_PREPOSITIONS = {"van", "te", "in"}


def office_town(doc, mentions) -> Place | None:
    """A town on an office noun that is a clause's subject ("de pacha van Jeruzalem verweet
    ...", "de gezant te Rome tracht ..."): where that office holder acts (``office_nouns`` in
    geo_words.tsv; not a title of nobility: "de groothertog van Baden" is the land's)."""
    for m in mentions:
        if m.place is None or rank(m.place) != 2 or m.prep not in OFFICE_PREPOSITIONS:
            continue
        tok = doc[m.start]
        while tok.dep_ in SAME_NP and tok.head.i != tok.i:
            tok = tok.head
        noun = tok.head
        if tok.dep_ == "nmod" and noun.dep_ in ("nsubj", "nsubj:pass") and office_noun(noun.lower_):
            return m.place
    return None


def token_spans(ev: dict[str, Any], tok_starts: list[int]) -> dict[str, tuple[int, int]]:
    """The token span of each actor's phrase that the event gives characters for."""
    spans = {}
    for side in ("actor1", "actor2"):
        s, e = ev.get(f"{side}_start_char"), ev.get(f"{side}_end_char")
        if s is not None and e is not None and e > s:
            spans[side] = (
                bisect.bisect_right(tok_starts, s) - 1,
                bisect.bisect_left(tok_starts, e),
            )
    return spans


def party_place(met: dict[str, list[tuple[int, Place]]], ev: dict[str, Any]) -> Place | None:
    """The town of the article's nearest event (the earlier on a tie) placed by rule 1 between
    two countries, one of them this event's first actor's, when this event too is between two
    countries: what a party to a meeting or visit says or does in its report happened there
    (not a domestic event, not fighting: the caller's checks)."""
    if len(country_pair(ev)) != 2 or not met.get(ev.get("actor1_country_code")):
        return None
    si = ev["sentence_index"]
    return min(met[ev["actor1_country_code"]], key=lambda p: (abs(p[0] - si), p[0] > si))[1]


def country_pair(ev: dict[str, Any]) -> frozenset:
    return frozenset(c for c in (ev.get("actor1_country_code"), ev.get("actor2_country_code")) if c)
