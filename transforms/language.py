"""Language: detect each article's language; only Dutch articles go on to NLP.

Non-Dutch articles stay in the articles table with their language and score, and are counted.
Dutch articles also get their GDELT-style tone here (``geoevents.tone``: a word count against a
Dutch lexicon, so it needs the language and no parse); other languages get none.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import apache_beam as beam

from geoevents.langid import LanguageDetector
from geoevents.tone import load_lexicon, score
from geoevents.transforms.deadletter import count

DUTCH = "nl"


TONE_FIELDS = ("avg_tone", "positive_score", "negative_score", "polarity")


class DetectLanguageFn(beam.DoFn):
    """Adds ``language`` and ``language_score`` from title and body, and the tone fields."""

    def setup(self) -> None:
        self._detector = LanguageDetector()
        self._lexicon = load_lexicon()

    def process(self, article: dict[str, Any]) -> Iterator[dict[str, Any]]:
        text = f"{article['title']}\n\n{article['body']}"
        result = self._detector.detect(text)
        count(f"articles_language.{result.language}")
        count("articles_dutch" if result.language == DUTCH else "articles_not_dutch")
        tone = score(text, self._lexicon) if result.language == DUTCH else None
        values = (
            (tone.tone, tone.positive_score, tone.negative_score, tone.polarity)
            if tone
            else (None,) * 4
        )
        yield {
            **article,
            "language": result.language,
            "language_score": float(result.score),
            **dict(zip(TONE_FIELDS, values)),
        }


class DetectLanguage(beam.PTransform):
    """Articles -> articles with language; use ``is_dutch`` to pick the NLP input."""

    def expand(self, articles: beam.PCollection) -> beam.PCollection:
        return articles | "Detect" >> beam.ParDo(DetectLanguageFn())


def is_dutch(article: dict[str, Any]) -> bool:
    return article["language"] == DUTCH
