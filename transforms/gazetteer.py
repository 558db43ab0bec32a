"""The geocoder's gazetteer: GeoNames countries, US states, Dutch and Belgian regions and towns
with their Dutch names and capitals (``geoevents/data/gazetteer.tsv.gz``, built by
``training/geo/build_gazetteer.py``), loaded once per worker, and the name keys it is matched on.
"""

from __future__ import annotations

import gzip
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
    """The matching key of a name or of consecutive tokens: folded, hyphens as separate words."""
    return " ".join(fold(text).replace("-", " - ").split())


MAX_TOKENS = 6  # longest place name matched, in tokens


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


class Gazetteer:
    """Countries, US states and towns with a token index of their names."""

    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            path = GAZETTEER if GAZETTEER.exists() else _INSTALLED
        self.countries: dict[str, Place] = {}
        self.by_cameo: dict[str, Place] = {}
        self.adjectives: dict[str, str] = {}  # folded adjective -> iso2
        # matching key -> [(place, curated)]; curated: a country or US state name
        self.names: dict[str, list[tuple[Place, bool]]] = {}
        self.first_words: set[str] = set()
        # iso2 -> the capital ("in de Russische hoofdstad": Moscow)
        self.capitals: dict[str, Place] = {}
        capital_ids: dict[str, str] = {}
        states = []
        towns = []
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#"):
                    continue
                c = line.rstrip("\n").split("\t")
                if c[0] == "C":
                    _, iso, fips, cameo, _gid, name, lat, lon, pop, names, adjs, cap = c
                    if cap != "-":
                        capital_ids[cap] = iso
                    p = Place(
                        COUNTRY, name, iso, fips, fips, float(lat), float(lon), int(pop), fips
                    )
                    self.countries[iso] = p
                    self.by_cameo[cameo] = p
                    self._add(names, p, True)
                    if adjs != "-":
                        for a in adjs.split("|"):
                            self.adjectives[a] = iso
                elif c[0] == "S":
                    states.append(c)
                elif c[0] == "R":
                    _, adm1, iso, name, lat, lon, pop, names = c
                    fips = self.countries[iso].fips if iso in self.countries else iso
                    p = Place(REGION, name, iso, fips, adm1, float(lat), float(lon), int(pop), adm1)
                    self._add(names, p, True)
                else:
                    towns.append(c)
        self.state_names: dict[str, str] = {}
        for _, adm1, _gid, name, lat, lon, pop, names in states:
            p = Place(STATE, name, "US", "US", adm1, float(lat), float(lon), int(pop), adm1)
            self.state_names[adm1] = name
            self._add(names, p, True)
        for _, gid, name, iso, admin1, lat, lon, pop, names in towns:
            country = self.countries.get(iso)
            fips = country.fips if country else iso
            adm1 = None if admin1 == "-" else f"{fips}{admin1}"
            kind = US_CITY if iso == "US" else WORLD_CITY
            state = self.state_names.get(adm1 or "") if iso == "US" else None
            p = Place(kind, name, iso, fips, adm1, float(lat), float(lon), int(pop), gid, state)
            self._add(names, p, False)
            if gid in capital_ids:
                self.capitals[capital_ids[gid]] = p

    def _add(self, names: str, place: Place, curated: bool) -> None:
        get = self.names.setdefault
        for key in names.split("|"):
            if key and key != "-":
                get(key, []).append((place, curated))
                self.first_words.add(key.split(" ", 1)[0])

    def country_of_cameo(self, code: str | None) -> Place | None:
        if not code:
            return None
        return self.by_cameo.get(code[:3])
