"""Publication dates with localized day and month names, which feedparser cannot read (issue 17.4).

feedparser reads RFC 822 and ISO dates with English names only, so UOL's "Seg, 24 Set 2018" and a
Dutch "di 12 mrt 2024" came out as no date and the item got the fetch time. This reads
"<day> <month name> <year> [time] [zone]" (with "de", "." and weekday names in between, as in
"martes, 12 de marzo de 2024" or "Di, 12. März 2024 14:05") and "<month name> <day>, <year>".
Month names and abbreviations are Dutch first, then German, French, Spanish, Portuguese,
Italian, English and the Scandinavian languages; a name two languages share for different
months goes to the earlier language. Weekday names are ignored. A time without a zone is UTC,
as in feedparser.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta

# Per language, in order of precedence: month names and abbreviations, January first.
_MONTHS_BY_LANGUAGE = (
    # Dutch
    "januari jan|februari feb febr|maart mrt mar mrz|april apr|mei|juni jun|juli jul|"
    "augustus aug|september sep sept|oktober okt oct|november nov|december dec",
    # German
    "januar jan jänner jaenner|februar feb|märz maerz mrz|april apr|mai|juni jun|juli jul|"
    "august aug|september sep sept|oktober okt|november nov|dezember dez",
    # French
    "janvier janv|février fevrier fevr févr|mars|avril avr|mai|juin|juillet juil|août aout|"
    "septembre sept|octobre oct|novembre nov|décembre decembre dec déc",
    # Spanish
    "enero ene|febrero feb|marzo mar|abril abr|mayo may|junio jun|julio jul|agosto ago|"
    "septiembre setiembre sep sept set|octubre oct|noviembre nov|diciembre dic",
    # Portuguese
    "janeiro jan|fevereiro fev|março marco mar|abril abr|maio mai|junho jun|julho jul|"
    "agosto ago|setembro set|outubro out|novembro nov|dezembro dez",
    # Italian
    "gennaio gen|febbraio feb|marzo mar|aprile apr|maggio mag|giugno giu|luglio lug|"
    "agosto ago|settembre set sett|ottobre ott|novembre nov|dicembre dic",
    # English
    "january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|"
    "september sep sept|october oct|november nov|december dec",
    # Danish, Norwegian, Swedish
    "januar jan januari|februar feb februari|marts mars mar|april apr|maj mai|juni jun|"
    "juli jul|august augusti aug|september sep|oktober okt|november nov|december desember dec des",
)
_ZONES = {
    "z": 0, "ut": 0, "utc": 0, "gmt": 0, "wet": 0, "west": 60, "bst": 60, "cet": 60,
    "cest": 120, "mez": 60, "mesz": 120, "eet": 120, "eest": 180, "brt": -180, "brst": -120,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
    "pst": -480, "pdt": -420,
}  # fmt: skip


def _plain(word: str) -> str:
    """Lower case without accents or a trailing dot: "Févr." -> "fevr"."""
    decomposed = unicodedata.normalize("NFKD", word.lower().rstrip("."))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for language in _MONTHS_BY_LANGUAGE:
        for month, names in enumerate(language.split("|"), start=1):
            for name in names.split():
                table.setdefault(_plain(name), month)  # earlier languages win
    return table


MONTHS = _month_table()
_WORD = r"([^\W\d_]{3,12})\.?"
_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:\.|º|°|er|e|de)?,?\s+(?:de\s+)?{_WORD},?\s+(?:de\s+)?(\d{{4}})(?!\d)"
)
_MONTH_DAY_YEAR = re.compile(rf"{_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)")
_TIME = re.compile(r"(?<!\d)(\d{1,2})[:h.](\d{2})(?:[:.](\d{2}))?(?!\d)")
_OFFSET = re.compile(r"(?<![\w])([+-])(\d{2}):?(\d{2})(?!\d)")
_ZONE = re.compile(r"(?<![\w])([A-Za-z]{1,4})(?![\w])")


def parse_date(text: str | None) -> datetime | None:
    """An aware UTC datetime from a localized date string, or None when it is not one."""
    if not text or len(text) > 200:
        return None
    found = _find_date(text)
    if found is None:
        return None
    (day, month, year), rest = found
    hour = minute = second = 0
    time_match = _TIME.search(rest)
    if time_match:
        hour, minute = int(time_match.group(1)), int(time_match.group(2))
        second = int(time_match.group(3) or 0)
        rest = rest[time_match.end() :]
    try:
        local = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    return (local - _offset(rest)).replace(tzinfo=UTC)


def _find_date(text: str) -> tuple[tuple[int, int, int], str] | None:
    """(day, month, year) and the text after them, or None."""
    for pattern, order in ((_DAY_MONTH_YEAR, (1, 2, 3)), (_MONTH_DAY_YEAR, (2, 1, 3))):
        for match in pattern.finditer(text):
            month = MONTHS.get(_plain(match.group(order[1])))
            if month is not None:
                day, year = int(match.group(order[0])), int(match.group(order[2]))
                if 1 <= day <= 31 and 1900 <= year <= 2200:
                    return (day, month, year), text[match.end() :]
    return None


def _offset(rest: str) -> timedelta:
    """The zone after the time: "+0100", "+01:00" or a name (CET, MESZ, GMT); none is UTC."""
    match = _OFFSET.search(rest)
    if match:
        minutes = int(match.group(2)) * 60 + int(match.group(3))
        return timedelta(minutes=minutes if match.group(1) == "+" else -minutes)
    for zone in _ZONE.finditer(rest):
        if zone.group(1).lower() in _ZONES:
            return timedelta(minutes=_ZONES[zone.group(1).lower()])
    return timedelta(0)
