"""``newsquotes label push``: corpus articles become Label Studio tasks, with a model's pre-annotations.

One task per article, keyed by its id (``data.article_id`` and ``meta.article_id``), so pushing again
imports only articles the project does not have yet; a task whose article text has changed since is
reported, never overwritten (its annotations refer to the old text). A model's predictions go to new
tasks and to earlier tasks that have none; tasks that already carry predictions keep just those. Tasks
and predictions go in bulk requests of ``batch_size``. Predictions carry ``model_version``
``<model name>-<version>``, and the project is set to show that version's predictions to annotators as
their starting point. Offsets are converted to the UTF-16 units Label Studio counts in.

Everything that can be refused (the config, every prediction's labels) is checked before the first
write, so a refused push leaves the server as it was; a push cut off half-way (server gone) is completed
by pushing again. Pushes to one project from this machine take turns, and a push ends by deleting any
second, unannotated task of an article (an import the server took although its answer was lost, so that
it was sent again; or a push from another machine at the same moment)."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

from newsquotes.corpus.storage import read_articles
from newsquotes.errors import ConfigError, InputError
from newsquotes.labeling.client import Session, export_tasks, find_project, import_tasks
from newsquotes.labeling.config import check_config, read_config
from newsquotes.labeling.regions import to_results
from newsquotes.labeling.settings import DEFAULT_TITLE, GUIDELINES_FILE, shipped_text
from newsquotes.models.registry import get_model, predict
from newsquotes.schema import Article


@dataclass
class PushReport:
    project_id: int
    created: bool
    imported: int = 0
    unchanged: int = 0
    changed: list[str] = field(default_factory=list)
    predictions: int = 0
    model_version: str | None = None
    duplicates_removed: int = 0


def task_data(article: Article) -> dict[str, Any]:
    return {"text": article.text, "title": article.title or "", "article_id": article.id,
            "text_sha256": article.text_sha256, "url": article.url or ""}


def instructions(path: Path | None = None) -> str:
    """The annotation guidelines as HTML for the labeling screen: ``path``, else the ones shipped in the package."""
    if path is None:
        markdown = shipped_text(GUIDELINES_FILE)
    else:
        try:
            markdown = Path(path).read_text("utf-8")
        except (FileNotFoundError, IsADirectoryError):
            raise InputError(f"{path}: no such guidelines file") from None
        except UnicodeDecodeError as err:
            raise InputError(f"{path}: guidelines are not UTF-8 text ({err.reason} at byte {err.start})") from None
        if not markdown.strip():
            raise InputError(f"{path}: the guidelines file is empty")
    return MarkdownIt("commonmark").enable("table").render(markdown)


def _allowed_values(interface) -> dict[str, set[str]]:
    """For each control of the config, the values a region may carry (None for free text)."""
    allowed = {}
    for control in interface.controls:
        allowed[control.name] = set(control.labels) if control.tag in ("Labels", "Choices") else None
    return allowed


def _misfits(regions: list[dict[str, Any]], allowed: dict[str, set[str] | None]) -> list[str]:
    problems = []
    for region in regions:
        if region.get("type") == "relation":
            continue
        control = region.get("from_name")
        if control not in allowed:
            problems.append(f"region {region.get('id')!r}: the config has no control {control!r}")
            continue
        values = region["value"].get("labels") or region["value"].get("choices") or []
        unknown = [v for v in values if allowed[control] is not None and v not in allowed[control]]
        if unknown:
            problems.append(f"region {region.get('id')!r} ({region['value'].get('text', '')[:30]!r}): "
                            f"{control} {', '.join(map(repr, unknown))} is not in the labeling config")
    return problems


def _predictions(articles: list[Article], model, interface) -> dict[str, list[dict[str, Any]]]:
    """Every article's prediction as result regions, all checked against the config before anything is sent.

    Each prediction is first checked against its article's text, as a benchmark checks it
    (:func:`~newsquotes.models.registry.predict`). Every label and choice is checked against the config; the
    SDK's full (and much slower) validation runs on the first prediction only, since every prediction is
    built by the same code.
    """
    results, problems = {}, []
    allowed = _allowed_values(interface)
    for number, (article, annotation) in enumerate(zip(articles, predict(model, articles))):
        regions = to_results(annotation, article.text)
        found = _misfits(regions, allowed)
        if number == 0 and not found:
            found = interface.validate_prediction({"result": regions}, return_errors=True)
        problems += [f"article {article.id}: prediction of {model.name}: {problem}" for problem in found]
        results[article.id] = regions
    if problems:
        shown = "\n  ".join(problems[:20]) + (f"\n  … and {len(problems) - 20} more" if len(problems) > 20 else "")
        raise ConfigError(f"{len(problems)} pre-annotation regions do not fit the labeling config; nothing was "
                         f"pushed:\n  {shown}")
    return results


def _batches(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


@contextmanager
def _one_push_at_a_time(url: str, title: str):
    """Pushes to one project from this machine take turns: two at once would both see an article missing
    and both import it. (Pushes from two machines are caught afterwards by :func:`_remove_duplicates`.)"""
    import fcntl

    key = hashlib.sha256(f"{url}|{title}".encode()).hexdigest()[:16]
    with open(Path(tempfile.gettempdir()) / f"newsquotes-push-{key}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _remove_duplicates(session: Session, project_id: int, expected: int) -> int:
    """When the project holds more tasks than articles were pushed (an import retried after the server had
    taken it, or a push from another machine at the same time), the extra tasks of an article are deleted:
    the first one stays, and a task someone has annotated is never deleted. Returns how many were deleted."""
    project = session.call(f"read project {project_id}", session.sdk.projects.get, project_id)
    if project.task_number is None or project.task_number <= expected:
        return 0
    by_article: dict[str, list[dict]] = {}
    for task in export_tasks(session, project_id, all_tasks=True):
        by_article.setdefault(task["data"].get("article_id"), []).append(task)
    deleted = 0
    for tasks in by_article.values():
        tasks.sort(key=lambda t: (not t.get("annotations"), t["id"]))
        for extra in tasks[1:]:
            if not extra.get("annotations"):
                session.call(f"delete duplicate task {extra['id']}", session.sdk.tasks.delete, str(extra["id"]))
                deleted += 1
    return deleted


def push(session: Session, corpus: Path, *, title: str = DEFAULT_TITLE, model: str | None = None,
         config: Path | None = None, guidelines: Path | None = None, batch_size: int = 1000,
         limit: int | None = None, progress: Callable[[int], None] | None = None) -> PushReport:
    """Create or update the project ``title`` and import the corpus articles it does not hold yet."""
    with _one_push_at_a_time(session.conn.url, title):
        return _push(session, corpus, title=title, model=model, config=config, guidelines=guidelines,
                     batch_size=batch_size, limit=limit, progress=progress)


def _push(session: Session, corpus: Path, *, title: str, model: str | None, config: Path | None,
          guidelines: Path | None, batch_size: int, limit: int | None,
          progress: Callable[[int], None] | None) -> PushReport:
    label_config = read_config(config)
    interface = check_config(label_config, str(config or "generated config"))
    guidance = instructions(guidelines)
    predictor = get_model(model) if model else None
    model_version = f"{predictor.name}-{predictor.version}" if predictor else None
    articles = list(read_articles(corpus))[:limit]
    session.check()

    project = find_project(session, title)
    existing = {t["data"].get("article_id"): t for t in export_tasks(session, project.id, all_tasks=True)} \
        if project is not None else {}
    new, unchanged, changed = [], 0, []
    for article in articles:
        task = existing.get(article.id)
        if task is None:
            new.append(article)
        elif task["data"].get("text_sha256") != article.text_sha256 or task["data"].get("text") != article.text:
            changed.append(article.id)
        else:
            unchanged += 1
    backfill = _without_predictions(existing, articles, changed) if predictor else []
    predicted = _predictions(new + backfill, predictor, interface) if predictor else {}

    settings: dict[str, Any] = {"label_config": label_config, "show_instruction": True,
                                "expert_instruction": guidance}
    created = project is None
    if created:
        project = session.call(f"create project {title!r}", session.sdk.projects.create, title=title, **settings)
    else:
        session.call(f"update project {title!r}", session.sdk.projects.update, project.id, **settings)
    report = PushReport(project_id=project.id, created=created, unchanged=unchanged, changed=changed,
                        model_version=model_version)

    for batch in _batches(new, batch_size):
        tasks = []
        for article in batch:
            task: dict[str, Any] = {"data": task_data(article), "meta": {"article_id": article.id}}
            if predictor:
                task["predictions"] = [{"model_version": model_version, "result": predicted[article.id]}]
            tasks.append(task)
        answer = import_tasks(session, project.id, tasks)
        report.imported += answer.get("task_count") or 0
        report.predictions += answer.get("prediction_count") or 0
        if progress:
            progress(len(batch))
    for batch in _batches(backfill, batch_size):
        request = [{"task": existing[a.id]["id"], "model_version": model_version, "result": predicted[a.id]}
                   for a in batch]
        answer = session.call(f"import {len(request)} predictions into project {project.id}",
                              session.sdk.projects.import_predictions, project.id, request=request)
        report.predictions += answer.created if answer.created is not None else len(request)
    report.duplicates_removed = _remove_duplicates(session, project.id, len(existing) + report.imported)
    if model_version:
        # Label Studio accepts a model version only once predictions of that version exist.
        session.call(f"show the predictions of {model_version} in project {title!r}", session.sdk.projects.update,
                     project.id, show_collab_predictions=True, model_version=model_version)
    return report


def _without_predictions(existing: dict, articles: list[Article], changed: list[str]) -> list[Article]:
    """Articles pushed earlier whose tasks carry no prediction at all (changed ones excluded)."""
    return [a for a in articles if a.id in existing and a.id not in changed and not existing[a.id].get("predictions")]
