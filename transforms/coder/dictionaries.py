"""Load and validate the coder's data files (actors, people, predicates, CAMEO tables).

All files are small tab-separated tables with ``#`` comments and a header row, so analysts can extend
them in any editor. Every file is checked when the coder starts: a malformed line raises
:class:`DictionaryError` naming the file and line, instead of producing wrong codes later.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

FILES = {
    "event_codes": "cameo_event_codes.tsv",
    "actor_codes": "cameo_actor_codes.tsv",
    "countries": "countries.tsv",
    "places": "places.tsv",
    "organisations": "organisations.tsv",
    "agents": "agents.tsv",
    "people": "people.tsv",
    "predicates": "predicates.tsv",
    "discards": "discards.tsv",
    "islands": "islands.tsv",
}

# Generated from open dictionaries by a script in training/dictionaries/; read when present, after
# the hand-written file of the same kind (whose entries win).
GENERATED_FILES = {"people": "people_phoenix.tsv", "verb_forms": "verb_forms.tsv"}
# seas and straits named after a country ("Japanse Zee"): never an actor (optional in a custom
# dictionary folder)
WATERS = "waters.tsv"
# leaders 1500-1945, hand-written like people.tsv (optional in a custom dictionary folder)
HISTORICAL = "people_historical.tsv"
# The Phoenix dictionaries' last dated role starts on 2014-09-08 (petrarch2@676801c): a role
# they leave open held then, not a decade later ("Faber" is no Belizean minister in a 2025 Dutch
# article); the hand-written people.tsv covers the roles since 2015.
PHOENIX_HORIZON = dt.date(2018, 1, 1)

PREDICATE_FLAGS = {
    "sym", "say", "place", "negonly", "opinion", "intent", "milonly", "statemil", "recv", "subjcue",
    "backer", "mediator", "refusal", "none",
}  # fmt: skip
PREDICATE_VALUE_FLAGS = {"neg", "air", "law", "people"}


class DictionaryError(ValueError):
    """A data file is missing or malformed; the message names the file and line."""

    def __init__(self, path: Path | str, line: int | None, message: str):
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")
        self.path = str(path)
        self.line = line


@dataclass(frozen=True)
class EventCode:
    code: str
    root: str
    base: str
    name: str
    goldstein: float
    quad_class: int


@dataclass(frozen=True)
class ActorCodes:
    countries: frozenset[str]
    regions: frozenset[str]
    types: frozenset[str]
    groups: frozenset[str]
    manual: frozenset[str]

    def known_block(self, block: str) -> bool:
        return any(
            block in s for s in (self.countries, self.regions, self.types, self.groups, self.manual)
        )


@dataclass(frozen=True)
class CodeParts:
    """A full CAMEO actor code split into GDELT's columns."""

    code: str
    country: str | None
    group: str | None
    types: tuple[str, ...]


@dataclass(frozen=True)
class Role:
    code: str
    start: dt.date | None
    end: dt.date | None


@dataclass
class Person:
    pid: str
    names: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    fallback: str | None = None
    hand: bool = True  # from the hand-written people.tsv (not generated)

    def code_at(self, date: dt.date) -> str | None:
        """Dated role valid at ``date`` (latest start wins), else the undated fallback."""
        return self.dated_code_at(date) or self.fallback

    def dated_code_at(self, date: dt.date) -> str | None:
        """Dated role valid at ``date`` (latest start wins), or None."""
        best: Role | None = None
        for r in self.roles:
            if (r.start is None or r.start <= date) and (r.end is None or date < r.end):
                if best is None or (r.start or dt.date.min) > (best.start or dt.date.min):
                    best = r
        return best.code if best else None


NEGATIVE_CUE = "@negatief"  # a cue of predicates.tsv: any negative word of the tone lexicon


