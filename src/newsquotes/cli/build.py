"""``newsquotes build``: raw news in, a de-duplicated Parquet corpus out."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape

from newsquotes.cli.common import console, errors, fail

DEFAULT_SOURCES = Path("corpus/sources.toml")
ENGINES = ("local", "ray")
SHOWN_REJECTIONS = 10


def _field_map(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        name, _, key = pair.partition("=")
        if not name or not key:
            raise fail(f"--field wants NAME=KEY (e.g. text=body), got {pair!r}")
        mapping[name.strip()] = key.strip()
    return mapping


def build_command(
    inputs: Annotated[Optional[list[Path]], typer.Argument(
        help="Files or folders: .txt dumps, .html pages, .md Markdown (YAML front matter: title, published, url, "
             "authors), .jsonl scraper output, .csv (a header row, one article per row), .warc; any of them .gz. "
             "None: the corpus described by --sources.", show_default=False)] = None,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Output folder (default: the sources file's).")] = None,
    sources: Annotated[Path, typer.Option(help="Sources file used when no INPUTS are given.")] = DEFAULT_SOURCES,
    input_format: Annotated[Optional[str], typer.Option("--format", help="Force a reader: text, html, markdown, jsonl, csv, warc.")] = None,
    field: Annotated[Optional[list[str]], typer.Option(
        help="Where an article field is found: NAME=KEY for a JSONL key, a CSV column or a Markdown front "
             "matter key, e.g. --field text=body --field published=date.")] = None,
    rules: Annotated[Optional[list[Path]], typer.Option(help="Extra boilerplate rules (TOML, see boilerplate.toml).")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes (default: one per CPU); 0 runs in-process without "
                                              "a time limit.")] = os.cpu_count() or 1,
    timeout: Annotated[float, typer.Option(help="Seconds one document may take before it is rejected.")] = 60.0,
    min_chars: Annotated[int, typer.Option(help="Reject articles with less body text than this.")] = 200,
    favor_precision: Annotated[bool, typer.Option(help="HTML: leave out doubtful blocks rather than keep them.")] = False,
    near_duplicate: Annotated[float, typer.Option(help="Containment at which two articles are reprints of one story.")] = 0.5,
    cache_dir: Annotated[Optional[Path], typer.Option(
        help="Cache of processed documents (default: $NEWSQUOTES_CACHE, else ~/.cache/newsquotes).")] = None,
    engine: Annotated[str, typer.Option(help="Where documents are processed: local (process pool) or ray.")] = "local",
    address: Annotated[Optional[str], typer.Option(
        help="With --engine ray: the cluster to join (e.g. 10.0.0.5:6379, or auto); default starts a local Ray.")] = None,
) -> None:
    """Build a normalized, de-duplicated Parquet corpus from raw news.

    Every input is accounted for in OUT/manifest.json: kept, duplicate (of which article) or rejected (with the
    reason). Re-running on unchanged inputs reuses the cache and writes identical files; the previous corpus
    stays intact until the new one is complete. A build that keeps no article exits with code 1.

    \b
    Examples:
      newsquotes build                    # the shipped corpus, in corpus/build
      newsquotes build crawl/*.warc.gz pages/ -o my-corpus
      newsquotes build dump.jsonl --field text=body -o out
      newsquotes build rows.csv --field text=story --field published=day -o out
      newsquotes build scraped-markdown/ -o out
      newsquotes build crawl/ -o out --engine ray --address auto
    """
    from newsquotes.corpus import stats as corpus_stats
    from newsquotes.corpus.build import BuildOptions, InputSpec, build, inputs_from_sources
    from newsquotes.corpus.cleaning import load_rules
    from newsquotes.corpus.dedup import DedupParams
    from newsquotes.corpus.sources import load as load_sources

    try:
        if engine not in ENGINES:
            raise fail(f"--engine must be {' or '.join(ENGINES)}, got {engine!r}")
        options = BuildOptions(
            workers=workers, timeout=timeout, min_chars=min_chars, favor_precision=favor_precision,
            field_map=_field_map(field or []), rules=tuple(r for path in rules or [] for r in load_rules(path)),
            dedup=DedupParams(min_containment=near_duplicate), cache_dir=cache_dir, engine=engine, ray_address=address,
        )
        if inputs:
            missing = [str(p) for p in inputs if not p.exists()]
            if missing:
                raise fail(f"input not found: {', '.join(missing)}")
            specs = [InputSpec(path=p, format=input_format) for p in inputs]
            if out is None:
                raise fail("--out is required when INPUTS are given")
        else:
            if not sources.exists():
                raise fail(f"no INPUTS given and no sources file at {sources} (pass --sources FILE)")
            sources_file = load_sources(sources)
            specs, out = inputs_from_sources(sources_file), out or sources_file.output
    except ValueError as err:
        raise fail(str(err)) from None

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("[bold]building[/]"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("documents"), TimeElapsedColumn(), console=errors, transient=True) as bar:
        task = bar.add_task("build", total=None)
        report = build(specs, out, options, progress=lambda n: bar.advance(task, n))
    console.print(corpus_stats.summary_table(report.manifest, out))
    console.print(f"processed {report.processed}, from cache {report.cached}"
                  + (f", timed out {report.timed_out}" if report.timed_out else "")
                  + f" · corpus in [bold]{out}[/]")
    _report_rejections(report.manifest, out)


def _report_rejections(manifest, out: Path) -> None:
    """List what was rejected and why; a build that kept nothing is a failure (exit 1) that says why."""
    counts = manifest.counts
    rejected = [e for e in manifest.entries if e.status == "rejected"]
    for entry in rejected[:SHOWN_REJECTIONS]:
        where = entry.input + (f" ({entry.record})" if entry.record else "")
        errors.print(f"[yellow]rejected[/] {escape(where)}: {escape(entry.reason or '')}", highlight=False, soft_wrap=True)
    if len(rejected) > SHOWN_REJECTIONS:
        errors.print(f"… and {len(rejected) - SHOWN_REJECTIONS} more rejected inputs", highlight=False)
    if rejected:
        errors.print(f"rejected {len(rejected)} of {counts.inputs} inputs; each is listed with its reason in "
                     f"{escape(str(out))}/manifest.json", highlight=False, soft_wrap=True)
    if counts.kept == 0:
        # A duplicate always points at a kept article, so nothing kept means every input was rejected.
        why = (f"all {counts.inputs} inputs were rejected (reasons above)" if counts.inputs else
               "no document found in the inputs (.txt, .html, .md, .jsonl, .csv, .warc, any of them .gz)")
        errors.print(f"[bold red]error:[/] no article kept: {escape(why)}", highlight=False, soft_wrap=True)
        raise typer.Exit(code=1)
