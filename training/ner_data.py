"""Build the NER training signal (weak supervision) and the final train/dev corpora.

No openly licensed modern Dutch news NER corpus exists, so NER labels come from three sources:

1. UD sentences: the hand-labelled gold NER of ``ner_gold/labels/`` (docs/NER_GUIDELINES.md)
   where a sentence has it. Otherwise weak labels: proper-name spans are read off the trees (runs
   of PROPN tokens and PROPN heads with their ``flat`` dependents) and typed with name lists
   (``gazetteers.py``: GeoNames, CLDR country names, hand lists of people and organisations,
   first names). Spans that cannot be typed are marked *missing* (no loss), every other token is
   O. Demonym adjectives (``Russische``) are MISC. Alpino test is the blind NER set: its
   sentences train the syntax only, with every NER label missing.
2. News-style templates written for this project (``ner_templates.txt``), filled with names from
   the lists and with synthetic person names, so the model sees modern news contexts.
3. Europeana Newspapers Dutch NER (CC0, historical, IO tags) as a small extra, with MISC-like
   tokens set to missing because that corpus has no MISC label.

The held-out evaluation set (``ner_eval/``) is never read here.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

import gazetteers as gz
import spacy
from ner_gold import char_spans, gold_id, gold_rows, read_labels, token_spans
from prepare_ud import Sent, group_docs, load_all
from spacy.tokens import Doc, DocBin, Span

MARK = re.compile(r"\[([^\[\]|]+)\|(PER|LOC|ORG|MISC)\]")
SLOT = re.compile(r"\{([A-Z]+)\}")
SLOT_LABEL = {
    "PER": "PER",
    "SUR": "PER",
    "NLPER": "PER",
    "NLSUR": "PER",
    "LOC": "LOC",
    "CITY": "LOC",
    "REG": "LOC",
    "ORG": "ORG",
    "PARTY": "ORG",
    "COMP": "ORG",
    "MIN": "ORG",
    "MINISTRY": "ORG",
    "DEM": "MISC",
}
SURNAMES_EXTRA = (
    "de Vries|Jansen|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|"
    "van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|van den Berg|Kok|"
    "Jacobs|de Haan|Vermeulen|van Dijk|Schouten|Hoekstra|van Beek|El Amrani|Yilmaz|Kaya|"
    "Müller|Schmidt|Schneider|Fischer|Dubois|Martin|Lefebvre|Rossi|Russo|García|Fernández|"
    "López|Smith|Johnson|Williams|Brown|Ivanov|Petrov|Kovalenko|Shevchenko|Nowak|Kowalski|"
    "Wang|Zhang|Liu|Chen|Tanaka|Suzuki|Park|Nguyen|Singh|Sharma|Khan|Hussein|Haddad|Cohen|Levi|"
    "Okafor|Mensah|Diallo|Kamara|Silva|Santos|Pereira|Andersen|Nielsen|Kowalczyk|Horváth"
).split("|")
REGIONS = (
    "Gaza|de Gazastrook|de Westelijke Jordaanoever|de Donbas|de Krim|Oost-Oekraïne|het Midden-Oosten|"
    "de Sahel|Darfur|Tigray|Xinjiang|Tibet|Kasjmir|Nagorno-Karabach|Zuid-Libanon|Noord-Syrië|"
    "Idlib|Koerdistan|de Kaukasus|de Balkan|Oost-Congo|Noord-Kivu|de Hoorn van Afrika|Sinaï|"
    "Catalonië|Vlaanderen|Beieren|Limburg|Friesland|Zeeland|Groningen|Brabant|de Randstad|"
    "Latijns-Amerika|Oost-Europa|Zuidoost-Azië|West-Afrika|de Zuid-Chinese Zee|de Rode Zee"
).split("|")
MINISTRIES = (
    "Buitenlandse Zaken|Defensie|Justitie en Veiligheid|Financiën|Economische Zaken|"
    "Volksgezondheid|Binnenlandse Zaken|Asiel en Migratie|Infrastructuur en Waterstaat|"
    "Onderwijs|Sociale Zaken|Landbouw|Klimaat en Groene Groei|Algemene Zaken"
).split("|")
PARTIES = (
    "VVD|PVV|NSC|BBB|GroenLinks-PvdA|PvdA|GroenLinks|D66|CDA|SP|ChristenUnie|SGP|"
    "Partij voor de Dieren|DENK|Volt|JA21|FvD|CDU|SPD|AfD|Labour|Likud|Fidesz|PiS|FPÖ|"
    "Rassemblement National|Republikeinse Partij|Democratische Partij|ANC|BJP"
).split("|")
COMPANIES = (
    "Shell|Philips|ASML|Unilever|Heineken|ING|ABN AMRO|Rabobank|KLM|Schiphol|Tata Steel|"
    "Ahold Delhaize|Booking.com|Gasunie|TenneT|Boskalis|Damen Shipyards|Airbus|Boeing|Apple|"
    "Google|Microsoft|Meta|Amazon|Tesla|OpenAI|Nvidia|TikTok|Huawei|Alibaba|Gazprom|Rosneft|"
    "Saudi Aramco|Volkswagen|Siemens|Nestlé|Pfizer|AstraZeneca|SpaceX|Reuters|AFP|ANP|NOS|"
    "NRC|de Volkskrant|BBC|CNN|Al Jazeera|Bloomberg|Artsen zonder Grenzen|Amnesty International|"
    "Human Rights Watch|Greenpeace|het Rode Kruis|Oxfam Novib|Adyen|Prosus|Stellantis|Renault|"
    "Thales|Fokker|DSM-Firmenich|Akzo Nobel|Wolters Kluwer|Randstad|PostNL|Albert Heijn"
).split("|")
INTL_ORGS = (
    "NAVO|EU|VN|Europese Unie|Verenigde Naties|Europese Commissie|Veiligheidsraad|"
    "VN-Veiligheidsraad|WHO|IMF|Wereldbank|Internationaal Strafhof|Internationaal Gerechtshof|"
    "OVSE|Afrikaanse Unie|Arabische Liga|ASEAN|G7|G20|OPEC|IAEA|Europees Parlement|Europese Raad|"
    "UNHCR|UNICEF|UNRWA|Raad van Europa|WTO|ECB|Interpol|Europol|Frontex|Hamas|Hezbollah|Taliban"
).split("|")


def parse_marked(line: str) -> tuple[str, list[tuple[int, int, str]]]:
    """``[Biden|PER] sprak`` -> ("Biden sprak", [(0, 5, "PER")])."""
    text, spans, pos = [], [], 0
    last = 0
    for m in MARK.finditer(line):
        text.append(line[last : m.start()])
        pos += m.start() - last
        spans.append((pos, pos + len(m.group(1)), m.group(2)))
        text.append(m.group(1))
        pos += len(m.group(1))
        last = m.end()
    text.append(line[last:])
    return "".join(text), spans


def doc_from_marked(nlp: spacy.Language, text: str, spans: list[tuple[int, int, str]]) -> Doc:
    """Tokenise and set entities; spans that do not match token boundaries are expanded."""
    doc = nlp.make_doc(text)
    ents = []
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            ents.append(span)
    doc.set_ents(spacy.util.filter_spans(ents), default="outside")
    return doc


def synthetic_person(rng: random.Random) -> str:
    """A plausible unseen person name, so NER learns contexts, not a name list."""
    return f"{rng.choice(gz.first_names())} {rng.choice(SURNAMES_EXTRA)}"


def filler(slot: str, rng: random.Random) -> str:
    """Pick a name for a template slot."""
    if slot == "PER":
        return rng.choice(gz.person_names()) if rng.random() < 0.6 else synthetic_person(rng)
    if slot == "SUR":
        if rng.random() < 0.7:
            return rng.choice(gz.surnames())
        name = rng.choice(SURNAMES_EXTRA)
        return name[0].upper() + name[1:]
    if slot == "NLPER":
        return rng.choice(gz.split_block(gz.PER_NL))
    if slot == "NLSUR":
        return rng.choice([n.split()[-1] for n in gz.split_block(gz.PER_NL)])
    if slot == "LOC":
        return rng.choice(gz.countries_nl())
    if slot == "CITY":
        if rng.random() < 0.6:
            return rng.choice(gz.split_block(gz.LOC_EXTRA)[:200])
        return rng.choice(gz.world_cities())
    if slot == "REG":
        return rng.choice(REGIONS)
    if slot == "ORG":
        return rng.choice(INTL_ORGS)
    if slot == "PARTY":
        return rng.choice(PARTIES)
    if slot == "COMP":
        return rng.choice(COMPANIES)
    if slot == "MIN":
        return rng.choice(MINISTRIES)
    if slot == "MINISTRY":
        return "ministerie van " + rng.choice(MINISTRIES)
    if slot == "DEM":
        return rng.choice([d for d in gz.demonym_adjectives() if d.endswith("e")])
    raise KeyError(slot)


def fill_template(template: str, rng: random.Random) -> str:
    """Replace slots with ``[name|LABEL]`` marks (articles stay outside the entity)."""

    def sub(m: re.Match[str]) -> str:
        slot = m.group(1)
        value = filler(slot, rng)
        label = SLOT_LABEL[slot]
        for article in ("de ", "het "):
            if value.startswith(article):
                return f"{article}[{value[len(article) :]}|{label}]"
        return f"[{value}|{label}]"

    out = SLOT.sub(sub, template)
    out = re.sub(r"\b(de|het|De|Het) (de|het) \[", r"\1 [", out)
    return out


def read_templates(path: Path) -> list[str]:
    """Template lines, without comments."""
    lines = path.read_text(encoding="utf8").splitlines()
    return [x.strip() for x in lines if x.strip() and not x.startswith("#")]


def name_spans(sent: Sent) -> list[tuple[int, int]]:
    """Token spans of proper names in a UD tree: PROPN runs plus heads with flat dependents."""
    toks = sent.toks
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if toks[i].upos == "PROPN":
            j = i
            while j + 1 < len(toks) and (
                toks[j + 1].upos == "PROPN"
                or (toks[j + 1].deprel in ("flat", "flat:name") and toks[j + 1].head - 1 >= i)
            ):
                j += 1
            flat_ends = [
                k
                for k, t in enumerate(toks)
                if t.deprel in ("flat", "flat:name") and i <= t.head - 1 <= j
            ]
            if flat_ends:
                j = max(j, max(flat_ends))
            spans.append((i, j + 1))
            i = j + 1
        else:
            i += 1
    return spans


def type_span(words: list[str], lex: dict[str, str], firsts: set[str]) -> str | None:
    """Type a name span from the lists; None when unknown (left as missing)."""
    text = " ".join(words)
    if text in lex:
        return lex[text]
    if words[-1] in lex and lex[words[-1]] in ("LOC", "PER") and len(words) == 1:
        return lex[words[-1]]
    if len(words) >= 2 and words[0] in firsts and words[-1][:1].isupper():
        return "PER"
    if len(words) >= 2 and (" ".join(words[1:]) in lex and lex[" ".join(words[1:])] == "PER"):
        return "PER"
    return None


BLIND_SPLITS = {"alpino_test"}


def ud_ents(
    doc: Doc,
    items: list[tuple[str, Sent]],
    gold: dict[str, dict],
    lex: dict[str, str],
    firsts: set[str],
    no_ner: frozenset[str] = frozenset(),
    no_ner_docs: tuple[str, ...] = (),
) -> int:
    """Set NER labels on a UD doc built from ``items`` (split, sentence), in token order: gold
    where labelled, nothing for the blind split (and the splits in ``no_ner`` and the documents
    whose sentence id starts with one of ``no_ner_docs``, for cross-validation), weak labels
    otherwise. Returns gold sentences."""
    ents: list[Span] = []
    missing: list[Span] = []
    offset = 0
    n_gold = 0
    demonyms = set(gz.demonym_adjectives())
    for split, s in items:
        row = gold.get(gold_id(split, s))
        held = bool(no_ner_docs) and (s.sid or "").startswith(no_ner_docs)
        if split in BLIND_SPLITS or split in no_ner or held:
            missing.append(doc[offset : offset + len(s.toks)])
            offset += len(s.toks)
            continue
        if row is not None:
            spans, _ = char_spans(row["text"], row["ents"])
            for a, b, label in token_spans(s, row["text"], spans):
                ents.append(Span(doc, offset + a, offset + b, label=label))
            offset += len(s.toks)
            n_gold += 1
            continue
        for a, b in name_spans(s):
            words = [t.form for t in s.toks[a:b]]
            label = type_span(words, lex, firsts)
            span = doc[offset + a : offset + b]
            if label:
                ents.append(Span(doc, span.start, span.end, label=label))
            else:
                missing.append(span)
        for k, t in enumerate(s.toks):
            if t.upos == "ADJ" and t.form in demonyms:
                ents.append(Span(doc, offset + k, offset + k + 1, label="MISC"))
            elif t.upos in ("ADJ", "NOUN") and t.form[:1].isupper() and k > 0:
                missing.append(doc[offset + k : offset + k + 1])
        offset += len(s.toks)
    ents = spacy.util.filter_spans(ents)
    taken = {i for e in ents for i in range(e.start, e.end)}
    missing = [m for m in missing if not any(i in taken for i in range(m.start, m.end))]
    doc.set_ents(ents, missing=spacy.util.filter_spans(missing), default="outside")
    return n_gold


def read_europeana(path: Path, nlp: spacy.Language, limit: int, rng: random.Random) -> list[Doc]:
    """IO-tagged historical sentences -> docs; demonym-like tokens missing (no MISC there)."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        parts = line.split()
        if len(parts) >= 2:
            cur.append((parts[0], parts[-1]))
    if cur:
        sents.append(cur)
    sents = [s for s in sents if any(t != "O" for _, t in s) or rng.random() < 0.3]
    rng.shuffle(sents)
    docs = []
    demonyms = set(gz.demonym_adjectives())
    for s in sents[:limit]:
        words = [w for w, _ in s]
        doc = Doc(nlp.vocab, words=words)
        ents, missing = [], []
        i = 0
        while i < len(s):
            tag = s[i][1]
            if tag.startswith(("I-", "B-")):
                label = tag[2:]
                j = i + 1
                while j < len(s) and s[j][1] == f"I-{label}":
                    j += 1
                if label in ("PER", "LOC", "ORG"):
                    ents.append(Span(doc, i, j, label=label))
                else:
                    missing.append(doc[i:j])
                i = j
            else:
                if words[i] in demonyms or (words[i][:1].isupper() and i > 0):
                    missing.append(doc[i : i + 1])
                i += 1
        doc.set_ents(ents, missing=missing, default="outside")
        docs.append(doc)
    return docs


