"""``newsquotes corpus …``: look at a built corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsquotes.cli.common import console, fail, group

corpus_app = group("Look at a built corpus.")


@corpus_app.command("stats", short_help="Counts, sources, languages, lengths, why inputs were not kept.")
def stats_command(
    corpus: Annotated[Path, typer.Argument(help="A built corpus folder.")],
    counts: Annotated[bool, typer.Option(
        help="Show the counts table (inputs, kept, duplicates, rejected), which `newsquotes build` prints too.")] = True,
) -> None:
    """Counts, languages, sources, lengths and rejection reasons of a built corpus."""
    from newsquotes.corpus import stats as corpus_stats
    from newsquotes.corpus.storage import read_manifest_json

    manifest = read_manifest_json(corpus)  # plain JSON: no model of each entry, no pyarrow until a shard
    if counts:
        console.print(corpus_stats.summary_table(manifest, corpus))
    console.print(corpus_stats.detail_table(corpus, manifest))


@corpus_app.command("show")
def show_command(
    corpus: Annotated[Path, typer.Argument(help="A built corpus folder.")],
    article_id: Annotated[str, typer.Argument(help="Article id, as in the manifest (nq-…).")],
    sentences: Annotated[bool, typer.Option(help="Mark sentence boundaries with │.")] = False,
) -> None:
    """One article: its metadata, then its text paragraph by paragraph."""
    from newsquotes.corpus import stats as corpus_stats
    from newsquotes.corpus.storage import find_article

    article = find_article(corpus, article_id)
    if article is None:
        raise fail(f"{corpus}: no article with id {article_id!r}")
    console.print(corpus_stats.article_view(article, sentences=sentences))