@dataclass(frozen=True)
class Predicate:
    kind: str  # "V" or "N"
    lemma: str
    particle: str | None
    cues: tuple[tuple[str, ...], ...]  # alternatives, each a conjunction of words
    targets: tuple[str, ...]
    code: str
    reverse: str | None
    flags: frozenset[str]
    values: tuple[tuple[str, str], ...]
    source: str  # file:line, for debugging

    @functools.cached_property
    def cue_heads(self) -> tuple[str | None, ...]:
        """Per alternative of ``cues``, its first cue when a substring test of the sentence's
        joined words alone can rule the alternative out (four letters or more, not
        ``NEGATIVE_CUE``), else None: ``common._cue_ok`` tests it first, as most cues are
        nowhere in a sentence. Kept on the entry (not a field: equality is unchanged)."""
        return tuple(
            alt[0] if alt and alt[0] != NEGATIVE_CUE and len(alt[0]) >= 4 else None
            for alt in self.cues
        )

    @functools.cached_property
    def all_heads(self) -> tuple[str, ...] | None:
        """``cue_heads`` when every alternative has one (most cued entries), else None: then
        the entry's cues are nowhere unless one of these is in the joined words, which
        ``common._cue_ok`` tests in one C-level pass before its loop over the alternatives."""
        heads = self.cue_heads
        return heads if heads and None not in heads else None  # type: ignore[return-value]

    def value(self, key: str) -> str | None:
        for k, v in self.values:
            if k == key:
                return v
        return None


