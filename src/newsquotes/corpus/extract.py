"""Extraction: one raw record in, one :class:`Draft` out (or :class:`Rejected` with the reason).

Plain-text dumps are parsed by :mod:`newsquotes.corpus.textdump`, HTML by trafilatura (main text) and
:mod:`newsquotes.corpus.metadata` (the page's structured data first), scraper JSONL by a field mapping
that knows the news-please and trafilatura output shapes, CSV rows by the same mapping
(:mod:`newsquotes.corpus.csvrows`), Markdown by :mod:`newsquotes.corpus.markdown`; each reader's extractor is
looked up in :mod:`newsquotes.corpus.extractors`, which builds on all of them. ``published`` is ISO 8601 from every
reader.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from newsquotes.corpus import page_measure, textdump, trafilatura_speed
from newsquotes.corpus.cleaning import Rule, remove_boilerplate
from newsquotes.corpus.decoding import decode, parse_html
from newsquotes.corpus.dedup import words
from newsquotes.corpus.documents import Draft, RawRecord, Rejected
from newsquotes.corpus.metadata import iso_8601, page_fields, structured_metadata
from newsquotes.corpus.prose import main_text_chars
from newsquotes.corpus.segment import normalize_line

#: Changes whenever extraction gives different drafts for the same input, so that cached outcomes of an
#: earlier extraction are not reused (part of the build cache's key).
EXTRACTION_REVISION = 3

#: Where each draft field is found in the JSON shapes scrapers write, most specific first.
JSONL_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("maintext", "raw_text", "text", "body", "article", "content", "articleBody"),
    "html": ("html", "raw_html", "content_html"),
    "title": ("title", "headline"),
    "subtitle": ("description", "excerpt", "summary", "subtitle"),
    "authors": ("authors", "author", "byline"),
    "published": ("date_publish", "date", "published", "publication_date", "datePublished"),
    "url": ("url", "source_url", "link"),
    "source": ("source_domain", "sitename", "hostname", "source", "publisher"),
    "language": ("language", "lang"),
    "license": ("license", "licence"),
    "retrieved_at": ("date_download", "filedate", "retrieved_at", "crawled_at"),
}


@dataclass(frozen=True)
class ExtractOptions:
    rules: tuple[Rule, ...]
    min_chars: int = 200
    field_map: dict[str, str] = field(default_factory=dict)  # draft field -> JSON key, overriding JSONL_FIELDS
    favor_precision: bool = False


def _lines(text: str) -> list[str]:
    return [normalize_line(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def _body_paragraphs(text: str) -> list[str]:
    return [line for line in _lines(text) if line]


def extract_text(raw: RawRecord, options: ExtractOptions) -> Draft:
    text = decode(raw.body)
    lines, fired = remove_boilerplate(_lines(text), list(options.rules))
    draft = textdump.parse("\n".join(lines), layout=raw.hints.get("header"))
    draft.removed = fired
    return draft


#: Separators between a headline and the site name in a page title ("Headline | Site", "Site - Headline").
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")
def _word_key(text: str) -> str:
    return " ".join(words(text))


def _headline_keys(title: str) -> set[str]:
    """The page title and its parts of three words or more, compared by their words only."""
    keys = {_word_key(title)}
    for separator in _TITLE_SEPARATORS:
        keys.update(_word_key(part) for part in title.split(separator) if len(words(part)) >= 3)
    keys.discard("")
    return keys


def _strip_headline(paragraphs: list[str], title: str | None, within: int = 3) -> list[str]:
    """The body without the headline and what sits above it (kicker, section label, breadcrumb).

    The headline is kept in ``title``; it is found among the first paragraphs by its words, so that a
    different dash, quotation mark or case, or the site name in the page title, does not hide it.
    """
    if not title:
        return paragraphs
    keys = _headline_keys(title)
    for position, paragraph in enumerate(paragraphs[:within]):
        if _word_key(paragraph) in keys:
            return paragraphs[position + 1 :]
    return paragraphs


#: The fast path's text looks wrong, and trafilatura's full path runs, when it is too short for an article,
#: when it holds under this share of the page's evident main text (it took a teaser, a promotion box or a
#: caption for the article), when one paragraph of at least this many characters holds nearly all of it (a
#: whole container taken as one block: photo caption, link lists and tag line run into the body), or when
#: most of many lines are a few words long (a navigation menu taken for the article).
MISSED_SHARE = 0.5
MERGED_PARAGRAPH_CHARS = 1000
MERGED_PARAGRAPH_SHARE = 0.9
MENU_MIN_LINES = 30
MENU_LINE_WORDS = 3
MENU_SHARE = 0.75


#: A kept article with under this share of the page's evident main text gets a warning in the manifest.
SHORT_SHARE = 0.5


def looks_wrong(text: str | None, min_chars: int, page_chars: int = 0) -> str | None:
    """Why the fast path's main text does not look like an article's, or None when it does.

    ``page_chars`` is the length of the page's evident main text (:func:`page_text`).
    """
    lines = [line for line in (text or "").split("\n") if line.strip()]
    chars = sum(map(len, lines))
    if chars < min_chars:
        return "too short"
    if chars < MISSED_SHARE * page_chars:
        return "misses most of the page's main text"
    longest = max(map(len, lines), default=0)
    if longest >= MERGED_PARAGRAPH_CHARS and longest >= MERGED_PARAGRAPH_SHARE * chars:
        return "one paragraph holds the whole text"
    short = sum(len(line.split()) <= MENU_LINE_WORDS for line in lines)
    if len(lines) >= MENU_MIN_LINES and short >= MENU_SHARE * len(lines):
        return "mostly lines of a few words"
    return None


def page_text(tree, structured) -> tuple[int, str]:
    """The length of the page's evident main text and where it was measured: the larger of its largest block
    of sibling paragraphs (:mod:`.prose`) and its structured data's ``articleBody``."""
    return max((main_text_chars(tree), "the page's largest block of paragraphs"),
               (structured.body_chars, "the page's structured data (articleBody)"))


