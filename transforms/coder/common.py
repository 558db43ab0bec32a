"""Shared vocabulary of the coder: word lists, clause and discourse records, small token helpers."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from . import actors as A
from .dictionaries import Predicate
from .doc_arrays import morph_get

CODER_VERSION = "0.3.22"
GROUP_WINDOW = 10  # sentences back that "ze" / "de twee leiders" may refer to a coordinated pair
LEAD_SENTENCES = 3  # is_root_event: the event is in the first three sentences of the document

NEG_WORDS = {"niet", "nooit", "geenszins", "allerminst", "nimmer", "noch"}
AUX_CHAIN = {
    "hebben",
    "zijn",
    "worden",
    "zullen",
    "willen",
    "kunnen",
    "moeten",
    "mogen",
    "gaan",
    "hoeven",
    "blijven",
}
INTENT_VERBS = {"willen", "beloven", "toezeggen", "plannen", "overwegen"}
NON_ASSERTED = {"kunnen", "moeten", "mogen", "hoeven"}
# a te-infinitive under these nouns did not happen ("het recht / toestemming om X aan te vallen"),
# or is only intended ("plannen om X aan te vallen"); under "dreigen" it is the threat's content.
# Not "kans"/"mogelijkheid": "benutte de kans om de Krim te bezetten" did happen.
UNREALISED_NOUNS = {
    "recht", "toestemming", "bevoegdheid", "vrijheid", "mandaat",
    "verzoek", "oproep", "eis", "poging", "dreiging", "dreigement", "verbod",
}  # fmt: skip
INTENT_NOUNS = {"plan", "plannen", "voornemen", "bedoeling", "besluit", "beslissing", "belofte"}
# a te-infinitive under these is what they say someone will do or did (a threat, an accusation)
CONTENT_VERBS = {"dreigen", "beschuldigen", "verwijten", "verdenken", "betichten"}
# an event noun these govern did not take place: "het bezoek ... werd uitgesteld"
CANCEL_VERBS = {
    "uitstellen", "afgelasten", "annuleren", "afzeggen", "schrappen", "verdagen", "opschorten",
    "tegenhouden", "verhinderen", "voorkomen", "verijdelen", "blokkeren",
    # sanctions, embargoes and blockades that are lifted are not imposed now
    "opheffen", "intrekken", "versoepelen",
    # an agreement or truce that is violated is not made now
    "schenden",
}  # fmt: skip
SEPARABLE_CANCEL = {
    "uitstellen": "uit", "afgelasten": "af", "afzeggen": "af", "opschorten": "op",
    "opheffen": "op", "intrekken": "in",
}  # fmt: skip
# a predicate under these did not happen ("weigerde ... te ontmoeten")
REFUSAL_VERBS = {"weigeren", "nalaten", "vermijden", "verzuimen", "afwijzen", "ontkennen"}
# refusing to do something is itself an act: its negated code ("weigerde te aanvaarden": 120)
REJECT_VERBS = {"weigeren", "afwijzen"}
# role words a news outlet uses bare only for its own country's institutions: "het kabinet",
# "de Kamer" (a foreign cabinet is "het Duitse kabinet"); the feed's home country is theirs
# federations (CAMEO codes): a "federale" role is theirs; a feed from elsewhere names their country
FEDERAL_STATES = frozenset(
    {"ARG", "AUS", "AUT", "BEL", "BIH", "BRA", "CAN", "CHE", "DEU", "ETH", "IND", "IRQ", "MEX"}
    | {"MYS", "NGA", "NPL", "PAK", "RUS", "SDN", "SOM", "SSD", "USA", "VEN", "ARE"}
)
HOME_ROLE_WORDS = frozenset(
    {
        "kabinet",
        "kamer",
        "tweede kamer",
        "eerste kamer",
        "kamerlid",
        "kamerfractie",
        "ministerraad",
        "het rijk",
    }
)
# verbs whose te-infinitive is what someone else is asked to do: "roept de VS op de sancties op
# te heffen" is an appeal (coded on the appeal verb), no lifting of sanctions
REQUEST_VERBS = {
    "oproepen", "roepen", "vragen", "verzoeken", "aansporen", "sporen", "aanmanen", "manen",
    "smeken", "uitnodigen", "nodigen", "aanraden", "adviseren", "overhalen", "aandringen",
    "opdragen", "dragen", "bevelen", "gelasten", "sommeren",
    # a demand's dat-clause is what is demanded: "De VS eisen dat Israël de gevangenen vrijlaat"
    "eisen", "verlangen", "wensen", "bepleiten",
}  # fmt: skip
# CAMEO roots of violent acts (assault, fight, mass violence)
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# CAMEO roots of force: coercion, assault, fight, mass violence
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# a dat-clause under these is denied: "Het Kremlin ontkent dat Poetin Zelensky zal ontmoeten"
DENIAL_VERBS = {"ontkennen", "tegenspreken", "ontkrachten", "weerspreken"}
# a dat-clause under these reports nothing that happened: demanded, asked for or denied
UNREAL_COMPLEMENT_VERBS = frozenset(REQUEST_VERBS | DENIAL_VERBS)
# verbs whose te-infinitive is only agreed, planned or promised: "zijn overeengekomen de
# onderhandelingen te hervatten" is an intent (03), not talks held (04)
PLAN_VERBS = {
    "overeenkomen", "afspreken", "overwegen", "plannen", "beloven", "toezeggen", "aankondigen",
    "voornemen",
}  # fmt: skip
# adjectives whose te-infinitive is only intended: "Israël is bereid te onderhandelen" is 03
INTENT_ADJECTIVES = {"bereid", "vastbesloten", "van plan"}
COND_MARKS = {"als", "indien", "mits", "tenzij", "of", "wanneer", "zodra"}
SUBJ_DEPS = {"nsubj", "nsubj:pass", "nsubj:outer"}
OBJ_DEPS = {"obj", "iobj"}
PREP_DEPS = {"obl", "obl:arg", "nmod", "obl:agent", "dep", "advmod", "xcomp", "obj"}
PLURAL_PRONOUNS = {"ze", "zij"}
SING_PRONOUNS = {"hij"}
GROUP_NOUNS = {
    "land", "grootmacht", "supermacht", "mogendheid", "partij", "kant", "leider", "wereldleider",
    "president", "regering", "staatshoofd", "regeringsleider", "buurland", "twee", "beiden",
}  # fmt: skip
AIRCRAFT = ("vliegtuig", "straaljager", "bommenwerper", "drone", "helikopter", "luchtmacht")
RELATIVE = {"die", "dat", "wie", "welke", "wat"}
# documents that speak for their author: "een resolutie die Irak oproept", "het rapport van de VN
# beschuldigt Israël" (the author is the document's "van" owner or whoever adopted or issued it)
DOCUMENT_NOUNS = frozenset(
    {
        "motie",
        "resolutie",
        "verklaring",
        "slotverklaring",
        "rapport",
        "verslag",
        "advies",
        "brief",
        "uitspraak",
        "vonnis",
        "besluit",
        "communiqué",
        "memorandum",
        "nota",
        "wet",
        "wetsvoorstel",
        "ontwerpresolutie",
        "ontwerp-resolutie",
        "richtlijn",
        "decreet",
    }
)
# verbs by which an author adopts or issues a document
ISSUE_VERBS = frozenset(
    {
        "aannemen",
        "indienen",
        "uitbrengen",
        "publiceren",
        "presenteren",
        "opstellen",
        "sturen",
        "schrijven",
        "goedkeuren",
        "uitvaardigen",
        "afleggen",
        "uitgeven",
        "versturen",
        "vellen",
        "doen",
        "aanvaarden",
        "voorleggen",
        "verspreiden",
    }
)
PASSIVE_AUX = {"werd", "werden", "wordt", "worden", "geworden"}
CASUALTY_WORDS = {
    "gewond",
    "omgekomen",
    "gedood",
    "gesneuveld",
    "omkwamen",
    "sneuvelden",
    "gedode",
    "doden",
}
GROUP_WORDS = {"ze", "zij", "twee", "beide", "beiden", "leiders", "landen", "elkaar", "samen"}
SINGLE_WORDS = {"hij", "zijn", "haar", "eiland", "zij", "land", "staat", "rijk", "koninkrijk"}
# role nouns of bodies, not of one person: never the antecedent of "hij" (anaphora._can_be_hij)
COLLECTIVE_ROLES = (
    "regering", "kabinet", "leger", "politie", "partij", "oppositie", "parlement", "senaat",
    "kamer", "ministerie", "bond", "unie", "raad", "commissie", "coalitie", "beweging",
    "organisatie", "troepen", "strijdkrachten", "marine", "luchtmacht", "dienst", "rechtbank",
    "hof", "regime", "junta", "fractie", "bevolking", "volk", "macht", "groep", "militie",
    "politiemacht", "overheid", "autoriteiten", "delegatie", "ambassade", "gemeenschap",
)  # fmt: skip
# "het land", "de jonge staat": the country just named (anaphora._recent_country)
COUNTRY_NOUNS = {"land", "staat", "rijk", "koninkrijk", "republiek"}
OTHER_COUNTRY_WORDS = {"ander", "buur", "naburig", "vijandig", "bevriend", "vreemd", "derde"}
# a policy or decision stands for its owner as a target ("protest tegen het beleid van X")
POLICY_NOUNS = {
    "beleid", "besluit", "beslissing", "plan", "plannen", "voorstel", "voorstellen", "uitspraak",
    "uitspraken", "optreden", "houding", "opstelling", "aanpak", "koers", "maatregel",
    "maatregelen", "politiek", "wetsvoorstel", "standpunt", "eis", "eisen", "ultimatum",
    "zijde", "kant",  # "vechten aan Russische zijde": the side stands for its owner
    "regel", "regels", "regeling", "wet", "wetten", "hervorming", "hervormingen",
    "bezuiniging", "bezuinigingen",  # "protesteren tegen mestregels van minister X"
}  # fmt: skip
# roles of a state: a bare "de premier" or "het leger" is no guess from the sentence's one country
# (in "de premier sprak met kanselier Scholz" the premier is the other side)
STATE_TYPES = {"GOV", "LEG", "MIL", "SPY"}
# nouns that count people: the actor is the counted noun ("honderden demonstranten")
QUANTITY_NOUNS = {
    "deel", "delen", "onderdeel", "onderdelen",  # "wijst delen van het Amerikaanse plan af"
    "tiental", "tientallen", "honderdtal", "honderden", "honderd", "duizend", "duizenden",
    "tienduizend", "tienduizenden", "groep", "aantal", "paar", "handvol", "dozijn", "reeks",
    "massa", "menigte", "tal", "groepje", "meerderheid", "minderheid",
}  # fmt: skip
SHORT_FORMS = {"zei", "had", "was", "is", "nam", "gaf", "zag", "ging", "kwam", "liet", "bood"}
LIGHT_VERBS = {
    "houden",
    "voeren",
    "brengen",
    "afleggen",
    "beginnen",
    "hebben",
    "plegen",
    "uitvoeren",
    "starten",
    "hervatten",
    "voortzetten",  # "zette de aanval op Kyiv voort"
}

# Cooperative codes under "willen"/"zullen": the CAMEO 03 counterpart of each root.
INTENT_BY_ROOT = {"04": "036", "05": "030", "06": "031", "07": "033", "08": "035", "03": None}
INTENT_BY_CODE = {
    "046": "036", "045": "039", "057": "030", "061": "0311", "062": "0312", "063": "0313",
    "064": "0314", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "084": "0353",
    "0841": "0353", "0842": "0353", "085": "0354", "087": "0356", "0871": "0356", "0874": "0356",
}  # fmt: skip
THREAT_BY_ROOT = {"15": "138", "17": "137", "18": "138", "19": "138", "20": "138", "16": "131"}
# the threat of a specific measure (CAMEO 131x-138x): sanctions 1312, expelling 1313, ...
THREAT_BY_CODE = {
    "163": "1312", "1621": "1311", "1622": "1311", "161": "1313", "164": "134", "165": "135",
    "166": "136", "173": "132", "175": "137", "191": "1381", "192": "1382", "195": "1384",
}  # fmt: skip


def threat_code(code: str) -> str | None:
    """The CAMEO code of threatening the act ``code``, or None when it is no conflictual act."""
    return THREAT_BY_CODE.get(code) or THREAT_BY_ROOT.get(code[:2])


@dataclass
class Clause:
    """A predicate with its verb chain (auxiliaries/modals) and the dependents of the whole chain."""

    head: object  # the predicate token
    chain: list
    deps: list
    negated: bool = False
    asserted: bool = True
    intent: bool = False
    passive: bool = False
    refused: bool = False  # "weigert ... te": negated by a verb of refusal, not by "niet"


@dataclass
class Discourse:
    """What earlier sentences of the article said, for anaphora."""

    groups: list[tuple[int, list[A.Actor]]] = field(default_factory=list)
    subjects: list[tuple[int, A.Actor]] = field(default_factory=list)
    mentions: list[tuple[int, A.Actor]] = field(default_factory=list)

    def recent_country(self, s_idx: int) -> str | None:
        """The one country the two sentences before sentence ``s_idx`` name, if exactly one."""
        found = set()
        for s, a in reversed(self.mentions):
            if s_idx - s > 2:
                break
            if s < s_idx and a.country:
                found.add(a.country)
        return found.pop() if len(found) == 1 else None


QUOTES = {'"', "'", "”", "’", "»", "''", "“", "„"}
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN", "X"})

BOUNDARY_WORDS = {
    "dat", "toen", "omdat", "terwijl", "maar", "want", "wanneer", "nadat", "voordat", "zodat", "hoewel",
    "waarin", "waarmee", "waarbij", "wat", "die", "doordat", "zodra", "sinds", "opdat", "of", "als", "om",
    "welke", "hetwelk",
}  # fmt: skip
BOUNDARY_PUNCT = {
    ",",
    ";",
    ":",
    "(",
    ")",
    '"',
    "'",
    "„",
    "“",
    "”",
    "‘",
    "’",
    "»",
    "«",
    "-",
    "–",
    "—",
}
PREPOSITIONS = {
    "met", "tegen", "aan", "op", "naar", "voor", "van", "bij", "in", "tot", "door", "over", "uit", "tussen",
    "tegenover", "onder", "na", "tijdens", "zonder", "om", "binnen", "buiten", "rond", "vanuit",
    # never a slot, but the phrase is no bare subject or object either ("Volgens Israël heeft Syrië ...")
    "volgens", "namens", "wegens", "ondanks", "dankzij", "via", "sinds", "naast", "achter", "zoals",
    "behalve", "jegens", "richting", "langs", "nabij",
}  # fmt: skip
MODAL_FORMS = {
    "wil": "I", "wilt": "I", "wilde": "I", "wilden": "I", "willen": "I", "zal": "I", "zult": "I", "zullen": "I",
    "kan": "N", "kunt": "N", "kon": "N", "konden": "N", "kunnen": "N", "moet": "N", "moest": "N",
    "moesten": "N", "moeten": "N", "mag": "N", "mocht": "N", "mochten": "N", "mogen": "N", "zou": "N",
    "zouden": "N", "hoeft": "N", "hoefde": "N", "hoeven": "N",
}  # fmt: skip
GROUP_DETS = {"de", "beide", "die", "deze"}


def _skip_parenthetical(
    texts: list[str], lowers: list[str], pos: list[str], lo: int, start: int
) -> int:
    """Step back over ", zo maakte X bekend," or an apposition, so "De EU, zo ..., zal" and "Annan,
    secretaris-generaal van de VN, belde" keep their subject in the window. ``texts``,
    ``lowers``, ``pos``: the doc's word forms, lower-case forms and (repaired) coarse tags."""
    if lo - 1 <= start or texts[lo - 1] != ",":
        return lo
    p = lo - 2
    while p > start and not _is_boundary(texts, pos, p - 1):
        p -= 1
    if lowers[p] == "zo" and p - 1 > start and texts[p - 1] == ",":
        q = p - 1
        while q > start and not _is_boundary(texts, pos, q - 1):
            q -= 1
        return q
    if (
        p - 2 >= start
        and texts[p - 1] == ","
        and pos[p - 2] == "PROPN"
        and not any(pos[k] in ("VERB", "AUX") for k in range(p, lo - 1))
    ):
        # an apposition between commas: "Kofi Annan, secretaris-generaal van de VN, belde ..."
        q = p - 2
        while q > start and not _is_boundary(texts, pos, q - 1):
            q -= 1
        return q
    return lo


