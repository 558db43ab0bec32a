"""Where an event happened, read from the sentence's parse: helpers of ``transforms/geo.py``.

Rule 1's attachment (prepositional hops from a place up to the predicate; a place on a verb,
but not where a participant is bound for in a relative clause: "X, die naar Mexico vertrekt",
or by "bestemd": "een naar Gaza bestemd konvooi";
"voor" before a town as where something is: "de vloot verscheen voor Kopenhagen"), the
refinement of a country-level place by a town of that country ("In Syrië namen rebellen de stad
Aleppo in": Aleppo), rule 6's town of the actors' country or one the event's verb visits or
takes ("bezocht Kiev"), towns where the news comes from ("Van onze correspondent in Parijs"),
names the NER runs on over a lower-case word ("in Tel Aviv geland"), rivers and regions with
their article ("aan de Rio Grande"), towns named by a place noun ("de haven Pola") and the
article's meeting place ("Het gesprek vond plaats in Straatsburg").
"""

from __future__ import annotations

from .gazetteer import (
    COUNTRY,
    DESTINATION,
    LOCATIVE,
    ORIGIN,
    SAME_NP,
    TAKE_VERBS,
    TIME_PREPOSITIONS,
    US_CITY,
    VISIT_VERBS,
    WITHDRAW_NOUNS,
    WITHDRAW_VERBS,
    WORLD_CITY,
    Gazetteer,
    Place,
    argument,
    fold,
    meeting_noun,
    name_key,
    place_noun,
    rank,
    reported_from,
    town_noun,
)

# relative pronouns that open a relative clause ("de minister, die naar Berlijn vertrok")
RELATIVE_PRONOUNS = {"die", "dat", "welke", "welk", "hetwelk", "dewelke", "wat", "wie"}


def phrase_head(tok):
    """The head of the name's own noun phrase (climbing appos/flat/compound...)."""
    seen = 0
    while tok.dep_ in SAME_NP and tok.head.i != tok.i and seen < 4:
        tok = tok.head
        seen += 1
    return tok


def listed_from(tok):
    """The first name of the list the name is in ("in Maastricht, Heerlen en Sittard":
    Maastricht), else the name's own head word."""
    tok = phrase_head(tok)
    seen = 0
    while tok.dep_ == "conj" and tok.head.i < tok.i and seen < 8:
        tok = phrase_head(tok.head)
        seen += 1
    return tok


def on_verb(tok) -> bool:
    """The name's phrase hangs directly on a verb (an adverbial place, not a noun's)."""
    tok = phrase_head(tok)
    return tok.dep_.startswith("obl") and tok.head.pos_ in ("VERB", "AUX")


def relative_clause_verb(tok):
    """The verb of the relative clause the name's phrase hangs on ("de minister, die gisteren
    naar Berlijn vertrok, ..."; "de schepen, welke naar Ancona vertrokken"), else None: a verb
    parsed as a relative clause or with a relative pronoun as its subject or object."""
    tok = phrase_head(tok)
    if not tok.dep_.startswith("obl"):
        return None
    verb = tok.head
    if verb.dep_ == "acl:relcl":
        return verb
    for c in verb.children:
        if (
            c.dep_ in ("nsubj", "nsubj:pass", "obj")
            and c.pos_ == "PRON"
            and c.lower_ in RELATIVE_PRONOUNS
            and c.i < tok.i
        ):
            return verb
    return None


FUTURE_AUX = {"zal", "zullen", "zult", "zou", "zouden", "gaat", "gaan"}


def not_there_yet(verb) -> bool:
    """The clause's verb is in the present or future ("vertrekt", "zal vertrekken"): who it is
    about is on the way, not yet there ("die naar Berlijn vertrok" may have met there)."""
    if any(c.dep_.startswith("aux") and c.lower_ in FUTURE_AUX for c in verb.children):
        return True
    return "Pres" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm")


# "een naar Italië bestemde afdeling", "een naar Gaza bestemd konvooi": where it is bound for
BOUND_FOR = ("bestemd",)