def extract_html(raw: RawRecord, options: ExtractOptions) -> Draft:
    """Main text and metadata from one parse of the page.

    trafilatura's own algorithm runs first (``fast``: without its readability/jusText comparison, which
    costs a third of the extraction time and on real news pages is no better on balance, README
    "Measured: extraction quality"); its full path runs on the same parsed tree only when :func:`looks_wrong` says
    the result does not look like an article, measured against the page's evident main text (:func:`page_text`).
    In precision mode trafilatura prunes hard and the fallbacks recover what it over-prunes, so there the full
    path always runs. Metadata: :mod:`.metadata`.
    """
    import trafilatura

    if not raw.body.strip():
        raise Rejected("empty input")
    trafilatura_speed.install()
    page_measure.install()
    tree = parse_html(raw.body)
    if tree is None:
        raise Rejected("not HTML: the page could not be parsed")
    structured = structured_metadata(tree, raw.hints.get("url"))
    fields = page_fields(tree, raw.hints.get("url"), structured)
    page_chars, page_chars_from = page_text(tree, structured)

    def run(fast: bool):
        # trafilatura works on copies of the tree: the one parse serves the metadata and every run.
        return trafilatura.bare_extraction(
            tree, url=fields["url"], with_metadata=False, include_comments=False, include_tables=True,
            favor_precision=options.favor_precision, deduplicate=False, fast=fast,
        )

    document = run(fast=not options.favor_precision)
    if not options.favor_precision and (document is None or looks_wrong(document.text, options.min_chars,
                                                                        page_chars)):
        document = run(fast=False) or document
    if document is None or not (document.text or "").strip():
        raise Rejected("no main text found in the HTML")
    body = _strip_headline(_body_paragraphs(document.text), fields["title"])
    paragraphs, fired = remove_boilerplate(body, list(options.rules))
    return Draft(paragraphs=paragraphs, removed=fired, page_chars=page_chars, page_chars_from=page_chars_from,
                 **fields)


def _pick(record: dict, name: str, field_map: dict[str, str]):
    keys = (field_map[name],) if name in field_map else JSONL_FIELDS[name]
    for key in keys:
        value = record.get(key)
        if value not in (None, "", []):
            return value
    return None


_JSON_TYPES = {dict: "object", list: "array", int: "number", float: "number", bool: "boolean"}


def extract_jsonl(raw: RawRecord, options: ExtractOptions) -> Draft:
    try:
        record = json.loads(raw.body)
        json.dumps(record, ensure_ascii=False).encode()
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise Rejected(f"invalid JSON: {err}") from None
    except RecursionError:
        raise Rejected("invalid JSON: nested too deeply to read") from None
    except UnicodeEncodeError:
        raise Rejected("invalid JSON: a \\u escape gives a lone surrogate, which is not Unicode text") from None
    if not isinstance(record, dict):
        raise Rejected(f"a JSON {type(record).__name__}, not an object")
    text = _pick(record, "text", options.field_map)
    if text is not None and not isinstance(text, str):
        raise Rejected(f"the article text is a JSON {_JSON_TYPES.get(type(text), 'value')}, not a string")
    if text is None:
        html = _pick(record, "html", options.field_map)
        if html is None:
            wanted = options.field_map.get("text") or "/".join(JSONL_FIELDS["text"])
            raise Rejected(f"no article text: none of the fields {wanted} is set")
        hints = dict(raw.hints, url=_pick(record, "url", options.field_map))
        draft = extract_html(RawRecord(raw.input, raw.record, "html", str(html).encode(), raw.raw_sha256, hints),
                             options)
    else:
        paragraphs, fired = remove_boilerplate(_body_paragraphs(str(text)), list(options.rules))
        draft = Draft(paragraphs=paragraphs, removed=fired)
    # Metadata of the wrong type (an object or a list where a name or date is wanted) is left out, not guessed at.
    authors = _pick(record, "authors", options.field_map)
    if isinstance(authors, str):
        authors = [a.strip() for a in authors.replace(";", ",").split(",") if a.strip()]
    for name in ("title", "subtitle", "published", "url", "source", "language", "license", "retrieved_at"):
        value = _pick(record, name, options.field_map)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            setattr(draft, name, str(value))
    authors = [a for a in authors if isinstance(a, str) and a.strip()] if isinstance(authors, list) else []
    draft.authors = authors or draft.authors
    return draft


def finish(draft: Draft, options: ExtractOptions) -> Draft:
    """What every reader's draft goes through: dates as ISO 8601, lines normalized, the headline taken out of the
    body, and the checks of its length; raises :class:`Rejected` when it cannot be an article."""
    draft.published = iso_8601(draft.published)
    draft.paragraphs = [p for p in map(normalize_line, draft.paragraphs) if p]
    # The headline is kept in `title`; `text` is the body (HTML has already had what sits above it removed).
    draft.paragraphs = _strip_headline(draft.paragraphs, draft.title, within=1)
    body_chars = sum(len(p) for p in draft.paragraphs)
    if body_chars == 0:
        raise Rejected("no main text left after removing boilerplate")
    if body_chars < options.min_chars:
        raise Rejected(f"too short: {body_chars} characters of body text, under the minimum of {options.min_chars}")
    if body_chars < SHORT_SHARE * draft.page_chars:
        draft.warning = (f"shorter than the page's main text: {body_chars:,} characters kept of "
                         f"{draft.page_chars:,} in {draft.page_chars_from}")
    return draft
