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

On the page itself the three expressions are one walk (:func:`_picked`): each element's attributes are read once
in Python and tested for the strings of all three, where libxml2 walked the page once per attribute name and
expression and made a new string of the attribute for every ``contains``. The first expression's elements are
tried as the walk finds them, so a byline it finds ends the walk.
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


#: What each of trafilatura's byline expressions picks: the elements named (all when empty) with one of these
#: attributes, by name: the values it may equal and the strings it may contain.
PICKS = (
    ("a address div link p span strong", (
        ("rel", ("author",), ()), ("id", ("author",), ()),
        ("class", ("author",), ("author-name", "authorname", "AuthorName", "authorName")),
        ("itemprop", ("author name",), ()), ("data-testid", ("AuthorCard", "AuthorURL"), ()))),
    ("a div h3 h4 p span", (
        ("class", ("byline", "username", "byl", "BBL"), ("author", "channel-name", "zuozhe", "bianji", "xiaobian",
                                                          "submitted-by", "posted-by", "journalist-name")),
        ("itemprop", (), ("author",)), ("id", (), ("author", "zuozhe", "bianji", "xiaobian")))),
    ("", (
        ("data-component", (), ("Byline",)), ("itemprop", (), ("author",)), ("id", (), ("Author", "author")),
        ("class", (), ("Author", "author", "screenname", "writer", "Byline", "byline")))),
)


def _equals_any(strings: tuple[str, ...]) -> str:
    return " or ".join(f". = '{string}'" for string in strings)


def _contains_any(strings: tuple[str, ...]) -> str:
    return " or ".join(f"contains(., '{string}')" for string in strings)


def _elements(tags: str, attributes) -> str:
    """The elements named in ``tags`` (all when empty) with one of ``attributes`` (see :data:`PICKS`), found from
    the attributes."""
    tests = ((name, " or ".join(filter(None, (_equals_any(equals), _contains_any(contains)))))
             for name, equals, contains in attributes)
    found = "|".join(f"//@{name}[{test}]" for name, test in tests)
    kinds = " or ".join(f"self::{tag}" for tag in tags.split())
    return f"({found})/parent::*" + (f"[{kinds}]" if kinds else "")


@lru_cache(maxsize=1)
def _expressions_known() -> bool:
    from trafilatura.xpaths import AUTHOR_XPATHS

    return tuple(xpath.path for xpath in AUTHOR_XPATHS) == AUTHOR_PATHS


@lru_cache(maxsize=1)
def _byline_expressions() -> tuple:
    """``AUTHOR_XPATHS`` without ``re:test`` (see the module's description), or trafilatura's own if they changed."""
    from lxml.etree import XPath
    from trafilatura.xpaths import AUTHOR_XPATHS

    if not _expressions_known():
        return tuple(AUTHOR_XPATHS)
    first_tags, first = PICKS[0]
    # a <rel> child whose text is "me" (``rel='me'``), and every <author>
    rel_me = "|//rel[. = 'me']/parent::*[" + " or ".join(f"self::{tag}" for tag in first_tags.split()) + "]|//author"
    return (XPath(_elements(first_tags, first) + rel_me), *(XPath(_elements(*pick)) for pick in PICKS[1:]))


def _any_of(strings) -> re.Pattern:
    """A pattern finding any of ``strings`` in a text (``contains`` of any); with none, it finds nothing."""
    return re.compile("|".join(map(re.escape, dict.fromkeys(strings))) or "(?!)")


@lru_cache(maxsize=1)
def _attribute_tests() -> dict:
    """By attribute name: the values any expression looks for in it (those it equals, a pattern of those it contains),
    and for each expression that reads it, its number and the values it looks for."""
    reads: dict = {}
    for number, (_, attributes) in enumerate(PICKS):
        for name, equals, contains in attributes:
            reads.setdefault(name, []).append((number, equals, contains))
    return {name: ((frozenset(value for _, equals, _ in tests for value in equals),
                    _any_of(value for _, _, contains in tests for value in contains)),
                   [(number, frozenset(equals), _any_of(contains)) for number, equals, contains in tests])
            for name, tests in reads.items()}


def _picked(tree):
    """The elements each of :func:`_byline_expressions` picks, from one walk of the page in document order (tested
    against the expressions), one iterable per expression. The first expression's elements come as the walk
    finds them, so a search that takes one of them ends the walk; the others' are gathered on the way. The page
    has no ``<rel>`` element and ``tree`` is its root (:func:`_one_walk`)."""
    later: list[list] = [[] for _ in PICKS[1:]]

    def first():
        from lxml.etree import Element

        tests = _attribute_tests()
        tags = [frozenset(tag_names.split()) for tag_names, _ in PICKS]
        for element in tree.iter(Element):
            numbers = ()
            for name, value in element.items():
                test = tests.get(name)
                if test is not None and (value in test[0][0] or test[0][1].search(value)):
                    numbers = {*numbers, *(number for number, equals, contains in test[1]
                                           if value in equals or contains.search(value))}
            tag = element.tag if numbers else None
            if (0 in numbers and tag in tags[0]) or (element.tag == "author"):
                yield element
            for number in numbers:
                if number and (not tags[number] or tag in tags[number]):
                    later[number - 1].append(element)

    yield first()
    yield from later


def _one_walk(tree) -> bool:
    """Whether :func:`_picked` gives what the expressions give: they are the ones it repeats, and the page's root
    holds all of the page (the expressions search from the document's root)."""
    return _expressions_known() and tree.getparent() is None and tree.tag != "rel"


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
    found = _picked(tree) if _one_walk(tree) else (expression(tree) for expression in _byline_expressions())
    for elements in found:
        for element in elements:
            if _deleted(element) or any(map(_deleted, element.iterancestors(*_TAGS))):
                continue  # not in trafilatura's copy
            if any(map(_deleted, element.iterdescendants(*_TAGS))):
                return extract_author(tree)  # its text in the copy is not its text here
            content = trim(" ".join(element.itertext()))
            if content and 2 < len(content) < 120:
                return normalize_authors(None, content)
    return None
