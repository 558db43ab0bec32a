"""Regenerate the golden article pages (tests/golden/pages/) used to measure page extraction.

One page per structure common on Dutch news sites (issue 17.1, 17.2), built from the same
invented news text so only the structure differs:

* ``lead``: the intro in its own container above the body (NU.nl's bold intro ``<p>``),
* ``excerpt``: the intro in an "excerpt" ``<div>`` beside the header (Telegraaf),
* ``liveblog``: timestamped updates, newest first, each in its own ``<article>``,
* ``video``: a player, a short caption text and a transcript-like body,
* ``photos``: a photo series, each photo with a caption paragraph,
* ``metro``: the body repeats the title as its first line and ends with a social prompt
  ("Like ons dan even op Facebook...") and a "Laatste nieuws" list of unrelated headlines.

Every page comes with ``<name>.json``: the paragraphs the extractor must keep (``expected``), and
text it must not return (``forbidden``: navigation, the repeated title, prompts, other headlines).
Run: ``python tests/golden/make_pages.py``; a test checks the files are current.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "pages"

TITLE = "Kabinet wil strengere regels voor uitzendbureaus"
LEAD = (
    "Minister Van Gennip van Sociale Zaken wil uitzendbureaus verplichten een vergunning aan te "
    "vragen voordat zij arbeidsmigranten in dienst nemen."
)
BODY = [
    "Dat schrijft de minister in een brief aan de Tweede Kamer. Volgens haar worden "
    "arbeidsmigranten nog te vaak uitgebuit door malafide bureaus die te weinig loon betalen.",
    "De vakbond FNV reageert positief op het plan. 'Dit is een stap die we al jaren vragen', zegt "
    "een woordvoerder. Werkgeversorganisatie ABU wil eerst de details zien.",
    "De Inspectie SZW controleerde vorig jaar ruim vierhonderd uitzendbureaus en vond bij de helft "
    "overtredingen, zoals onderbetaling en te lange werkdagen.",
    "Het wetsvoorstel gaat na de zomer naar de Raad van State. De minister hoopt dat de vergunning "
    "in 2026 verplicht is voor alle bureaus in Nederland.",
]
UPDATES = [
    (
        "14:05",
        "De Tweede Kamer debatteert vanmiddag over het plan van de minister. Een "
        "meerderheid lijkt voor een vergunningsplicht te stemmen.",
    ),
    (
        "12:40",
        "Premier Rutte zegt in Den Haag dat het kabinet volledig achter de minister staat "
        "en dat de regels snel moeten ingaan.",
    ),
    (
        "11:15",
        "Burgemeesters in Brabant en Limburg vragen om extra geld voor controles op de "
        "huisvesting van arbeidsmigranten.",
    ),
]
CAPTIONS = [
    "Arbeidsmigranten wachten in Venlo op de bus naar een distributiecentrum in de regio.",
    "Een inspecteur van de Inspectie SZW controleert de loonstroken bij een uitzendbureau.",
    "In Tilburg staan honderden caravans waarin arbeidsmigranten wonen tijdens het seizoen.",
    "Minister Van Gennip bezoekt een tuinder in het Westland die met eigen personeel werkt.",
]
NAV = ["Home", "Binnenland", "Buitenland", "Economie", "Sport", "Cookie-instellingen"]
HEADLINES = [
    "Zeven tips om je tuin klaar te maken voor de lente",
    "Zanger uit Eindhoven wint talentenjacht op televisie",
    "Politie zoekt getuigen van inbraak in juwelierszaak",
]
SOCIAL = "Like ons dan even op Facebook en volg ons op Instagram!"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def page(body: str, title: str = TITLE) -> str:
    nav = "".join(f'<li><a href="/{n.lower()}">{esc(n)}</a></li>' for n in NAV)
    return (
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
        f"<title>{esc(title)} | Nieuws</title>"
        f'<meta property="og:title" content="{html.escape(title)}"></head><body>'
        f"<header><nav><ul>{nav}</ul></nav></header><main>{body}</main>"
        "<footer><p>© 2024 Nieuwsuitgever B.V. Alle rechten voorbehouden.</p>"
        '<a href="/privacy">Privacyverklaring</a></footer></body></html>'
    )


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{esc(t)}</p>" for t in texts)


def lead_page() -> str:
    return page(
        f'<article><h1>{esc(TITLE)}</h1><p class="intro"><strong>{esc(LEAD)}</strong></p>'
        f'<div class="block-text">{paragraphs(BODY)}</div></article>'
    )


def excerpt_page() -> str:
    return page(
        f'<article><div class="header"><h1>{esc(TITLE)}</h1>'
        f'<div class="excerpt"><span>{esc(LEAD)}</span></div>'
        '<time datetime="2024-03-12T10:00">12 mrt 2024</time></div>'
        f'<div class="article-body" data-type="body">{paragraphs(BODY)}</div></article>'
    )


def liveblog_page() -> str:
    updates = "".join(
        f'<article class="liveblog-update"><time>{t}</time><p>{esc(text)}</p></article>'
        for t, text in UPDATES
    )
    return page(
        f'<h1>{esc(TITLE)}</h1><p class="liveblog-intro">{esc(LEAD)}</p>'
        f'<section class="liveblog">{updates}</section>'
    )


def video_page() -> str:
    return page(
        f'<article><h1>{esc(TITLE)}</h1><div class="video-player"><video src="/v.mp4"></video>'
        "<button>Afspelen</button></div>"
        f'<div class="video-description"><p>{esc(LEAD)}</p>{paragraphs(BODY[:2])}</div></article>'
    )


def photos_page() -> str:
    figures = "".join(
        f'<figure><img src="/f{i}.jpg" alt=""><figcaption>{esc(c)}</figcaption></figure>'
        for i, c in enumerate(CAPTIONS)
    )
    return page(
        f'<article><h1>{esc(TITLE)}</h1><p class="intro">{esc(LEAD)}</p>'
        f'<div class="photo-series">{figures}</div></article>'
    )


def metro_page() -> str:
    latest = "".join(
        f'<li><a href="/nieuws/{i}">{esc(h)}</a></li>' for i, h in enumerate(HEADLINES)
    )
    return page(
        f'<article><h1>{esc(TITLE)}</h1><div class="entry-content"><p>{esc(TITLE)}</p>'
        f"<p>{esc(LEAD)}</p>{paragraphs(BODY)}"
        f"<p>Vond je dit een interessant artikel? {esc(SOCIAL)}</p>"
        f"<h3>Laatste nieuws</h3><ul>{latest}</ul></div></article>"
    )


PAGES = {
    "lead": (lead_page, [LEAD, *BODY]),
    "excerpt": (excerpt_page, [LEAD, *BODY]),
    "liveblog": (liveblog_page, [LEAD, *(text for _t, text in UPDATES)]),
    "video": (video_page, [LEAD, *BODY[:2]]),
    "photos": (photos_page, [LEAD, *CAPTIONS]),
    "metro": (metro_page, [LEAD, *BODY]),
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, (build, expected) in PAGES.items():
        (OUT / f"{name}.html").write_text(build(), encoding="utf-8")
        forbidden = [*NAV, "Alle rechten voorbehouden", "Privacyverklaring", "Afspelen"]
        if name == "metro":
            forbidden += [SOCIAL, "Laatste nieuws", *HEADLINES]
        spec = {"title": TITLE, "expected": expected, "forbidden": forbidden}
        (OUT / f"{name}.json").write_text(
            json.dumps(spec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
