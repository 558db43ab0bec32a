"""Newspaper cues for a name's type that the name table cannot give: the noun in front of a
name, the dateline, the form of road numbers and competition names (docs/NER_GUIDELINES.md).

Run in the name-type step (``geoevents/name_types.py``, ``fix_types(..., cues=True)``) after the
table and before the sports context. Each cue retypes a span the NER found; none adds a span or
moves a boundary, and two drop a span (a weekday or month opening a sentence, a single letter).
The surname cue reads the whole document (an article), the others the sentence.

- **The noun in front** ("het dorp [Kfar Sjoeba]", "de krant [El Tiempo]", "ploegleider
  [Zijlaard]"): a lower-case classifier noun right before a name gives its type: places
  (``stad``, ``dorp``, ``provincie``, ``havenstad``), organisations (``bedrijf``, ``krant``,
  ``partij``, ``drankenconcern``, ``popgroep``) and people by their role (``ploegleider``,
  ``psycholoog``, ``zanger``). Compounds count by their last part where the part is listed as a
  suffix ("amusementsconcern", "voetbalfederatie").
- **Datelines**: capitals before a dash opening a sentence are the places the report is filed
  from ("[JERUZALEM], [KFAR SJOEBA] - Israëlische vliegtuigen ...").
- **Road numbers** ("de [A28]", "de [N8]", "de [E40]") are places.
- **Competitions** named by their last word ("[World League]", "[Kirin Cup]", "[US Open]") are
  MISC; "[Oranje]" alone is the Dutch national team, ORG by the guidelines.
- **A surname repeated** after the person's full name earlier in the document ("David Trimble
  ... [Trimble] trad af") is PER where the NER read it as a place.
- **Days and months** are never names: a span that is only "Zaterdag" or "Maart" (capitalised
  because it opens the sentence) is dropped.
- **A single letter** that no full stop follows is a variable or a list label ("als A en B
  hoeveelheden zijn", "eigenschap [A]"), not a name, unless the table has it; an initial
  ("J.", or "J" with its stop split off) is left alone.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from geoevents.name_rules import ALL_RULES, Rules

# --- the noun in front ---------------------------------------------------------------------------

# Nouns that name the kind of place, organisation or person a following name is. Only nouns whose
# following name has that type in the training gold nearly always; not "centrum" (a town centre),
# "meer" (also "more"), "staat" (also "stands"), "ploeg" (a national team is LOC), nor titles
# of works (the name after "film" or "boek" is MISC, which the NER mostly gets).
PLACE_NOUNS = frozenset(
    """stad stadje dorp dorpje gehucht gemeente deelgemeente deelstaat provincie regio streek
    eiland schiereiland rivier zijrivier berg gebergte vallei baai golf kanton district
    arrondissement graafschap hertogdom woonplaats badplaats geboorteplaats plaatsje havenstad
    hoofdstad grensstad grensplaats provinciestad wijk stadsdeel buurt kustplaats vestingstad
    universiteitsstad""".split()
)
PLACE_SUFFIXES = ("stad", "dorp", "provincie", "rivier", "eiland")
ORG_NOUNS = frozenset(
    """bedrijf concern krant dagblad weekblad ochtendblad avondblad zakenblad tijdschrift
    studentenblad zender omroep persbureau nieuwsagentschap partij vakbond vakcentrale club
    voetbalclub vereniging federatie bond popgroep band rockband cabaretgroep groep
    organisatie stichting bank fabrikant producent uitgeverij uitgever keten supermarktketen
    winkelketen luchtvaartmaatschappij maatschappij firma onderneming multinational holding
    beweging fusieclub zwemvereniging zwemverenigingen clubs verenigingen bedrijven
    kranten partijen teams formatie rederij brouwerij webwinkel""".split()
)
ORG_SUFFIXES = (
    "bedrijf", "concern", "krant", "blad", "zender", "omroep", "partij", "bond", "club",
    "vereniging", "verenigingen", "federatie", "groep", "organisatie", "fabrikant", "producent",
    "keten", "maatschappij", "onderneming", "bank", "uitgeverij", "rederij", "brouwerij",
)  # fmt: skip
# Roles and family words before a person's name ("ploegleider Zijlaard", "zanger Prince").
PERSON_NOUNS = frozenset(
    """broer zus zuster vader moeder zoon dochter oom tante neef nicht opa oma echtgenoot
    echtgenote weduwe vriend vriendin collega ploeggenoot ploeggenote teamgenoot
    teamgenote psycholoog psychiater zanger zangeres schrijver schrijfster dichter dichteres
    schilder kunstenaar regisseur acteur actrice componist dirigent journalist advocaat rechter
    officier arts dokter chirurg hoogleraar professor pastoor dominee bisschop kardinaal
    paus imam rabbijn burgemeester wethouder gouverneur senator minister staatssecretaris
    premier president koning koningin prins prinses keizer generaal kolonel majoor kapitein
    sergeant coach trainer bondscoach keeper doelman spits aanvaller verdediger
    middenvelder aanvoerder renner wielrenner sprinter schaatser zwemmer zwemster tennisser
    tennisster atleet atlete golfer bokser jockey zeilster zeiler ruiter amazone coureur piloot
    werper slagman specialist topscorer kopman ploegleider woordvoerder woordvoerster directeur
    voorzitter topman topvrouw oprichter eigenaar manager kandidaat lijsttrekker fractieleider
    partijleider verdachte slachtoffer getuige""".split()
) | frozenset(
    # diplomats and leaders of foreign news ("gezant [Zinni]", "ambassadeur [Rasool]")
    """ambassadeur gezant afgezant onderhandelaar diplomaat kanselier bondskanselier dictator
    bevelhebber opperbevelhebber commandant sjeik ayatollah emir sultan""".split()
)
PERSON_SUFFIXES = (
    "leider", "voorzitter", "woordvoerder", "woordvoerster", "trainer", "coach", "speler",
    "speelster", "zanger", "zangeres", "minister", "directeur", "renner", "kampioen",
    "kampioene", "schrijver", "genoot", "genote", "president", "premier", "kanselier",
    "ambassadeur", "commandant", "bevelhebber",
)  # fmt: skip
# Kinds of plans, programmes and reports: the name after them is MISC ("het programma [Zorg aan
# Zet]", "het project [Zorgzame Buurten]"), as the guidelines type programmes and reports.
MISC_NOUNS = frozenset(
    """programma programma's project projecten nota beleidsnota rapport campagne actieplan plan
    beleidsplan methode regeling keurmerk convenant wetsvoorstel initiatief pilot proefproject
    werkwijze aanpak""".split()
)
MISC_SUFFIXES = ("programma", "project", "nota", "campagne", "plan")
CLASSIFIERS = (
    (PLACE_NOUNS, PLACE_SUFFIXES, "LOC"),
    (ORG_NOUNS, ORG_SUFFIXES, "ORG"),
    (PERSON_NOUNS, PERSON_SUFFIXES, "PER"),
    (MISC_NOUNS, MISC_SUFFIXES, "MISC"),
)


def classifier_type(doc: Doc, start: int, rules: Rules = ALL_RULES) -> str | None:
    """The type a lower-case classifier noun right before token ``start`` gives a name: "de
    krant [El Tiempo]" ORG, "het dorp [Kfar Sjoeba]" LOC, "ploegleider [Zijlaard]" PER
    (rule ``role_split``: a role also across a sentence start and as a hyphenated role's end)."""
    role_split = rules.on("role_split")
    if start == 0:
        return None
    # A sentence start right after the noun: the noun may end a line without a full stop
    # ("Website van de gemeente" | "Valdor won."), but a role noun before a name is the parser's
    # false split ("onder leiding van generaal | Mladic"), so only a person's role crosses it.
    split = bool(doc[start].is_sent_start)
    t = doc[start - 1]
    low = whole = t.text
    if role_split and "-" in low[1:]:  # "oud-president", "FARC-leider", "secretaris-generaal"
        low = low.rsplit("-", 1)[-1]
        whole = whole.replace("-", "").lower()
    if not low.isalpha() or not low.islower() or len(low) < 3:
        return None
    if t.pos_ not in ("NOUN", "PROPN", "ADJ", ""):  # tagged as a verb or adverb here
        return None
    label = None
    for nouns, _, kind in CLASSIFIERS:
        if low in nouns:
            label = kind
            break
    else:
        for _, suffixes, kind in CLASSIFIERS:
            if any(whole.endswith(x) and len(whole) >= len(x) + 3 for x in suffixes):
                label = kind
                break
    if split and not (role_split and label == "PER"):
        return None
    return label


# --- datelines, roads, competitions, days ------------------------------------------------------

DASHES = frozenset({"-", "–", "—"})


def _caps(text: str) -> bool:
    """A word in capitals ("KFAR", "D'ORLANDO") or a comma: what a dateline is made of."""
    return text == "," or (text.upper() == text and any(c.isalpha() for c in text))


def dateline(doc: Doc, ent: Span, text: str | None = None) -> bool:
    """``ent`` is a place of a dateline: all capitals, at the start of its sentence, before a
    dash with only other capitalised words and commas in between ("JERUZALEM, KFAR SJOEBA -"),
    and a report after the dash (not a list row such as "VLD - 12 zetels"). ``text``: the
    span's text, if the caller has it."""
    text = ent.text if text is None else text
    if text.upper() != text or sum(c.isalpha() for c in text) < 3:
        return False
    k = ent.end
    while k < len(doc) and k < ent.end + 8 and doc[k].text not in DASHES:
        if not _caps(doc[k].text):
            return False
        k += 1
    if k >= len(doc) or doc[k].text not in DASHES:
        return False
    rest = doc[k + 1 : k + 4]  # the parser may start a sentence after the dash
    if len(rest) < 3 or not rest[0].text[:1].isupper() or "\n" in rest.text:
        return False
    i = ent.start
    while i > 0 and not doc[i].is_sent_start:
        if not _caps(doc[i - 1].text):
            return False
        i -= 1
    return True


ROAD = re.compile(r"^[ANER]\d{1,3}$")  # Dutch and Belgian motorways and roads, European routes
COMPETITION_LAST = frozenset(
    """Cup Trophy League Open Tournament Games Classic Championship Championships Masters
    Trofee Spelen Slam""".split()
)
TEAM_NAMES = {"Oranje": "ORG"}  # the guidelines' example of a team name that is not a place
DAYS_MONTHS = frozenset(
    """maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april
    juni juli september oktober november december""".split()
)  # not "mei" (also a given name) nor "augustus" (the emperor)


DIRECTIONS = ("Noord-", "Zuid-", "Oost-", "West-", "Midden-", "Noordoost-", "Zuidoost-",
              "Noordwest-", "Zuidwest-")  # fmt: skip
CITIZEN_ENDINGS = ("enaars", "enaar", "naars", "naar", "ers", "er")


def demonym(text: str, table: dict[str, str]) -> bool:
    """A word for the people of a place that the table lacks: a compass point before a table
    demonym ("Zuid-Amerikanen", "Oost-Duitser") or a town's citizen ("Rotterdammer",
    "Groningers", "Leidenaar": the town in the table as a place, not a country's name)."""
    if " " in text or not text[:1].isupper():
        return False
    for d in DIRECTIONS:
        if text.startswith(d) and table.get(text[len(d) :]) == "MISC":
            return True
    for end in CITIZEN_ENDINGS:
        if not text.endswith(end) or len(text) < len(end) + 4:
            continue
        stem = text[: -len(end)]
        stems = {stem, stem + "en"}
        if len(stem) > 2 and stem[-1] == stem[-2]:
            stems.add(stem[:-1])  # Rotterdammer
        if any(table.get(x) == "LOC" for x in stems):
            return True
    return False


# Laws, decrees, directives and treaties are MISC (docs/NER_GUIDELINES.md): a name whose last word
# or first word is one, also as the end of a compound ("Woonzorgdecreet", "Kaderrichtlijn
# Water", "Akkoord van München"; a lone "Wet" is no name), or that opens with one before a
# capitalised word ("Decreet Lokaal Sociaal Beleid"). In the training gold every span ending in
# wet, grondwet, verdrag or akkoord is MISC (35 spans). Rule ``laws``.
LAW_WORDS = ("wet", "decreet", "richtlijn", "verdrag", "akkoord", "handvest")
LAW_FIRST = frozenset({"Wet", "Decreet", "Richtlijn", "Verdrag", "Kaderrichtlijn", "Besluit"})


# Plans, programmes, reports and other documents are MISC too ("Deltaplan Inburgering",
# "Regionaal Waterplan Overijssel", "Jaarrapport Integratie", "Keurmerk Veilig Uitgaan",
# "Miljoenennota"); in the training gold and the news dev set 9 of the 10 spans so formed are
# MISC (the other, "Wereldvoedselprogramma", is a table name). Rule ``plans``.
PLAN_WORDS = ("plan", "programma", "nota", "rapport", "monitor", "keurmerk", "strategie")
PLAN_FIRST = frozenset({"Programma", "Project", "Keurmerk", "Actieplan", "Plan", "Nota"})


def is_law(ent: Span, kinds: tuple[str, ...] = LAW_WORDS, first=LAW_FIRST) -> bool:
    """A law's, decree's or treaty's name by its words (see LAW_WORDS; with PLAN_WORDS and
    PLAN_FIRST, a plan's or programme's)."""
    words = [t.text for t in ent]
    if len(words) >= 2 and words[0] in first and words[1][:1].isupper():
        return True
    for w in (words[0], words[-1]):
        low = w.rsplit("-", 1)[-1].lower()
        if w[:1].isupper() and any(
            (low == x and (len(words) >= 2 or "-" in w))  # "Mercosur-verdrag"
            or (low.endswith(x) and len(low) >= len(x) + 3)
            for x in kinds
        ):
            return True
    return False


def form_type(
    doc: Doc,
    ent: Span,
    table: dict[str, str] | None = None,
    text: str | None = None,
    rules: Rules = ALL_RULES,
) -> str | None:
    """The type the span's own form gives: a road number LOC, a competition MISC, a demonym the
    table lacks MISC, "Oranje" (not in "Prins van Oranje", which the NER keeps as one span)
    ORG; with rules ``elliptic``, ``laws`` and ``plans``, half a compound, a law or a plan MISC."""
    text = ent.text if text is None else text
    if len(ent) == 1 and ROAD.match(text):
        return "LOC"
    if rules.on("elliptic") and len(text) > 2 and text.endswith("-") and ent.label_ != "MISC":
        # the first half of an elliptic compound ("WAO- of Wajong-uitkering"); a compass point
        # is the first half of two places ("[West-] en Oost-Vlaanderen")
        if text not in DIRECTIONS:
            return "MISC"
    if table is not None and text not in table and demonym(text, table):
        return "MISC"
    if len(ent) >= 2 and ent[-1].text in COMPETITION_LAST and text[:1].isupper():
        return "MISC"
    if rules.on("laws") and table is not None and text not in table and is_law(ent):
        return "MISC"
    if (
        rules.on("plans")
        and table is not None
        and text not in table
        and is_law(ent, PLAN_WORDS, PLAN_FIRST)
    ):
        return "MISC"
    label = TEAM_NAMES.get(text)
    if label and not (ent.start >= 1 and doc[ent.start - 1].lower_ == "van"):
        return label
    return None


def is_day_or_month(ent: Span, text: str | None = None) -> bool:
    """A one-word span that is a weekday or a month (capitalised at the start of a sentence)."""
    if len(ent) != 1:
        return False
    text = ent.text if text is None else text
    return text.lower() in DAYS_MONTHS and text[1:].islower()


def lone_letter(ent: Span, text: str, table: dict[str, str]) -> bool:
    """One letter that no full stop follows ("eigenschap [A]", "als [A] en B ..."): a variable
    or a list label; "J ." split apart is an initial, and the table decides for a letter it has."""
    doc = ent.doc
    return (
        len(text) == 1
        and text.isalpha()
        and text not in table
        and not (ent.end < len(doc) and doc[ent.end].text == ".")
    )


PARTICLES = frozenset("de den der het van von ten ter te le la du di da del dos".split())


def surname_mentions(ents: list[Span], table: dict[str, str]) -> dict[int, str]:
    """Indexes of one-word spans that the NER read as a place but that repeat the surname of a
    person named in full earlier in the document, as news reports do ("David Trimble ...
    [Trimble] trad af"; also the genitive "Trimbles"), mapped to PER. A table name of another
    type keeps its type."""
    first: dict[str, int] = {}  # surname -> start of its first full-name mention
    for e in ents:
        if (
            e.label_ == "PER"
            and len(e) >= 2
            and all(t.text[:1].isupper() for t in e)  # not "Jan van Eyck", "Sibylle van Cumae"
            and e[0].lower_ not in PARTICLES  # not "De Mol", "Van Dijk"
        ):
            first.setdefault(e[-1].text, e.start)
    out: dict[int, str] = {}
    for i, e in enumerate(ents):
        if len(e) != 1 or e.label_ != "LOC" or table.get(e.text, "PER") != "PER":
            continue
        name = e.text if e.text in first else e.text[:-1] if e.text.endswith("s") else ""
        if name in first and first[name] < e.start:
            out[i] = "PER"
    return out


# An abbreviation in brackets after its long form ("Kaderrichtlijn Water (KRW)", "Centrum voor
# Jeugd en Gezin (CJG)") is the same name: it takes the long form's type. After a lower-case
# phrase whose initials it spells ("voortijdig schoolverlaten (VSV)") it abbreviates a common noun
# and is no name; after a law written out ("Wet collectieve preventie volksgezondheid (Wcpv)")
# it is a law (rule ``abbreviations``).


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words).lower()


