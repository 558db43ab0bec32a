"""The embedded Dutch pipeline: loading and what it finds in real news (the wheel that ships it:
test_packaging.py)."""

from __future__ import annotations

import collections
from pathlib import Path

import pytest
import spacy

from geoevents.model import DEFAULT_MODEL, ModelNotFoundError, load_pipeline, resolve_model

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
MODEL_DIR = REPO / "geoevents" / "models" / "nl_geoevents"


@pytest.fixture(scope="module")
def nlp(shipped_nlp: spacy.Language) -> spacy.Language:
    """``load_pipeline()`` (the default short name), loaded once per session in conftest.py."""
    return shipped_nlp


def test_default_and_short_name_resolve_to_package_data() -> None:
    assert DEFAULT_MODEL == "nl_geoevents"
    assert Path(resolve_model(None)) == MODEL_DIR
    assert Path(resolve_model("nl_geoevents")) == MODEL_DIR
    assert resolve_model("nl_core_news_lg") == "nl_core_news_lg"


def test_short_name_loads_full_dutch_pipeline(nlp: spacy.Language) -> None:
    assert nlp.lang == "nl"
    for component in ("morphologizer", "parser", "trainable_lemmatizer", "ner"):
        assert component in nlp.pipe_names
    assert "senter" in nlp.component_names
    assert {"PER", "LOC", "ORG", "MISC"} <= set(nlp.get_pipe("ner").labels)
    assert nlp.meta["license"] == "CC BY-SA 4.0"
    assert nlp.meta["sources"], "meta.json must list the training data"
    assert (MODEL_DIR / "LICENSE").is_file() and (MODEL_DIR / "README.md").is_file()


def test_loading_by_path_and_kwargs_pass_through() -> None:
    # exclude= skips the entity ruler's pattern build; both keyword arguments must arrive
    nlp = load_pipeline(str(MODEL_DIR), disable=["ner"], exclude=["entity_ruler"])
    assert "ner" not in nlp.pipe_names and "ner" in nlp.component_names
    assert "entity_ruler" not in nlp.component_names
    assert nlp("Hij sliep.")[0].pos_ == "PRON"


def test_unknown_model_raises_clear_value_error() -> None:
    with pytest.raises(ValueError) as info:
        load_pipeline("nl_no_such_pipeline")
    assert isinstance(info.value, ModelNotFoundError)
    message = str(info.value)
    assert "nl_no_such_pipeline" in message
    assert "nl_geoevents" in message
    assert "pip install" in message


def _labels_of(docs: list[spacy.tokens.Doc], name: str) -> collections.Counter[str]:
    counts: collections.Counter[str] = collections.Counter()
    for doc in docs:
        for ent in doc.ents:
            if name in ent.text.split():
                counts[ent.label_] += 1
    return counts


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
def test_seed_articles_actors_and_places(nlp: spacy.Language) -> None:
    docs = [nlp(p.read_text(encoding="utf8")) for p in sorted(SEEDS.glob("*.txt"))]
    assert len(docs) == 2
    expected = {"Biden": "PER", "Xi": "PER", "Poetin": "PER", "China": "LOC", "Rusland": "LOC"}
    for name, label in expected.items():
        counts = _labels_of(docs, name)
        assert counts, f"{name} not found as an entity"
        assert counts.most_common(1)[0][0] == label, f"{name}: {dict(counts)}"


def test_news_names_get_product_labels(nlp: spacy.Language) -> None:
    doc = nlp(
        "Guterres en Von der Leyen spraken in Peking met Xi over Oekraïne, "
        "terwijl de NAVO en de EU nieuwe steun voor Kyiv aankondigden."
    )
    ents = {e.text: e.label_ for e in doc.ents}
    assert ents.get("Guterres") == "PER"
    assert ents.get("Von der Leyen") == "PER"
    assert ents.get("Peking") == "LOC"
    assert ents.get("Oekraïne") == "LOC"
    assert ents.get("NAVO") == "ORG"
    assert ents.get("EU") == "ORG"


def test_parse_gives_event_coder_structure(nlp: spacy.Language) -> None:
    doc = nlp("Rusland kondigde dinsdag nieuwe sancties tegen Nederland aan.")
    verb = next(t for t in doc if t.text == "kondigde")
    assert verb.dep_ == "ROOT"
    deps = {c.text: c.dep_ for c in verb.children}
    assert deps.get("Rusland") == "nsubj"
    assert deps.get("sancties") == "obj"
    assert deps.get("aan") == "compound:prt"
    passive = nlp("De ambassadeur werd door China ontboden.")
    agent = next(t for t in passive if t.text == "China")
    assert agent.dep_ == "obl:agent"
    assert agent.head.text == "ontboden"
