"""Convert UD Dutch (CC BY-SA 4.0) to spaCy DocBin files, harmonising the UD 2.0-era train.

The LassySmall train file available here dates from UD 2.0 (2017) and follows older
conventions than the current Alpino/LassySmall dev/test files. Mixing it in as is teaches the
model labels that the held-out test no longer uses, so we rewrite it towards the current
guidelines with rules (see docs/MODEL.md, "Harmonisation"):

- ``flat:name`` -> ``flat``;
- possessive determiners (``zijn``, ``haar``, ``hun`` ...) DET/det -> PRON/nmod:poss with
  ``Poss=Yes|PronType=Prs``;
- reflexive ``zich``/``me``/``ons`` as ``obj`` -> ``expl:pv`` unless the current data shows the
  verb with a true reflexive object;
- ``als`` ADP -> SCONJ;
- copulas other than ``zijn`` (``worden``, ``blijven`` ...) become the clause head with an
  ``xcomp`` predicate; ``willen/laten/gaan...`` go from ``aux`` to main verb with ``xcomp``;
  ``moeten`` goes from main verb to ``aux`` (head swaps, checked for a valid tree);
- ``door``-phrases under a passive verb: ``obl`` -> ``obl:agent``;
- ``obl`` -> ``obl:arg`` for (verb, preposition) pairs that the current data marks as
  prepositional objects in most cases;
- coordination: ``cc`` and the commas between conjuncts attach to the following conjunct (UD 2
  style) instead of the first conjunct;
- ordinals (``eerste``, ``21ste``) NUM/``nummod`` -> ADJ/``amod``; degree words ``veel``,
  ``meer``, ``minder`` ... as PRON ``obl``/``amod`` -> ADV (``advmod``/``amod``);
- multiword names annotated ``fixed`` with ordinary tags (``Vlaams Gewest``, ``Tweede
  Wereldoorlog``) become ``flat`` PROPN names, as the current files annotate them;
- separable verbs: the particle is prefixed to the verb lemma (current style ``aan_kondigen``);
- the missing ``# text`` is rebuilt with Dutch detokenisation rules.

Lemmas lose the ``_`` compound separators everywhere (``grond_gebied`` -> ``grondgebied``): the
old file has none, and product code wants plain dictionary lemmas.

Sentences are grouped into documents of ``--group`` sentences so the parser/senter learn
sentence boundaries. LassySmall test is written separately and is never part of train.
"""

from __future__ import annotations

import argparse
import collections
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

POSSESSIVES = {"mijn", "jouw", "zijn", "haar", "ons", "onze", "hun", "uw", "je", "m'n", "z'n"}
POSS_PERSON = {"mijn": "1", "ons": "1", "onze": "1", "jouw": "2", "uw": "2", "je": "2"}
REFLEXIVES = {"zich", "me", "mij", "je", "ons", "zichzelf"}
NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "»", "”", "'", "%", "..."}
NO_SPACE_AFTER = {"(", "[", "{", "«", "“"}


@dataclass
class Tok:
    """One CoNLL-U token row (basic tree only)."""

    form: str
    lemma: str
    upos: str
    feats: str
    head: int
    deprel: str
    space_after: bool = True


@dataclass
class Sent:
    """A sentence with its tokens and source name."""

    toks: list[Tok] = field(default_factory=list)
    text: str | None = None
    sid: str | None = None  # "# sent_id", or the old train file's bare "# name.xml" comment


