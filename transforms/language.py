"""Language: detect each article's language; only Dutch articles go on to NLP.

Non-Dutch articles stay in the articles table with their language and score, and are counted.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import apache_beam as beam

from geoevents.langid import LanguageDetector
from geoevents.transforms.deadletter import count

DUTCH = "nl"


class DetectLanguageFn(beam.DoFn):
    """Adds ``language`` and ``language_score`` from title and body."""

    def setup(self) -> None:
        self._detector = LanguageDetector()

    def process(self, article: dict[str, Any]) -> Iterator[dict[str, Any]]:
        result = self._detector.detect(f"{article['title']}\n\n{article['body']}")
        count(f"articles_language.{result.language}")
        count("articles_dutch" if result.language == DUTCH else "articles_not_dutch")
        yield {**article, "language": result.language, "language_score": float(result.score)}


class DetectLanguage(beam.PTransform):
    """Articles -> articles with language; use ``is_dutch`` to pick the NLP input."""

    def expand(self, articles: beam.PCollection) -> beam.PCollection:
        return articles | "Detect" >> beam.ParDo(DetectLanguageFn())


def is_dutch(article: dict[str, Any]) -> bool:
    return article["language"] == DUTCH