def abbreviation_type(doc: Doc, ent: Span, by_end: dict[int, Span]) -> str | None:
    """The type of a one-word abbreviation in brackets from its long form before it: a label,
    "" (no name), or None (no long form found)."""
    text = ent.text
    if len(ent) != 1 or not (2 <= len(text) <= 8) or not text[:1].isupper() or not text.isalpha():
        return None
    if sum(c.isupper() for c in text) < 2 and not text[0] == "W":
        return None
    s = ent.start
    if s < 2 or doc[s - 1].text != "(" or s + 1 >= len(doc) or doc[s + 1].text != ")":
        return None
    long = by_end.get(s - 1)
    if long is not None:
        if long.text[:1].lower() != text[:1].lower():
            return None
        # the long form's type wins over a person's or place's, which abbreviations seldom are,
        # and a law or plan recognised by its words wins over anything
        if long.label_ == "MISC":
            law = is_law(long) or is_law(long, PLAN_WORDS, PLAN_FIRST)
            return "MISC" if law else None
        return long.label_ if ent.label_ in ("PER", "LOC", "MISC") else None
    n = len(text)
    words = [t.text for t in doc[max(0, s - 1 - n) : s - 1]]
    if len(words) != n or not all(w.isalpha() for w in words):
        return None
    if _initials(words) != text.lower():
        return None
    if all(w.islower() for w in words):
        return ""
    if words[0] in LAW_FIRST and all(w.islower() for w in words[1:]):
        return "MISC"
    return None


