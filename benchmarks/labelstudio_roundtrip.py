"""Push 10,000 tasks to a local Label Studio and pull their annotations back; how long each takes.

The corpus: the shipped Wikinews articles (built from ``corpus/sources.toml`` into a temporary folder)
copied round-robin into ``--tasks`` distinct articles, each with an id and a closing paragraph of its own,
written as a built corpus. A fresh Label Studio is started with ``newsquotes.labeling.server.LocalServer``
in a temporary state folder (or ``--url`` with ``$NEWSQUOTES_LS_TOKEN`` names an existing one).

Timed, each in one go:

* **push**: ``newsquotes.labeling.push.push`` with ``--model`` pre-annotations (``rules`` by default),
  bulk imports of at most ``--batch-size`` tasks, each sent while the model predicts the next (the first
  of ``push.FIRST_BATCH``); the model's own time is reported apart;
* **push again**: the idempotent second push, which imports nothing;
* **pull**: ``newsquotes.labeling.pull.pull`` of every task annotated by two annotators (one bulk JSON
  export, offsets converted and checked, one file per annotator).

Against Label Studio's own limit, in the same run and on the same server: the same task JSON (same
predictions) imported with the SDK alone (``projects.import_tasks`` in batches of the same size, into a
fresh project with the same config), and the annotated project exported with the SDK alone (the JSON
export endpoint, parsed). Ours and the SDK's alternate (``--rounds``: push, SDK import, push, SDK import;
then pull, SDK export, ...) so that both see the same load; the best round of each is compared, the load
average is recorded around every step, and the time of pull outside its export call (our conversion:
reading the corpus, checking and converting every annotation, writing the files) is reported per task, in
wall and in CPU time (on a loaded machine the wall time is mostly waiting for a CPU).
The aims: push ≤ 1.15 × the SDK import; pull ≤ 1.15 × the SDK export + 1 ms per task. ``--batch-sweep``
times the SDK-alone import at other batch sizes.

The community edition of Label Studio has no bulk endpoint for annotating existing tasks, so the pull is
measured on a second project holding the same tasks, imported in bulk with two annotators' annotations
(each accepts the rules prediction); that untimed set-up is reported too. By default the embedded server
does not validate imported predictions a second time (push has checked them against the same config);
``--server-validation`` turns Label Studio's own check back on.

    .venv/bin/python benchmarks/labelstudio_roundtrip.py --tasks 10000 --out results/labelstudio_roundtrip.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsquotes.corpus.build import BuildOptions, build, inputs_from_sources
from newsquotes.corpus.sources import load as load_sources
from newsquotes.corpus.storage import publish, read_articles, read_manifest, write_manifest, write_shards
import newsquotes.labeling.pull as pull_module
from newsquotes.labeling.client import Connection, Session, connection, find_project
from newsquotes.labeling.pull import pull
from newsquotes.labeling.config import label_config
from newsquotes.labeling.push import push, task_data
from newsquotes.labeling.regions import to_results
from newsquotes.labeling.server import LocalServer, free_port
from newsquotes.models.registry import get_model
from newsquotes.schema import Article, Span

ROOT = Path(__file__).resolve().parents[1]


def replicated_corpus(folder: Path, count: int) -> list[Article]:
    """``count`` distinct articles made from the shipped ones, written as a built corpus in ``folder``."""
    specs = inputs_from_sources(load_sources(ROOT / "corpus" / "sources.toml"))
    build(specs, folder / "shipped", BuildOptions(cache_dir=folder / "cache"))
    base = list(read_articles(folder / "shipped"))
    copies = []
    for i in range(count):
        article = base[i % len(base)]
        coda = f"This is copy {i} of the article, made for the Label Studio round-trip benchmark."
        start = len(article.text) + 2
        text = f"{article.text}\n\n{coda}"
        copies.append(article.model_copy(update={
            "id": f"{article.id}-copy{i:05d}", "text": text, "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
            "paragraphs": [*article.paragraphs, Span(start=start, end=len(text))],
            "sentences": [*article.sentences, Span(start=start, end=len(text))],
        }))
    manifest = read_manifest(folder / "shipped")

    def fill(target: Path) -> None:
        shards = write_shards(target, copies, rows_per_shard=2000)
        write_manifest(target, manifest.model_copy(update={"shards": shards, "totals": None}))

    publish(folder / "corpus", fill)
    return copies


def import_annotated_copy(session: Session, title: str, articles: list[Article], annotators: list[int],
                          batch_size: int) -> int:
    """The pushed tasks again, in project ``title``, each with the rules prediction accepted by every annotator."""
    model = get_model("rules")
    project = session.sdk.projects.create(title=title, label_config=label_config())
    made = 0
    for start in range(0, len(articles), batch_size):
        tasks = []
        for article in articles[start:start + batch_size]:
            result = to_results(model.predict(article), article.text)
            tasks.append({"data": task_data(article), "meta": {"article_id": article.id},
                          "annotations": [{"result": result, "completed_by": user} for user in annotators]})
        answer = session.call("import annotated tasks", session.sdk.projects.import_tasks, project.id, request=tasks)
        made += answer.annotation_count
    return made


def sdk_tasks(articles: list[Article], model_name: str) -> list[dict]:
    """The task JSON push sends, built up front: the SDK-alone import sends exactly these."""
    model = get_model(model_name)
    version = f"{model.name}-{model.version}"
    return [{"data": task_data(article), "meta": {"article_id": article.id},
             "predictions": [{"model_version": version, "result": to_results(model.predict(article), article.text)}]}
            for article in articles]


def sdk_import(sdk, title: str, tasks: list[dict], batch_size: int) -> int:
    """Label Studio's SDK alone: a project with the same config, the same tasks in bulk imports."""
    project = sdk.projects.create(title=title, label_config=label_config())
    imported = 0
    for start in range(0, len(tasks), batch_size):
        imported += sdk.projects.import_tasks(project.id, request=tasks[start:start + batch_size]).task_count or 0
    return imported


