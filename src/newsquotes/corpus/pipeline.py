"""The per-document steps: raw record → draft → cleaned, segmented, language-tagged :class:`Article`.

:func:`process` runs in worker processes, so it takes and returns only picklable values.
"""

from __future__ import annotations

import hashlib
import signal
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from newsquotes import __version__
from newsquotes.corpus import dedup, language
from newsquotes.corpus.documents import FALLBACK_SOURCE, UNKNOWN_SOURCE, Draft, RawRecord, Rejected
from newsquotes.corpus.extract import ExtractOptions
from newsquotes.corpus.extractors import extract
from newsquotes.corpus.metadata import iso_8601
from newsquotes.corpus.segment import join_paragraphs, sentence_spans
from newsquotes.schema import Article, Provenance

PIPELINE_VERSION = f"newsquotes-{__version__}"


@dataclass(frozen=True)
class Outcome:
    """What processing one record gave: an article and its de-duplication signature, or a rejection."""

    article_json: str | None
    signature: dedup.Signature | None
    rejected: str | None
    warning: str | None = None  # for a kept article: why it may not be the whole article
    article_id: str | None = None  # the article's id, so that nobody parses it back out of the JSON


def timed_out(timeout: float) -> Outcome:
    return Outcome(None, None, f"timed out: processing took longer than {timeout:g} s")


def failed(err: BaseException) -> Outcome:
    return Outcome(None, None, f"processing failed: {type(err).__name__}: {err}")


class _TimedOut(BaseException):
    """Raised by the alarm; not an Exception, so that no ``except Exception`` in a library swallows it."""


def _on_alarm(signum, frame):
    raise _TimedOut()


def limited(timeout: float, function: Callable[[], Outcome]) -> tuple[Outcome, bool]:
    """``(outcome, timed_out)`` of ``function`` run under a wall-clock limit, in the process's main thread.

    The limit is a SIGALRM timer, so one worker can process many documents, each under its own limit; any
    exception becomes a failure outcome, so one broken document never stops the others. Outside the main
    thread (a build run from a library user's thread) no timer can be set: the document runs unlimited.
    """
    timer = threading.current_thread() is threading.main_thread()
    if timer:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return function(), False
    except _TimedOut:
        return timed_out(timeout), True
    except Exception as err:
        return failed(err), False
    finally:
        if timer:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def article_id(draft: Draft, raw: RawRecord) -> str:
    """Stable across rebuilds and machines: the URL when known, else where the document was found."""
    key = draft.url or f"{draft.source or ''}|{raw.input}|{raw.record or ''}"
    return "nq-" + hashlib.sha256(key.encode()).hexdigest()[:16]


def _apply_hints(draft: Draft, hints: dict) -> Draft:
    """Metadata named in a sources file wins over what was guessed from the page; gaps are filled."""
    for name in ("url", "title", "subtitle", "published", "license", "retrieved_at"):
        if hints.get(name):
            setattr(draft, name, str(hints[name]))
    draft.published = iso_8601(draft.published)
    if hints.get("authors"):
        draft.authors = list(hints["authors"])
    if hints.get("source"):
        draft.source = hints["source"]
    return draft


def to_article(raw: RawRecord, options: ExtractOptions) -> Article:
    return _article(raw, _apply_hints(extract(raw, options), raw.hints))


def _article(raw: RawRecord, draft: Draft) -> Article:
    text, paragraphs = join_paragraphs(draft.paragraphs)
    lang, score = language.identify(text)
    draft_id = article_id(draft, raw)
    # Named after the id is taken, so ids stay what they were before unnamed sources got a name.
    source = draft.source or raw.hints.get(FALLBACK_SOURCE) or UNKNOWN_SOURCE
    return Article(
        id=draft_id, url=draft.url, source=source, title=draft.title, subtitle=draft.subtitle,
        caption=draft.caption, authors=draft.authors, published=draft.published, language=lang,
        language_score=score, text=text, paragraphs=paragraphs, sentences=sentence_spans(text, paragraphs),
        license=draft.license,
        provenance=Provenance(input=raw.input, record=raw.record, reader=raw.reader, raw_sha256=raw.raw_sha256,
                              retrieved_at=draft.retrieved_at),
        text_sha256=hashlib.sha256(text.encode()).hexdigest(), cluster_id=draft_id, pipeline_version=PIPELINE_VERSION,
    )


#: Readers whose records go through the HTML extraction (trafilatura, the page's structured data).
HTML_READERS = frozenset(("html", "warc"))


def prepare(readers: Iterable[str], warm: bool = False) -> None:
    """Import and load what processing records of ``readers`` needs, before worker processes are forked: they
    then share it instead of each loading it again (the language model alone takes most of a second).
    ``warm``: more documents follow than one worker takes at a time, so what only some pages need is loaded
    too (:func:`newsquotes.corpus.metadata.prepare`)."""
    language.prepare()
    readers = set(readers)
    if readers & HTML_READERS:
        from newsquotes.corpus.metadata import prepare as prepare_metadata

        prepare_metadata(warm)
    if "markdown" in readers:
        import newsquotes.corpus.markdown
    if "csv" in readers:
        import newsquotes.corpus.csvrows  # noqa: F401


def process(raw: RawRecord, options: ExtractOptions, params: dedup.DedupParams) -> Outcome:
    try:
        draft = _apply_hints(extract(raw, options), raw.hints)
        article = _article(raw, draft)
    except Rejected as err:
        return Outcome(None, None, str(err))
    return Outcome(article.model_dump_json(), dedup.signature(article.text, params), None, draft.warning, article.id)