def read_extra_gold(paths: list[Path], nlp: spacy.Language) -> list[Doc]:
    """Hand-labelled lines without syntax (``training/ner_train``: invented government documents)
    -> NER-only docs, one per line, every token outside a span labelled O."""
    docs = []
    for row in read_labels(paths).values():
        doc = nlp.make_doc(row["text"])
        spans = [
            doc.char_span(a, b, label=label, alignment_mode="expand")
            for a, b, label in char_spans(row["text"], row["ents"])[0]
        ]
        doc.set_ents([sp for sp in spans if sp is not None], default="outside")
        docs.append(doc)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ud-dir", type=Path, required=True)
    ap.add_argument("--europeana", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--fills", type=int, default=14, help="instances per training template")
    ap.add_argument("--europeana-limit", type=int, default=2500)
    ap.add_argument("--dev-sents", type=int, default=400)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument(
        "--ner-missing",
        action="append",
        default=[],
        metavar="SPLIT",
        help="train this UD split's syntax only, every NER label missing (cross-validation, "
        "e.g. alpino_dev: a newspaper dev set the model never saw labelled)",
    )
    ap.add_argument(
        "--ner-missing-docs",
        action="append",
        default=[],
        metavar="PREFIX",
        help="the same for the documents whose sentence id starts with PREFIX, in any split "
        "(cross-validation by genre, e.g. WR-P-E-I: the web pages of LassySmall dev)",
    )
    ap.add_argument(
        "--extra-gold",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="hand-labelled lines without syntax (label-file format) to train the NER on",
    )
    args = ap.parse_args()
    rng = random.Random(args.seed)
    no_ner = frozenset(args.ner_missing)
    nlp = spacy.blank("nl")
    here = Path(__file__).resolve().parent

    data = load_all(args.ud_dir)
    lex = gz.typed_lexicon()
    firsts = set(gz.first_names())
    gold = gold_rows(here / "ner_gold" / "labels")
    lassy_dev = data["lassy_dev"]
    train_items = (
        [("old_train", s) for s in data["old_train"]]
        + [("lassy_dev", s) for s in lassy_dev[args.dev_sents :]]
        + [("alpino_dev", s) for s in data["alpino_dev"]]
        + [("alpino_test", s) for s in data["alpino_test"]]
    )
    ud_train: list[Doc] = []
    n_gold = 0
    for i in range(0, len(train_items), 10):
        chunk = train_items[i : i + 10]
        doc = group_docs(nlp.vocab, [s for _, s in chunk], 10)[0]
        n_gold += ud_ents(doc, chunk, gold, lex, firsts, no_ner, tuple(args.ner_missing_docs))
        ud_train.append(doc)
    ud_dev = []
    dev_items = [("lassy_dev", s) for s in lassy_dev[: args.dev_sents]]
    for i in range(0, len(dev_items), 10):
        chunk = dev_items[i : i + 10]
        doc = group_docs(nlp.vocab, [s for _, s in chunk], 10)[0]
        ud_ents(doc, chunk, gold, lex, firsts)
        ud_dev.append(doc)

    templates = read_templates(here / "ner_templates.txt")
    rng.shuffle(templates)
    n_dev_t = max(10, len(templates) // 10)
    dev_t, train_t = templates[:n_dev_t], templates[n_dev_t:]
    tmpl_train = [
        doc_from_marked(nlp, *parse_marked(fill_template(t, rng)))
        for t in train_t
        for _ in range(args.fills)
    ]
    tmpl_dev = [
        doc_from_marked(nlp, *parse_marked(fill_template(t, rng))) for t in dev_t for _ in range(3)
    ]
    euro = read_europeana(args.europeana / "train.txt", nlp, args.europeana_limit, rng)
    extra = read_extra_gold(args.extra_gold, nlp) if args.extra_gold else []

    train = ud_train + tmpl_train + euro + extra
    rng.shuffle(train)
    args.out.mkdir(parents=True, exist_ok=True)
    DocBin(docs=train).to_disk(args.out / "train.spacy")
    DocBin(docs=ud_dev + tmpl_dev).to_disk(args.out / "dev.spacy")
    n_ents = sum(len(d.ents) for d in ud_train)
    print(
        f"train: {len(ud_train)} UD docs ({n_gold} gold-labelled sentences, {n_ents} ents), "
        f"{len(tmpl_train)} template "
        f"sentences, {len(euro)} Europeana sentences; dev: {len(ud_dev)} UD docs + "
        f"{len(tmpl_dev)} template sentences from {len(dev_t)} held-out templates; "
        f"{len(extra)} extra hand-labelled lines"
    )


if __name__ == "__main__":
    main()
