"""Markdown pages with optional YAML front matter, the shape many crawlers and scrapers write.

The front matter gives the metadata (title, published, url, authors …, see :data:`FRONT_MATTER_FIELDS`);
the body is parsed with markdown-it-py and rendered as plain text: a link becomes its words, emphasis and
backslash escapes are rendered, every heading, paragraph, list item paragraph and block quote paragraph is
one paragraph, and a hard line break starts a new one, as ``<br>`` does in HTML. Images are left out, as
the HTML reader leaves them out. Embedded-post placeholders ("> [Loading…](https://x.com/…)", what a
scraper keeps of a post the page loads by script) and separator lines ("###") are boilerplate: each one
dropped is named in ``Draft.removed``, like the lines the cleaning rules remove. The build's cleaning
rules then apply to the paragraphs as to every reader's.
"""

from __future__ import annotations

import datetime
import html
import re

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from newsquotes.corpus.cleaning import remove_boilerplate
from newsquotes.corpus.documents import Draft, RawRecord, Rejected
from newsquotes.corpus.extract import ExtractOptions, decode

#: Where each draft field is found in front matter, most specific first; ``--field NAME=KEY`` overrides.
FRONT_MATTER_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "subtitle": ("description", "subtitle", "summary", "excerpt"),
    "authors": ("authors", "author", "byline", "creator"),
    "published": ("published_time", "published", "date_published", "datePublished", "publication_date",
                  "pubDate", "date_publish", "date"),
    "url": ("canonical_url", "canonical", "url", "source_url", "link", "permalink"),
    "source": ("site_name", "sitename", "publisher", "source"),
    "language": ("language", "lang"),
    "license": ("license", "licence"),
    "retrieved_at": ("retrieved_at", "fetched_at", "crawled_at", "scraped_at", "date_download"),
}
#: The name an embedded-post placeholder is recorded under in ``Draft.removed``.
EMBED_PLACEHOLDER = "embedded-post-placeholder"
#: The words of a link that stands for a post loaded by script: "Loading…", "Loading tweet...".
_PLACEHOLDER_WORDS = re.compile(r"loading\b[\w ]{0,20}(…|\.\.\.)?", re.IGNORECASE)
_FENCE = re.compile(r"(?:---|\.\.\.)[ \t]*")
_ABSOLUTE_URL = re.compile(r"https?://\S+$", re.IGNORECASE)
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
_HIDDEN = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)  # no text
#: HTML tags that end a line of text (the rest, such as <a> or <em>, sit inside one).
_BREAK_TAG = re.compile(r"<(?:br|/?(?:p|div|blockquote|figure|figcaption|li|ul|ol|h[1-6]|tr|table|section))\b[^>]*>",
                        re.IGNORECASE)
#: A link CommonMark refuses (an unbalanced parenthesis in its URL, as scrapers leave them): its words are kept.
_BROKEN_LINK = re.compile(r"\[([^\[\]]+)\]\(https?://[^\s)]+\)")
#: Emphasis characters (see :func:`_literal_mark` for those CommonMark leaves unmatched).
_EMPHASIS = "*_~"
#: Without joining, every unmatched emphasis character stays a text token of its own, which tells it from words.
_PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable(["fragments_join", "text_join"])
#: The name a paragraph of separator marks only ("###", "* * *") is recorded under in ``Draft.removed``.
SEPARATOR = "separator-line"
_SEPARATOR_MARKS = re.compile(r"[#*_=~+\-·•\s]+")  # an elision such as "[…]" is text and stays


def split_front_matter(text: str, name: str) -> tuple[dict, str]:
    """The front matter as a mapping (empty when there is none) and the Markdown body after it."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return {}, text
    end = next((i for i in range(1, len(lines)) if _FENCE.fullmatch(lines[i].rstrip("\r"))), None)
    if end is None:
        raise Rejected(f"{name}: the front matter opened on line 1 is never closed by a '---' line")
    try:
        matter = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 2}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(err, "problem", None) or str(err)
        raise Rejected(f"{name}: the front matter is not valid YAML{where}: {problem}") from None
    if matter is None:
        matter = {}
    if not isinstance(matter, dict):
        raise Rejected(f"{name}: the front matter is a YAML {type(matter).__name__}, not a mapping of fields")
    return matter, "\n".join(lines[end + 1 :])


def _plain(value) -> str | None:
    """A scalar as text (a YAML date or time in ISO 8601); a mapping, list or other structure is no value."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value).strip() or None
    return None


def _authors(value) -> list[str]:
    if isinstance(value, str):
        return [a.strip() for a in value.replace(";", ",").split(",") if a.strip()]
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return []
    named = (item.get("name") if isinstance(item, dict) else item for item in value)
    # Names only: nested YAML (aliases can make it huge) is never turned into text.
    return [a.strip() for a in named if isinstance(a, str) and a.strip()]


def metadata(matter: dict, field_map: dict[str, str]) -> dict:
    """The draft fields the front matter gives; a URL counts only when absolute (Hugo's ``url`` is a path)."""
    found: dict = {}
    for name, keys in FRONT_MATTER_FIELDS.items():
        for key in (field_map[name],) if name in field_map else keys:
            value = matter.get(key)
            if name == "authors":
                value = _authors(value) or None
            else:
                value = _plain(value)
                if name == "url" and value is not None and not _ABSOLUTE_URL.match(value):
                    value = None
            if value:
                found[name] = value
                break
    return found


