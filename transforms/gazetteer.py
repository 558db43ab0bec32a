"""The geocoder's gazetteer: GeoNames countries, US states, Dutch and Belgian regions (with the
adjectives of their provinces: "Limburgse", "West-Vlaamse") and towns with their Dutch names
and capitals (``geoevents/data/gazetteer.tsv.gz``, built by
``training/geo/build_gazetteer.py``), loaded once per worker, the name keys it is matched on, and
the Dutch words and name shapes the geocoder reads places by (prepositions, place nouns,
datelines).
"""

from __future__ import annotations

import gzip
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geoevents.malloc import collector_paused

GAZETTEER = Path(__file__).resolve().parents[1] / "geoevents" / "data" / "gazetteer.tsv.gz"
# Installed as geoevents.transforms, the data folder is a sibling package folder.
_INSTALLED = Path(__file__).resolve().parents[1] / "data" / "gazetteer.tsv.gz"

COUNTRY, STATE, US_CITY, WORLD_CITY, REGION = 1, 2, 3, 4, 5
GEO_KEYS = (
    "type",
    "fullname",
    "country_code",
    "adm1_code",
    "adm2_code",
    "lat",
    "long",
    "feature_id",
)


def fold(word: str) -> str:
    """Lower case without accents, typographic apostrophe as "'" (matching key)."""
    w = word.lower().replace("\u2019", "'")
    if w.isascii():
        return w
    return "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))


def name_key(text: str) -> str:
    """The matching key of a name or of consecutive tokens: folded, a hyphen as a space (so
    "New-York", "Sint Petersburg" and "'s Gravenhage" match "New York", "Sint-Petersburg" and
    "'s-Gravenhage")."""
    return " ".join(fold(text).replace("-", " ").split())


MAX_TOKENS = 6  # longest place name matched, in tokens
MINOR_POP = 15_000  # towns abroad below this are matched only in a plain locative phrase
HOME = ("NL", "BE")  # every town of 1,000+ is in the gazetteer


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    kind: int  # COUNTRY, STATE or a town (US_CITY / WORLD_CITY by country)
    name: str
    iso2: str
    fips: str
    adm1: str | None
    lat: float
    lon: float
    population: int
    feature_id: str
    state: str | None = None  # US state name, for a US town's full name

    def fields(self, gaz: Gazetteer) -> dict[str, Any]:
        """The eight GDELT geo fields (without prefix)."""
        country = gaz.countries.get(self.iso2)
        cname = country.name if country else self.iso2
        if self.kind == COUNTRY:
            full = self.name
        elif self.kind in (STATE, REGION):
            full = f"{self.name}, {cname}"
        elif self.state:
            full = f"{self.name}, {self.state}, {cname}"
        else:
            full = f"{self.name}, {cname}"
        return {
            "type": self.kind,
            "fullname": full,
            "country_code": self.fips,
            "adm1_code": self.adm1,
            "adm2_code": None,
            "lat": self.lat,
            "long": self.lon,
            "feature_id": self.feature_id,
        }


def gazetteer_path() -> Path:
    """The shipped gazetteer: the repository's data folder, or the installed package's."""
    return GAZETTEER if GAZETTEER.exists() else _INSTALLED


