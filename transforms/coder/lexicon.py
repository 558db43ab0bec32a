"""The coder's word lists and code tables: negation, intent, refusal, role and group words, and
the CAMEO codes of intents and threats (``common.py`` keeps the records and token helpers)."""

from __future__ import annotations

NEG_WORDS = {"niet", "nooit", "geenszins", "allerminst", "nimmer", "noch"}
# what negates a clause's act: the negations, and "onvoldoende" ("dat de Staat de inwoners
# onvoldoende beschermt" is no protection; as a judgement it is still criticism in a headline)
CLAUSE_NEGATIONS = frozenset(NEG_WORDS | {"onvoldoende"})
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
    "complot", "komplot", "samenzwering",
}  # fmt: skip
# nouns whose "om ... te" infinitive has not happened, as its head only ("X vijftig dagen de tijd
# geven om ... te sluiten", "een beroep doen op X om ... te"), not as the infinitive's object
# ("besloot beroep aan te tekenen"); "de kans om" is left out: "benutte de kans om" did it
GOVERNING_UNREALISED = {"tijd", "termijn", "ultimatum", "beroep", "opdracht"}
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
# verbs that answer an act addressed to their subject: "de Taliban wezen het Amerikaanse
# ultimatum af" (the ultimatum was the United States' to the Taliban)
ANSWER_VERBS = frozenset(
    {"afwijzen", "verwerpen", "aanvaarden", "accepteren", "negeren", "beantwoorden"}
)
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
# what someone warns against has not happened: "waarschuwt voor reizen naar Japan"
WARNING_VERBS = {"waarschuwen", "alarmeren"}
REQUEST_VERBS = {
    "oproepen", "roepen", "vragen", "verzoeken", "aansporen", "sporen", "aanmanen", "manen",
    "smeken", "uitnodigen", "nodigen", "aanraden", "adviseren", "overhalen", "aandringen",
    "opdragen", "dragen", "bevelen", "gelasten", "sommeren", "afraden", "ontraden", "raden",
    # a ban's or a prevention's infinitive did not happen: "verbiedt Nederland ... te exporteren"
    "verbieden", "beletten", "verhinderen",
    # a demand's dat-clause is what is demanded: "De VS eisen dat Israël de gevangenen vrijlaat"
    "eisen", "verlangen", "wensen", "bepleiten",
}  # fmt: skip
# verbs of hoping, fearing, expecting or working towards something: an event noun in their
# object or prepositional phrase has not taken place ("hopen op een akkoord tussen A en B",
# "vrezen een oorlog", "werken aan een bestand")
EXPECTATION_VERBS = frozenset(
    {
        "hopen", "vrezen", "verwachten", "voorspellen", "streven", "nastreven", "werken",
        "mikken", "aansturen", "uitzien", "rekenen", "zoeken", "voorbereiden", "pleiten",
    }
)  # fmt: skip
# verbs of trying or wanting whose te-infinitive or object is not yet real: "probeert een bestand
# tussen A en B te bereiken", "De EU wil een akkoord tussen Servië en Kosovo"
ATTEMPT_VERBS = frozenset({"proberen", "pogen", "trachten", "willen"})
# CAMEO roots of violent acts (assault, fight, mass violence)
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# CAMEO roots of force: coercion, assault, fight, mass violence
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# a dat-clause under these is denied: "Het Kremlin ontkent dat Poetin Zelensky zal ontmoeten"
DENIAL_VERBS = {"ontkennen", "tegenspreken", "ontkrachten", "weerspreken"}
# an accusation's clause is what is alleged, not what happened: "Rusland beschuldigt Oekraïne
# ervan de dam te hebben opgeblazen" is an accusation (112), no attack by anyone
ACCUSATION_VERBS = frozenset({"beschuldigen", "verwijten", "betichten", "verdenken", "aanwrijven"})
# negated, these leave their dat-clause unsaid: "Oekraïne heeft niet bevestigd dat het de
# raffinaderij heeft aangevallen" (not factive verbs such as "weten", whose clause holds anyway)
REPORT_VERBS = frozenset(
    {"bevestigen", "zeggen", "melden", "verklaren", "bekendmaken", "meedelen", "aankondigen"}
)
# a dat-clause under these reports nothing that happened: demanded, asked for, denied or alleged
UNREAL_COMPLEMENT_VERBS = frozenset(REQUEST_VERBS | DENIAL_VERBS | ACCUSATION_VERBS)
# verbs whose te-infinitive is only agreed, planned or promised: "zijn overeengekomen de
# onderhandelingen te hervatten" is an intent (03), not talks held (04)
PLAN_VERBS = {
    "overeenkomen", "afspreken", "overwegen", "plannen", "beloven", "toezeggen", "aankondigen",
    "voornemen",
}  # fmt: skip
# adjectives whose te-infinitive is only intended: "Israël is bereid te onderhandelen" is 03
INTENT_ADJECTIVES = {"bereid", "vastbesloten", "van plan", "klaar"}
# a purpose clause of these verbs is the act itself: people march "om te protesteren"
PROTEST_VERBS = {"protesteren", "demonstreren", "betogen", "actievoeren", "staken"}
# "stelt voor om ... te": a proposal the parser hangs as a purpose clause
PROPOSAL_VERBS = {"voorstellen", "voorstel"}
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
SINGLE_WORDS = {
    "hij",
    "hem",
    "zijn",
    "haar",
    "eiland",
    "zij",
    "land",
    "staat",
    "rijk",
    "koninkrijk",
}
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
    "besparing", "besparingen", "sanctie", "sancties", "heffing", "heffingen", "resolutie",
    "oordeel", "vonnis", "advies", "verzoek", "aanbod", "oproep",  # "wijst oordeel van X af"
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
    # more of the same act: "verhoogt de militaire steun aan Oekraïne", "voert de aanvallen op"
    "verhogen",
    "verdubbelen",
    "uitbreiden",
    "opvoeren",
    "opschroeven",
    "intensiveren",
}
# budgeting verbs: the money set aside "voor steun aan X" is the subject's aid to X
BUDGET_VERBS = frozenset({"uittrekken", "reserveren", "vrijmaken", "bestemmen", "oormerken"})

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


# words on an object that make the act mutual: "elkaars grondgebied", "wederzijdse heffingen"
MUTUAL_WORDS = frozenset({"elkaars", "wederzijdse", "wederzijds", "onderlinge", "onderling"})
# forms of "hebben" as the auxiliary of a perfect ("heeft ... gezegd")
HEBBEN_FORMS = frozenset({"heeft", "hebben", "had", "hadden"})
# verbs of a journey whose "met" phrase names a fellow traveller (participants._companion)
JOURNEY_VERBS = frozenset({"reizen", "afreizen", "vertrekken", "vliegen"})
