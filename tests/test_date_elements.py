"""htmldate's search of the elements that may hold a date, by a walk of the page: the same elements, the same dates."""

from __future__ import annotations

import pytest
from htmldate import core, extractors
from lxml.etree import XPath
from trafilatura.settings import set_date_params
from trafilatura.utils import load_html

from newsquotes.corpus import date_elements

STRINGS = ["date", "Date", "DATE", "datum", "Datum", "meta", "Meta", "META", "time", "Time", "publish", "footer",
           "info", "post_detail", "block-content", "byline", "subline", "posted", "submitted", "created-post",
           "publication", "author", "autor", "field-content", "fa-clock-o", "fa-calendar", "fecha", "parution",
           "footer-info-lastmod", "story", "", "x-date-y", "upDated"]
ORDERS = ['id="{}" class="story"', 'class="story" id="{}"', 'class="{}" id="story"', 'id="story" class="{}"',
          'itemprop="{}"', 'itemprop="{}" id="story"', 'id="story" itemprop="{}"', 'class="{}"', 'id="{}"',
          'itemprop="{}" class="story"', 'title="{}"', 'itemprop="story" class="{}" id="x"',
          'class="x" itemprop="{0}" id="{0}"', 'id="{}" itemprop="date" class="x"', 'itemprop="{}" class="x" id="y"',
          'class="{}" itemprop="Date"', 'class="x" id="{}" itemprop="y"']


def _page() -> str:
    elements = [f"<{tag} {order.format(value)}>x</{tag}>" for tag in ("div", "span", "p", "li", "section", "a", "h2")
                for value in STRINGS for order in ORDERS]
    elements += ["<footer><small>x</small><div class='date'>x</div></footer>", "<small class='date'>x</small>",
                 "<ul><li><span class='time'>x<!-- a comment --></span></li></ul>", "<time>x</time>"]
    return f"<html><body>{''.join(elements)}</body></html>"


@pytest.mark.parametrize("prepend", [extractors.FAST_PREPEND, extractors.SLOW_PREPEND])
def test_the_walk_picks_what_htmldates_expression_picks(prepend):
    tree = load_html(_page())
    expression = XPath(prepend + extractors.DATE_EXPRESSIONS)
    for context in [tree, *tree.iter("body", "footer", "ul")]:
        assert date_elements._picked(context, prepend == extractors.FAST_PREPEND) == expression(context)
    assert len(expression(tree)) > 100


def test_the_installed_htmldate_is_the_one_the_walk_repeats():
    assert date_elements._htmldate() is not None
    assert extractors.FAST_PREPEND == date_elements.FAST_PREPEND


PAGES = [
    "<html><body><p>Text</p><div class='post-date'>Published 12 March 2020</div></body></html>",
    "<html><body><span id='footer-info-lastmod'>Last edited on 2019-04-05</span></body></html>",
    "<html><body><div class='Meta'>x</div><footer>© 2018-01-02</footer></body></html>",
    "<html><body><li itemprop='Datum' class='x'>2017/05/06</li><small>2016-01-01</small></body></html>",
    "<html><body><h1>Budget passed on 3 June 2021</h1><p class='story'>No date here.</p></body></html>",
    "<html><body><section class='date'>2015-07-08</section><p>x</p></body></html>",
]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("extensive", [False, True])
def test_the_date_is_htmldates(page, extensive, monkeypatch):
    date_elements.install()
    ours = core.find_date(load_html(page), **set_date_params(extensive=extensive))
    _, original = date_elements._htmldate()
    monkeypatch.setattr(core, "examine_date_elements", original)
    assert ours == core.find_date(load_html(page), **set_date_params(extensive=extensive))


def test_another_expression_is_htmldates_own(monkeypatch):
    calls = []
    monkeypatch.setattr(date_elements, "_htmldate", lambda: (core, lambda *args: calls.append(args) or "2020-01-01"))
    tree = load_html(PAGES[4])
    assert date_elements.examine_date_elements(tree, ".//title|.//h1", None) == "2020-01-01"
    assert calls == [(tree, ".//title|.//h1", None)]


@pytest.mark.parametrize("change", ["expressions", "code"])
def test_a_changed_htmldate_keeps_its_own_search(change, monkeypatch):
    installed = core.examine_date_elements
    if change == "expressions":
        monkeypatch.setattr(extractors, "DATE_EXPRESSIONS", extractors.DATE_EXPRESSIONS.replace("fecha", "fechas"))
    else:
        monkeypatch.setattr(date_elements, "EXAMINE_SHA256", "0" * 64)
    date_elements._htmldate.cache_clear()
    date_elements.install.cache_clear()
    monkeypatch.setattr(core, "examine_date_elements", getattr(installed, "__wrapped__", installed))
    try:
        assert date_elements.install() is False
        assert core.examine_date_elements is not date_elements.examine_date_elements
    finally:
        date_elements._htmldate.cache_clear()
        date_elements.install.cache_clear()
