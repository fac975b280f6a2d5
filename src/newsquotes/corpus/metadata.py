"""Article metadata from a page's own structured data, and one date format for every reader.

A page usually says what it is in markup made for machines: JSON-LD (schema.org ``NewsArticle``),
Open Graph ``<meta property="og:…">`` and ``<link rel="canonical">``. That is read first, with extruct
(JSON-LD and Open Graph) and lxml (the canonical link, the ``<h1>``) on the tree trafilatura parsed, and
trafilatura's own guesses fill the gaps. Each field takes the first of these that has it:

* ``url``: ``<link rel="canonical">``, ``og:url``, the JSON-LD article's ``url``, trafilatura's;
  a relative link is resolved against the page's own URL or, without one, an absolute ``og:url``.
* ``title``: the headline the reader sees, the first ``<h1>`` that has the words of ``og:title``, of the
  JSON-LD ``headline`` or of trafilatura's title, or more words around them in the same order
  (:func:`is_headline_of`): sites shorten ``og:title`` for social cards and write a second headline
  for search engines, and an ``<h1>`` matching neither is a logo or a section name. Without such an
  ``<h1>``: ``og:title``, trafilatura's title (which strips the site name from ``<title>``), the
  JSON-LD ``headline``. The site's name and a date before or after a headline are dropped
  ("… new initiative | DW | 19.01.2020").
* ``authors``: the people the JSON-LD article names as ``author`` (``@id`` references resolved within
  the page; names tidied as trafilatura tidies a byline), then trafilatura's, then the organizations
  the JSON-LD names as author ("Associated Press"). Places and the site's own names are not people: a
  byline ending with a place is an organisation's address ("SPIEGEL ONLINE, Hamburg, Germany"), and
  "heise online" on heise.de is the site (:mod:`.bylines`).
* ``published``: the JSON-LD article's ``datePublished``, ``article:published_time``, trafilatura's
  (htmldate). Every reader stores it through :func:`iso_8601`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from newsquotes.corpus.fields import iso_8601, words
from newsquotes.corpus.submodules import submodule

#: schema.org types whose JSON-LD object describes the article itself.
ARTICLE_TYPES = ("Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
                 "BackgroundNewsArticle", "BlogPosting", "Report", "LiveBlogPosting", "ScholarlyArticle")


@dataclass
class PageMetadata:
    """What the page's structured data says; ``None`` or empty where it says nothing."""

    url: str | None = None
    og_title: str | None = None
    headline: str | None = None  # JSON-LD
    people: list[str] = field(default_factory=list)  # JSON-LD authors of type Person (or untyped names)
    organizations: list[str] = field(default_factory=list)  # JSON-LD authors of type Organization
    published: str | None = None
    body_chars: int = 0  # length of the JSON-LD article's ``articleBody``
    # The page's elements that the metadata reads, by tag (:func:`page_elements`)
    elements: dict[str, list] = field(default_factory=dict, repr=False, compare=False)


#: The elements the metadata reads: the ``<head>``, the canonical link, ``<meta>`` tags, JSON-LD scripts, headlines.
READ_TAGS = ("head", "link", "meta", "script", "h1")


def page_elements(tree) -> dict[str, list]:
    """The page's elements of :data:`READ_TAGS`, by tag, in document order: one walk of the page in lxml's C
    code for what would otherwise be an XPath search of the whole page each (``//link[@rel="canonical"]``,
    extruct's ``//head`` and its and trafilatura's JSON-LD scripts, the site's names in ``<meta>``,
    ``//body//h1``); ``tree`` is
    the page's root as trafilatura's ``load_html`` gives it or, for a page without ``<html>`` and ``<head>``, the
    element lxml makes of its body, which holds all of the page but its root (tested)."""
    found: dict[str, list] = {tag: [] for tag in READ_TAGS}
    for element in tree.iter(*READ_TAGS):
        found[element.tag].append(element)
    return found


def is_headline_of(candidate: str, title: str | None) -> bool:
    """Whether ``candidate`` (an ``<h1>``) is ``title`` or the full headline ``title`` was shortened from:
    every word of ``title`` appears in it, in order."""
    full, short = words(candidate), words(title)
    if not short:
        return False
    remaining = iter(full)
    return all(word in remaining for word in short)


def _types(item: dict) -> set[str]:
    kind = item.get("@type")
    return set(kind) if isinstance(kind, list) else {kind}


