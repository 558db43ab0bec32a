"""Which place each name of an article is: helpers of ``transforms/geo.py``'s mention scan.

The preposition a name's phrase hangs on ("in de buurt van Tetovo": "in"; "ten oosten van
Charkiv": "ten"), capitals named by their country ("in de Russische hoofdstad"), names the NER
tags as part of a longer entity or as a person but that are places all the same (a province or
country adjective before the town: "in het Limburgse Venlo"; a name coordinated with a place:
"in Maastricht, Heerlen en Sittard") and the choice of one gazetteer entry per name
(``resolve``): a country by its name ("Jamaica", not Jamaica, New York; but a big town of
that name in that very country is the town: "Djibouti", "Gaza"), else by population, a town of
that very name or with that Dutch name before one with it as an alternate name, boosted for a
Dutch or Belgian town, when the article names the place's country and strongly when a country
or province adjective qualifies it ("de Amerikaanse stad San Francisco", "het Overijsselse
Hasselt"); a province is the town of its name when the town is in it ("in Utrecht", "in
Groningen"), unless the phrase says province ("de provincie Utrecht").
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

from .gazetteer import (
    BATTLE_NOUNS,
    CAPITAL_NOUNS,
    CONTROL_NOUNS,
    COUNTRY,
    REGION,
    SAME_NP,
    STATE,
    TREATY_NOUNS,
    US_CITY,
    WORLD_CITY,
    Gazetteer,
    Place,
    area_noun,
    meeting_noun,
    name_key,
    siege_noun,
)
from .geo_places import listed_from

ARTICLE_BOOST = 20.0
ADJECTIVE_BOOST = 1000.0
HOME_BOOST = 100.0  # a Dutch or Belgian town: the news is Dutch ("Waterloo", "Lier", "Melle")
# nouns that say a name is the province or region, not its town ("de provincie Utrecht")
REGION_NOUNS = ("provincie", "provincies", "gewest", "gewesten", "regio", "regio's")
SEAT_PREPOSITIONS = {"in", "te"}
# the abbreviations Dutch news writes a town's province with: "Hengelo (Gld)", "Bergen (NH)"
PROVINCE_ABBREVIATIONS = {
    "dr": "NL01", "fr": "NL02", "gld": "NL03", "gr": "NL04", "gn": "NL04", "l": "NL05",
    "lb": "NL05", "nb": "NL06", "nh": "NL07", "u": "NL09", "ut": "NL09", "z": "NL10",
    "zl": "NL10", "zh": "NL11", "ov": "NL15", "o": "NL15", "fl": "NL16",
}  # fmt: skip


@dataclass
class Mention:
    start: int  # token index
    end: int
    sent: int
    cands: list[tuple[Place, bool]]
    place: Place | None = None
    prep: str | None = None  # the preposition that introduces it, if any
    key: str = ""
    dateline: bool = False  # "FLORENCE, 13 Nov.", "DEN HAAG (ANP) -"


def adjective(gaz: Gazetteer, text: str) -> str | None:
    """The country (iso2) of a country adjective, also as the first part of a compound
    ("Frans-Belgische": France)."""
    key = name_key(text)
    return gaz.adjectives.get(key) or gaz.adjectives.get(key.split(" ", 1)[0])


def place_adjective(gaz: Gazetteer, tok) -> bool:
    """A capitalised country, province or region adjective ("Franse", "Limburgse")."""
    if not tok.text[:1].isupper():
        return False
    key = name_key(tok.text)
    return key in gaz.adjectives or key in gaz.region_adjectives


def adjective_led(gaz: Gazetteer, doc, start: int) -> bool:
    """The NER entity the name is in begins with place adjectives only, right before the name:
    "in het Limburgse Venlo", "het Franse Lyon" tagged as one organisation or person; the name
    is the place."""
    j = start - 1
    if doc[start].ent_iob_ != "I" or j < 0:
        return False
    while j >= 0 and place_adjective(gaz, doc[j]):
        if doc[j].ent_iob_ == "B":
            return True
        j -= 1
    return False


def seat_in_entity(doc, start: int) -> bool:
    """The NER ran an organisation's name on over where it sits: "het Openbaar Ministerie in
    Den Bosch", "de ambassade te Moskou" tagged as one entity; the name after "in"/"te" is the
    place (organisations rarely have "in" in their names, unlike "van": "Universiteit van
    Amsterdam")."""
    if start < 2 or doc[start].ent_iob_ != "I":
        return False
    prep = doc[start - 1]
    return prep.lower_ in SEAT_PREPOSITIONS and prep.ent_iob_ == "I"


def coordinated(doc, start: int, places: list[Mention]) -> bool:
    """The name is coordinated with a place found before it, in its locative phrase ("in
    Maastricht, Heerlen en Sittard", "in Gaza-Stad en Chan Younis"): a place too, whatever the
    NER tags it."""
    tok = doc[start]
    for _ in range(3):  # the name's head word: "Chan Younis" is "Chan"
        if tok.dep_ == "conj" or tok.head.i == tok.i or tok.dep_ not in SAME_NP:
            break
        tok = tok.head
    if tok.dep_ != "conj":
        return False
    head = tok.head.i
    return any(m.start <= head < m.end and m.prep is not None for m in places)


# a distance from a place: "20 kilometer van Charkiv" is near it
DISTANCE_NOUNS = {"kilometer", "kilometers", "km", "mijl", "mijlen", "meter", "meters"}


def preposition(doc, start: int, end: int) -> str | None:
    """The preposition of the phrase the name heads or sits in ("in de Libanese X")."""
    tok = doc[start]
    # climb from the name through its own noun phrase (appos/flat) to the phrase head
    seen = 0
    while tok.dep_ in SAME_NP and tok.head.i != tok.i and seen < 4:
        tok = tok.head
        seen += 1
    cases = [c for c in tok.children if c.dep_ == "case" and c.i < start]
    if cases:
        # the one nearest the name: "na te Brussel ... gehad" is "te"
        prep = cases[-1].lower_
        head = tok.head
        if prep == "van" and tok.dep_ == "nmod" and named_by_town(head.lower_):
            # "in de buurt van Tetovo", "in de haven van Kiel": the area's preposition; "op de
            # conferentie van Teheran", "bij het Verdrag van Versailles": where it was held
            outer = [c for c in head.children if c.dep_ == "case"]
            if outer:
                return outer[-1].lower_
        noun = doc[cases[-1].i - 1].lower_ if cases[-1].i else ""
        if prep == "van" and noun in DISTANCE_NOUNS and doc[max(0, cases[-1].i - 2)].like_num:
            # "sloeg 20 kilometer van Charkiv in", "12 mijlen van Batavia": near the town (with
            # its own preposition, "op 30 kilometer van Charkiv", the area's above)
            return "bij"
        if (
            (prep == "van" and siege_noun(noun))
            or (prep == "om" and noun.endswith(BATTLE_NOUNS))
            or (prep == "over" and noun in CONTROL_NOUNS)
        ):
            # "de val van Bakhmut", "de raketbeschieting van Charkiv", "de slag om Arnhem", "de
            # controle over Cherson": there
            return "in"
        return prep
    # no parse: the word just before the name or its determiner/adjectives
    j = start - 1
    while j >= 0 and j >= start - 4 and doc[j].pos_ in ("DET", "ADJ", "NUM", "ADV"):
        j -= 1
    if j >= 0 and doc[j].pos_ == "ADP":
        if doc[j].lower_ == "van" and j >= 2 and area_noun(doc[j - 1].lower_):
            # "ten oosten van Charkiv", "in het noorden van Gaza" (parsed as a fixed phrase)
            k = j - 2
            while k >= 0 and doc[k].pos_ == "DET":
                k -= 1
            if k >= 0 and doc[k].pos_ == "ADP":
                return doc[k].lower_
        return doc[j].lower_
    return None


def named_by_town(noun: str) -> bool:
    """An area, a meeting or a treaty that a "van" phrase names by its town."""
    return area_noun(noun) or meeting_noun(noun) or noun.endswith(TREATY_NOUNS)


def capital_mentions(gaz: Gazetteer, doc, sent_starts: list[int], covered: set[int]) -> list:
    """ "in de Russische hoofdstad", "de hoofdstad van Hongarije", "Hongariëns hoofdstad":
    the country's capital, unless the phrase also names the town ("de hoofdstad Kyiv", a place
    the scan found; a person the NER runs on does not count: "in de Oekraïense hoofdstad
    Zelensky ontmoet")."""
    out = []
    for t in doc:
        if t.lower_ not in CAPITAL_NOUNS or t.i in covered:
            continue
        if any(c.dep_ in ("appos", "flat", "flat:name") and c.i in covered for c in t.children):
            continue
        iso = None
        for c in t.children:
            if c.dep_ not in ("amod", "nmod", "nmod:poss", "det") or not c.text[:1].isupper():
                continue
            key = name_key(c.text)
            cases = [x.lower_ for x in c.children if x.dep_ == "case"]
            if c.dep_ == "amod":
                iso = adjective(gaz, c.text)
            if iso is None and cases in ([], ["van"]):
                keys = [key] if cases else [key, key[:-1] if key.endswith("s") else key]
                found = [p for k in keys for p, _ in gaz.names.get(k, ())]
                iso = next((p.iso2 for p in found if p.kind == COUNTRY), None)
            if iso:
                break
        capital = gaz.capitals.get(iso or "")
        if capital is None:
            continue
        sent = bisect.bisect_right(sent_starts, t.i) - 1
        case = next((c.lower_ for c in t.children if c.dep_ == "case"), None)
        out.append(Mention(t.i, t.i + 1, sent, [(capital, True)], prep=case, key=""))
    return out


def qualifiers(gaz: Gazetteer, doc, m: Mention) -> tuple[set[str], set[str]]:
    """Countries (iso2) and provinces (ADM1) named by an adjective in the name's own phrase or
    right before it: "de Amerikaanse stad San Francisco", "in het Limburgse Venlo"."""
    isos: set[str] = set()
    regions: set[str] = set()
    adjectives = [doc[m.start - 1]] if m.start > 0 else []
    head = doc[m.start]
    for _ in range(3):
        adjectives += [c for c in head.children if c.dep_ == "amod"]
        if head.dep_ not in SAME_NP or head.head.i == head.i:
            break
        head = head.head
        if head.i < m.start and head.pos_ in ("ADJ", "PROPN"):
            adjectives.append(head)  # "het Limburgse Venlo" parsed with the adjective as head
    for tok in adjectives:
        if not tok.text[:1].isupper():
            continue
        key = name_key(tok.text)
        if key in gaz.adjectives:
            isos.add(gaz.adjectives[key])
        regions.update(gaz.region_adjectives.get(key, ()))
    # the province, state or country in brackets after it: "Hengelo (Gelderland)", "Bergen
    # (NH)", "Portland (Oregon)"
    after = doc[m.end : m.end + 4]
    close = next((k for k, t in enumerate(after) if t.text == ")"), None)
    if len(after) > 2 and after[0].text == "(" and close in (2, 3):
        key = name_key(" ".join(t.text for t in after[1:close]).rstrip("."))
        if key in PROVINCE_ABBREVIATIONS:
            regions.add(PROVINCE_ABBREVIATIONS[key])
        for p, _ in gaz.names.get(key, ()):
            if p.kind == COUNTRY:
                isos.add(p.iso2)
            elif p.kind in (STATE, REGION):
                regions.add(p.adm1)
    return isos, regions


def province_named(doc, start: int) -> bool:
    """The word before the name, or before the first name of its list, says it is the province
    or region ("de provincie Utrecht", "de provincies Groningen en Drenthe")."""
    first = listed_from(doc[start])
    words = [doc[start - 1]] if start > 0 else []
    if first.i < start:
        words += [first, doc[first.i - 1]] if first.i > 0 else [first]
    return any(w.lower_.endswith(REGION_NOUNS) for w in words)


def resolve(gaz: Gazetteer, doc, mentions: list[Mention]) -> set[str]:
    """Pick one place per mention; returns the article's countries (iso2)."""
    article: set[str] = set()
    for m in mentions:
        for p, _ in m.cands:
            if p.kind == COUNTRY and len(m.cands) == 1:
                article.add(p.iso2)
    for t in doc:
        iso = gaz.adjectives.get(name_key(t.text)) if t.text[:1].isupper() else None
        if iso:
            article.add(iso)
    for m in mentions:
        # a country or province adjective: "de Amerikaanse stad San Francisco", "het Limburgse
        # Venlo"
        adj, regions = qualifiers(gaz, doc, m)
        best, best_score = None, -1.0
        kinds = {p.kind for p, _ in m.cands}
        dutch = gaz.dutch
        city_keys = (m.key, f"{m.key} city")
        # a country of this very name: "Jamaica", "Armenia" are the countries, not Jamaica
        # (New York) or Armenia (Colombia); "Djibouti", "Gaza" are big towns of that country
        own_country = {
            p.iso2 for p, _ in m.cands if p.kind == COUNTRY and name_key(p.name) == m.key
        }
        # a province that has a town of its name: "in Utrecht" is the town
        towns_in = {
            p.adm1
            for p, _ in m.cands
            if p.kind in (US_CITY, WORLD_CITY) and name_key(p.name) == m.key
        }
        if province_named(doc, m.start):
            towns_in = set()
        for p, _curated in m.cands:
            score = math.log10(max(p.population, 10))
            town_name = p.kind in (US_CITY, WORLD_CITY) and name_key(p.name)
            if p.kind == COUNTRY:
                score += 100  # a country name is the country ("Mexico", "Luxemburg")
            elif STATE in kinds and p.population >= 500_000 and town_name in city_keys:
                score += 5  # "Washington", "New York": the city, not the state
            elif (
                COUNTRY in kinds
                and p.population >= 100_000
                and town_name == m.key
                and not own_country - {p.iso2}
            ):
                score += 200  # ... unless a big town has that very name ("Gaza")
            elif town_name and (m.key, p.feature_id) in dutch:
                # the town's Dutch name ("Odessa": Odesa, not Odessa, Texas; "Havre": Le Havre)
                score += 2
            elif town_name == m.key:
                # a town of that very name beats one that has it as an alternate name,
                # a big one more ("Dublin": Ireland's, not California's)
                score += 2 if p.population >= 100_000 else 1
            elif p.kind == STATE:
                score += 1 + math.log10(ARTICLE_BOOST)
            elif p.kind == REGION and p.adm1 not in towns_in:
                score += 150  # "Limburg", "Vlaanderen": the region, not the country or a town
            if town_name and p.iso2 in ("NL", "BE"):
                score += math.log10(HOME_BOOST)
            if p.iso2 in adj or (town_name and p.adm1 in regions):
                score += math.log10(ADJECTIVE_BOOST)
            elif p.iso2 in article:
                score += math.log10(ARTICLE_BOOST)
            if score > best_score:
                best, best_score = p, score
        m.place = best
    return article