def _is_placeholder(children: list[Token]) -> bool:
    """Whether an inline run is one link whose words only say that a post is loading."""
    tokens = [t for t in children if not (t.type == "text" and not t.content.strip())]
    if len(tokens) < 3 or tokens[0].type != "link_open" or tokens[-1].type != "link_close":
        return False
    inside = tokens[1:-1]
    words = "".join(" " if t.type == "softbreak" else t.content for t in inside)
    return (all(t.type in ("text", "text_special", "softbreak") for t in inside)
            and _PLACEHOLDER_WORDS.fullmatch(words.strip()) is not None)


def _literal_mark(pieces: list[tuple[str, str]], index: int) -> bool:
    """Whether the emphasis character CommonMark left unmatched at ``index`` is a character of the text.

    In Markdown an unescaped ``*`` or ``_`` is markup: one left unmatched is emphasis the page's converter
    wrote in a way CommonMark refuses ("**Desai:  **“We…", "*STELLANTIS *"), so it is dropped. Kept are
    a run inside a word ("f*ck", "snake_case"), one between spaces ("5 * 3") and a single ``~`` ("~5").
    """
    first = last = index
    while first > 0 and pieces[first - 1] == pieces[index]:
        first -= 1
    while last + 1 < len(pieces) and pieces[last + 1] == pieces[index]:
        last += 1
    before = pieces[first - 1][1][-1:] if first > 0 and pieces[first - 1][0] == "text" else ""
    after = pieces[last + 1][1][:1] if last + 1 < len(pieces) and pieces[last + 1][0] == "text" else ""
    if pieces[index][1] == "~" and first == last:
        return True
    return (before.isalnum() and after.isalnum()) or (before.isspace() and after.isspace())


def _render_inline(children: list[Token]) -> list[str]:
    """The plain text of an inline run, one string per line that a hard break (or ``<br>``) ends."""
    pieces: list[tuple[str, str]] = []  # ("text" | "mark" | "break", content)
    for token in children:
        if token.type == "text" and len(token.content) == 1 and token.content in _EMPHASIS:
            pieces.append(("mark", token.content))
        elif token.type in ("text", "code_inline", "text_special") and token.content:
            pieces.append(("text", token.content))
        elif token.type == "softbreak":
            pieces.append(("text", " "))
        elif token.type == "hardbreak" or (token.type == "html_inline" and _BREAK_TAG.fullmatch(token.content.strip())):
            pieces.append(("break", ""))
        # images, link, emphasis and strikethrough markers and other inline HTML tags carry no words
    lines, current = [], []
    for index, (kind, content) in enumerate(pieces):
        if kind == "break":
            lines.append("".join(current))
            current = []
        elif kind == "text" or _literal_mark(pieces, index):
            current.append(content)
    lines.append("".join(current))
    return [_BROKEN_LINK.sub(r"\1", line) for line in lines if line.strip()]


def _render_html_block(content: str) -> list[str]:
    """Raw HTML (an embedded post's text, a figure): its text, a line per block element."""
    text = _BREAK_TAG.sub("\n", re.sub(r"\s+", " ", _HIDDEN.sub("", content)))
    text = html.unescape(_TAG.sub("", text))
    return [line for line in text.split("\n") if line.strip()]


def _render_code(content: str) -> list[str]:
    """Indented or fenced text: its blank-line separated blocks, each as one paragraph."""
    return [" ".join(block.split("\n")) for block in re.split(r"\n\s*\n", content) if block.strip()]


def body_paragraphs(body: str) -> tuple[list[str], list[str], str | None]:
    """The body's paragraphs as plain text, the names of what was dropped, and the level-1 heading that opens it."""
    paragraphs: list[str] = []
    dropped: list[str] = []
    heading: str | None = None
    row: list[str] | None = None  # the cells of the table row being read
    tokens = _PARSER.parse(body)
    for position, token in enumerate(tokens):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            if row and any(cell.strip() for cell in row):
                paragraphs.append(" | ".join(row))
            row = None
        elif token.type == "inline":
            if row is not None:
                row.append(" ".join(_render_inline(token.children or [])))
            elif _is_placeholder(token.children or []):
                dropped.append(EMBED_PLACEHOLDER)
            else:
                lines = _render_inline(token.children or [])
                if position == 1 and tokens[0].type == "heading_open" and tokens[0].tag == "h1" and lines:
                    heading = " ".join(lines)
                paragraphs.extend(lines)
        elif token.type == "html_block":
            paragraphs.extend(_render_html_block(token.content))
        elif token.type in ("fence", "code_block"):
            paragraphs.extend(_render_code(token.content))
    words = [p for p in paragraphs if not _SEPARATOR_MARKS.fullmatch(p)]
    dropped += [SEPARATOR] * (len(paragraphs) - len(words))
    return words, dropped, heading


def extract_markdown(raw: RawRecord, options: ExtractOptions) -> Draft:
    """The draft of one Markdown page: front matter metadata, body as plain-text paragraphs."""
    text = decode(raw.body).replace("\r\n", "\n").replace("\r", "\n")
    matter, body = split_front_matter(text, raw.input)
    fields = metadata(matter, options.field_map)
    paragraphs, dropped, heading = body_paragraphs(body)
    if not paragraphs:
        left_out = f"{len(dropped)} placeholders or separators" if dropped else "images and markup"
        raise Rejected(f"no text in the Markdown body: only {left_out}")
    kept, fired = remove_boilerplate(paragraphs, list(options.rules))
    authors = fields.pop("authors", [])
    draft = Draft(paragraphs=kept, authors=authors, removed=dropped + fired, **fields)
    draft.title = draft.title or heading  # the body's opening "# Headline", moved out of the text by extract()
    return draft