def read_conllu(path: Path) -> list[Sent]:
    """Read the basic dependency layer; skip multiword ranges and enhanced empty nodes."""
    sents: list[Sent] = []
    cur = Sent()
    for line in path.read_text(encoding="utf8").splitlines():
        if not line.strip():
            if cur.toks:
                sents.append(cur)
            cur = Sent()
            continue
        if line.startswith("# text ="):
            cur.text = line.split("=", 1)[1].strip()
            continue
        if line.startswith("# sent_id ="):
            cur.sid = line.split("=", 1)[1].strip().replace("\\", "/")
            continue
        if line.startswith("# ") and "=" not in line and cur.sid is None:
            cur.sid = line[2:].strip().removesuffix(".xml")
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10 or not cols[0].isdigit():
            continue
        misc = cols[9]
        cur.toks.append(
            Tok(
                form=cols[1],
                lemma=cols[2],
                upos=cols[3],
                feats=cols[5] if cols[5] != "_" else "",
                head=int(cols[6]),
                deprel=cols[7],
                space_after="SpaceAfter=No" not in misc,
            )
        )
    if cur.toks:
        sents.append(cur)
    return sents


def detokenise(sent: Sent) -> None:
    """Rebuild plausible spacing for sentences without ``# text`` or SpaceAfter marks."""
    toks = sent.toks
    quote_open = False
    for i, tok in enumerate(toks):
        tok.space_after = True
        nxt = toks[i + 1].form if i + 1 < len(toks) else None
        if tok.form in NO_SPACE_AFTER:
            tok.space_after = False
        if tok.form == '"':
            quote_open = not quote_open
            if quote_open:
                tok.space_after = False
        if nxt is not None:
            if nxt in NO_SPACE_BEFORE:
                tok.space_after = False
            if nxt == '"' and quote_open:
                tok.space_after = False
    toks[-1].space_after = False


def learn_lexicons(current: list[Sent]) -> tuple[set[tuple[str, str]], set[str], set[str]]:
    """From current-guideline data: obl:arg (verb, prep) pairs and verbs with true reflexive obj."""
    arg = collections.Counter()
    obl = collections.Counter()
    refl_obj: collections.Counter[str] = collections.Counter()
    refl_pv: collections.Counter[str] = collections.Counter()
    for s in current:
        for tok in s.toks:
            if tok.deprel in ("obl", "obl:arg") and tok.head > 0:
                head = s.toks[tok.head - 1]
                cases = [
                    t.lemma.lower()
                    for t in s.toks
                    if t.deprel == "case" and s.toks[t.head - 1] is tok
                ]
                if not cases:
                    continue
                key = (plain_lemma(head.lemma).lower(), cases[0])
                (arg if tok.deprel == "obl:arg" else obl)[key] += 1
            if tok.lemma.lower() in REFLEXIVES and tok.upos == "PRON" and tok.head > 0:
                verb = plain_lemma(s.toks[tok.head - 1].lemma).lower()
                if tok.deprel == "obj":
                    refl_obj[verb] += 1
                elif tok.deprel == "expl:pv":
                    refl_pv[verb] += 1
    arg_pairs = {k for k, n in arg.items() if n >= obl.get(k, 0) and n >= 1}
    true_refl = {v for v, n in refl_obj.items() if n > refl_pv.get(v, 0)}
    pv_verbs = set(refl_pv)
    return arg_pairs, true_refl, pv_verbs


def plain_lemma(lemma: str) -> str:
    """Drop Alpino's compound separators so lemmas look like dictionary words."""
    if lemma == "_" or "_" not in lemma:
        return lemma
    return lemma.replace("_", "")


CLAUSAL = {
    "nsubj",
    "nsubj:pass",
    "csubj",
    "expl",
    "aux",
    "aux:pass",
    "mark",
    "punct",
    "cc",
    "conj",
    "parataxis",
    "obl",
    "obl:agent",
    "obl:arg",
    "advcl",
    "ccomp",
    "iobj",
    "discourse",
    "advmod",
}
RAISE_FROM_VERB = {
    "nsubj",
    "nsubj:pass",
    "csubj",
    "expl",
    "punct",
    "mark",
    "cc",
    "conj",
    "parataxis",
}
COPULA_TO_VERB = {"worden", "blijven", "heten", "gaan", "lijken", "blijken", "raken", "komen"}
AUX_TO_VERB = {"willen", "laten", "gaan", "blijven", "komen", "durven", "proberen"}


