"""``newsquotes label …``: the annotation loop in Label Studio, one command per library call."""

from __future__ import annotations

import json
import signal
from pathlib import Path
from typing import Annotated, Optional

import typer

from newsquotes import defaults
from newsquotes.cli.common import console, errors, fail, group
from newsquotes.labeling import settings

label_app = group("Annotate in Label Studio: serve, push tasks with pre-annotations, pull gold, agreement, "
                  "adjudication.", short_help="Annotate in Label Studio: serve, push, pull, adjudicate.")


@label_app.command("agreement", short_help="Inter-annotator agreement on spans, relations and stance.")
def agreement_command(
    folder: Annotated[Path, typer.Argument(help="Folder of pulled annotations, one <pseudonym>.jsonl per annotator.")],
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the full result, pairs included, as JSON.")] = None,
) -> None:
    """Inter-annotator agreement: span F1 per label (exact and overlap), said_by relation F1, stance kappa or alpha.

    Articles only one annotator labelled are skipped and listed. See the guidelines (labeling/GUIDELINES.md)
    for what is marked.
    """
    from newsquotes.labeling.agreement import folder_agreement
    from newsquotes.labeling.report import agreement_table, skipped_lines, speaker_name_line, stance_line

    result = folder_agreement(folder)
    console.print(agreement_table(result))
    console.print(speaker_name_line(result), highlight=False)
    console.print(stance_line(result), highlight=False)
    for line in skipped_lines(result):
        console.print(line, style="dim", highlight=False)
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        console.print(f"wrote {json_out}", highlight=False)


@label_app.command("adjudicate", short_help="Merge annotators into gold; list every conflict.")
def adjudicate_command(
    folder: Annotated[Path, typer.Argument(help="Folder of pulled annotations, one <pseudonym>.jsonl per annotator.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Gold file to merge into: adjudicated articles replace "
                                      "their records, others stay; written atomically.")] = defaults.GOLD_FILE,
    reviewer: Annotated[Optional[str], typer.Option(help="Pseudonym that breaks ties and attribute disagreements.")] = None,
) -> None:
    """Merge annotators into gold: strict majority keeps a span, the reviewer breaks ties; list every conflict.

    Conflicts go to OUT with suffix .conflicts.json and .conflicts.md, next to the gold file.
    """
    from newsquotes.labeling.adjudicate import adjudicate_folder
    from newsquotes.labeling.report import adjudication_summary, conflicts_table

    result, paths = adjudicate_folder(folder, out, reviewer)
    if result.conflicts:
        console.print(conflicts_table(result))
    console.print(adjudication_summary(result), highlight=False)
    console.print(f"wrote {paths['gold']}; conflicts in {paths['conflicts_json']} and {paths['conflicts_markdown']}",
                   highlight=False)


# --------------------------------------------------------------------------- Label Studio: config, serve, push, pull

DEFAULT_PULL_DIR = Path("labeling/pulled")
_UrlOption = Annotated[Optional[str], typer.Option(
    "--url", help=f"An existing Label Studio (default ${settings.URL_ENV}, else ${settings.STUDIO_URL_ENV}, else the "
                  f"one `label serve` started); its token comes from ${settings.TOKEN_ENV}, else "
                  f"${settings.STUDIO_TOKEN_ENV}, else the state folder.", show_default=False)]
_StateOption = Annotated[Optional[Path], typer.Option(
    "--state", help=f"State folder holding the embedded server and its credentials (default ${settings.STATE_ENV}, "
                    f"else {settings.DEFAULT_STATE}; other commands than serve then look for the one `label serve` "
                    f"runs, started from any folder).", show_default=False)]
_ProjectOption = Annotated[str, typer.Option("--project", help="Label Studio project title.")]


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def _session(url: Optional[str], state: Optional[Path]):
    from newsquotes.labeling import client as studio

    return studio.Session(studio.connection(url, state),
                          on_retry=lambda message: errors.print(message, style="yellow", highlight=False, soft_wrap=True))


@label_app.command("config", short_help="Print the labeling interface, or --check a config file.")
def config_command(
    check: Annotated[Optional[Path], typer.Option(help="Validate this config file instead of printing ours.")] = None,
) -> None:
    """Print the labeling interface generated from the schema's label sets (labeling/config.xml is this output).

    \b
    Example:
      newsquotes label config > labeling/config.xml
    """
    from newsquotes.labeling.config import check_config, label_config

    if check is None:
        typer.echo(label_config(), nl=False)
        return
    if not check.exists():
        raise fail(f"{check}: no such file")
    check_config(check.read_text("utf-8"), str(check))
    console.print(f"{check}: valid Label Studio config", highlight=False)


