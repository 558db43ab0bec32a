"""Coder 0.3.18: a sentence of bare home roles is coded in a feed with a home country; "hof"
ends no role noun of a compound. Invented sentences, each failing without its change."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coder_events import event_triples

DAY = dt.date(2024, 9, 1)


def _triples(coder, nlp, text: str, feed: str | None) -> set[tuple[str, str, str]]:
    return event_triples(nlp, coder, text, DAY, feed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no name in the sentence: before 0.3.18 it was skipped before the roles were read
        ("De minister bedankte de Kamer voor het debat.", {("NLDGOV", "051", "NLDLEG")}),
        ("De Kamer bekritiseerde de minister.", {("NLDLEG", "111", "NLDGOV")}),
        ("De oppositie bekritiseerde de minister.", {("NLDOPP", "111", "NLDGOV")}),
        ("De vakbonden dreigen met acties tegen het kabinet.", {("NLDLAB", "133", "NLDGOV")}),
        # the plural of "-lid" is "-leden": "Kamerleden" is a role noun
        ("Kamerleden vroegen de minister om opheldering.", {("NLDLEG", "0214", "NLDGOV")}),
        ("Oppositieleden bekritiseerden de premier.", {("NLDOPP", "111", "NLDGOV")}),
    ],
)
def test_bare_home_roles_are_coded_in_a_feed_with_a_home_country(
    nlp, coder, text: str, expected: set
) -> None:
    assert _triples(coder, nlp, text, "NLD") == expected
    # without a feed country the roles have no country: nothing is guessed
    assert _triples(coder, nlp, text, None) == set()


def test_a_churchyard_is_no_court(nlp, coder) -> None:
    """ "hof" names a court on its own or in listed compounds (gerechtshof, strafhof), never as
    the end of any compound: "het kerkhof" occupied by soldiers is no act against judges."""
    text = "Het kerkhof is door militairen bezet."
    assert _triples(coder, nlp, text, "NLD") == set()
    assert _triples(coder, nlp, "Het gerechtshof veroordeelde de minister.", "NLD") == {
        ("NLDJUD", "111", "NLDGOV")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first of two objects parsed as a modifier of the second, with no preposition
        ("De oppositie verweet het kabinet gebrek aan daadkracht.", {("NLDOPP", "112", "NLDGOV")}),
        # "opdragen" (to order) is a demand
        (
            "De burgemeester van Amsterdam heeft de politie opgedragen het kamp te ontruimen.",
            {("NLDGOV", "100", "NLDCOP")},
        ),
    ],
)
def test_double_objects_and_orders_in_domestic_news(nlp, coder, text: str, expected: set) -> None:
    assert _triples(coder, nlp, text, "NLD") == expected


def test_an_indefinite_modifier_noun_stays_in_its_phrase(nlp) -> None:
    """Only a definite phrase moves: "een paar kippen" is one object."""
    from geoevents.transforms.coder.repairs_phrases import object_on_object

    doc = nlp("De boeren houden een paar kippen.")
    before = [(t.i, t.head.i, t.dep_) for t in doc]
    object_on_object(doc)
    assert [(t.i, t.head.i, t.dep_) for t in doc] == before


def test_a_federal_role_is_not_the_dutch_feeds_home(nlp, coder) -> None:
    """The Netherlands is no federation: "de federale regering" in a Dutch feed is another
    country's, so the bare "Kamer" beside it does not make a Dutch domestic event."""
    text = "De Kamer bekritiseerde de federale regering."
    assert _triples(coder, nlp, text, "NLD") == set()
    assert _triples(coder, nlp, "De Kamer bekritiseerde de regering.", "NLD") == {
        ("NLDLEG", "111", "NLDGOV")
    }


@pytest.mark.parametrize(
    ("text", "feed", "expected"),
    [
        # after a title the dated office holder beats an undated namesake of the Phoenix lists
        ("Minister Faber bekritiseerde de Kamer.", "NLD", {("NLDGOV", "111", "NLDLEG")}),
        # a passive request in a relative clause of a document: its author asks
        (
            "De SP heeft een motie ingediend waarin de regering wordt gevraagd het eigen risico "
            "af te schaffen.",
            "NLD",
            {("NLDPTY", "020", "NLDGOV")},
        ),
        # agreeing to someone's proposal endorses it
        ("Rusland stemde in met het voorstel van Turkije.", None, {("RUS", "051", "TUR")}),
        # a name whose first word the parser made a root of its own; two bodies of one code
        (
            "De Autoriteit Persoonsgegevens heeft het UWV een boete opgelegd.",
            "NLD",
            {("NLDGOV", "172", "NLDGOV")},
        ),
    ],
)
def test_domestic_actors_and_constructions(nlp, coder, text: str, feed, expected: set) -> None:
    assert _triples(coder, nlp, text, feed) == expected


@pytest.mark.parametrize(
    ("text", "feed", "expected"),
    [
        # a threat with no target is against whoever must meet its condition
        (
            "FNV dreigt met acties als het kabinet de AOW-leeftijd niet bevriest.",
            "NLD",
            {("NLDLAB", "133", "NLDGOV")},
        ),
        (
            "Noord-Korea dreigt met een kernproef als Zuid-Korea de oefeningen voortzet.",
            None,
            {("PRK", "130", "KOR")},
        ),
    ],
)
def test_a_threat_is_against_who_must_meet_its_condition(nlp, coder, text, feed, expected) -> None:
    assert _triples(coder, nlp, text, feed) == expected


