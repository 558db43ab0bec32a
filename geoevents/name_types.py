"""Name types after the NER: a span that is exactly a name with one type in the project's
dictionaries gets that type, and a span cut short inside such a name gets the whole name.

The statistical NER often types organisations as places or people ("AIVD" LOC, "DNB" PER) and
cuts names ("Filip" of "Filip Dewinter"). Names with a single, unambiguous type in the coder's
dictionaries and the model's name lists fix both; ambiguous names (a city that is also a club, a
surname that is also a place) are left out of the table when it is built
(``training/name_types.py``). Measured on dev, blind and held-out gold in ``docs/MODEL.md``.

Organisations that no list has are recognised by their form (issue #19): a span whose first or
last word forms organisations ("Stichting ...", "... Genootschap", "FC ...", "...ziekenhuis"),
or that follows "minister van", becomes ORG, and a head right before a name is taken into it
("Universiteit van [Amsterdam]"). A span that runs past a dictionary name is cut back to it
("Openbaar Ministerie vervolgt ...", "Rederij Maersk" at the start of a sentence, "BBB van
Caroline van der Plas" split into the party and the person). Boundaries: a title before a
person is cut off ("Koningin [Máxima]"), "<event head> van <place>" is one MISC span ("Grote
Prijs van België").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from geoevents.malloc import collector_paused
from geoevents.name_bounds import bound_fixes
from geoevents.name_context import building_places, sports_teams, venues
from geoevents.name_cues import cue_types
from geoevents.name_headings import heading_drops, opening_word_drops
from geoevents.name_rules import ALL_RULES, Rules

NAME_TYPES = "geoevents_name_types"
TABLE = Path(__file__).resolve().parent / "data" / "name_types.tsv"
CORE_LABELS = frozenset({"PER", "LOC", "ORG"})


# Organisation-forming words (docs/NER_GUIDELINES.md: ministries, parliaments, courts, parties,
# companies, banks, unions, universities, schools, hospitals, newspapers, clubs are ORG). A
# predicted span that is in no name list takes ORG when its form says "organisation": its first
# word (ORG_FIRST, a club prefix) or its last word (ORG_LAST) is such a word, or it is one
# capitalised compound ending in one (ORG_SUFFIXES: "Erasmushogeschool"). Words that also head
# buildings and places ("Museum", "Kerk", "Paleis", "Hof", "Staten", "Gewest", "Unie") are not
# used; every word was checked against the training gold (ORG in all or nearly all its spans).
ORG_FIRST = (
    frozenset(
        """Ministerie Departement Universiteit Hogeschool University Stichting Vereniging Federatie
    Partij Rekenkamer Rechtbank Gerechtshof Politieacademie Instituut Raad Commissie Dienst
    Academie Bank Banque Banco Genootschap Vakbond Omroep Landsadvocaat Autoriteit Inspectie
    Agentschap Parket Dagblad Association Foundation Commission""".split()
    )
    | frozenset(
        # public-sector heads of Dutch and Flemish government text, absent from the training gold
        # (found on the invented policy dev set, training/ner_eval): "Bureau Jeugdzorg", "Waterschap
        # Groot Salland", "GGD Hollands Midden", "OCMW Kortrijk", "Gedeputeerde Staten"
        """Bureau Waterschap Hoogheemraadschap GGD OCMW Politie Veiligheidsregio Stuurgroep Werkgroep
    Gedeputeerde Provinciale Veiligheidshuis Huisartsenpost""".split()
    )
    | frozenset(
        # heads of Dutch public bodies and colleges ("College bouw zorginstellingen", "Rijkswaterstaat
        # Oost-Nederland", "Thuiszorg Groene Hart"); "College" heads ORG in all 10 training-gold spans
        """College Samenwerkingsverband Steunpunt Kenniscentrum Expertisecentrum Comité Thuiszorg
    Rijkswaterstaat""".split()
    )
)
ORG_LAST = frozenset(
    """Partij Party Parlement Kamer Zaken Raad Commissie Instituut Institute Universiteit
    University Hogeschool Academie Bond Vakbond Vakverbond Federatie Vereniging Genootschap
    Stichting Bank Courant Dagblad Handelsblad Nieuwsblad Zeitung Omroep Alliantie Holding
    Holdings Airlines Airways Group Groep Corporation Inc. Ltd NV N.V. BV B.V. Co. Maatschappij
    Ziekenhuis Politie Rechtbank Gerechtshof Society Association Foundation Federation Brigade
    Beweging Agentschap Times Televisie College Comité Hogescholen""".split()
)
# Club prefixes (FC Utrecht, KFC Merelbeke, SV Zulte Waregem, AS Roma); only before a name.
CLUB_PREFIXES = frozenset(
    """FC AFC KFC SC SV VV KV KVC KSV KSK KSC KRC RSC RFC RC SK AC AS CF CD UD VfB VfL BSC
    TSV HC KAA KAS KMSK KVK""".split()
)
ORG_SUFFIXES = (
    "partij", "universiteit", "hogeschool", "instituut", "genootschap", "vereniging", "vakbond",
    "omroep", "ziekenhuis", "maatschappij", "bank", "fonds", "dienst",
    "school", "college", "lyceum",  # schools are organisations ("Julianaschool")
)  # fmt: skip
# Heads that take the name after them into one ORG span ("Universiteit [Gent]" -> one span).
ORG_BEFORE = frozenset({"Universiteit", "Hogeschool"})
ORG_BEFORE_VAN = frozenset(
    {"Universiteit", "University", "Hogeschool", "Ministerie", "Raad", "Bank", "Rekenkamer"}
)
_HEADS_BEFORE = CLUB_PREFIXES | ORG_BEFORE
ORG_SUFFIX_EXCEPT = frozenset({"Westbank"})  # the West Bank, a place
# Lower-case words inside names ("Centraal Bureau voor de Statistiek"): a cut span may be
# extended over them to a dictionary name; a span that runs on past a name into another
# lower-case word ("Openbaar Ministerie vervolgt ...") is cut back to the name. Rule
# ``name_internal`` (the extension).
LINKS = frozenset(
    "van voor de der den het en op aan in tot te ter ten zonder of the for and des du la le".split()
)
NAME_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "X", "SYM", ""})  # may end a name
# Titles and functions stay outside a person's span (docs/NER_GUIDELINES.md: "koning [Albert]"):
# a capitalised one before a name is cut off ("Koningin Máxima", "Commissievoorzitter Ursula von
# der Leyen"); also a one-word compound ending in a function ("Commissievoorzitter").
TITLES = frozenset(
    """Koning Koningin Prins Prinses Keizer Keizerin Kroonprins Kroonprinses Hertog Graaf Gravin
    Baron President Premier Minister Minister-president Vicepremier Staatssecretaris Kanselier
    Burgemeester Gouverneur Senator Kamerlid Paus Kardinaal Bisschop Aartsbisschop Dominee
    Pastoor Imam Rabbijn Ayatollah Generaal Luitenant-generaal Kolonel Majoor Kapitein Admiraal
    Commandant Dokter Professor Prof. Dr. Mr. Ir. Drs. Sir Lord Lady Sjeik Sultan Koningin-moeder
    Voorzitter Secretaris-generaal Commissaris Eurocommissaris Ombudsman Rechter Advocaat
    Procureur Woordvoerder Trainer Coach Bondscoach Topman Topvrouw Directeur CEO""".split()
) | frozenset("Informateur Formateur Bondskanselier Hoofdinspecteur Gezant".split())
TITLE_SUFFIXES = (
    "voorzitter",
    "minister",
    "president",
    "commissaris",
    "secretaris",
    "woordvoerder",
    "leider",  # "Likud-leider [Sharon]", "CDA-leider [Bontenbal]"
    "gezant",  # "EU-gezant [Sørensen]"
    "kanselier",
)
# "minister van [Defensie]", "het ministerie van [Buitenlandse Zaken]": the name is ORG.
MINISTRY_WORDS = frozenset({"minister", "ministerie", "ministers", "staatssecretaris"})


def org_by_form(doc: Doc, start: int, end: int) -> bool:
    """True when tokens ``start:end`` look like an organisation's name by their words alone:
    "Partij voor de Dieren", "Deutsche Bank", "FC Twente", "Erasmushogeschool", or the name
    after "minister(ie) van"."""
    words = [t.text for t in doc[start:end]]
    if not words[0][:1].isupper():
        return False
    if len(words) > 1:
        if words[0] in ORG_FIRST:
            return True
        # the last word is the head only without lower-case words before it: not in "Annet de
        # Raad" (a person) or "Transactions of the ... Society" (a title)
        if words[-1] in ORG_LAST and not any(w[:1].islower() for w in words):
            return True
        if words[0] in CLUB_PREFIXES and words[1][:1].isupper():
            return True
    else:
        last = words[0].rsplit("-", 1)[-1]
        if last[:1].isupper() and words[0] not in ORG_SUFFIX_EXCEPT:
            low = last.lower()
            if any(low.endswith(x) and len(low) >= len(x) + 3 for x in ORG_SUFFIXES):
                return True
    return start >= 2 and doc[start - 1].lower_ == "van" and doc[start - 2].lower_ in MINISTRY_WORDS


def org_prefix(doc: Doc, start: int) -> int:
    """Start of an organisation head right before a name: "Universiteit van [Amsterdam]",
    "Ministerie van [Defensie]", "FC [Utrecht]", "Universiteit [Gent]"; ``start`` if none."""
    if start >= 1 and doc[start - 1].text in _HEADS_BEFORE:
        return start - 1
    if (
        start >= 2
        and doc[start - 1].lower_ in ("van", "voor", "of")
        and doc[start - 2].text in ORG_BEFORE_VAN
    ):
        return start - 2
    return start


def is_title(text: str) -> bool:
    """A capitalised title or function word ("Koningin", "Commissievoorzitter")."""
    if text in TITLES:
        return True
    low = text.lower()
    return text[:1].isupper() and any(
        low.endswith(x) and len(low) >= len(x) + 3 for x in TITLE_SUFFIXES
    )


def _title_cut(doc: Doc, ent: Span, lex: NameTypes) -> tuple[int, int, str] | None:
    """A person's name with a title in front ("Koning Willem-Alexander"): the name alone, PER.
    Any span whose rest is a dictionary person; a PER span whose rest is capitalised."""
    if len(ent) < 2 or not is_title(ent[0].text) or not ent[1].text[:1].isupper():
        return None
    rest = doc[ent.start + 1 : ent.end].text
    if lex.types.get(rest) == "PER" or (ent.label_ == "PER" and rest not in lex.types):
        return ent.start + 1, ent.end, "PER"
    return None


def _trim(doc: Doc, start: int, end: int, lex: NameTypes) -> tuple[int, int] | None:
    """A span that is a dictionary name plus words that are not part of it: run on into lower-case
    words ("Openbaar Ministerie vervolgt drie mannen") or with a common noun in front
    ("Chipmachinemaker ASML", "Eurocommissaris Wopke Hoekstra": titles and roles stay outside
    the span). The name's boundaries, or None."""
    for k in range(end - 1, start, -1):
        t = doc[k]
        if (
            t.lower_ == "van"
            and lex.types.get(doc[start:k].text) == "ORG"
            and lex.types.get(doc[k + 1 : end].text) == "PER"
        ):
            return start, k  # "de BBB van Caroline van der Plas": the party, then its leader
        if (
            t.text[:1].islower()
            and t.lower_ not in LINKS
            # the clause goes on: a verb, adverb, ... (not "VTM nieuws"); or two or more
            # lower-case words after a name of two or more ("Huis van Afgevaardigden stemde in")
            and (
                t.pos_ not in NAME_POS
                or (k - start >= 2 and end - k >= 2 and all(x.is_lower for x in doc[k:end]))
            )
            and doc[start:k].text in lex.types
        ):
            return start, k
    # a capitalised common noun opening the sentence (the tagger reads it as PROPN there): one
    # word, not an adjective form ("Koninklijke"), not itself a name or an organisation head
    first, rest = doc[start], doc[start + 1 : end].text
    label = lex.types.get(rest)
    if (
        label in ("PER", "ORG")  # "Leefbaar Gelderland", "Stad Nijmegen" are names of their own
        and (start == 0 or first.is_sent_start)
        and len(first) >= 4
        and first.text[1:].replace("-", "").islower()
        and not first.text.endswith("e")
        and first.text not in lex.types
        and first.text not in ORG_FIRST
        and first.text not in _HEADS_BEFORE
        and first.text not in ("Jong", "Museum", "Radio", "Hotel", "Theater", "Stichting")
        and (label != "PER" or end - start > 2)  # a first name before a surname stays
    ):
        return start + 1, end
    return None


