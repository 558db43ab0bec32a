"""Geocoding: GDELT's Actor1Geo, Actor2Geo and ActionGeo fields for coded events.

The gazetteer (``geoevents/data/gazetteer.tsv.gz``: GeoNames countries, US states and towns with
Dutch names, built by ``training/geo/build_gazetteer.py``) is loaded once per worker with the
annotator. Per article, place names are found in the parsed Doc (a gazetteer name that the NER
marks LOC, follows a locative preposition or a place noun ("de haven Pola"), opens a dateline
(also of two towns: "KYIV/MOSKOU (ANP) -"), is listed with a place ("in Maastricht, Heerlen en
Sittard"), follows a province or country adjective the NER took into its entity ("in het
Limburgse Venlo") or an organisation's "in"/"te" ("het Openbaar Ministerie in Den Bosch"), or is
a country, state or region name, also with a compass part ("Noord-Limburg", "Zuid-Beiroet"; not
a continent's: "Zuid-Amerika"), or the object of a verb of taking ("Rusland heeft Avdiivka
veroverd", also a small town); not a river, region or body with its article: "aan de Rio
Grande", "bij het Hof"; not part of a longer name: "Pearl Harbor", though the NER may run on over a lower-case word or
a verb's particle that is no name part: "in Tel Aviv geland"; a town abroad of fewer than 15,000
people only in a plain locative phrase: "in Lerwick", not "het Casino") and each is resolved to
one gazetteer entry (``geo_names.py``): by population, a town of that very name or with that
Dutch name ("Odessa": Odesa, from ``training/geo/exonyms_nl.tsv`` and CLDR) before one with it
as an alternate name, boosted for a Dutch or Belgian town, when the article names the place's
country and strongly when a country or province adjective or a province in brackets qualifies
it ("de Amerikaanse stad San Francisco", "het Overijsselse Hasselt", "Hengelo (Gld)"); a
province is the town of its name ("in Utrecht") unless the phrase says province.

Where an event happened (``action_geo_*``), first rule that gives a place:

1. the town the event's own verb visits or takes ("Rebellen hebben Damascus ingenomen, Assad
   is naar Moskou gevlucht", "bezocht het Witte Huis"), else the location phrase attached to
   the event: a place in a prepositional phrase ("in Gaza", "bij de grens", "naar Asunción",
   "de val van Mosul", "de raketbeschieting van Charkiv", "de controle over Cherson", "de
   terugtrekking uit Cherson", "op 30 kilometer van Charkiv"; not "uit"/"vanuit"/"van", nor
   the countries "tussen" which it happens when one is an actor's: "bemiddelen tussen Rusland
   en Oekraïne"; a border is: "de grens tussen Libanon en Israël") that hangs on the event's
   predicate within two prepositional hops ("na een staatsbanket in Moskou"; three but for
   a destination: "In zijn toespraak op de Algemene Vergadering in New York riep ..."; equally
   near: the most specific, then one in an actor's country), or, failing that, on any verb of
   the sentence ("In Hongarije werd ... uitgeroepen, die ... omvergeworpen werd"); "voor" a town
   on a verb is there ("de vloot verscheen voor Valparaiso"); not where a participant is bound
   for in a relative clause ("De heer X, die naar Mexico vertrekt, had een audiëntie") or
   by "bestemd" ("een naar Gaza bestemd konvooi werd bij Rafah tegengehouden"); a
   country so found is made specific by a town of it in the sentence, one tied to an actor or
   the article's dateline there ("In Syrië namen rebellen de stad Aleppo in": Aleppo; these
   readings are in ``geo_places.py``); a visit (CAMEO 042) so placed outside the visited
   actor's country moves to a town of that country in a locative phrase of the sentence;
2. for material conflict (CAMEO roots 17-20), the target when the target is a place ("viel
   Griekenland binnen");
3. the most specific place in the sentence tied to an actor (inside or modifying the actor's
   phrase: "de politie in Sint Petersburg"), or, for an actor the event has no words for, a
   town on an office holder who is a clause's subject ("de pacha van Jeruzalem", "de gezant te
   Rome"; not a title of nobility: "de groothertog van Baden"), or for talks (roots 01-05) a
   town on a meeting noun ("de zamenkomst van den Keizer ... te Breslau");
4. the place where the nearest other event of the article between the same countries happened
   by rule 1 (the rest of a meeting's report: "Biden en Xi ... elkaar ontmoet" next to "spraken
   elkaar ... net buiten de Amerikaanse stad San Francisco"), or, for talk and cooperation (CAMEO
   roots 01-05), the article's meeting place ("Het gesprek vond plaats in Straatsburg"); or,
   when no town of the actors' country is named in the sentence (rule 6's first steps), the
   town of the article's nearest event placed by rule 1 between two countries, one of them
   this event's first actor's, for an event between two countries that is no fighting: what a
   party to a meeting or visit says or does in its report happened there ("Rutte en Scholz
   spraken in Berlijn. ... Beide leiders waarschuwden Rusland": Berlin);
6. a town of the actors' country (rule 5's) named in the sentence in a locative phrase, as a
   verb's subject or object or as where the news comes from ("de handelaars te Havre", "namen de
   stad Aleppo in", "een telegram uit Weenen"), else a town of the other actor's country
   in a locative phrase, else where the article's news comes from before the event (its last
   dateline, "MOSKOU - Rusland heeft ...", "PARIJS, dinsdag.", "Uit Rome wordt gemeld ..." or
   "Van onze correspondent in Parijs") when it is in the first actor's country, else in the
   other actor's, else (actors of two countries) a town of rule 5's country where the article's
   last two sentences place someone ("Prim is te Beja aangekomen. Des anderendaags ...");
5. the actors' country: actor1's, else actor2's; for fighting (CAMEO roots 18-20) the target's
   first ("Rusland viel het land binnen": the war is on the target's ground), for a visit (CAMEO
   042) the visited actor's; the other actor's when the article's news comes from there
   ("Berichten uit Chili melden, dat Spanje ..."); the Holy See before 1929 is Rome, Italy
   (``geo_actors.py``; also for the actor's own place).

Places are read per written sentence: parts the parser cut without a full stop or line break
are one. A city-state placed at country level is its town ("in het Vaticaan": Vatican City). A
country adjective on a phrase that names its own place is its owner ("de Chinese ambassade in
Belgrado": Belgrade).

A town name that is an actor's whole phrase is a town of that actor's country ("nam Pokrovsk in",
UKR: Pokrovsk, Ukraine, not Engels, Russia, once Pokrovsk).

An actor's own place (``actor1_geo_*``): a place tied to the actor in its sentence, else its
country. Field conventions follow GDELT 2.0: type 1 country, 2 US state, 3 US city, 4 world city,
5 world ADM1 (only the Dutch provinces and Belgian regions are in the gazetteer); country code
FIPS 10-4; ADM1 code = FIPS country code + the GeoNames admin1 code (US: the state's postal code,
as GDELT); feature id = the GeoNames id for towns (GDELT uses GNS/GNIS ids), the FIPS country
code for countries and the ADM1 code for US states; coordinates of towns from GeoNames, of
countries and states the population-weighted centre of their towns.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import Any

from .gazetteer import (
    COMPASS,
    COUNTRY,
    DESTINATION,
    GEO_KEYS,
    LOCATIVE,
    MAX_TOKENS,
    ORIGIN,
    REGION,
    STATE,
    Gazetteer,
    Place,
    is_dateline,
    join_keys,
    name_key,
    on_meeting,
    place_noun,
    rank,
    reported_from,
    small_town,
    whole_entity,
)
from .geo_actors import FIGHT_ROOTS, actor_countries, actors_town, cameo_place, visited_instead
from .geo_article import (
    country_pair,
    earlier_mentions,
    hangs_under,
    not_people,
    office_town,
    party_place,
    token_spans,
    written_sentences,
)
from .geo_names import (
    Mention,
    adjective,
    adjective_led,
    capital_mentions,
    coordinated,
    preposition,
    resolve,
    seat_in_entity,
)
from .geo_places import (
    between_parties,
    correspondent_at,
    dateline_town,
    elsewhere_bound,
    hops,
    meeting_place,
    name_goes_on,
    named_place,
    off_town,
    on_verb,
    recent_town,
    refine_country,
    river_or_region,
    taken_place,
    town_of_country,
    visited_town,
    withdrawn_from,
)

AREAS = (COUNTRY, STATE, REGION)
CONTINENTS = {"amerika", "europa", "afrika", "azie", "oceanie", "antarctica"}
PP_DEPS = {"obl", "obl:arg", "obl:agent", "nmod", "advcl", "acl", "acl:relcl"}
CONFLICT_ROOTS = {"17", "18", "19", "20"}
TALK_ROOTS = {"01", "02", "03", "04", "05"}  # statements, appeals, intents, meetings, cooperation


class Geocoder:
    """Fills the geo fields of the coder's event dicts for one parsed article."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or Gazetteer()

    # ------------------------------------------------------------------ places in the doc
    def _mentions(self, doc, sent_starts: list[int]) -> list[Mention]:
        names = self.gaz.names
        first_words = self.gaz.first_words
        texts = [t.text for t in doc]
        ents = [t.ent_type_ for t in doc]
        keys: list[str | None] = [None] * len(texts)
        out: list[Mention] = []
        i = 0
        n = len(doc)

        def key_of(a: int, b: int) -> str:
            return join_keys(keys[x] or name_key(texts[x]) for x in range(a, b))

        while i < n:
            w = texts[i]
            # a name starts with a capital, or with "'s"/"'t" ("'s-Hertogenbosch", "'s Hage")
            if not (w[:1].isupper() or (w[:1] == "'" and i + 1 < n)):
                i += 1
                continue
            if "/" in w and is_dateline(doc, i, i + 1):
                # "KYIV/MOSKOU (ANP) -": the news comes from both towns
                out.extend(self._dateline_parts(doc, i, sent_starts))
                i += 1
                continue
            k0 = keys[i] = keys[i] or name_key(w)
            if "-" in w and k0 not in names and (joined := name_key(w.replace("-", ""))) in names:
                # "Civita-Vecchia": a name written apart that the gazetteer has joined
                k0 = keys[i] = joined
            if w == "'":
                k0 = join_keys((k0, name_key(texts[i + 1])))
            first = k0.split(" ", 1)[0]
            if first not in first_words and first not in COMPASS:
                i += 1
                continue
            best_len, best = 0, None
            key = ""
            for j in range(i, min(n, i + MAX_TOKENS)):
                kj = keys[j] = keys[j] or name_key(texts[j])
                key = join_keys((key, kj))
                found = names.get(key) if kj else None  # a match ends on a word, not on "-"
                if found:
                    best_len, best = j + 1 - i, found
            if not best and first in COMPASS and "-" in w and " " in k0:
                # "Noord-Syrië", "Oost-Oekraïne", "Noord-Limburg", "Oost-Vlaanderen": the
                # country, state or region (a part of it)
                rest = k0.split(" ", 1)[1]
                # "Zuid-Amerika", "Noord-Afrika": a continent's part, not the United States
                found = () if rest in CONTINENTS else names.get(rest, ())
                areas = [(p, c) for p, c in found if p.kind in AREAS]
                # else the town: "Zuid-Beiroet", "West-Berlijn", "Oost-Aleppo"
                best_len, best = 1, areas or [(p, c) for p, c in found if rank(p) == 2] or None
            if not best:
                i += 1
                continue
            end = i + best_len
            span_ents = set(ents[i:end])
            sent = bisect.bisect_right(sent_starts, i) - 1
            prep = preposition(doc, i, end)
            if prep == "voor" and off_town(doc, i, best):
                prep = "bij"  # "de vloot verscheen voor Valparaiso": off (near) the town
            elif prep == "uit" and withdrawn_from(doc, i):
                prep = "in"  # "trokken zich terug uit Cherson": there, not an origin
            curated = any(c for _, c in best)
            # "in het Limburgse Venlo", "het Openbaar Ministerie in Den Bosch" as one entity
            led = adjective_led(self.gaz, doc, i) or seat_in_entity(doc, i)
            if "ORG" in span_ents and not (led or whole_entity(doc, i, end)):
                # a place inside an organisation's name ("Universiteit van Amsterdam") is not one
                i = end
                continue
            dateline = is_dateline(doc, i, end)
            # "de haven Pola", "in Maastricht, Heerlen en Sittard": a place whatever the NER says
            by_noun = named_place(doc, i)
            # "Rusland heeft Avdiivka veroverd": a place whatever the NER says, also a small one
            taken = taken_place(doc, i)
            named = led or by_noun or coordinated(doc, i, out) or taken
            if by_noun and prep is None:
                # "in de Syrische stad Homs" parsed apart: the noun's preposition
                prep = next((c.lower_ for c in doc[i - 1].children if c.dep_ == "case"), None)
            # a big town of that name after a locative preposition: "in Novi Sad", "in Mosul"
            # (the NER takes many a foreign town for a person or a MISC name); a MISC entity only
            # when it is just the name ("de protesten in Novi Sad", not "in Parijs-Roubaix")
            # (not a language, a country adjective's form: "antwoordde in Engels")
            big_there = (
                prep in LOCATIVE
                and any(p.population >= 100_000 for p, _ in best)
                and key_of(i, end) not in self.gaz.adjectives
            )
            if not (dateline or named) and (
                ("MISC" in span_ents and not (big_there and whole_entity(doc, i, end)))
                or ("PER" in span_ents and not big_there)
            ):
                i = end
                continue
            # a town's Dutch name (exonyms_nl.tsv, CLDR), also a seat acting as its state
            # ("Het Kremlin wijst ... af", "Peking protesteert"): the place of its phrase
            dutch = any((key_of(i, end), p.feature_id) in self.gaz.dutch for p, _ in best)
            if not (
                curated or "LOC" in span_ents or prep in LOCATIVE or dateline or named or dutch
            ):
                i = end
                continue
            if (
                not curated
                and i == sent_starts[sent]
                and "LOC" not in span_ents
                and not prep
                and not dateline
                and not dutch  # "Kremlin wijst vredesplan af": a seat's name opens a headline
            ):
                i = end
                continue
            if not curated and (
                (doc[i].ent_iob_ == "I" and not (led or dateline))
                or (end < n and name_goes_on(doc[end]))
                or river_or_region(doc, i, key_of(i, end), best, self.gaz)
            ):
                # part of a longer name: "Pearl Harbor", "Wall Street", "Indiana Jones"; a river
                # or region with its article: "aan de Rio Grande", "in de Kempen"
                i = end
                continue
            if not (curated or dateline or small_town(doc, i, end, prep)):
                big = [(p, c) for p, c in best if not self.gaz.minor(p)]
                if not (big or taken):  # "Rusland heeft Vuhledar ingenomen": also a small town
                    i = end
                    continue
                best = big or best
            out.append(Mention(i, end, sent, best, None, prep, key_of(i, end), dateline))
            i = end
        # a locative phrase named by a country adjective: "bij de Frans-Belgische grens" (France)
        names_found = list(out)
        covered = {x for m in out for x in range(m.start, m.end)}
        # the noun a place name follows names that place: "in de Syrische stad Homs" is Homs
        covered.update(m.start - 1 for m in out if m.start and named_place(doc, m.start))
        capitals = capital_mentions(self.gaz, doc, sent_starts, covered)
        covered.update(m.start for m in capitals)
        out.extend(capitals)
        for t in doc:
            if t.dep_ != "amod" or not t.text[:1].isupper() or t.head.i in covered:
                continue
            case = next((c.lower_ for c in t.head.children if c.dep_ == "case"), None)
            town = self.gaz.town_adjectives.get(name_key(t.text))
            if town is not None and t.i not in covered and t.head.pos_ == "NOUN":
                # "De Haagse politie", "het Antwerpse stadsbestuur": the phrase is in that town
                sent = bisect.bisect_right(sent_starts, t.i) - 1
                out.append(Mention(t.i, t.i + 1, sent, [(town, True)], prep=case, key=""))
                covered.add(t.i)
                continue
            iso = adjective(self.gaz, t.text)
            country = self.gaz.countries.get(iso or "")
            head = t.head
            if country is None or case not in LOCATIVE:
                continue
            if not (
                (head.pos_ == "PROPN" and head.ent_type_ not in ("ORG", "MISC", "PER"))
                or (head.pos_ == "NOUN" and place_noun(head.lower_))
            ):
                continue
            h = t.head.i
            if any(m.start > h and hangs_under(doc[m.start], h) for m in names_found):
                # "op de Amerikaanse luchtmachtbasis Al Udeid in Qatar": the phrase names its
                # own place; the adjective is the owner, not where it is
                continue
            covered.add(h)
            sent = bisect.bisect_right(sent_starts, h) - 1
            out.append(Mention(h, h + 1, sent, [(country, True)], prep=case, key=""))
        out.sort(key=lambda m: m.start)
        return out

    def _dateline_parts(self, doc, i: int, sent_starts: list[int]) -> list[Mention]:
        sent = bisect.bisect_right(sent_starts, i) - 1
        out = []
        for part in doc[i].text.split("/"):
            key = name_key(part)
            found = self.gaz.names.get(key)
            if found:
                out.append(Mention(i, i + 1, sent, found, None, None, key, True))
        return out

    def _resolve(self, doc, mentions: list[Mention]) -> set[str]:
        """Pick one place per mention; returns the article's countries (iso2)."""
        return resolve(self.gaz, doc, mentions)

    # ------------------------------------------------------------------ events
    def locate(self, doc, events: list[dict[str, Any]], day: dt.date | None = None) -> None:
        """Add ``actor1_geo_*``, ``actor2_geo_*`` and ``action_geo_*`` keys to each event dict
        (``day``: the article's date, for places that changed country: the Holy See)."""
        if not events:
            return
        from geoevents.transforms.coder import sentence_starts

        starts = sentence_starts(doc)
        mentions = not_people(doc, self._mentions(doc, starts), events)
        self._resolve(doc, mentions)
        tok_starts = [t.idx for t in doc]
        # the parser's sentences of one written sentence read as one ("De regering en de Vrije
        # Atjeh | Beweging hebben in Genève een akkoord ondertekend": cut without a full stop)
        group = written_sentences(doc, starts)
        by_sent: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sent.setdefault(group[m.sent], []).append(m)
        done = []
        # where the article's news comes from: its datelines ("MOSKOU -", "PARIJS, 12 Junij.")
        # and towns news is reported from ("Men meldt ons uit Rome", "Een telegram uit Weenen",
        # "Van onze correspondent in Parijs")
        datelines = [
            m
            for m in mentions
            if m.place is not None
            and (
                m.dateline
                or (m.prep in ORIGIN and rank(m.place) == 2 and reported_from(doc[m.start]))
                # "Van onze correspondent in Parijs"
                or (m.prep in LOCATIVE and rank(m.place) == 2 and correspondent_at(doc[m.start]))
            )
        ]

        # countries news is reported from ("Berichten uit Chili melden, dat ...")
        sources = [
            m
            for m in mentions
            if m.place is not None
            and m.place.kind == COUNTRY
            and m.prep in ORIGIN
            and reported_from(doc[m.start])
        ]

        def dateline_before(ev, pred, lines=datelines) -> Place | None:
            # the article's last dateline before the event ("PARIJS, 12 Junij. De keizer ...")
            at = pred.i if pred is not None else starts[ev["sentence_index"]]
            return next((m.place for m in reversed(lines) if m.start < at), None)

        all_spans = [token_spans(ev, tok_starts) for ev in events]
        for ev, spans in zip(events, all_spans, strict=True):
            # a town name that is an actor of a country is that country's town ("Het Russische
            # leger nam Pokrovsk in", UKR: Pokrovsk, Ukraine, not Engels, Russia, once Pokrovsk)
            sent_mentions = by_sent.get(group[ev["sentence_index"]], [])
            actors_town(self.gaz, doc, sent_mentions, ev, spans, day)
        for ev, spans in zip(events, all_spans, strict=True):
            sent_mentions = by_sent.get(group[ev["sentence_index"]], [])
            pred = None
            if ev.get("action_start_char") is not None:
                pred = doc[max(0, bisect.bisect_right(tok_starts, ev["action_start_char"]) - 1)]
            action, rule = self._action(doc, ev, sent_mentions, spans, pred, day)
            if rule in (1, 2):
                # a country made specific by a town of it: "in Syrië ... de stad Aleppo ingenomen"
                tied = [
                    self._tied(doc, sent_mentions, spans.get(side), towns_only=True)
                    for side in ("actor1", "actor2")
                ]
                town = refine_country(
                    doc, sent_mentions, action, dateline_before(ev, pred), pred, tied
                )
                action = town or action
            done.append((ev, spans, action, rule, pred))
        # rule 4: the nearest event of the article between the same countries placed by rule 1
        placed: dict[frozenset, list[tuple[int, Place]]] = {}
        met: dict[str, list[tuple[int, Place]]] = {}
        for ev, _, action, rule, _ in done:
            pair = country_pair(ev)
            if rule == 1 and pair:
                placed.setdefault(pair, []).append((ev["sentence_index"], action))
            if rule == 1 and len(pair) == 2 and action is not None and rank(action) == 2:
                # the town where the parties of an event met ("Rutte en Scholz spraken in Berlijn")
                for code in pair:
                    met.setdefault(code, []).append((ev["sentence_index"], action))
        meeting = meeting_place(doc, mentions)
        for ev, spans, action, rule, pred in done:
            root = str(ev.get("event_root_code") or ev.get("event_code") or "")[:2]
            if action is None and placed.get(country_pair(ev)):
                si = ev["sentence_index"]
                action = min(placed[country_pair(ev)], key=lambda p: (abs(p[0] - si), p[0] > si))[1]
                rule = 4
            if action is None and meeting is not None and root in TALK_ROOTS:
                action, rule = meeting, 4
            sent_mentions = by_sent.get(group[ev["sentence_index"]], [])
            if action is None:
                countries = actor_countries(self.gaz, ev, day)
                fighting = root in FIGHT_ROOTS
                # rule 6 in the sentence: a town of the actors' country named there
                action = town_of_country(doc, sent_mentions, countries, None, pred, fighting)
                # rule 4 before rule 6's article steps: an event of a party to a meeting or
                # visit the article placed, with another country, happened there ("Rutte en
                # Scholz spraken in Berlijn. ... Beide leiders waarschuwden Rusland": Berlin)
                party = None if action is not None or fighting else party_place(met, ev)
                if party is not None:
                    action, rule = party, 4
                if action is None:
                    action = dateline_town(countries, dateline_before(ev, pred), fighting)
                if action is None:
                    action = recent_town(doc, earlier_mentions(by_sent, group, ev), countries)
                if party is not None:
                    pass
                elif action is not None:
                    rule = 6
                elif countries:
                    action, rule = countries[0], 5
                    # the news comes from the other actor's country: "Berichten uit Chili
                    # melden, dat de Spaansche admiraal ... dreigt" (ESP>CHL) is in Chile
                    source = dateline_before(ev, pred, sources)
                    if source is not None and source in countries[1:] and root not in FIGHT_ROOTS:
                        action = source
            for side in ("actor1", "actor2"):
                place = self._tied(doc, sent_mentions, spans.get(side))
                if place is None:
                    place = cameo_place(self.gaz, ev.get(f"{side}_country_code"), day)
                self._fill(ev, side, place)
            if action is not None and action.kind == COUNTRY:
                # a city-state's only town is where it happened ("in het Vaticaan")
                action = self.gaz.city_states.get(action.iso2, action)
            self._fill(ev, "action", action)
            ev["action_geo_rule"] = rule

    def _fill(self, ev: dict[str, Any], side: str, place: Place | None) -> None:
        fields = place.fields(self.gaz) if place is not None else dict.fromkeys(GEO_KEYS)
        for k in GEO_KEYS:
            ev[f"{side}_geo_{k}"] = fields[k]

    def _action(
        self, doc, ev, mentions, spans, pred, day: dt.date | None = None
    ) -> tuple[Place | None, int | None]:
        # a place actor in a locative phrase ("bezoek aan Moskou") is also where it happened
        # not where a participant is bound for in a relative clause ("X, die naar Mexico vertrekt")
        # not an actor's country "tussen" the parties: "de onderhandelingen tussen Rusland en
        # Oekraïne in Istanbul" are in Istanbul ("tussen Charkiv en Izjoem" is a place)
        own = {p.iso2 for p in actor_countries(self.gaz, ev, day)}
        # "bemiddelen tussen Rusland en Oekraïne" (TUR>RUS): both countries are the parties
        parties = between_parties(doc, mentions, own)
        located = [
            m
            for m in mentions
            if m.place
            and m.prep in LOCATIVE
            and not elsewhere_bound(doc[m.start], m.prep, pred)
            and m.start not in parties
        ]
        # the town the event's own verb visits or takes is where it happened, before a place
        # of another clause ("Rebellen hebben Damascus ingenomen, Assad is naar Moskou gevlucht",
        # "Meloni bezocht het Witte Huis en nodigde Trump uit voor een bezoek aan Rome")
        visited = visited_town(doc, mentions, pred)
        if visited is not None:
            return visited, 1
        if pred is not None and located:
            # equally near: the most specific, then one in an actor's country ("zijne intrede
            # in Parijs en vergezelde Keizer Alexander naar Londen": RUS>GBR is London)
            attached = []
            for m in located:
                # a third hop for a place where someone is ("In zijn toespraak op de Algemene
                # Vergadering in New York riep ...", "Bij de begrafenis van de paus in Rome"),
                # not where something is bound for ("over de wapenexport naar Israël")
                n = hops(doc[m.start], pred, 2 if m.prep in DESTINATION else 3)
                if n is not None:
                    near = (n, -rank(m.place), m.place.iso2 not in own, abs(m.start - pred.i))
                    attached.append((near, m.start, m))
            if attached:
                place = min(attached)[2].place
                return visited_instead(ev, place, located, self.gaz, day) or place, 1
        verbal = [m for m in located if on_verb(doc[m.start])]
        if verbal:
            at = pred.i if pred is not None else 0
            best = min(verbal, key=lambda m: (-rank(m.place), abs(m.start - at))).place
            return visited_instead(ev, best, located, self.gaz, day) or best, 1
        root = str(ev.get("event_root_code") or ev.get("event_code") or "")[:2]
        if root in CONFLICT_ROOTS and "actor2" in spans:
            s, e = spans["actor2"]
            targets = [m for m in mentions if m.place and m.start < e and s < m.end]
            if targets:
                return max(targets, key=lambda m: rank(m.place)).place, 2
        for side in ("actor1", "actor2"):
            place = self._tied(doc, mentions, spans.get(side), towns_only=True)
            if place is not None:
                return place, 3
        if len(spans) < 2:
            # an actor the text names by its office only ("de pacha van Jeruzalem", "de gezant
            # te Rome"): the town of the office holder who acts
            place = office_town(doc, mentions)
            if place is not None:
                return place, 3
        if root in TALK_ROOTS:
            # "Van de zamenkomst van den Prins-Regent met den Keizer te Breslau": the meeting's
            meet = [m for m in located if rank(m.place) == 2 and on_meeting(doc[m.start])]
            if meet:
                return meet[0].place, 3
        return None, None

    def _tied(self, doc, mentions, span, towns_only: bool = False) -> Place | None:
        """The most specific place inside the actor's phrase or modifying it."""
        if span is None:
            return None
        s, e = span
        tied = []
        for m in mentions:
            if m.place is None or (towns_only and m.place.kind == COUNTRY):
                continue
            if m.start < e and s < m.end:
                tied.append(m)
                continue
            tok = doc[m.start]
            for _ in range(4):  # "de politie in Sint Petersburg": the name's phrase modifies it
                if tok.head.i == tok.i:
                    break
                tok = tok.head
                if s <= tok.i < e:
                    tied.append(m)
                    break
                if tok.pos_ in ("VERB", "AUX"):
                    break
        if not tied:
            return None
        return max(tied, key=lambda m: (rank(m.place), m.place.population)).place


def empty_geo(side: str) -> dict[str, Any]:
    return {f"{side}_geo_{k}": None for k in GEO_KEYS}
