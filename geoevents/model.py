"""Load the Dutch spaCy pipeline: the embedded ``nl_geoevents`` model by default.

The model ships as package data so ``pip install .`` and Beam workers (``--setup_file``) have it
without any model download. Other spaCy pipelines (e.g. ``nl_core_news_lg``) can still be used
when they are installed, by package name or by path.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from geoevents.name_rules import Rules
from geoevents.name_types import NAME_TYPES, uses_core_labels

DEFAULT_MODEL = "nl_geoevents"
MODELS_DIR = Path(__file__).resolve().parent / "models"


class ModelNotFoundError(ValueError):
    """Raised when a pipeline name or path cannot be loaded."""


def embedded_models() -> dict[str, Path]:
    """Short names of the pipelines shipped inside the package, mapped to their folders."""
    if not MODELS_DIR.is_dir():
        return {}
    return {
        p.name: p
        for p in sorted(MODELS_DIR.iterdir())
        if p.is_dir() and (p / "meta.json").is_file()
    }


def resolve_model(name: str | None = None) -> str | Path:
    """Map ``None`` and embedded short names to their package folder; pass others through."""
    name = name or DEFAULT_MODEL
    embedded = embedded_models()
    if name in embedded:
        return embedded[name]
    return name


def load_pipeline(
    name: str | None = None,
    name_types_enabled: bool = True,
    disabled_rules: Iterable[str] = (),
    **kwargs: Any,
) -> spacy.Language:
    """Load a spaCy pipeline by short name, installed package name or path.

    ``None`` and ``"nl_geoevents"`` load the embedded model. A NER with this project's labels
    gets the name-type step (``geoevents/name_types.py``) after it; ``name_types_enabled=False``
    leaves it out, and ``disabled_rules`` switches named rules of it off for this pipeline only
    (``geoevents/name_rules.py``; an unknown name raises). Extra keyword arguments go to
    ``spacy.load`` (e.g. ``disable=["parser"]``).
    """
    disabled = Rules.without(disabled_rules).disabled  # fail before the model loads
    target = resolve_model(name)
    try:
        nlp = _load(target, **kwargs)
    except (OSError, ValueError, ImportError) as exc:
        available = ", ".join(embedded_models()) or "(none: package data missing)"
        raise ModelNotFoundError(
            f"Cannot load spaCy pipeline {name or DEFAULT_MODEL!r}: {exc}\n"
            f"Embedded pipelines: {available}. Other pipelines can be given as a path to a "
            "pipeline directory, or as the name of an installed pipeline package "
            "(install one with `pip install <package>` or `python -m spacy download <name>` "
            "where a network connection is available)."
        ) from exc
    if nlp.lang == "nl":
        split_final_acronyms(nlp)
    if "ner" in nlp.pipe_names or "entity_ruler" in nlp.pipe_names:
        if uses_core_labels(nlp) and name_types_enabled:
            nlp.add_pipe(NAME_TYPES, last=True, config={"disabled_rules": sorted(disabled)})
        nlp.add_pipe(PARAGRAPH_BREAKS, last=True)
    return nlp


def _load(target: str | Path, **kwargs: Any) -> spacy.Language:
    """``spacy.load``, with the entity rulers of a pipeline folder loaded through the tokenizer
    alone (same patterns, same matches, seconds faster).

    spaCy's ``EntityRuler.add_patterns`` runs every phrase pattern through ``nlp.pipe`` with all
    the pipes before the ruler enabled (for the shipped model: tok2vec, morphologizer, parser,
    lemmatizer and NER over 25,000 names, ~10 s). A ruler that matches on ``ORTH``/``LOWER``
    (``phrase_matcher_attr``) needs only the tokens, so such rulers are excluded from
    ``spacy.load``, added back at their place with their config, and read from disk with every
    other pipe disabled. The ruler is still built by spaCy's own ``from_disk`` and
    ``add_patterns``, before ``split_final_acronyms`` changes the tokenizer, as in
    ``spacy.load``. Installed packages, ``config=`` overrides and rulers on other attributes
    load the plain way."""
    path = Path(target)
    if "config" in kwargs or not (path / "config.cfg").is_file():
        return spacy.load(target, **kwargs)
    config = spacy.util.load_config(path / "config.cfg", interpolate=True)
    exclude = _names(kwargs.get("exclude", ()))
    rulers = [n for n in _token_rulers(path, config) if n not in exclude]
    if not rulers:
        return spacy.load(target, **kwargs)
    nlp = spacy.load(target, **{**kwargs, "exclude": [*exclude, *rulers]})
    pipeline = list(config["nlp"]["pipeline"])
    disable = {*_names(kwargs.get("disable", ())), *config["nlp"].get("disabled", [])}
    enable = _names(kwargs.get("enable", ()))
    for name in rulers:
        settings = {k: v for k, v in config["components"][name].items() if k != "factory"}
        later = pipeline[pipeline.index(name) + 1 :]
        before = next((n for n in later if n in nlp.component_names), None)
        ruler = nlp.add_pipe("entity_ruler", name=name, config=settings, before=before)
        with nlp.select_pipes(enable=[]):
            ruler.from_disk(path / name)
        if name in disable or (enable and name not in enable):
            nlp.disable_pipe(name)
    return nlp


# Phrase-matcher attributes that the tokenizer alone sets (None means ORTH).
_TOKENIZER_ATTRS = {None, "ORTH", "TEXT", "LOWER"}


def _token_rulers(path: Path, config: Any) -> list[str]:
    """The entity rulers of the pipeline folder ``path`` whose phrase patterns need only the
    tokenizer, in pipeline order."""
    rulers = []
    for name in config["nlp"]["pipeline"]:
        component = config["components"].get(name, {})
        cfg = path / name / "cfg"
        if component.get("factory") != "entity_ruler" or not cfg.is_file():
            continue
        attr = json.loads(cfg.read_text(encoding="utf-8")).get("phrase_matcher_attr")
        if attr in _TOKENIZER_ATTRS:
            rulers.append(name)
    return rulers


def _names(value: str | Any) -> list[str]:
    """A ``disable``/``enable``/``exclude`` argument of ``spacy.load`` as a list of names."""
    return [value] if isinstance(value, str) else list(value)


# An all-capital word of two or more letters with a full stop: "VS.", "VN.", "NL.", "RTL."
_CAPS_ABBREVIATION = re.compile(r"^[^\W\d_a-z]{2,}\.$")


def split_final_acronyms(nlp: spacy.Language) -> None:
    """Drop the tokenizer's all-capital abbreviation exceptions, so "de VS." at the end of a
    sentence is "VS" + "." and the actor is found.

    spaCy's Dutch exceptions list "vs." (versus), "vn." and "nl." and add their capitalised
    forms; in news the capital forms are acronyms before a full stop. Lower-case and title-case
    abbreviations ("vs.", "Dr.") and initials ("J.") keep their exceptions."""
    rules = nlp.tokenizer.rules or {}
    kept = {k: v for k, v in rules.items() if not _CAPS_ABBREVIATION.match(k)}
    if len(kept) != len(rules):
        nlp.tokenizer.rules = kept


# a blank line and the white space after it: where a title or a paragraph ends
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


def paragraphs(text: Any) -> list[Any]:
    """``text`` cut after each blank line; the parts, each with its break, join back to it."""
    if not isinstance(text, str):
        return [text]  # spaCy says what is wrong with it
    parts, start = [], 0
    for m in _BLANK_LINE.finditer(text):
        if m.end() < len(text):
            parts.append(text[start : m.end()])
            start = m.end()
    parts.append(text[start:])
    return parts


def parse_articles(
    nlp: spacy.Language, texts: Iterable[str], batch_size: int = 16
) -> Iterator[Doc]:
    """Parse article texts (title, blank line, body) paragraph by paragraph, as the parser was
    trained, and join each article's parts into one Doc with the same text and offsets. Parsed
    whole, the parser joined a title without a full stop to the body's first sentence in a fifth
    of the probes' feed items, and a sentence start forced after the break made it cut the next
    sentence inside its line more often (``docs/EVALUATION.md``, twenty-fifth session)."""
    if "parser" not in nlp.pipe_names:
        yield from nlp.pipe(texts, batch_size=batch_size)  # no sentences to keep apart
        return
    whole = document_steps(nlp)
    chunks = [paragraphs(t) for t in texts]
    parts_in = (c for cs in chunks for c in cs)
    parsed = iter(nlp.pipe(parts_in, batch_size=batch_size, disable=whole))
    for cs in chunks:
        doc = join_paragraphs([next(parsed) for _ in cs])
        for name in whole:
            doc = nlp.get_pipe(name)(doc)
        yield doc


def join_paragraphs(parts: list[Doc]) -> Doc:
    """One article's Doc from its parsed paragraphs (same text and offsets)."""
    for part in parts[:-1]:
        break_closes_its_sentence(part)
    return parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)


