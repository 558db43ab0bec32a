"""Coder rules of 0.3.120 and later (thirty-fifth session), each on a text written for this file
(never dev, held-out or blind). Removing the rule makes its case fail."""

from __future__ import annotations

import datetime as dt

from geoevents.transforms.coder.repairs import agent_noun_tagged_verb
from geoevents.transforms.coder.repairs_directives import (
    directive_participle_read_as_modifier,
)
from geoevents.transforms.coder.repairs_titles import role_read_as_case
from tests.coder_events import event_triples
from tests.test_coder_rules_s34 import country_triples, tree

DAY = dt.date(2003, 5, 1)


def test_a_directive_participle_hung_on_the_next_noun_heads_its_clause(nlp, coder) -> None:
    """ "heeft de Taliban opgeroepen Osama bin Laden uit te leveren": the parser hangs
    "opgeroepen" on the next name and makes the infinitive the root; the call is the event, to
    the addressee (not to the one to be handed over)."""
    doc = tree(
        "Straw heeft Syrië opgeroepen Abu Nidal uit te leveren .",
        "PROPN AUX PROPN VERB PROPN PROPN ADP ADP VERB PUNCT",
        "nsubj aux obj amod nmod flat compound:prt mark ROOT punct",
        [8, 8, 8, 4, 2, 4, 8, 8, 8, 8],
        "Straw hebben Syrië oproepen Abu Nidal uit te leveren .",
        participle=3,
    )
    assert directive_participle_read_as_modifier(doc) == 1
    call, inf = doc[3], doc[8]
    assert call.dep_ == "ROOT" and inf.head.i == 3 and inf.dep_ == "xcomp"
    assert doc[0].head.i == 3 and doc[1].head.i == 3 and doc[2].head.i == 3
    assert doc[4].head.i == 8 and doc[4].dep_ == "obj"


def test_what_follows_a_directive_participle_belongs_to_the_infinitive(nlp, coder) -> None:
    """ "heeft Erdogan gevraagd Griekenland met rust te laten": the middle field ends at the
    participle, so Greece is the infinitive's object, not a second addressee."""
    doc = tree(
        "Merkel heeft Erdogan gevraagd Griekenland met rust te laten .",
        "PROPN AUX PROPN VERB PROPN ADP NOUN ADP VERB PUNCT",
        "nsubj aux obj ROOT obj case obl mark xcomp punct",
        [3, 3, 3, 3, 3, 6, 8, 8, 3, 3],
        "Merkel hebben Erdogan vragen Griekenland met rust te laten .",
        participle=3,
    )
    assert directive_participle_read_as_modifier(doc) >= 1
    assert doc[4].head.i == 8 and doc[2].head.i == 3


def test_a_town_adjective_gives_the_sentence_its_country(nlp, coder) -> None:
    """ "De Rotterdamse politie heeft demonstranten aangehouden": no country is named, but the police
    is Rotterdam's, so the demonstrators' home is the Netherlands too (a domestic arrest)."""
    found = event_triples(
        nlp, coder, "De Rotterdamse politie heeft gisteren twintig demonstranten aangehouden.", DAY
    )
    assert any(
        a1 == "NLDCOP" and code.startswith("17") and a2.startswith("NLD") for a1, code, a2 in found
    ), found


def test_handing_over_to_a_tribunal_is_judicial_cooperation(nlp, coder) -> None:
    """ "heeft Karadzic aan het tribunaal in Den Haag overgedragen": handing a person over to a
    court is 063, and "het tribunaal in Den Haag" is the war crimes tribunal."""
    found = event_triples(
        nlp,
        coder,
        "De Bosnisch-Servische regering heeft generaal Galic aan het tribunaal in Den Haag "
        "overgedragen.",
        dt.date(1999, 12, 21),
    )
    assert ("BIHGOV", "063", "IGOWCT") in found, found


def test_after_an_inverted_subject_the_next_name_is_the_object(nlp, coder) -> None:
    """ "Vorige week noemde Obama Syrië, Iran en Noord-Korea ...": the parser joined subject and
    object in one name; the object takes the list the parser hung on the subject."""
    found = country_triples(
        nlp,
        coder,
        "Vorige week noemde Obama Syrië, Iran en Noord-Korea een gevaar voor de hele regio.",
        dt.date(2014, 3, 1),
    )
    assert {("USA", "111", "SYR"), ("USA", "111", "IRN"), ("USA", "111", "PRK")} <= found, found


