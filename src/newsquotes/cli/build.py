"""``newsquotes build``: raw news in, a de-duplicated Parquet corpus out."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.progress import ProgressColumn
from rich.text import Text

from newsquotes import defaults
from newsquotes.cli.common import console, errors, fail

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
    sources: Annotated[Path, typer.Option(help="Sources file used when no INPUTS are given.")] = defaults.SOURCES,
    input_format: Annotated[Optional[str], typer.Option("--format", help="Force a reader: text, html, markdown, jsonl, csv, warc.")] = None,
    field: Annotated[Optional[list[str]], typer.Option(
        help="Where an article field is found: NAME=KEY for a JSONL key, a CSV column or a Markdown front "
             "matter key, e.g. --field text=body --field published=date; NAME is one of text, html, title, "
             "subtitle, authors, published, url, source, language, license, retrieved_at.")] = None,
    rules: Annotated[Optional[list[Path]], typer.Option(help="Extra boilerplate rules (TOML, see boilerplate.toml).")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes (default: one per CPU); 0 processes every document "
                                              "in this process, one at a time, each still under --timeout.")] = os.cpu_count() or 1,
    timeout: Annotated[float, typer.Option(help="Seconds one document may take before it is rejected.")] = defaults.TIMEOUT,
    min_chars: Annotated[int, typer.Option(help="Reject articles with less body text than this.")] = defaults.MIN_CHARS,
    favor_precision: Annotated[bool, typer.Option(help="HTML: leave out doubtful blocks rather than keep them.")] = False,
    near_duplicate: Annotated[float, typer.Option(help="Containment at which two articles are reprints of one story.")] = defaults.NEAR_DUPLICATE,
    cache_dir: Annotated[Optional[Path], typer.Option(
        help="Cache of processed documents (default: $NEWSQUOTES_CACHE, else ~/.cache/newsquotes).")] = None,
    engine: Annotated[str, typer.Option(help="Where documents are processed: local (process pool) or ray.")] = "local",
    address: Annotated[Optional[str], typer.Option(
        help="With --engine ray: the cluster to join (e.g. 10.0.0.5:6379, or auto); default starts a local Ray.")] = None,
) -> None:
    """Build a normalized, de-duplicated Parquet corpus from raw news.

    Every input is accounted for in OUT/manifest.json: kept, duplicate (of which article) or rejected (with the
    reason). Re-running on unchanged inputs reuses the cache and writes identical files; the previous corpus
    stays intact until the new one is complete. A build that fails or keeps no article leaves OUT as it was;
    keeping none exits with code 1, its manifest in OUT.failed.

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
    from newsquotes.corpus.build import BuildOptions, NothingKept, build, inputs_from_paths, inputs_from_sources
    from newsquotes.corpus.cleaning import load_rules
    from newsquotes.corpus.dedup import DedupParams
    from newsquotes.corpus.sources import load as load_sources

    if engine not in defaults.ENGINES:
        raise fail(f"--engine must be {' or '.join(defaults.ENGINES)}, got {engine!r}")
    options = BuildOptions(
        workers=workers, timeout=timeout, min_chars=min_chars, favor_precision=favor_precision,
        field_map=_field_map(field or []), rules=tuple(r for path in rules or [] for r in load_rules(path)),
        dedup=DedupParams(min_containment=near_duplicate), cache_dir=cache_dir, engine=engine, ray_address=address,
    )
    if inputs:
        missing = [str(p) for p in inputs if not p.exists()]
        if missing:
            raise fail(f"input not found: {', '.join(missing)}")
        specs = inputs_from_paths(inputs, input_format)
        if out is None:
            raise fail("--out is required when INPUTS are given")
    else:
        if not sources.exists():
            raise fail(f"no INPUTS given and no sources file at {sources} (pass --sources FILE)")
        sources_file = load_sources(sources)
        specs, out = inputs_from_sources(sources_file), out or sources_file.output

    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    failed = None  # where a build that kept nothing left its manifest
    with Progress(SpinnerColumn(), TextColumn("[bold]{task.description}[/]"), BarColumn(), DocumentsColumn(),
                  TimeElapsedColumn(), console=errors, transient=True) as bar:
        task = bar.add_task("counting documents" if engine == "local" else "building", total=None)
        try:
            report = build(specs, out, options, progress=lambda n: bar.advance(task, n),
                           total=lambda n: bar.update(task, total=n, description="building"))
        except NothingKept as err:
            report, failed = err.report, err.folder
    _report_fields(report.fields)
    if failed is not None:
        _report_rejections(report.manifest, failed)
        _nothing_kept(report.manifest, out)
    console.print(corpus_stats.summary_table(report.manifest, out))
    console.print(f"processed {report.processed}, from cache {report.cached}"
                  + (f", timed out {report.timed_out}" if report.timed_out else "")
                  + f" · corpus in [bold]{out}[/]")
    _report_rejections(report.manifest, out)


class DocumentsColumn(ProgressColumn):
    """``done/total documents`` once the total is known, ``done documents`` until then (never ``0/?``)."""

    def render(self, task) -> Text:
        if task.total is not None:
            return Text(f"{int(task.completed):,}/{int(task.total):,} documents", style="progress.download")
        return Text(f"{int(task.completed):,} documents" if task.completed else "", style="progress.download")


def _report_fields(fields) -> None:
    """Warn about a --field whose key no JSONL record sets: that field would otherwise stay empty unsaid."""
    if fields is None or not fields.field_map:
        return
    if not fields.records:
        errors.print("[yellow]warning:[/] --field applies to JSONL records, and no input was JSONL", highlight=False)
        return
    for name, key in fields.unused().items():
        errors.print(f"[yellow]warning:[/] --field {escape(name)}={escape(key)}: no record has {escape(repr(key))} "
                     f"({fields.records} records)", highlight=False, soft_wrap=True)


def _report_rejections(manifest, folder: Path) -> None:
    """List what was rejected and why, and where the manifest lists every input."""
    counts = manifest.counts
    rejected = [e for e in manifest.entries if e.status == "rejected"]
    for entry in rejected[:SHOWN_REJECTIONS]:
        where = entry.input + (f" ({entry.record})" if entry.record else "")
        errors.print(f"[yellow]rejected[/] {escape(where)}: {escape(entry.reason or '')}", highlight=False, soft_wrap=True)
    if len(rejected) > SHOWN_REJECTIONS:
        errors.print(f"… and {len(rejected) - SHOWN_REJECTIONS} more rejected inputs", highlight=False)
    if rejected:
        errors.print(f"rejected {len(rejected)} of {counts.inputs} inputs; each is listed with its reason in "
                     f"{escape(str(folder))}/manifest.json", highlight=False, soft_wrap=True)


def _nothing_kept(manifest, out: Path) -> None:
    """A build that kept nothing is a failure (exit 1) that says why; it replaced nothing."""
    counts = manifest.counts
    # A duplicate always points at a kept article, so nothing kept means every input was rejected.
    why = (f"all {counts.inputs} inputs were rejected (reasons above)" if counts.inputs else
           "no document found in the inputs (.txt, .html, .md, .jsonl, .csv, .warc, any of them .gz)")
    left = f"{out} was left as it was" if out.exists() else f"nothing was written to {out}"
    errors.print(f"[bold red]error:[/] no article kept: {escape(why)}; {escape(left)}", highlight=False,
                 soft_wrap=True)
    raise typer.Exit(code=1)
