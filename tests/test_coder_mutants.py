"""Event coder behaviour that a mutation run (issue 21, docs/TESTING.md) showed no test pinned.

Each test names the mutant it kills; the sentences are written for this file (never dev or
blind). They assert what a user of the events table sees: which actor did what to whom.
"""

from __future__ import annotations

import datetime as dt

from geoevents.transforms.coder.evaluate import actor_key


def triples(nlp, coder, text: str, date: str = "2024-03-10") -> set[tuple]:
    rows = coder.code_doc(nlp(text), dt.date.fromisoformat(date))
    return {(actor_key(r, "actor1"), actor_key(r, "actor2"), r["event_root_code"]) for r in rows}


def test_a_relative_pronoun_that_is_the_object_never_makes_its_antecedent_the_actor(
    nlp, coder
) -> None:
    """ "de president, die Frankrijk en Duitsland bekritiseerden": France and Germany criticise;
    the president is criticised. Mutants that kept the pronoun as a subject
    (``clauses.py``: ``subj_toks[1:]`` -> ``subj_toks[0:]``, ``subj_toks[0]`` -> ``[1]``) coded
    Russia criticising France and Germany."""
    text = (
        "De Russische president, die Frankrijk en Duitsland vorige week bekritiseerden, "
        "reageerde boos."
    )
    wrong = {t for t in triples(nlp, coder, text) if t[0] == "RUS"}
    assert wrong == set()


def test_a_context_only_name_is_the_organisation_only_next_to_its_name(nlp, coder) -> None:
    """ "de Commissie" is the EU when the sentence names the EU, and no actor on its own
    (``np_actors.py``: ``_ctx_org_ok`` always False lost the first event)."""
    named = "De EU is verdeeld, maar de Commissie veroordeelde Rusland."
    assert ("EEC", "RUS", "11") in triples(nlp, coder, named)
    alone = "De Commissie veroordeelde Rusland."
    assert not any("EEC" in (a1, a2) for a1, a2, _ in triples(nlp, coder, alone))


def test_a_state_visit_named_by_both_countries_codes_the_visit_and_the_host(nlp, coder) -> None:
    """ "Met een staatsbezoek onderstrepen Frankrijk en Duitsland ...": the first-named visits
    (042), the other hosts (043). ``rows.py``: the visitor taken as ``group[1]`` instead of
    ``group[0]`` made the visit a self-visit, dropped as such: only the host row was left."""
    text = "Met een staatsbezoek onderstrepen Frankrijk en Duitsland hun band."
    rows = coder.code_doc(nlp(text), dt.date(2024, 3, 10))
    codes = {(actor_key(r, "actor1"), actor_key(r, "actor2"), r["event_code"]) for r in rows}
    assert {("FRA", "DEU", "042"), ("DEU", "FRA", "043")} <= codes


def test_defeating_is_a_fight_only_for_armed_forces(nlp, coder) -> None:
    """ "verslaan" is military force (190) only with an armed actor; a match won is no fight
    (``coding.py``: the ``milonly`` check inverted coded France fighting Germany)."""
    assert ("RUS", "UKR", "19") in triples(
        nlp, coder, "Het Russische leger versloeg Oekraïense troepen bij Bachmoet."
    )
    match = triples(nlp, coder, "Frankrijk versloeg Duitsland met 2-0.")
    assert not any(root in ("18", "19", "20") for _, _, root in match)
