"""Dictionary mentions in a token sequence: the longest name at each position, people by their
name keys (case- and accent-insensitive, genitives, titles and regnal names), hyphenated parts
and compass regions. Split from ``actors.py``, which builds the index this reads."""

from __future__ import annotations

from difflib import SequenceMatcher
from itertools import compress
from operator import itemgetter

from .actors import (
    COMPASS,
    COUNTRY,
    KIND_RANK,
    ORG,
    PERSON,
    PLACE,
    REGNAL_TITLES,
    ROMAN,
    SURNAME_PARTICLES,
    WORD_MEMO_SIZE,
    ActorIndex,
    Entry,
    Mention,
    WordFeatures,
    name_key,
)

# ... except where the country's short name is also a continent's: "Zuid-Amerika" is no part of
# the United States
CONTINENT_TAILS = {"Amerika"}
_SECOND, _THIRD = itemgetter(1), itemgetter(2)


def _compass_region(text: str, first: dict) -> tuple[int, Entry] | None:
    head, _, tail = text.partition("-")
    if head not in COMPASS or tail in CONTINENT_TAILS:
        return None
    for toks, entry in first.get(tail, ()):
        if len(toks) == 1 and entry.kind == COUNTRY:
            return 1, Entry(PLACE, entry.code, text)
    return None


def _water_at(words: list[str], i: int, waters: dict[str, list[tuple[str, ...]]]) -> int:
    """Length of the sea or strait name that starts at ``i`` (0 if none)."""
    for toks in waters.get(words[i], ()):
        if tuple(words[i : i + len(toks)]) == toks:
            return len(toks)
    return 0


def match_mentions(words: list[str], idx: ActorIndex) -> list[Mention]:
    """Longest-first dictionary matches over token texts; hyphenated tokens are also split ("EU-leiders")."""
    out: list[Mention] = []
    n = len(words)
    first = idx.first
    memo = idx.word_memo
    if len(memo) >= WORD_MEMO_SIZE:
        memo.clear()
    # (map and itemgetter: per-token list building at C speed, on every word of every article)
    feats = list(map(memo.get, words))
    if None in feats:
        feats = [f or memo.get(w) or _word_features(w, idx) for f, w in zip(feats, words)]
    keys = list(map(_SECOND, feats))
    starts = list(compress(range(n), map(_THIRD, feats)))
    free = 0  # first position not covered by the previous match
    for i in starts:
        if i < free:
            continue
        text = words[i]
        water = _water_at(words, i, idx.waters) if text in idx.waters else 0  # (mostly not)
        if water:
            free = i + water  # "de Japanse Zee": a sea, not Japan
            continue
        best: tuple[int, Entry] | None = None
        cands = feats[i][5]
        if feats[i][6] and i + 1 < n:
            cands = (*cands, *feats[i][6].get(words[i + 1], ()))
        for toks, entry in cands:
            k = len(toks)
            if i + k <= n and all(words[i + j] == toks[j] for j in range(2, k)):
                if (
                    best is None
                    or k > best[0]
                    or (k == best[0] and KIND_RANK[entry.kind] < KIND_RANK[best[1].kind])
                ):
                    best = (k, entry)
        cap = feats[i][0]  # capitalised (read at the few match starts only)
        if cap and feats[i][7]:
            found = _person_at(keys, i, idx.people, idx.name_words)
            # on equal length a surname alias yields to a country, organisation or place name
            if found is not None and (
                best is None
                or found[0] > best[0]
                or (found[0] == best[0] and not found[1].code.startswith("?"))
            ):
                best = found
        if best is not None and best[0] == 1 and _someone_else(words, keys, feats, i, best[1], idx):
            best = None
        if (best is None or best[1].code.startswith("?")) and cap and i > 0 and feats[i - 1][3]:
            # after a role title the surname of a dated office holder beats an undated alias
            # ("Minister Faber": the minister, not another Faber of the Phoenix lists)
            found = _person_at(keys, i, idx.titled, idx.name_words)
            if found is not None and (best is None or found[0] >= best[0]):
                best = found
        if cap and i > 0 and feats[i - 1][4]:
            found = _person_at(keys, i, idx.regnal, idx.name_words)
            k = found[0] if found else 0
            if (
                found is not None
                and not (i + k < n and ROMAN.fullmatch(words[i + k]))
                and (best is None or (best[1].code.startswith("?") and best[0] <= k))
            ):
                best = found
        if (
            best is None
            and cap
            and idx.bare
            and (i == 0 or not feats[i - 1][0])
            and (i + 1 >= n or not feats[i + 1][0])
        ):
            # a surname alone, no other name word beside it ("Jorien Vandekerckhove" is someone
            # else than a listed Vandekerckhove)
            best = _bare_person_at(keys, i, idx)
        if best is None and "-" in text and len(text) > 3:
            # only the first part: "EU-leiders", "FARC-rebellen" (but not "Indo-China")
            head, tail = text.split("-", 1)
            e = idx.hyphen_parts.get(head)
            if e is not None and e.kind in (ORG, COUNTRY, PERSON):
                best = (1, e)
            elif head.lower() in CABINET_NOUNS and tail[:1].isupper():
                # "het kabinet-Kok", "de regering-Verhofstadt": the cabinet its premier names
                tail_key = [name_key(tail)]
                if tail.lower() in SURNAME_PARTICLES and i + 1 < n and feats[i + 1][0]:
                    # "de regering-De Wever": the tokenizer split the name after its particle
                    tail_key.append(keys[i + 1])
                found = [
                    f
                    for f in (
                        _person_at(tail_key, 0, idx.titled, idx.name_words),
                        _person_at(tail_key, 0, idx.people, idx.name_words),
                    )
                    if f is not None
                ]
                best = max(found, key=lambda f: f[0]) if found else None
            else:
                best = _compass_region(text, first)
        if best:
            out.append(Mention(i, i + best[0], best[1]))
            free = i + best[0]
    return out


