"""trafilatura's own algorithm, the same results for less CPU: four of its XPath expressions evaluated in Python,
and no copy of the page that it does not read.

**Expressions.** trafilatura finds what to prune (``OVERALL_DISCARD_XPATH``, ``REMOVE_COMMENTS_XPATH``) and what its
page measure leaves out (``BASIC_CLEAN_XPATH``) with expressions that test several attributes of every element, some
with ``re:test``, which lxml answers with a call of Python's ``re`` per element and attribute; each test in XPath
builds node sets and copies strings, so evaluating them takes longer than the rest of the step. Here one walk over the
elements (lxml's own iterator, filtered by tag in C) reads each element's attributes once and applies the same tests:
``@a='v'`` is equality, ``contains``/``starts-with`` the ``in``/``startswith`` of the attribute's value, ``re:test``
Python's ``re.search`` with trafilatura's pattern (what lxml itself calls), and a union of attributes
(``@id|@class``) the first of them in the element's own order (XPath's document order for attributes). The elements
found and their order (the document's) are the same. Each expression is used only while trafilatura's is the one
read here (:data:`EXPRESSIONS_SHA256`); otherwise trafilatura's own runs.

**Copies.** ``_prepare_tree`` copies the cleaned page before converting its tags, for the readability/jusText
comparison and the comment extraction; the fast path without comments reads neither, so the copy is not made
there. This runs only while ``core``'s code is the one read here (:data:`CORE_SOURCE_SHA256`).
"""

from __future__ import annotations

import hashlib
import inspect
import re
from copy import copy
from functools import lru_cache

_RE_TEST = re.compile(r"re:test\(([@\w|]+), *'([^']*)'(?:, *'([^']*)')?\)")


def _patterns(path: str, flags: int = 0) -> list[re.Pattern]:
    """The patterns of the ``re:test`` calls in ``path``, compiled as lxml compiles them."""
    return [re.compile(pattern, flags) for _, pattern, _ in _RE_TEST.findall(path)]


def _first(element, names: tuple[str, str]) -> str:
    """XPath's string of ``@a|@b``: the value of the first of the two attributes ``element`` has, in its order."""
    for name, value in element.items():
        if name in names:
            return value
    return ""


def _boilerplate(path: str):
    """``OVERALL_DISCARD_XPATH[0]``: lists, paragraphs and containers of navigation, sharing, advertising."""
    _, by_id, by_class = _patterns(path)
    tags = ("div", "item", "list", "p", "section", "span")

    def find(tree) -> list:
        found = []
        for element in tree.iterdescendants(tags):
            get = element.get
            ident, kind, role, component = get("id"), get("class"), get("role"), get("data-component")
            if (get("data-lp-replacement-content") is not None
                    or (role is not None and "nav" in role.replace("N", "n"))
                    or (component is not None and "MostPopularStories" in component)
                    or ((ident is not None or kind is not None) and "cookie" in _first(element, ("id", "class")))
                    or (ident is not None and by_id.search(ident))
                    or (kind is not None and by_class.search(kind))):
                found.append(element)
        return found

    return find


def _hidden(path: str):
    """``OVERALL_DISCARD_XPATH[1]``: hidden elements, reply forms, comment titles."""
    _, by_id, by_class = _patterns(path)

    def find(tree) -> list:
        from lxml.etree import Element

        found = []
        for element in tree.iterdescendants(Element):
            get = element.get
            ident, kind, style = get("id"), get("class"), get("style")
            if (kind == "comments-title"
                    or ((ident is not None or kind is not None) and _first(element, ("id", "class")).startswith("reply-"))
                    or ((ident is not None or style is not None) and "hidden" in _first(element, ("id", "style")))
                    or (style is not None and ("display:none" in style or "display: none" in style))
                    or (ident is not None and by_id.search(ident))
                    or (kind is not None and by_class.search(kind))
                    or get("aria-hidden") == "true"):
                found.append(element)
        return found

    return find