def _is_boundary(texts: list[str], pos: list[str], i: int) -> bool:
    """Token ``i`` ends a clause window. Read from the doc's word forms and coarse tags as the
    repairs left them (``_DocContext.texts``/``pos_now``): the windows walk many tokens, and
    a Token object per step costs more than the test."""
    text = texts[i]
    if text in BOUNDARY_PUNCT:
        return True
    low = text.lower()
    if low not in BOUNDARY_WORDS:
        return False
    tag = pos[i]
    relative_det = low in ("welke", "hetwelk") and tag == "DET"  # old relative "welke"
    if tag not in ("SCONJ", "CCONJ", "PRON", "ADP", "") and not relative_det:
        return False
    nxt = pos[i + 1] if i + 1 < len(texts) else None
    if low in ("die", "dat", "wat", "welke", "hetwelk") and nxt in ("ADJ", "NOUN"):
        return False  # determiner: "die Amerikaanse alleenheerschappij"
    if low == "als" and nxt in ("NOUN", "ADJ", "NUM"):
        return False  # "als vergelding", "als eerste": a role or manner, no clause
    if low == "als" and any(w.lower() == "zowel" for w in texts[max(0, i - 8) : i]):
        return False  # "zowel Milosevic als Kostunica": both ... and, no clause
    return True


