"""NLP: spaCy NER and the event coder over Dutch articles, batched, model loaded once per worker.

The pipeline and coder are loaded in ``setup()`` through ``apache_beam.utils.shared.Shared``, so
all threads of a worker process share one copy; the DoFn itself holds only the model name.
Only plain rows leave this stage (entity mentions and events), never spaCy ``Doc`` objects.
A document that fails is retried alone and, if it fails again, becomes a dead letter; the rest
of its batch goes on.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

import apache_beam as beam
from apache_beam.utils.shared import Shared

from geoevents.config import Settings
from geoevents.schemas import MENTIONS as MENTIONS_TABLE
from geoevents.transforms.deadletter import COUNTS, DEAD_LETTER, count, counted, dead_letter
from geoevents.transforms.events import event_rows

MENTIONS = "mentions"
EVENTS = "events"


def nlp_text(article: dict[str, Any]) -> str:
    """The text the NLP stage reads: ``title + "\n\n" + body`` (``body`` if there is no title).

    Every character offset in mentions and events (``start_char``, ``actor1_start_char``, ...)
    indexes this text, not ``body``; ``sentence_index`` counts its sentences.
    """
    return f"{article['title']}\n\n{article['body']}" if article["title"] else article["body"]


class _Annotator:
    """The loaded spaCy pipeline and event coder (a plain object so Shared can weak-ref it)."""

    def __init__(self, model: str) -> None:
        from geoevents.model import load_pipeline
        from geoevents.transforms.coder import EventCoder
        from geoevents.transforms.geo import Geocoder

        self.nlp = load_pipeline(model)
        self.coder = EventCoder(tokenizer=self.nlp.tokenizer)
        self.geocoder = Geocoder()
        meta = self.nlp.meta
        self.model = (
            f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"
        )


def load_annotator(model: str) -> _Annotator:
    """Load once; raises the model loader's clear error if the name is unknown.

    Also lets the process keep spaCy's freed batch memory for the next batch
    (``geoevents.malloc``), and moves what the load built (model, dictionaries, gazetteer:
    about half a million objects that live as long as the worker) out of the cyclic
    collector's reach (``gc.freeze``), so its full collections during the run walk only what
    the articles create.
    """
    import gc

    from geoevents.malloc import keep_freed_memory

    keep_freed_memory()
    annotator = _Annotator(model)
    gc.freeze()
    return annotator


def annotate_doc(
    annotator: _Annotator, article: dict[str, Any], doc: Any, feed_country: str | None = None
) -> tuple[list, list]:
    """Entity-mention rows and event rows for one parsed article; ``feed_country`` is the home
    country of the article's feed (bare roles such as "het kabinet" are its)."""
    from geoevents.transforms.coder import sentence_starts

    day = article["published_at"].date()
    starts = [doc[i].idx for i in sentence_starts(doc)]
    mentions = []
    for ent in doc.ents:
        actor = annotator.coder.resolve_entity(ent, day) or {}
        mentions.append(
            MENTIONS_TABLE.row(
                article_id=article["article_id"],
                content_hash=article["content_hash"],
                sentence_index=bisect.bisect_right(starts, ent.start_char) - 1,
                start_char=ent.start_char,
                end_char=ent.end_char,
                text=ent.text,
                label=ent.label_,
                actor_code=actor.get("actor_code"),
                actor_country_code=actor.get("country_code"),
                actor_known_group_code=actor.get("known_group_code"),
                actor_type_code=actor.get("type_code"),
                model=annotator.model,
                run_id=article["run_id"],
                source=article["source"],
                date=article["date"],
            )
        )
    if not doc.has_annotation("DEP"):
        # The coder reads the dependency tree; a pipeline without a parser codes no events.
        count("nlp_documents_unparsed")
        return mentions, []
    notes: dict[str, int] = {}
    coded = annotator.coder.code_doc(doc, day, feed_country, notes)
    for name, value in notes.items():
        count(f"nlp_{name}", value)  # what the coder gave up on is counted, never silent
    # event rows (one per actor pair and code, as event_rows folds them) with a guessed actor
    guessed = {
        (row["actor1_code"], row["actor2_code"], row["event_code"])
        for row in coded
        if row["actor_from_feed"]
    }
    if guessed:
        count("nlp_events_actor_from_feed", len(guessed))
    annotator.geocoder.locate(doc, coded, day)
    sentences = sentence_texts(doc) if coded else []
    return mentions, event_rows(article, coded, annotator.model, sentences)


