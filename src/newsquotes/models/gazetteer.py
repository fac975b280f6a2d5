"""Places and peoples from maintained gazetteers: what a capitalised word is when it is a country, a capital,
a state or province, or the demonym of a country.

Countries (their ISO names, common and official names, and usual alternative spellings), capitals and
demonyms come from ``countryinfo``; ISO 3166 names and first-level subdivisions (states, provinces,
territories) from ``pycountry``. Both ship their data, so nothing is fetched. The few names news uses that
no gazetteer lists as such ("U.S.", "Britain", "the West"'s "Western" is not a people) stay in
:mod:`newsquotes.models._lexicon`, beside the religious and political groups that are NORP too.
"""

from __future__ import annotations

import re
from functools import cache

import countryinfo
import pycountry

#: Subdivision types that are places with a government of their own.
_GOVERNED = {"State", "Province", "Territory", "Federal district", "Capital territory"}


#: Regions named by a direction alone ("Central", "North-Western") are words before they are places.
_COMPASS = re.compile(r"(?:North|South|East|West|Central|Upper|Lower)(?:ern)?(?:-\w+)?$")


def _usable(name) -> bool:
    """A name as running text prints it: not a code ("UKR"), not empty."""
    return isinstance(name, str) and bool(name) and not (name.isupper() and len(name) <= 3) and any(c.islower() for c in name)


@cache
def places() -> frozenset[str]:
    """Names of countries, their capitals and their first-level states and provinces."""
    names: set[str] = set()
    for country in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            value = getattr(country, field, None)
            if _usable(value) and "," not in value:
                names.add(value)
    for country in countryinfo.all_countries():
        info = country.info()
        names.update(n for n in [info.get("name"), info.get("capital"), *(info.get("altSpellings") or [])]
                     if _usable(n) and "," not in n and "(" not in n)
    for subdivision in pycountry.subdivisions:
        name = subdivision.name
        if subdivision.type in _GOVERNED and _usable(name) and "(" not in name and len(name) >= 4 and not (
                _COMPASS.match(name)):
            names.add(name)
    return frozenset(names)


@cache
def demonyms() -> frozenset[str]:
    """What the people of each country are called ("Ukrainian", "British"), as nouns and adjectives."""
    found: set[str] = set()
    for country in countryinfo.all_countries():
        demonym = country.info().get("demonym")
        if _usable(demonym):
            found.add(demonym)
    return frozenset(found)


@cache
def country_names() -> frozenset[str]:
    """Every name the gazetteers give a country, unfiltered: ISO names, common and official, and the usual other
    spellings (what "the country" can be)."""
    names = set()
    for country in pycountry.countries:
        names.update(v for f in ("name", "common_name", "official_name") if (v := getattr(country, f, None)))
    for country in countryinfo.all_countries():
        info = country.info()
        names.update(n for n in [info.get("name"), *(info.get("altSpellings") or [])] if isinstance(n, str) and n)
    return frozenset(names)


@cache
def subdivision_names(types: frozenset[str]) -> frozenset[str]:
    """Names of the first-level subdivisions of the ``types`` given ("State", "Province", …)."""
    return frozenset(s.name for s in pycountry.subdivisions if s.type in types)