def _children(toks: list[Tok], idx: int) -> list[Tok]:
    return [t for t in toks if t.head == idx]


def _swap_head(
    toks: list[Tok], new_i: int, old_i: int, new_dep: str, move: set[str] | None
) -> None:
    """Make token ``new_i`` (1-based) the head of ``old_i``, inheriting its attachment.

    Dependents of the old head whose relation is in ``move`` (all when None) follow.
    """
    new, old = toks[new_i - 1], toks[old_i - 1]
    new.head, new.deprel = old.head, old.deprel
    old.head, old.deprel = new_i, new_dep
    for t in _children(toks, old_i):
        if t is new:
            continue
        if move is None or t.deprel in move:
            if t.deprel == "aux" and move is not None and "VerbForm=Fin" not in t.feats:
                continue
            t.head = new_i


def harmonise_old(
    sent: Sent,
    arg_pairs: set[tuple[str, str]],
    true_refl: set[str],
    fixed_exprs: frozenset[tuple[str, ...]] = frozenset(),
) -> None:
    """Rewrite one UD 2.0-era LassySmall sentence towards the current guidelines.

    Punctuation is re-attached afterwards, per corpus, by :func:`fix_punct`.
    """
    toks = sent.toks
    for tok in toks:
        if tok.deprel == "flat:name":
            tok.deprel = "flat"
        low = tok.lemma.lower()
        if tok.upos == "DET" and tok.deprel == "det" and low in POSSESSIVES:
            tok.upos = "PRON"
            tok.deprel = "nmod:poss"
            tok.feats = f"Person={POSS_PERSON.get(low, '3')}|Poss=Yes|PronType=Prs"
        if low == "als" and tok.upos == "ADP":
            tok.upos = "SCONJ"
    snapshot = [(t.upos, t.head, t.deprel) for t in toks]
    try:
        _restructure(toks)
        _check_tree(toks)
    except AssertionError:
        for t, (upos, head, deprel) in zip(toks, snapshot):
            t.upos, t.head, t.deprel = upos, head, deprel
        RESTRUCTURE_FAILED.append(sent)
    _relabel(toks, arg_pairs, true_refl)
    _coordination(toks)
    _fixed_names(toks, fixed_exprs)
    _ordinals_and_degree_words(toks)
    _adverbial_modifiers(toks)


def _coordination(toks: list[Tok]) -> None:
    """Attach ``cc`` and in-between commas to the next conjunct, not to the first one.

    Moving a dependent from the first conjunct to a later sibling keeps the tree valid: the
    sibling is never inside the dependent's own subtree (cc and punct are leaves).
    """
    for i, tok in enumerate(toks, start=1):
        if tok.deprel not in ("cc", "punct") or tok.head == 0 or tok.head > i:
            continue
        if _children(toks, i):
            continue
        later = [
            j
            for j, t in enumerate(toks, start=1)
            if t.head == tok.head and t.deprel == "conj" and j > i
        ]
        if not later:
            continue
        nxt = min(later)
        if tok.deprel == "punct" and (tok.form not in {",", ";"} or nxt - i > 3):
            continue
        tok.head = nxt


ORDINAL = re.compile(r"^(\d+(e|de|ste)|[a-z]+(de|ste))$")
DEGREE_WORDS = {"veel", "vele", "meer", "minder", "weinig", "meest", "minst"}


def _ordinals_and_degree_words(toks: list[Tok]) -> None:
    """Ordinals are ADJ/amod and adverbial degree words ADV in the current files."""
    for tok in toks:
        low = tok.form.lower()
        if tok.upos == "NUM" and ORDINAL.match(low):
            tok.upos = "ADJ"
            if tok.deprel == "nummod":
                tok.deprel = "amod"
        elif tok.upos == "PRON" and low in DEGREE_WORDS and tok.deprel in ("obl", "amod"):
            tok.upos = "ADV"
            if tok.deprel == "obl":
                tok.deprel = "advmod"


