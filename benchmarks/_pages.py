"""Loading the article-extraction benchmark pages (181 real news pages with human-checked main text).

The data folder holds ``html/<id>.html.gz`` and ``ground-truth.json`` (``{id: {"url", "articleBody"}}``),
as published by the scrapinghub/article-extraction-benchmark project. Shared by the benchmark scripts; this
folder is never imported by the test suite.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Page:
    id: str
    html: bytes  # the page as fetched, decompressed (UTF-8)
    truth: str  # the human-checked article body
    url: str | None

    @property
    def file_name(self) -> str:
        return f"{self.id}.html.gz"


def is_held_out(page: Page) -> bool:
    """Whether the page is in the held-out half (odd page id, the ids being SHA-256 hex digests).

    Boilerplate rules and extraction settings are developed looking at the other half only; the score on
    this half shows how well they carry over to pages nobody looked at.
    """
    return int(page.id, 16) % 2 == 1


def html_dir(data: Path) -> Path:
    return Path(data) / "html"


def load_pages(data: Path) -> list[Page]:
    """Every page that has both its HTML and a ground-truth entry, sorted by id."""
    data = Path(data)
    truth_path = data / "ground-truth.json"
    if not truth_path.exists() or not html_dir(data).is_dir():
        raise SystemExit(f"{data}: not the benchmark folder (expected html/ and ground-truth.json)")
    truth = json.loads(truth_path.read_text("utf-8"))
    pages = []
    for path in sorted(html_dir(data).glob("*.html.gz")):
        page_id = path.name.removesuffix(".html.gz")
        if page_id in truth:
            entry = truth[page_id]
            pages.append(Page(page_id, gzip.decompress(path.read_bytes()), entry.get("articleBody") or "",
                              entry.get("url")))
    if not pages:
        raise SystemExit(f"{data}: no pages with ground truth found")
    return pages


def _anchors(page: Page, wanted: int = 3) -> list[bytes]:
    """Four-word snippets of the page's article text (from its longest paragraphs) found in the HTML."""
    found: list[bytes] = []
    for paragraph in sorted(page.truth.split("\n"), key=len, reverse=True):
        words = paragraph.split()
        for start in range(0, max(1, len(words) - 4), 3):
            snippet = " ".join(words[start : start + 4]).encode()
            if len(snippet) >= 16 and snippet in page.html:
                found.append(snippet)
                break
        if len(found) == wanted:
            break
    return found


def marked_html(page: Page, copy: int) -> bytes:
    """The page with a sentence unique to this replica written into its article text.

    The sentence goes in front of snippets of the article text (every place they occur), so that every
    extractor keeps it as part of the article and no two replicas have the same text.
    """
    marker = f"Replica {copy:05d} of page {page.id[:12]}, marker {copy:05d}-{page.id[:8]}. ".encode()
    anchors = _anchors(page)
    if not anchors:
        return page.html.replace(b"</p>", b"</p><p>" + marker + b"</p>", 1)
    html = page.html
    for snippet in anchors:
        html = html.replace(snippet, marker + snippet)
    return html


def write_replicas(pages: list[Page], copies: int, folder: Path) -> list[Path]:
    """Write ``copies`` files of every page (plain ``.html``) under ``folder``, each with a sentence unique to it
    in its article text (:func:`marked_html`), so that no two are the same document; returns their paths.
    """
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for copy in range(copies):
        for page in pages:
            path = folder / f"{copy:04d}-{page.id[:16]}.html"
            path.write_bytes(marked_html(page, copy))
            paths.append(path)
    return paths
