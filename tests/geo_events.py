"""Hand-made events for geocoder tests: one event per sentence, geocoded by ``Geocoder.locate``."""

from __future__ import annotations


def locate(
    nlp, geo, text: str, a1: str, a2: str, code: str, pred: str, actor1=None, day=None
) -> dict:
    """Geocode one hand-made event (actor countries, CAMEO code, the predicate's word; optional
    character span of actor1's phrase and the article's day)."""
    from geoevents.transforms.coder import sentence_starts

    doc = nlp(text)
    tok = next(t for t in doc if t.text == pred)
    sent = max(i for i, s in enumerate(sentence_starts(doc)) if s <= tok.i)
    ev = {
        "sentence_index": sent,
        "actor1_country_code": a1,
        "actor2_country_code": a2,
        "action_start_char": tok.idx,
        "event_code": code,
        "event_root_code": code[:2],
    }
    if actor1 is not None:
        ev["actor1_start_char"], ev["actor1_end_char"] = actor1
    geo.locate(doc, [ev], day)
    return ev


def town(ev: dict, side: str = "action") -> str | None:
    """The town (GDELT geo type 3 or 4) of one side of a geocoded event, else None."""
    if ev[f"{side}_geo_type"] not in (3, 4):
        return None
    return (ev[f"{side}_geo_fullname"] or "").split(",")[0]


def scanned(nlp, geo, text: str) -> list:
    """The place names the geocoder's scan finds in ``text``, resolved: (name as written, the
    mention) in order; ``mention.place`` is the gazetteer entry or None."""
    from geoevents.transforms.coder import sentence_starts

    doc = nlp(text)
    mentions = geo._mentions(doc, sentence_starts(doc))
    geo._resolve(doc, mentions)
    return [(doc[m.start : m.end].text, m) for m in mentions]
