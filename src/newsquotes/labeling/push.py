"""``newsquotes label push``: corpus articles become Label Studio tasks, with a model's pre-annotations.

One task per article, keyed by its id (``data.article_id`` and ``meta.article_id``), so pushing again
imports only articles the project does not have yet; a task whose article text has changed since is
reported, never overwritten (its annotations refer to the old text). A model's predictions go to new
tasks and to earlier tasks that have none; tasks that already carry predictions keep just those. Tasks
and predictions go in bulk requests of ``batch_size``. Predictions carry ``model_version``
``<model name>-<version>``, and the project is set to show that version's predictions to annotators as
their starting point. Offsets are converted to the UTF-16 units Label Studio counts in.

The model predicts while Label Studio imports: the first request is small (:data:`FIRST_BATCH` tasks), and
each next one holds what was predicted while the one before was being imported, at most ``batch_size``;
one request is under way at a time, and at most one batch waits for it, in the order of the corpus. The
config and the first batch's predictions are checked before the first write, so a push they refuse leaves
the server as it was; every later prediction is checked before its batch is sent, and one that is refused
(or a model that fails) stops the push, naming the article, once the request under way is done. A push
stopped half-way, by that or by a server gone, is completed by pushing again. Pushes to one project from
this machine take turns, and a push ends by deleting any second, unannotated task of an article (an import
the server took although its answer was lost, so that it was sent again; or a push from another machine at
the same moment)."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from itertools import chain, islice
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

from newsquotes.corpus.storage import read_articles
from newsquotes.errors import ConfigError, InputError, NewsquotesError
from newsquotes.labeling.client import LabelStudioError, Session, export_tasks, find_project, import_tasks
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


class _Refused(Exception):
    """A prediction whose regions do not fit the config (turned into a ConfigError by the push)."""

    def __init__(self, article_id: str, problems: list[str]):
        super().__init__(article_id)
        self.article_id, self.problems = article_id, problems


def _predicted(articles: list[Article], model, interface) -> Iterator[tuple[Article, list[dict[str, Any]]]]:
    """Each article with its prediction as result regions, checked as it is made.

    Each prediction is first checked against its article's text, as a benchmark checks it
    (:func:`~newsquotes.models.registry.predict`). Every label and choice is checked against the config; the
    SDK's full (and much slower) validation runs on the first prediction only, since every prediction is
    built by the same code.
    """
    allowed = _allowed_values(interface)
    for number, (article, annotation) in enumerate(zip(articles, predict(model, articles))):
        regions = to_results(annotation, article.text)
        problems = _misfits(regions, allowed)
        if number == 0 and not problems:
            problems = interface.validate_prediction({"result": regions}, return_errors=True)
        if problems:
            raise _Refused(article.id, [f"article {article.id}: prediction of {model.name}: {p}" for p in problems])
        yield article, regions


#: Tasks in the first import request of a push with predictions (and the fewest in any but the last): small,
#: so that Label Studio starts importing while the model predicts the rest.
FIRST_BATCH = 50


def _send_while_making(items: Iterator, send: Callable[[list], None], first: int, most: int) -> None:
    """``send`` the ``items`` in order, in batches, each batch while the next items are made (by iterating).

    The first batch holds ``first`` items; each next one what was made while the one before was being sent,
    at least ``first`` and at most ``most``. One batch is sent at a time and at most one more waits for it.
    An error in making or in sending stops it, once the batch being sent is done: nothing is cut off midway.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="label-push") as sender:
        sending: Future | None = None
        ready: list = []
        try:
            for item in items:
                ready.append(item)
                if sending is not None and sending.done():
                    sending.result()  # its error, if any, stops the push now
                    sending = None
                if len(ready) >= most or (sending is None and len(ready) >= first):
                    if sending is not None:
                        sending.result()
                    sending, ready = sender.submit(send, ready), []
            if ready:
                if sending is not None:
                    sending.result()
                sending, ready = sender.submit(send, ready), []
            if sending is not None:
                sending.result()
        finally:
            if sending is not None:
                wait([sending])


