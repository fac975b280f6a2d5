"""Bytes to text, and what counts as binary.

A byte-order mark decides the encoding (UTF-8, UTF-16 or UTF-32); without one, UTF-16 and UTF-32 are
recognized by where their zero bytes fall; then UTF-8; then the encoding charset-normalizer detects.
A stray NUL or control character in otherwise good text does not make it binary: the text is kept and
the control characters are removed when lines are normalized (:func:`~newsquotes.corpus.segment.normalize_line`).
Data is binary when control characters are more than :data:`BINARY_SHARE` of its first characters.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

from newsquotes.corpus.documents import Rejected

#: C0 and C1 control characters, less those Python counts as white space (tab, line and paragraph breaks, the
#: file/group/record/unit separators, NEL), which whitespace normalization turns into a space.
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
BINARY_SHARE = 0.05
SAMPLE_CHARS = 65_536
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32 without a byte-order mark, told by its zero bytes (mostly-Latin text has one or three
    in every code unit, always at the same place)."""
    for encoding, zeros, others in (("utf-32-le", (1, 2, 3), (0,)), ("utf-32-be", (0, 1, 2), (3,)),
                                    ("utf-16-le", (1,), (0,)), ("utf-16-be", (0,), (1,))):
        width = 4 if "32" in encoding else 2
        head = data[: 4096 // width * width]
        units = len(head) // width
        if units >= 4 and all(head[k::width].count(0) >= 0.6 * units for k in zeros) \
                and all(head[k::width].count(0) <= 0.05 * units for k in others):
            return encoding
    return None


def encoding_of(data: bytes) -> str | None:
    """The encoding the bytes announce or plainly have (a byte-order mark, or the zero bytes of UTF-16/32)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return _wide_encoding(data) if b"\x00" in data[:4096] else None


def decode(data: bytes, what: str = "text") -> str:
    """Text from bytes, control characters still in; raises :class:`Rejected` for empty, binary or undecodable data."""
    if not data.strip():
        raise Rejected("empty input")
    encoding = encoding_of(data)
    try:
        if encoding is not None:
            text = data.decode(encoding)
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                from charset_normalizer import from_bytes

                best = from_bytes(data[:200_000]).best()
                if best is None or best.encoding is None:
                    _reject_binary(data[:SAMPLE_CHARS].decode("ascii", "ignore"), what)  # C0 controls, as bytes
                    raise Rejected(f"undecodable: not UTF-8 and no other text encoding fits, not {what}") from None
                encoding = best.encoding
                text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise Rejected(f"undecodable: not valid {encoding or 'UTF-8'} at byte {err.start}, not {what}") from None
    if not text.strip():
        raise Rejected("empty input")
    _reject_binary(text[:SAMPLE_CHARS], what)
    return text


def _reject_binary(sample: str, what: str) -> None:
    controls = len(CONTROL.findall(sample))
    if controls > BINARY_SHARE * len(sample):
        raise Rejected(f"binary data ({controls:,} control characters in the first {len(sample):,}), not {what}")


def html_bytes(data: bytes) -> bytes | str:
    """A page as the HTML parser should get it: unchanged, unless it holds zero bytes (UTF-16/32, or stray NULs),
    which lxml cannot take: then decoded text (see :func:`decode`)."""
    if b"\x00" not in data:
        return data
    return CONTROL.sub("", decode(data, "HTML"))


#: trafilatura's ``INVALID_XML_CHARS``, the characters its ``load_html`` removes before parsing; if a version of
#: trafilatura changes them, its own ``load_html`` runs.
INVALID_XML_PATTERN = r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]"
#: The same characters in UTF-8: control characters are bytes of their own there, never part of another character.
_INVALID_BYTES = bytes(range(0x09)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20))
_INVALID_SEQUENCES = ("\ufffe".encode(), "\uffff".encode())


#: SHA-256 of the source of trafilatura's ``load_html`` and ``repair_faulty_html``, whose steps :func:`parse_html`
#: repeats: with any other code, trafilatura's own function runs.
STEPS_SHA256 = "8b40cd616286ad21d12c3f8f86cb413064a89e286df3fc6920b1de64257c9949"


@lru_cache(maxsize=1)
def _steps_known() -> bool:
    """Whether trafilatura's loading of a page is the one :func:`parse_html` repeats."""
    from trafilatura import utils

    from newsquotes.corpus.library_code import source_sha256

    return (utils.INVALID_XML_CHARS.pattern == INVALID_XML_PATTERN
            and source_sha256(utils.load_html, utils.repair_faulty_html) == STEPS_SHA256)


def _first_lines(text: str, count: int) -> list[str]:
    """``text.splitlines()[:count]`` without splitting the whole text."""
    size = 4096
    while size < len(text):
        lines = text[:size].splitlines(keepends=True)
        if len(lines) > count + 1:  # the last line wanted ends before the cut, "\r\n" included
            return text[:size].splitlines()[:count]
        size *= 4
    return text.splitlines()[:count]


def parse_html(data: bytes):
    """The page's tree, as trafilatura's ``load_html(html_bytes(data))`` gives it.

    A page in UTF-8 without the characters trafilatura removes before parsing (control characters, U+FFFE,
    U+FFFF; on a page of 170 KB its pattern alone costs half a millisecond) is checked for them as bytes, and its
    first lines are found without splitting the whole page into lines; the rest is trafilatura's own steps.
    Other pages go through ``load_html`` itself.
    """
    from trafilatura import utils

    if not _steps_known() or utils.handle_compressed_file(data) is not data \
            or len(data.translate(None, _INVALID_BYTES)) != len(data) or any(map(data.__contains__, _INVALID_SEQUENCES)):
        return utils.load_html(html_bytes(data))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return utils.load_html(html_bytes(data))
    # from here on, trafilatura's load_html and repair_faulty_html for a text without the characters they remove
    beginning = text[:50].lower()
    dubious = utils.is_dubious_html(beginning)
    if "doctype" in beginning:
        first, _, rest = text.partition("\n")
        text = utils.DOCTYPE_TAG.sub("", first, count=1) + "\n" + rest
    for line in _first_lines(text, 4):
        if "<html" in line and line.endswith("/>"):
            text = utils.FAULTY_HTML.sub(r"\1>", text, count=1)
            break
    tree, fallback = None, False
    try:
        tree = utils.fromstring(text, parser=utils.HTML_PARSER)
    except ValueError:  # an encoding declaration in a str
        tree, fallback = utils.fromstring_bytes(text), True
    except Exception as err:  # noqa: BLE001 - as trafilatura does
        utils.LOGGER.error("lxml parsing failed: %s", err)
    if (tree is None or len(tree) < 1) and not fallback:
        tree = utils.fromstring_bytes(text)
    if tree is not None and dubious and len(tree) < 2:
        utils.LOGGER.error("parsed tree length: %s, wrong data type or not valid HTML", len(tree))
        tree = None
    return tree
