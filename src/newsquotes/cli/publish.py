"""``newsquotes publish``: build, verify and (when asked) upload the Hub release."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape

from newsquotes import defaults
from newsquotes.cli.common import console, errors, fail


def publish_command(
    repo_id: Annotated[Optional[str], typer.Option(help="Hub dataset repository, OWNER/NAME.")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Release folder to build (replaced only once verified).")] = Path("corpus/release"),
    corpus: Annotated[Path, typer.Option(help="Built corpus folder.")] = defaults.CORPUS,
    gold: Annotated[Path, typer.Option(help="Gold annotations (JSON lines, file or folder).")] = defaults.GOLD_FILE,
    splits: Annotated[Path, typer.Option(help="Split file: {train: [ids], dev: [...], test: [...]}.")] = defaults.SPLITS_FILE,
    card: Annotated[Path, typer.Option(help="Dataset card the Hub README is generated from.")] = defaults.DATASET_CARD,
    sources: Annotated[Optional[Path], typer.Option(help="Sources file with each source's attribution.")] = defaults.SOURCES,
    tag: Annotated[Optional[str], typer.Option(help="Version tag for the uploaded commit, e.g. v0.1.0.")] = None,
    private: Annotated[bool, typer.Option(help="Create the repository as private.")] = False,
    include_restricted: Annotated[bool, typer.Option(
        help="Also release articles whose licence does not allow redistribution (you must hold the rights).")] = False,
    do_upload: Annotated[bool, typer.Option("--upload", help="Upload; without it this is a dry run.")] = False,
) -> None:
    """Release the corpus and its gold as a Hugging Face dataset.

    Builds OUT: Parquet per config (articles, entities, quotes, ner, layers) and split, README.md (the
    dataset card with the Hub's metadata and statistics) and croissant.json; loads every config back with
    datasets before replacing the previous folder. Articles without an open licence are left
    out unless --include-restricted; annotator identities and missing attribution are refused.
    The token comes from HF_TOKEN or your saved login and is never printed.

    \b
    Examples:
      newsquotes publish                  # build and verify corpus/release
      newsquotes publish --repo-id me/newsquotes --tag v0.1.0   # dry run
      newsquotes publish --repo-id me/newsquotes --tag v0.1.0 --upload
    """
    from rich.table import Table

    from newsquotes.errors import NewsquotesError
    from newsquotes.publish import ReleaseOptions, plan_upload, prepare_release, upload

    options = ReleaseOptions(corpus=corpus, gold=gold, splits=splits, card=card, sources=sources,
                             include_restricted=include_restricted)
    try:
        with errors.status("building the release") as status:
            release = prepare_release(out, options, progress=lambda step: status.update(f"building the release: {step}"))
    except (NewsquotesError, OSError) as err:
        raise fail(f"not published: {err}") from None
    for article in release.left_out:
        errors.print(f"[yellow]left out[/] {article.id} ({escape(article.source or '')}, licence {escape(article.license or 'none')}): "
                     "no licence that allows redistribution; --include-restricted releases it", soft_wrap=True)
    for problem in release.skipped:
        errors.print(f"[yellow]not in the ner config[/] {escape(problem)}", highlight=False, soft_wrap=True)
    table = Table(title=f"release folder {out}")
    table.add_column("config")
    for split in ("train", "dev", "test"):
        table.add_column(split, justify="right")
    for config, counts in release.counts.items():
        table.add_row(config, *(str(counts[s]) for s in ("train", "dev", "test")))
    console.print(table)
    if not repo_id:
        console.print("verified; pass --repo-id OWNER/NAME to plan an upload")
        return
    plan = plan_upload(out, repo_id, private=private, tag=tag)
    mode = "uploading" if do_upload else "dry run, would upload"
    console.print(f"{mode} {len(plan.files)} files ({plan.total_bytes:,} bytes) to datasets/{plan.repo_id}"
                  f"{' (private)' if plan.private else ''}, commit {plan.commit_message!r}"
                  + (f", tag {plan.tag}" if plan.tag else ""))
    for path, size in plan.files:
        console.print(f"  {path}  [dim]{size:,} bytes[/]")
    if do_upload:
        console.print(f"committed: {upload(plan, out)}")
