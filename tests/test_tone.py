"""GDELT-style tone (issue 18.2): the formula, the lexicon's provenance, and that Dutch articles
get it in the pipeline while other languages do not."""

from __future__ import annotations

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from geoevents.tone import load_lexicon, score
from geoevents.transforms.language import DetectLanguage


def test_tone_is_positive_minus_negative_words_per_hundred() -> None:
    lexicon = {"vrede": 1, "oorlog": -1, "aanval": -1}
    t = score("Na de oorlog en een aanval kwam vrede.", lexicon)
    assert t.words == 8
    assert t.positive_score == pytest.approx(12.5)
    assert t.negative_score == pytest.approx(25.0)
    assert t.tone == pytest.approx(-12.5)
    assert t.polarity == pytest.approx(37.5)
    assert score("  ... 123 ", lexicon) is None


def test_the_shipped_lexicon_names_its_sources_and_reads_inflected_news_words() -> None:
    from importlib import resources

    header = resources.files("geoevents").joinpath("data/tone_nl.tsv").read_text("utf-8")[:600]
    assert "PDDL" in header and "training/tone/build_lexicon.py" in header
    lexicon = load_lexicon()
    assert len(lexicon) > 3000
    for word in ("oorlog", "aanslagen", "slechte", "afschuwelijke"):
        assert lexicon[word] == -1, word
    for word in ("vrede", "akkoord", "goede"):
        assert lexicon[word] == 1, word
    assert "amsterdams" not in lexicon  # proper adjectives carry no tone
    assert score("De aanslag eiste veel slachtoffers in de oorlog.").tone < 0
    assert score("Het akkoord brengt vrede en hulp.").tone > 0


def article(aid: str, title: str, body: str) -> dict:
    return {"article_id": aid, "title": title, "body": body}


def test_dutch_articles_get_tone_and_other_languages_none() -> None:
    dutch = article(
        "nl",
        "Aanslag in Kabul",
        "Bij een aanslag in de Afghaanse hoofdstad zijn gisteren veel doden gevallen. "
        "De regering spreekt van een afschuwelijke daad en belooft hulp aan de slachtoffers.",
    )
    english = article(
        "en",
        "Attack in Kabul",
        "Many people died in an attack in the Afghan capital yesterday, the government said.",
    )
    with TestPipeline() as p:
        rows = (
            p
            | beam.Create([dutch, english])
            | DetectLanguage()
            | beam.Map(
                lambda r: (
                    r["article_id"],
                    r["language"],
                    r["avg_tone"] is not None and r["avg_tone"] < 0,
                    r["polarity"] is None,
                )
            )
        )
        assert_that(rows, equal_to([("nl", "nl", True, False), ("en", "en", False, True)]))
