"""trafilatura's expressions evaluated in Python find what the expressions find, in the same order; what has
changed in trafilatura stays trafilatura's."""

from __future__ import annotations

import itertools

import pytest

from newsquotes.corpus import trafilatura_speed

#: Attributes that each test of the four expressions reads, with values that pass and fail them, in both cases
#: and at the start, the middle and the end of the value.
VALUES = {
    "id": ["comments", "Comment-3", "x-comment", "shar-1", "x-shar", "bread-crumb", "main", "reader-comments",
           "hidden-box", "reply-to", "COOKIE-NOTICE", "cookie_bar", "my-footer", "akismet-x", "jp-relatedposts", "",
           "articleContent", "article", "story", "x-article__body", "primary-1", "content", "Main-Content",
           "contentBody"],
    "class": ["comments-title", "article-comments", "Comments", "nav top", "top nav", "navbar", "Navbar", "x ad y",
              "a-ad-b", "x hidden", "hide-print", "hidden", "notice--Cookie", "reply-form", "site-footer", "embed",
              "cookie", "paid-content", "user-info", "ZendeskForm", "text", "", "Cookie-Banner", "onetrust-x",
              "post", "entry", "post_content", "art-content", "FullText", "story-content", "article x", "content",
              "Page-Content", "content__body", "x-main-content", "cell"],
    "style": ["display:none", "display: none", "color:red", "visibility: hidden"],
    "role": ["Navigation", "NAV", "main", "banner", "article"],
    "itemprop": ["articleBody", "author"],
    "data-component": ["MostPopularStories", "Byline"],
    "data-lp-replacement-content": [""],
    "aria-hidden": ["true", "false"],
}
TAGS = ["div", "p", "span", "section", "list", "item", "details", "aside", "footer", "script", "a", "article", "main",
        "div", "section"]


def _pages():
    """Small pages whose elements carry one or two of the attributes, in both orders, nested in one another."""
    from lxml import etree

    pairs = [(name, value) for name, values in VALUES.items() for value in values]
    rng = itertools.cycle(range(7))
    for start in range(0, len(pairs), 9):
        root = etree.fromstring("<html><head/><body/></html>")
        body = root[1]
        parents = [body]
        for position, (tag, first, second) in enumerate(zip(itertools.cycle(TAGS), pairs[start:] + pairs[:start],
                                                            reversed(pairs))):
            element = etree.SubElement(parents[next(rng) % len(parents)], tag)
            for name, value in (first, second) if position % 2 else (second, first):
                if element.get(name) is None:
                    element.set(name, value)
            element.text, element.tail = "text", "tail"
            parents.append(element)
        yield root


def _expressions():
    from trafilatura import settings, xpaths

    return [*xpaths.OVERALL_DISCARD_XPATH, *xpaths.REMOVE_COMMENTS_XPATH, settings.BASIC_CLEAN_XPATH,
            *(xpaths.BODY_XPATH[position] for position in (0, 2, 3))]


@pytest.mark.parametrize("position", range(7))
def test_python_finds_what_the_expression_finds(position):
    expression = _expressions()[position]
    in_python = trafilatura_speed.in_python(expression)
    assert in_python is not expression  # trafilatura's expressions are the ones checked
    total = 0
    for root in _pages():
        for context in (root, root[1], *root.iter("div", "section")):
            expected = expression(context)
            assert in_python(context) == expected
            total += len(expected)
    assert total > 10


def test_first_of_two_attributes_is_the_one_written_first():
    from lxml import etree

    from newsquotes.corpus.trafilatura_speed import _first

    one = etree.fromstring('<div class="a" id="b"/>')
    other = etree.fromstring('<div id="b" class="a"/>')
    assert (_first(one, ("id", "class")), _first(other, ("id", "class"))) == ("a", "b")
    assert _first(one, ("style", "role")) == ""
    assert etree.XPath("string(@id|@class)")(one) == "a"


def test_changed_expressions_stay_trafilaturas():
    from lxml.etree import XPath

    changed = XPath(".//*[re:test(@class, 'sidebar')]", namespaces={"re": "http://exslt.org/regular-expressions"})
    assert trafilatura_speed.in_python(changed) is changed


def test_install_gives_trafilatura_the_python_expressions():
    import importlib

    from trafilatura import core, external, main_extractor, xpaths

    trafilatura_speed.install()
    assert [hasattr(expression, "path") for expression in main_extractor.BODY_XPATH] == [False, True, False, False, True]
    assert main_extractor.BODY_XPATH[1] is xpaths.BODY_XPATH[1]
    baseline = importlib.import_module("trafilatura.baseline")
    assert not hasattr(baseline.BASIC_CLEAN_XPATH, "path")
    assert not any(hasattr(expression, "path") for expression in (
        *main_extractor.OVERALL_DISCARD_XPATH, *external.OVERALL_DISCARD_XPATH, *core.REMOVE_COMMENTS_XPATH))
