"""Language identification for the Dutch-news language stage.

Chosen by ``bench/langid.py`` (results in docs/BENCHMARKS.md, "Language identification"):

1. ELDC screens every text (over 100,000 sentences/s, 60 languages). It has no Afrikaans or Low
   Saxon model, so it calls Afrikaans "nl"; anything it does not call Dutch is final unless
   step 3 takes it back.
2. Texts ELDC calls Dutch get a Dutch-vs-Afrikaans second opinion: the mean of py3langid's and
   Lingua's (high-accuracy) Dutch probabilities, each restricted to {nl, af}; Dutch when the
   mean is at least ``dutch_threshold`` (``short_dutch_threshold`` for texts of at most
   ``short_words`` words and ``one_word_dutch_threshold`` for a single word, where both models
   have little to go on and a Dutch news feed makes Dutch far likelier than Afrikaans). On the
   dev set the average kept both models' strengths (py3langid never took Afrikaans for Dutch,
   Lingua kept Dutch recall). Lingua only runs when py3langid alone cannot settle the mean
   (py3langid >= 2 * threshold already guarantees it), which keeps Dutch text fast.
3. Short texts (at most ``rescue_words`` words: headings, captions, "Biografie", "Bestuur")
   that ELDC gives to another language or leaves undetermined are Dutch candidates, and then
   take step 2, when either

   - their words are at least as likely in Dutch as in English, German, French and the
     language ELDC chose, by the word frequencies of the ``wordfreq`` package (a unigram
     model: the sum of the words' log10 frequencies, unknown words at ``_FLOOR_LOG10``), with
     a prior for Dutch news: ``dutch_prior`` (log10 odds) against English, German and French
     and ``other_prior`` more against the rest, which a Dutch feed almost never carries; at
     least one word must be a known Dutch word, so codes, file names and unknown names are
     left to ELDC; or
   - ELDC's Dutch score is at least ``rescue_ratio`` of its top score and Lingua, restricted
     to {nl, af, en, de, fr}, finds Dutch likelier than English, German and French.

   The priors and thresholds were chosen on the dev sets (docs/BENCHMARKS.md, "Language
   identification"); larger priors turned English names ("Renee", "Chris") Dutch.
   ``dutch_prior=None`` turns the word-frequency rule off.

Words are the whitespace-separated parts that contain a letter ("* Pilaar van Pompeius" has
three). All models and word lists ship inside their wheels (no downloads); results are
deterministic. Low Saxon (nds) is not modelled and is mostly reported as "nl".

The word frequencies are wordfreq's (Robyn Speer; code Apache-2.0, lists CC BY-SA 4.0), built
from Wikipedia, OpenSubtitles, SUBTLEX-NL/-DE/-US/-UK (Brysbaert et al.), Google Books, web
and social-media text up to 2021; they are read from the installed package, not redistributed.
"""

from __future__ import annotations

import bisect
import re
import threading
from array import array
from dataclasses import dataclass
from functools import lru_cache

UNDETERMINED = "und"
# Lingua's confidences differ in the last bits between instances and processes; rounding keeps
# results (and the threshold decision) reproducible.
_DIGITS = 6
# How many of ELDC's top scores the short-text rescue looks at for Dutch.
_RESCUE_SCORES = 8
# Word frequencies: the rivals every short text is weighed against, ELDC's codes where wordfreq
# names the language differently, and the log10 frequency of a word a list does not hold (the
# "large" lists stop at 1e-8).
_RIVALS = ("en", "de", "fr")
_WORDFREQ_CODES = {"no": "nb", "tl": "fil", "hr": "sh", "sr": "sh", "bs": "sh"}
_FLOOR_LOG10 = -8.0
# URLs and e-mail addresses say nothing about the language around them.
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)


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
        # Word lists load on the first short text ELDC does not call Dutch.
        self.frequencies = WordFrequencies()


