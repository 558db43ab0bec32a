"""Score the geocoder's ActionGeo on a geography gold set (``eval/geo_blind.jsonl``).

    python bench/geo_eval.py eval/geo_blind.jsonl [--show]

Each gold sentence is parsed with the embedded model (the sentences of one seed article, ``doc``,
together and in order, with the article's other sentences from ../shared/eval/events_dev.jsonl;
a Europeana row whose ``doc`` is "europeana_SPLIT:aN" with the corpus sentences from N on, as
the dev sets' notes assume: the dateline and earlier sentences of its article; so article context
counts), coded, and geocoded. A gold event is matched to a coded event of its
sentence with the same actor keys (country or group); when the coder missed it, the geocoder is
run on the gold event itself (gold actor countries, no actor offsets, the sentence's root as the
predicate; of a gold line the parser splits, the sentence naming most gold actors), so the
geocoder is measured on every gold event. Reported: country accuracy over
located gold events (gold country not ``unknown``; predicted FIPS mapped to ISO), town accuracy
over gold events with a town (the predicted place must be that town: by name, or by GeoNames id
when the gold writes another of its names, "Ghent" for "Gent"), each
overall, by basis (text / article / actors) and for coder-matched events alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "events_dev.jsonl"
EUROPEANA = ROOT.parent / "shared" / "corpora" / "ner" / "europeana-nl"
NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", ")"}


def _corpus_sentences(split: str, root: Path = EUROPEANA) -> list[str]:
    """The sentences of a Europeana NER split (``train``/``dev``/``test``), detokenized a little."""
    out, cur = [], []
    path = root / f"{split}.txt"
    if not path.exists():
        return out
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if not parts:
            if cur:
                out.append(cur)
                cur = []
            continue
        cur.append(parts[0])
    if cur:
        out.append(cur)
    text = []
    for toks in out:
        s = ""
        for t in toks:
            s += t if (t in NO_SPACE_BEFORE or not s) else " " + t
        text.append(s)
    return text


def _europeana_articles(rows: list[dict]) -> dict[str, list[str]]:
    """Article text of Europeana rows with ``doc`` "europeana_SPLIT:aN": the corpus sentences from
    N to the last gold sentence of the article (gold sentences in the gold row's own text), so the
    article's dateline and earlier sentences count, as in the pipeline."""
    cache: dict[str, list[str]] = {}
    by_doc: dict[str, dict[int, str]] = defaultdict(dict)
    for r in rows:
        doc = r.get("doc") or ""
        if doc.startswith("europeana_") and ":a" in doc and r["id"].startswith(doc.split(":")[0]):
            by_doc[doc][int(r["id"].rsplit(":", 1)[1])] = r["text"]
    out = {}
    for doc, gold in by_doc.items():
        src, start = doc.split(":a")
        split = src.split("_", 1)[1]
        if split not in cache:
            cache[split] = _corpus_sentences(split)
        sents = cache[split]
        if not sents:
            continue
        first = int(start)
        out[doc] = [gold.get(i, sents[i]) for i in range(first, max(gold) + 1)]
    return out


def _key(ev: dict, side: str) -> str | None:
    return ev.get(f"{side}_country_code") or ev.get(f"{side}_known_group_code")


def _sentences_in(doc, starts: list[int], cs: int, ce: int) -> list[tuple[int, int, int]]:
    """(sentence index, first token, end token) of the parser's sentences that overlap the
    characters ``cs``..``ce`` (a gold line), in order."""
    ends = [*starts[1:], len(doc)]
    out = []
    for i, (a, b) in enumerate(zip(starts, ends, strict=True)):
        if a < b and doc[a].idx < ce and doc[b - 1].idx + len(doc[b - 1].text) > cs:
            out.append((i, a, b))
    if not out:
        i = max(i for i, s in enumerate(starts) if doc[s].idx <= cs)
        out.append((i, starts[i], ends[i]))
    return out


def _actor_spans(coder, doc, span, day) -> dict[str, tuple[int, int]]:
    """Actor key -> character span of its first name in the sentence (entities and country names
    the coder's dictionaries resolve)."""
    from geoevents.transforms.coder import actors as A
    from geoevents.transforms.coder.mention_match import match_mentions

    out: dict[str, tuple[int, int]] = {}
    for m in match_mentions([t.text for t in span], coder.index):
        if m.entry.kind in (A.COUNTRY, A.SEAT, A.PLACE, A.DEMONYM, A.ADJ):
            key = m.entry.code[:3]
        else:
            continue
        a, b = span[m.start], span[m.end - 1]
        out.setdefault(key, (a.idx, b.idx + len(b.text)))
    for ent in span.ents:
        actor = coder.resolve_entity(ent, day)
        key = actor and (actor.get("country_code") or actor.get("known_group_code"))
        if key:
            out.setdefault(key, (ent.start_char, ent.end_char))
    return out


def _same_town(pred: dict, pred_town: str, gold: list[str], iso: str, gaz) -> bool:
    """The predicted town is a gold town: by name, or by GeoNames id when the gold writes
    another of the town's names in the same country (gold "Ghent", the gazetteer's "Gent";
    "Jenin" and "Janīn")."""
    from geoevents.transforms.gazetteer import name_key

    if name_key(pred_town) in {name_key(x) for x in gold}:
        return True
    fid = pred.get("action_geo_feature_id")
    return bool(fid) and any(
        p.feature_id == fid and p.iso2 == iso
        for x in gold
        for p, _ in gaz.names.get(name_key(x), ())
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--show", action="store_true", help="print every located event")
    args = ap.parse_args()

    from geoevents.model import load_pipeline
    from geoevents.transforms.coder import EventCoder, sentence_starts
    from geoevents.transforms.geo import Geocoder

    nlp = load_pipeline(None)
    coder = EventCoder(tokenizer=nlp.tokenizer)
    geo = Geocoder()
    fips_to_iso = {p.fips: iso for iso, p in geo.gaz.countries.items()}

    rows = [json.loads(line) for line in open(args.gold, encoding="utf-8")]
    article_text: dict[str, list[str]] = defaultdict(list)
    if DEV.exists():
        for line in open(DEV, encoding="utf-8"):
            r = json.loads(line)
            if r["id"].startswith("seed-"):
                article_text[r["id"].rsplit("-", 1)[0]].append(r["text"])
    article_text.update(_europeana_articles(rows))
    # units: (text, date, [(gold row, char start, char end)])
    units = []
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r.get("doc") and article_text.get(r["doc"]):
            by_doc[r["doc"]].append(r)
        else:
            units.append((r["text"], r["date"], [(r, 0, len(r["text"]))]))
    for doc_id, grows in by_doc.items():
        text, spans, pos = "", {}, 0
        for sent in article_text[doc_id]:
            spans.setdefault(sent, (pos, pos + len(sent)))
            text += sent + "\n"
            pos = len(text)
        units.append((text, grows[0]["date"], [(r, *spans[r["text"]]) for r in grows]))

    tally: Counter = Counter()
    for text, date, golds in units:
        doc = nlp(text)
        day = dt.date.fromisoformat(date[:10])
        coded = coder.code_doc(doc, day)
        geo.locate(doc, coded, day)
        starts = sentence_starts(doc)
        for r, cs, ce in golds:
            in_sent = [c for c in coded if cs <= (c.get("action_start_char") or -1) < ce]
            used: set[int] = set()
            missing = []
            for g in r["events"]:
                hit = next(
                    (
                        c
                        for c in in_sent
                        if id(c) not in used
                        and _key(c, "actor1") == g["actor1"]
                        and _key(c, "actor2") == g["actor2"]
                    ),
                    None,
                )
                if hit is not None:
                    used.add(id(hit))
                    g["_pred"], g["_matched"] = hit, True
                else:
                    missing.append(g)
            if missing:
                # the gold event itself, geocoded with the article's coded events (as the pipeline
                # does): its sentence, gold actors at their first mention in the sentence (a name
                # the coder resolves to that actor), the sentence's root as the predicate. A gold
                # line the parser splits into several sentences: the one naming most of the gold
                # actors (the first on a tie), not always the first
                sents = _sentences_in(doc, starts, cs, ce)
                found_in = [_actor_spans(coder, doc, doc[a:b], day) for _, a, b in sents]
                fake = []
                for g in missing:
                    k = max(
                        range(len(sents)),
                        key=lambda j: (sum(g[x] in found_in[j] for x in ("actor1", "actor2")), -j),
                    )
                    sent_i, a, b = sents[k]
                    root, found = doc[a:b].root, found_in[k]
                    f = {
                        "sentence_index": sent_i,
                        "actor1_country_code": g["actor1"],
                        "actor2_country_code": g["actor2"],
                        "action_start_char": root.idx,
                        "event_code": g["code"],
                        "event_root_code": g["code"][:2],
                    }
                    for side in ("actor1", "actor2"):
                        if g[side] in found:
                            f[f"{side}_start_char"], f[f"{side}_end_char"] = found[g[side]]
                    fake.append(f)
                geo.locate(doc, [*(dict(c) for c in coded), *fake], day)
                for g, f in zip(missing, fake):
                    g["_pred"], g["_matched"] = f, False
            for g in r["events"]:
                gg, p = g["geo"], g["_pred"]
                if gg["country"] == "unknown":
                    continue
                pred_iso = fips_to_iso.get(p.get("action_geo_country_code") or "", None)
                ok_c = pred_iso == gg["country"]
                groups = [
                    "all",
                    f"basis={gg['basis']}",
                    "coder-matched" if g["_matched"] else "gold-actors",
                ]
                for grp in groups:
                    tally[(grp, "country_n")] += 1
                    tally[(grp, "country_ok")] += ok_c
                pred_town = None
                if p.get("action_geo_type") in (3, 4):
                    pred_town = (p.get("action_geo_fullname") or "").split(",")[0]
                if gg.get("city"):
                    ok_t = pred_town is not None and _same_town(
                        p, pred_town, [gg["city"], *gg.get("city_also", [])], gg["country"], geo.gaz
                    )
                    for grp in groups:
                        tally[(grp, "city_n")] += 1
                        tally[(grp, "city_ok")] += ok_t
                if args.show:
                    town = "" if not gg.get("city") else ("town-ok " if ok_t else "town-BAD")
                    print(
                        f"{'ok ' if ok_c else 'BAD'} {town:8} {r['id'][-28:]:28} {g['actor1']}>{g['actor2']} "
                        f"gold {gg['country']}/{gg.get('city')} pred {pred_iso}/{pred_town} "
                        f"rule {p.get('action_geo_rule')} {'coded' if g['_matched'] else 'gold'}"
                    )
    print(f"{args.gold}: ActionGeo")
    for grp in [
        "all",
        "basis=text",
        "basis=article",
        "basis=actors",
        "coder-matched",
        "gold-actors",
    ]:
        n, ok = tally[(grp, "country_n")], tally[(grp, "country_ok")]
        cn, cok = tally[(grp, "city_n")], tally[(grp, "city_ok")]
        if not n:
            continue
        city = f"town {cok / cn:.3f} ({cok}/{cn})" if cn else "town -"
        print(f"  {grp:14} country {ok / n:.3f} ({ok}/{n})   {city}")


if __name__ == "__main__":
    main()
