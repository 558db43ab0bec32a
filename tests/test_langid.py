"""Language stage: Dutch news must pass as "nl", look-alike languages must not."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geoevents.langid import LanguageDetector, LanguageResult, detect_language

REPO_ROOT = Path(__file__).resolve().parents[1]
LANGID_DEV = Path("corpora") / "langid" / "dev.tsv"
UD_DEV = (
    Path("corpora") / "ud" / "nl_alpino-ud-dev.conllu",
    Path("corpora") / "ud" / "nl_lassysmall-ud-dev.conllu",
)

DUTCH_NEWS = [
    "Het kabinet wil volgend jaar twee miljard euro extra uitgeven aan defensie.",
    "Bij een aanval op een markt in het noorden van Syrië zijn zeker twaalf doden gevallen.",
    "De Tweede Kamer debatteert donderdag over de stikstofplannen van de minister.",
    "Oekraïne en Rusland hebben opnieuw krijgsgevangenen uitgewisseld, meldt het ministerie.",
    "Premier Schoof sprak in Brussel met de Franse president over migratie.",
    "De politie heeft in Rotterdam drie verdachten aangehouden na een schietpartij.",
    "Volgens de VN zijn sinds het begin van de gevechten ruim honderdduizend mensen gevlucht.",
    "Israël zegt dat het leger zich terugtrekt uit delen van de Gazastrook.",
]

AFRIKAANS = [
    "Die regering het gesê dat hulle nie die begroting sal verander nie.",
    "Ons moet saamwerk om die land se ekonomie weer op te bou.",
    "Die polisie het drie verdagtes in hegtenis geneem ná 'n skietvoorval in Kaapstad.",
    "Hy het verlede week in die hospitaal oorlede, het sy familie bevestig.",
]

GERMAN = [
    "Die Bundesregierung will im kommenden Jahr mehr Geld für die Verteidigung ausgeben.",
    "Bei einem Angriff im Norden Syriens sind mindestens zwölf Menschen ums Leben gekommen.",
    "Der Bundeskanzler traf sich am Dienstag mit dem französischen Präsidenten in Berlin.",
]

ENGLISH = [
    "The government wants to spend two billion euros more on defence next year.",
    "At least twelve people were killed in an attack on a market in northern Syria.",
    "The prime minister met the French president in Brussels to discuss migration.",
]

# Headings, captions and link texts: ELDC gives them to Afrikaans, Romanian, Italian or Malay,
# or the Dutch-vs-Afrikaans opinion hesitates; the short-text rules keep them Dutch (issue
# 17.15). "Economie" to "Media" were lost before the word-frequency prior.
SHORT_DUTCH = [
    "Lees meer",
    "Lees ook",
    "Verkeer en vervoer",
    "Bevolking en bestuur",
    "Bestuur",
    "Vervoer",
    "Biografie",
    "Commissies",
    "Regeringsleden",
    "Economie",
    "Sport",
    "Geografie",
    "Discografie",
    "Media",
]

# Short texts in other languages that the short-text rules must leave alone: their words are
# likelier in their own language than in Dutch, or they are names no better known in Dutch.
SHORT_OTHERS = [
    ("Vielen Dank!", "de"),
    ("Gute Nacht", "de"),
    ("Alles klar.", "de"),
    ("Guten Morgen", "de"),
    ("Wetterbericht", "de"),
    ("Kind regards,", "en"),
    ("Chris", "en"),
    ("Renee", "en"),
    ("Thank you", "en"),
    ("Breaking news", "en"),
    ("Weather forecast", "en"),
    ("Merci beaucoup.", "fr"),
    ("Bonne nuit", "fr"),
    ("Ek is moeg.", "af"),
    ("Dit is 'n goeie dag.", "af"),
    ("Goeie môre", "af"),
]

FRENCH = [
    "Le gouvernement veut consacrer deux milliards d'euros de plus à la défense l'an prochain.",
    "Au moins douze personnes ont été tuées lors d'une attaque contre un marché en Syrie.",
    "Le Premier ministre a rencontré le président français à Bruxelles mardi.",
]


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    detector = LanguageDetector()
    detector.setup()
    return detector


@pytest.mark.parametrize("text", DUTCH_NEWS)
def test_dutch_news_sentence_is_dutch(detector: LanguageDetector, text: str) -> None:
    result = detector.detect(text)
    assert result.language == "nl"
    assert result.score > 0.5


@pytest.mark.parametrize("text", SHORT_DUTCH)
def test_short_dutch_heading_is_dutch(detector: LanguageDetector, text: str) -> None:
    assert detector.detect(text).language == "nl"


@pytest.mark.parametrize(("text", "language"), SHORT_OTHERS)
def test_short_text_in_another_language_is_not_dutch(
    detector: LanguageDetector, text: str, language: str
) -> None:
    assert detector.detect(text).language == language


def test_codes_and_unknown_names_are_not_made_dutch(detector: LanguageDetector) -> None:
    """The prior only weighs known words: without a known Dutch word ELDC's answer stands."""
    for text in ("XQ-7731 Zorblat", "Kliotrex-4401.pdf", "http://www.example.com/about"):
        assert detector.detect(text).language != "nl", text


