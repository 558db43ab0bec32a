"""Language identification for the Dutch-news language stage.

Chosen by ``bench/langid.py`` (results in docs/BENCHMARKS.md, "Language identification"):

1. ELDC screens every text (over 100,000 sentences/s, 60 languages). It has no Afrikaans or Low
   Saxon model, so it calls Afrikaans "nl"; anything it does not call Dutch is final.
2. Texts ELDC calls Dutch get a Dutch-vs-Afrikaans second opinion: the mean of py3langid's and
   Lingua's (high-accuracy) Dutch probabilities, each restricted to {nl, af}; Dutch when the
   mean is at least ``dutch_threshold`` (``short_dutch_threshold`` for texts of at most
   ``short_words`` words, where both models have little to go on and a Dutch news feed makes
   Dutch far likelier than Afrikaans). On the dev set the average kept both models' strengths
   (py3langid never took Afrikaans for Dutch, Lingua kept Dutch recall). Lingua only runs when
   py3langid alone cannot settle the mean (py3langid >= 2 * threshold already guarantees it),
   which keeps Dutch text fast.
3. Short texts (at most ``rescue_words`` words: headings, captions, "Biografie") that ELDC
   gives to another language are still Dutch candidates when ELDC's Dutch score is at least
   ``rescue_ratio`` of its top score and Lingua, restricted to {nl, af, en, de, fr}, finds Dutch
   likelier than English, German and French (Afrikaans is left to step 2); a candidate then
   takes step 2. The thresholds were chosen on the dev sets (docs/BENCHMARKS.md, "Language
   identification"); without the check by Lingua, short English names and German phrases
   ("John", "Vielen Dank!") would pass.

All three models ship inside their wheels (no downloads); results are deterministic. Low Saxon
(nds) is not modelled and is mostly reported as "nl".
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

UNDETERMINED = "und"
# Lingua's confidences differ in the last bits between instances and processes; rounding keeps
# results (and the threshold decision) reproducible.
_DIGITS = 6
# How many of ELDC's top scores the short-text rescue looks at for Dutch.
_RESCUE_SCORES = 8


@dataclass(frozen=True)
class LanguageResult:
    """Detected language (ISO 639-1, or "und") and a 0..1 confidence for it."""

    language: str
    score: float


class _Backends:
    """The loaded models (none of them pickles, so they are built where they run)."""

    def __init__(self) -> None:
        import eldc
        from lingua import Language, LanguageDetectorBuilder
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        eldc.init()
        self.eldc = eldc.instance()
        self.eldc.set_scores(1)
        # Short texts that ELDC gives to another language are checked against its Dutch score.
        self.eldc_ranked = eldc.instance()
        self.eldc_ranked.set_scores(_RESCUE_SCORES)
        self.py3 = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        self.py3.set_languages(["nl", "af"])
        self.lingua_dutch = Language.DUTCH
        self.lingua_rivals = (Language.ENGLISH, Language.GERMAN, Language.FRENCH)
        # Lingua is only asked when py3langid hesitates (rare for Dutch news), so its models
        # load on first use rather than at start-up.
        self.lingua = LanguageDetectorBuilder.from_languages(
            Language.DUTCH, Language.AFRIKAANS
        ).build()
        # Asked only about short texts ELDC nearly called Dutch; its models also load lazily.
        self.lingua_news = LanguageDetectorBuilder.from_languages(
            Language.DUTCH, Language.AFRIKAANS, Language.ENGLISH, Language.GERMAN, Language.FRENCH
        ).build()


_shared_backends: _Backends | None = None
_backends_lock = threading.Lock()


def _backends() -> _Backends:
    """One set of models per process, shared by all detectors (they hold no per-config state)."""
    global _shared_backends
    if _shared_backends is None:
        with _backends_lock:
            if _shared_backends is None:
                _shared_backends = _Backends()
    return _shared_backends


def preload() -> threading.Thread:
    """Start loading the models in a background thread; the first detection waits for it.

    Most of the load is decompressing py3langid's LZMA model, which releases the GIL, so an
    in-process run overlaps it with building and starting the pipeline.
    """
    thread = threading.Thread(target=_backends, name="langid-preload", daemon=True)
    thread.start()
    return thread


class LanguageDetector:
    """Detects the language of article or sentence text.

    Holds only its small config, so it pickles for Beam; the models load once per process on
    first use (or in `setup`) and are shared.
    """

    def __init__(
        self,
        max_chars: int = 1000,
        dutch_threshold: float = 0.45,
        min_letters: int = 3,
        short_words: int = 3,
        short_dutch_threshold: float = 0.35,
        rescue_words: int = 5,
        rescue_ratio: float = 0.8,
    ) -> None:
        self.max_chars = max_chars
        self.dutch_threshold = dutch_threshold
        self.min_letters = min_letters
        self.short_words = short_words
        self.short_dutch_threshold = short_dutch_threshold
        self.rescue_words = rescue_words
        self.rescue_ratio = rescue_ratio

    def setup(self) -> None:
        """Load the models now (e.g. in a DoFn's setup) instead of on the first call."""
        _backends()

    def _clean(self, text: str) -> str:
        """Cap the length and drop what the C extensions cannot encode (lone surrogates)."""
        text = text[: self.max_chars]
        return text.encode("utf-8", "ignore").decode("utf-8")

    def detect(self, text: str) -> LanguageResult:
        """Return the language of `text`; "und" for empty, letterless or too short text."""
        if not isinstance(text, str):
            return LanguageResult(UNDETERMINED, 0.0)
        text = self._clean(text)
        if not _has_letters(text, self.min_letters):
            return LanguageResult(UNDETERMINED, 0.0)
        backends = _backends()
        details = backends.eldc.detect_details(text)
        language = details.language or UNDETERMINED
        if language == UNDETERMINED:
            return LanguageResult(UNDETERMINED, 0.0)
        words = len(text.split())
        if language != "nl" and not self._nearly_dutch(backends, text, words):
            return LanguageResult(language, _unit(details.scores.get(language, 0.0)))
        threshold = (
            self.short_dutch_threshold if words <= self.short_words else self.dutch_threshold
        )
        dutch = self._dutch_probability(backends, text, threshold)
        if dutch >= threshold:
            return LanguageResult("nl", _unit(dutch))
        return LanguageResult("af", _unit(1.0 - dutch))

    def _nearly_dutch(self, backends: _Backends, text: str, words: int) -> bool:
        """A short text ELDC gave to another language, but Dutch came close and Lingua prefers it."""
        if words > self.rescue_words:
            return False
        scores = backends.eldc_ranked.detect_details(text).scores
        top = max(scores.values(), default=0.0)
        if top <= 0.0 or scores.get("nl", 0.0) < self.rescue_ratio * top:
            return False
        confidences = {
            found.language: round(found.value, _DIGITS)
            for found in backends.lingua_news.compute_language_confidence_values(text)
        }
        dutch = confidences.get(backends.lingua_dutch, 0.0)
        return dutch > 0.0 and all(
            dutch >= confidences.get(other, 0.0) for other in backends.lingua_rivals
        )

    def _dutch_probability(self, backends: _Backends, text: str, threshold: float) -> float:
        label, probability = backends.py3.classify(text)
        py3_dutch = round(
            float(probability) if label == "nl" else 1.0 - float(probability), _DIGITS
        )
        if py3_dutch >= 2 * threshold:
            return py3_dutch
        lingua_dutch = backends.lingua.compute_language_confidence(text, backends.lingua_dutch)
        return round((py3_dutch + lingua_dutch) / 2, _DIGITS)


def _has_letters(text: str, wanted: int) -> bool:
    """At least ``wanted`` letters (stops counting once there are enough)."""
    letters = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if letters >= wanted:
                return True
    return letters >= wanted


def _unit(value: float) -> float:
    """Clamp to [0, 1] and round; NaN (never expected) becomes 0."""
    if value != value:
        return 0.0
    return round(min(1.0, max(0.0, float(value))), _DIGITS)


@lru_cache(maxsize=1)
def _default_detector() -> LanguageDetector:
    return LanguageDetector()


def detect_language(text: str) -> LanguageResult:
    """Detect with a process-wide detector (models load on the first call)."""
    return _default_detector().detect(text)
