"""GDELT's Event and Mentions tables as warehouse views (issue 18, item 3): one event reported by
several articles and outlets is one row, counted by hand below; a syndicated copy (the same text
in another outlet's feed) adds no mention and no article."""

from __future__ import annotations

from pathlib import Path

import pytest

from geoevents.cli import main
from geoevents.schemas.warehouse import connect

# Sentences that report Poetin meeting or speaking with Xi (coded 040 both ways), read by hand:
# A: the title, "heeft ... ontmoet", "sprak ... met" = 3; B: "hebben ... gesproken",
# "bespraken" = 2 ("Het weer was slecht." reports nothing).
A_TITLE = "Poetin ontmoet Xi in Peking"
A_BODY = (
    "De Russische president Poetin heeft dinsdag in Peking de Chinese president Xi ontmoet. "
    "Daarna sprak Poetin met Xi over de handel. Het weer was slecht."
)
B_TITLE = "Gesprek in Peking"
B_BODY = "Xi en Poetin hebben dinsdag in Peking urenlang gesproken. Ze bespraken vooral de handel."


def item(url: str, title: str, body: str, time: str) -> str:
    return (
        f"<item><title>{title}</title><link>{url}</link><description>{body}</description>"
        f"<pubDate>Tue, 14 May 2024 {time} +0000</pubDate><guid>{url}</guid></item>"
    )


def rss(*items: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>'
        "<link>https://example.org</link><description>t</description>"
        + "".join(items)
        + "</channel></rss>"
    )


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory, embedded_model: Path):
    tmp = tmp_path_factory.mktemp("merged")
    (tmp / "nos.xml").write_text(
        rss(item("https://nos.nl/artikel/1", A_TITLE, A_BODY, "08:00:00")), encoding="utf-8"
    )
    (tmp / "nrc.xml").write_text(
        rss(
            item("https://www.nrc.nl/nieuws/a-syndicated", A_TITLE, A_BODY, "09:00:00"),
            item("https://www.nrc.nl/nieuws/b", B_TITLE, B_BODY, "10:00:00"),
        ),
        encoding="utf-8",
    )
    registry = tmp / "feeds.yaml"
    registry.write_text(
        "feeds:\n  - {source: nos, name: algemeen, url: nos.xml}\n"
        "  - {source: nrc, name: nieuws, url: nrc.xml}\n",
        encoding="utf-8",
    )
    output = tmp / "out"
    args = ["run", "--feeds", str(registry), "--output", str(output)]
    assert main([*args, "--spacy-model", str(embedded_model)]) == 0
    return connect(output)


def test_one_event_reported_by_two_texts_and_two_outlets_is_one_row(warehouse) -> None:
    rows = warehouse.execute(
        "select actor1_code, actor2_code, event_code, num_mentions, num_articles, num_sources, "
        "source_url from events_merged order by actor1_code"
    ).fetchall()
    assert rows == [
        ("CHNGOV", "RUSGOV", "040", 5, 2, 2, "https://nos.nl/artikel/1"),
        ("RUSGOV", "CHNGOV", "040", 5, 2, 2, "https://nos.nl/artikel/1"),
    ]
    per_article = warehouse.execute("select count(*) from events_latest").fetchone()[0]
    assert per_article == 6  # three articles, two directions each: the merge is what removes them


def test_mentions_list_every_report_and_flag_the_syndicated_copy(warehouse) -> None:
    rows = warehouse.execute(
        "select mention_source_name, mention_identifier, is_syndicated_copy, mentions_in_article, "
        "sentence_id from event_mentions m join events_merged e using (global_event_id) "
        "where e.actor1_code = 'RUSGOV' order by mention_time_date"
    ).fetchall()
    assert rows == [
        ("nos", "https://nos.nl/artikel/1", False, 3, 1),
        ("nrc", "https://www.nrc.nl/nieuws/a-syndicated", True, 3, 1),
        # its first body sentence (the parser cuts it in two, "Xi en | Poetin hebben ...
        # gesproken.", and the coder joins the subject's conjuncts again, since 0.3.92)
        ("nrc", "https://www.nrc.nl/nieuws/b", False, 2, 2),
    ]


def test_the_gdelt_named_merged_view_has_gdelt_columns(warehouse) -> None:
    cols = [
        c[0] for c in warehouse.execute("select * from events_merged_gdelt limit 0").description
    ]
    assert len(cols) == 61 and cols[:2] == ["GLOBALEVENTID", "SQLDATE"]
    assert "NumArticles" in cols and cols[-1] == "SOURCEURL"
