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
           "hidden-box", "reply-to", "COOKIE-NOTICE", "cookie_bar", "my-footer", "akismet-x", "jp-relatedposts", ""],
    "class": ["comments-title", "article-comments", "Comments", "nav top", "top nav", "navbar", "Navbar", "x ad y",
              "a-ad-b", "x hidden", "hide-print", "hidden", "notice--Cookie", "reply-form", "site-footer", "embed",
              "cookie", "paid-content", "user-info", "ZendeskForm", "text", "", "Cookie-Banner", "onetrust-x"],
    "style": ["display:none", "display: none", "color:red", "visibility: hidden"],
    "role": ["Navigation", "NAV", "main", "banner"],
    "data-component": ["MostPopularStories", "Byline"],
    "data-lp-replacement-content": [""],
    "aria-hidden": ["true", "false"],
}
TAGS = ["div", "p", "span", "section", "list", "item", "details", "aside", "footer", "script", "a", "article"]


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

    return [*xpaths.OVERALL_DISCARD_XPATH, *xpaths.REMOVE_COMMENTS_XPATH, settings.BASIC_CLEAN_XPATH]


@pytest.mark.parametrize("position", range(4))
def test_python_finds_what_the_expression_finds(position):
    expression = _expressions()[position]
    in_python = trafilatura_speed.in_python(expression)
    assert in_python is not expression  # trafilatura's expressions are the ones checked
    total = 0
    for root in _pages():
        for context in (root, root[1], *root.iter("div")):
            expected = expression(context)
            assert in_python(context) == expected
            total += len(expected)
    assert total > 50


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


def test_install_uses_trafilaturas_code_when_it_changed(monkeypatch):
    from trafilatura import core

    monkeypatch.setattr(trafilatura_speed, "CORE_SOURCE_SHA256", "0" * 64)
    original = core._prepare_tree
    trafilatura_speed.install.cache_clear()
    try:
        monkeypatch.setattr(core, "_prepare_tree", original)
        trafilatura_speed.install()
        assert core._prepare_tree is original
    finally:
        trafilatura_speed.install.cache_clear()


def test_prepare_tree_copies_the_page_only_for_what_reads_the_copy():
    from lxml import html
    from trafilatura.settings import Extractor

    page = "<html><body><div><p>One paragraph of text.</p><ul><li>item</li></ul></div></body></html>"
    assert trafilatura_speed._core_source_sha256() == trafilatura_speed.CORE_SOURCE_SHA256
    for fast, comments in itertools.product((True, False), repeat=2):
        options = Extractor(fast=fast, comments=comments)
        ours = trafilatura_speed._prepare_tree(html.fromstring(page), options, None)
        theirs = _trafilaturas_prepare_tree(html.fromstring(page), options)
        assert html.tostring(ours[0]) == html.tostring(theirs[0])
        if fast and not comments:
            assert ours[1] is None
        else:
            assert html.tostring(ours[1]) == html.tostring(theirs[1])


def _trafilaturas_prepare_tree(tree, options):
    """``core._prepare_tree`` as read when :data:`CORE_SOURCE_SHA256` was taken."""
    from copy import copy

    from trafilatura.htmlprocessing import convert_tags, tree_cleaning

    cleaned = tree_cleaning(copy(tree), options)
    backup = copy(cleaned)
    return convert_tags(cleaned, options, None), backup