@label_app.command("serve", short_help="Run a local Label Studio until Ctrl-C.")
def serve_command(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = settings.DEFAULT_PORT,
    state: _StateOption = None,
) -> None:
    """Run a local Label Studio on loopback until Ctrl-C, with its data in the state folder.

    The first start creates the admin user and an API token, kept in STATE/labelstudio/credentials.json
    (readable by you only); push and pull find them there.
    """
    from newsquotes.labeling.server import LocalServer

    server = LocalServer.in_state(state, port)
    server.start()
    # SIGTERM ends the server as Ctrl-C does: the finally below stops its whole process group.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        errors.print(f"starting Label Studio on {server.url} (log: {server.log_path}) …", highlight=False,
                      soft_wrap=True)
        server.wait_until_ready()
        console.print(f"Label Studio is up at [bold]{server.url}[/]; log in as {server.credentials.username}, "
                       f"password and API token in {server.credentials_path}. Ctrl-C stops it.", highlight=False,
                       soft_wrap=True)
        server.process.wait()
        raise fail(f"Label Studio stopped by itself (exit code {server.process.returncode}); "
                           f"see {server.log_path}")
    except KeyboardInterrupt:
        errors.print("stopping Label Studio …", highlight=False)
    finally:
        server.stop()


@label_app.command("push", short_help="Import corpus articles into a Label Studio project.")
def push_command(
    corpus: Annotated[Path, typer.Argument(help="A built corpus folder.")] = defaults.CORPUS,
    project: _ProjectOption = settings.DEFAULT_TITLE,
    model: Annotated[Optional[str], typer.Option(help="Pre-annotate with this model (e.g. rules).")] = None,
    config: Annotated[Optional[Path], typer.Option(help="Labeling config file (default: the generated one).")] = None,
    guidelines: Annotated[Optional[Path], typer.Option(
        help="Markdown shown as instructions (default: the guidelines shipped with newsquotes, "
             "labeling/GUIDELINES.md in its repository).")] = None,
    batch_size: Annotated[int, typer.Option(help="Most tasks per import request (with --model the first request "
                                                 "is smaller, so that Label Studio imports while the model predicts).")] = 1000,
    limit: Annotated[Optional[int], typer.Option(help="Push only the first N articles.")] = None,
    url: _UrlOption = None,
    state: _StateOption = None,
) -> None:
    """Create or update a Label Studio project and import the corpus articles it does not hold yet.

    Tasks are keyed by article id: pushing again imports nothing twice and lists articles whose text changed.
    """
    from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from newsquotes.labeling.push import push

    with Progress(SpinnerColumn(), TextColumn("[bold]importing[/]"), MofNCompleteColumn(), TextColumn("tasks"),
                  TimeElapsedColumn(), console=errors, transient=True) as bar:
        task = bar.add_task("push", total=None)
        report = push(_session(url, state), corpus, title=project, model=model, config=config,
                      guidelines=guidelines, batch_size=batch_size, limit=limit,
                      progress=lambda n: bar.advance(task, n))
    verb = "created" if report.created else "updated"
    console.print(f"project {project!r} (id {report.project_id}) {verb}: imported {report.imported} tasks, "
                   f"{report.unchanged} already there"
                   + (f", {report.predictions} predictions by {report.model_version}" if report.model_version else "")
                   + (f"; {report.duplicates_removed} duplicate tasks removed" if report.duplicates_removed else ""),
                   highlight=False)
    for article_id in report.changed:
        errors.print(f"[yellow]changed[/] {article_id}: its text differs from the task pushed before; the task is "
                      f"left as it was", highlight=False)


@label_app.command("pull", short_help="Export a project's annotations, one file per annotator.")
def pull_command(
    corpus: Annotated[Path, typer.Argument(help="The built corpus the tasks were pushed from.")] = defaults.CORPUS,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for <pseudonym>.jsonl files.")] = DEFAULT_PULL_DIR,
    project: _ProjectOption = settings.DEFAULT_TITLE,
    partial: Annotated[bool, typer.Option(help="Write the clean annotations even when others have errors.")] = False,
    url: _UrlOption = None,
    state: _StateOption = None,
) -> None:
    """Export a project's annotations into Annotation files, one per annotator under a stable pseudonym."""
    from newsquotes.labeling.pull import PullError, pull

    try:
        with errors.status("exporting the project's annotations from Label Studio …"):
            report = pull(_session(url, state), corpus, out, title=project, partial=partial)
    except PullError as err:
        for warning in err.warnings:
            errors.print(f"[yellow]warning[/] {warning}", highlight=False, soft_wrap=True)
        raise
    for warning in report.warnings:
        errors.print(f"[yellow]warning[/] {warning}", highlight=False, soft_wrap=True)
    for error in report.errors:
        errors.print(f"[red]skipped[/] {error}", highlight=False, soft_wrap=True)
    for path, count in report.written.items():
        console.print(f"wrote {path}: {count} annotations", highlight=False)
    console.print(f"{report.tasks} annotated tasks in project {report.project_id}", highlight=False)
