"""Text normalisation: feed HTML to clean paragraphs, site boilerplate removed, never a crash."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from geoevents.transforms.text import (
    canonical_url,
    clean_text,
    html_to_text,
    stable_id,
    strip_boilerplate,
)


def test_feed_html_becomes_paragraphs_without_tags_or_scripts() -> None:
    html = (
        "<figure><img src='x.jpg'><figcaption>Xi Jinping en Joe Biden</figcaption></figure>"
        "<p>De Amerikaanse president Biden &amp; de Chinese president Xi.</p>"
        "<script>track()</script><p>Tweede <b>alinea</b>.</p>"
    )
    assert html_to_text(html) == (
        "Xi Jinping en Joe Biden\n\nDe Amerikaanse president Biden & de Chinese president Xi."
        "\n\nTweede alinea."
    )


def test_seed_boilerplate_is_removed_but_article_lines_stay() -> None:
    text = "NOS NieuwsAangepast\n\nBiden en Xi praten.\n\nDeel artikel:\n\nAdvertentie via Ster.nl"
    assert strip_boilerplate(clean_text(text)) == "Biden en Xi praten."


def test_clean_text_drops_control_characters_and_folds_spaces() -> None:
    assert clean_text("a\x00b\u200b  c\r\n\r\n\r\nd\u00a0e") == "ab c\n\nd e"


def test_canonical_url_drops_tracking_and_fragment() -> None:
    assert (
        canonical_url("HTTPS://NOS.nl/artikel/1?utm_source=rss&id=2#top")
        == "https://nos.nl/artikel/1?id=2"
    )
    assert canonical_url("https://nos.nl:443/a") == "https://nos.nl/a"


def test_stable_id_is_deterministic_and_separates_parts() -> None:
    assert stable_id("a", "bc") == stable_id("a", "bc")
    assert stable_id("a", "bc") != stable_id("ab", "c")


@given(st.text())
def test_html_to_text_never_crashes_and_returns_clean_text(value: str) -> None:
    out = html_to_text(value)
    assert isinstance(out, str)
    assert "\x00" not in out and "\r" not in out
    assert out == out.strip()


@given(st.text())
def test_canonical_url_never_crashes_on_garbage(value: str) -> None:
    """Garbage is either refused with ValueError or made canonical: a second pass changes nothing."""
    try:
        once = canonical_url(value)
    except ValueError:
        return
    assert isinstance(once, str) and "#" not in once
    assert canonical_url(once) == once