def _fixed_names(toks: list[Tok], fixed_exprs: frozenset[tuple[str, ...]]) -> None:
    """Old ``fixed`` groups that are names or titles become ``flat``, as the current files have them.

    A group stays ``fixed`` when the current data has the same words as a fixed expression
    (``op basis van``) or when it starts with a function word that is not capitalised inside the
    sentence (a title such as ``Een tegen Allen``); capitalised groups are names
    and get PROPN tags when every word is capitalised.
    """
    for i, tok in enumerate(toks, start=1):
        parts = [t for t in toks if t.head == i and t.deprel == "fixed"]
        if not parts:
            continue
        group = [tok, *parts]
        words = tuple(t.form.lower() for t in group)
        title_case = tok.form[:1].isupper() and i > 1
        if words in fixed_exprs or (tok.upos not in CONTENT_HEADS and not title_case):
            continue
        if all(t.form[:1].isupper() for t in group if t.upos != "PUNCT"):
            for t in group:
                if t.upos != "PUNCT":
                    t.upos = "PROPN"
        for t in parts:
            t.deprel = "flat"


CONTENT_HEADS = {"NOUN", "PROPN", "ADJ", "NUM", "X", "SYM"}
ADVERBIAL_HEADS = {"VERB", "ADJ", "ADV", "ADP"}


def _adverbial_modifiers(toks: list[Tok]) -> None:
    """``amod`` under a verb, adjective or adverb is ``advmod`` in the current files."""
    for tok in toks:
        if tok.deprel == "amod" and tok.head > 0 and toks[tok.head - 1].upos in ADVERBIAL_HEADS:
            tok.deprel = "advmod"


def learn_fixed(current: list[Sent]) -> frozenset[tuple[str, ...]]:
    """Lower-cased word sequences that the current files annotate as ``fixed`` expressions."""
    exprs = set()
    for s in current:
        for i, tok in enumerate(s.toks, start=1):
            parts = [t.form.lower() for t in s.toks if t.head == i and t.deprel == "fixed"]
            if parts:
                exprs.add((tok.form.lower(), *parts))
    return frozenset(exprs)


def fix_punct(sents: list[Sent]) -> None:
    """Attach punctuation projectively with Udapi's ``ud.FixPunct``, as the current files are.

    The old file hangs most punctuation from the root; the current releases were normalised
    with this very block (it leaves their punctuation unchanged).
    """
    from udapi.block.ud.fixpunct import FixPunct
    from udapi.core.document import Document

    lines = []
    for s in sents:
        for i, t in enumerate(s.toks, start=1):
            lines.append(
                f"{i}\t{t.form}\t{t.lemma or '_'}\t{t.upos}\t_\t{t.feats or '_'}"
                f"\t{t.head}\t{t.deprel}\t_\t_"
            )
        lines.append("")
    doc = Document()
    doc.from_conllu_string("\n".join(lines) + "\n")
    FixPunct().process_document(doc)
    for s, bundle in zip(sents, doc.bundles, strict=True):
        for t, node in zip(s.toks, bundle.get_tree().descendants, strict=True):
            t.head, t.deprel = node.parent.ord, node.deprel


def drop_overlap(old: list[Sent], *current: list[Sent]) -> list[Sent]:
    """Old-train sentences minus those the current dev/test files also contain.

    About 1,000 old train sentences reappear in current LassySmall dev and test (the corpus was
    re-split after UD 2.0); kept, they would leak the held-out test into training.
    """
    seen = {tuple(t.form for t in s.toks) for part in current for s in part}
    return [s for s in old if tuple(t.form for t in s.toks) not in seen]


RESTRUCTURE_FAILED: list[Sent] = []


