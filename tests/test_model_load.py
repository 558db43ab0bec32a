"""Loading the entity ruler through the tokenizer alone (``geoevents.model._load``, issue 19).

spaCy's ``EntityRuler.add_patterns`` runs each phrase pattern through every pipe before the
ruler; the loader reads an ``ORTH``/``LOWER`` ruler with the other pipes disabled. These tests
check the ruler keeps every pattern and finds what a ruler built the spaCy way finds, and that
``disable``/``enable``/``exclude`` mean what they mean for ``spacy.load``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import spacy
import srsly

from geoevents.model import _load, _token_rulers, split_final_acronyms

REPO = Path(__file__).resolve().parents[1]
MODEL = REPO / "geoevents" / "models" / "nl_geoevents"

# Invented news sentences: names the statistical NER misses and the ruler adds (the first five),
# names both find, a ruler name at a line break and an acronym before a full stop.
SENTENCES = [
    "De Taiwanezen protesteerden zaterdag tegen de nieuwe wet.",
    "50PLUS en Nieuwe Democratie willen samen een lijst vormen.",
    "Het VN-aidsprogramma kreeg dit jaar minder geld.",
    "Ishrat Husain sprak in Karachi met Khalid Al Irani.",
    "Gisteren zei Bonaventure Mutale tegen verslaggevers dat het overleg doorgaat.",
    "Mark Rutte sprak in Den Haag met Ursula von der Leyen over de Russische dreiging.",
    "Volgens het Kremlin heeft Vladimir Poetin niet met Volodymyr Zelensky gebeld.",
    "De Verenigde Naties riepen Benjamin Netanyahu en Hamas op tot een bestand.\n\nIsraël zweeg.",
    "De Amerikaanse minister zei dat de VS. geen troepen sturen.",
]


def _ents(doc) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def _through_ruler(nlp, text: str):
    """The shipped pipeline's doc right after its entity ruler (before the name-type step)."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "entity_ruler":
            return doc
    raise AssertionError("no entity_ruler in the pipeline")


def test_ruler_keeps_every_pattern(embedded_model, shipped_nlp):
    patterns = list(srsly.read_jsonl(MODEL / "entity_ruler" / "patterns.jsonl"))
    ruler = shipped_nlp.get_pipe("entity_ruler")
    assert len(ruler) == len(patterns) > 20000
    assert ruler.phrase_matcher_attr == "ORTH"
    assert not ruler.token_patterns
    for label, count in Counter(p["label"] for p in patterns).items():
        texts = [d.text for d in ruler.phrase_patterns[label]]
        assert len(texts) == count
        assert texts == [p["pattern"] for p in patterns if p["label"] == label]


def test_ruler_matches_a_ruler_built_the_spacy_way(embedded_model, shipped_nlp):
    # The reference ruler sits after the NER of a freshly loaded model and gets its patterns
    # from spaCy's add_patterns, which runs tok2vec ... ner over them. Only the patterns whose
    # words all occur in a sentence are added: the others cannot match (a missing one would
    # make the reference differ, so the test cannot pass by leaving one out).
    config = spacy.util.load_config(MODEL / "config.cfg", interpolate=True)
    settings = {k: v for k, v in config["components"]["entity_ruler"].items() if k != "factory"}
    reference = spacy.load(MODEL, exclude=["entity_ruler"])
    ruler = reference.add_pipe("entity_ruler", after="ner", config=settings)
    patterns = srsly.read_jsonl(MODEL / "entity_ruler" / "patterns.jsonl")
    text = "\n".join(SENTENCES)
    subset = [p for p in patterns if all(w in text for w in p["pattern"].split())]
    assert 0 < len(subset) < 1000
    ruler.add_patterns(subset)
    split_final_acronyms(reference)  # after the patterns, as in load_pipeline

    added = 0
    for sentence in SENTENCES:
        doc = _through_ruler(shipped_nlp, sentence)
        assert _ents(doc) == _ents(reference(sentence)), sentence
        with reference.select_pipes(disable=["entity_ruler"]):
            before_ruler = reference(sentence)
        added += _ents(before_ruler) != _ents(doc)
    assert added >= 5  # the sentences do exercise the ruler


def test_name_types_run_after_the_ruler(embedded_model, shipped_nlp):
    names = shipped_nlp.pipe_names
    assert names.index("entity_ruler") < names.index("geoevents_name_types")
    doc = shipped_nlp(SENTENCES[1] + " " + SENTENCES[5])
    found = {(e.text, e.label_) for e in doc.ents}
    assert {("50PLUS", "ORG"), ("Nieuwe Democratie", "ORG"), ("Mark Rutte", "PER")} <= found


# Each case costs two loads of a small Dutch pipeline (~1 s each).
KEYWORDS = [
    {},
    {"disable": "entity_ruler"},
    {"enable": ["sentencizer"]},
    {"exclude": ["sentencizer"], "disable": ["entity_ruler"]},
]


@pytest.mark.parametrize("kwargs", KEYWORDS)
def test_keywords_as_in_spacy_load(tiny_model, kwargs):
    plain, ours = spacy.load(tiny_model, **kwargs), _load(tiny_model, **kwargs)
    assert ours.component_names == plain.component_names
    assert ours.pipe_names == plain.pipe_names
    assert sorted(ours.disabled) == sorted(plain.disabled)
    assert ours.config.to_str() == plain.config.to_str()
    if "entity_ruler" in plain.component_names:
        assert len(ours.get_pipe("entity_ruler")) == len(plain.get_pipe("entity_ruler")) == 6
        text = "Biden sprak in Moskou met Poetin."
        found = [_ents(n.get_pipe("entity_ruler")(n.make_doc(text))) for n in (ours, plain)]
        assert found[0] == found[1] != []


def test_rulers_on_annotations_load_the_plain_way(tmp_path):
    nlp = spacy.blank("nl")
    nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LEMMA"})
    nlp.add_pipe("entity_ruler", name="names")
    nlp.to_disk(tmp_path / "m")
    config = spacy.util.load_config(tmp_path / "m" / "config.cfg")
    assert _token_rulers(tmp_path / "m", config) == ["names"]