def _rows(path: Path, columns: list[str]) -> list[tuple[int, dict[str, str]]]:
    if not path.is_file():
        raise DictionaryError(path, None, "file not found")
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    with path.open(encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                if header != columns:
                    raise DictionaryError(path, lineno, f"header must be {columns}, got {header}")
                continue
            if len(cells) != len(columns):
                raise DictionaryError(
                    path, lineno, f"expected {len(columns)} tab-separated columns, got {len(cells)}"
                )
            cells = [c.strip() for c in cells]
            if "" in cells:
                raise DictionaryError(path, lineno, "empty column (use '-' for none)")
            rows.append((lineno, dict(zip(columns, cells, strict=True))))
    if header is None:
        raise DictionaryError(path, None, "no header row")
    return rows


def _alts(cell: str) -> list[str]:
    return [] if cell == "-" else [a for a in map(str.strip, cell.split("|")) if a]


def _date(path: Path, lineno: int, cell: str) -> dt.date | None:
    if cell == "-":
        return None
    try:
        return dt.date.fromisoformat(cell)
    except ValueError:
        raise DictionaryError(path, lineno, f"bad date {cell!r} (use YYYY-MM-DD or -)") from None


def load_event_codes(path: Path) -> dict[str, EventCode]:
    out: dict[str, EventCode] = {}
    for lineno, r in _rows(path, ["code", "root_code", "name", "goldstein_scale", "quad_class"]):
        code = r["code"]
        if not re.fullmatch(r"\d{2,4}", code) or r["root_code"] != code[:2]:
            raise DictionaryError(path, lineno, f"bad code/root {code!r}/{r['root_code']!r}")
        try:
            gold = float(r["goldstein_scale"])
            quad = int(r["quad_class"])
        except ValueError:
            raise DictionaryError(path, lineno, "goldstein must be a float, quad an int") from None
        if quad not in (1, 2, 3, 4) or not -10.0 <= gold <= 10.0:
            raise DictionaryError(path, lineno, "quad_class must be 1..4 and goldstein -10..10")
        out[code] = EventCode(code, code[:2], code[:3], r["name"], gold, quad)
    return out


def load_actor_codes(path: Path) -> ActorCodes:
    sets: dict[str, set[str]] = {
        k: set() for k in ("country", "region", "type", "knowngroup", "manual_only")
    }
    for lineno, r in _rows_lenient(path):
        if r["kind"] not in sets or not re.fullmatch(r"[A-Z]{3}", r["code"]):
            raise DictionaryError(path, lineno, f"bad actor code row {r}")
        sets[r["kind"]].add(r["code"])
    return ActorCodes(
        frozenset(sets["country"]),
        frozenset(sets["region"]),
        frozenset(sets["type"]),
        frozenset(sets["knowngroup"]),
        frozenset(sets["manual_only"]),
    )


def _rows_lenient(path: Path) -> list[tuple[int, dict[str, str]]]:
    """The copied GDELT actor table has an optional (often empty) note column."""
    if not path.is_file():
        raise DictionaryError(path, None, "file not found")
    out = []
    seen_header = False
    with path.open(encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if not seen_header:
                seen_header = True
                if cells[:3] != ["code", "kind", "meaning"]:
                    raise DictionaryError(
                        path, lineno, "header must start with code, kind, meaning"
                    )
                continue
            if len(cells) < 3:
                raise DictionaryError(path, lineno, "expected at least 3 columns")
            out.append((lineno, {"code": cells[0], "kind": cells[1], "meaning": cells[2]}))
    return out


@functools.lru_cache(maxsize=65_536)
def split_code(code: str, ac: ActorCodes) -> CodeParts:
    """Split a full actor code into country / known group / types, as GDELT's columns do
    (the known group of a UN body is its own: "IGOUNOIAE" is IAE, "IGOUNODEVWBK" WBK).
    Kept per (code, tables): every actor the coder builds is split, and codes recur."""
    blocks = [code[i : i + 3] for i in range(0, len(code), 3)]
    country = None
    group = None
    types: list[str] = []
    for i, b in enumerate(blocks):
        if i == 0 and b in ac.countries:
            country = b
        elif b in ac.regions:
            continue
        elif b in ac.types and not (group is None and b in ac.groups and types):
            types.append(b)
        elif b in ac.groups:
            # a UN body names its own group after UNO ("IGOUNOIAE": the IAEA, as the
            # organisation table keys it); any other first group stays
            group = b if group in (None, "UNO") else group
        elif b in ac.manual:
            types.append(b)
    return CodeParts(code, country, group, tuple(types[:3]))


def check_actor_code(path: Path, lineno: int, code: str, ac: ActorCodes) -> None:
    if not re.fullmatch(r"(?:[A-Z]{3})+", code):
        raise DictionaryError(path, lineno, f"actor code {code!r} must be 3-letter blocks")
    for i in range(0, len(code), 3):
        if not ac.known_block(code[i : i + 3]):
            raise DictionaryError(
                path, lineno, f"unknown CAMEO block {code[i : i + 3]!r} in {code!r}"
            )


@dataclass
class Dictionaries:
    event_codes: dict[str, EventCode]
    actor_codes: ActorCodes
    countries: list[dict]
    places: list[tuple[str, list[str]]]
    organisations: list[dict]
    agents: list[dict]
    people: dict[str, Person]
    predicates: list[Predicate]
    discards: frozenset[str]
    islands: frozenset[str]
    directory: Path
    # lemma -> inflected forms of the predicate verbs (generated; morph.py's rules cover the rest)
    verb_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # names of seas and straits that hold a country word and name no actor
    waters: tuple[str, ...] = ()

    def sizes(self) -> dict[str, int]:
        return {
            "event_codes": len(self.event_codes),
            "countries": len(self.countries),
            "country_names": sum(
                len(c["names"]) + len(c["adjectives"]) + len(c["demonyms"]) + len(c["seats"])
                for c in self.countries
            ),
            "places": sum(len(n) for _, n in self.places),
            "organisations": len(self.organisations),
            "organisation_names": sum(
                len(o["names"]) + len(o["context"]) for o in self.organisations
            ),
            "agent_nouns": sum(len(a["lemmas"]) for a in self.agents),
            "people": len(self.people),
            "person_roles": sum(
                len(p.roles) + (1 if p.fallback else 0) for p in self.people.values()
            ),
            "predicates_verb": sum(1 for p in self.predicates if p.kind == "V"),
            "predicates_noun": sum(1 for p in self.predicates if p.kind == "N"),
            "discards": len(self.discards),
        }


def adjective_forms(base: str) -> list[str]:
    """Uninflected and inflected form: Russisch/Russische, Chinees/Chinese, Frans/Franse; and
    the spelling before 1947 of newspaper archives: Fransch(e), Chineesch(e), Indiaasch(e)."""
    if base.endswith("ees"):
        return [base, base[:-3] + "ese", base + "ch", base + "che"]
    if len(base) > 3 and base[-3] == base[-2] and base[-2] in "aou" and base[-1] not in "aeiou":
        # Indiaas/Indiase: the long vowel written once
        old = [base + "ch", base + "che"] if base.endswith("s") else []
        return [base, base[:-2] + base[-1] + "e", *old]
    if base.endswith("e"):
        return [base]
    if base.endswith("s") and not base.endswith("sch"):
        # spelling before 1947 (newspaper archives): Fransch/Fransche, Oostenrijksch(e)
        return [base, base + "e", base + "ch", base + "che"]
    return [base, base + "e"]


def load(directory: str | Path | None = None) -> Dictionaries:
    d = Path(directory) if directory else DATA_DIR
    if not d.is_dir():
        raise DictionaryError(d, None, "dictionary directory not found")
    p = {k: d / v for k, v in FILES.items()}
    events = load_event_codes(p["event_codes"])
    ac = load_actor_codes(p["actor_codes"])

    countries = []
    for lineno, r in _rows(p["countries"], ["code", "names", "adjectives", "demonyms", "seats"]):
        if r["code"] not in ac.countries:
            raise DictionaryError(
                p["countries"], lineno, f"unknown CAMEO country code {r['code']!r}"
            )
        adjs = [f for a in _alts(r["adjectives"]) for f in adjective_forms(a)]
        countries.append(
            {
                "code": r["code"],
                "names": _alts(r["names"]),
                "adjectives": adjs,
                "demonyms": _alts(r["demonyms"]),
                "seats": _alts(r["seats"]),
                "line": lineno,
            }
        )

    places = []
    for lineno, r in _rows(p["places"], ["code", "names"]):
        if r["code"] not in ac.countries:
            raise DictionaryError(p["places"], lineno, f"unknown CAMEO country code {r['code']!r}")
        places.append((r["code"], _alts(r["names"])))

    orgs = []
    cols = ["actor_code", "country", "known_group", "type1", "names", "context_only"]
    for lineno, r in _rows(p["organisations"], cols):
        check_actor_code(p["organisations"], lineno, r["actor_code"], ac)
        if r["country"] != "-" and r["country"] not in ac.countries:
            raise DictionaryError(p["organisations"], lineno, f"unknown country {r['country']!r}")
        if r["known_group"] != "-" and r["known_group"] not in ac.groups:
            raise DictionaryError(
                p["organisations"], lineno, f"unknown known group {r['known_group']!r}"
            )
        if r["type1"] not in ac.types and r["type1"] not in ac.manual:
            raise DictionaryError(p["organisations"], lineno, f"unknown type {r['type1']!r}")
        if not _alts(r["names"]):
            raise DictionaryError(p["organisations"], lineno, "no names")
        orgs.append(
            {
                "code": r["actor_code"],
                "country": None if r["country"] == "-" else r["country"],
                "group": None if r["known_group"] == "-" else r["known_group"],
                "type1": r["type1"],
                "names": _alts(r["names"]),
                "context": _alts(r["context_only"]),
            }
        )

    agents = []
    for lineno, r in _rows(p["agents"], ["lemma", "type1", "type2", "suffix"]):
        for t in (r["type1"], r["type2"]):
            if t != "-" and t not in ac.types and t not in ac.manual:
                raise DictionaryError(p["agents"], lineno, f"unknown type {t!r}")
        if r["suffix"] not in ("yes", "no"):
            raise DictionaryError(p["agents"], lineno, "suffix must be yes or no")
        agents.append(
            {
                "lemmas": [a.lower() for a in _alts(r["lemma"])],
                "types": tuple(t for t in (r["type1"], r["type2"]) if t != "-"),
                "suffix": r["suffix"] == "yes",
            }
        )

    people: dict[str, Person] = {}
    # hand-written files first (their rows merge by id), then the generated Phoenix extract
    hand_files = [p["people"]] + ([d / HISTORICAL] if (d / HISTORICAL).is_file() else [])
    people_files = list(hand_files)
    if (d / GENERATED_FILES["people"]).is_file():
        people_files.append(d / GENERATED_FILES["people"])
    valid_codes: set[str] = set()
    for path in people_files:
        hand = path in hand_files
        for lineno, r in _rows(path, ["id", "names", "actor_code", "start", "end"]):
            if r["actor_code"] not in valid_codes:
                check_actor_code(path, lineno, r["actor_code"], ac)
                valid_codes.add(r["actor_code"])
            if not hand and r["id"] in people and people[r["id"]].hand:
                raise DictionaryError(path, lineno, f"id {r['id']!r} is also in {p['people'].name}")
            person = people.setdefault(r["id"], Person(r["id"], hand=hand))
            person.names.extend(_alts(r["names"]))
            start, end = _date(path, lineno, r["start"]), _date(path, lineno, r["end"])
            if not hand and start is not None and end is None:
                end = PHOENIX_HORIZON  # an open Phoenix role: current when the data was made
            if start and end and end <= start:
                raise DictionaryError(path, lineno, "end date must be after start date")
            if start is None and end is None:
                if person.fallback:
                    raise DictionaryError(path, lineno, f"second undated row for {r['id']!r}")
                person.fallback = r["actor_code"]
            else:
                person.roles.append(Role(r["actor_code"], start, end))
    for pid, person in people.items():
        if not person.names:
            raise DictionaryError(p["people"], None, f"person {pid!r} has no names")

    predicates = []
    cols = ["kind", "lemma", "particle", "cue", "target", "code", "reverse", "flags"]
    for lineno, r in _rows(p["predicates"], cols):
        where = f"{p['predicates'].name}:{lineno}"
        if r["kind"] not in ("V", "N", "A"):
            raise DictionaryError(p["predicates"], lineno, "kind must be V, N or A")
        for c in (r["code"], r["reverse"]):
            if c != "-" and c not in events:
                raise DictionaryError(
                    p["predicates"], lineno, f"event code {c!r} not in the CAMEO table"
                )
        flags: set[str] = set()
        values: list[tuple[str, str]] = []
        for f in _alts(r["flags"].replace(",", "|")):
            if "=" in f:
                k, v = f.split("=", 1)
                if k not in PREDICATE_VALUE_FLAGS or v not in events:
                    raise DictionaryError(p["predicates"], lineno, f"bad flag {f!r}")
                values.append((k, v))
            elif f in PREDICATE_FLAGS:
                flags.add(f)
            else:
                raise DictionaryError(p["predicates"], lineno, f"unknown flag {f!r}")
        cues = tuple(tuple(w.lower() for w in alt.split("&")) for alt in _alts(r["cue"]))
        if ("none" in flags) != (r["code"] == "-"):
            raise DictionaryError(p["predicates"], lineno, 'code "-" goes with the none flag')
        if "none" in flags and (r["kind"] != "V" or not cues):
            raise DictionaryError(p["predicates"], lineno, "a none row is a verb row with a cue")
        targets = tuple(t.lower() for t in _alts(r["target"]))
        for lemma in _alts(r["lemma"]):
            predicates.append(
                Predicate(
                    r["kind"],
                    lemma.lower(),
                    None if r["particle"] == "-" else r["particle"].lower(),
                    cues,
                    targets,
                    r["code"],
                    None if r["reverse"] == "-" else r["reverse"],
                    frozenset(flags),
                    tuple(values),
                    where,
                )
            )

    discards = frozenset(w.lower() for _, r in _rows(p["discards"], ["word"]) for w in [r["word"]])
    islands = set()
    for lineno, r in _rows(p["islands"], ["code"]):
        if r["code"] not in ac.countries:
            raise DictionaryError(p["islands"], lineno, f"unknown country {r['code']!r}")
        islands.add(r["code"])
    verb_forms: dict[str, tuple[str, ...]] = {}
    forms_path = d / GENERATED_FILES["verb_forms"]
    if forms_path.is_file():
        for lineno, r in _rows(forms_path, ["lemma", "forms"]):
            forms = tuple(f.lower() for f in _alts(r["forms"]))
            if not forms or r["lemma"] != r["lemma"].lower():
                raise DictionaryError(forms_path, lineno, "needs a lowercase lemma and its forms")
            verb_forms[r["lemma"]] = forms
    waters_path = d / WATERS
    waters = (
        tuple(r["name"] for _, r in _rows(waters_path, ["name"])) if waters_path.is_file() else ()
    )
    return Dictionaries(
        events,
        ac,
        countries,
        places,
        orgs,
        agents,
        people,
        predicates,
        discards,
        frozenset(islands),
        d,
        verb_forms,
        waters,
    )
