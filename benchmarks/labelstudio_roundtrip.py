"""Push 10,000 tasks to a local Label Studio and pull their annotations back; how long each takes.

The corpus: the shipped Wikinews articles (built from ``corpus/sources.toml`` into a temporary folder)
copied round-robin into ``--tasks`` distinct articles, each with an id and a closing paragraph of its own,
written as a built corpus. A fresh Label Studio is started with ``newsquotes.labeling.server.LocalServer``
in a temporary state folder (or ``--url`` with ``$NEWSQUOTES_LS_TOKEN`` names an existing one).

Timed, each in one go:

* **push**: ``newsquotes.labeling.push.push`` with ``--model`` pre-annotations (``rules`` by default),
  bulk imports of ``--batch-size`` tasks; the model's own time is reported apart;
* **push again**: the idempotent second push, which imports nothing;
* **pull**: ``newsquotes.labeling.pull.pull`` of every task annotated by two annotators (one bulk JSON
  export, offsets converted and checked, one file per annotator).

The community edition of Label Studio has no bulk endpoint for annotating existing tasks, so the pull is
measured on a second project holding the same tasks, imported in bulk with two annotators' annotations
(each accepts the rules prediction); that untimed set-up is reported too. By default the embedded server
does not validate imported predictions a second time (push has checked them against the same config);
``--server-validation`` turns Label Studio's own check back on.

    .venv/bin/python benchmarks/labelstudio_roundtrip.py --out results/labelstudio_roundtrip.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsquotes.corpus.build import BuildOptions, build, inputs_from_sources
from newsquotes.corpus.sources import load as load_sources
from newsquotes.corpus.storage import publish, read_articles, read_manifest, write_manifest, write_shards
from newsquotes.labeling.client import Connection, Session, connection
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
        write_manifest(target, manifest.model_copy(update={"shards": shards}))

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


def run(args, folder: Path, session: Session) -> dict:
    started = time.perf_counter()
    articles = replicated_corpus(folder, args.tasks)
    corpus_seconds = time.perf_counter() - started
    model = get_model(args.model)
    started = time.perf_counter()
    for article in articles:
        model.predict(article)
    model_seconds = time.perf_counter() - started

    started = time.perf_counter()
    first = push(session, folder / "corpus", title="round trip", model=args.model, batch_size=args.batch_size)
    push_seconds = time.perf_counter() - started
    started = time.perf_counter()
    second = push(session, folder / "corpus", title="round trip", model=args.model, batch_size=args.batch_size)
    repush_seconds = time.perf_counter() - started
    assert first.imported == args.tasks and second.imported == 0, (first, second)

    users = []
    for name in ("first", "second"):
        email = f"{name}-{time.time_ns()}@bench.example"
        users.append(session.sdk.users.create(username=email.split("@")[0], email=email, password=email[::-1]).id)
    started = time.perf_counter()
    made = import_annotated_copy(session, "round trip, annotated", articles, users, args.batch_size)
    annotate_seconds = time.perf_counter() - started

    started = time.perf_counter()
    pulled = pull(session, folder / "corpus", folder / "pulled", title="round trip, annotated")
    pull_seconds = time.perf_counter() - started
    assert not pulled.errors and sum(pulled.written.values()) == made, pulled

    return {
        "tasks": args.tasks, "batch_size": args.batch_size, "model": args.model,
        "server_revalidates_predictions": args.server_validation,
        "mean_text_chars": round(sum(len(a.text) for a in articles) / len(articles)),
        "corpus_seconds": round(corpus_seconds, 1),
        "model_seconds": round(model_seconds, 1),
        "push_seconds": round(push_seconds, 1), "push_predictions": first.predictions,
        "second_push_seconds": round(repush_seconds, 1),
        "annotations": made, "annotate_setup_seconds": round(annotate_seconds, 1),
        "pull_seconds": round(pull_seconds, 1), "pulled_files": len(pulled.written),
        "targets": {"push_seconds": 60, "pull_seconds": 30},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--model", default="rules")
    parser.add_argument("--server-validation", action="store_true",
                        help="let the embedded Label Studio validate every imported prediction again")
    parser.add_argument("--url", help="an existing Label Studio (token from $NEWSQUOTES_LS_TOKEN)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ls-roundtrip-") as temporary:
        folder = Path(temporary)
        if args.url:
            result = run(args, folder, Session(connection(args.url)))
        else:
            with LocalServer(folder / "state", port=free_port(),
                             revalidate_predictions=args.server_validation) as server:
                result = run(args, folder, Session(Connection(url=server.url, token=server.credentials.token)))

    table = Table(title=f"Label Studio round trip, {result['tasks']:,} tasks")
    table.add_column("step")
    table.add_column("seconds", justify="right")
    for step, key in [("model predictions alone", "model_seconds"), ("push (with predictions)", "push_seconds"),
                      ("second push (nothing new)", "second_push_seconds"),
                      (f"set-up: import {result['annotations']:,} annotations", "annotate_setup_seconds"),
                      ("pull", "pull_seconds")]:
        table.add_row(step, f"{result[key]:.1f}")
    Console().print(table)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