def test_criticism_despite_or_after_which_the_subject_acts(nlp, coder) -> None:
    """ "ondanks/na kritiek van X" (like "met steun van X"): X criticised the verb's subject."""
    assert _triples(coder, nlp, "Ondanks kritiek van de EU zette Hongarije de wet door.", None) == {
        ("IGOEUREEC", "111", "HUN")
    }
    assert _triples(coder, nlp, "Na kritiek van de VS trok Israël zijn troepen terug.", None) >= {
        ("USA", "111", "ISR")
    }


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # "zowel A als B" is "both A and B", not A plus a clause "als B"
        (
            "Poetin heeft gisteren in Belgrado zowel Milosevic als Kostunica ontmoet.",
            dt.date(2000, 10, 7),
            {("RUSGOV", "040", "SRBGOV"), ("SRBGOV", "040", "RUSGOV")},
        ),
        (
            "Zowel Rusland als China steunen Iran.",
            DAY,
            {("RUS", "051", "IRN"), ("CHN", "051", "IRN")},
        ),
        # a Dutch transliteration of a dated office holder (Farouk al-Sharaa, 1984-2014)
        (
            "Sjara ontmoette Barak.",
            dt.date(2000, 1, 5),
            {("SYRGOV", "040", "ISRGOV"), ("ISRGOV", "040", "SYRGOV")},
        ),
    ],
)
def test_both_and_coordination_and_transliterations(nlp, coder, text, day, expected) -> None:
    assert event_triples(nlp, coder, text, day) >= expected


def test_both_and_leaves_a_prepositional_phrase_and_clauses_alone(nlp) -> None:
    """The repair never breaks what the treebank annotates: "in zowel België als Hongarije"
    keeps its preposition, "zowel gewassen verbouwd als dieren gehouden" is two clauses."""
    from geoevents.transforms.coder.repairs_phrases import both_and_coordination

    for text in (
        "Een onderzoek in zowel België als Hongarije toont dat hij de vader is.",
        "Op een gemengd bedrijf worden zowel gewassen verbouwd als dieren gehouden.",
    ):
        doc = nlp(text)
        heads = {t.i: t.head.i for t in doc}
        both_and_coordination(doc, [t.lower_ for t in doc])
        moved = {t.lower_ for t in doc if heads[t.i] != t.head.i}
        assert moved <= {"zowel", "als", "hongarije"}, (text, moved)


def test_a_plural_role_noun_names_its_people_in_an_apposition_list(nlp, coder) -> None:
    """ "de presidenten Kabila van Congo en Museveni van Oeganda": both presidents act."""
    text = "De presidenten Kabila van Congo en Museveni van Oeganda hebben een bestand gesloten."
    rows = coder.code_doc(nlp(text + "\n\n"), dt.date(2001, 7, 10))
    assert {(r["actor1_code"], r["actor2_code"]) for r in rows} == {
        ("CODGOV", "UGAGOV"),
        ("UGAGOV", "CODGOV"),
    }


def test_a_call_made_despite_a_negated_act_still_happened(nlp, coder) -> None:
    """ "Ondanks de oproep van de VN heeft Indonesië ... niet ontwapend": the call was made."""
    text = "Ondanks de oproep van de Verenigde Naties heeft Indonesië de milities niet ontwapend."
    assert event_triples(nlp, coder, text, dt.date(2000, 10, 10)) == {("IGOUNO", "020", "IDN")}


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # what X calls Y is criticism when a word of it is negative in the tone lexicon
        (
            "Mugabe noemde de Britse premier Blair een 'koloniale bemoeial'.",
            dt.date(2002, 3, 1),
            {("ZWEGOV", "111", "GBRGOV")},
        ),
        ("Rusland noemde de Amerikaanse sancties onaanvaardbaar.", DAY, {("RUS", "111", "USA")}),
        # a positive word keeps its own row; no judgement, no event
        ("De minister noemde Duitsland als voorbeeld.", DAY, set()),
    ],
)
def test_calling_someone_something_negative_is_criticism(nlp, coder, text, day, expected) -> None:
    assert event_triples(nlp, coder, text, day) == expected


def test_leaving_an_organisation_reduces_relations(nlp, coder) -> None:
    """ "uit X stappen" with an actor X is 160 (leaving a car is no event)."""
    assert _triples(coder, nlp, "Mali is uit ECOWAS gestapt.", None) == {("MLI", "160", "IGOWAS")}
    assert _triples(coder, nlp, "Rutte stapte uit de auto.", None) == set()


def test_two_parties_of_one_code_are_two_actors(nlp, coder) -> None:
    """A reciprocal between two named organisations of one code ("VVD en PVV": NLDPTY twice)."""
    assert _triples(coder, nlp, "VVD en PVV ontmoetten elkaar.", None) == {
        ("NLDPTY", "040", "NLDPTY")
    }
    # one country named twice is still one actor
    assert _triples(coder, nlp, "Rusland en Moskou ontmoetten elkaar.", None) == set()


def test_an_order_is_a_demand_and_what_it_orders_did_not_happen(nlp, coder) -> None:
    """ "draagt X op ... te stoppen" (separable "opdragen"): a demand; the stopping is only
    ordered, not done."""
    text = "Het Internationaal Gerechtshof draagt Israël op de aanval op Rafah te stoppen."
    assert _triples(coder, nlp, text, None) == {("IGOICJ", "100", "ISR")}


def test_a_role_noun_tagged_as_a_verb_with_its_own_modifiers_is_a_noun(nlp, coder) -> None:
    """ "laat 183 Palestijnse gevangenen vrij": "gevangenen" (tagged VERB, with a number and an
    adjective, which no verb takes) is the released object."""
    text = "Israël laat 183 Palestijnse gevangenen vrij in ruil voor gijzelaars."
    assert _triples(coder, nlp, text, None) == {("ISR", "0841", "PSEOPP")}
