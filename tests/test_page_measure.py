"""The page measure read in one walk is trafilatura's ``html2txt`` of the page, and leaves the page as it was;
with other trafilatura code, trafilatura's own runs."""

from __future__ import annotations

import pytest
from lxml import etree
from lxml.html import document_fromstring, fragment_fromstring, tostring
from trafilatura.baseline import html2txt

from newsquotes.corpus import page_measure
from newsquotes.corpus.decoding import parse_html

PAGES = {
    "comments": "<html><body><div>a<!-- not text -->b<p>c<!--x-->d</p>e</div></body></html>",
    "nested cleaned": "<html><body><aside>x<footer>y</footer>z<script>s</script>w</aside>after<p>p</p></body></html>",
    "tail to parent's text": "<html><body><div><script>s</script>tail<span>in</span></div></body></html>",
    "tail to an inline parent": "<html><body><p>a<span><style>s</style>b</span>c</p></body></html>",
    "tail to a block sibling": "<html><body><div><p>p</p><script>s</script>tail</div>x</body></html>",
    "tail to an inline sibling": "<html><body><div><b>bold</b><svg><g>s</g></svg>tail</div></body></html>",
    "tail to a comment": "<html><body><div><!--c--><script>s</script>t\u200bail</div></body></html>",
    "cleaned siblings": "<html><body><li>i<script>1</script>a<style>2</style>b<template>3</template>c</li>"
                        "<template>t</template>d</body></html>",
    "cleaned by name": "<html><body><div id='site-footer'>f</div>x<span class='Cookie-Banner'>c</span>y"
                       "<p id='onetrust-x'>o</p>z<div class='footer-links'>l</div>w<p class='feet'>k</p></body></html>",
    "cleaned block holder": "<html><body><aside>a</aside>t<footer>f</footer>u<div>d</div></body></html>",
    "minified blocks": "<html><body><h1>Title</h1><p>One<br>two</p><ul><li>a</li><li>b</li></ul>"
                       "<table><tr><td>1</td><td>2</td></tr></table></body></html>",
    "no text": "<html><body></body></html>",
    "white space": "<html><body> <p> </p> \n <div>\t</div> </body></html>",
    "a body named as cleaned": "<html><body class='cookiebot'><p>kept</p></body></html>",
    "head only text": "<html><head><title>t</title></head><body><p>x</p></body></html>",
}
#: Characters ``remove_control_characters`` removes (neither printable nor white space), and white space it keeps.
INVISIBLE = ["\u200b", "\u00ad", "\ufeff", "\u200e", "\u2028", "\u00a0"]


def _same(tree) -> str:
    before = tostring(tree)
    expected = html2txt(tree)
    assert page_measure.page_text(tree) == expected
    assert tostring(tree) == before
    return expected


@pytest.mark.parametrize("name", PAGES)
def test_the_page_measure_is_trafilaturas(name):
    _same(document_fromstring(PAGES[name]))
    _same(parse_html(PAGES[name].encode()))


@pytest.mark.parametrize("char", INVISIBLE)
def test_control_characters_leave_only_what_a_block_element_holds(char):
    page = (f"<html><body>{char}b{char}<div>a{char}b<span>c{char}d<script>s</script>e{char}f</span>g{char}h"
            f"<script>s</script>i{char}j</div>k{char}l<p><style>s</style>m{char}n</p>"
            f"<b>o</b><script>s</script>p{char}q</body></html>")
    _same(document_fromstring(page))
    _same(parse_html(page.encode()))


def test_a_page_without_body_is_measured_from_its_root():
    block = fragment_fromstring("<div>a<script>s</script>b\u200bc<span>d\u200be</span><p>f</p>g</div>")
    block.tail = "never"
    assert _same(block) == "abcd\u200be f g"  # the div holds b\u200bc, the span d\u200be
    assert _same(fragment_fromstring("<span>x<p>y</p>z\u200b<aside>no</aside>w</span>")) == "x y zw"
    assert _same(fragment_fromstring("<div class='footer'>kept<footer>not</footer></div>")) == "kept"


def test_processing_instructions_count_with_their_tails_only():
    tree = document_fromstring("<html><body><div>a<p>b</p>c</div></body></html>")
    paragraph = tree.find(".//p")
    instruction = etree.ProcessingInstruction("target", "not text")
    instruction.tail = "after"
    paragraph.addnext(instruction)
    assert _same(tree) == "a b cafter"  # lxml puts it after the paragraph's tail


def test_the_first_body_is_measured():
    tree = document_fromstring("<html><body><p>in</p></body></html>")
    tree.insert(0, fragment_fromstring("<div>before</div>"))
    assert _same(tree) == "in"


def test_the_installed_trafilatura_measures_with_the_steps_page_text_repeats():
    assert page_measure._steps_known.__wrapped__()


def test_trafilatura_measures_in_its_fast_path_with_page_text():
    from trafilatura import core

    page_measure.install()
    assert core.html2txt is page_measure.html2txt


def test_trafilatura_s_own_measure_runs_for_strings_and_other_code(monkeypatch):
    tree = document_fromstring(PAGES["nested cleaned"])
    expected = html2txt(tree)
    monkeypatch.setattr(page_measure, "page_text", lambda _: pytest.fail("not trafilatura's own"))
    assert page_measure.html2txt(PAGES["nested cleaned"]) == html2txt(PAGES["nested cleaned"])
    assert page_measure.html2txt(tree, clean=False) == html2txt(tree, clean=False)
    monkeypatch.setattr(page_measure, "_steps_known", lambda: False)
    assert page_measure.html2txt(tree) == expected


def test_other_block_elements_or_cleaning_are_not_the_steps_repeated(monkeypatch):
    from importlib import import_module

    from trafilatura import settings

    baseline = import_module("trafilatura.baseline")
    monkeypatch.setattr(baseline, "_BLOCK_ELEMS", baseline._BLOCK_ELEMS - {"br"})
    assert not page_measure._steps_known.__wrapped__()
    monkeypatch.undo()
    monkeypatch.setattr(settings, "BASIC_CLEAN_XPATH", etree.XPath(".//aside|.//footer"))
    assert not page_measure._steps_known.__wrapped__()
