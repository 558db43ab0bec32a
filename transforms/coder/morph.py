"""Inflected forms of the dictionary verbs, so predicates are found even when the lemmatizer misses.

Regular (weak) verbs follow the spelling rules of Dutch conjugation ('t kofschip for -te/-de, final
z/v -> s/f, open-syllable vowel doubling); strong and irregular verbs come from a small table
(source: standard Dutch grammar tables, e.g. Taalunie "sterke en onregelmatige werkwoorden";
written for this project). Only verbs of the predicate dictionary are generated.
"""

from __future__ import annotations

# infinitive: (past singular, past plural, participle)
STRONG = {
    "bieden": ("bood", "boden", "geboden"),
    "binden": ("bond", "bonden", "gebonden"),
    "breken": ("brak", "braken", "gebroken"),
    "brengen": ("bracht", "brachten", "gebracht"),
    "denken": ("dacht", "dachten", "gedacht"),
    "dringen": ("drong", "drongen", "gedrongen"),
    "gaan": ("ging", "gingen", "gegaan"),
    "geven": ("gaf", "gaven", "gegeven"),
    "hebben": ("had", "hadden", "gehad"),
    "heffen": ("hief", "hieven", "geheven"),
    "helpen": ("hielp", "hielpen", "geholpen"),
    "houden": ("hield", "hielden", "gehouden"),
    "komen": ("kwam", "kwamen", "gekomen"),
    "laten": ("liet", "lieten", "gelaten"),
    "nemen": ("nam", "namen", "genomen"),
    "prijzen": ("prees", "prezen", "geprezen"),
    "roepen": ("riep", "riepen", "geroepen"),
    "schenden": ("schond", "schonden", "geschonden"),
    "schieten": ("schoot", "schoten", "geschoten"),
    "schrijven": ("schreef", "schreven", "geschreven"),
    "sluiten": ("sloot", "sloten", "gesloten"),
    "spreken": ("sprak", "spraken", "gesproken"),
    "staan": ("stond", "stonden", "gestaan"),
    "treden": ("trad", "traden", "getreden"),
    "trekken": ("trok", "trokken", "getrokken"),
    "vallen": ("viel", "vielen", "gevallen"),
    "vechten": ("vocht", "vochten", "gevochten"),
    "vinden": ("vond", "vonden", "gevonden"),
    "vliegen": ("vloog", "vlogen", "gevlogen"),
    "vragen": ("vroeg", "vroegen", "gevraagd"),
    "werpen": ("wierp", "wierpen", "geworpen"),
    "wijzen": ("wees", "wezen", "gewezen"),
    "zeggen": ("zei", "zeiden", "gezegd"),
    "zien": ("zag", "zagen", "gezien"),
    "zijn": ("was", "waren", "geweest"),
    "zoeken": ("zocht", "zochten", "gezocht"),
    "slaan": ("sloeg", "sloegen", "geslagen"),
    "verslaan": ("versloeg", "versloegen", "verslagen"),
    "ontvangen": ("ontving", "ontvingen", "ontvangen"),
    "verwijten": ("verweet", "verweten", "verweten"),
    "vergeven": ("vergaf", "vergaven", "vergeven"),
    "verbreken": ("verbrak", "verbraken", "verbroken"),
    "verwerpen": ("verwierp", "verwierpen", "verworpen"),
    "bezoeken": ("bezocht", "bezochten", "bezocht"),
    "onderzoeken": ("onderzocht", "onderzochten", "onderzocht"),
    "verzoeken": ("verzocht", "verzochten", "verzocht"),
    "beschieten": ("beschoot", "beschoten", "beschoten"),
    "verbieden": ("verbood", "verboden", "verboden"),
    "ontmoeten": ("ontmoette", "ontmoetten", "ontmoet"),
    "bezetten": ("bezette", "bezetten", "bezet"),
    "zetten": ("zette", "zetten", "gezet"),
    "hervatten": ("hervatte", "hervatten", "hervat"),
}
EXTRA = {
    "hebben": ["heb", "hebt", "heeft"],
    "zijn": ["ben", "bent", "is"],
    "zeggen": ["zeg", "zegt", "zei"],
    "gaan": ["ga", "gaat"],
    "slaan": ["sla", "slaat"],
    "verslaan": ["versla", "verslaat"],
    "staan": ["sta", "staat"],
    "zien": ["zie", "ziet"],
}
UNSTRESSED_PREFIXES = ("be", "ge", "her", "ont", "ver", "er", "onder", "over", "mis")
KOFSCHIP = set("tkfschp")
VOWELS = set("aeiou")