def test_word_frequency_tables_match_wordfreq() -> None:
    """The compact hash tables give wordfreq's own frequencies, and None for unlisted words."""
    import math

    import wordfreq

    from geoevents.langid import WordFrequencies

    frequencies = WordFrequencies()
    for language in ("nl", "de"):
        table = frequencies.table(language)
        assert table is not None
        listed = wordfreq.get_frequency_dict(language, "large")
        words = list(listed)
        for word in words[:50] + words[len(words) // 2 :][:50] + words[-50:]:
            found = frequencies.log10(table, word)
            assert found is not None, word
            assert found == pytest.approx(math.log10(listed[word]), abs=0.006), word
        for word in ("xqzzyvrobl", "bestuurxq", ""):
            assert frequencies.log10(table, word) is None
    assert frequencies.table("tlh") is None  # no list: the rival is skipped
    assert frequencies.table("no") is not None  # ELDC's "no" is wordfreq's "nb"


def test_dutch_article_title_plus_body_is_dutch(detector: LanguageDetector) -> None:
    article = "Kabinet trekt extra geld uit voor defensie\n\n" + " ".join(DUTCH_NEWS)
    assert detector.detect(article).language == "nl"


@pytest.mark.parametrize("text", AFRIKAANS)
def test_afrikaans_is_not_dutch(detector: LanguageDetector, text: str) -> None:
    assert detector.detect(text).language == "af"


@pytest.mark.parametrize(
    ("text", "language"),
    [(text, "de") for text in GERMAN]
    + [(text, "en") for text in ENGLISH]
    + [(text, "fr") for text in FRENCH],
)
def test_other_languages_are_recognised(
    detector: LanguageDetector, text: str, language: str
) -> None:
    result = detector.detect(text)
    assert result.language == language
    assert 0.0 < result.score <= 1.0


def test_module_level_helper_matches_detector(detector: LanguageDetector) -> None:
    for text in DUTCH_NEWS[:2] + AFRIKAANS[:2] + ENGLISH[:1]:
        assert detect_language(text) == detector.detect(text)


DETERMINISM_TEXTS = (
    DUTCH_NEWS
    + AFRIKAANS
    + GERMAN
    + ENGLISH
    + FRENCH
    + SHORT_DUTCH
    + [text for text, _ in SHORT_OTHERS]
    + ["Vier!", "En die kan af."]
)


def in_fresh_process(script: str) -> Any:
    """Run ``script`` in a new interpreter (no models loaded yet) on the determinism texts."""
    other = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(DETERMINISM_TEXTS),
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO_ROOT,
    )
    return json.loads(other.stdout)