def _verb_like(t) -> bool:
    """A token the tagger did not call a verb, but whose form is a dictionary verb form, used as one."""
    if t.pos_ == "ADV" and t.dep_ == "ROOT" and any(ch.dep_ in SUBJ_DEPS for ch in t.children):
        return True  # "Rusland beschiet ...": a verb form tagged as an adverb, with a subject
    if t.pos_ in ("DET", "ADP", "ADV", "PUNCT", "PRON", "CCONJ", "SCONJ", "NUM"):
        return False
    if t.pos_ in ("NOUN", "PROPN", "ADJ", "X"):
        if any(ch.dep_ == "det" for ch in t.children):
            return False
        if _clause_final_participle(t):
            return True
        return t.dep_ in (
            "ROOT",
            "conj",
            "ccomp",
            "xcomp",
            "advcl",
            "acl:relcl",
            "parataxis",
        ) or any(ch.dep_ in SUBJ_DEPS for ch in t.children)
    return True


# forms of the auxiliaries of a perfect or passive clause ("heeft ... teruggeroepen")
PERFECT_AUX = {
    "heeft", "hebben", "had", "hadden", "is", "zijn", "was", "waren", "werd", "werden", "wordt",
    "worden",
}  # fmt: skip


def _clause_final_participle(t) -> bool:
    """ "Israël heeft zijn ambassadeur uit Egypte teruggeroepen": a participle form that ends its
    clause after an auxiliary is the verb, though the tagger read a noun."""
    low = t.lower_
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return (
        ("ge" in low[:-3] or low.startswith(("be", "ver", "ont", "her", "er")))
        and low.endswith(("d", "t", "en"))
        and (nxt is None or nxt.is_punct)
        and any(x.lower_ in PERFECT_AUX for x in t.sent if x.i < t.i)
    )