# Events named "<head> van <place>" are one MISC span (docs/NER_GUIDELINES.md: "de [Top van
# Nice]", "het [Verdrag van Maastricht]"), not the place alone: "Grote Prijs van [België]".
EVENT_HEADS = frozenset(
    """Prijs Prix Triënnale Biënnale Top Ronde Spelen Kampioenschap Kampioenschappen Slag Vrede
    Verdrag Conferentie Beleg Wereldtentoonstelling Marathon Wegrace""".split()
)


def event_names(doc: Doc, spans: list[Span]) -> tuple[list[Span], list[tuple[Span, Span]]]:
    """A place after "<event head> van" becomes one MISC span with the head and the capitalised
    words or numbers before it ("Grand Prix Formule 1 van België"); predicted MISC spans inside
    are absorbed. The spans, and (old, new) pairs."""
    changes: list[tuple[Span, Span]] = []
    for ent in sorted((x for x in spans if x.label_ == "LOC"), key=lambda x: x.start):
        if ent.start < 2 or doc[ent.start - 1].lower_ != "van":
            continue
        k = ent.start - 1
        while k > 0 and (doc[k - 1].text[:1].isupper() or doc[k - 1].like_num):
            k -= 1
        run = doc[k : ent.start - 1]
        if not any(t.text in EVENT_HEADS for t in run):
            continue
        inside = [x for x in spans if x is not ent and x.start < ent.start and x.end > k]
        if any(x.label_ != "MISC" or x.start < k for x in inside):
            continue
        event = Span(doc, k, ent.end, label="MISC")
        changes += [(x, event) for x in inside + [ent]]
        spans = [x for x in spans if x is not ent and x not in inside] + [event]
    return spans, changes


