"""The name-type step on organisations (issue #19): organisation-forming words, heads before a
name, spans that run past a name, and the holiday list. Invented sentences."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geoevents.name_types import NameTypes, fix_types, make_matcher, read_name_types

LEX = NameTypes(
    types={
        "Centraal Bureau voor de Statistiek": "ORG",
        "Openbaar Ministerie": "ORG",
        "VTM": "ORG",
        "Maersk": "ORG",
        "Wopke Hoekstra": "PER",
        "Hoekstra": "PER",
        "Gelderland": "LOC",
        "Philips": "ORG",
        "Zwolle": "LOC",
        "PvdD": "ORG",
        "Esther Ouwehand": "PER",
    },
    countries=frozenset(),
)


def _doc(text: str, ents: list[tuple[int, int, str]], pos: dict[int, str] | None = None):
    nlp = spacy.blank("nl")
    doc = nlp(text)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    for i, tag in (pos or {}).items():
        doc[i].pos_ = tag
    return nlp, doc


def _ents(ents) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in ents]


def _fix(text, ents, pos=None, **kw):
    nlp, doc = _doc(text, ents, pos)
    out, changes = fix_types(doc, LEX, make_matcher(nlp, LEX), **kw)
    return _ents(out), changes


# --- organisation-forming words ----------------------------------------------------------------


def test_a_first_word_head_makes_an_organisation() -> None:
    ents, changes = _fix("Toen kwam de Stichting Vrije Vogels Oost.", [(3, 7, "MISC")])
    assert ents == [("Stichting Vrije Vogels Oost", "ORG")] and changes[0].kind == "relabel"
    # off with forms=False: the NER's type stays
    assert _fix("Toen kwam de Stichting Vrije Vogels Oost.", [(3, 7, "MISC")], forms=False)[0] == [
        ("Stichting Vrije Vogels Oost", "MISC")
    ]


def test_a_last_word_head_makes_an_organisation() -> None:
    ents, _ = _fix("Hij werkt bij de Kempense Spaarbank Bank sinds mei.", [(4, 7, "LOC")])
    assert ents == [("Kempense Spaarbank Bank", "ORG")]
    ents, _ = _fix("Het Teylers Wetenschappelijk Genootschap zwijgt.", [(1, 4, "PER")])
    assert ents == [("Teylers Wetenschappelijk Genootschap", "ORG")]


def test_a_last_word_head_after_lower_case_words_is_not_the_head() -> None:
    # a surname ("Annet de Raad") and a title ("... of the ... Society") keep their type
    ents, _ = _fix("Volgens Annet de Raad is het klaar.", [(1, 4, "PER")])
    assert ents == [("Annet de Raad", "PER")]
    ents, _ = _fix("Zie Annals of the Zeeland Society hier.", [(1, 6, "MISC")])
    assert ents == [("Annals of the Zeeland Society", "MISC")]


def test_a_club_prefix_makes_a_club() -> None:
    ents, _ = _fix("Gisteren won KFC Zandhoven thuis.", [(2, 4, "PER")])
    assert ents == [("KFC Zandhoven", "ORG")]


def test_a_compound_ending_in_an_organisation_word() -> None:
    ents, _ = _fix("Zij ligt in het Maasoeverziekenhuis in Venlo.", [(4, 5, "LOC"), (6, 7, "LOC")])
    assert ents == [("Maasoeverziekenhuis", "ORG"), ("Venlo", "LOC")]
    # a place ending in "bank", and a lower-case noun after a hyphen, keep their type
    ents, _ = _fix("Op de Westbank en de Noordzee-bank.", [(2, 3, "LOC"), (5, 6, "MISC")])
    assert ents == [("Westbank", "LOC"), ("Noordzee-bank", "MISC")]


def test_the_name_after_minister_van_is_the_ministry() -> None:
    ents, _ = _fix("De minister van Klimaatbeleid reageerde.", [(3, 4, "PER")])
    assert ents == [("Klimaatbeleid", "ORG")]


# --- heads before a name ---------------------------------------------------------------------------


def test_a_head_before_a_name_is_taken_into_one_organisation() -> None:
    ents, changes = _fix("Hij studeerde aan de Universiteit van Zwolle.", [(6, 7, "LOC")])
    assert ents == [("Universiteit van Zwolle", "ORG")] and changes[0].kind == "extend"
    # a head the NER typed on its own is absorbed, never cut
    ents, _ = _fix(
        "Trainer bij FC Zwolle en Universiteit Zwolle.",
        [(3, 4, "LOC"), (5, 6, "ORG"), (6, 7, "LOC")],
    )
    assert ents == [("FC Zwolle", "ORG"), ("Universiteit Zwolle", "ORG")]
    ents, _ = _fix("In Zwolle regent het.", [(1, 2, "LOC")])
    assert ents == [("Zwolle", "LOC")]


def test_a_cut_name_is_extended_over_lower_case_words_inside_it() -> None:
    text = "Het Centraal Bureau voor de Statistiek meldt groei."
    ents, changes = _fix(text, [(1, 3, "ORG")])
    assert ents == [("Centraal Bureau voor de Statistiek", "ORG")]
    assert changes[0].kind == "extend"


# --- spans that run past a dictionary name -----------------------------------------------------------


def test_a_span_running_on_into_the_clause_is_cut_back_to_the_name() -> None:
    text = "Het Openbaar Ministerie vervolgt twee mannen."
    ents, changes = _fix(text, [(1, 6, "ORG")], pos={3: "VERB", 4: "NUM", 5: "NOUN"})
    assert ents == [("Openbaar Ministerie", "ORG")] and changes[0].kind == "trim"
    assert _fix(text, [(1, 6, "ORG")], pos={3: "VERB"}, trims=False)[0] == [
        ("Openbaar Ministerie vervolgt twee mannen", "ORG")
    ]
    # a city cut out of an ORG span stays ORG: it is also its club ("Zwolle won")
    ents, _ = _fix("Zwolle won gisteren.", [(0, 2, "ORG")], pos={1: "VERB"})
    assert ents == [("Zwolle", "ORG")]
    # a noun after the name may be part of a longer name ("VTM nieuws"): left alone
    ents, _ = _fix("VTM nieuws begint.", [(0, 2, "MISC")], pos={1: "NOUN"})
    assert ents == [("VTM nieuws", "MISC")]


def test_a_party_and_its_leader_in_one_span_are_split() -> None:
    text = "De PvdD van Esther Ouwehand won."
    ents, changes = _fix(text, [(1, 5, "ORG")])
    assert ents == [("PvdD", "ORG"), ("Esther Ouwehand", "PER")] and changes[0].kind == "trim"
    # only when both parts are dictionary names of those types
    ents, _ = _fix("De PvdD van Jan Modaal won.", [(1, 5, "ORG")])
    assert ents == [("PvdD van Jan Modaal", "ORG")]


def test_a_role_noun_opening_the_sentence_is_cut_off() -> None:
    ents, _ = _fix("Rederij Maersk laat schepen omvaren.", [(0, 2, "MISC")])
    assert ents == [("Maersk", "ORG")]
    ents, _ = _fix("Eurocommissaris Wopke Hoekstra reist.", [(0, 3, "ORG")])
    assert ents == [("Wopke Hoekstra", "PER")]


def test_names_that_only_look_like_role_plus_name_stay() -> None:
    # a party ("Leefbaar" + a province), an adjective ("Koninklijke"), a first name before a
    # listed surname, and a role noun that does not open the sentence
    for text, ents in (
        ("Leefbaar Gelderland wint.", [(0, 2, "ORG")]),
        ("Koninklijke Philips groeit.", [(0, 2, "ORG")]),
        ("Willem Hoekstra lacht.", [(0, 2, "PER")]),
        ("Gisteren zei Rederij Maersk niets.", [(2, 4, "ORG")]),
    ):
        _, doc = _doc(text, ents)
        want = [(doc[a:b].text, label) for a, b, label in ents]
        assert _fix(text, ents)[0] == want, text


# --- the shipped table -----------------------------------------------------------------------------


def test_holidays_are_misc_in_the_shipped_table() -> None:
    # training/names/misc_nl.tsv: holidays and feast days are MISC (docs/NER_GUIDELINES.md)
    lex = read_name_types()
    for name in ("Aswoensdag", "Pasen", "Koningsdag", "Suikerfeest", "Goede Vrijdag"):
        assert lex.types[name] == "MISC", name
    assert lex.types.get("Sinterklaas") != "MISC"
    nlp, doc = _doc("Na Aswoensdag begint de Vastentijd.", [(1, 2, "PER"), (4, 5, "LOC")])
    ents, _ = fix_types(doc, lex, make_matcher(nlp, lex))
    assert _ents(ents) == [("Aswoensdag", "MISC"), ("Vastentijd", "MISC")]
