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