def sdk_export(sdk, project_id: int) -> list[dict]:
    """Label Studio's SDK alone: the project's annotated tasks from the JSON export endpoint, parsed."""
    return json.loads(b"".join(sdk.projects.exports.download_sync(project_id, export_type="JSON",
                                                                  download_all_tasks=False)))


def load() -> float:
    return round(os.getloadavg()[0], 1)


SERVER_GROUP: list[int] = []  # the process group of the embedded server, when there is one


def server_cpu() -> float:
    """CPU seconds used so far by the embedded server's processes (0 without one)."""
    if not SERVER_GROUP:
        return 0.0
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == SERVER_GROUP[0]:  # pgrp
            total += int(fields[11]) + int(fields[12])  # utime + stime
    return total / os.sysconf("SC_CLK_TCK")


def timed(step, rounds: list, **extra):
    """Run ``step``; note in ``rounds`` its wall time, this process's and the server's CPU time, and the
    load average before and after."""
    before, cpu, served = load(), time.process_time(), server_cpu()
    started = time.perf_counter()
    answer = step()
    rounds.append({"seconds": round(time.perf_counter() - started, 2),
                   "client_cpu_seconds": round(time.process_time() - cpu, 2),
                   "server_cpu_seconds": round(server_cpu() - served, 2),
                   "load_before": before, "load_after": load(), **extra})
    return answer


