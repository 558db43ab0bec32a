"""The name-type step after the NER: dictionary names fix types and cut names, ambiguous ones stay."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from geoevents.model import PARAGRAPH_BREAKS, load_pipeline
from geoevents.name_types import (
    NAME_TYPES,
    TABLE,
    NameTypes,
    NameTypesComponent,
    fix_types,
    make_matcher,
    read_name_types,
    uses_core_labels,
)

LEX = NameTypes(
    types={
        "AIVD": "ORG",
        "Blinken": "PER",
        "Filip Dewinter": "PER",
        "Groningen": "LOC",
        "Nederland": "LOC",
        "Wagnergroep": "ORG",
    },
    countries=frozenset({"Nederland"}),
)


def _doc(text: str, ents: list[tuple[int, int, str]]):
    nlp = spacy.blank("nl")
    doc = nlp(text)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return nlp, doc


def _ents(ents) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in ents]


def test_a_dictionary_name_gets_its_type() -> None:
    _, doc = _doc("De AIVD en Blinken", [(1, 2, "LOC"), (3, 4, "LOC")])
    ents, changes = fix_types(doc, LEX)
    assert _ents(ents) == [("AIVD", "ORG"), ("Blinken", "PER")]
    assert [c.kind for c in changes] == ["relabel", "relabel"]


def test_a_name_cut_short_is_extended_to_the_whole_name() -> None:
    nlp, doc = _doc("Filip Dewinter sprak in Antwerpen", [(0, 1, "PER"), (4, 5, "LOC")])
    ents, changes = fix_types(doc, LEX, make_matcher(nlp, LEX))
    assert _ents(ents) == [("Filip Dewinter", "PER"), ("Antwerpen", "LOC")]
    assert changes[0].kind == "extend" and changes[0].old == (0, 5, "PER")


def test_extension_never_cuts_another_entity() -> None:
    nlp, doc = _doc("Filip Dewinter Holding", [(0, 1, "PER"), (1, 3, "ORG")])
    ents, _ = fix_types(doc, LEX, make_matcher(nlp, LEX))
    assert ("Filip", "PER") in _ents(ents)


def test_a_city_named_as_a_club_keeps_its_organisation_type() -> None:
    # "Groningen won": a city is also its football club; a country's team is LOC by the guidelines
    _, doc = _doc("Groningen won van Nederland", [(0, 1, "ORG"), (3, 4, "ORG")])
    ents, _ = fix_types(doc, LEX)
    assert _ents(ents) == [("Groningen", "ORG"), ("Nederland", "LOC")]


def test_names_not_in_the_table_are_left_alone() -> None:
    _, doc = _doc("Sofia en ByteDance", [(0, 1, "PER"), (2, 3, "LOC")])
    ents, changes = fix_types(doc, LEX)
    assert _ents(ents) == [("Sofia", "PER"), ("ByteDance", "LOC")] and not changes


def test_only_limits_the_target_type() -> None:
    _, doc = _doc("De AIVD en Blinken", [(1, 2, "LOC"), (3, 4, "LOC")])
    ents, _ = fix_types(doc, LEX, only="ORG")
    assert _ents(ents) == [("AIVD", "ORG"), ("Blinken", "LOC")]


def test_shipped_table_names_its_sources_and_leaves_ambiguous_names_out() -> None:
    head = TABLE.read_text(encoding="utf-8")[:900]
    assert "Phoenix" in head and "CLDR" in head and "CC BY" in head
    lex = read_name_types()
    assert len(lex.types) > 10_000
    assert lex.types["AIVD"] == "ORG" and lex.types["Blinken"] == "PER"
    assert "Nederland" in lex.countries
    # names with two readings in the sources are not in the table: a seat that stands for a
    # government (Kremlin), a city that is also the EU's short name (Brussel)
    assert "Kremlin" not in lex.types and "Brussel" not in lex.types


def test_a_malformed_row_is_reported(tmp_path) -> None:
    bad = tmp_path / "t.tsv"
    bad.write_text("# x\nname\ttype\tcountry\nAIVD\tORGANISATION\t-\n", encoding="utf-8")
    with pytest.raises(ValueError, match="row 2"):
        read_name_types(bad)


@pytest.fixture(scope="module")
def nlp(shipped_nlp):
    """``load_pipeline()``, loaded once per session in conftest.py."""
    return shipped_nlp


def test_embedded_pipeline_runs_the_step_after_the_ner(nlp) -> None:
    names = nlp.pipe_names
    assert names.index("entity_ruler") < names.index(NAME_TYPES) < names.index(PARAGRAPH_BREAKS)
    doc = nlp.make_doc("De AIVD waarschuwde Blinken.")
    doc.ents = [Span(doc, 1, 2, label="LOC"), Span(doc, 3, 4, label="LOC")]
    doc = nlp.get_pipe(NAME_TYPES)(doc)
    assert _ents(doc.ents) == [("AIVD", "ORG"), ("Blinken", "PER")]
    # without the entity ruler (15 s to build) the NER alone carries the core labels
    lean = {"exclude": ["entity_ruler"]}
    assert NAME_TYPES in load_pipeline(**lean).pipe_names
    assert NAME_TYPES not in load_pipeline(name_types_enabled=False, **lean).pipe_names


def test_other_label_schemes_get_no_step() -> None:
    other = spacy.blank("nl")
    other.add_pipe("entity_ruler").add_patterns([{"label": "PERSON", "pattern": "Blinken"}])
    assert not uses_core_labels(other)
    ours = spacy.blank("nl")
    ours.add_pipe("entity_ruler").add_patterns(
        [
            {"label": "LOC", "pattern": "Blinken"},
            {"label": "PER", "pattern": "x"},
            {"label": "ORG", "pattern": "y"},
        ]
    )
    assert uses_core_labels(ours)
    # on a pipeline without a statistical NER the step still fixes what the ruler typed
    doc = NameTypesComponent(ours)(ours("Blinken reist"))
    assert _ents(doc.ents) == [("Blinken", "PER")]


def test_a_listed_organisation_becomes_org_in_the_shipped_table() -> None:
    # training/names/organisations_nl.tsv: full club names are ORG, the bare city stays out
    lex = read_name_types()
    assert lex.types["NAC Breda"] == "ORG" and lex.types["Artsen zonder Grenzen"] == "ORG"
    assert lex.types.get("Breda") != "ORG"
    nlp, doc = _doc("NAC Breda won van Club Brugge", [(0, 2, "LOC"), (4, 5, "LOC")])
    ents, changes = fix_types(doc, lex, make_matcher(nlp, lex))
    assert _ents(ents) == [("NAC Breda", "ORG"), ("Club Brugge", "ORG")]
    assert [c.kind for c in changes] == ["relabel", "extend"]


def test_a_listed_person_becomes_per_in_the_shipped_table() -> None:
    # training/names/people_nl.tsv: full names only; a cut or mistyped full name gets PER
    lex = read_name_types()
    assert lex.types["Steven Spielberg"] == "PER" and lex.types["Ridouan Taghi"] == "PER"
    nlp, doc = _doc("Steven Spielberg prees Bernie Ecclestone", [(0, 1, "LOC"), (3, 5, "ORG")])
    ents, changes = fix_types(doc, lex, make_matcher(nlp, lex))
    assert _ents(ents) == [("Steven Spielberg", "PER"), ("Bernie Ecclestone", "PER")]
    assert [c.kind for c in changes] == ["extend", "relabel"]
