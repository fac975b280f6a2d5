"""trafilatura's own algorithm, the same results for less CPU: seven of its XPath expressions evaluated in Python.

trafilatura finds what to prune (``OVERALL_DISCARD_XPATH``, ``REMOVE_COMMENTS_XPATH``), where the article is
(``BODY_XPATH``) and what its page measure leaves out (``BASIC_CLEAN_XPATH``) with expressions that test several
attributes of every element, some with ``re:test``, which lxml answers with a call of Python's ``re`` per element and
attribute; each test in XPath builds node sets and copies strings, so evaluating them takes longer than the rest of
the step. Here one walk over the elements (lxml's own iterator, filtered by tag in C) reads each element's attributes
once and applies the same tests: ``@a='v'`` is equality, ``contains``/``starts-with`` the ``in``/``startswith`` of
the attribute's value, ``re:test`` Python's ``re.search`` with trafilatura's pattern and flags (what lxml itself
calls; each answer remembered per value), and a union of attributes (``@id|@class``) the first of them in the
element's own order (XPath's document order for attributes). The elements found and their order (the document's) are
the same; ``[1]`` is the first found (``(…)[1]``) or the first found among each parent's children. Each expression is
used only while trafilatura's is the one read here (:data:`EXPRESSIONS_SHA256`); otherwise trafilatura's own runs.
trafilatura's HTML parser also gets its element classes from a lookup in lxml's C code (:func:`element_classes_in_c`).
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

_RE_TEST = re.compile(r"re:test\(([@\w|]+), *'([^']*)'(?:, *'([^']*)')?\)")


#: How many attribute values each pattern remembers its answer for (class names repeat within a page and a site).
REMEMBERED = 20_000


def _remembered(pattern: re.Pattern):
    """Whether ``pattern`` is found in a value, remembered by value."""
    answers: dict[str, bool] = {}
    search = pattern.search

    def test(value: str) -> bool:
        answer = answers.get(value)
        if answer is None:
            if len(answers) >= REMEMBERED:
                answers.clear()
            answer = answers[value] = search(value) is not None
        return answer

    return test


def _patterns(path: str) -> list:
    """Tests of the patterns of the ``re:test`` calls in ``path``, compiled as lxml compiles them."""
    return [_remembered(re.compile(pattern, re.IGNORECASE if "i" in flags else 0))
            for _, pattern, flags in _RE_TEST.findall(path)]


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
                    or (ident is not None and by_id(ident))
                    or (kind is not None and by_class(kind))):
                found.append(element)
        return found

    return find


def _hidden(path: str):
    """``OVERALL_DISCARD_XPATH[1]``: hidden elements, reply forms, comment titles."""
    from lxml.etree import Element

    _, by_id, by_class = _patterns(path)

    def find(tree) -> list:
        found = []
        for element in tree.iterdescendants(Element):
            get = element.get
            ident, kind, style = get("id"), get("class"), get("style")
            if (kind == "comments-title"
                    or ((ident is not None or kind is not None) and _first(element, ("id", "class")).startswith("reply-"))
                    or ((ident is not None or style is not None) and "hidden" in _first(element, ("id", "style")))
                    or (style is not None and ("display:none" in style or "display: none" in style))
                    or (ident is not None and by_id(ident))
                    or (kind is not None and by_class(kind))
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
            if (ident is not None and by_id(ident)) or (kind is not None and by_class(kind)):
                found.append(element)
        return found

    return find


def basic_clean_test(path: str):
    """Whether an element is one of those ``BASIC_CLEAN_XPATH`` (with the path ``path``, see
    :data:`BASIC_CLEAN_SHA256`) finds: sidebars, footers, scripts, styles, templates, consent banners."""
    by_class, by_id = _patterns(path)
    tags = frozenset(("aside", "fencedframe", "footer", "script", "style", "svg", "template"))

    def test(element) -> bool:
        tag = element.tag
        if tag in tags:
            return True
        get = element.get
        ident, kind = get("id"), get("class")
        # the first of the two attributes can hold "footer" only if one of them does
        return ((tag == "div" and ((kind is not None and "footer" in kind) or (ident is not None and "footer" in ident))
                 and "footer" in _first(element, ("class", "id")))
                or (kind is not None and by_class(kind))
                or (ident is not None and by_id(ident)))

    return test


def _basic_clean(path: str):
    """``BASIC_CLEAN_XPATH``: the elements :func:`basic_clean_test` accepts."""
    from lxml.etree import Element

    test = basic_clean_test(path)

    def find(tree) -> list:
        return [element for element in tree.iterdescendants(Element) if test(element)]

    return find


#: SHA-256 of the path of ``BASIC_CLEAN_XPATH`` that :func:`basic_clean_test` repeats.
BASIC_CLEAN_SHA256 = "db6c25acd08aef99afbf1be38c751d8c7cf7132256d1a013d1d2e4e4fe86651f"

#: The containers ``BODY_XPATH`` looks for the article in.
_CONTAINERS = ("article", "div", "main", "section")


def _article_body(path: str):
    """``BODY_XPATH[0]``: containers named as the article's body; ``[1]``: the first of each parent's children."""
    by_id, by_class = _patterns(path)

    def find(tree) -> list:
        found, parents = [], set()
        for element in tree.iterdescendants(_CONTAINERS):
            get = element.get
            ident, kind = get("id"), get("class")
            if (kind == "post" or kind == "entry" or get("itemprop") == "articleBody" or ident == "articleContent"
                    or (ident is not None and by_id(ident)) or (kind is not None and by_class(kind))):
                parent = element.getparent()
                if parent not in parents:
                    parents.add(parent)
                    found.append(element)
        return found

    return find


def _first_found(test):
    """``(.//*[self::article or …][test])[1]`` as a function of the tree."""

    def find(tree) -> list:
        return next(([element] for element in tree.iterdescendants(_CONTAINERS) if test(element)), [])

    return find


def _story(path: str):
    """``BODY_XPATH[2]``: the first container named as a story or an article."""
    by_id, full_text, by_class = _patterns(path)

    def test(element) -> bool:
        get = element.get
        ident, kind = get("id"), get("class")
        return (get("role") == "article" or ident in ("article", "story")
                or kind in ("postarea", "art-postcontent", "text", "cell", "story")
                or (ident is not None and by_id(ident))
                or (kind is not None and (full_text(kind) or by_class(kind))))

    return _first_found(test)


def _main_content(path: str):
    """``BODY_XPATH[3]``: the first container named as the page's main content."""
    by_id, by_class = _patterns(path)

    def test(element) -> bool:
        get = element.get
        ident, kind = get("id"), get("class")
        return (ident == "content" or kind == "content"
                or (ident is not None and (by_id(ident) or "main-content" in ident.replace("C", "c").replace("M", "m")))
                or (kind is not None and (by_class(kind) or "main-content" in kind.replace("C", "c").replace("M", "m")
                                          or "page-content" in kind.replace("C", "c").replace("P", "p"))))

    return _first_found(test)


#: SHA-256 of the paths of trafilatura's expressions that the functions above evaluate, as read when they were
#: written; an expression with any other path stays trafilatura's (so do ``BODY_XPATH[1]`` and ``[4]``, cheap in
#: XPath).
EXPRESSIONS_SHA256 = {
    "f19eb5c3dfac7c0e8db4da171307e6cbdcf2feaa5f065b80208f4f524342bab9": _boilerplate,
    "c1d5b70b8cd03783545d6b715c69062ae6967c222b2d8f4e2399762362d426c0": _hidden,
    "503d27cf959e88f6bfc97dc4a32d40311e6bb7a5197f66d635c51fc4a9c066a1": _comments,
    BASIC_CLEAN_SHA256: _basic_clean,
    "caaa561ceca17064773e97bf7c610f55e6c6a64a2477328c060642912d489b3b": _article_body,
    "6c9b5e1fdc092943ebdd87206a2e8a8b4c4666497fb00e6661d2a519d00f37f9": _story,
    "10a7ceacc0ff8cdfd8c58a575b5197b5d07ba24000f072101735478c2c585978": _main_content,
}


def in_python(expression):
    """What evaluates ``expression`` in Python (called with the tree, gives the same list), or ``expression``
    itself when its path is not one of :data:`EXPRESSIONS_SHA256`."""
    make = EXPRESSIONS_SHA256.get(hashlib.sha256(expression.path.encode()).hexdigest())
    return expression if make is None else make(expression.path)


def element_lookup_in_c():
    """A lookup of element classes made in lxml's C code that gives what lxml.html's own lookup gives:
    ``HtmlElement`` and its form elements by tag name, ``HtmlComment``, ``HtmlEntity``,
    ``HtmlProcessingInstruction``, for the lower-case tag names lxml's HTML parser gives."""
    from lxml import etree
    from lxml import html as lxml_html

    lookup = etree.ElementNamespaceClassLookup(etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment, pi=lxml_html.HtmlProcessingInstruction,
        entity=lxml_html.HtmlEntity))
    by_tag = lookup.get_namespace(None)
    for tag, element_class in lxml_html.HtmlElementClassLookup._default_element_classes.items():
        by_tag[tag] = element_class
    return lookup