def test_results_are_deterministic_across_calls_pickling_and_processes() -> None:
    """Beam workers are separate processes: each must give identical languages and scores."""
    detector = LanguageDetector()
    expected = [detector.detect(text) for text in DETERMINISM_TEXTS]
    assert [detector.detect(text) for text in DETERMINISM_TEXTS] == expected
    shipped = pickle.loads(pickle.dumps(detector))
    assert [shipped.detect(text) for text in DETERMINISM_TEXTS] == expected

    script = (
        "import json, sys\n"
        "from geoevents.langid import LanguageDetector\n"
        "detector = LanguageDetector()\n"
        "texts = json.load(sys.stdin)\n"
        "print(json.dumps([[r.language, r.score] for r in map(detector.detect, texts)]))\n"
    )
    assert in_fresh_process(script) == [[r.language, r.score] for r in expected]


def test_detection_during_a_background_preload_waits_for_it() -> None:
    """`preload` loads the models in a thread; a detection racing it gets the same answers."""
    expected = [LanguageDetector().detect(text) for text in DETERMINISM_TEXTS]
    script = (
        "import json, sys\n"
        "from geoevents import langid\n"
        "thread = langid.preload()\n"
        "detector = langid.LanguageDetector()\n"
        "texts = json.load(sys.stdin)\n"
        "results = [[r.language, r.score] for r in map(detector.detect, texts)]\n"
        "thread.join(timeout=60)\n"
        "print(json.dumps({'alive': thread.is_alive(), 'results': results}))\n"
    )
    answer = in_fresh_process(script)
    assert answer["alive"] is False
    assert answer["results"] == [[r.language, r.score] for r in expected]


def test_pickled_detector_keeps_its_config() -> None:
    detector = LanguageDetector(
        max_chars=500,
        dutch_threshold=0.6,
        min_letters=4,
        short_words=2,
        short_dutch_threshold=0.4,
        one_word_dutch_threshold=0.3,
        rescue_words=4,
        rescue_ratio=0.9,
        dutch_prior=None,
        other_prior=1.0,
    )
    detector.detect(DUTCH_NEWS[0])
    copy = pickle.loads(pickle.dumps(detector))
    assert vars(copy) == vars(detector)


def _dev_rows(shared: Path) -> list[tuple[str, str]]:
    lines = (shared / LANGID_DEV).read_text(encoding="utf-8").splitlines()[1:]
    return [(lang, text) for lang, _, text in (line.partition("\t") for line in lines) if text]


def _ud_dev_sentences(shared: Path) -> list[str]:
    return [
        line[len("# text = ") :].strip()
        for path in UD_DEV
        for line in (shared / path).read_text(encoding="utf-8").splitlines()
        if line.startswith("# text = ")
    ]


def test_dev_sets_keep_the_sentence_level_goals(
    detector: LanguageDetector, shared_dir: Path
) -> None:
    """The issue's goals on the dev sets the thresholds were chosen on (bench/langid.py).

    Dutch recall >= 0.99 and at most 0.5% false Dutch for af, en, de and fr on the language-ID
    dev set; Dutch recall >= 0.99 on all UD Dutch dev sentences (names, headings and one-word
    captions included; 0.980 before the word-frequency prior) and on those of 3 or more words.
    Held-out numbers are the benchmark's to report.
    """
    found: dict[str, list[bool]] = {}
    for lang, text in _dev_rows(shared_dir):
        found.setdefault(lang, []).append(detector.detect(text).language == "nl")
    as_dutch = {lang: sum(hits) / len(hits) for lang, hits in found.items()}
    assert as_dutch["nl"] >= 0.99
    for lang in ("af", "en", "de", "fr"):
        assert as_dutch[lang] <= 0.005, (lang, as_dutch[lang])

    sentences = _ud_dev_sentences(shared_dir)
    dutch = [(len(text.split()), detector.detect(text).language == "nl") for text in sentences]
    assert sum(ok for _, ok in dutch) / len(dutch) >= 0.99
    longer = [ok for words, ok in dutch if words >= 3]
    assert sum(longer) / len(longer) >= 0.99