def _restructure(toks: list[Tok]) -> None:
    """Move heads where UD 2.0 and current UD Dutch choose different heads."""
    # Copulas other than "zijn" are main verbs with an xcomp predicate in current UD Dutch.
    for i, tok in enumerate(toks, start=1):
        if tok.deprel == "cop" and tok.lemma.lower() in COPULA_TO_VERB and tok.head > 0:
            pred_i = tok.head
            pred = toks[pred_i - 1]
            keep_adv = {
                id(t)
                for t in _children(toks, pred_i)
                if t.deprel == "advmod" and pred.upos == "ADJ" and toks.index(t) + 2 == pred_i
            }
            tok.upos = "VERB"
            new, old = tok, pred
            new.head, new.deprel = old.head, old.deprel
            old.head, old.deprel = i, "xcomp"
            for t in _children(toks, pred_i):
                if t is not new and t.deprel in CLAUSAL and id(t) not in keep_adv:
                    t.head = i
    # willen/laten/gaan...: auxiliaries in UD 2.0, main verbs with xcomp now.
    for i, tok in enumerate(toks, start=1):
        if tok.deprel == "aux" and tok.lemma.lower() in AUX_TO_VERB and tok.head > 0:
            tok.upos = "VERB"
            _swap_head(toks, i, tok.head, "xcomp", RAISE_FROM_VERB | {"aux"})
    # moeten: a main verb with xcomp in UD 2.0, an auxiliary now.
    for i, tok in enumerate(toks, start=1):
        if tok.lemma.lower() == "moeten" and tok.upos == "VERB":
            comps = [
                j
                for j, t in enumerate(toks, start=1)
                if t.head == i and t.deprel == "xcomp" and t.upos in ("VERB", "AUX")
            ]
            if comps:
                tok.upos = "AUX"
                _swap_head(toks, comps[0], i, "aux", None)


def _relabel(toks: list[Tok], arg_pairs: set[tuple[str, str]], true_refl: set[str]) -> None:
    """Relation subtypes that UD 2.0 did not have (obl:agent, obl:arg, expl:pv)."""
    passive_heads = {t.head for t in toks if t.deprel == "aux:pass"}
    for i, tok in enumerate(toks, start=1):
        if tok.head == 0:
            continue
        head = toks[tok.head - 1]
        if tok.lemma.lower() in REFLEXIVES and tok.upos == "PRON" and tok.deprel == "obj":
            if head.lemma.lower() not in true_refl and "Reflex=Yes" in tok.feats:
                tok.deprel = "expl:pv"
        if tok.deprel == "obl":
            cases = [t.lemma.lower() for t in toks if t.deprel == "case" and t.head == i]
            if cases and cases[0] == "door" and tok.head in passive_heads:
                tok.deprel = "obl:agent"
            elif cases and (head.lemma.lower(), cases[0]) in arg_pairs:
                tok.deprel = "obl:arg"
        if tok.deprel == "compound:prt" and tok.form.isalpha():
            prt = tok.lemma.lower()
            if head.upos in ("VERB", "AUX") and not head.lemma.lower().startswith(prt):
                head.lemma = prt + head.lemma


def _check_tree(toks: list[Tok]) -> None:
    """Fail loudly if a rewrite created a cycle or a second root."""
    roots = [t for t in toks if t.head == 0]
    assert len(roots) == 1, "rewrite produced several roots"
    for start in range(1, len(toks) + 1):
        seen, cur = set(), start
        while cur != 0:
            assert cur not in seen, "rewrite produced a cycle"
            seen.add(cur)
            cur = toks[cur - 1].head


def is_tree(toks: list[Tok]) -> bool:
    """True if the heads form one tree (a few old sentences have tokens headed by themselves)."""
    try:
        _check_tree(toks)
    except AssertionError:
        return False
    return True


