"""``newsquotes gold …``: rebuild the shipped gold from its sources, and check it against the expert layers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from newsquotes import defaults
from newsquotes.cli.common import console, group

gold_app = group("Rebuild the shipped gold from its sources; check it against GUM's and MEANTIME's expert layers.",
                 "Rebuild the shipped gold; check it against expert layers.")

CHECK_HELP = ("gum-rst (GUM's discourse attributions) or meantime (MEANTIME's speech events and their Arg0 "
              "speakers, and its named mentions against our entity layer where MEANTIME annotated).")


@gold_app.command("build", short_help="Rebuild the gold and its split from the shipped sources.")
def build_command(
    corpus: Annotated[Path, typer.Option(help="The shipped corpus, built from corpus/sources.toml.")] = defaults.CORPUS,
    root: Annotated[Path, typer.Option(help="The repository holding corpus/.")] = Path("."),
    out: Annotated[Path, typer.Option(help="Folder to write gold.jsonl and splits.json into.")] = defaults.GOLD_DIR,
) -> None:
    """Derive the entities (GUM; the hand-read files of corpus/gold/entities, one per MEANTIME article and the
    seed; MEANTIME's own first sentences for a MEANTIME article without one), load the hand-annotated quote
    files and write the gold and its split. Any quote text, cue or speaker that is not found in its article is an error naming the
    file and the quote.

    Example: newsquotes build && newsquotes gold build
    """
    from newsquotes.corpus.storage import read_articles
    from newsquotes.gold.build import GoldSources, write_gold

    counts = write_gold(list(read_articles(corpus)), GoldSources.shipped(root), out)
    console.print(json.dumps(counts, indent=1), highlight=False)


@gold_app.command("check", short_help="Hold the gold against an expert layer; list every open disagreement.")
def check_command(
    check: Annotated[str, typer.Argument(help=CHECK_HELP)],
    corpus: Annotated[Path, typer.Option(help="The shipped corpus, built from corpus/sources.toml.")] = defaults.CORPUS,
    gold: Annotated[Path, typer.Option(help="The gold file.")] = defaults.GOLD_FILE,
    root: Annotated[Path, typer.Option(help="The repository holding corpus/.")] = Path("."),
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write every finding as JSON.")] = None,
    show_settled: Annotated[bool, typer.Option(help="List the settled disagreements too.")] = False,
) -> None:
    """Every expert attribution our gold does not meet is a disagreement; it is settled by fixing the gold or by
    a reason in corpus/gold/checks/<check>.toml. Exits 1 while any disagreement is open.

    Example: newsquotes gold check meantime --json meantime-check.json
    """
    from rich.table import Table

    from newsquotes.annotations import read_annotations
    from newsquotes.corpus.storage import read_articles
    from newsquotes.gold.build import article_name
    from newsquotes.gold.checks import run_check
    from newsquotes.gold.scope import RECORDED_OTHERWISE

    articles = {article_name(a): a for a in read_articles(corpus)}
    annotations = {a.article_id: a for a in read_annotations(gold)}
    report = run_check(check, articles, annotations, root)
    summary = report["summary"]
    table = Table(title=f"{check}: our gold against the expert layer", show_header=False, title_justify="left")
    for name, value in summary.items():
        table.add_row(name.replace("_", " "), f"{value:.3f}" if isinstance(value, float) else str(value))
    console.print(table)
    reasons = Table(title="settled, by reason (* recorded by our own convention, not outside our scope)",
                    show_header=False, title_justify="left")
    for reason, count in report["settled_by_reason"].items():
        reasons.add_row(reason + (" *" if reason in RECORDED_OTHERWISE else ""), str(count))
    console.print(reasons)
    for finding in report["findings"]:
        disagreement = not finding["quote_agrees"] or finding["speaker_agrees"] is False
        if disagreement and (show_settled or not finding["settled"]):
            what = "no quote of ours" if not finding["quote_agrees"] else "speaker differs"
            console.print(f"[bold]{finding['key']}[/] {what}: expert {finding['expert'][:80]!r} "
                          f"(source {finding['source']!r}); ours {finding['ours']}"
                          + (f"; settled: {finding['settled']}" if finding["settled"] else ""), highlight=False)
    if check == "meantime":
        _print_entity_agreement(report["entities"])
    if json_out is not None:
        json_out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if summary["open"]:
        raise typer.Exit(1)


def _print_entity_agreement(agreement: dict | None) -> None:
    """Span F1 between MEANTIME's named mentions and our entity layer, overall and per label."""
    from rich.table import Table

    if agreement is None:
        console.print("entities: no MEANTIME article has an entity layer of its own yet (all derived from MEANTIME)")
        return
    table = Table(title=f"entities: MEANTIME's named mentions against ours, in the {agreement['sentences']} sentences "
                        f"MEANTIME annotated of {agreement['articles']} articles", title_justify="left")
    for column in ("label", "MEANTIME", "ours", "strict P", "strict R", "strict F1", "overlap P", "overlap R", "overlap F1"):
        table.add_column(column, justify="left" if column == "label" else "right")
    rows = [("all", agreement), *agreement["per_label"].items()]
    for label, scores in rows:
        strict, overlap = scores["strict"], scores["overlap"]
        table.add_row(label, str(strict["possible"]), str(strict["actual"]),
                      *(f"{block[m]:.3f}" for block in (strict, overlap) for m in ("precision", "recall", "f1")))
    console.print(table)