def _case(t) -> str | None:
    for ch in t.children:
        if ch.dep_ in ("case",) or (ch.dep_ == "fixed" and ch.pos_ == "ADP"):
            return ch.text.lower()
    return None


def _has_det(t, dets: set[str]) -> bool:
    return any(ch.dep_ == "det" and ch.text.lower() in dets for ch in t.children)


def _mark(t, word: str):
    """The subordinator ``word`` ("te", "dat") marking ``t``'s clause, or None."""
    return next((ch for ch in t.children if ch.dep_ == "mark" and ch.lower_ == word), None)


def _before(members: list[A.Actor], t) -> bool:
    return all(m.start_char < t.idx for m in members)


# what stands between two conjuncts of one coordination: "en", a comma, an article
CONJUNCTION_WORDS = frozenset({"en", ",", "de", "het"})


def coordinated(between: list[str]) -> bool:
    """The words between two names join them in one coordination ("A en B", "A, B", "de
    Britse en de Ierse regering")."""
    return (
        bool(between)
        and all(w in CONJUNCTION_WORDS for w in between)
        and ("en" in between or "," in between)
    )


def _uniq_key(actors: list[A.Actor]) -> list[A.Actor]:
    out: list[A.Actor] = []
    for a in actors:
        if all(u.key != a.key for u in out):
            out.append(a)
    return out