def cue_types(
    doc: Doc, ents: list[Span], table: dict[str, str], rules: Rules = ALL_RULES
) -> tuple[list[Span], list]:
    """The spans after the cues, and (old, new) pairs (new None: dropped). The noun in front
    retypes only names the table does not have ("voorzitter [Jong N-VA]" stays ORG); a dateline
    and the form of the span decide also for table names. ``rules``: which named rules run."""
    out: list[Span] = []
    changes: list[tuple[Span, Span | None]] = []
    for ent in ents:
        text = ent.text
        if is_day_or_month(ent, text) or lone_letter(ent, text, table):
            changes.append((ent, None))
            continue
        label = None
        if ent.label_ in ("PER", "LOC", "ORG", "MISC"):
            if dateline(doc, ent, text) and table.get(text) in (None, "LOC"):
                label = "LOC"  # not an organisation's acronym ("KBC - ...")
            else:
                label = form_type(doc, ent, table, text, rules)
            if label is None and ent.label_ != "MISC" and text not in table:
                label = classifier_type(doc, ent.start, rules)
                if label == "PER" and ent.label_ != "LOC":
                    label = None  # a role before an organisation: "directeur [Informatie]"
        if label and label != ent.label_:
            new = Span(doc, ent.start, ent.end, label=label)
            changes.append((ent, new))
            out.append(new)
        else:
            out.append(ent)
    for i, label in surname_mentions(out, table).items():
        new = Span(doc, out[i].start, out[i].end, label=label)
        changes.append((out[i], new))
        out[i] = new
    if rules.on("abbreviations"):
        by_end = {e.end: e for e in out}
        kept = []
        for ent in out:
            label = None if ent.text in table else abbreviation_type(doc, ent, by_end)
            if label == "":
                changes.append((ent, None))
                continue
            if label and label != ent.label_:
                new = Span(doc, ent.start, ent.end, label=label)
                changes.append((ent, new))
                ent = new
            kept.append(ent)
        out = kept
    return out, changes
