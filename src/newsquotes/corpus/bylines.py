"""Telling a site apart from its people and its headlines.

Pages name themselves in many places: ``og:site_name``, ``application-name``, ``publisher``, the Twitter
handle, the host. Bylines and titles repeat those names: a ``DC.creator`` of "heise online", a meta author
"SPIEGEL ONLINE, Hamburg, Germany" (an organisation and its address, not three people), a title
"… new initiative | DW | 19.01.2020". Here the site's own names, places and dates are told from people's
names and from the headline.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from newsquotes.corpus.fields import iso_8601, words

#: Where a page states its own name: the ``content`` of a ``<meta>`` with one of these ``property`` or ``name``.
_SITE_PROPERTIES = frozenset(("og:site_name", "twitter:site"))
_SITE_NAMES = frozenset(("og:site_name", "application-name", "publisher", "DC.publisher", "twitter:site"))
#: Separators between a headline and what a title adds to it (the site's name, a section, a date).
TITLE_SEPARATORS = (" | ", "| ", " - ", " – ", " — ", " :: ", " · ")
#: Words of a company's legal form: a name with one of them is an organisation, not a person.
LEGAL_FORMS = frozenset("gmbh ag kg ug inc ltd llc plc corp corporation limited srl sarl bv nv".split())
#: A host's name this short ("dw") is compared whole, never looked for among a byline's words.
_SHORT_LABEL = 4


def _squash(text: str | None) -> str:
    return "".join(words(text))


def is_place(name: str) -> bool:
    """Whether ``name`` is a country, a capital or a state (:func:`newsquotes.models.gazetteer.places`)."""
    from newsquotes.models.gazetteer import places

    return name.strip() in places()


def is_country(name: str) -> bool:
    """Whether ``name`` is a country's name (``pycountry``; not a code: "AL" is a name's initials as often)."""
    import pycountry

    if len(name.strip()) <= 3:
        return False
    try:
        pycountry.countries.lookup(name.strip())
    except LookupError:
        return False
    return True


def without_address(name: str | None) -> str | None:
    """An organisation's name without the address after it: "SPIEGEL ONLINE, Hamburg, Germany" → "SPIEGEL ONLINE"."""
    parts = [part.strip() for part in (name or "").split(",")]
    if len(parts) > 1 and is_country(parts[-1]):
        return parts[0] or name
    return name


@dataclass(frozen=True)
class Site:
    """The names a page gives itself, compared by their words only."""

    names: frozenset[str]
    label: str  # the host's own name: "spiegel" for www.spiegel.de, "" when there is no URL

    @classmethod
    def of(cls, tree, url: str | None, *names: str | None, metas: list | None = None) -> Site:
        """The site's names on the page and ``names``; ``metas``: the page's ``<meta>`` elements, if found."""
        metas = tree.iter("meta") if metas is None else metas
        found = [*(meta.get("content") for meta in metas if meta.get("property") in _SITE_PROPERTIES
                   or meta.get("name") in _SITE_NAMES), *names]
        squashed = {_squash(without_address(str(name).lstrip("@"))) for name in found if name}
        host = (urlsplit(url or "").hostname or "").removeprefix("www.").split(".")
        return cls(frozenset(squashed - {""}), host[-2] if len(host) >= 2 else "")

    def is_named(self, text: str) -> bool:
        """Whether ``text`` is one of the site's names ("DW", "heise online")."""
        key = _squash(text)
        return bool(key) and (key in self.names or key == self.label)

    def names_itself(self, author: str) -> bool:
        """Whether a byline's ``author`` is the site rather than a person ("DER SPIEGEL" on spiegel.de)."""
        return self.is_named(author) or (len(self.label) >= _SHORT_LABEL and self.label in words(author))


def is_organisation(name: str, site: Site) -> bool:
    """Whether a byline's ``name`` is the site itself or a company ("Süddeutsche.de GmbH")."""
    return site.names_itself(name) or not LEGAL_FORMS.isdisjoint(words(name))


def people_and_organisations(names: list[str], site: Site) -> tuple[list[str], list[str]]:
    """A byline's names sorted into people and organisations.

    An organisation followed by places up to a country is that organisation and its address
    ("Süddeutsche.de GmbH, Munich, Germany"); elsewhere places are dropped ("Markus Balser; Berlin").
    """
    if len(names) > 1 and is_country(names[-1]) and is_organisation(names[0], site):
        return [], names[:1]
    # A place comes after a name; the gazetteer is loaded only for bylines of more than one name.
    people = [name for name in names if not (is_organisation(name, site) or (
        len(names) > 1 and (is_place(name) or is_country(name))))]
    return people, [name for name in names if is_organisation(name, site)]


def headline_only(title: str | None, site: Site) -> str | None:
    """``title`` without the site's name and a date before or after the headline."""
    if not title:
        return title
    for separator in TITLE_SEPARATORS:
        parts = title.split(separator)
        while len(parts) > 1 and (site.is_named(parts[-1]) or iso_8601(parts[-1].strip()) is not None):
            parts.pop()
        while len(parts) > 1 and (site.is_named(parts[0]) or iso_8601(parts[0].strip()) is not None):
            parts.pop(0)
        title = separator.join(parts)
    return title.strip()
