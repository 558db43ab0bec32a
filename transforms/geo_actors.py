"""The actors' places for rule 5 (the actors' country) and the actor geo fields: helpers of
``transforms/geo.py``.

Which actor's country comes first depends on the event: the target's for fighting (the war is
on its ground), the visited actor's for a visit (CAMEO 042: "Koning Leopold bezocht Engeland"
happens in England; 043, hosting, is actor1's, the default); a visit the sentence places in a
third country moves to a town of the visited country named in it, if any. The Holy See before the Lateran
Treaty is Rome: there was no Vatican City state and the Pope sat in Rome (the Papal States'
capital until 1870), in today's Italy, as GDELT gives places in today's borders (Breslau is
Wrocław, Poland).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .gazetteer import US_CITY, WORLD_CITY, Gazetteer, Place, place_noun, rank

FIGHT_ROOTS = {"18", "19", "20"}  # assault, fight, mass violence
VISIT_CODES = {"042"}  # make a visit: actor1 travels to actor2
HOLY_SEE = "VAT"
LATERAN_TREATY = dt.date(1929, 2, 11)  # Vatican City becomes a state


def cameo_place(gaz: Gazetteer, code: str | None, day: dt.date | None) -> Place | None:
    """The place of a CAMEO country code on the article's day: the country, except the Holy
    See before 1929 (Rome, Italy); without a day, today's country (Vatican City)."""
    if code and code[:3] == HOLY_SEE and day is not None and day < LATERAN_TREATY:
        return gaz.capitals.get("IT") or gaz.country_of_cameo(code)
    return gaz.country_of_cameo(code)


def actor_countries(gaz: Gazetteer, ev: dict[str, Any], day: dt.date | None) -> list[Place]:
    """The actors' countries (places), actor1's first; for fighting (CAMEO 18-20) the target's
    first ("Rusland viel het land binnen": the war is on the target's ground); for a visit
    (CAMEO 042) the visited actor's first ("De Russische keizerin is in Beijeren aangekomen")."""
    code = str(ev.get("event_code") or ev.get("event_root_code") or "")
    root = str(ev.get("event_root_code") or code)[:2]
    first_target = root in FIGHT_ROOTS or code[:3] in VISIT_CODES
    sides = ("actor2", "actor1") if first_target else ("actor1", "actor2")
    out: list[Place] = []
    for side in sides:
        place = cameo_place(gaz, ev.get(f"{side}_country_code"), day)
        if place is not None and place not in out:
            out.append(place)
    return out


def visited_instead(ev: dict[str, Any], place: Place, located, gaz: Gazetteer, day) -> Place | None:
    """For a visit (CAMEO 042) placed outside the visited actor's country, a town of that
    country in a locative phrase of the sentence ("deed zijn intrede in Parijs en vergezelde
    den Keizer naar Londen", RUS>GBR: London): a visit happens in the visited country."""
    code = str(ev.get("event_code") or ev.get("event_root_code") or "")
    if code[:3] not in VISIT_CODES:
        return None
    visited = cameo_place(gaz, ev.get("actor2_country_code"), day)
    if visited is None or place.iso2 == visited.iso2:
        return None
    towns = [m for m in located if rank(m.place) == 2 and m.place.iso2 == visited.iso2]
    return towns[0].place if towns else None


def actors_town(gaz: Gazetteer, doc, mentions, ev: dict[str, Any], spans, day) -> None:
    """A town name that is an actor's whole phrase (but its article or place noun), of a
    country the coder knows it by, is that country's town of the name: "Het Russische leger nam
    Pokrovsk in" (actor2 UKR) is Pokrovsk, Ukraine, though the article names only Russia and
    Engels, Russia, was once Pokrovsk. Sets ``place`` of such mentions."""
    for side, (s, e) in spans.items():
        country = cameo_place(gaz, ev.get(f"{side}_country_code"), day)
        if country is None:
            continue
        for m in mentions:
            if m.place is None or m.place.iso2 == country.iso2 or not (s <= m.start < m.end <= e):
                continue
            rest = [t for t in doc[s:e] if not m.start <= t.i < m.end]
            if rank(m.place) != 2 or any(
                t.pos_ != "DET" and not place_noun(t.lower_) for t in rest
            ):  # the whole phrase ("de stad Pokrovsk"), not "de Amerikaanse consul in Parijs"
                continue
            own = [
                p for p, _ in m.cands if p.kind in (US_CITY, WORLD_CITY) and p.iso2 == country.iso2
            ]
            if own:
                m.place = max(own, key=lambda p: p.population)
