"""The page's tree from :func:`parse_html`: what trafilatura's ``load_html(html_bytes(data))`` gives."""

from __future__ import annotations

import random

import pytest
from lxml import etree
from trafilatura.utils import load_html

from newsquotes.corpus.decoding import _first_lines, html_bytes, parse_html
from newsquotes.corpus.trafilatura_speed import element_classes_in_c

PIECES = ["<html>", "<html lang='en'/>", "<!DOCTYPE html>", "<!doctype html PUBLIC '-//W3C//DTD XHTML 1.0//EN' 'x.dtd'/>",
          "\n", "\r", "\r\n", "\x0b", "\x1c", "\u2028", "\x85", "<p>The council met.</p>", "<head><title>t</title></head>",
          "<body>", "</body>", "é", "\ufffe", "\x00", "\x01", "<div>a</div>", " ", "<meta charset='utf-8'>",
          "<?xml version='1.0' encoding='utf-8'?>"]


def _outcome(data: bytes):
    def tree(parse):
        try:
            found = parse()
        except Exception as error:  # noqa: BLE001 - a page rejected must be rejected alike
            return repr(error)
        return None if found is None else (found.tag, etree.tostring(found), etree.tostring(found.getroottree()))

    return tree(lambda: load_html(html_bytes(data))), tree(lambda: parse_html(data))


@pytest.mark.parametrize("page", [
    "<!DOCTYPE html>\n<html><head><title>Budget</title></head><body><p>The council met.</p></body></html>",
    "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0//EN' 'x.dtd'/><html><body><p>x</p></body></html>",
    "<html lang='en'/>\n<head><title>t</title></head><body><p>x</p></body></html>",
    "\n\n\n<html xmlns='x'/>\n<body><p>x</p></body>",
    "<p>One paragraph, no html tag</p>",
    "<div><p>a</p><p>b</p></div>",
    "<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>",
    "<html><body><p>a control \x01 character and \ufffe</p></body></html>",
    "<html><body><p>Latin-1 é</p></body></html>".encode("latin-1"),
    "<html><body><p>UTF-16</p></body></html>".encode("utf-16"),
])
def test_the_tree_is_trafilaturas(page):
    element_classes_in_c()
    before, after = _outcome(page.encode() if isinstance(page, str) else page)
    assert after == before


def test_random_pages_give_trafilaturas_tree():
    element_classes_in_c()
    rng = random.Random(5)
    for _ in range(400):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30)))
        for data in (text.encode(), text.encode("latin-1", "ignore")):
            before, after = _outcome(data)
            assert after == before, data


def test_first_lines_are_those_of_the_whole_text():
    rng = random.Random(9)
    for _ in range(2000):
        text = "".join(rng.choice(["a", "\n", "\r", "\r\n", "\x0b", "\u2028", "xyz" * 700]) for _ in range(rng.randint(0, 40)))
        assert _first_lines(text, 4) == text.splitlines()[:4]


def test_trafilatura_s_own_loading_runs_when_its_code_is_not_the_one_repeated(monkeypatch):
    from newsquotes.corpus import decoding

    page = b"<html><body><p>The council met on Monday.</p></body></html>"
    calls = []
    monkeypatch.setattr(decoding, "_steps_known", lambda: False)
    monkeypatch.setattr("trafilatura.utils.load_html", lambda data: calls.append(data) or load_html(data))
    tree = parse_html(page)
    assert calls and etree.tostring(tree) == etree.tostring(load_html(html_bytes(page)))


def test_the_installed_trafilatura_loads_a_page_with_the_steps_parse_html_repeats():
    from newsquotes.corpus import decoding

    assert decoding._steps_known.__wrapped__()
