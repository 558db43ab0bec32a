"""Regenerate the bundled sample feeds (geoevents/data/samples/) from the two seed articles.

The samples are real-format NOS and NRC RSS built from ../shared/seeds, plus a few items that
exercise every capability of an offline run: a duplicate across feeds, a non-Dutch item, a broken
item, a feed that serves HTML instead of RSS, and an NRC teaser whose full text comes from a saved
article page. Run: ``python tests/golden/make_samples.py`` (needs ../shared beside the repo).
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
OUT = ROOT / "geoevents" / "data" / "samples"

NOS_URL = "https://nos.nl/artikel/2498452-biden-en-xi-urenlang-samen-echte-vooruitgang-geboekt"
NRC_URL = (
    "https://www.nrc.nl/nieuws/2023/03/24/"
    "xi-en-poetin-bouwen-aan-een-alternatief-voor-de-wereldorde-a4160851"
)
NRC_TITLE = "Xi en Poetin bouwen aan een alternatief voor de wereldorde"


def _seed_lines(name: str) -> list[str]:
    text = (SEEDS / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def nos_item_html() -> tuple[str, str]:
    """The NOS seed as a feed item: title, and the article HTML NOS puts in the description."""
    lines = _seed_lines("000_588055c0352688ef.txt")
    caption, _label, title, *body = lines
    paragraphs = []
    for line in body:
        if line == "Biden en Xi komen na urenlang overleg nader tot elkaar":
            paragraphs.append(f'<div class="video"><h2>{html.escape(line)}</h2></div>')
        elif line in ("Deel artikel:", "Advertentie via Ster.nl"):
            paragraphs.append(f'<div class="share">{html.escape(line)}</div>')
        else:
            paragraphs.append(f"<p>{html.escape(line)}</p>")
    figure = f'<figure><img src="https://cdn.nos.nl/image/2023/11/15/1019874/xxl.jpg" alt=""><figcaption>{html.escape(caption)}</figcaption></figure>'
    return title, figure + "".join(paragraphs)


def nrc_paragraphs() -> list[str]:
    lines = _seed_lines("001_f7f454f5eb20260d.txt")
    first = lines[0]
    if first.startswith("date "):
        first = first.split(" ", 2)[2]
    return [first, *lines[1:]]


def rss(channel_title: str, link: str, self_url: str, items: list[str], extra_ns: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"{extra_ns}>\n<channel>\n'
        f"<title>{escape(channel_title)}</title>\n<link>{link}</link>\n"
        f"<description>{escape(channel_title)}</description>\n<language>nl</language>\n"
        f'<atom:link href="{self_url}" rel="self" type="application/rss+xml"/>\n'
        + "".join(items)
        + "</channel>\n</rss>\n"
    )


def nos_item(title: str, link: str, description_html: str, pub_date: str) -> str:
    return (
        "<item>\n"
        f"<title>{escape(title)}</title>\n<link>{link}</link>\n"
        f"<description><![CDATA[{description_html}]]></description>\n"
        f"<pubDate>{pub_date}</pubDate>\n<guid>{link}</guid>\n"
        '<enclosure url="https://cdn.nos.nl/image/2023/11/15/1019874/1024x576a.jpg" '
        'type="image/jpeg" length="0"/>\n'
        "</item>\n"
    )


ENGLISH_ITEM = (
    "Dutch cabinet presents climate plans in English-language briefing",
    "https://nos.nl/artikel/2498460-dutch-cabinet-presents-climate-plans",
    "<p>The Dutch government presented its climate plans to foreign journalists on Wednesday. "
    "Ministers said the country would stick to its targets for 2030 despite rising costs.</p>"
    "<p>The briefing was held in English for the international press in The Hague.</p>",
    "Wed, 15 Nov 2023 16:05:00 +0100",
)

BROKEN_ITEM = (
    "<item>\n<description><![CDATA[<p>Een bericht zonder titel, link of guid.</p>]]>"
    "</description>\n<pubDate>Wed, 15 Nov 2023 18:00:00 +0100</pubDate>\n</item>\n"
)


def nrc_page(paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>{html.escape(NRC_TITLE)} - NRC</title>
<meta property="og:title" content="{html.escape(NRC_TITLE)}">
<meta property="og:url" content="{NRC_URL}">
<meta property="article:published_time" content="2023-03-24T17:30:00+01:00">
<link rel="canonical" href="{NRC_URL}">
</head>
<body>
<header class="nmt-header"><nav><a href="/">NRC</a> <a href="/sectie/binnenland/">Binnenland</a>
<a href="/sectie/buitenland/">Buitenland</a> <a href="/sectie/economie/">Economie</a>
<a href="/abonnement/">Word abonnee</a> <a href="/login/">Inloggen</a></nav></header>
<main>
<article class="article">
<header class="article__header">
<p class="article__section">Commentaar</p>
<h1 class="article__title">{html.escape(NRC_TITLE)}</h1>
<p class="article__date"><time datetime="2023-03-24T17:30:00+01:00">24 maart 2023</time></p>
</header>
<div class="article__content">
{body}
</div>
<div class="article__share">Deel dit artikel: Facebook, X, LinkedIn, WhatsApp, e-mail</div>
</article>
<aside class="related"><h2>Lees ook</h2><ul><li><a href="/nieuws/2023/03/21/">Xi in Moskou</a></li></ul></aside>
</main>
<footer class="footer"><p>&copy; NRC Media. Alle rechten voorbehouden.</p>
<p><a href="/privacy/">Privacy</a> <a href="/cookies/">Cookie-instellingen</a></p></footer>
</body>
</html>
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "pages").mkdir(exist_ok=True)
    title, description = nos_item_html()
    nos_seed = nos_item(title, NOS_URL, description, "Wed, 15 Nov 2023 23:14:00 +0100")
    (OUT / "nos-nieuwsalgemeen.xml").write_text(
        rss(
            "NOS Nieuws",
            "https://nos.nl",
            "https://feeds.nos.nl/nosnieuwsalgemeen",
            [nos_seed, nos_item(*ENGLISH_ITEM), BROKEN_ITEM],
        ),
        encoding="utf-8",
    )
    (OUT / "nos-nieuwsbuitenland.xml").write_text(
        rss(
            "NOS Nieuws - Buitenland",
            "https://nos.nl",
            "https://feeds.nos.nl/nosnieuwsbuitenland",
            [nos_seed],
        ),
        encoding="utf-8",
    )
    (OUT / "nos-nieuwspolitiek.html").write_text(
        "<!DOCTYPE html><html><head><title>Pagina niet gevonden - NOS</title></head>"
        "<body><h1>Deze pagina bestaat niet (meer)</h1></body></html>\n",
        encoding="utf-8",
    )
    paragraphs = nrc_paragraphs()
    teaser = paragraphs[1]
    nrc_item = (
        "<item>\n"
        f"<title>{escape(NRC_TITLE)}</title>\n<link>{NRC_URL}</link>\n"
        f"<description><![CDATA[<p>{html.escape(teaser)}</p>]]></description>\n"
        "<pubDate>Fri, 24 Mar 2023 17:30:00 +0100</pubDate>\n"
        f'<guid isPermaLink="true">{NRC_URL}</guid>\n'
        "<category>Buitenland</category>\n<dc:creator>NRC</dc:creator>\n"
        "</item>\n"
    )
    (OUT / "nrc-rss.xml").write_text(
        rss(
            "NRC",
            "https://www.nrc.nl/",
            "https://www.nrc.nl/rss/",
            [nrc_item],
            extra_ns=' xmlns:dc="http://purl.org/dc/elements/1.1/"',
        ),
        encoding="utf-8",
    )
    (OUT / "pages" / "nrc-a4160851.html").write_text(nrc_page(paragraphs), encoding="utf-8")
    (OUT / "pages" / "index.json").write_text(
        json.dumps({NRC_URL: "nrc-a4160851.html"}, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
