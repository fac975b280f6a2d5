"""trafilatura's byline search (``trafilatura.metadata.extract_author``) without its copy of the page.

trafilatura copies the whole page, deletes from the copy what cannot hold the byline (comment sections,
sidebars, quotes, dates, figures: ``AUTHOR_DISCARD_XPATHS``), then takes the first element its byline
expressions (``AUTHOR_XPATHS``) find there whose text is 3 to 119 characters long. The copy and the deletions
are most of its cost. Deleting an element changes nothing of another element but its place in the page and
the text of its ancestors (the deleted element's tail stays), and the byline expressions look at an
element's name and attributes only. So the expressions run on the page itself, an element inside a part the
copy would lose is passed over, and the text of the others is theirs as it is; when the element found
holds such a part, the text differs, and trafilatura's own search runs instead. The answer is the same as
trafilatura's on every page.

The byline expressions themselves are trafilatura's written without ``re:test``: each of its patterns is a
choice of plain strings, so ``contains`` tests the same, in lxml's C code instead of a call of Python's ``re``
per element; and each attribute is tested once, found by its name, rather than every element tested for
each attribute it may lack. The same elements, in the same order, for about half the time.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: trafilatura's expressions for the parts its byline search deletes, as :func:`_deleted` reads them; if a
#: version of trafilatura changes them, its own search runs.
DISCARD_PATHS = (
    "\n        .//*[self::a or self::div or self::section or self::span][\n        @id='comments' or "
    "@class='comments' or @class='title' or @class='date' or\n        re:test(@id, '^comments|comment-?list|"
    "ProductReviews') or\n        re:test(@class, '^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|"
    "embedly-instagram|article-(?:share|support)|print|category|meta-date|meta-reviewer') or\n        "
    "contains(@data-component, 'Figure')]\n        ",
    "//time|//figure",
)
_CONTAINERS = frozenset(("a", "div", "section", "span"))
_ALWAYS = frozenset(("time", "figure"))
_TAGS = tuple(sorted(_CONTAINERS | _ALWAYS))  # the only elements deleted, looked for by lxml itself
_EXACT_CLASSES = frozenset(("comments", "title", "date"))
_ID = re.compile(r"^comments|comment-?list|ProductReviews")
_CLASS = re.compile(r"^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
                    r"article-(?:share|support)|print|category|meta-date|meta-reviewer")


def _deleted(element) -> bool:
    """Whether ``DISCARD_PATHS`` pick ``element`` (the test of lxml's ``re:test`` is Python's ``re.search``)."""
    tag = element.tag
    if tag in _ALWAYS:
        return True
    if tag not in _CONTAINERS:
        return False
    ident, kind = element.get("id"), element.get("class")
    return (ident == "comments" or kind in _EXACT_CLASSES or _ID.search(ident or "") is not None
            or _CLASS.search(kind or "") is not None or "Figure" in (element.get("data-component") or ""))


#: trafilatura's byline expressions (``AUTHOR_XPATHS``), as :func:`_byline_expressions` rewrites them; if a
#: version of trafilatura changes them, its own expressions run.
AUTHOR_PATHS = (
    "\n        //*[self::a or self::address or self::div or self::link or self::p or self::span or self::strong][\n"
    "        @rel='author' or @id='author' or @class='author' or @itemprop='author name' or rel='me' or\n"
    "        @data-testid='AuthorCard' or @data-testid='AuthorURL' or\n"
    "        re:test(@class, 'author-?name|AuthorName|authorName')]|//author\n        ",
    "\n        //*[self::a or self::div or self::h3 or self::h4 or self::p or self::span][\n"
    "        @class='byline' or @class='username' or @class='byl' or @class='BBL' or\n"
    "        contains(@itemprop, 'author') or\n        re:test(@id, 'author|zuozhe|bianji|xiaobian') or\n"
    "        re:test(@class, 'author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name')]"
    "\n        ",
    "\n        //*[\n        contains(@data-component, 'Byline') or contains(@itemprop, 'author') or\n"
    "        re:test(@id, '[Aa]uthor') or\n        re:test(@class, '[Aa]uthor|screenname|writer|[Bb]yline')]\n        ",
)


def _equals_any(strings: str) -> str:
    return " or ".join(f". = '{string}'" for string in strings.split())


def _contains_any(strings: str) -> str:
    return " or ".join(f"contains(., '{string}')" for string in strings.split())


def _elements(tags: str, *attributes: tuple[str, str]) -> str:
    """The elements named in ``tags`` (all when empty) with one of ``attributes`` (a name, and what its value
    must pass, about the value as ``.``), found from the attributes."""
    found = "|".join(f"//@{name}[{value}]" for name, value in attributes)
    kinds = " or ".join(f"self::{tag}" for tag in tags.split())
    return f"({found})/parent::*" + (f"[{kinds}]" if kinds else "")


@lru_cache(maxsize=1)
def _byline_expressions() -> tuple:
    """``AUTHOR_XPATHS`` without ``re:test`` (see the module's description), or trafilatura's own if they changed."""
    from lxml.etree import XPath
    from trafilatura.xpaths import AUTHOR_XPATHS

    if tuple(xpath.path for xpath in AUTHOR_XPATHS) != AUTHOR_PATHS:
        return tuple(AUTHOR_XPATHS)
    first = "a address div link p span strong"
    return (
        XPath(_elements(first, ("rel", ". = 'author'"), ("id", ". = 'author'"),
                        ("class", ". = 'author' or " + _contains_any("author-name authorname AuthorName authorName")),
                        ("itemprop", ". = 'author name'"), ("data-testid", _equals_any("AuthorCard AuthorURL")))
              # a <rel> child whose text is "me" (``rel='me'``), and every <author>
              + "|//rel[. = 'me']/parent::*[" + " or ".join(f"self::{tag}" for tag in first.split()) + "]|//author"),
        XPath(_elements("a div h3 h4 p span",
                        ("class", _equals_any("byline username byl BBL") + " or " + _contains_any(
                            "author channel-name zuozhe bianji xiaobian submitted-by posted-by journalist-name")),
                        ("itemprop", "contains(., 'author')"), ("id", _contains_any("author zuozhe bianji xiaobian")))),
        XPath(_elements("", ("data-component", "contains(., 'Byline')"), ("itemprop", "contains(., 'author')"),
                        ("id", _contains_any("Author author")),
                        ("class", _contains_any("Author author screenname writer Byline byline")))),
    )


def _applies(tree) -> bool:
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS

    # A <rel> element is the one thing a byline expression reads the text of ("rel='me'").
    return tuple(xpath.path for xpath in AUTHOR_DISCARD_XPATHS) == DISCARD_PATHS and tree.find(".//rel") is None


def find_byline(tree) -> str | None:
    """What ``trafilatura.metadata.extract_author(tree)`` gives."""
    from trafilatura.metadata import extract_author, normalize_authors
    from trafilatura.utils import trim

    if not _applies(tree):
        return extract_author(tree)
    for expression in _byline_expressions():
        for element in expression(tree):
            if _deleted(element) or any(map(_deleted, element.iterancestors(*_TAGS))):
                continue  # not in trafilatura's copy
            if any(map(_deleted, element.iterdescendants(*_TAGS))):
                return extract_author(tree)  # its text in the copy is not its text here
            content = trim(" ".join(element.itertext()))
            if content and 2 < len(content) < 120:
                return normalize_authors(None, content)
    return None
