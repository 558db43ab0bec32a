"""Coder 0.3.19: the object that agrees with a headline's plural verb is its subject; the two
sides of a mutual event are a pair for "de twee" and "beide landen"; "een meerderheid van de
Kamer" is the Kamer; "uitzetten" of people is an expulsion. Invented sentences, each failing
without its change."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from geoevents.transforms.coder.repairs_news import (
    subject_by_agreement,
    van_after_object_is_its_modifier,
)
from tests.coder_events import event_triples

DAY = dt.date(2024, 9, 1)


def _triples(coder, nlp, text: str, feed: str | None = None) -> set[tuple[str, str, str]]:
    return event_triples(nlp, coder, text, DAY, feed)


def _doc(nlp, words, pos, morphs, heads, deps) -> Doc:
    return Doc(nlp.vocab, words=words, pos=pos, morphs=morphs, heads=heads, deps=deps)


def test_the_noun_that_agrees_with_the_verb_is_the_subject(nlp) -> None:
    """ "Rebellen veroveren Goma" parsed with Goma as subject: a plural verb, a plural noun
    before it labelled object and a singular name after it labelled subject swap labels."""
    doc = _doc(
        nlp,
        ["Rebellen", "veroveren", "Goma"],
        ["NOUN", "VERB", "PROPN"],
        ["Number=Plur", "Number=Plur|VerbForm=Fin", "Number=Sing"],
        [1, 1, 1],
        ["obj", "ROOT", "nsubj"],
    )
    assert subject_by_agreement(doc) == 1
    assert [t.dep_ for t in doc] == ["nsubj", "ROOT", "obj"]


@pytest.mark.parametrize(
    ("morphs", "deps"),
    [
        # the subject agrees with the verb: nothing to repair
        (["Number=Plur", "Number=Sing|VerbForm=Fin", "Number=Sing"], ["obj", "ROOT", "nsubj"]),
        # subject first, object after: the usual order is left to the parser
        (["Number=Sing", "Number=Plur|VerbForm=Fin", "Number=Plur"], ["nsubj", "ROOT", "obj"]),
    ],
)
def test_agreement_leaves_other_clauses_alone(nlp, morphs, deps) -> None:
    doc = _doc(nlp, ["A", "verovert", "B"], ["PROPN", "VERB", "NOUN"], morphs, [1, 1, 1], deps)
    assert subject_by_agreement(doc) == 0
    assert [t.dep_ for t in doc] == deps


def test_a_headline_with_a_plural_subject_and_a_place_object(nlp, coder) -> None:
    assert ("CODREB", "192", "COD") in _triples(
        coder, nlp, "M23-rebellen veroveren Goma in Oost-Congo"
    )


ARTICLE = (
    "President Biden heeft gisteren de Chinese president Xi Jinping ontmoet in San Francisco.\n\n{}"
)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("De twee willen weer met elkaar in gesprek gaan.", "036"),
        ("Beide landen sloten een akkoord over fentanyl.", "057"),
        ("De leiders hervatten de klimaatonderhandelingen.", "046"),
    ],
)
def test_the_two_sides_of_a_meeting_are_a_pair_later(nlp, coder, sentence: str, code: str) -> None:
    """Before 0.3.19 only "Biden en Xi" (coordinated) made a pair for later anaphora; the two
    sides of a meeting did not, so the follow-up sentences gave no event."""
    rows = coder.code_doc(nlp(ARTICLE.format(sentence)), DAY)
    later = {
        (r["actor1_code"], r["event_code"], r["actor2_code"])
        for r in rows
        if r["sentence_index"] > 0
    }
    assert later == {("USAGOV", code, "CHNGOV"), ("CHNGOV", code, "USAGOV")}


def test_a_one_sided_event_makes_no_pair(nlp, coder) -> None:
    """An attack is no mutual event: "de twee" after it has no antecedent pair."""
    text = "Rusland viel gisteren Oekraïne aan.\n\nDe twee willen weer met elkaar in gesprek gaan."
    rows = coder.code_doc(nlp(text), DAY)
    assert {r["event_code"] for r in rows if r["sentence_index"] > 0} == set()


def test_a_majority_of_the_chamber_is_the_chamber(nlp, coder) -> None:
    text = "Een meerderheid van de Tweede Kamer steunt het plan van het kabinet."
    assert _triples(coder, nlp, text, "NLD") == {("NLDLEG", "051", "NLDGOV")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Duitsland heeft 81 Afghanen uitgezet naar Afghanistan.", {("DEU", "174", "AFG")}),
        ("Honderden Venezolanen zijn door de Verenigde Staten uitgezet.", {("USA", "174", "VEN")}),
        ("Niger heeft de laatste Franse troepen het land uitgezet.", {("NER", "166", "FRAMIL")}),
        # no actor as object: switching off a power plant is no event
        ("Duitsland zet de kerncentrales uit.", set()),
    ],
)
def test_uitzetten_of_people_is_an_expulsion(nlp, coder, text: str, expected: set) -> None:
    assert _triples(coder, nlp, text) == expected


def test_rioters_are_an_actor(nlp, coder) -> None:
    text = "De politie heeft tientallen relschoppers gearresteerd."
    assert _triples(coder, nlp, text, "NLD") == {("NLDCOP", "173", "NLDOPP")}


def test_a_hyphenated_noun_tagged_as_a_verb_keeps_a_headline_verbless(nlp, coder) -> None:
    text = "Israël en Hamas akkoord over staakt-het-vuren"
    assert _triples(coder, nlp, text) == {("ISR", "057", "PSEREBHMS"), ("PSEREBHMS", "057", "ISR")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural role noun tagged as a verb before its verb; an object hung on "sinds woensdag"
        (
            "Indiase gevechtsvliegtuigen bombarderen sinds woensdag stellingen van Pakistaanse "
            "militairen in de bergen bij Kargil.",
            {("INDMIL", "195", "PAKMIL")},
        ),
        # the participle parsed as a root of its own after the auxiliary's clause
        (
            "Irak heeft gisteren alle samenwerking met de wapeninspecteurs van de VN-commissie "
            "Unscom stopgezet.",
            {("IRQ", "160", "IGOUNO")},
        ),
        # "van de Taliban" hung on the verb: the positions are the Taliban's
        ("De VS vielen stellingen van de Taliban aan.", {("USA", "190", "AFGREBTAL")}),
        # "hebben doelen" read as a perfect of the verb "doelen"
        (
            "Amerikaanse vliegtuigen hebben doelen van de Taliban gebombardeerd.",
            {("USAMIL", "195", "AFGREBTAL")},
        ),
    ],
)
def test_parse_repairs_of_news_sentences(nlp, coder, text: str, expected: set) -> None:
    assert _triples(coder, nlp, text) == expected


@pytest.mark.parametrize(("lemma", "moved"), [("aanvallen", True), ("beschuldigen", False)])
def test_a_van_phrase_after_the_object_is_the_objects_unless_the_verb_takes_one(
    nlp, lemma: str, moved: bool
) -> None:
    """ "vielen stellingen van de Taliban aan": the owner of the positions; "beschuldigt de
    regering van de aanslag": the accusation, a complement of the verb, stays on it."""
    words = ["Rusland", "X", "de", "regering", "van", "de", "aanslag"]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
        lemmas=["Rusland", lemma, "de", "regering", "van", "de", "aanslag"],
        heads=[1, 1, 3, 1, 6, 6, 1],
        deps=["nsubj", "ROOT", "det", "obj", "case", "det", "obl"],
    )
    assert van_after_object_is_its_modifier(doc) == int(moved)
    assert (doc[6].head.i, doc[6].dep_) == ((3, "nmod") if moved else (1, "obl"))


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # the first of two coordinated subjects parsed as a root of its own
        (
            "Jeltsin en de Tsjetsjeense leider Maschadov ondertekenden gisteren in het Kremlin "
            "een vredesverdrag.",
            dt.date(2000, 1, 5),
            {("RUSELI", "057", "RUSSEP"), ("RUSSEP", "057", "RUSELI")},
        ),
        # the first subject parsed as a bare nmod of the verb
        (
            "Sjara en Barak praten sinds maandag over de Golanhoogte.",
            dt.date(2000, 1, 5),
            {("SYRGOV", "040", "ISRGOV"), ("ISRGOV", "040", "SYRGOV")},
        ),
    ],
)
def test_coordinated_subjects_torn_apart_by_the_parse(
    nlp, coder, text: str, date: dt.date, expected: set
) -> None:
    assert event_triples(nlp, coder, text, date) == expected


@pytest.mark.parametrize(
    ("text", "feed", "expected"),
    [
        # "importheffingen" rows took no object: the cued row found no target and stopped
        (
            "De VS leggen Canada en Mexico importheffingen op.",
            None,
            {("USA", "163", "CAN"), ("USA", "163", "MEX")},
        ),
        # a headline's first word read as an adjective is still a role noun
        ("Kabinet trekt extra geld uit voor Oekraïne", "NLD", {("NLDGOV", "071", "UKR")}),
    ],
)
def test_headline_forms_of_current_feeds(nlp, coder, text: str, feed, expected: set) -> None:
    assert _triples(coder, nlp, text, feed) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the role noun a repair made a noun ("demonstranten" tagged as a verb) counts for the
        # sentence gate
        "Politie pakt tientallen demonstranten op bij A12",
        "De politie heeft honderden demonstranten aangehouden.",
        "Politie pakt demonstranten op",
    ],
)
def test_arrests_of_counted_protesters(nlp, coder, text: str) -> None:
    assert _triples(coder, nlp, text, "NLD") == {("NLDCOP", "173", "NLDOPP")}
