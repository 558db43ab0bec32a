"""Coder rules of 0.3.14, each on a sentence written for this file (never dev, blind or probe).

The parser repairs are tested on the exact wrong trees the parser produces (built by hand with
``spacy.blank("nl")``), so they hold whatever model is installed; the actor and target rules on
the shipped model, through the whole coder.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from geoevents.transforms.coder.repairs_clauses import (
    inflected_adjective_to_noun,
    noun_complement_is_object,
    prefield_noun_is_subject,
    subject_after_finite_aux,
    verb_modifiers_are_oblique,
)
from tests.coder_events import triples_at

codes = triples_at("2025-06-01")


def _doc(rows: list[tuple]) -> Doc:
    """A parsed Doc from (word, pos, dep, head index, lemma) rows."""
    nlp = spacy.blank("nl")
    words, pos, deps, heads, lemmas = zip(*rows)
    return Doc(
        nlp.vocab, words=list(words), pos=list(pos), deps=list(deps), heads=list(heads),
        lemmas=list(lemmas),
    )  # fmt: skip


def _deps(doc: Doc) -> list[str]:
    return [t.dep_ for t in doc]


def test_subject_after_finite_aux_in_inverted_perfect() -> None:
    # "In Peru heeft de marine twee vissers opgepakt": the parser made "marine" the object and
    # "vissers" a passive subject; after "In Peru heeft" the first noun phrase is the subject
    doc = _doc(
        [
            ("In", "ADP", "case", 1, "in"),
            ("Peru", "PROPN", "obl", 8, "Peru"),
            ("heeft", "AUX", "aux", 8, "hebben"),
            ("de", "DET", "det", 4, "de"),
            ("marine", "NOUN", "obj", 8, "marine"),
            ("twee", "NUM", "nummod", 6, "twee"),
            ("vissers", "NOUN", "nsubj:pass", 8, "visser"),
            ("gisteren", "ADV", "advmod", 8, "gisteren"),
            ("opgepakt", "VERB", "ROOT", 8, "oppakken"),
            (".", "PUNCT", "punct", 8, "."),
        ]
    )
    assert subject_after_finite_aux(doc) == 2
    assert doc[4].dep_ == "nsubj" and doc[6].dep_ == "obj"


def test_subject_after_finite_aux_leaves_subject_first_and_passive_clauses() -> None:
    # subject first: "De marine heeft Peru ... " keeps its parse (the prefield is a noun phrase)
    subject_first = _doc(
        [
            ("De", "DET", "det", 1, "de"),
            ("marine", "NOUN", "obj", 5, "marine"),
            ("heeft", "AUX", "aux", 5, "hebben"),
            ("twee", "NUM", "nummod", 4, "twee"),
            ("vissers", "NOUN", "nsubj:pass", 5, "visser"),
            ("opgepakt", "VERB", "ROOT", 5, "oppakken"),
        ]
    )
    assert subject_after_finite_aux(subject_first) == 0
    # a modal passive: "In Peru moeten twee vissers vrijgelaten worden"
    passive = _doc(
        [
            ("In", "ADP", "case", 1, "in"),
            ("Peru", "PROPN", "obl", 5, "Peru"),
            ("moeten", "AUX", "aux", 5, "moeten"),
            ("twee", "NUM", "nummod", 4, "twee"),
            ("vissers", "NOUN", "nsubj:pass", 5, "visser"),
            ("vrijgelaten", "VERB", "ROOT", 5, "vrijlaten"),
            ("worden", "AUX", "aux:pass", 5, "worden"),
        ]
    )
    assert subject_after_finite_aux(passive) == 0
    assert _deps(passive)[4] == "nsubj:pass"


def test_noun_complement_is_object() -> None:
    doc = _doc(
        [
            ("De", "DET", "det", 1, "de"),
            ("marine", "NOUN", "nsubj", 5, "marine"),
            ("heeft", "AUX", "aux", 5, "hebben"),
            ("zes", "NUM", "nummod", 4, "zes"),
            ("vissers", "NOUN", "ccomp", 5, "visser"),
            ("opgepakt", "VERB", "ROOT", 5, "oppakken"),
        ]
    )
    assert noun_complement_is_object(doc) == 1
    assert doc[4].dep_ == "obj"


def test_verb_modifiers_are_oblique() -> None:
    # "Boeren demonstreerden dinsdag in Lima": a day as object, a place phrase as nmod of a verb
    doc = _doc(
        [
            ("Boeren", "NOUN", "nsubj", 1, "boer"),
            ("demonstreerden", "VERB", "ROOT", 1, "demonstreren"),
            ("dinsdag", "PROPN", "obj", 1, "dinsdag"),
            ("in", "ADP", "case", 4, "in"),
            ("Lima", "PROPN", "nmod", 1, "Lima"),
        ]
    )
    assert verb_modifiers_are_oblique(doc) == 2
    assert doc[2].dep_ == "obl" and doc[4].dep_ == "obl"
    # a nominalised infinitive keeps its nmod: "het afzetten van de president"
    nominal = _doc(
        [
            ("het", "DET", "det", 1, "het"),
            ("afzetten", "VERB", "nsubj", 5, "afzetten"),
            ("van", "ADP", "case", 4, "van"),
            ("de", "DET", "det", 4, "de"),
            ("president", "NOUN", "nmod", 1, "president"),
            ("mislukte", "VERB", "ROOT", 5, "mislukken"),
        ]
    )
    assert verb_modifiers_are_oblique(nominal) == 0


def test_particle_before_preposition_keeps_compound_prepositions() -> None:
    from geoevents.transforms.coder.repairs_prepositions import particle_before_preposition

    # "wacht tot na de top": "tot" is no separable particle
    doc = _doc(
        [
            ("Hij", "PRON", "nsubj", 1, "hij"),
            ("wacht", "VERB", "ROOT", 1, "wachten"),
            ("tot", "ADP", "case", 5, "tot"),
            ("na", "ADP", "case", 5, "na"),
            ("de", "DET", "det", 5, "de"),
            ("top", "NOUN", "obl", 1, "top"),
        ]
    )
    assert particle_before_preposition(doc) == 0
    # "kondigt heffingen van tien procent aan op auto's": the particle and its phrase reach the
    # verb over the object's own phrases
    doc = _doc(
        [
            ("VS", "PROPN", "nsubj", 1, "VS"),
            ("kondigt", "VERB", "ROOT", 1, "kondigen"),
            ("heffingen", "NOUN", "obj", 1, "heffing"),
            ("van", "ADP", "case", 5, "van"),
            ("tien", "NUM", "nummod", 5, "tien"),
            ("procent", "NOUN", "nmod", 2, "procent"),
            ("aan", "ADP", "case", 8, "aan"),
            ("op", "ADP", "case", 8, "op"),
            ("auto's", "NOUN", "nmod", 5, "auto"),
        ]
    )
    assert particle_before_preposition(doc) == 1
    assert doc[6].head.i == 1 and doc[6].dep_ == "compound:prt"
    assert doc[8].head.i == 1 and doc[8].dep_ == "obl"


def test_final_particle_and_trailing_negation_reach_the_verb() -> None:
    from geoevents.transforms.coder.repairs_phrases import (
        final_particle_to_verb,
        trailing_negation_to_verb,
    )

    # "Rusland sluit een aanval rond Narva niet uit": "uit" read as postposition of "Narva",
    # "niet" hung on the noun
    rows = [
        ("Rusland", "PROPN", "nsubj", 1, "Rusland"),
        ("sluit", "VERB", "ROOT", 1, "sluiten"),
        ("een", "DET", "det", 3, "een"),
        ("aanval", "NOUN", "obj", 1, "aanval"),
        ("rond", "ADP", "case", 5, "rond"),
        ("Narva", "PROPN", "obl", 1, "Narva"),
        ("niet", "ADV", "advmod", 5, "niet"),
        ("uit", "ADP", "case", 5, "uit"),
    ]
    doc = _doc(rows)
    assert final_particle_to_verb(doc) == 1 and trailing_negation_to_verb(doc) == 1
    assert (doc[7].head.i, doc[7].dep_) == (1, "compound:prt")
    assert doc[6].head.i == 1
    # a circumposition stays: "op twee na"
    doc = _doc(
        [
            ("Alle", "DET", "det", 1, "al"),
            ("landen", "NOUN", "nsubj", 2, "land"),
            ("tekenden", "VERB", "ROOT", 2, "tekenen"),
            ("op", "ADP", "case", 5, "op"),
            ("twee", "NUM", "nummod", 5, "twee"),
            ("landen", "NOUN", "obl", 2, "land"),
            ("na", "ADP", "case", 5, "na"),
        ]
    )
    assert final_particle_to_verb(doc) == 0


def test_headline_finite_verb_read_as_modifier_heads_the_headline() -> None:
    from geoevents.transforms.coder.repairs_titles import headline_verb_read_as_noun

    # "Jemen beschiet Saudische raffinaderij": the finite verb parsed as a modifier of the noun
    doc = _doc(
        [
            ("Jemen", "PROPN", "det", 3, "Jemen"),
            ("beschiet", "VERB", "amod", 3, "beschieten"),
            ("Saudische", "ADJ", "amod", 3, "Saudisch"),
            ("raffinaderij", "NOUN", "ROOT", 3, "raffinaderij"),
        ]
    )
    assert headline_verb_read_as_noun(doc, [0], lambda w: w == "beschiet") == 1
    assert doc[1].dep_ == "ROOT" and doc[0].dep_ == "nsubj" and doc[3].dep_ == "obj"
    # a clause with a real verb is left alone
    doc = _doc(
        [
            ("Jemen", "PROPN", "nsubj", 1, "Jemen"),
            ("beschiet", "VERB", "ROOT", 1, "beschieten"),
            ("raffinaderijen", "NOUN", "obj", 1, "raffinaderij"),
        ]
    )
    assert headline_verb_read_as_noun(doc, [0], lambda w: w == "beschiet") == 0


def test_loose_apposition_is_object() -> None:
    from geoevents.transforms.coder.repairs_clauses import loose_apposition_is_object

    # "heeft in de nacht van maandag Syrië aangevallen": the name hung on the time phrase
    doc = _doc(
        [
            ("Turkije", "PROPN", "nsubj", 7, "Turkije"),
            ("heeft", "AUX", "aux", 7, "hebben"),
            ("in", "ADP", "case", 3, "in"),
            ("nacht", "NOUN", "obl", 7, "nacht"),
            ("van", "ADP", "case", 5, "van"),
            ("maandag", "PROPN", "nmod", 3, "maandag"),
            ("Syrië", "PROPN", "appos", 3, "Syrië"),
            ("aangevallen", "VERB", "ROOT", 7, "aanvallen"),
        ]
    )
    assert loose_apposition_is_object(doc) == 1
    assert (doc[6].head.i, doc[6].dep_) == (7, "obj")
    # after a comma it is a true apposition
    doc = _doc(
        [
            ("Hij", "PRON", "nsubj", 7, "hij"),
            ("is", "AUX", "aux", 7, "zijn"),
            ("in", "ADP", "case", 3, "in"),
            ("hoofdstad", "NOUN", "obl", 7, "hoofdstad"),
            (",", "PUNCT", "punct", 5, ","),
            ("Kyiv", "PROPN", "appos", 3, "Kyiv"),
            (",", "PUNCT", "punct", 5, ","),
            ("aangekomen", "VERB", "ROOT", 7, "aankomen"),
        ]
    )
    assert loose_apposition_is_object(doc) == 0


def test_prefield_noun_is_subject() -> None:
    doc = _doc(
        [
            ("Soldaten", "NOUN", "advmod", 1, "soldaat"),
            ("bezetten", "VERB", "ROOT", 1, "bezetten"),
            ("het", "DET", "det", 3, "het"),
            ("vliegveld", "NOUN", "obj", 1, "vliegveld"),
        ]
    )
    doc[0].set_morph("Number=Plur")
    doc[1].set_morph("VerbForm=Fin")
    assert prefield_noun_is_subject(doc) == 1
    assert doc[0].dep_ == "nsubj"
    # a day name before the verb is a time adverbial
    day = _doc(
        [
            ("Zaterdag", "PROPN", "obj", 1, "zaterdag"),
            ("bezetten", "VERB", "ROOT", 1, "bezetten"),
            ("soldaten", "NOUN", "nsubj:pass", 1, "soldaat"),
        ]
    )
    day[1].set_morph("VerbForm=Fin")
    assert prefield_noun_is_subject(day) == 0


def test_inflected_adjective_to_noun() -> None:
    doc = _doc(
        [
            ("Turkije", "PROPN", "nsubj", 1, "Turkije"),
            ("schiet", "VERB", "ROOT", 1, "schieten"),
            ("Syrische", "ADJ", "advmod", 1, "Syrisch"),
            ("helikopters", "NOUN", "obj", 1, "helikopter"),
            ("neer", "ADP", "compound:prt", 1, "neer"),
        ]
    )
    assert inflected_adjective_to_noun(doc) == 1
    assert doc[2].head.i == 3 and doc[2].dep_ == "amod"
    # "voldoende" ends in -e without inflection: left alone
    quantity = _doc(
        [
            ("Zij", "PRON", "nsubj", 1, "zij"),
            ("krijgen", "VERB", "ROOT", 1, "krijgen"),
            ("voldoende", "ADJ", "advmod", 1, "voldoende"),
            ("voedsel", "NOUN", "obj", 1, "voedsel"),
        ]
    )
    assert inflected_adjective_to_noun(quantity) == 0


# (text, expected): actors and targets of 0.3.14, sentences dated 2025-06-01
CASES = [
    # a role noun of a list of "van" countries holds for each of them
    (
        "De ambassadeurs van Spanje, Italië en Griekenland bekritiseerden Turkije.",
        {("ESPGOV", "11", "TUR"), ("ITAGOV", "11", "TUR"), ("GRCGOV", "11", "TUR")},
    ),
    # a bare group acts where its clause places it, also after the verb; a town it takes names
    # its country; the state role beside a placed group is that country's
    (
        "Studenten protesteerden woensdag in Caracas tegen de regering.",
        {("VENEDU", "14", "VENGOV")},
    ),
    ("Opstandelingen nemen Mosul in.", {("IRQREB", "19", "IRQ")}),
    ("Rebellen beschieten het leger in Mali.", {("MLIREB", "19", "MLIMIL")}),
    # protesters who attack an embassy riot (145), they do not wage war (190); a bare noun the
    # parse took for an adverb before the finite verb is the subject
    (
        "Demonstranten vallen de Franse ambassade aan in Bamako.",
        {("MLIOPP", "14", "FRAGOV")},
    ),
    # an embassy's country is not the country of the crowd outside it
    ("Betogers bestormen de Britse ambassade.", set()),
    # rules and reforms stand for their owner, as plans do
    (
        "Boeren demonstreren in Madrid tegen de landbouwregels van de Europese Commissie.",
        {("ESPAGR", "14", "IGOEUREEC")},
    ),
    # an attack on targets in a place is an attack on that place's country
    ("Turkse gevechtsvliegtuigen bombarderen doelen in Noord-Irak.", {("TURMIL", "19", "IRQ")}),
    # the state role beside a bare group that the sentence's one country places is that country's
    (
        "Rebellen hebben in het oosten van Tsjaad het leger aangevallen.",
        {("TCDREB", "19", "TCDMIL")},
    ),
    # ... but not someone's counterpart ("zijn collega van Honeywell")
    (
        "De Amerikaanse topman van Boeing verwerpt het aanbod van zijn collega van Airbus.",
        set(),
    ),
    # idioms and verbless headlines of conflict
    ("Bolivia trok ten velde tegen Paraguay.", {("BOL", "19", "PRY")}),
    (
        "Macron en Meloni in clinch over migratie",
        {("FRAGOV", "11", "ITAGOV"), ("ITAGOV", "11", "FRAGOV")},
    ),
    (
        "Tussen Peru en Chili zijn onenigheden ontstaan over de zeegrens.",
        {("PER", "11", "CHL"), ("CHL", "11", "PER")},
    ),
    # goods and ships name the country they come from; a part of a plan is the plan's
    (
        "India kondigt strafheffingen van 25 procent aan op staal uit China",
        {("IND", "16", "CHN")},
    ),
    ("Georgië verwerpt delen van het Russische voorstel.", {("GEO", "12", "RUS")}),
    # a threat not ruled out, with the headline's final particle and negation misattached
    ("Poetin sluit militair ingrijpen om Moldavië niet uit", {("RUSGOV", "13", "MDA")}),
    # a plural verb after two coordinated names, read as a noun by the tagger; signing a trade
    # agreement is signing a formal agreement (057), as other agreements
    (
        "Canada en Mexico sluiten handelsakkoord in Ottawa",
        {("CAN", "05", "MEX"), ("MEX", "05", "CAN")},
    ),
    # tariffs laid on a country's goods; an amount between the tariff and its target
    ("Mexico legt heffingen op Chinese auto's", {("MEX", "16", "CHN")}),
    ("Canada legt heffingen van 25 procent op Amerikaans staal", {("CAN", "16", "USA")}),
    # "uit protest tegen X": the clause's subject protests against X, also when the parser
    # hangs "tegen X" on the verb
    (
        "Vissers blokkeren havens rond Brest uit protest tegen de visquota van de Franse regering",
        {("FRAAGR", "14", "FRAGOV")},
    ),
    # a cabinet named after a premier whose name starts with a particle ("regering-De Wever")
    ("Vakbonden demonstreren tegen de regering-De Wever", {("BELLAB", "14", "BELGOV")}),
    # conjuncts hung on the last word of a two-word country name are the name's
    (
        "Verenigde Staten, Japan en Australië veroordelen Noord-Korea",
        {("USA", "11", "PRK"), ("JPN", "11", "PRK"), ("AUS", "11", "PRK")},
    ),
    # a quantity noun before an adjective and its noun counts the noun (drones are the army's
    # since 0.3.15: RUSMIL)
    ("Oekraïne schiet tientallen Russische drones neer.", {("UKR", "19", "RUSMIL")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_actors_and_targets_of_coder_0314(nlp, coder, text: str, expected: set) -> None:
    assert codes(nlp, coder, text) == expected


def test_open_phoenix_roles_end_at_the_horizon(coder) -> None:
    """An open-ended Phoenix role (the data's last dated role starts in 2014) does not hold a
    decade later: "Faber" in a 2025 Dutch article is no Belizean minister."""
    import datetime as dt

    from geoevents.transforms.coder.actors import person_code_at

    people = coder.d.people
    assert person_code_at(people, "phx:patrick_faber", dt.date(2010, 5, 1)) == "BLZGOVEDU"
    assert person_code_at(people, "phx:patrick_faber", dt.date(2025, 5, 1)) is None