def _stem(inf: str) -> tuple[str, str]:
    """(written stem, stem for 't kofschip) of a weak verb: reizen -> (reis, reiz), praten -> (praat, praat)."""
    base = inf[:-2] if inf.endswith("en") else inf[:-1]
    raw = base
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in VOWELS:
        base = base[:-1]  # zetten -> zet
    elif (
        len(base) >= 3
        and base[-1] not in VOWELS
        and base[-2] in "aeou"
        and base[-3] not in VOWELS
        and not base.endswith(("el", "er", "en", "ig", "em"))
    ):
        base = base[:-1] + base[-2] + base[-1]  # praten -> praat, leven -> leev
    last = base[-1]
    if last == "z":
        base = base[:-1] + "s"
    elif last == "v":
        base = base[:-1] + "f"
    return base, raw


def verb_forms(inf: str) -> set[str]:
    """Present, past and participle forms of one infinitive (lowercase)."""
    inf = inf.lower()
    forms = {inf}
    forms.update(EXTRA.get(inf, []))
    for strong, (ps, pp, part) in STRONG.items():
        if inf == strong or (inf.endswith(strong) and len(inf) > len(strong)):
            prefix = inf[: len(inf) - len(strong)]
            forms.update({prefix + ps, prefix + pp})
            if prefix and not prefix.startswith(UNSTRESSED_PREFIXES):
                forms.add(prefix + part)  # aanvallen -> aangevallen
            elif prefix:
                forms.add(prefix + part[2:] if part.startswith("ge") else prefix + part)
            else:
                forms.add(part)
            stem, _ = _stem(strong)
            forms.update({prefix + stem, prefix + stem + ("" if stem.endswith("t") else "t")})
            return forms
    for stem, raw in _stems(inf):
        forms.update({stem, stem if stem.endswith("t") else stem + "t"})
        suffix = "t" if raw[-1] in KOFSCHIP or raw.endswith("ch") else "d"
        forms.update({stem + suffix + "e", stem + suffix + "en"})
        pre = "" if inf.startswith(UNSTRESSED_PREFIXES) else "ge"
        part = pre + stem + ("" if stem.endswith(suffix) else suffix)
        forms.add(part)
        if pre and stem[0] in "ei":
            forms.add("ge" + ("ë" if stem[0] == "e" else "ï") + part[3:])  # geëist, geïnvadeerd
    return forms


def _stems(inf: str) -> list[tuple[str, str]]:
    """Weak-verb stems; for -elen/-eren/-enen both readings (wandel / veroordeel, bekritiseer)."""
    stem, raw = _stem(inf)
    out = [(stem, raw)]
    base = inf[:-2] if inf.endswith("en") else inf[:-1]
    if len(base) >= 3 and base.endswith(("el", "er", "en", "em")) and base[-3] not in VOWELS:
        doubled = base[:-2] + base[-2] + base[-2:]
        out.append((doubled, raw))
    return out


def past_forms(inf: str) -> set[str]:
    """Past-tense forms only (never a noun or an infinitive): sloot, sloten, reisde, brachten."""
    inf = inf.lower()
    for strong, (ps, pp, _part) in STRONG.items():
        if inf == strong or (inf.endswith(strong) and len(inf) > len(strong)):
            prefix = inf[: len(inf) - len(strong)]
            return {prefix + ps, prefix + pp} - {inf}
    out = set()
    for stem, raw in _stems(inf):
        suffix = "t" if raw[-1] in KOFSCHIP or raw.endswith("ch") else "d"
        out |= {stem + suffix + "e", stem + suffix + "en"}
    return out - {inf}


def separable_forms(base: str, particle: str) -> set[str]:
    """Joined forms of a separable verb: overeenkomen, overeengekomen, overeen te komen is 3 tokens."""
    out = {particle + base}
    for f in verb_forms(base):
        if f.startswith("ge") and f not in (base,):
            out.add(particle + f)
    return out
