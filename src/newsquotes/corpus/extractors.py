"""Every reader's extractor by name, and :func:`extract`: one raw record in, one :class:`Draft` out (or
:class:`Rejected` with the reason). Above the extractors, so that none of them imports another round."""

from __future__ import annotations

from newsquotes.corpus.documents import Draft, RawRecord, Rejected
from newsquotes.corpus.extract import ExtractOptions, extract_html, extract_jsonl, extract_text, finish


def _markdown(raw: RawRecord, options: ExtractOptions) -> Draft:
    from newsquotes.corpus.markdown import extract_markdown  # its parser is loaded for Markdown inputs only

    return extract_markdown(raw, options)


def _csv(raw: RawRecord, options: ExtractOptions) -> Draft:
    from newsquotes.corpus.csvrows import extract_csv  # loaded for CSV inputs only

    return extract_csv(raw, options)


EXTRACTORS = {"text": extract_text, "html": extract_html, "warc": extract_html, "jsonl": extract_jsonl,
              "markdown": _markdown, "csv": _csv}


def extract(raw: RawRecord, options: ExtractOptions) -> Draft:
    """The draft of one record; raises :class:`Rejected` when it cannot be an article."""
    if raw.problem:
        raise Rejected(raw.problem)
    return finish(EXTRACTORS[raw.reader](raw, options), options)
