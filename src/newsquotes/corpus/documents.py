"""The in-flight shapes of the corpus pipeline, before a document becomes an :class:`~newsquotes.schema.Article`.

Each pipeline step is a small function over one of these: a reader yields :class:`RawRecord`, extraction
turns a record into a :class:`Draft` (or raises :class:`Rejected`), and cleaning, segmentation and language
identification refine the draft until it is an article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

#: Hint naming the source of a document that neither a sources file nor the document itself names: the
#: input folder it came from. Where even that has no name, the source is UNKNOWN_SOURCE; never None.
FALLBACK_SOURCE = "fallback_source"
UNKNOWN_SOURCE = "unknown"


class Rejected(Exception):
    """An input that cannot become an article; the message is the reason written to the manifest."""


@dataclass(frozen=True)
class RawRecord:
    """The raw bytes of one input document and everything known about it before parsing."""

    input: str  # path relative to the input root, as recorded in provenance
    record: Optional[str]  # record within the input ("line N"; a WARC's "<target URI> <record id>"), None for whole files
    reader: str  # "text", "html", "jsonl" or "warc"
    body: bytes  # the bytes the extractor parses (HTML, text, or one JSON line)
    raw_sha256: str
    hints: dict = field(default_factory=dict)  # metadata known from the container or the sources file
    problem: Optional[str] = None  # set when the reader already knows the record is unusable


@dataclass
class Draft:
    """An extracted document: metadata plus body paragraphs, not yet normalized or segmented."""

    paragraphs: list[str]
    title: Optional[str] = None
    subtitle: Optional[str] = None
    caption: Optional[str] = None
    authors: list[str] = field(default_factory=list)
    published: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    language: Optional[str] = None
    license: Optional[str] = None
    retrieved_at: Optional[str] = None
    removed: list[str] = field(default_factory=list)  # names of the cleaning rules that fired
    # The page's evident main text (HTML only): its length, and where it was measured.
    page_chars: int = 0
    page_chars_from: str = ""
    warning: Optional[str] = None  # why the kept article may not be the whole article