def _bound_for(tok) -> bool:
    """ "naar X bestemd(e)": the participle follows the name or heads its phrase (the parser
    often hangs the name on the main verb instead)."""
    doc = tok.doc
    j = tok.i + 1
    while j < len(doc) and doc[j].head.i == tok.i and doc[j].dep_ in ("flat", "flat:name"):
        j += 1
    head = phrase_head(tok).head
    return (j < len(doc) and fold(doc[j].text).startswith(BOUND_FOR)) or (
        head.dep_ in ("acl", "amod") and fold(head.text).startswith(BOUND_FOR)
    )


def elsewhere_bound(tok, prep: str | None, pred) -> bool:
    """The name is where a participant is bound for and not yet at, in a relative clause that
    does not hold the event's predicate ("De heer X, die naar Mexico vertrekt, had gisteren een
    audiëntie bij den keizer": not in Mexico) or on a participle that says so before its noun
    ("een naar Gaza bestemd konvooi werd bij Rafah tegengehouden": not in Gaza)."""
    if prep not in DESTINATION:
        return False
    if _bound_for(tok):
        return True
    verb = relative_clause_verb(tok)
    if verb is None or not not_there_yet(verb):
        return False
    if pred is None:
        return True
    return not (pred.i == verb.i or any(a.i == verb.i for a in pred.ancestors))


