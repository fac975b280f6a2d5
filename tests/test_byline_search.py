"""trafilatura's byline search without its copy of the page: the same answer as trafilatura's on every page."""

from __future__ import annotations

import pytest
from trafilatura.metadata import extract_author
from trafilatura.utils import load_html
from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS

from newsquotes.corpus import byline_search
from newsquotes.corpus.byline_search import find_byline

STORY = "<p>The council approved the budget on Tuesday after a long debate about the new bridge.</p>"

PAGES = {
    "a byline in a span": (f'<html><body><article><span class="byline">By Anna Novak</span>{STORY}</article>'
                           "</body></html>", "Anna Novak"),
    "a byline inside the comments is passed over": (
        f'<html><body><article>{STORY}</article><div id="comments"><span class="author">Troll42 Writer</span>'
        '</div><p class="author">Jan de Vries</p></body></html>', "Jan de Vries"),
    "a byline inside a sidebar and a figure is passed over": (
        f'<html><body><div class="sidebar"><a rel="author">Sidebar Person</a></div><figure><span class="author">'
        f'Photo Credit</span></figure>{STORY}<div class="author-name">Maria Rossi</div></body></html>',
        "Maria Rossi"),
    "a byline holding a date it loses in trafilatura's copy": (
        f'<html><body>{STORY}<div class="byline">By Karl Berg<time>12 March 2020</time>, Berlin</div>'
        "</body></html>", "Karl Berg; Berlin"),
    "a byline whose date joins its words in the copy": (
        f'<html><body>{STORY}<span class="author">Ole<time>x</time>Hansen</span></body></html>', "OleHansen"),
    "a <rel> element": (f'<html><body>{STORY}<span><rel>me</rel>Pia Lind</span></body></html>', "Me Pia Lind"),
    "no byline": (f"<html><body>{STORY}</body></html>", None),
    "the first expression's byline wins, though later in the page": (
        f'<html><body><span class="byline">Eva Maier</span>{STORY}<a rel="author">Jan de Vries</a></body></html>',
        "Jan de Vries"),
    "an <author> element": ('<html><body><p class="writer">Eva Maier</p><author>Ole Hansen</author></body></html>',
                            "Ole Hansen"),
    "a name too short and one too long": (
        f'<html><body>{STORY}<span class="author">Al</span><span class="writer">{"Long " * 30}</span>'
        '<span class="byline">Eva Maier</span></body></html>', "Eva Maier"),
}


@pytest.mark.parametrize("name", PAGES)
def test_the_byline_is_trafilaturas(name):
    html, expected = PAGES[name]
    tree = load_html(html)
    assert find_byline(tree) == extract_author(tree) == expected


def test_the_parts_left_out_are_those_trafilatura_deletes():
    classes = ["comments", "title", "date", "comment-list", "Comments-x", "sidebar-left", "is-hidden", "blockquote",
               "embedly-instagram", "article-share", "article-support", "print", "category", "meta-date",
               "meta-reviewer", "article", "story", "x-comments"]
    ids = ["comments", "comments-2", "commentlist", "ProductReviews", "main", "no-comments"]
    elements = [f'<{tag} class="{kind}">x</{tag}>' for tag in ("a", "div", "section", "span", "p", "li")
                for kind in classes]
    elements += [f'<{tag} id="{ident}">x</{tag}>' for tag in ("a", "div", "section", "span", "p") for ident in ids]
    elements += ['<div data-component="FigureBlock">x</div>', '<span data-component="Text">x</span>',
                 "<time>x</time>", "<figure>x</figure>", "<div>x</div>"]
    tree = load_html(f"<html><body>{''.join(elements)}</body></html>")
    picked = {element for xpath in AUTHOR_DISCARD_XPATHS for element in xpath(tree)}
    assert picked == {element for element in tree.iter() if byline_search._deleted(element)}
    assert picked


def test_the_installed_trafilatura_deletes_what_the_search_expects():
    assert tuple(xpath.path for xpath in AUTHOR_DISCARD_XPATHS) == byline_search.DISCARD_PATHS