def _flatten(items: list) -> list[dict]:
    flat: list[dict] = []
    for item in items:
        if isinstance(item, dict):
            flat.append(item)
            flat.extend(_flatten(item.get("@graph") or []))
    return flat


def _authors(value, by_id: dict[str, dict]) -> list[tuple[str, bool]]:
    """Each author named in a JSON-LD ``author`` value, with whether it is an organization."""
    if isinstance(value, list):
        return [author for entry in value for author in _authors(entry, by_id)]
    if isinstance(value, dict):
        node = value if "name" in value else by_id.get(value.get("@id"), value)
        organization = bool(_types(node) - {"Person", None})
        return [(name, organization) for name in map(_text, _as_list(node.get("name"))) if name]
    name = _text(value)
    return [(name, False)] if name else []


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def _text(value) -> str | None:
    """One clean string from a JSON-LD or Open Graph value (JSON-LD text often carries HTML entities)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    if value is None:
        return None
    return " ".join(html.unescape(str(value)).split()) or None


def _absolute(url: str | None) -> bool:
    parts = urlsplit(url or "")
    return bool(parts.scheme and parts.netloc)


def _extruct_readers():
    """extruct's JSON-LD and Open Graph readers, and its tidying of Open Graph properties, imported without
    the package's ``__init__``, which imports its RDFa and microformat readers too (rdflib, BeautifulSoup)."""
    return (submodule("extruct", "jsonld").JsonLdExtractor, submodule("extruct", "opengraph").OpenGraphExtractor,
            submodule("extruct", "uniform")._uopengraph)


#: extruct's search for JSON-LD scripts, which :func:`_json_ld_items` replaces; if a version of extruct changes
#: it, extruct's own search runs.
EXTRUCT_JSON_LD_PATH = 'descendant-or-self::script[@type="application/ld+json"]'


def _json_ld_items(reader, tree, scripts: list) -> list:
    """``reader.extract_items(tree)`` on the page's ``<script>`` elements already found."""
    if type(reader)._xp_jsonld.path != EXTRUCT_JSON_LD_PATH:
        return list(reader.extract_items(tree))
    found = map(reader._extract_items, (script for script in scripts if script.get("type") == "application/ld+json"))
    return [item for items in found if items for item in items if item]


#: SHA-256 of the source of extruct's Open Graph ``extract_items``, which :func:`_open_graph_items` repeats; with any
#: other code, extruct's own runs.
EXTRUCT_OPEN_GRAPH_SHA256 = "33ce21f50e31f4609b1bf8c494aff0f384621b0c034fe61584f2f9a395da5cf1"


@lru_cache(maxsize=1)
def _open_graph_steps_known() -> bool:
    from newsquotes.corpus.library_code import source_sha256

    return source_sha256(submodule("extruct", "opengraph").OpenGraphExtractor.extract_items) == EXTRUCT_OPEN_GRAPH_SHA256


def _open_graph_items(reader, tree, heads: list) -> list:
    """``list(reader.extract_items(tree))`` (extruct's Open Graph reader) on the page's ``<head>`` elements already
    found: its ``//head`` and ``document.head`` (the first of them) are a search of the whole page each."""
    if not _open_graph_steps_known():
        return list(reader.extract_items(tree))
    namespaces_of_prefixes = submodule("extruct", "opengraph")._OG_NAMESPACES
    html_elements = heads[0].xpath("parent::html") if heads else []
    page_namespaces = reader.get_namespaces(html_elements[0]) if html_elements else {}
    items = []
    for head in heads:
        namespaces = {**page_namespaces, **reader.get_namespaces(head)}
        properties = []
        for element in head.xpath("meta[@property and @content]"):
            name, value = element.attrib["property"], element.attrib["content"]
            prefix = name.partition(":")[0]
            if prefix in namespaces_of_prefixes:
                namespaces[prefix] = namespaces_of_prefixes[prefix]
            if prefix in namespaces:
                properties.append((name, value))
        if properties:
            items.append({"namespace": namespaces, "properties": properties})
    return items