def test_positions_of_two_groups_are_both_hit(nlp, coder) -> None:
    """ "stellingen van Hamas en Hezbollah": a thing owned by two conjoined groups makes both
    the target of the attack, not only the first."""
    found = event_triples(
        nlp,
        coder,
        "Israëlische vliegtuigen hebben vannacht stellingen van Hamas en Hezbollah gebombardeerd.",
        dt.date(2006, 7, 20),
    )
    targets = {a2 for _, code, a2 in found if code.startswith("19")}
    assert {"PSEREBHMS", "LBNREBHEZ"} <= targets, found


def test_a_role_noun_read_as_a_verb_after_a_preposition_read_as_its_particle(nlp, coder) -> None:
    """ "zette traangas in tegen demonstranten", "demonstranten" tagged a verb with "tegen" as
    its particle: a preposition before a role noun is its case, and the noun the target."""
    doc = tree(
        "De politie zette traangas in tegen demonstranten .",
        "DET NOUN VERB NOUN ADP ADP VERB PUNCT",
        "det nsubj ROOT obj compound:prt compound:prt xcomp punct",
        [1, 2, 2, 2, 2, 6, 2, 2],
        "de politie zetten traangas in tegen demonstranten .",
        participle=-1,
    )
    assert agent_noun_tagged_verb(doc, lambda t: t.lower_ == "demonstranten", lambda w: False)
    assert doc[6].dep_ == "obl" and doc[5].dep_ == "case"


def test_refusing_to_support_or_approve_is_a_rejection(nlp, coder) -> None:
    """ "weigert het plan van X te steunen / goed te keuren": a refusal of support is a
    rejection of the owner's plan (120); a plain negation ("steunt X niet") is no event."""
    day = dt.date(2019, 5, 1)
    for text in (
        "Italië weigert het migratieplan van Frankrijk te steunen.",
        "Italië weigerde het migratieplan van Frankrijk goed te keuren.",
    ):
        assert ("ITA", "120", "FRA") in country_triples(nlp, coder, text, day), text
    assert not country_triples(nlp, coder, "Italië steunt Frankrijk niet.", day)


def test_stopping_or_banning_imports_of_a_countrys_goods_is_an_embargo(nlp, coder) -> None:
    """ "zette de import van Noorse zalm stop", "stelde een verbod in op de invoer van Iers
    rundvlees": the goods' adjective names the country the embargo is against (163)."""
    day = dt.date(2014, 8, 7)
    for text, target in (
        ("Rusland heeft de import van Noorse zalm stopgezet.", "NOR"),
        ("Frankrijk heeft een verbod ingesteld op de invoer van Iers rundvlees.", "IRL"),
    ):
        found = country_triples(nlp, coder, text, day)
        assert any(c == "163" and t == target for _, c, t in found), (text, found)


def test_letting_prisoners_go_is_a_release(nlp, coder) -> None:
    """ "laat 50 gevangenen gaan": letting prisoners or hostages go is releasing them (0841);
    letting a country go is no event."""
    found = country_triples(
        nlp, coder, "Marokko laat vijftig Algerijnse gevangenen gaan.", dt.date(2005, 8, 18)
    )
    assert ("MAR", "0841", "DZA") in found, found
    assert not country_triples(nlp, coder, "Marokko laat Algerije gaan.", dt.date(2005, 8, 18))


def test_a_role_noun_read_as_a_case_heads_its_name_again(nlp, coder) -> None:
    """ "Vooruit-fractieleider Vandenbroucke bekritiseerde ...": the parser reads the role noun
    (its first part a word it knows as an adverb) as the name's case and the name as an
    oblique; the noun heads the phrase with the name as apposition, and is the subject."""
    doc = tree(
        "Vooruit-fractieleider Vandenbroucke bekritiseerde de minister .",
        "NOUN PROPN VERB DET NOUN PUNCT",
        "case obl ROOT det obj punct",
        [1, 2, 2, 4, 2, 2],
        "Vooruit-fractieleider Vandenbroucke bekritiseren de minister .",
        participle=-1,
    )
    assert role_read_as_case(doc) == 1
    assert doc[0].dep_ == "nsubj" and doc[0].head.i == 2
    assert doc[1].dep_ == "appos" and doc[1].head.i == 0