@dataclass(frozen=True)
class NameTypes:
    types: dict[str, str]  # unambiguous name -> PER, LOC, ORG or MISC
    countries: frozenset[str]  # LOC names that are countries (a country's team is LOC)


@dataclass
class Change:
    """One span the step changed: character offsets and label before and after."""

    text: str
    old: tuple[int, int, str]
    new: tuple[int, int, str]
    kind: str  # relabel | extend
    absorbed: tuple[tuple[int, int, str], ...] = ()  # predicted entities inside an extension
    sentence: str = ""


def read_name_types(path: Path = TABLE) -> NameTypes:
    """``name<TAB>type<TAB>country`` rows under a ``#`` header (see the file for its sources)."""
    types: dict[str, str] = {}
    countries: set[str] = set()
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines if line and not line.startswith("#")]
    for lineno, line in enumerate(rows[1:], start=2):
        parts = line.split("\t")
        if len(parts) != 3 or parts[1] not in ("PER", "LOC", "ORG", "MISC"):
            raise ValueError(f"{path}: row {lineno}: expected name, type, country: {line!r}")
        name, label, country = parts
        types[name] = label
        if country == "yes":
            countries.add(name)
    return NameTypes(types, frozenset(countries))


@lru_cache(maxsize=2)
def _shipped(path: Path = TABLE) -> NameTypes:
    return read_name_types(path)


