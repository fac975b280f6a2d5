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
"""

from __future__ import annotations

import re

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


def _applies(tree) -> bool:
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS

    # A <rel> element is the one thing a byline expression reads the text of ("rel='me'").
    return tuple(xpath.path for xpath in AUTHOR_DISCARD_XPATHS) == DISCARD_PATHS and tree.find(".//rel") is None


def find_byline(tree) -> str | None:
    """What ``trafilatura.metadata.extract_author(tree)`` gives."""
    from trafilatura.metadata import extract_author, normalize_authors
    from trafilatura.utils import trim
    from trafilatura.xpaths import AUTHOR_XPATHS

    if not _applies(tree):
        return extract_author(tree)
    for expression in AUTHOR_XPATHS:
        for element in expression(tree):
            if _deleted(element) or any(map(_deleted, element.iterancestors(*_TAGS))):
                continue  # not in trafilatura's copy
            if any(map(_deleted, element.iterdescendants(*_TAGS))):
                return extract_author(tree)  # its text in the copy is not its text here
            content = trim(" ".join(element.itertext()))
            if content and 2 < len(content) < 120:
                return normalize_authors(None, content)
    return None
