"""Newspaper conventions the name table cannot see, decided by the sentence around a span.

Sports (docs/NER_GUIDELINES.md, *Teams*): a club is ORG also when it is named after its town
("[Anderlecht] won van [Club Brugge]"), the town itself is LOC ("in [Anderlecht]"), and a national
team called by its country's name stays LOC ("[Brazilië] won van [Paraguay]"). The NER reads a
bare town as LOC wherever it stands; ``sports_teams`` retypes a LOC span that is not a country to
ORG when the parse makes it a side in a match:

- the subject of a match verb ("won", "verloor", "speelde") when the sentence has a score ("3-1",
  "3 - 1") or a match noun ("wedstrijd", "derby", "finale") or the verb a match complement
  ("speelde gelijk", "won thuis", "verloor van Genk", "speelde tegen Gent"); the subject or object
  of "verslaan", "kloppen", "uitschakelen" ("Lokeren klopte Genk");
- "van", "tegen" or "door" the match verb ("won van Genk", "uitgeschakeld door Lokeren"), or a
  result noun ("de zege op Groningen", "de wedstrijd tegen Genk"), or a score ("won met 3-1 van
  Club Brugge");
- "van" after a player's or a coach's role ("de spits van Lokeren");
- a side of a score line: "Feyenoord - Groningen 2-1", "de wedstrijd Genk - Lokeren".

Never: a country or a continent (national teams are LOC), a span after a preposition of place ("in
Rosmalen verloor hij"), the object of "winnen" (a tournament: "wint ze Charleston"), a sentence
where "winnen"/"verliezen"/"spelen" has another object ("Den Haag verloor de rechtszaak tegen
de staat", "Utrecht speelde een rol"). PER spans are left alone (a player is PER).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

# Match verbs by word form (no lemmatiser needed).
WIN_LOSE = frozenset(
    """win wint winnen won wonnen gewonnen verlies verliest verliezen verloor verloren""".split()
)
PLAY = frozenset("speel speelt spelen speelde speelden gespeeld gelijkspelen".split())
BEAT = frozenset(
    """versla verslaat verslaan versloeg versloegen verslagen klopt klopte klopten geklopt
    uitgeschakeld uitschakelen""".split()
)
PARTICLE_UIT = frozenset("schakelt schakelde schakelden schakelen".split())  # "schakelde X uit"
MATCH_VERBS = WIN_LOSE | PLAY | BEAT | PARTICLE_UIT
# Nouns that make a sentence about a match.
MATCH_NOUNS = frozenset(
    """wedstrijd wedstrijden duel duels derby topper kraker thuiswedstrijd uitwedstrijd
    bekerwedstrijd competitiewedstrijd oefenwedstrijd finale kwartfinale bekerfinale
    competitie eredivisie doelpunt doelpunten goal goals treffer strafschop penalty
    verlenging zege overwinning nederlaag gelijkspel thuisnederlaag uitnederlaag thuiszege
    uitzege play-offs speeldag speelronde""".split()
)
# The objects "winnen", "verliezen" and "spelen" take in a match ("won de derby", "verloor twee
# punten"); another object is not a match ("verloor de rechtszaak", "speelde een rol").
MATCH_OBJECTS = MATCH_NOUNS | frozenset(
    "punt punten titel landstitel beker partij match set sets game games".split()
)
# Head nouns of a side: "zege op Lokeren", "nederlaag tegen Genk", "de wedstrijd tegen Gent".
RESULT_NOUNS = frozenset(
    """wedstrijd duel derby topper kraker thuiswedstrijd uitwedstrijd bekerwedstrijd finale
    zege overwinning nederlaag gelijkspel thuisnederlaag uitnederlaag thuiszege uitzege""".split()
)
# "de spits van Lokeren": roles in a club (not "elftal"/"selectie", which national teams have).
CLUB_ROLES = frozenset(
    """spits doelman keeper trainer coach verdediger middenvelder aanvaller aanvoerder speler
    spelers voetballer voetballers supporters""".split()
)
TRIGGERS = MATCH_VERBS | CLUB_ROLES
DASHES = frozenset({"-", "–", "—"})
SCORE = re.compile(r"^\d{1,2}[-–]\d{1,2}$")
# Places that are not clubs even in a match: countries come from the table's country flag; these
# are continents, regions with teams of their own and countries the table leaves out.
NOT_CLUBS = frozenset(
    """Europa Afrika Azië Amerika Zuid-Amerika Noord-Amerika Latijns-Amerika Oceanië Tibet
    Catalonië Baskenland Koerdistan Congo Joegoslavië Polen Zweden Filipijnen Bangladesh
    Pruisen Sovjet""".split()
)


def is_score(doc: Doc, i: int) -> bool:
    """A score starts at token ``i``: "3-1", or "3 - 1" (the UD tokenisation)."""
    t = doc[i]
    if SCORE.match(t.text):
        return True
    return (
        i + 2 < len(doc)
        and t.text.isdigit()
        and len(t.text) <= 2
        and doc[i + 1].text in DASHES
        and doc[i + 2].text.isdigit()
        and len(doc[i + 2].text) <= 2
    )


def _match_verb(t: Token) -> bool:
    """A match verb without an object that says otherwise ("verloor de rechtszaak")."""
    low = t.lower_
    if low in PARTICLE_UIT:
        return any(c.lower_ == "uit" and c.dep_.startswith("compound") for c in t.children)
    if low not in MATCH_VERBS:
        return False
    if low in BEAT:
        return True
    return not any(
        c.dep_ == "obj" and c.pos_ == "NOUN" and c.lower_ not in MATCH_OBJECTS for c in t.children
    )


def _case(t: Token) -> str | None:
    cases = [c.lower_ for c in t.children if c.dep_ == "case"]
    return cases[0] if len(cases) == 1 else ("?" if cases else None)


def _verb_cue(g: Token, names: set[int]) -> bool:
    """The match verb says "match" itself: "speelde gelijk", "won thuis", "verloor van Genk",
    "speelde tegen Gent" (the complement a name)."""
    for c in g.children:
        if c.lower_ in ("gelijk", "thuis"):
            return True
        if c.dep_ == "obl" and c.i in names:
            case = _case(c)
            if case == "tegen" or (case == "van" and g.lower_ in WIN_LOSE):
                return True
    return False


def _side(ent: Span, cue: bool, names: set[int]) -> bool:
    """``ent`` is a side in a match by its place in the parse (see the module's docstring).
    ``cue``: the sentence has a score or a match noun; ``names``: tokens inside a name."""
    h = ent.root
    while h.dep_ in ("conj", "flat", "appos") and h.head is not h:
        h = h.head  # "Ajax en Groningen wonnen": the first conjunct's role and preposition
    g = h.head
    if g is h:
        return False
    case = _case(h)
    beat = g.lower_ in BEAT or g.lower_ in PARTICLE_UIT
    if case is None:
        if not _match_verb(g):
            return False
        if h.dep_.startswith("obj"):
            return beat
        return h.dep_.startswith("nsubj") and (beat or cue or _verb_cue(g, names))
    if _match_verb(g):
        return (
            case == "tegen" or (case == "door" and beat) or (case == "van" and g.lower_ in WIN_LOSE)
        )
    low = g.lower_
    if low in RESULT_NOUNS:
        return case in ("tegen", "op")
    if low in CLUB_ROLES:
        return case == "van"
    if SCORE.match(g.text) or (g.text.isdigit() and len(g.text) <= 2):
        return case in ("van", "tegen") and cue  # "won met 3-1 van Club Brugge"
    return False


def _score_line_sides(doc: Doc, ents: list[Span]) -> set[int]:
    """Indexes of the spans either side of " - " in a score line: followed by a score
    ("Feyenoord - Groningen 2-1", "... (1 - 2)") or after a match noun ("de wedstrijd Genk -
    Lokeren")."""
    out: set[int] = set()
    for i in range(len(ents) - 1):
        a, b = ents[i], ents[i + 1]
        if b.start != a.end + 1 or doc[a.end].text not in DASHES:
            continue
        k = b.end
        while k < len(doc) and doc[k].text in ("(", ":", ","):
            k += 1
        after = k < len(doc) and is_score(doc, k)
        before = a.start >= 1 and doc[a.start - 1].lower_ in MATCH_NOUNS
        if after or before:
            out.update((i, i + 1))
    return out


def sports_teams(
    doc: Doc, ents: list[Span], is_country: Callable[[str], bool]
) -> list[tuple[Span, Span]]:
    """(old, new) pairs for the LOC spans among ``ents`` that are clubs in a match (ORG)."""
    if not any(e.label_ == "LOC" for e in ents):
        return []
    scores = nouns = other = False
    for t in doc:
        low = t.lower_
        if low in MATCH_NOUNS:
            nouns = True
        elif low in TRIGGERS:
            other = True
        elif low[:1].isdigit() and not scores:
            scores = is_score(doc, t.i)
    if not (scores or nouns or other):
        return []
    ents = sorted(ents, key=lambda e: e.start)
    names = {t.i for e in ents for t in e}
    lines = _score_line_sides(doc, ents) if scores or nouns else set()
    changes = []
    for i, ent in enumerate(ents):
        if ent.label_ != "LOC" or ent.text in NOT_CLUBS or is_country(ent.text):
            continue
        if i in lines or _side(ent, scores or nouns, names):
            changes.append((ent, Span(doc, ent.start, ent.end, label="ORG")))
    return changes


# Venues: "[Johan Cruijff Arena]", "[Jan Breydelstadion]" are places (docs/NER_GUIDELINES.md:
# buildings and stadiums as places are LOC).
VENUE_LAST = frozenset({"Arena", "ArenA", "Stadion", "Stadium", "Dome", "Stadio", "Estadio"})
VENUE_SUFFIXES = ("stadion", "stadium", "arena")


def venues(ents: list[Span]) -> list[tuple[Span, Span]]:
    """(old, new) pairs for spans that name a stadium or an arena by their last word (LOC)."""
    out = []
    for e in ents:
        if e.label_ == "LOC" or e.label_ == "MISC":
            continue
        last = e[-1].text
        low = last.lower()
        if (
            last in VENUE_LAST
            or (
                last[:1].isupper()
                and len(e) == 1
                and any(low.endswith(x) and len(low) > len(x) + 2 for x in VENUE_SUFFIXES)
            )
            or (len(e) > 1 and low.endswith("stadion") and len(low) > 9)
        ):
            out.append((e, Span(e.doc, e.start, e.end, label="LOC")))
    return out


# Seats of government named for their occupant are ORG when they act ("het [Witte Huis] liet
# weten") and LOC as places (docs/NER_GUIDELINES.md): after "in", "naar" or "op" (with its
# article) the building is the place ("Trump ontving Zelensky in het [Witte Huis]"). A room is
# always a place ("het [Oval Office]"). Rule ``building_places`` (run by the name-type step).
BUILDINGS = frozenset(
    {
        "Witte Huis", "Kremlin", "Elysée", "Élysée", "Pentagon", "Binnenhof", "Catshuis",
        "Torentje", "Downing Street", "Quirinaal", "Zhongnanhai", "Blauwe Huis", "Capitool",
    }
)  # fmt: skip
ROOMS = frozenset({"Oval Office", "Situation Room"})
PLACE_PREPOSITIONS = frozenset({"in", "naar", "op"})


def building_places(ents: list[Span]) -> list[tuple[Span, Span]]:
    """(old, new) pairs for seats of government after a preposition of place, and rooms: LOC."""
    out = []
    for e in ents:
        if e.label_ == "LOC" or e.label_ not in ("ORG", "PER", "MISC"):
            continue
        text = e.text
        if text in ROOMS:
            out.append((e, Span(e.doc, e.start, e.end, label="LOC")))
            continue
        if text not in BUILDINGS:
            continue
        k = e.start - 1
        if k >= 0 and e.doc[k].lower_ in ("het", "de"):
            k -= 1
        if k >= 0 and e.doc[k].lower_ in PLACE_PREPOSITIONS:
            out.append((e, Span(e.doc, e.start, e.end, label="LOC")))
    return out