def _someone_else(
    words: list[str], keys: list, feats: list, i: int, entry: Entry, idx: ActorIndex
) -> bool:
    """A one-word name right after a capitalised given name or name particle that is not the
    person's own is part of another person's name: "Geert Lambert" is not Alain Lambert, "Henri
    Lafontaine" not Oskar Lafontaine, "De Morgan" and "El País" no Morgan or Pais; a title
    before it ("Koning Leopold", "President Johnson") or the person's own given name is kept."""
    if entry.kind != PERSON or i == 0 or not feats[i - 1][0] or feats[i - 1][3] or feats[i - 1][4]:
        return False
    prev = keys[i - 1]
    own = idx.own_words.get(entry.code, ())
    if prev is None or prev in own:
        return False
    if not (prev in idx.people_firsts or prev in SURNAME_PARTICLES):
        return False
    # a spelling of the person's own given name ("Sergei" for Sergej, "Philip" for Filip)
    return not any(SequenceMatcher(None, prev, w).ratio() >= SPELLING_RATIO for w in own)


SPELLING_RATIO = 0.7  # "filip"/"philip" 0.73, "sergej"/"sergei" 0.83; "henri"/"oskar" 0.2


def _word_features(w: str, idx: ActorIndex) -> WordFeatures:
    """What the matcher asks of a word form, read once per coder since forms recur in every
    article: capitalised; its person key (capitalised words and lower-case name particles, for
    the inside of "Ursula von der Leyen"); whether it can start a match (a dictionary first
    word, hyphenated or capitalised); a role title before a name; a regnal title; the names it
    starts, one-word ones and the longer ones by their second word (a common first word starts
    hundreds of names, most ruled out by the next word alone); whether ``_person_at`` can
    find a name in ``people`` from it (its key, the key without a genitive s, or the first
    word of a longer name)."""
    cap = w[:1].isalpha() and not w.islower()
    key = name_key(w) if cap or w in SURNAME_PARTICLES else None
    people = idx.people
    person = key is not None and (
        key in people
        or key in idx.people_firsts
        or any(
            key.endswith(suffix) and len(key) > len(suffix) + 2 and key[: -len(suffix)] in people
            for suffix in GENITIVE
        )
    )
    names = idx.first.get(w, ())
    if not names and cap and "-" not in w and len(w) > 7:
        names = _group_compound(w, idx)
    longer: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
    for name in names:
        if len(name[0]) > 1:
            longer.setdefault(name[0][1], []).append(name)
    # (most words start no name: the shared empty tuple and None keep the memo small)
    value = idx.word_memo[w] = (
        cap,
        key,
        w in idx.first or "-" in w or cap,
        _is_title(w, idx),
        w.lower() in REGNAL_TITLES,
        tuple(name for name in names if len(name[0]) == 1),
        longer or None,
        person,
    )
    return value


def _group_compound(w: str, idx: ActorIndex) -> tuple:
    """ "Hamasleider", "Hezbollahstrijders", "Talibanregime": an organisation's name (of five
    letters or more) written together with a role noun is that organisation, as "EU-leiders"
    is with a hyphen. Read once per word form (the matcher's word memo)."""
    for k in range(5, len(w) - 2):
        rest = w[k:]
        if not (rest in idx.agents or rest[:-1] in idx.agents or rest[:-2] in idx.agents):
            continue
        for toks, e in idx.first.get(w[:k], ()):
            if len(toks) == 1 and e.kind == ORG:
                return (((w,), e),)
    return ()


# a government named after its head: "kabinet-Kok", "regering-Verhofstadt"
CABINET_NOUNS = {"kabinet", "regering", "ploeg", "coalitie", "bewind", "regime"}


def _is_title(word: str, idx: ActorIndex) -> bool:
    """A role noun before a name: "premier", "minister", "oud-president", "buitenlandminister"."""
    w = word.lower().removeprefix("oud-").removeprefix("ex-")
    if w in idx.agents:
        return True
    return any(w.endswith(suffix) for suffix in ("minister", "president", "premier", "kanselier"))