def make_matcher(nlp: Language, lex: NameTypes) -> PhraseMatcher:
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    names = [n for n in lex.types if n.strip()]
    matcher.add("NAME", list(nlp.tokenizer.pipe(names)))
    return matcher


def _changes(pairs: list[tuple[Span, Span | None]], why: str) -> list[Change]:
    """Change rows for (old, new) span pairs; new None: the span was dropped."""
    return [
        Change(
            a.text if b is None else b.text,
            (a.start_char, a.end_char, a.label_),
            (a.start_char, a.end_char, "") if b is None else (b.start_char, b.end_char, b.label_),
            why,
        )
        for a, b in pairs
    ]


def fix_types(
    doc: Doc,
    lex: NameTypes,
    matcher: PhraseMatcher | None = None,
    only: str | None = None,
    club_rule: bool = True,
    forms: bool = True,
    trims: bool = True,
    events: bool = True,
    context: bool = True,
    cues: bool = True,
    headings: bool = True,
    bounds: bool = True,
    rules: Rules = ALL_RULES,
) -> tuple[list[Span], list[Change]]:
    """The entities of ``doc`` after the step, and the changes made.

    With a ``matcher``, a span strictly inside an unambiguous name whose extra tokens are all
    capitalised is first extended to the name (predicted entities wholly inside are absorbed;
    none is ever cut). Then a span whose text is an unambiguous name gets the name's type
    (``only``: just when that type is ``only``). A place that is not a country keeps ORG, since
    a city is also its football club ("Groningen won"). With ``forms``, a span in no list takes
    ORG when its words make it an organisation (``org_by_form``), and a span right after an
    organisation head ("Universiteit van", "FC") is extended to it as ORG (``org_prefix``). With
    ``cues``, the noun in front, a dateline and the form of road and competition names give the
    type, and a lone weekday or month is dropped (``geoevents/name_cues.py``). With
    ``headings``, a span of common words in a title-case heading or list item is dropped
    (``geoevents/name_headings.py``). With ``bounds``, a lower-case "ministerie van" is cut out
    of a span and initials open a person's span (``geoevents/name_bounds.py``). With
    ``context``, the sentence decides last (``geoevents/name_context.py``): a town that is a side
    in a match is its club (ORG), a span ending in "Arena"/"Stadion" is a place (LOC).
    ``rules``: which of the named rules (``geoevents/name_rules.py``) run; the part switches
    above are for tests and benchmarks, ``rules`` is what a pipeline's config sets.
    """
    name_internal = rules.on("name_internal")
    ents = list(doc.ents)
    new: dict[int, Span] = {}
    kinds: dict[int, str] = {}
    absorbed: set[int] = set()
    inside_of: dict[int, list[int]] = {}
    added: list[Span] = []  # the person split off "<party> van <leader>"
    if matcher is not None and ents:
        names = sorted({(s, e) for _, s, e in matcher(doc)}, key=lambda m: (m[0] - m[1], m[0]))
        for i, ent in enumerate(ents):
            if i in absorbed:
                continue
            for s, e in names:
                if not (s <= ent.start and ent.end <= e) or (s, e) == (ent.start, ent.end):
                    continue
                extra = [t for t in doc[s:e] if not ent.start <= t.i < ent.end]
                if not all(
                    t.text[:1].isupper()
                    or (name_internal and t.lower_ in LINKS and s < t.i < e - 1)
                    for t in extra
                ):
                    continue
                inside = [j for j, o in enumerate(ents) if j != i and o.start < e and o.end > s]
                if any(ents[j].start < s or ents[j].end > e or j in new for j in inside):
                    continue
                new[i] = Span(doc, s, e, label=lex.types[doc[s:e].text])
                kinds[i] = "extend"
                absorbed.update(inside)
                inside_of[i] = inside
                break
    for i, ent in enumerate(ents):
        if i in new or i in absorbed or ent.text in lex.types or not trims or only:
            continue
        titled = _title_cut(doc, ent, lex)
        if titled is not None:
            new[i], kinds[i] = Span(doc, titled[0], titled[1], label=titled[2]), "trim"
            continue
        cut = _trim(doc, ent.start, ent.end, lex)
        if cut is not None:
            name = doc[cut[0] : cut[1]].text
            label = lex.types[name]
            if club_rule and ent.label_ == "ORG" and label == "LOC" and name not in lex.countries:
                label = "ORG"  # "Groningen won ...": a city is also its club
            new[i], kinds[i] = Span(doc, *cut, label=label), "trim"
            rest = doc[cut[1] + 1 : ent.end]
            if cut[1] < ent.end and lex.types.get(rest.text) == "PER":
                added.append(Span(doc, rest.start, rest.end, label="PER"))
    for i, ent in enumerate(ents):
        if i in new or i in absorbed:
            continue
        label = lex.types.get(ent.text)
        if label is None or label == ent.label_ or (only is not None and label != only):
            continue
        if club_rule and ent.label_ == "ORG" and label == "LOC" and ent.text not in lex.countries:
            continue
        new[i], kinds[i] = Span(doc, ent.start, ent.end, label=label), "relabel"
    if forms and only in (None, "ORG"):
        for i, ent in enumerate(ents):
            if i in new or i in absorbed:
                continue
            s = org_prefix(doc, ent.start)
            if s < ent.start:
                inside = [j for j, o in enumerate(ents) if j != i and s <= o.start < ent.start]
                if not any(ents[j].start < s or j in new or j in absorbed for j in inside):
                    new[i], kinds[i] = Span(doc, s, ent.end, label="ORG"), "extend"
                    absorbed.update(inside)
                    inside_of[i] = inside
                    continue
            if (
                ent.label_ != "ORG"
                and ent.text not in lex.types
                and org_by_form(doc, ent.start, ent.end)
            ):
                new[i], kinds[i] = Span(doc, ent.start, ent.end, label="ORG"), "relabel"
    out = [new.get(i, ent) for i, ent in enumerate(ents) if i not in absorbed] + added
    changes = [
        Change(
            sp.text,
            (ents[i].start_char, ents[i].end_char, ents[i].label_),
            (sp.start_char, sp.end_char, sp.label_),
            kinds[i],
            tuple(
                (ents[j].start_char, ents[j].end_char, ents[j].label_) for j in inside_of.get(i, [])
            ),
        )
        for i, sp in sorted(new.items())
    ]
    if events and only is None:
        out, evs = event_names(doc, out)
        changes += _changes([(a, Span(doc, b.start, b.end, label="MISC")) for a, b in evs], "event")
    if cues and only is None:
        out, retyped = cue_types(doc, out, lex.types, rules)
        changes += _changes(retyped, "cue")
    if headings and only is None:
        drops = {id(x) for x in heading_drops(doc, out, lex.types, rules=rules)}
        if rules.on("opening_words"):
            drops |= {id(x) for x in opening_word_drops(out, lex.types)}
        changes += _changes([(a, None) for a in out if id(a) in drops], "heading")
        out = [x for x in out if id(x) not in drops]
    if bounds and only is None:
        fixes = {id(a): bs for a, bs in bound_fixes(doc, out, lex.types, rules)}
        changes += _changes([(a, b) for a in out for b in fixes.get(id(a), ())], "bounds")
        out = [b for a in out for b in fixes.get(id(a), [a])]
    if context and only is None:
        sides = sports_teams(doc, out, lex.countries.__contains__)
        sides += [(a, b) for a, b in venues(out) if a.text not in lex.types]
        if rules.on("building_places"):
            done = {id(a) for a, _ in sides}
            sides += [(a, b) for a, b in building_places(out) if id(a) not in done]
        if sides:
            swap = {id(a): b for a, b in sides}
            out = [swap.get(id(x), x) for x in out]
            changes += [
                Change(
                    b.text,
                    (a.start_char, a.end_char, a.label_),
                    (b.start_char, b.end_char, b.label_),
                    "context",
                )
                for a, b in sides
            ]
    return spacy.util.filter_spans(out), changes


