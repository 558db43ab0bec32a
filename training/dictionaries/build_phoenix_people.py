"""Build the coder's people dictionary ``people_phoenix.tsv`` from the Phoenix/PETRARCH2 actors.

Reads ``Phoenix.Countries.actors.txt`` and the dated people of ``Phoenix.International.actors.txt``
(MIT, Open Event Data Alliance; ``../shared/reference/phoenix``) and writes only the facts the coder
needs, in the project's own format (``transforms/coder/data/people.tsv`` columns): a person id,
plain name forms, a CAMEO actor code and a date range. Titles and job phrases are dropped (the
coder composes "premier X" itself), PETRARCH's two-digit years are expanded (00-30 -> 20YY), end
dates become exclusive, ``SCG`` (Serbia and Montenegro) maps to GDELT's ``SRB``, and Dutch
transliterations are added for names from Cyrillic-script countries (Putin -> Poetin, Yeltsin ->
Jeltsin, Shevardnadze -> Sjevardnadze). People already in the hand-written ``people.tsv`` are left
out: the hand file is curated and wins.

    python training/dictionaries/build_phoenix_people.py --phoenix ../shared/reference/phoenix \
        --ud-dir ../shared/corpora/ud
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "transforms" / "coder" / "data"
sys.path.insert(0, str(ROOT))

from geoevents.transforms.coder.dictionaries import check_actor_code, load_actor_codes  # noqa: E402

# English words that mark a title or job phrase, not a name form.
TITLE_WORDS = {
    "PRESIDENT", "MINISTER", "PRIME", "KING", "QUEEN", "GENERAL", "DEFENSE", "DEFENCE", "FOREIGN",
    "SECRETARY", "CHIEF", "LEADER", "DR", "DR.", "MR", "MR.", "MRS", "MRS.", "MS", "MS.", "SIR",
    "GOVERNOR", "SENATOR", "SEN.", "SEN", "REP.", "AMBASSADOR", "COMMANDER", "CHAIRMAN", "SPEAKER",
    "PRINCE", "PRINCESS", "AYATOLLAH", "SHEIKH", "SHEIK", "EMIR", "SULTAN", "POPE", "CARDINAL",
    "ARCHBISHOP", "BISHOP", "REVEREND", "REV.", "LT.", "COL.", "GEN.", "GEN", "ADMIRAL", "MAJOR",
    "COLONEL", "CAPTAIN", "MARSHAL", "JUDGE", "JUSTICE", "VICE", "DEPUTY", "FORMER", "OF", "THE",
    "AND", "FOR", "INTERIOR", "FINANCE", "ECONOMY", "MINISTRY", "MAYOR", "CHANCELLOR", "PREMIER",
    "OPPOSITION", "PARTY", "AFFAIRS", "STATE", "U.S.", "US", "UN", "U.N.", "SECY", "SEC.", "PRES.", "PM", "LORD", "LADY", "DUKE", "HIS", "HER", "MAJESTY", "HIGHNESS", "EXCELLENCY",
    "ARMY", "STAFF", "HEAD", "ENVOY", "SPOKESMAN", "NEGOTIATOR", "DIRECTOR", "COUNCIL",
}  # fmt: skip
# Countries whose names reach English news transliterated from Cyrillic: Dutch transliterates
# differently (Russian u -> oe, sh -> sj, ch -> tsj, kh -> ch, zh -> zj, y -> j).
CYRILLIC = {
    "RUS", "UKR", "BLR", "KAZ", "UZB", "KGZ", "TJK", "TKM", "BGR", "MDA", "ARM", "AZE", "GEO",
    "MNG",
}  # fmt: skip
GDELT_CODE = {"SCG": "SRB"}
NAME_RE = re.compile(r"^[A-Za-zÀ-ÿ'\- ]+$")


def fold(s: str) -> str:
    """Lower case without accents: the key the coder matches people by."""
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def parse_date(s: str) -> dt.date | None:
    s = s.strip()
    if len(s) == 10 and s.startswith("19"):
        s = s[2:]  # PETRARCH typo: "1920030320"
    try:
        if len(s) == 6:
            yy = int(s[:2])
            year = 2000 + yy if yy <= 30 else 1900 + yy
            return dt.date(year, int(s[2:4]), int(s[4:6]))
        if len(s) == 8:
            return dt.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    except ValueError:
        return None
    return None


def parse_role(body: str) -> tuple[str, dt.date | None, dt.date | None] | None | str:
    """``CODE``, ``CODE >D``, ``CODE <D``, ``CODE D-D``; returns "bad" for unusable roles."""
    parts = body.replace("> ", ">").replace("< ", "<").split()
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return "bad"
    code = parts[0]
    if len(parts) == 1 or parts[1] == "-":
        return code, None, None
    rng = parts[1]
    if rng.startswith(">"):
        start = parse_date(rng[1:])
        return (code, start, None) if start else "bad"
    if rng.startswith("<"):
        end = parse_date(rng[1:])
        return (code, None, end + dt.timedelta(days=1)) if end else "bad"
    if "-" in rng:
        a, b = rng.split("-", 1)
        start, end = parse_date(a), parse_date(b)
        if start and end and end >= start:
            return code, start, end + dt.timedelta(days=1)
    return "bad"


def read_records(path: Path) -> list[dict]:
    """PETRARCH actor records: a name line, ``+`` synonyms, inline or indented ``[role]``s."""
    records: list[dict] = []
    cur: dict | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        roles = re.findall(r"\[([^\]]*)\]", line)
        text = re.sub(r"\[[^\]]*\]", "", line).strip()
        if raw[:1] in ("\t", " ") and not text:
            if cur is not None:
                cur["roles"].extend(roles)
            continue
        if text.startswith("+"):
            if cur is not None:
                cur["names"].append(text[1:])
                cur["roles"].extend(roles)
            continue
        cur = {"names": [text], "roles": list(roles)}
        records.append(cur)
    return records


def titlecase(word: str) -> str:
    """ "AL-ASSAD" -> "Al-Assad": display only (the coder matches people case-insensitively)."""
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def name_forms(raw: str) -> str | None:
    """A name form in display case, or None for title phrases and unusable forms."""
    words = [w for w in raw.replace("_", " ").split() if w]
    if not words or len(words) > 5 or any(w.upper() in TITLE_WORDS for w in words):
        return None
    words = [w for w in words if not re.fullmatch(r"[A-Z]\.?", w)]  # drop initials: "V."
    if not words:
        return None
    text = " ".join(titlecase(w) for w in words)
    if not NAME_RE.match(text) or len(text) < 3:
        return None
    return text


def cyrillic_variants(name: str) -> set[str]:
    """Dutch transliterations of an English transliteration (lower case)."""
    s = fold(name)
    rules = [
        ("shch", "sjtsj"), ("kh", "ch"), ("zh", "zj"), ("sh", "sj"), ("tch", "tsj"),
        ("yev", "jev"), ("yu", "joe"), ("ya", "ja"), ("ye", "je"), ("yo", "jo"), ("yi", "ji"),
        ("iy ", "i "), ("u", "oe"),
    ]  # fmt: skip
    out = set()
    t = s + " "
    t = re.sub(r"(?<![a-z])y(?=[aeiou])", "j", t)
    t = t.replace("ch", "\x00")
    for a, b in rules:
        t = t.replace(a, b)
    t = t.replace("\x00", "tsj").replace("tsjev", "tsjov").replace("sjev ", "sjov ")
    t = re.sub(r"(?<=[aeiou])y(?=[^aeiou]|$)", "j", t).replace("oei", "oej").strip()
    if t != s:
        out.add(t)
        out.add(t.replace("oe", "u"))  # half-Dutch forms seen in print: "Sjevardnadze" with u
    out.discard(s)
    return {" ".join(titlecase(w) for w in v.split()) for v in out}


def hand_names() -> set[str]:
    names = set()
    for line in (DATA / "people.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip() or line.startswith("id\t"):
            continue
        for n in line.split("\t")[1].split("|"):
            if n != "-":
                names.add(fold(n))
    return names


def ud_lower_words(ud_dir: Path, min_count: int = 3) -> set[str]:
    """Word forms seen at least ``min_count`` times in lower case in UD Dutch: a surname that is
    also a common Dutch word ("Kok", "Bos", "Groen") is no alias; a rare one ("barak") is, since
    the coder matches names only when capitalised."""
    counts: Counter = Counter()
    for f in sorted(ud_dir.glob("*.conllu")):
        for line in f.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[1].islower():
                counts[fold(cols[1])] += 1
    return {w for w, n in counts.items() if n >= min_count}


def add_surname_aliases(people: list[dict], common: set[str], stats: Counter) -> None:
    """The last word of a full name becomes a one-word alias (resolved by date in the coder)
    unless it is a common Dutch word, a common first name (of 3 or more people: Ali, Ahmed),
    shorter than 4 letters, or shared by more than 4 people (Kim, Lee)."""
    first_counts = Counter(
        f for p in people for f in {fold(n.split()[0]) for n in p["names"] if " " in n}
    )
    firsts = {k for k, c in first_counts.items() if c >= 3}
    owners: dict[str, set[int]] = {}
    for k, p in enumerate(people):
        for n in p["names"]:
            if " " in n:
                owners.setdefault(fold(n.split()[-1]), set()).add(k)
    for key, who in owners.items():
        if len(key) < 4 or key in common or key in firsts or len(who) > 4:
            stats["surnames_refused"] += 1
            continue
        for k in who:
            p = people[k]
            form = next(
                n.split()[-1] for n in p["names"] if " " in n and fold(n.split()[-1]) == key
            )
            if all(fold(n) != key for n in p["names"]):
                p["names"].append(form)
                stats["surname_aliases"] += 1
    for p in people:  # explicit one-word synonyms from PETRARCH obey the same rules
        p["names"] = [n for n in p["names"] if " " in n or (len(n) >= 4 and fold(n) not in common)]


def build(phoenix: Path, out: Path, ud_dir: Path) -> Counter:
    ac = load_actor_codes(DATA / "cameo_actor_codes.tsv")
    taken = hand_names()
    stats: Counter = Counter()
    people: list[dict] = []
    for fname in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        for rec in read_records(phoenix / fname):
            roles = []
            for body in rec["roles"]:
                r = parse_role(body)
                if r == "bad" or r is None:
                    stats["roles_unusable"] += 1
                    continue
                code, start, end = r
                code = GDELT_CODE.get(code[:3], code[:3]) + code[3:]
                try:
                    check_actor_code(Path(fname), 0, code, ac)
                except ValueError:
                    stats["roles_unknown_code"] += 1
                    continue
                roles.append((code, start, end))
            if not any(s or e for _, s, e in roles):
                continue  # places, groups and undated entries are not people
            if any(len(c) == 3 for c, _, _ in roles):
                stats["country_records"] += 1
                continue  # a country's own dated record ("SOUTH_SUDAN": [SSD >20110709]), no person
            names = []
            for raw in rec["names"]:
                f = name_forms(raw)
                if f and f not in names:
                    names.append(f)
            full = [n for n in names if " " in n]
            if not full:
                stats["people_without_full_name"] += 1
                continue
            if any(fold(n) in taken for n in names):
                stats["people_in_hand_file"] += 1
                continue
            countries = {c[:3] for c, _, _ in roles}
            if countries & CYRILLIC:
                for n in list(names):
                    names.extend(v for v in sorted(cyrillic_variants(n)) if v not in names)
            people.append({"names": names, "roles": roles})
    add_surname_aliases(people, ud_lower_words(ud_dir), stats)
    rows: list[str] = []
    ids: Counter = Counter()
    for person in people:
        names, roles = person["names"], person["roles"]
        full = [n for n in names if " " in n]
        pid = "phx:" + fold(full[0]).replace(" ", "_").replace("'", "")
        ids[pid] += 1
        if ids[pid] > 1:
            pid = f"{pid}_{ids[pid]}"
        fallback_done = False
        first = True
        for code, start, end in roles:
            if start is None and end is None:
                if fallback_done:
                    continue
                fallback_done = True
            cell = "|".join(names) if first else "-"
            first = False
            rows.append(
                f"{pid}\t{cell}\t{code}\t{start.isoformat() if start else '-'}\t"
                f"{end.isoformat() if end else '-'}"
            )
        stats["people"] += 1
        stats["names"] += len(names)
    header = [
        "# People with dated roles, generated by training/dictionaries/build_phoenix_people.py: do not edit;",
        "# add or correct people in people.tsv (it wins over this file).",
        "# source: Phoenix/PETRARCH2 dictionaries Phoenix.Countries.actors.txt and",
        "#   Phoenix.International.actors.txt, github.com/openeventdata/petrarch2@676801cd9cb2924bbbad09f86d15c9323e7097bf",
        "#   (petrarch2/data/dictionaries/). Actor data derived from the Phoenix/PETRARCH2 dictionaries,",
        "#   MIT licence, Copyright (c) 2014 Open Event Data Alliance.",
        "# Only facts kept: name forms (titles dropped, Dutch transliterations added for Cyrillic-script",
        "#   countries), CAMEO code (SCG -> SRB), start (inclusive) and end (exclusive) dates.",
        "# Names are matched case- and accent-insensitively; a surname alone is an alias resolved by date.",
        "id\tnames\tactor_code\tstart\tend",
    ]
    out.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--phoenix", type=Path, required=True)
    ap.add_argument("--ud-dir", type=Path, required=True, help="UD Dutch, for the word check")
    ap.add_argument("--out", type=Path, default=DATA / "people_phoenix.tsv")
    args = ap.parse_args()
    stats = build(args.phoenix, args.out, args.ud_dir)
    print(dict(stats))


if __name__ == "__main__":
    main()