def _task(article: Article, model_version: str | None, regions: list[dict[str, Any]] | None) -> dict[str, Any]:
    task: dict[str, Any] = {"data": task_data(article), "meta": {"article_id": article.id}}
    if regions is not None:
        task["predictions"] = [{"model_version": model_version, "result": regions}]
    return task


def _stopped(report: PushReport) -> str:
    """What a push stopped by a prediction left behind."""
    if not report.imported and not report.predictions:
        return "nothing was pushed"
    return (f"the push stopped there, after importing {report.imported} new tasks and {report.predictions} "
            f"predictions; pushing again once it is fixed imports the rest")


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
    # (article, its regions or None, whether it is new): predictions are made as this is read
    made = chain(((a, r, True) for a, r in _predicted(new, predictor, interface)),
                 ((a, r, False) for a, r in _predicted(backfill, predictor, interface))) if predictor \
        else ((a, None, True) for a in new)
    first = min(FIRST_BATCH, batch_size) if predictor else batch_size
    report = PushReport(project_id=0, created=project is None, unchanged=unchanged, changed=changed,
                        model_version=model_version)
    try:
        checked_first = list(islice(made, first))  # before anything is written
        settings: dict[str, Any] = {"label_config": label_config, "show_instruction": True,
                                    "expert_instruction": guidance}
        if project is None:
            project = session.call(f"create project {title!r}", session.sdk.projects.create, title=title, **settings)
        else:
            session.call(f"update project {title!r}", session.sdk.projects.update, project.id, **settings)
        report.project_id = project.id

        def send(batch: list[tuple[Article, list | None, bool]]) -> None:
            fresh = [(a, regions) for a, regions, is_new in batch if is_new]
            if fresh:
                answer = import_tasks(session, project.id, [_task(a, model_version, r) for a, r in fresh],
                                      _span(a for a, _ in fresh))
                report.imported += answer.get("task_count") or 0
                report.predictions += answer.get("prediction_count") or 0
            earlier = [(a, regions) for a, regions, is_new in batch if not is_new]
            if earlier:
                request = [{"task": existing[a.id]["id"], "model_version": model_version, "result": regions}
                           for a, regions in earlier]
                answer = session.call(f"import {len(request)} predictions ({_span(a for a, _ in earlier)}) into "
                                      f"project {project.id}", session.sdk.projects.import_predictions, project.id,
                                      request=request)
                report.predictions += answer.created if answer.created is not None else len(request)
            if progress and fresh:
                progress(len(fresh))

        _send_while_making(chain(checked_first, made), send, first, batch_size)
    except _Refused as refused:
        shown = "\n  ".join(refused.problems[:20]) + \
            (f"\n  … and {len(refused.problems) - 20} more" if len(refused.problems) > 20 else "")
        raise ConfigError(f"{len(refused.problems)} pre-annotation regions of article {refused.article_id} do not "
                          f"fit the labeling config; {_stopped(report)}:\n  {shown}") from None
    except NewsquotesError as err:
        if isinstance(err, LabelStudioError):
            raise
        raise type(err)(f"{err}; {_stopped(report)}") from None
    report.duplicates_removed = _remove_duplicates(session, project.id, len(existing) + report.imported)
    if model_version:
        # Label Studio accepts a model version only once predictions of that version exist.
        session.call(f"show the predictions of {model_version} in project {title!r}", session.sdk.projects.update,
                     project.id, show_collab_predictions=True, model_version=model_version)
    return report


def _span(articles: Iterable[Article]) -> str:
    ids = [a.id for a in articles]
    return f"article {ids[0]}" if len(ids) == 1 else f"articles {ids[0]} to {ids[-1]}"


def _without_predictions(existing: dict, articles: list[Article], changed: list[str]) -> list[Article]:
    """Articles pushed earlier whose tasks carry no prediction at all (changed ones excluded)."""
    return [a for a in articles if a.id in existing and a.id not in changed and not existing[a.id].get("predictions")]
