"""The name-type step's rule registry (geoevents/name_rules.py): rules are switched off per
pipeline through the component's config, unknown names fail fast, and nothing global changes."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

from geoevents.model import load_pipeline
from geoevents.name_rules import ALL_RULES, RULE_NAMES, RULES, Rules, UnknownRuleError
from geoevents.name_types import NAME_TYPES, NameTypes
from tests.name_step import fix_spans

LAW = "Het Mercosur-verdrag ligt stil."  # "Mercosur-verdrag" (token 1) is MISC by rule ``laws``


def _law_label(nlp: spacy.Language) -> str:
    """The label the pipeline's name-type step gives "Mercosur-verdrag" read as a place."""
    doc = nlp.make_doc(LAW)
    doc.ents = [Span(doc, 1, 2, label="LOC")]
    return nlp.get_pipe(NAME_TYPES)(doc).ents[0].label_


def test_the_registry_declares_each_rule_once_with_a_purpose() -> None:
    assert len(set(RULE_NAMES)) == len(RULES) == 13
    assert all(re.fullmatch(r"[a-z_]+", r.name) and r.purpose for r in RULES)


def test_every_declared_rule_is_read_by_the_step() -> None:
    # a registry entry that no code reads would switch nothing off
    src = "".join(
        p.read_text(encoding="utf-8")
        for p in Path(__file__).resolve().parents[1].joinpath("geoevents").glob("name_*.py")
    )
    assert {n for n in RULE_NAMES if f'on("{n}")' not in src} == set()


def test_an_unknown_rule_fails_fast_listing_the_valid_ones() -> None:
    nlp = spacy.blank("nl")
    with pytest.raises(UnknownRuleError, match="'lawz'.*valid rules: name_internal, .*laws"):
        nlp.add_pipe(NAME_TYPES, config={"disabled_rules": ["laws", "lawz"]})
    with pytest.raises(ValueError, match="'nope'"):
        load_pipeline(disabled_rules=["nope"])  # before the model is read
    with pytest.raises(UnknownRuleError):
        Rules(frozenset({"nope"}))
    with pytest.raises(UnknownRuleError):
        ALL_RULES.on("lows")  # a typo in the step's own code fails too


def test_a_rule_is_switched_off_in_one_pipeline_only() -> None:
    without = spacy.blank("nl")
    without.add_pipe(NAME_TYPES, config={"disabled_rules": ["laws"]})
    plain = spacy.blank("nl")
    plain.add_pipe(NAME_TYPES)
    assert without.config["components"][NAME_TYPES]["disabled_rules"] == ["laws"]
    assert plain.config["components"][NAME_TYPES]["disabled_rules"] == []
    assert _law_label(without) == "LOC"
    assert _law_label(plain) == "MISC"
    assert _law_label(without) == "LOC"  # and the other way round, in either order
    assert ALL_RULES.disabled == frozenset()
    # both at once, in threads: each pipeline keeps its own rules
    got: dict[str, list[str]] = {"without": [], "plain": []}

    def run(name: str, nlp: spacy.Language) -> None:
        got[name] += [_law_label(nlp) for _ in range(20)]

    threads = [
        threading.Thread(target=run, args=("without", without)),
        threading.Thread(target=run, args=("plain", plain)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert set(got["without"]) == {"LOC"} and set(got["plain"]) == {"MISC"}


def test_load_pipeline_passes_the_rules_to_the_step(shipped_nlp) -> None:
    lean = load_pipeline(exclude=["entity_ruler"], disabled_rules=["laws", "plans"])
    assert lean.get_pipe(NAME_TYPES).rules == Rules.without(["plans", "laws"])
    assert _law_label(lean) == "LOC"
    assert _law_label(shipped_nlp) == "MISC"  # the session's shipped pipeline is untouched


def test_a_cut_span_extends_over_links_inside_a_table_name() -> None:
    # rule ``name_internal`` (the other rules' effects are tested in test_name_rules_s34.py)
    lex = NameTypes(types={"Centraal Bureau voor de Statistiek": "ORG"}, countries=frozenset())
    text = "Het Centraal Bureau voor de Statistiek meldt groei."
    name = ("Centraal Bureau voor de Statistiek", "ORG")
    assert fix_spans(lex, text, [(1, 3, "ORG"), (5, 6, "LOC")])[0] == [name]
    without = Rules.without("name_internal")
    assert fix_spans(lex, text, [(1, 3, "ORG"), (5, 6, "LOC")], rules=without)[0] != [name]