def _uniq(actors: list[A.Actor]) -> list[A.Actor]:
    """One actor per code, but two named organisations of one code stay two ("De VVD en de
    PVV verweten elkaar ...": NLDPTY and NLDPTY, two parties)."""
    out: list[A.Actor] = []
    for a in actors:
        if all(u.code != a.code or _two_organisations(u, a) for u in out):
            out.append(a)
    return out


def _two_organisations(a: A.Actor, b: A.Actor) -> bool:
    """Two differently named organisations (no person, no role noun) that share a code."""
    return (
        not (a.person or b.person or a.agent_lemma or b.agent_lemma or a.anaphoric or b.anaphoric)
        and a.start_char != b.start_char
        and a.name != b.name
    )


NEGATIVE_CUE = "@negatief"  # a cue of predicates.tsv: any negative word of the tone lexicon


@functools.cache
def negative_words() -> frozenset[str]:
    """The negative word forms of the tone lexicon (``geoevents/data/tone_nl.tsv``): what
    "X noemde Y een koloniale bemoeial" calls Y is criticism when a word of it is negative."""
    from geoevents.tone import load_lexicon

    return frozenset(w for w, sign in load_lexicon().items() if sign < 0)


def _part_of_word(cue: str, joined: str) -> bool:
    """``cue`` is part of a word of ``joined`` (words between NUL bytes): anywhere for a cue of
    five letters or more ("gesprek" in "toetredingsgesprekken"), only at a word's start or end
    for a shorter one, which the middle of a name holds by chance ("staf" in "Mustafa")."""
    if len(cue) >= 5:
        return cue in joined
    return "\x00" + cue in joined or cue + "\x00" in joined


