"""The named rules of the name-type step (``geoevents_name_types``), declared in one place.

Each rule can be switched off for one pipeline, to measure what it adds, through the
component's config: ``nlp.add_pipe("geoevents_name_types", config={"disabled_rules":
["laws"]})`` or ``load_pipeline(disabled_rules=["laws"])``. The switches are a frozen value that
the component holds and passes down to the rule functions, so two pipelines in one process can
differ and no module state changes. A rule not declared here is an error, whether in a config
or in the step's own code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple


class Rule(NamedTuple):
    name: str
    purpose: str


# The rules of the step that can be switched off (each is documented in docs/MODEL.md), by the
# module that holds its code.
RULES: tuple[Rule, ...] = (
    # name_types.py
    Rule("name_internal", "a cut span is extended over lower-case links inside a table name"),
    # name_cues.py
    Rule("role_split", "a role noun counts across a false sentence start, and hyphenated"),
    Rule("elliptic", "a span ending in a hyphen (half an elliptic compound) is MISC"),
    Rule("laws", "laws, decrees, directives and treaties are MISC by their words"),
    Rule("plans", "plans, programmes, reports and quality marks are MISC by their words"),
    Rule("abbreviations", "an abbreviation in brackets takes its long form's type"),
    # name_headings.py
    Rule("inflected_compounds", "inflected compounds ('Werkpleinen') are heading words"),
    Rule("opening_words", "a listed common word opening a sentence is no name"),
    # name_bounds.py
    Rule("two_names", "a span made of two table names is split into them"),
    Rule("ministers", "a portfolio and its minister read as one span are split"),
    Rule("lower_heads", "a lower-case role opening a span is cut off"),
    Rule("trailing", "clause words a name ran on into are cut off"),
    # name_context.py
    Rule("building_places", "a seat of government after in/naar/op, and a room, is LOC"),
)
RULE_NAMES: tuple[str, ...] = tuple(r.name for r in RULES)
_KNOWN = frozenset(RULE_NAMES)


class UnknownRuleError(ValueError):
    """A rule name that ``RULES`` does not declare."""


def _check(names: Iterable[str]) -> frozenset[str]:
    """``names`` as a set, or an error naming the unknown ones and listing the valid ones."""
    given = frozenset(names)
    unknown = sorted(given - _KNOWN)
    if unknown:
        raise UnknownRuleError(
            f"unknown name-type rule(s): {', '.join(map(repr, unknown))}; "
            f"valid rules: {', '.join(RULE_NAMES)}"
        )
    return given


@dataclass(frozen=True)
class Rules:
    """Which of the step's rules are on: all but ``disabled``. Immutable, so one value can be
    shared by threads and pipelines."""

    disabled: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        _check(self.disabled)

    @classmethod
    def without(cls, names: str | Iterable[str] = ()) -> Rules:
        """All rules but ``names`` (one name or several); unknown names raise."""
        return cls(_check([names] if isinstance(names, str) else names))

    def on(self, name: str) -> bool:
        """Whether rule ``name`` runs; a name ``RULES`` does not declare raises (a typo in the
        step's code must not silently switch a rule off or on)."""
        if name not in _KNOWN:
            _check([name])
        return name not in self.disabled


ALL_RULES = Rules()
