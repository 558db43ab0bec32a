"""Training-time augmentation: headline-style copies of treebank documents.

News titles and teasers drop their articles ("Iran bestookt Amerikaanse basis in Qatar"), a
form the treebanks (full sentences) almost never show, and a parser trained on them misreads
such titles (the article-less noun phrase becomes a modifier, the verb an adjective). With
probability ``level`` a training document is replaced by a copy from which each article
(``de``, ``het``, ``een``, ``'t`` as a ``det`` leaf outside any entity) is dropped with
probability ``per_article``; heads, labels, tags, lemmas, entities and sentence starts are kept
for the remaining words, so the copy is a valid gold tree. Documents without a complete parse
(the Europeana NER sentences) are left alone.

Registered for spaCy's config as ``geoevents.headline_augmenter.v1``; pass this file with
``--code training/augment.py`` to ``spacy train``.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

import spacy
from spacy.training import Example
from spacy.training.iob_utils import _doc_to_biluo_tags_with_partial

ARTICLES = frozenset({"de", "het", "een", "'t"})


@spacy.registry.augmenters("geoevents.headline_augmenter.v1")
def create_headline_augmenter(level: float, per_article: float) -> Callable:
    def augment(nlp, example: Example) -> Iterator[Example]:
        if random.random() >= level:
            yield example
            return
        yield drop_articles(nlp, example, per_article)

    return augment


def drop_articles(nlp, example: Example, per_article: float) -> Example:
    """The example without (most of) its articles; unchanged when it has no complete parse."""
    ref = example.reference
    if len(ref) == 0 or not ref.has_annotation("DEP", require_complete=True):
        return example
    data = example.to_dict()
    data["doc_annotation"]["entities"] = _doc_to_biluo_tags_with_partial(ref)
    tokens = data["token_annotation"]
    ents = data["doc_annotation"]["entities"]
    heads = tokens["HEAD"]
    has_children = {h for i, h in enumerate(heads) if h != i}
    drop = {
        t.i
        for t in ref
        if t.lower_ in ARTICLES
        and t.dep_ == "det"
        and t.i not in has_children
        and ents[t.i] == "O"
        and random.random() < per_article
    }
    if not drop:
        return example
    keep = [i for i in range(len(ref)) if i not in drop]
    new_index = {old: new for new, old in enumerate(keep)}
    out = {}
    for key, values in tokens.items():
        if key == "HEAD":
            out[key] = [new_index[heads[i]] for i in keep]
        elif key == "SENT_START":
            # a dropped sentence-initial article hands the sentence start to the next word
            starts = list(values)
            for i in sorted(drop):
                if starts[i] == 1 and i + 1 < len(starts):
                    starts[i + 1] = 1
            out[key] = [starts[i] for i in keep]
        else:
            out[key] = [values[i] for i in keep]
    words = out["ORTH"]
    starts = out.get("SENT_START") or [0] * len(words)
    for j, w in enumerate(words):
        if (j == 0 or starts[j] == 1) and w[:1].islower():
            words[j] = w[:1].upper() + w[1:]  # "de regering ..." -> "Regering ..."
    data["token_annotation"] = out
    data["doc_annotation"]["entities"] = [ents[i] for i in keep]
    doc = spacy.tokens.Doc(nlp.vocab, words=words, spaces=out["SPACY"])
    return Example.from_dict(doc, data)