def run(args, folder: Path, session: Session) -> dict:
    started = time.perf_counter()
    articles = replicated_corpus(folder, args.tasks)
    corpus_seconds = time.perf_counter() - started
    model = get_model(args.model)
    started = time.perf_counter()
    for article in articles:
        model.predict(article)
    model_seconds = time.perf_counter() - started
    payload = sdk_tasks(articles, args.model)
    result_items = sum(len(t["predictions"][0]["result"]) for t in payload)

    # Alternating rounds (ours, SDK, ours, SDK, ...), each into a fresh project, so that both see the same load.
    pushes, imports = [], []
    for number in range(args.rounds):
        report = timed(lambda number=number: push(session, folder / "corpus", title=f"round trip {number}", model=args.model,
                                    batch_size=args.batch_size), pushes)
        assert report.imported == args.tasks, report
        imported = timed(lambda number=number: sdk_import(session.sdk, f"sdk import {number}", payload, args.batch_size), imports)
        assert imported == args.tasks, imported
    started = time.perf_counter()
    second = push(session, folder / "corpus", title="round trip 0", model=args.model, batch_size=args.batch_size)
    repush_seconds = time.perf_counter() - started
    assert second.imported == 0, second

    users = []
    for name in ("first", "second"):
        email = f"{name}-{time.time_ns()}@bench.example"
        users.append(session.sdk.users.create(username=email.split("@")[0], email=email, password=email[::-1]).id)
    started = time.perf_counter()
    made = import_annotated_copy(session, "round trip, annotated", articles, users, args.batch_size)
    annotate_seconds = time.perf_counter() - started
    annotated = find_project(session, "round trip, annotated")

    # Our pull, with the time inside its export call measured apart: the rest is our conversion.
    export_seconds, export_cpu = [], []
    original_export = pull_module.export_tasks

    def export_timed(*a, **k):
        started, cpu = time.perf_counter(), time.process_time()
        try:
            return original_export(*a, **k)
        finally:
            export_seconds.append(time.perf_counter() - started)
            export_cpu.append(time.process_time() - cpu)

    pulls, exports = [], []
    pull_module.export_tasks = export_timed
    try:
        for number in range(args.rounds):
            pulled = timed(lambda number=number: pull(session, folder / "corpus", folder / f"pulled-{number}",
                                        title="round trip, annotated"), pulls)
            assert not pulled.errors and sum(pulled.written.values()) == made, pulled
            pulls[-1]["export_seconds"] = round(export_seconds[-1], 2)
            pulls[-1]["conversion_seconds"] = round(pulls[-1]["seconds"] - export_seconds[-1], 2)
            pulls[-1]["conversion_cpu_seconds"] = round(pulls[-1]["client_cpu_seconds"] - export_cpu[-1], 2)
            exported = timed(lambda: sdk_export(session.sdk, annotated.id), exports)
            assert sum(len(t["annotations"]) for t in exported) == made
    finally:
        pull_module.export_tasks = original_export

    sweep = []
    for size in args.batch_sweep:
        timed(lambda size=size: sdk_import(session.sdk, f"sdk import, batches of {size}", payload, size), sweep, batch_size=size)

    best_push, best_import = min(r["seconds"] for r in pushes), min(r["seconds"] for r in imports)
    best_pull, best_export = min(r["seconds"] for r in pulls), min(r["seconds"] for r in exports)
    conversion = min(r["conversion_seconds"] for r in pulls)
    conversion_cpu = min(r["conversion_cpu_seconds"] for r in pulls)
    pull_limit = 1.15 * best_export + 0.001 * args.tasks
    return {
        "tasks": args.tasks, "batch_size": args.batch_size, "model": args.model, "rounds": args.rounds,
        "server_revalidates_predictions": args.server_validation,
        "mean_text_chars": round(sum(len(a.text) for a in articles) / len(articles)),
        "result_items_per_task": round(result_items / len(payload), 1),
        "corpus_seconds": round(corpus_seconds, 1),
        "model_seconds": round(model_seconds, 1),
        "push_rounds": pushes, "sdk_import_rounds": imports,
        "push_seconds": best_push, "sdk_import_seconds": best_import,
        "push_over_sdk_import": round(best_push / best_import, 3),
        "push_predictions": report.predictions,
        "second_push_seconds": round(repush_seconds, 1),
        "annotations": made, "annotate_setup_seconds": round(annotate_seconds, 1),
        "pull_rounds": pulls, "sdk_export_rounds": exports,
        "pull_seconds": best_pull, "sdk_export_seconds": best_export,
        "pull_over_sdk_export": round(best_pull / best_export, 3),
        "conversion_ms_per_task": round(1000 * conversion / args.tasks, 3),
        "conversion_cpu_ms_per_task": round(1000 * conversion_cpu / args.tasks, 3),
        "pull_limit_seconds": round(pull_limit, 2), "pull_within_limit": best_pull <= pull_limit,
        "push_within_limit": best_push <= 1.15 * best_import,
        "batch_sweep": sweep,
        "cpus": os.cpu_count(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--model", default="rules")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds of ours and the SDK's alone")
    parser.add_argument("--batch-sweep", type=lambda text: [int(n) for n in text.split(",") if n], default=[],
                        help="also time the SDK-alone import in batches of these sizes, e.g. 250,500,2000")
    parser.add_argument("--server-validation", action="store_true",
                        help="let the embedded Label Studio validate every imported prediction again")
    parser.add_argument("--start-timeout", type=float, default=900, help="seconds to wait for the server to start")
    parser.add_argument("--url", help="an existing Label Studio (token from $NEWSQUOTES_LS_TOKEN)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ls-roundtrip-") as temporary:
        folder = Path(temporary)
        if args.url:
            result = run(args, folder, Session(connection(args.url)))
        else:
            server = LocalServer(folder / "state", port=free_port(), revalidate_predictions=args.server_validation)
            server.start()
            SERVER_GROUP.append(server.process.pid)
            try:
                server.wait_until_ready(timeout=args.start_timeout)  # a loaded machine starts it slowly
                result = run(args, folder, Session(Connection(url=server.url, token=server.credentials.token,
                                                              timeout=600)))
            finally:
                server.stop()

    table = Table(title=f"Label Studio round trip, {result['tasks']:,} tasks, best of {result['rounds']} alternating rounds")
    table.add_column("step")
    table.add_column("seconds", justify="right")
    table.add_column("load average (1 min)", justify="right")

    def loads(rounds: list) -> str:
        values = [v for r in rounds for v in (r["load_before"], r["load_after"])]
        return f"{min(values):.1f}–{max(values):.1f}"

    table.add_row("model predictions alone", f"{result['model_seconds']:.1f}", "")
    table.add_row("push (with predictions)", f"{result['push_seconds']:.1f}", loads(result["push_rounds"]))
    table.add_row("SDK alone: import of the same tasks", f"{result['sdk_import_seconds']:.1f}",
                  loads(result["sdk_import_rounds"]))
    table.add_row("second push (nothing new)", f"{result['second_push_seconds']:.1f}", "")
    table.add_row(f"set-up: import {result['annotations']:,} annotations", f"{result['annotate_setup_seconds']:.1f}", "")
    table.add_row("pull", f"{result['pull_seconds']:.1f}", loads(result["pull_rounds"]))
    table.add_row("SDK alone: JSON export, parsed", f"{result['sdk_export_seconds']:.1f}", loads(result["sdk_export_rounds"]))
    for row in result["batch_sweep"]:
        table.add_row(f"SDK alone: import in batches of {row['batch_size']}", f"{row['seconds']:.1f}", loads([row]))
    Console().print(table)
    Console().print(f"push / SDK import: {result['push_over_sdk_import']:.2f}× (aim ≤ 1.15×); "
                    f"pull / SDK export: {result['pull_over_sdk_export']:.2f}×, our conversion "
                    f"{result['conversion_ms_per_task']:.2f} ms per task ({result['conversion_cpu_ms_per_task']:.2f} ms "
                    f"of CPU); pull {result['pull_seconds']:.1f} s against "
                    f"the limit 1.15 × export + 1 ms per task = {result['pull_limit_seconds']:.1f} s")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
