"""The ``newsquotes`` command line: a thin face over the library, one command per library call."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsquotes.corpus import stats as corpus_stats
from newsquotes.corpus.build import ENGINES, BuildOptions, InputSpec, build, inputs_from_sources
from newsquotes.corpus.cleaning import load_rules
from newsquotes.corpus.dedup import DedupParams
from newsquotes.corpus.sources import load as load_sources
from newsquotes.corpus.storage import find_article, read_articles, read_manifest
from newsquotes.cli_bench import bench_app
from newsquotes.cli_common import console, errors, fail
from newsquotes.cli_label import label_app
from newsquotes.cli_publish import publish_command
from newsquotes.annotations import write_annotations
from newsquotes.bench.run import predict
from newsquotes.models.registry import get_model
from newsquotes.models.training import DEFAULT_PIPELINE, MODEL_TYPES, train
from newsquotes.schema import write_json_schemas

app = typer.Typer(
    help="Turn scraped news into a gold-labelled corpus of entities, quotes, speakers and stance.",
    no_args_is_help=True, rich_markup_mode="rich", pretty_exceptions_show_locals=False,
)
corpus_app = typer.Typer(help="Look at a built corpus.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")
schema_app = typer.Typer(help="The data contract: Article, Annotation and the build manifest.", no_args_is_help=True)
app.add_typer(schema_app, name="schema")
app.add_typer(label_app, name="label")
app.add_typer(bench_app, name="bench")
DEFAULT_SOURCES = Path("corpus/sources.toml")


def _field_map(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        name, _, key = pair.partition("=")
        if not name or not key:
            raise fail(f"--field wants NAME=KEY (e.g. text=body), got {pair!r}")
        mapping[name.strip()] = key.strip()
    return mapping


@app.command("build")
def build_command(
    inputs: Annotated[Optional[list[Path]], typer.Argument(
        help="Files or folders: .txt dumps, .html pages, .jsonl scraper output, .warc(.gz); any of them .gz. "
             "None: the corpus described by --sources.", show_default=False)] = None,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Output folder (default: the sources file's).")] = None,
    sources: Annotated[Path, typer.Option(help="Sources file used when no INPUTS are given.")] = DEFAULT_SOURCES,
    input_format: Annotated[Optional[str], typer.Option("--format", help="Force a reader: text, html, jsonl, warc.")] = None,
    field: Annotated[Optional[list[str]], typer.Option(
        help="JSONL field mapping NAME=KEY, e.g. --field text=body --field title=headline.")] = None,
    rules: Annotated[Optional[list[Path]], typer.Option(help="Extra boilerplate rules (TOML, see boilerplate.toml).")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes; 0 runs in-process without a time limit.")] = BuildOptions().workers,
    timeout: Annotated[float, typer.Option(help="Seconds one document may take before it is rejected.")] = 60.0,
    min_chars: Annotated[int, typer.Option(help="Reject articles with less body text than this.")] = 200,
    favor_precision: Annotated[bool, typer.Option(help="HTML: leave out doubtful blocks rather than keep them.")] = False,
    near_duplicate: Annotated[float, typer.Option(help="Containment at which two articles are reprints of one story.")] = DedupParams().min_containment,
    cache_dir: Annotated[Optional[Path], typer.Option(help="Cache of processed documents (default ~/.cache/newsquotes, or $NEWSQUOTES_CACHE).")] = None,
    engine: Annotated[str, typer.Option(help="Where documents are processed: local (process pool) or ray.")] = "local",
    address: Annotated[Optional[str], typer.Option(
        help="With --engine ray: the cluster to join (e.g. 10.0.0.5:6379, or auto); default starts a local Ray.")] = None,
) -> None:
    """Build a normalized, de-duplicated Parquet corpus from raw news.

    Every input is accounted for in [bold]OUT/manifest.json[/]: kept, duplicate (of which article) or rejected
    (with the reason). Re-running on unchanged inputs reuses the cache and writes identical files; the
    previous corpus stays intact until the new one is complete.

    [dim]Examples:[/]
      newsquotes build                                   [dim]# the shipped corpus in corpus/[/]
      newsquotes build crawl/*.warc.gz pages/ -o my-corpus
      newsquotes build dump.jsonl --field text=body -o out
      newsquotes build crawl/ -o out --engine ray --address auto   [dim]# on a running Ray cluster[/]
    """
    try:
        options = BuildOptions(
            workers=workers, timeout=timeout, min_chars=min_chars, favor_precision=favor_precision,
            field_map=_field_map(field or []), rules=tuple(r for path in rules or [] for r in load_rules(path)),
            dedup=DedupParams(min_containment=near_duplicate), cache_dir=cache_dir, engine=engine, ray_address=address,
        )
        if engine not in ENGINES:
            raise fail(f"--engine must be {' or '.join(ENGINES)}, got {engine!r}")
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

    with Progress(SpinnerColumn(), TextColumn("[bold]building[/]"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("documents"), TimeElapsedColumn(), console=errors, transient=True) as bar:
        task = bar.add_task("build", total=None)
        report = build(specs, out, options, progress=lambda n: bar.advance(task, n))
    console.print(corpus_stats.summary_table(report.manifest, out))
    console.print(f"processed {report.processed}, from cache {report.cached}"
                  + (f", timed out {report.timed_out}" if report.timed_out else "")
                  + f" · corpus in [bold]{out}[/]")
    rejected = [e for e in report.manifest.entries if e.status == "rejected"]
    for entry in rejected[:10]:
        where = entry.input + (f" ({entry.record})" if entry.record else "")
        errors.print(f"[yellow]rejected[/] {escape(where)}: {escape(entry.reason or '')}", highlight=False, soft_wrap=True)
    if len(rejected) > 10:
        errors.print(f"… and {len(rejected) - 10} more rejected inputs, listed in {out}/manifest.json")


@corpus_app.command("stats")
def stats_command(corpus: Annotated[Path, typer.Argument(help="A built corpus folder.")]) -> None:
    """Counts, languages, sources, lengths and rejection reasons of a built corpus."""
    try:
        manifest = read_manifest(corpus)
    except (FileNotFoundError, ValueError) as err:
        raise fail(str(err)) from None
    console.print(corpus_stats.summary_table(manifest, corpus))
    console.print(corpus_stats.detail_table(corpus))


@corpus_app.command("show")
def show_command(
    corpus: Annotated[Path, typer.Argument(help="A built corpus folder.")],
    article_id: Annotated[str, typer.Argument(help="Article id, as in the manifest (nq-…).")],
    sentences: Annotated[bool, typer.Option(help="Mark sentence boundaries with │.")] = False,
) -> None:
    """One article: its metadata, then its text paragraph by paragraph."""
    try:
        article = find_article(corpus, article_id)
    except (FileNotFoundError, ValueError) as err:
        raise fail(str(err)) from None
    if article is None:
        raise fail(f"{corpus}: no article with id {article_id!r}")
    console.print(corpus_stats.article_view(article, sentences=sentences))


@app.command("predict")
def predict_command(
    model: Annotated[str, typer.Option(
        help="Model name: rules, spacy:<pipeline>, sklearn:<folder>, transformers:<path>, predictions:<file>.")],
    corpus: Annotated[Path, typer.Option(help="A built corpus folder.")],
    out: Annotated[Path, typer.Option(help="Annotation JSON lines to write, one per article.")],
) -> None:
    """Run a model over every article of a corpus; write its Annotations as JSON lines.

    [dim]Example:[/]
      newsquotes predict --model rules --corpus corpus/build --out rules.jsonl
    """
    try:
        total = read_manifest(corpus).counts.kept
        chosen = get_model(model)
        with Progress(SpinnerColumn(), TextColumn(f"[bold]{chosen.name}[/]"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("articles"), TimeElapsedColumn(), console=errors, transient=True) as bar:
            task = bar.add_task("predict", total=total)

            def advancing(annotations):
                for annotation in annotations:
                    yield annotation
                    bar.advance(task)

            write_annotations(out, advancing(predict(chosen, read_articles(corpus))))
    except (FileNotFoundError, ValueError) as err:
        raise fail(str(err)) from None
    console.print(f"{total} annotations by {chosen.name} {chosen.version} · [bold]{out}[/]")


@app.command("train")
def train_command(
    gold: Annotated[Path, typer.Option(help="Gold Annotation JSON lines (file or folder) with its splits.json.")],
    out: Annotated[Path, typer.Option(help="Folder to write the trained model to; score it as sklearn:OUT.")],
    corpus: Annotated[Path, typer.Option(help="The built corpus the gold indexes into.")] = Path("corpus/build"),
    split: Annotated[str, typer.Option(help="Split of the gold to learn from; 'all' for every gold article.")] = "train",
    model_type: Annotated[str, typer.Option(help=f"Classifier: {', '.join(MODEL_TYPES)}.")] = MODEL_TYPES[0],
    seed: Annotated[int, typer.Option(help="Seed of every classifier: same gold and seed, same model.")] = 0,
    pipeline: Annotated[str, typer.Option(help="Installed spaCy pipeline whose analyses are features.")] = DEFAULT_PIPELINE,
) -> None:
    """Fit the learned baseline (entity and quote taggers, speaker ranker, stance classifier) on gold.

    [dim]Example:[/]
      newsquotes train --gold corpus/gold --split train --out models/baseline
      newsquotes bench run --model sklearn:models/baseline --split dev --no-update-leaderboard
    """
    try:
        report = train(gold, corpus, out, split=None if split == "all" else split, model_type=model_type, seed=seed,
                       pipeline=pipeline)
    except (FileNotFoundError, ValueError) as err:
        raise fail(str(err)) from None
    console.print(f"trained on {report.articles} articles ({', '.join(f'{n} {c}' for c, n in report.examples.items())} "
                  f"examples) in {report.seconds:.1f} s · {report.size_bytes / 1e6:.1f} MB · model "
                  f"[bold]sklearn:{report.out}[/]", highlight=False, soft_wrap=True)


@schema_app.command("export")
def schema_export(folder: Annotated[Path, typer.Argument(help="Where to write <name>.schema.json files.")] = Path("schemas")) -> None:
    """Write the JSON Schema of every contract record (the files in schemas/ are made this way)."""
    for path in write_json_schemas(folder):
        console.print(f"wrote {path}")


app.command("publish")(publish_command)


def main() -> None:
    app()