@lru_cache(maxsize=1)
def element_classes_in_c() -> None:
    """Give trafilatura's HTML parser :func:`element_lookup_in_c`.

    lxml.html's lookup is a Python method that lxml calls for every element it hands to Python code (about
    2,600 times per page between the extraction, the metadata and the measure of the page's main text). The
    trees and their elements' classes are the same (the HTML parser gives no namespaces and lower-case tag names,
    which lxml.html's lookup lower-cases again), so every step that reads them gives the same results, for
    about a tenth less CPU per page. trafilatura's own functions called in this process use the same parser.
    """
    from trafilatura.utils import HTML_PARSER

    HTML_PARSER.set_element_class_lookup(element_lookup_in_c())


@lru_cache(maxsize=1)
def install() -> None:
    """Give trafilatura, in this process, the expressions above in place of its own (see the module's description),
    each only where trafilatura's is the one it was checked against, and its HTML parser
    :func:`element_lookup_in_c`."""
    from importlib import import_module

    from trafilatura import core, external, main_extractor, settings, xpaths

    element_classes_in_c()
    baseline = import_module("trafilatura.baseline")  # the package's ``baseline`` is the module's function
    overall = [in_python(expression) for expression in xpaths.OVERALL_DISCARD_XPATH]
    main_extractor.OVERALL_DISCARD_XPATH = external.OVERALL_DISCARD_XPATH = overall
    core.REMOVE_COMMENTS_XPATH = [in_python(expression) for expression in xpaths.REMOVE_COMMENTS_XPATH]
    baseline.BASIC_CLEAN_XPATH = in_python(settings.BASIC_CLEAN_XPATH)
    main_extractor.BODY_XPATH = [in_python(expression) for expression in xpaths.BODY_XPATH]