def _genitive_of(key: str | None, name: str, names: set[str]) -> bool:
    """``key`` is ``name`` or its genitive ("baraks", "bush'", "barak's"), unless ``key`` is a
    name of its own ("filips")."""
    if key is None:
        return False
    return key == name or (key not in names and key in (name + "s", name + "'s", name + "'"))


GENITIVE = ("s", "'s", "'")


def _person_at(
    keys: list[str | None],
    i: int,
    people: dict[str, list[tuple[tuple[str, ...], Entry]]],
    names: set[str],
) -> tuple[int, Entry] | None:
    """Longest person name starting at token ``i`` (capitalised tokens only; the last word may
    carry a genitive s: "Baraks aanbod", "Ehud Baraks")."""
    n = len(keys)
    key = keys[i]
    if key is None:
        return None
    cands = list(people.get(key, ()))
    for suffix in GENITIVE:  # a one-word name in the genitive
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            cands.extend(people.get(key[: -len(suffix)], ()))
    nxt = keys[i + 1] if i + 1 < n else None
    if nxt:
        cands.extend(people.get(f"{key} {nxt}", ()))
        for suffix in GENITIVE:  # a two-word name in the genitive ("Ehud Baraks")
            if nxt.endswith(suffix) and len(nxt) > len(suffix):
                stem = f"{key} {nxt[: -len(suffix)]}"
                cands.extend(c for c in people.get(stem, ()) if len(c[0]) == 2)
    best: tuple[int, Entry] | None = None
    for toks, entry in cands:
        k = len(toks)
        if i + k > n or (best is not None and k <= best[0]):
            continue
        if k == 1:
            ok = _genitive_of(key, toks[0], names)
        else:
            ok = all(keys[i + j] == toks[j] for j in range(1, k - 1)) and _genitive_of(
                keys[i + k - 1], toks[k - 1], names
            )
        if ok:
            best = (k, entry)
    return best


_MISSING = object()
_BARE_MEMOS: dict[int, tuple[dict, dict | None]] = {}  # id(idx.bare) -> (idx.bare, answers)


def _bare_person_at(keys: list[str | None], i: int, idx: ActorIndex) -> tuple[int, Entry] | None:
    """``_person_at(keys, i, idx.bare, idx.name_words)``, kept per word key: the surnames
    of ``bare`` are one word each (no key with a space), so the answer depends on
    ``keys[i]`` alone, and the same surnames recur in every article."""
    bare = idx.bare
    kept = _BARE_MEMOS.get(id(bare))
    if kept is None or kept[0] is not bare:
        one_word = all(" " not in k and all(len(t) == 1 for t, _ in v) for k, v in bare.items())
        if len(_BARE_MEMOS) >= 8:
            _BARE_MEMOS.clear()
        kept = _BARE_MEMOS[id(bare)] = (bare, {} if one_word else None)
    memo = kept[1]
    if memo is None:
        return _person_at(keys, i, bare, idx.name_words)
    key = keys[i]
    found = memo.get(key, _MISSING)
    if found is _MISSING:
        if len(memo) >= WORD_MEMO_SIZE:
            memo.clear()
        found = memo[key] = _person_at([key], 0, bare, idx.name_words)
    return found


def _initials_hold(abbr: str, words: list[str]) -> bool:
    """The letters of ``abbr`` are, in order, initials of ``words`` ("SKS" in "Koninkrijk der
    Serviërs, Kroaten en Slovenen", "VN" in "Verenigde Naties"): an abbreviation of that name."""
    initials = iter(w[0].lower() for w in words if w[:1].isalpha())
    return all(any(c == i for i in initials) for c in abbr.lower() if c.isalpha())


def with_article_abbreviations(words: list[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus the later uses of an abbreviation the article defines after a name
    ("Het Koninkrijk der Serviërs, Kroaten en Slovenen (SKS) ... Italië viel het SKS aan",
    "de SKS-gedelegeerden"): each is a mention of the named actor. Only for names of two words
    or more whose initials spell the abbreviation, and abbreviations no dictionary knows."""
    n = len(words)
    known = {m.start for m in mentions}
    defined: dict[str, Entry] = {}
    starts: dict[str, int] = {}
    for m in mentions:
        j = m.end
        if j + 2 >= n or words[j] != "(" or words[j + 2] != ")" or m.end - m.start < 2:
            continue
        abbr = words[j + 1]
        if (
            2 <= len(abbr) <= 6
            and abbr[0].isupper()
            and sum(c.isupper() for c in abbr) >= 2
            and j + 1 not in known
            and m.entry.kind in (COUNTRY, ORG)
            and _initials_hold(abbr, words[m.start : m.end])
        ):
            defined.setdefault(abbr, m.entry)
            starts.setdefault(abbr, j + 2)
    if not defined:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    extra = []
    for i, w in enumerate(words):
        abbr = w.split("-", 1)[0] if "-" in w else w
        entry = defined.get(abbr)
        if entry is not None and i > starts[abbr] and i not in covered:
            extra.append(Mention(i, i + 1, entry))
    return sorted([*mentions, *extra], key=lambda m: m.start)