def _structured_data(tree, elements: dict[str, list]) -> tuple[list, list]:
    """The page's JSON-LD objects and its Open Graph properties, as ``extruct.extract(tree, syntaxes=["json-ld",
    "opengraph"], uniform=True, errors="ignore")`` gives them; a syntax that fails to read counts as absent."""
    json_ld, open_graph, tidy = _extruct_readers()
    found = []
    for read in (lambda: _json_ld_items(json_ld(), tree, elements["script"]),
                 lambda: tidy(_open_graph_items(open_graph(), tree, elements["head"]))):
        try:
            found.append(read())
        except Exception:  # noqa: BLE001 - broken markup of one syntax leaves the other, as errors="ignore" does
            found.append([])
    return found[0], found[1]


def structured_metadata(tree, page_url: str | None = None) -> PageMetadata:
    """The metadata the parsed page declares in JSON-LD, Open Graph, its canonical link and its ``<h1>``."""
    elements = page_elements(tree)
    json_ld, open_graph = _structured_data(tree, elements)
    nodes = _flatten(json_ld)
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    article = next((node for node in nodes if _types(node) & set(ARTICLE_TYPES)), {})
    graph = next(iter(open_graph), {})

    canonical = [link.get("href") for link in elements["link"]
                 if link.get("rel") == "canonical" and link.get("href") is not None]
    urls = [u for u in (_text(canonical[0]) if canonical else None, _text(graph.get("og:url")),
                        _text(article.get("url"))) if u]
    # A relative link is resolved against the page's own URL, else against the first absolute one it states.
    base = page_url if _absolute(page_url) else next((u for u in urls if _absolute(u)), None)
    from trafilatura.json_metadata import normalize_authors

    authors = list(dict.fromkeys(_authors(article.get("author"), by_id)))
    # People's names as trafilatura tidies a byline ("By ANNA NOVAK, Staff Writer" -> "Anna Novak", "Staff Writer").
    people = [name for author, organization in authors if not organization
              for name in (normalize_authors(None, author) or "").split("; ") if name]
    return PageMetadata(
        url=urljoin(base, urls[0]) if urls and base else next(iter(urls), None),
        og_title=_text(graph.get("og:title")),
        headline=_text(article.get("headline")),
        people=list(dict.fromkeys(people)),
        organizations=[name for name, organization in authors if organization],
        published=iso_8601(_text(article.get("datePublished")) or _text(graph.get("article:published_time"))),
        body_chars=len(" ".join(map(str, _as_list(article.get("articleBody") or ""))).strip()),
        elements=elements,
    )


def headline(tree, meta: PageMetadata, found: str | None, site=None) -> str | None:
    """The title to keep (the order in the module's docstring); ``found`` is trafilatura's title, ``site``
    the page's :class:`~.bylines.Site`."""
    from newsquotes.corpus.bylines import headline_only

    titles = [title for title in (meta.og_title, found, meta.headline) if title]
    if site is not None:
        titles = [headline_only(title, site) for title in titles]
    h1s = meta.elements["h1"] if meta.elements else tree.iter("h1")
    for h1 in (h1 for h1 in h1s if next(h1.iterancestors("body"), None) is not None):  # //body//h1
        text = " ".join(h1.text_content().split())
        if text and any(is_headline_of(text, title) for title in titles):
            return text
    return titles[0] if titles else None


def _authors_in(byline: str | None) -> list[str]:
    return [name.strip() for name in (byline or "").split(";") if name.strip()]


def _site_name(name, url: str | None) -> str | None:
    """The site's name tidied as trafilatura does (a list's first name, a handle's "@" dropped, a
    lower-case name capitalized), or the URL's host without "www."."""
    from trafilatura.metadata import META_URL

    if isinstance(name, list):
        name = name[0] if name else None
    name = str(name).lstrip("@") if name else None
    if name:
        return name.title() if "." not in name and not name[0].isupper() else name
    host = META_URL.match(url or "")
    return host[1] if host else None


#: The languages in which htmldate's extensive search reads a date written in words ("3. März 2020"). Its
#: parser (dateparser) otherwise tries every language it knows, and the first time a string is no date in any
#: of them it compiles the rules of all of them: about 2 s of CPU in each process, more than a hundred pages'
#: extraction, for strings that on the 291 benchmark and development pages never gave a date.
DATE_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")