def sentence_texts(doc: Any) -> list[str]:
    """The text of each sentence as the coder counts them (read after its parse repairs)."""
    from geoevents.transforms.coder import sentence_starts

    starts = sentence_starts(doc)
    return [doc[s:e].text.strip() for s, e in zip(starts, [*starts[1:], len(doc)])]


class AnnotateBatchFn(beam.DoFn):
    """A batch of Dutch articles -> mention rows and event rows (tagged outputs)."""

    def __init__(
        self,
        model: str,
        run_id: str,
        batch_size: int = Settings.nlp_batch_size,
        feed_countries: dict[str, str] | None = None,
    ) -> None:
        if not model:
            raise ValueError("AnnotateBatchFn needs a spaCy model name or path")
        self._model = model
        self._run_id = run_id
        self._batch_size = batch_size
        self._feed_countries = dict(feed_countries or {})
        self._shared = Shared()

    def setup(self) -> None:
        self._annotator = self._shared.acquire(lambda: load_annotator(self._model), tag=self._model)

    def _outputs(self, article: dict[str, Any], doc: Any) -> Iterator[Any]:
        mentions, events = annotate_doc(
            self._annotator, article, doc, self._feed_countries.get(article["feed"])
        )
        count("nlp_documents")
        count("mentions", len(mentions))
        count("events", len(events))
        for row in mentions:
            yield beam.pvalue.TaggedOutput(MENTIONS, row)
        for row in events:
            yield beam.pvalue.TaggedOutput(EVENTS, row)

    def _failed(self, article: dict[str, Any], exc: Exception) -> beam.pvalue.TaggedOutput:
        count("nlp_failed")
        return beam.pvalue.TaggedOutput(
            DEAD_LETTER,
            dead_letter(
                "nlp",
                type(exc).__name__,
                str(exc) or repr(exc),
                source=article["source"],
                fetched_at=article["fetched_at"],
                feed=article["feed"],
                url=article.get("url"),
                article_id=article["article_id"],
                raw={"title": article["title"], "body": article["body"]},
                run_id=self._run_id,
            ),
        )

    @counted
    def process(self, batch: list[dict[str, Any]]) -> Iterator[Any]:
        from geoevents.model import parse_article, parse_articles

        nlp = self._annotator.nlp
        try:
            docs = list(parse_articles(nlp, [nlp_text(a) for a in batch], self._batch_size))
        except Exception:
            docs = None
        if docs is None:
            for article in batch:
                try:
                    yield from list(self._outputs(article, parse_article(nlp, nlp_text(article))))
                except Exception as exc:
                    yield self._failed(article, exc)
            return
        for article, doc in zip(batch, docs):
            try:
                yield from list(self._outputs(article, doc))
            except Exception as exc:
                yield self._failed(article, exc)


class AnnotateDutch(beam.PTransform):
    """Dutch articles -> (mentions, events, dead letters); ``feed_countries`` maps a feed name to
    its home country (``FeedRegistry.home_countries``)."""

    def __init__(
        self,
        model: str,
        run_id: str,
        batch_size: int = Settings.nlp_batch_size,
        feed_countries: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self._model = model
        self._run_id = run_id
        self._batch_size = batch_size
        self._feed_countries = feed_countries

    def expand(self, articles: beam.PCollection) -> beam.pvalue.DoOutputsTuple:
        return (
            articles
            # Fixed-size batches (adaptive sizing gave spaCy ~3 articles per call); a bundle's
            # last batch may be smaller.
            | "Batch"
            >> beam.BatchElements(min_batch_size=self._batch_size, max_batch_size=self._batch_size)
            | "ParseAndCode"
            >> beam.ParDo(
                AnnotateBatchFn(self._model, self._run_id, self._batch_size, self._feed_countries)
            ).with_outputs(MENTIONS, EVENTS, DEAD_LETTER, COUNTS)
        )