@pytest.mark.parametrize(
    "text", ["", "   \n\t ", "12345 678", "😀🎉👍", "\x00\x01\x02", "!?", "ab"]
)
def test_text_without_enough_letters_is_undetermined(detector: LanguageDetector, text: str) -> None:
    assert detector.detect(text) == LanguageResult("und", 0.0)


def test_only_the_start_of_a_very_long_text_counts(detector: LanguageDetector) -> None:
    dutch_start = " ".join(DUTCH_NEWS) * 10
    text = dutch_start + " " + " ".join(ENGLISH) * 20_000
    assert len(text) > 1_000_000
    assert detector.detect(text).language == "nl"


@pytest.mark.parametrize(
    "text",
    [
        "مرحبا بالعالم، هذا خبر عن الانتخابات",
        "שלום עולם, זו ידיעה על הבחירות",
        "\ud800 lone surrogate \udfff in Dutch text: het kabinet is gevallen",
        "\u202eHet kabinet is gevallen\u202c",
        "Het kabinet\x00 is\x1b gevallen\x7f",
        "a" * 200_000,
    ],
)
def test_odd_input_gives_a_valid_result(detector: LanguageDetector, text: str) -> None:
    result = detector.detect(text)
    assert isinstance(result, LanguageResult)
    assert 0.0 <= result.score <= 1.0


def _valid(result: LanguageResult) -> bool:
    code_ok = result.language == "und" or (
        len(result.language) == 2 and result.language.isalpha() and result.language.islower()
    )
    return code_ok and 0.0 <= result.score <= 1.0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_gives_a_valid_result(text: str) -> None:
    result = detect_language(text)
    assert _valid(result)
    assert detect_language(text) == result


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.sampled_from(DUTCH_NEWS + ENGLISH + ["😀", "\u200f", "\t", "12"]), max_size=6),
    st.characters(),
)
def test_mixed_and_noisy_text_gives_a_valid_result(parts: list[str], noise: str) -> None:
    assert _valid(detect_language(noise.join(parts)))


def test_short_fragments_of_dev_sentences_trade_as_measured(
    detector: LanguageDetector, shared_dir: Path
) -> None:
    """The first one and three words of dev sentences: the short-text rules' trade, pinned down.

    Measured 2026-12-03 (docs/BENCHMARKS.md), 3 words: Dutch 0.977 (0.938 before any short-text
    rule), false Dutch af 15.6% (6.2% before), en 2.2%, de 0.2%, fr 1.6%; 1 word: Dutch 0.595
    (two-letter words are "und"), af 47.4%, en 3.4%, de 2.2%, fr 1.6%. A Dutch news feed makes
    short Afrikaans rare, but looser rules must not give it or English away wholesale.
    """
    others = [(lang, text) for lang, text in _dev_rows(shared_dir) if lang != "nl"]
    dutch = [("nl", text) for text in _ud_dev_sentences(shared_dir)]
    bounds = {
        3: {"nl": 0.97, "af": 0.20, "en": 0.03, "de": 0.03, "fr": 0.03},
        1: {"nl": 0.58, "af": 0.50, "en": 0.045, "de": 0.035, "fr": 0.03},
    }
    for size, bound in bounds.items():
        fragments: dict[str, list[bool]] = {}
        for lang, text in others + dutch:
            words = text.split()
            if len(words) >= size + 2:
                fragment = " ".join(words[:size])
                fragments.setdefault(lang, []).append(detector.detect(fragment).language == "nl")
        as_dutch = {lang: sum(hits) / len(hits) for lang, hits in fragments.items()}
        assert as_dutch["nl"] >= bound["nl"], (size, as_dutch["nl"])
        for lang in ("af", "en", "de", "fr"):
            assert as_dutch[lang] <= bound[lang], (size, lang, as_dutch[lang])