def test_the_byline_expressions_pick_what_trafilaturas_pick():
    from trafilatura.xpaths import AUTHOR_XPATHS

    expressions = byline_search._byline_expressions()
    assert expressions[0] is not AUTHOR_XPATHS[0]  # trafilatura's are the ones rewritten, so the rewrite runs
    strings = ["author", "Author", "author-name", "authorname", "AuthorName", "authorName", "author-?name", "byline",
               "Byline", "username", "byl", "BBL", "zuozhe", "bianji", "xiaobian", "channel-name", "submitted-by",
               "posted-by", "journalist-name", "screenname", "writer", "AuthorCard", "AuthorURL", "author name",
               "me", "story", "", "x-authors y", "AUTHOR", "BylineBlock", "by-line"]
    elements = []
    for tag in ("a", "address", "div", "link", "p", "span", "strong", "h3", "h4", "section", "li"):
        for value in strings:
            for attribute in ("class", "id", "rel", "itemprop", "data-testid", "data-component"):
                elements.append(f'<{tag} {attribute}="{value}">x</{tag}>')
            elements.append(f"<{tag}><rel>{value}</rel>x</{tag}>")
    elements += ["<author>x</author>", '<div class="author"><span class="byline">x</span></div>']
    tree = load_html(f"<html><body>{''.join(elements)}</body></html>")
    for ours, theirs in zip(expressions, AUTHOR_XPATHS, strict=True):
        assert ours(tree) == theirs(tree)
        assert ours(tree)


def _clear_caches():
    byline_search._byline_expressions.cache_clear()
    byline_search._expressions_known.cache_clear()


def test_changed_byline_expressions_are_trafilaturas_own(monkeypatch):
    from trafilatura import xpaths
    from lxml.etree import XPath

    _clear_caches()
    monkeypatch.setattr(xpaths, "AUTHOR_XPATHS", [XPath("//*[@class='by']")])
    try:
        assert byline_search._byline_expressions() == (xpaths.AUTHOR_XPATHS[0],)
        tree = load_html('<html><body><p class="by">Eva Maier</p><span class="author">Ole Hansen</span></body></html>')
        assert not byline_search._one_walk(tree)
        assert find_byline(tree) == "Eva Maier"
    finally:
        _clear_caches()


def _attribute_page() -> str:
    strings = ["author", "Author", "author-name", "authorname", "AuthorName", "authorName", "byline", "Byline",
               "username", "byl", "BBL", "zuozhe", "bianji", "xiaobian", "channel-name", "submitted-by", "posted-by",
               "journalist-name", "screenname", "writer", "AuthorCard", "AuthorURL", "author name", "me", "story", "",
               "x-authors y", "AUTHOR", "BylineBlock", "by-line"]
    elements = []
    for tag in ("a", "address", "div", "link", "p", "span", "strong", "h3", "h4", "section", "li", "author"):
        for value in strings:
            for attribute in ("class", "id", "rel", "itemprop", "data-testid", "data-component"):
                elements.append(f'<{tag} {attribute}="{value}" title="x">x</{tag}>')
            elements.append(f'<{tag} id="{value}" class="story" itemprop="{value}">x</{tag}>')
    elements += ['<div class="author"><span class="byline"><author>x</author></span></div>', "<author>x</author>"]
    return f"<html><body>{''.join(elements)}</body></html>"


def test_one_walk_picks_what_the_expressions_pick():
    tree = load_html(_attribute_page())
    assert byline_search._one_walk(tree)
    picked = [list(elements) for elements in byline_search._picked(tree)]
    assert picked == [expression(tree) for expression in byline_search._byline_expressions()]
    assert all(picked)


def test_the_expressions_run_where_one_walk_would_miss_part_of_the_page():
    tree = load_html(_attribute_page())
    body = tree.find("body")
    assert not byline_search._one_walk(body)  # the expressions search the whole document, not one element
    assert find_byline(body) == extract_author(body)