# Steps that read the whole article (the name-type step's surname cue: "David Trimble ...
# Trimble" across paragraphs), run on the joined Doc, after the paragraphs are parsed.
PARAGRAPH_BREAKS = "geoevents_paragraph_breaks"
DOCUMENT_STEPS = frozenset({NAME_TYPES, PARAGRAPH_BREAKS})


def document_steps(nlp: spacy.Language) -> list[str]:
    """The pipeline's last steps that are document steps, in order (a step after them would
    otherwise run before them)."""
    names = nlp.pipe_names
    k = len(names)
    while k and names[k - 1] in DOCUMENT_STEPS:
        k -= 1
    return names[k:]


def break_closes_its_sentence(doc: Doc) -> None:
    """A paragraph's closing break that the parser made a sentence of its own joins the sentence
    before it, so sentences are numbered as a reader counts them. A break that heads words (the
    parser made it the root of "... als volgt uit:") stays: re-attached, it would close a cycle
    in the tree."""
    if len(doc) > 1 and doc[-1].is_space and doc[-1].head.i == doc[-1].i and not doc[-1].n_lefts:
        doc[-1].head = doc[-2]
        doc[-1].dep_ = "punct"


def parse_article(nlp: spacy.Language, text: str) -> Doc:
    """One article's Doc, as ``parse_articles`` makes it."""
    return next(parse_articles(nlp, [text]))


@Language.component(PARAGRAPH_BREAKS)
def split_entities_at_line_breaks(doc: Doc) -> Doc:
    """No entity crosses a line break: the title and the body ("Harold and Maud\n\nDe film")
    and paragraphs are separate texts. Each entity keeps its longest part between breaks."""
    changed = False
    ents = []
    for ent in doc.ents:
        if "\n" not in ent.text:
            ents.append(ent)
            continue
        changed = True
        parts, start = [], ent.start
        for t in ent:
            if "\n" in t.text:
                parts.append((start, t.i))
                start = t.i + 1
        parts.append((start, ent.end))
        parts = [(a, b) for a, b in parts if b > a and not doc[a:b].text.isspace()]
        if parts:
            a, b = max(parts, key=lambda ab: len(doc[ab[0] : ab[1]].text))
            ents.append(Span(doc, a, b, label=ent.label))
    if changed:
        doc.ents = spacy.util.filter_spans(ents)
    return doc