def verb_of(tok, stems: tuple[str, ...]) -> bool:
    """The verb's form or lemma, with its particle before it ("nam ... in": "innam"), begins
    with one of ``stems`` (accents folded: "geëvacueerd")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    prt = "".join(fold(c.text) for c in tok.children if c.dep_ == "compound:prt")
    return any(f.startswith(stems) for f in (prt + fold(tok.text), prt + fold(tok.lemma_)))


def visit_verb(tok) -> bool:
    """A verb of visiting, taking or leaving a place ("bezocht", "nam ... in", "heroverde")."""
    return verb_of(tok, VISIT_VERBS)


NOMINAL_ARGS = ("nsubj", "nsubj:pass", "obj")


def taken_place(doc, start: int) -> bool:
    """A name with no preposition on a verb of taking a place ("Rusland heeft Avdiivka
    veroverd", "het leger nam Pokrovsk in", "Vuhledar werd ingenomen"): a place, whatever the
    NER says (it often leaves a new front-line town untagged or takes it for a person). Not the
    taker, the verb's first nominal argument ("Wagner heeft Bakhmut ingenomen": Bakhmut), and not
    after a verb of visiting or attacking ("bezocht Jackson", "viel Trump aan"), nor a name in
    apposition to a noun that is no place noun ("de Palestijnse leider Arafat werd belegerd": a
    person; "het stadje Vuhledar" is a place)."""
    tok = phrase_head(doc[start])
    if (
        tok.i != start
        and tok.pos_ == "NOUN"
        and not (place_noun(tok.lower_) or town_noun(tok.lower_))
    ):
        # the name of a person the phrase is about: "De Palestijnse leider Arafat werd ...
        # belegerd" (Arafat, Mauritania, is no town taken)
        return False
    verb = tok.head
    if verb.i == tok.i or not verb_of(verb, TAKE_VERBS):
        return False
    if any(c.dep_ == "case" for c in tok.children):
        return False
    if tok.dep_ in ("obj", "nsubj:pass"):
        return True
    # the parser often mislabels the object ("nam Pokrovsk in" as a subject, "Avdiivka
    # veroverd" as an adverb): the object when another argument (the taker) comes first
    return any(c.dep_ in NOMINAL_ARGS and c.i < tok.i for c in verb.children)


def withdrawn_from(doc, start: int) -> bool:
    """ "uit" a town on a verb or noun of withdrawing or driving out is where it happens
    ("trokken zich terug uit Cherson", "werd uit Kabul verjaagd", "bij de terugtrekking uit
    Cherson"; also "de Russen uit Cherson verdreven", the phrase on the verb's object)."""
    tok = phrase_head(doc[start])
    head = tok.head
    if tok.dep_.startswith("obl"):
        return verb_of(head, WITHDRAW_VERBS)
    if tok.dep_ == "nmod" and head.pos_ == "NOUN" and head.lower_.endswith(WITHDRAW_NOUNS):
        # "de evacuatie uit Marioepol verliep", "bij de terugtrekking uit Cherson"; not at
        # another moment: "Na de evacuatie uit Kabul sprak de president ..."
        return not any(c.dep_ == "case" and c.lower_ in TIME_PREPOSITIONS for c in head.children)
    if tok.dep_ == "nmod" and head.dep_ in ("obj", "nsubj:pass"):
        return verb_of(head.head, WITHDRAW_VERBS)
    return False


def visited_town(doc, mentions, pred) -> Place | None:
    """A town that is the object of the event's own verb of visiting or taking ("De Franse
    president bezocht Kiev", "Rafah werd ingenomen", "namen de stad Homs in"): the event
    happens there, whatever the actors' countries (rule 6, after a town of the first actor's
    country)."""
    if pred is None or not visit_verb(pred):
        return None
    for m in mentions:
        if m.place is None or rank(m.place) != 2:
            continue
        tok = phrase_head(doc[m.start])
        if tok.head.i == pred.i and (
            tok.dep_ in ("obj", "nsubj:pass") or taken_place(doc, m.start)
        ):
            return m.place
    return None


def off_town(doc, start: int, cands) -> bool:
    """ "voor" before a town on a verb is where something is (a fleet "verscheen voor
    Valparaiso", "lag voor Kopenhagen"), not whom it is for: only towns, only a verb's adverbial
    (``obl``, not ``obl:arg``: "kiezen voor"), and not a country ("stemmen voor Nederland")."""
    if not cands or any(p.kind not in (US_CITY, WORLD_CITY) for p, _ in cands):
        return False
    tok = phrase_head(doc[start])
    return tok.dep_ == "obl" and tok.head.pos_ == "VERB"


# lower-case words inside names ("Rostov aan de Don", "Frankfurt am Main", "Bergen op Zoom")
NAME_PARTICLES = {
    "aan", "am", "an", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "en", "la",
    "le", "les", "im", "in", "op", "on", "over", "sur", "ten", "ter", "upon", "van", "von",
}  # fmt: skip


def name_goes_on(tok) -> bool:
    """The NER continues the entity over ``tok`` as part of the same name ("Pearl Harbor",
    "Wall Street"), not over a plain lower-case word it swallowed by mistake ("in Tel Aviv
    geland": the verb)."""
    if tok.ent_iob_ != "I":
        return False
    if tok.text[:1].islower() and tok.is_alpha and tok.lower_ in NAME_PARTICLES:
        # a particle goes on only into more of the name ("Rostov aan de Don"), not as a verb's
        # particle the NER took in ("vielen ... in de regio Koersk aan")
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return tok.dep_ != "compound:prt" and nxt is not None and nxt.ent_iob_ == "I"
    return not (tok.text[:1].islower() and tok.is_alpha)


def named_place(doc, start: int) -> bool:
    """The name follows a noun that says it is a place and hangs on it or it on the name ("de
    Oostenrijkse haven Pola", "de stad Lima", "het eiland Texel"): a place even when the NER
    takes it for a person's name."""
    if start == 0:
        return False
    noun, tok = doc[start - 1], doc[start]
    if noun.pos_ != "NOUN" or not (place_noun(noun.lower_) or town_noun(noun.lower_)):
        return False
    if tok.head.i == noun.i or noun.head.i == tok.i:
        return True
    # the parser split them ("in de Syrische stad Homs werd ...": "Homs" as the subject), but a
    # determiner or adjective opens the noun's phrase: "de stad", not "in stad Homs"
    return start > 1 and doc[start - 2].pos_ in ("DET", "ADJ") and noun.text.islower()


NAME_ARTICLES = {"de", "den", "der", "het", "'t"}
ARTICLE_NAMES = ("the ", "de ", "den ", "le ", "la ", "les ", "el ", "los ", "las ", "il ")


def river_or_region(doc, start: int, key: str, cands, gaz: Gazetteer) -> bool:
    """A town name right after a definite article is a river, a mountain range, a region or a
    body of that name ("aan de Rio Grande", "de Waal", "in de Kempen", "de Alpen", "in het
    Westland", "bij het Hof": a court, not Hof in Bavaria): Dutch names no town with an article,
    except one whose name has it ("in den Haag", "De Meern", "The Bronx") and a
    seat ("aan de Porte", "het Kremlin" are the town's Dutch names)."""
    if start == 0 or doc[start - 1].lower_ not in NAME_ARTICLES:
        return False
    article = doc[start - 1].lower_
    if gaz.names.get(f"{article} {key}"):
        return False
    for p, _ in cands:
        own = name_key(p.name)
        if (key, p.feature_id) in gaz.dutch or (
            own.startswith(ARTICLE_NAMES) and own.endswith(key)
        ):
            return False
    return True


# reporters, also as a compound's end ("oorlogsverslaggever", "NOS-correspondent")
REPORTER_NOUNS = (
    "correspondent", "correspondente", "verslaggever", "verslaggeefster", "berichtgever",
)  # fmt: skip
# only as the whole word: "ambassademedewerker" is no newspaper's
CORRESPONDENT_NOUNS = {*REPORTER_NOUNS, "zegsman", "medewerker"}


def correspondent_at(tok) -> bool:
    """ "Van onze correspondent in Parijs", "Onze verslaggever te Moskou meldt": the town the
    news comes from, like a dateline."""
    tok = phrase_head(tok)
    if tok.dep_ not in ("nmod", "obl"):
        return False
    noun = tok.head.lower_
    return noun in CORRESPONDENT_NOUNS or noun.endswith(REPORTER_NOUNS)


def hops(tok, pred, most: int = 2) -> int | None:
    """Prepositional hops from a place name up to the predicate (None: not within two, or
    the place belongs to a destination: "in aanloop naar de klimaattop in Dubai"). Up to
    ``most`` (three) when the last hop is an adverbial phrase of the predicate, the scene of the
    event ("In zijn toespraak op de Algemene Vergadering in New York riep ..."), not a subject's
    or object's phrase ("de handelaars van de beurs te Lyon")."""
    place = tok.i
    n = 0
    seen = 0
    last = tok
    while tok.i != pred.i:
        if tok.head.i == tok.i or seen > 12:
            return None
        if tok.dep_ not in SAME_NP:
            n += 1
            if n > most:
                return None
            if n > 1 and _destination_before(tok, place):
                return None
        last = tok
        tok = tok.head
        seen += 1
    if n > 2 and not last.dep_.startswith("obl"):
        return None
    return n


def _destination_before(tok, place: int) -> bool:
    """``tok`` or a phrase on it before ``place`` is a destination ("aanloop naar de top in X")."""
    for node in (tok, *tok.children):
        if node.i < place and any(
            c.dep_ == "case" and c.lower_ in DESTINATION and c.i < place for c in node.children
        ):
            if node.i != place:
                return True
    return False


def _sentence_towns(doc, mentions) -> list:
    """Towns of the sentence that may be where something happened: in a locative phrase, on
    "door", a verb's subject or object, or where news comes from (not an origin: "vanuit")."""
    return [
        m
        for m in mentions
        if m.place is not None
        and rank(m.place) == 2
        and (
            m.prep in LOCATIVE
            or m.prep == "door"  # "trokken door Belgrado"
            # "namen de stad Aleppo in", "hebben Avdiivka veroverd" (parsed as an adverb)
            or (m.prep is None and (argument(doc[m.start]) or taken_place(doc, m.start)))
            or (m.prep in ORIGIN and reported_from(doc[m.start]))
        )
    ]


def town_of_country(
    doc, mentions, countries, dateline, pred, fighting: bool = False
) -> Place | None:
    """Rule 6: a town of the actors' country named in the sentence, in a locative phrase,
    as a verb's subject or object or as where news comes from ("de handelaars te Havre",
    "namen Aleppo in", "een telegram uit Weenen"; not an origin: "belde vanuit Parijs"), else a
    town of any country the event's own verb visits or takes ("De Franse president bezocht
    Kiev"), else a town of the other actor's country in a locative phrase ("te Pesth"), else
    where the article's news comes from (its last dateline or "uit Rome wordt gemeld" before the
    event) when it is in the first actor's country, else in the other actor's, except for
    fighting: news from the attacker's capital ("PARIJS, 16 Nov." on a French campaign in
    Algeria) does not move the war off the target's ground."""
    if not countries:
        return None
    at = pred.i if pred is not None else 0
    towns = [
        m for m in _sentence_towns(doc, mentions) if not elsewhere_bound(doc[m.start], m.prep, pred)
    ]
    first = [m for m in towns if m.place.iso2 == countries[0].iso2]
    if first:
        return min(first, key=lambda m: (m.prep not in LOCATIVE, abs(m.start - at))).place
    visited = visited_town(doc, mentions, pred)
    if visited is not None:
        return visited
    other = {c.iso2 for c in countries[1:]}
    rest = [m for m in towns if m.place.iso2 in other and m.prep in LOCATIVE]
    if rest:
        # a town of the sentence beats where the article's news comes from
        return min(rest, key=lambda m: abs(m.start - at)).place
    return dateline_town(countries, dateline, fighting)


def dateline_town(countries, dateline, fighting: bool = False) -> Place | None:
    """Rule 6's article step: where the article's news comes from (its last dateline before the
    event) when it is in the first actor's country, else in the other actor's, except for
    fighting."""
    if dateline is None or not countries:
        return None
    if dateline.iso2 == countries[0].iso2:
        return dateline
    if dateline.iso2 in {c.iso2 for c in countries[1:]} and not fighting:
        # the news comes from the other actor's country ("PARIJS, 13 Dec." for MEX>FRA)
        return dateline
    return None


# the words of a place where something happened, not where someone was bound for
AT_PREPOSITIONS = {"in", "te", "bij", "nabij", "binnen", "op", "aan"}


def recent_town(doc, earlier, countries) -> Place | None:
    """Rule 6's last step, for an event between actors of two countries: a town of rule 5's
    country (the first actor's; the target's for fighting) where the article's sentence before
    the event, or the one before that, says someone was or something happened ("De generaal
    Prim is te Beja aangekomen. Des anderendaags heeft hij ... het Portugeesche gouvernement
    ...": Beja), the latest first. ``earlier``: the mentions of those sentences in order; not
    where someone was bound for ("naar Rome") or news comes from. A domestic event is placed
    by its actors' country alone (a town of another story of the country is no evidence)."""
    if len(countries) < 2:
        return None
    for m in reversed(earlier):
        if (
            m.place is not None
            and rank(m.place) == 2
            and m.place.iso2 == countries[0].iso2
            and m.prep in AT_PREPOSITIONS
            and not m.dateline
        ):
            return m.place
    return None


def refine_country(doc, mentions, place: Place | None, dateline, pred, tied=()) -> Place | None:
    """A country-level place made specific, else None: a town of that country in the sentence
    (as rule 6 reads them: "In Syrië namen rebellen de stad Aleppo in"), else a town of it tied
    to an actor ("de bevolking van Santiago" demonstrated, placed "in Chili"), else the
    article's dateline when it is in that country ("PARIJS, 7 Febr. ... in Frankrijk")."""
    if place is None or place.kind != COUNTRY:
        return None
    town = town_of_country(doc, mentions, [place], None, pred)
    for candidate in (town, *tied, dateline):
        if candidate is not None and rank(candidate) == 2 and candidate.iso2 == place.iso2:
            return candidate
    return None


def between_parties(doc, mentions: list, own: set[str]) -> set[int]:
    """Starts of the countries "tussen" which something happens when one of them is an actor's
    ("tussen Rusland en Oekraïne" for TUR>RUS): the parties, not the place ("tussen Charkiv en
    Izjoem" is a place); the one not an actor's still places a border between them ("aan de
    grens tussen Libanon en Israël" for HEZ>ISR is Lebanon)."""
    between = [m for m in mentions if m.place and m.prep == "tussen" and m.place.kind == COUNTRY]
    out = {m.start for m in between if m.place.iso2 in own}
    for m in between:
        first = listed_from(doc[m.start])
        if m.start not in out or place_noun(first.head.lower_):
            continue
        out.update(x.start for x in between if listed_from(doc[x.start]).i == first.i)
    return out


def meeting_place(doc, mentions) -> Place | None:
    """Where the article's meeting was: "Het gesprek vond plaats in Straatsburg" (a place on
    the verb of a clause whose subject is a meeting noun), the first such in the article."""
    for m in mentions:
        if m.place is None or m.prep not in LOCATIVE:
            continue
        tok = phrase_head(doc[m.start])
        if not tok.dep_.startswith("obl"):
            continue
        verb = tok.head
        if any(
            c.dep_ in ("nsubj", "nsubj:pass") and meeting_noun(c.lemma_.lower())
            for c in verb.children
        ):
            return m.place
    return None