class NameTypesComponent:
    """Pipeline step after the NER and the entity ruler; holds the table, one matcher and its
    own rule switches (``rules``), so pipelines in one process may run different rules."""

    def __init__(self, nlp: Language, path: Path = TABLE, rules: Rules = ALL_RULES) -> None:
        self.rules = rules
        with collector_paused():  # 35,000 names tokenised into the matcher
            self.lex = _shipped(path)
            self.matcher = make_matcher(nlp, self.lex)

    def __call__(self, doc: Doc) -> Doc:
        if doc.ents:
            ents, changes = fix_types(doc, self.lex, self.matcher, rules=self.rules)
            if changes:
                doc.ents = ents
        return doc


@Language.factory(NAME_TYPES, default_config={"disabled_rules": []})
def make_name_types(nlp: Language, name: str, disabled_rules: list[str]) -> NameTypesComponent:
    """The step with the named rules of ``disabled_rules`` switched off (``name_rules.RULES``;
    an unknown name raises before the table is read)."""
    return NameTypesComponent(nlp, rules=Rules.without(disabled_rules))


def uses_core_labels(nlp: Language) -> bool:
    """True for a NER with this project's labels (PER, LOC, ORG); other schemes are left alone."""
    labels: set[str] = set()
    for pipe in ("ner", "entity_ruler"):
        if pipe in nlp.pipe_names:
            labels |= set(getattr(nlp.get_pipe(pipe), "labels", ()) or ())
    return CORE_LABELS <= labels