def _cue_ok(p: Predicate, words: set[str], joined: str | None = None) -> bool:
    """One of the entry's cue sets is in the sentence: each cue a word or, from four letters,
    part of a word ("sanctie" in "sanctiepakket"), but not of its negation ("eens" is not in
    "oneens", "vrede" not in "onvrede"). ``joined``: ``words`` joined as below, from a caller
    that tries many entries on the same words."""
    if not p.cues:
        return True
    # all words in one string: one C-level search per cue
    for alt in p.cues:
        for cue in alt:
            if cue in words:
                continue
            if cue == NEGATIVE_CUE:
                if words.isdisjoint(negative_words()):
                    break
                continue
            if len(cue) < 4:
                break
            if joined is None:
                joined = "\x00" + "\x00".join(words) + "\x00"
            if not _part_of_word(cue, joined):
                break
            negated = "\x00on" + cue  # (a copy of the words without it only when it is there)
            if negated in joined and not _part_of_word(cue, joined.replace(negated, "\x00")):
                break
        else:
            return True
    return False


def _to_intent(code: str) -> str | None:
    if code in INTENT_BY_CODE:
        return INTENT_BY_CODE[code]
    root = code[:2]
    if root == "03":
        return code
    if root in INTENT_BY_ROOT:
        return INTENT_BY_ROOT[root]
    if root in THREAT_BY_ROOT:
        return THREAT_BY_ROOT[root]
    if root in ("01", "02", "09", "10", "11", "12", "13", "14"):
        return code
    return None