class WordFrequencies:
    """wordfreq's word lists as compact lookup tables, loaded per language on first use.

    wordfreq's own dictionaries take about 40 MB per language; here each word is one sorted
    64-bit entry (54 bits of the word's hash, 10 bits of its frequency in centibels), about
    13 MB for Dutch, English, German and French together. A lookup is a binary search. The hash
    is Python's, so a table is only valid in the process that built it (it is never pickled);
    a false match needs a 54-bit collision.
    """

    _LOW = 0x3FF
    _MASK = (1 << 64) - 1 - _LOW

    def __init__(self) -> None:
        self._tables: dict[str, array | None] = {}
        self._lock = threading.Lock()

    def table(self, language: str) -> array | None:
        """The table for an ISO 639-1 code, or None when wordfreq has no list for it."""
        code = _WORDFREQ_CODES.get(language, language)
        found = self._tables.get(code, False)
        if found is False:
            with self._lock:
                found = self._tables.get(code, False)
                if found is False:
                    found = self._tables[code] = self._load(code)
        return found

    def _load(self, code: str) -> array | None:
        from wordfreq import available_languages, read_cBpack

        path = available_languages("large").get(code) or available_languages("small").get(code)
        if path is None:
            return None
        keys: list[int] = []
        for centibels, words in enumerate(read_cBpack(path)):
            bucket = min(centibels, self._LOW)
            keys.extend([(hash(word) & self._MASK) | bucket for word in words])
        keys.sort()
        return array("Q", keys)

    def log10(self, table: array, word: str) -> float | None:
        """log10 of the word's frequency in the table's language; None if the list lacks it."""
        key = hash(word) & self._MASK
        at = bisect.bisect_left(table, key)
        if at < len(table) and table[at] & self._MASK == key:
            return -(table[at] & self._LOW) / 100
        return None


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
        one_word_dutch_threshold: float = 0.25,
        rescue_words: int = 5,
        rescue_ratio: float = 0.8,
        dutch_prior: float | None = 0.1,
        other_prior: float = 2.0,
    ) -> None:
        self.max_chars = max_chars
        self.dutch_threshold = dutch_threshold
        self.min_letters = min_letters
        self.short_words = short_words
        self.short_dutch_threshold = short_dutch_threshold
        self.one_word_dutch_threshold = one_word_dutch_threshold
        self.rescue_words = rescue_words
        self.rescue_ratio = rescue_ratio
        self.dutch_prior = dutch_prior
        self.other_prior = other_prior

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
        words = _count_words(text)
        if language != "nl" and not (
            words <= self.rescue_words
            and (
                self._dutch_by_word_frequency(backends, text, language)
                or (language != UNDETERMINED and self._nearly_dutch(backends, text))
            )
        ):
            if language == UNDETERMINED:
                return LanguageResult(UNDETERMINED, 0.0)
            return LanguageResult(language, _unit(details.scores.get(language, 0.0)))
        if words <= 1:
            threshold = self.one_word_dutch_threshold
        elif words <= self.short_words:
            threshold = self.short_dutch_threshold
        else:
            threshold = self.dutch_threshold
        dutch = self._dutch_probability(backends, text, threshold)
        if dutch >= threshold:
            return LanguageResult("nl", _unit(dutch))
        return LanguageResult("af", _unit(1.0 - dutch))

    def _dutch_by_word_frequency(self, backends: _Backends, text: str, language: str) -> bool:
        """Its words are at least as likely Dutch as any rival's, given the Dutch-news prior."""
        if self.dutch_prior is None:
            return False
        words = _word_tokens(text)
        frequencies = backends.frequencies
        dutch_table = frequencies.table("nl")
        if dutch_table is None:
            return False
        dutch_found = [frequencies.log10(dutch_table, word) for word in words]
        if all(found is None for found in dutch_found):
            return False  # no known Dutch word: codes, file names, unknown names stay ELDC's
        dutch = self.dutch_prior + _sum_log10(dutch_found)
        rivals = dict.fromkeys(_RIVALS, 0.0)
        if language not in rivals and language not in ("nl", UNDETERMINED):
            rivals[language] = self.other_prior
        for rival, prior in rivals.items():
            table = frequencies.table(rival)
            if table is None:
                continue
            if dutch < _sum_log10([frequencies.log10(table, word) for word in words]) - prior:
                return False
        return True

    def _nearly_dutch(self, backends: _Backends, text: str) -> bool:
        """A short text ELDC gave to another language, but Dutch came close and Lingua prefers it."""
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


def _sum_log10(found: list[float | None]) -> float:
    """Log10 likelihood of the words under a unigram model; unlisted words at the lists' floor."""
    return sum(_FLOOR_LOG10 if value is None else value for value in found)


def _count_words(text: str) -> int:
    """Whitespace-separated parts with at least one letter ("*", "1965-1970" do not count)."""
    return sum(1 for part in text.split() if any(ch.isalpha() for ch in part))


def _word_tokens(text: str) -> list[str]:
    """wordfreq's tokens (case-folded, as its lists are keyed) that hold a letter, URLs left out."""
    from wordfreq import tokenize

    return [token for token in tokenize(_URL.sub(" ", text), "nl") if _has_letters(token, 1)]


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