@lru_cache(maxsize=1)
def _limit_date_languages() -> None:
    from newsquotes.corpus.date_parser import DeferredDateDataParser, import_htmldate

    extractors = import_htmldate()
    # htmldate's own settings for its parser, with the languages named; made when a page first needs it
    extractors.EXTERNAL_PARSER = DeferredDateDataParser(languages=list(DATE_LANGUAGES), settings={
        "NORMALIZE": True, "PARSERS": ["custom-formats", "absolute-time"], "PREFER_DATES_FROM": "past",
        "PREFER_LOCALE_DATE_ORDER": True, "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True})


def prepare(warm: bool = False) -> None:
    """Import what reading a page's metadata needs (see :func:`newsquotes.corpus.pipeline.prepare`).

    ``warm`` also does now what the first page that needs it would otherwise do in each worker, each a tenth of a
    second of CPU or more: the place names are read (pycountry, countryinfo; for a byline of more than one name,
    about one page in eight), the date parser is made (dateparser imported, :mod:`.date_parser`) and compiles the
    rules of its languages (the first time a string is no date in any of them), and trafilatura reads jusText's
    stop words (the first time its full path compares with jusText), which jusText lower-cases into a set of
    154,000 words (16 MB, a sixth of a second) that it keeps for the life of the process: made here, the set is
    shared by the workers instead of copied into each one that meets such a page.
    """
    _limit_date_languages()  # before trafilatura imports htmldate, which would import dateparser
    import trafilatura  # noqa: F401

    _extruct_readers()
    if warm:
        from htmldate import extractors
        from justext.core import define_stoplist
        from trafilatura import external

        from newsquotes.models.gazetteer import places

        places()
        extractors.EXTERNAL_PARSER.get_date_data("no date")
        external.JT_STOPLIST = external.JT_STOPLIST or external.jt_stoplist_init()
        define_stoplist(external.JT_STOPLIST)  # cached by jusText under the same tuple trafilatura passes it


def page_fields(tree, page_url: str | None, structured: PageMetadata | None = None) -> dict:
    """The draft's metadata fields of a parsed page, in the order of the module's docstring.

    These are trafilatura's metadata steps (its ``extract_metadata``) without the work the structured
    data makes unnecessary: the byline search (:mod:`.byline_search`, trafilatura's without its copy of
    the page, in one walk) runs only when no author is known yet, the date search (htmldate's, its search of the
    elements by a walk of the page: :mod:`.date_elements`) only when neither JSON-LD nor Open Graph dates the page,
    and the categories and tags, which the corpus does not keep, are not looked for.
    """
    from trafilatura.metadata import examine_meta, extract_license, extract_sitename, extract_title, extract_url
    from trafilatura.settings import set_date_params

    from newsquotes.corpus.byline_search import find_byline
    from newsquotes.corpus.bylines import Site, people_and_organisations, without_address
    from newsquotes.corpus.json_ld import read_json_ld

    structured = structured or structured_metadata(tree, page_url)
    found = examine_meta(tree)  # <meta> and Open Graph tags, as trafilatura reads them
    if found.author and " " not in found.author:
        found.author = None  # one word is a handle, not a byline
    try:
        # JSON-LD as trafilatura reads it (the publisher's name)
        found = read_json_ld(tree, found, structured.elements.get("script"))
    except Exception:  # noqa: BLE001 - trafilatura guards its own JSON-LD reading the same way
        pass
    found.clean_and_trim()  # entities decoded, whitespace collapsed, as trafilatura leaves its metadata
    url = structured.url or found.url or extract_url(tree, page_url) or page_url
    site = Site.of(tree, url, found.sitename, metas=structured.elements.get("meta"))
    people, organisations = people_and_organisations(_authors_in(found.author), site)
    authors = structured.people or people
    if not authors:
        people, more = people_and_organisations(_authors_in(find_byline(tree)), site)
        authors = people or structured.organizations or organisations or more
    published = structured.published
    if published is None:
        from htmldate import find_date

        from newsquotes.corpus import date_elements

        _limit_date_languages()
        date_elements.install()

        # The date in the page's markup first; htmldate's extensive search of the whole text costs more
        # than extracting the article, and on real news pages finds a date the markup lacks on 2 % of them.
        published = iso_8601(find_date(tree, url=url, **set_date_params(extensive=False)))
        published = published or iso_8601(find_date(tree, url=url, **set_date_params(extensive=True)))
    return {
        "title": headline(tree, structured, found.title or extract_title(tree), site),
        "subtitle": found.description,
        "authors": authors,
        "published": published,
        "url": url,
        "source": without_address(_site_name(found.sitename or extract_sitename(tree), url)),
        "license": extract_license(tree),
    }