def gazetteer_rows(path: str | Path | None = None) -> Iterator[list[str]]:
    """The gazetteer's rows split on tabs, comments skipped (the layout is in its header)."""
    with gzip.open(path or gazetteer_path(), "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


CITY_STATE_SHARE = 0.75


class Gazetteer:
    """Countries, US states and towns with a token index of their names."""

    def __init__(self, path: str | Path | None = None) -> None:
        with collector_paused():  # 70,000 places and their names: half the load time otherwise
            self._load(path)

    def _load(self, path: str | Path | None) -> None:
        self.countries: dict[str, Place] = {}
        self.by_cameo: dict[str, Place] = {}
        self.adjectives: dict[str, str] = {}  # folded adjective -> iso2
        # folded adjective of a province or region -> its ADM1 codes ("limburgse": NL05, BEVLG)
        self.region_adjectives: dict[str, tuple[str, ...]] = {}
        # matching key -> [(place, curated)]; curated: a country or US state name
        self.names: dict[str, list[tuple[Place, bool]]] = {}
        self.first_words: set[str] = set()
        # iso2 -> the capital ("in de Russische hoofdstad": Moscow)
        self.capitals: dict[str, Place] = {}
        self._capital_ids: set[str] = set()
        # (matching key, town id) of a town's Dutch names ("odessa": Odesa, Ukraine; exonyms_nl.tsv
        # and CLDR): the geocoder counts them as the town's own name
        self.dutch: set[tuple[str, str]] = set()
        capital_ids: dict[str, str] = {}
        states = []
        towns = []
        for c in gazetteer_rows(path):
            if c[0] == "C":
                _, iso, fips, cameo, _gid, name, lat, lon, pop, names, adjs, cap = c
                if cap != "-":
                    capital_ids[cap] = iso
                p = Place(COUNTRY, name, iso, fips, fips, float(lat), float(lon), int(pop), fips)
                self.countries[iso] = p
                self.by_cameo[cameo] = p
                self._add(names, p, True)
                if adjs != "-":
                    for a in adjs.split("|"):
                        self.adjectives[a] = iso
            elif c[0] == "S":
                states.append(c)
            elif c[0] == "R":
                _, adm1, iso, name, lat, lon, pop, names, *adjs = c
                fips = self.countries[iso].fips if iso in self.countries else iso
                p = Place(REGION, name, iso, fips, adm1, float(lat), float(lon), int(pop), adm1)
                self._add(names, p, True)
                for a in adjs[0].split("|") if adjs and adjs[0] != "-" else ():
                    self.region_adjectives[a] = (*self.region_adjectives.get(a, ()), adm1)
            else:
                towns.append(c)
        self.state_names: dict[str, str] = {}
        for _, adm1, _gid, name, lat, lon, pop, names in states:
            p = Place(STATE, name, "US", "US", adm1, float(lat), float(lon), int(pop), adm1)
            self.state_names[adm1] = name
            self._add(names, p, True)
        for _, gid, name, iso, admin1, lat, lon, pop, names, *rest in towns:
            if rest and rest[0] != "-":
                self.dutch.update((k, gid) for k in rest[0].split("|"))
            country = self.countries.get(iso)
            fips = country.fips if country else iso
            adm1 = None if admin1 == "-" else f"{fips}{admin1}"
            kind = US_CITY if iso == "US" else WORLD_CITY
            state = self.state_names.get(adm1 or "") if iso == "US" else None
            p = Place(kind, name, iso, fips, adm1, float(lat), float(lon), int(pop), gid, state)
            self._add(names, p, False)
            if gid in capital_ids:
                self.capitals[capital_ids[gid]] = p
                self._capital_ids.add(gid)

        # a city-state is its capital ("het Vaticaan": Vatican City; Monaco, Singapore): a
        # capital of the country's name that holds most of its people
        self.city_states: dict[str, Place] = {
            iso: cap
            for iso, cap in self.capitals.items()
            if cap.population >= CITY_STATE_SHARE * self.countries[iso].population
            and name_key(cap.name).startswith(name_key(self.countries[iso].name))
        }
        self.town_adjectives = self._town_adjectives()

    def _town_adjectives(self, path: Path | None = None) -> dict[str, Place]:
        """Folded town adjective ("haagse" and "haags") -> the town (``town_adjectives.tsv``);
        a town the gazetteer lacks in that country is an error that names the line."""
        if path is None:
            path = TOWN_ADJECTIVES if TOWN_ADJECTIVES.exists() else _INSTALLED_TOWN_ADJECTIVES
        out: dict[str, Place] = {}
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                parts = line.rstrip("\n").split("\t")
                if line.startswith("#") or not line.strip() or parts[0] == "adjective":
                    continue
                if len(parts) != 3:
                    raise ValueError(f"{path}:{n}: expected 'adjective<TAB>town<TAB>country'")
                adjective, town, iso = parts
                towns = [p for p, _ in self.names.get(name_key(town), ()) if rank(p) == 2]
                towns = [p for p in towns if p.iso2 == iso]
                if not towns:
                    raise ValueError(f"{path}:{n}: no town {town!r} in {iso} in the gazetteer")
                place = max(towns, key=lambda p: p.population)
                key = name_key(adjective)
                out[key] = place
                if key.endswith("e"):
                    out[key[:-1]] = place
        return out

    def _add(self, names: str, place: Place, curated: bool) -> None:
        entry = (place, curated)
        index = self.names
        first_words = self.first_words
        for key in names.split("|"):
            if key and key != "-":
                found = index.get(key)
                if found is None:
                    index[key] = [entry]
                else:
                    found.append(entry)
                first_words.add(key.partition(" ")[0])

    def minor(self, place: Place) -> bool:
        """A town abroad of fewer than 15,000 people that is no capital: the geocoder takes its
        name only in a plain locative phrase ("in Lerwick"), not "het Casino" or "uit Sussex"."""
        return (
            place.kind in (US_CITY, WORLD_CITY)
            and place.population < MINOR_POP
            and place.iso2 not in HOME
            and place.feature_id not in self._capital_ids
        )

    def country_of_cameo(self, code: str | None) -> Place | None:
        if not code:
            return None
        return self.by_cameo.get(code[:3])


# ------------------------------------------------------------------ words and name shapes
# Dutch words and patterns the geocoder reads places by (transforms/geo.py).

SAME_NP = {
    "appos",
    "flat",
    "flat:name",
    "compound",
    "amod",
    "nummod",
    "fixed",
    "conj",
}  # the name's own phrase

GEO_WORDS = GAZETTEER.with_name("geo_words.tsv")
_INSTALLED_WORDS = _INSTALLED.with_name("geo_words.tsv")
TOWN_ADJECTIVES = GAZETTEER.with_name("town_adjectives.tsv")
_INSTALLED_TOWN_ADJECTIVES = _INSTALLED.with_name("town_adjectives.tsv")


def load_words(path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """The geocoder's word lists (``geoevents/data/geo_words.tsv``: list name, word), in file
    order; a malformed line is an error that names it."""
    if path is None:
        path = GEO_WORDS if GEO_WORDS.exists() else _INSTALLED_WORDS
    lists: dict[str, list[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 2 or not parts[0] or not parts[1]:
                raise ValueError(f"{path}:{n}: expected 'list<TAB>word', got {line!r}")
            lists.setdefault(parts[0], []).append(parts[1])
    return {k: tuple(v) for k, v in lists.items()}


_WORDS = load_words()
# membership lists
LOCATIVE = frozenset(_WORDS["locative"])
ORIGIN = frozenset(_WORDS["origin"])
DESTINATION = frozenset(_WORDS["destination"])
MEETING_NOUNS = frozenset(_WORDS["meeting_nouns"])
COMPASS = frozenset(_WORDS["compass"])
CAPITAL_NOUNS = frozenset(_WORDS["capital_nouns"])
AREA_NOUNS = frozenset(_WORDS["area_nouns"])
MONTHS = frozenset(_WORDS["months"])
WEEKDAYS = frozenset(_WORDS["weekdays"])
SIEGE_NOUNS = frozenset(_WORDS["siege_nouns"])
CONTROL_NOUNS = frozenset(_WORDS["control_nouns"])
REPORT_NOUNS = frozenset(_WORDS["report_nouns"])
REPORT_VERBS = frozenset(_WORDS["report_verbs"])
# word ends (str.endswith) and verb form beginnings (str.startswith)
PLACE_NOUNS = _WORDS["place_nouns"]
BATTLE_NOUNS = _WORDS["battle_nouns"]
VISIT_VERBS = _WORDS["visit_verbs"]
TAKE_VERBS = _WORDS["take_verbs"]
WITHDRAW_VERBS = _WORDS["withdraw_verbs"]
WITHDRAW_NOUNS = _WORDS["withdraw_nouns"]
TREATY_NOUNS = _WORDS["treaty_nouns"]
TIME_PREPOSITIONS = frozenset(_WORDS["time_prepositions"])
OFFICE_NOUNS = frozenset(_WORDS["office_nouns"])


def area_noun(word: str) -> bool:
    return word in AREA_NOUNS or place_noun(word)


def place_noun(word: str) -> bool:
    """A noun naming a place, also as the end of a compound ("grensgebied", "kuststad")."""
    return word.endswith(PLACE_NOUNS)


DASHES = {"-", "\u2013", "\u2014"}
OPENERS = {'"', "'", "''", "\u00ab", ":", "(", "\u201c", "\u201e"}


def rank(place: Place) -> int:
    """How specific a place is: a town 2, a state or region 1, a country 0."""
    return 0 if place.kind == COUNTRY else 1 if place.kind in (STATE, REGION) else 2


def is_dateline(doc, start: int, end: int) -> bool:
    """The name opens a line, a sentence or a quote and a date or a dash follows: a dateline
    ("FLORENCE, 13 Nov.", "'s Hage, 4 Mei 1864", "DEN HAAG (ANP) -", "MAGNY-COURS -",
    "PARIJS, dinsdag."), also after a country heading in capitals on its line ("SPANJE MADRID,
    7 Febr.", as 19th-century papers head their foreign news)."""
    if start > 0:
        before = doc[start - 1]
        if not (
            doc[start].is_sent_start
            or before.is_space
            or before.text in OPENERS
            or _after_heading(doc, start, end)
        ):
            return False
    after = [t for t in doc[end : end + 6] if not t.is_space]
    if len(after) < 2:
        return False
    if after[0].text == "(":  # "DEN HAAG (ANP) -"
        close = next((k for k, t in enumerate(after) if t.text == ")"), None)
        return close is not None and close + 1 < len(after) and after[close + 1].text in DASHES
    if after[0].text in DASHES:  # "MOSKOU -"
        return doc[start:end].text.isupper()
    if after[0].text != ",":
        return False
    # ", 13 Nov.", ", 2 6 Julij" (OCR), ", Maandag 4 Mei", ", dinsdag." (a weekday ending the line)
    capitals = doc[start:end].text.isupper()
    seen_day = False
    for t in after[1:]:
        word = t.lower_.rstrip(".")
        if word in MONTHS or (capitals and seen_day and _garbled_month(doc, t)):
            return True
        seen_day = seen_day or t.like_num
        if word in WEEKDAYS:
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if (
                nxt is None
                or nxt.is_space
                or nxt.text in DASHES
                or nxt.text == "."
                or t.text[-1] == "."
            ):
                return True
            continue
        if not (t.like_num or t.text == "."):
            return False
    return False


def _garbled_month(doc, t) -> bool:
    """After a name in capitals and a day number, a short capitalised abbreviation with its full
    stop is the month, however OCR spelled it ("PARIJS, 1 6 Non.")."""
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    abbreviated = t.text.endswith(".") or (nxt is not None and nxt.text == ".")
    word = t.text.rstrip(".")
    return abbreviated and 2 <= len(word) <= 5 and word.isalpha() and word[0].isupper()


def _after_heading(doc, start: int, end: int) -> bool:
    """The name in capitals follows one word in capitals that opens its line or sentence."""
    before = doc[start - 1]
    if not (doc[start:end].text.isupper() and before.text.isupper() and len(before.text) > 2):
        return False
    k = before.i
    return k == 0 or before.is_sent_start or doc[k - 1].is_space or doc[k - 1].text in OPENERS


def town_noun(word: str) -> bool:
    return word.endswith(("stad", "stadje", "dorp", "dorpje", "plaats", "plaatsje", "gemeente"))


def join_keys(keys) -> str:
    """The key of consecutive tokens: "'" and "s-Hertogenbosch" make "'s hertogenbosch"."""
    return " ".join(" ".join(keys).split()).replace("' ", "'")


def whole_entity(doc, start: int, end: int) -> bool:
    tok = doc[start]
    return tok.ent_iob_ == "B" and (end >= len(doc) or doc[end].ent_iob_ != "I")


def small_town(doc, start: int, end: int, prep: str | None) -> bool:
    """A name that is only a small town abroad (fewer than 15,000 people) counts when the NER
    marks it a place in a locative phrase and it is not part of a longer name or a thing's name
    ("op Wall Street", "het Casino", "het graafschap Loon", "uit Sussex")."""
    if doc[start].ent_type_ != "LOC" or prep not in LOCATIVE:
        return False
    if start > 0:
        before = doc[start - 1]
        if before.pos_ == "DET" or (before.pos_ == "NOUN" and not town_noun(before.lower_)):
            return False
        if before.text[:1].isupper() and not doc[start].is_sent_start:
            return False
    return not (end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN")


def argument(tok) -> bool:
    """The name (or the noun it names: "de stad Aleppo") is a verb's subject or object."""
    for _ in range(3):
        if tok.dep_ in ("nsubj", "nsubj:pass", "obj"):
            return True
        if tok.dep_ not in SAME_NP or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def reported_from(tok) -> bool:
    """ "Een telegram uit Weenen", "Persberichten uit Kyiv", "Uit Rome wordt gemeld", "Uit
    Peking komt het bericht": where the news comes from (a report noun, a report verb, or a
    verb whose subject is a report noun)."""
    while tok.dep_ in SAME_NP and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if report_noun(head.lower_) or report_verb(head):
        return True
    if head.pos_ not in ("VERB", "AUX"):
        return False
    for c in head.children:
        if c.dep_ in ("nsubj", "xcomp") and report_noun(c.lower_):
            return True  # "Uit Peking komt het bericht"
        if c.dep_ == "xcomp" and f"{head.lemma_.lower()} {c.lemma_.lower()}" in REPORT_VERBS:
            return True  # "Uit Kyiv laat de regering weten"
    return False


# compound ends of at least this length count ("raketbeschieting", "persbericht"); shorter
# ones would take in other words ("aanval" is no "val", "brief" no report in "briefing")
COMPOUND_END = 7


def _noun_in(word: str, words: frozenset[str]) -> bool:
    """The noun, the last part of a hyphenated one, or the end of a compound is in ``words``."""
    if word in words or word.rsplit("-", 1)[-1] in words:
        return True
    return any(word.endswith(w) for w in words if len(w) >= COMPOUND_END)


def report_noun(word: str) -> bool:
    """A news report ("telegram", "berigten"), also as a compound's end ("persberichten")."""
    return _noun_in(word, REPORT_NOUNS)


def report_verb(tok) -> bool:
    """A verb of reporting by its lemma or, where the lemmatizer misses it, its form
    ("geseind", "vernomen")."""
    return tok.lemma_.lower() in REPORT_VERBS or tok.lower_ in REPORT_VERBS


def office_noun(word: str) -> bool:
    """An office holder or body seated in a town ("gezant", "gemeenteraad"), also as a
    compound's end ("stadsbestuur")."""
    return _noun_in(word, OFFICE_NOUNS)


def siege_noun(word: str) -> bool:
    """ "de val van X", also as a compound's end ("de raketbeschieting van Charkiv", "de
    zeeblokkade van Gaza"): X is where it happens."""
    return _noun_in(word, SIEGE_NOUNS)


def on_meeting(tok) -> bool:
    """The name's phrase modifies a meeting noun within three heads ("de zamenkomst van den
    Keizer te Breslau", "de top in Vilnius")."""
    for _ in range(4):
        if tok.head.i == tok.i or tok.dep_ not in (*SAME_NP, "nmod"):
            return False
        tok = tok.head
        if meeting_noun(tok.lower_):
            return True
    return False


def meeting_noun(word: str) -> bool:
    """A meeting noun, also as the end of a compound ("NAVO-top", "vredesconferentie")."""
    return (
        word in MEETING_NOUNS
        or word.rsplit("-", 1)[-1] in MEETING_NOUNS
        or word.endswith(tuple(n for n in MEETING_NOUNS if len(n) >= 6))
    )