def _comments(path: str):
    """``REMOVE_COMMENTS_XPATH[0]``: comment sections."""
    by_id, by_class = _patterns(path)
    tags = ("div", "list", "section", "details")

    def find(tree) -> list:
        found = []
        for element in tree.iterdescendants(tags):
            get = element.get
            ident, kind = get("id"), get("class")
            if (ident is not None and by_id.search(ident)) or (kind is not None and by_class.search(kind)):
                found.append(element)
        return found

    return find


def _basic_clean(path: str):
    """``BASIC_CLEAN_XPATH``: sidebars, footers, scripts, styles, templates, consent banners."""
    by_class, by_id = _patterns(path, re.IGNORECASE)
    tags = frozenset(("aside", "fencedframe", "footer", "script", "style", "svg", "template"))

    def find(tree) -> list:
        from lxml.etree import Element

        found = []
        for element in tree.iterdescendants(Element):
            tag = element.tag
            if tag in tags:
                found.append(element)
                continue
            get = element.get
            ident, kind = get("id"), get("class")
            if ((tag == "div" and (ident is not None or kind is not None)
                 and "footer" in _first(element, ("class", "id")))
                    or (kind is not None and by_class.search(kind))
                    or (ident is not None and by_id.search(ident))):
                found.append(element)
        return found

    return find


#: SHA-256 of the paths of trafilatura's expressions that the functions above evaluate, as read when they were
#: written; an expression with any other path stays trafilatura's.
EXPRESSIONS_SHA256 = {
    "f19eb5c3dfac7c0e8db4da171307e6cbdcf2feaa5f065b80208f4f524342bab9": _boilerplate,
    "c1d5b70b8cd03783545d6b715c69062ae6967c222b2d8f4e2399762362d426c0": _hidden,
    "503d27cf959e88f6bfc97dc4a32d40311e6bb7a5197f66d635c51fc4a9c066a1": _comments,
    "db6c25acd08aef99afbf1be38c751d8c7cf7132256d1a013d1d2e4e4fe86651f": _basic_clean,
}


def in_python(expression):
    """What evaluates ``expression`` in Python (called with the tree, gives the same list), or ``expression``
    itself when its path is not one of :data:`EXPRESSIONS_SHA256`."""
    make = EXPRESSIONS_SHA256.get(hashlib.sha256(expression.path.encode()).hexdigest())
    return expression if make is None else make(expression.path)


def _prepare_tree(tree, options, url):
    """``core._prepare_tree`` without the copy of the cleaned page that only the comparison and the comment
    extraction read."""
    from trafilatura.core import convert_tags, tree_cleaning

    cleaned = tree_cleaning(copy(tree), options)
    backup = copy(cleaned) if not options.fast or options.comments else None
    return convert_tags(cleaned, options, url), backup


#: SHA-256 of the source of ``core._prepare_tree``, ``core._recall_retry`` and ``core.trafilatura_sequence`` (what
#: reads the copy :func:`_prepare_tree` leaves out), as read when it was written.
CORE_SOURCE_SHA256 = "7208b8bd218d10602ba15f161cb51807bc49d5fa1f1fb60563c70a0d70617e4f"


def _core_source_sha256() -> str:
    from trafilatura import core

    functions = (core._prepare_tree, core._recall_retry, core.trafilatura_sequence)
    return hashlib.sha256("".join(map(inspect.getsource, functions)).encode()).hexdigest()


@lru_cache(maxsize=1)
def install() -> None:
    """Give trafilatura, in this process, the expressions and the ``_prepare_tree`` above (see the module's
    description); each only where trafilatura's own is the one it was checked against."""
    from trafilatura import baseline, core, external, main_extractor, settings, xpaths

    overall = [in_python(expression) for expression in xpaths.OVERALL_DISCARD_XPATH]
    main_extractor.OVERALL_DISCARD_XPATH = external.OVERALL_DISCARD_XPATH = overall
    core.REMOVE_COMMENTS_XPATH = [in_python(expression) for expression in xpaths.REMOVE_COMMENTS_XPATH]
    baseline.BASIC_CLEAN_XPATH = in_python(settings.BASIC_CLEAN_XPATH)
    if _core_source_sha256() == CORE_SOURCE_SHA256:
        core._prepare_tree = _prepare_tree