def to_doc(vocab: spacy.Vocab, sents: list[Sent]) -> Doc:
    """Join sentences into one Doc with the basic tree, POS, morph and plain lemmas."""
    words, spaces, pos, morphs, lemmas, heads, deps, starts = [], [], [], [], [], [], [], []
    offset = 0
    for s in sents:
        for j, tok in enumerate(s.toks):
            words.append(tok.form)
            spaces.append(tok.space_after or j == len(s.toks) - 1)
            pos.append(tok.upos if tok.upos != "_" else "X")
            morphs.append(tok.feats)
            lemmas.append(plain_lemma(tok.lemma) if tok.lemma != "_" else tok.form)
            heads.append(offset + tok.head - 1 if tok.head > 0 else offset + j)
            deps.append("ROOT" if tok.head == 0 else (tok.deprel if tok.deprel != "_" else "dep"))
            starts.append(j == 0)
        offset += len(s.toks)
    spaces[-1] = False
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        sent_starts=starts,
    )


def group_docs(vocab: spacy.Vocab, sents: list[Sent], n: int) -> list[Doc]:
    """Group consecutive sentences into docs of ``n`` sentences."""
    return [to_doc(vocab, sents[i : i + n]) for i in range(0, len(sents), n)]


def load_all(ud_dir: Path) -> dict[str, list[Sent]]:
    """Read every UD file, harmonise the old train, and return sentences by split name."""
    data = {
        "old_train": read_conllu(ud_dir / "nl_lassysmall-ud-train.v2_0.conllu"),
        "lassy_dev": read_conllu(ud_dir / "nl_lassysmall-ud-dev.conllu"),
        "alpino_dev": read_conllu(ud_dir / "nl_alpino-ud-dev.conllu"),
        "alpino_test": read_conllu(ud_dir / "nl_alpino-ud-test.conllu"),
        "lassy_test": read_conllu(ud_dir / "nl_lassysmall-ud-test.conllu"),
    }
    n_old = len(data["old_train"])
    data["old_train"] = drop_overlap(data["old_train"], data["lassy_dev"], data["lassy_test"])
    print(f"old train: dropped {n_old - len(data['old_train'])} sentences found in dev/test")
    current = data["lassy_dev"] + data["alpino_dev"] + data["alpino_test"]
    arg_pairs, true_refl, _ = learn_lexicons(current)
    fixed_exprs = learn_fixed(current)
    for s in data["old_train"]:
        detokenise(s)
        harmonise_old(s, arg_pairs, true_refl, fixed_exprs)
    data["old_train"] = [s for s in data["old_train"] if is_tree(s.toks)]
    print(f"old train: {len(data['old_train'])} sentences with a valid tree kept")
    fix_punct(data["old_train"])
    if RESTRUCTURE_FAILED:
        print(
            f"head rewrites skipped for {len(RESTRUCTURE_FAILED)} sentences (would break the tree)"
        )
    return data


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ud-dir", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--group", type=int, default=10)
    ap.add_argument("--dev-sents", type=int, default=400, help="LassySmall dev sentences held out")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    data = load_all(args.ud_dir)
    nlp = spacy.blank("nl")
    rng = random.Random(args.seed)
    lassy_dev = list(data["lassy_dev"])
    dev = lassy_dev[: args.dev_sents]
    train_sents = (
        data["old_train"] + lassy_dev[args.dev_sents :] + data["alpino_dev"] + data["alpino_test"]
    )
    train_docs = group_docs(nlp.vocab, train_sents, args.group)
    rng.shuffle(train_docs)
    args.out.mkdir(parents=True, exist_ok=True)
    splits = {
        "ud_train": train_docs,
        "ud_dev": group_docs(nlp.vocab, dev, args.group),
        "ud_test": group_docs(nlp.vocab, data["lassy_test"], args.group),
    }
    for name, docs in splits.items():
        DocBin(docs=docs, store_user_data=False).to_disk(args.out / f"{name}.spacy")
        n_tok = sum(len(d) for d in docs)
        print(f"{name}: {len(docs)} docs, {n_tok} tokens")


if __name__ == "__main__":
    main()
