"""trafilatura's measure of a page's text (``html2txt`` of a parsed page, which its fast path compares the
extraction with), read in one walk of the page instead of on a cleaned copy.

For a parsed page ``html2txt`` copies the whole tree, deletes what ``BASIC_CLEAN_XPATH`` finds (keeping each
deleted element's tail: appended to the previous sibling's tail or, for a first child, to the parent's text),
puts a space before the text and the tail of every block element (``_BLOCK_ELEMS``, with
``remove_control_characters``), and splits the body's string value on white space. The copy alone costs a
quarter of it. :func:`page_text` reads the same pieces in document order from the page itself: the text and the
tails of what is kept (a comment's or a processing instruction's tail, not its text), the tails of what is
deleted, with the element test the project gives trafilatura for ``BASIC_CLEAN_XPATH``
(:func:`.trafilatura_speed.basic_clean_test`). A deleted element's tail belongs, as in trafilatura, to the text
or tail just before it, so control characters leave it only when that holder is a block element. It is used
only while trafilatura's steps are the ones read here (:data:`STEPS_SHA256`); otherwise trafilatura's own runs.
"""

from __future__ import annotations

from functools import lru_cache

#: SHA-256 of the source of trafilatura's ``html2txt``, ``basic_cleaning``, ``delete_element``,
#: ``remove_control_characters`` and ``return_printables_and_spaces``, the path of ``BASIC_CLEAN_XPATH`` and the
#: sorted names of ``_BLOCK_ELEMS`` (see :func:`_steps_known`), whose steps :func:`page_text` repeats.
STEPS_SHA256 = "32326bee911f4593642b6c313f60e4f3a0e4bf7c9e73df50fc43752f158a04cc"


@lru_cache(maxsize=1)
def _steps_known() -> bool:
    """Whether trafilatura measures a page with the steps :func:`page_text` repeats: the code, the cleaning
    expression and the block elements it has them with."""
    from importlib import import_module

    from trafilatura import settings, utils, xml

    from newsquotes.corpus.library_code import source_sha256

    baseline = import_module("trafilatura.baseline")  # the package's ``baseline`` is the module's function
    return source_sha256(baseline.html2txt, baseline.basic_cleaning, xml.delete_element, utils.remove_control_characters,
                         utils.return_printables_and_spaces, settings.BASIC_CLEAN_XPATH.path,
                         "\n" + " ".join(sorted(baseline._BLOCK_ELEMS))) == STEPS_SHA256


@lru_cache(maxsize=1)
def _reading():
    """The first ``<body>`` below an element (what ``.find(".//body")`` finds, for a seventh of its time on the
    benchmark's pages), trafilatura's block elements and the element test of ``BASIC_CLEAN_XPATH``."""
    from importlib import import_module

    from lxml.etree import XPath
    from trafilatura import settings

    from newsquotes.corpus.trafilatura_speed import basic_clean_test

    return (XPath("descendant::body[1]"), frozenset(import_module("trafilatura.baseline")._BLOCK_ELEMS),
            basic_clean_test(settings.BASIC_CLEAN_XPATH.path))


def page_text(tree) -> str:
    """``trafilatura.baseline.html2txt(tree)`` for a parsed page (an ``HtmlElement``), the page left as it is."""
    from lxml.etree import iterwalk
    from trafilatura.utils import remove_control_characters

    first_body, blocks, cleaned = _reading()
    body = next(iter(first_body(tree)), tree)
    pieces: list[str] = []
    # where a block element holds the piece: trafilatura removes control characters there
    in_blocks: list[int] = []
    append = pieces.append
    in_block = False  # whether the text or tail that the next deleted element's tail joins is a block element's
    skipped = None
    walk = iterwalk(body, events=("start", "end", "comment", "pi"))
    for event, node in walk:
        if event == "start":
            if node is not body and cleaned(node):
                walk.skip_subtree()
                skipped = node
                continue
            in_block = node.tag in blocks
            if in_block:
                append(" ")
            text = node.text
        elif event == "end":
            if node is skipped:
                skipped = None
            elif node is body:
                break
            else:
                in_block = node.tag in blocks
                if in_block:
                    append(" ")
            text = node.tail
        else:
            in_block = False
            text = node.tail
        if text:
            if in_block:
                in_blocks.append(len(pieces))
            append(text)
    measure = " ".join("".join(pieces).split())
    if measure.isprintable() or not in_blocks:
        return measure
    for index in in_blocks:
        pieces[index] = remove_control_characters(pieces[index])
    return " ".join("".join(pieces).split())


def html2txt(content, clean: bool = True) -> str:
    """``trafilatura.baseline.html2txt``, read by :func:`page_text` for a parsed page while trafilatura's steps
    are the ones it repeats."""
    from lxml.html import HtmlElement

    if clean and isinstance(content, HtmlElement) and _steps_known():
        return page_text(content)
    from trafilatura.baseline import html2txt as trafilatura_html2txt

    return trafilatura_html2txt(content, clean)


@lru_cache(maxsize=1)
def install() -> None:
    """Give trafilatura's fast path, in this process, :func:`html2txt` as its measure of the page."""
    from trafilatura import core

    core.html2txt = html2txt