def _dedupe(rows: list[dict]) -> list[dict]:
    """One row per actor pair and code in a sentence, as PETRARCH codes them: a verb and its
    event noun ("weigerde de onderhandelingen met X te hervatten") name one event, not two."""
    seen = set()
    out = []
    for r in rows:
        key = (r["actor1_code"], r["actor2_code"], r["event_code"])
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def longest_suffix(word: str, table) -> tuple[int, str] | None:
    """(start, suffix) of the longest ending of ``word`` that is a key of ``table``: a compound
    ends in its head noun ("klimaatonderhandeling" -> "onderhandeling")."""
    for i in range(len(word)):
        if word[i:] in table:
            return i, word[i:]
    return None


def _bare_indirect_object(d, cl) -> bool:
    """A noun phrase without a preposition parsed as ``obl`` before the clause's direct object:
    the indirect object of a double-object verb ("Venezuela zet Amerikaanse diplomaten het land
    uit", "De VS hebben Oekraïne de wapens geleverd": after the finite verb); a bare ``obl``
    elsewhere is a time or measure ("zaterdag", "de hele week")."""
    if d.dep_ != "obl" or d.pos_ not in ("NOUN", "PROPN") or _case(d) is not None:
        return False
    finite = min([cl.head.i] + [c.i for c in cl.head.children if c.dep_ in ("aux", "aux:pass")])
    return d.i > finite and any(o.dep_ == "obj" and o.i > d.i for o in cl.deps)


def _main_verb_with_object(v, cue_words: frozenset[str] = frozenset()) -> bool:
    """An auxiliary-like verb that heads its clause and has an object, or a prepositional
    complement that is one of its own cue words: "Poetin had contact met Xi" (the tagger calls
    every "hebben" AUX), "de minister en de bonden zijn in gesprek"."""
    return v.dep_ not in ("aux", "aux:pass", "cop") and any(
        ch.dep_ == "obj" or (ch.dep_ == "obl:arg" and ch.lower_ in cue_words) for ch in v.children
    )


def _last_word(texts: list[str]) -> str | None:
    """The last token that is neither white space nor a quote mark."""
    return next((w for w in reversed(texts) if w.strip() and w not in QUOTES), None)


def aux_before_participle(v, verb_forms) -> bool:
    """Whether "hebben", "zijn" or "worden" at ``v`` is the auxiliary of a participle later in
    its clause which the parser hung elsewhere ("heeft alle contacten met Arafat verbroken":
    "verbroken" under "Arafat"), so that no "contact hebben met" is read off it.
    ``verb_forms``: the dictionary's verb forms (a tagger's "Part" alone is not enough:
    "graanexport" gets it too; the form alone neither: "naar eigen zeggen")."""
    doc = v.doc
    for k in range(v.i + 1, min(len(doc), v.i + 12)):
        t = doc[k]
        if t.text in (",", ".", ";", ":", "!", "?") or t.pos_ in ("SCONJ", "CCONJ"):
            return False
        if (
            "Part" in morph_get(t, "VerbForm")
            and t.lower_ in verb_forms
            and t.dep_ not in ("amod", "acl")
            and (k + 1 >= len(doc) or doc[k + 1].pos_ not in ("NOUN", "PROPN", "ADJ"))
        ):
            return True
    return False
