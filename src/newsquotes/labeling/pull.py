"""``newsquotes label pull``: a Label Studio project's annotations become Annotation records.

Output layout: one JSON-lines file per annotator, ``<out>/<pseudonym>.jsonl``, one
:class:`~newsquotes.schema.Annotation` per article that annotator completed (read it back with
:func:`newsquotes.annotations.read_annotations`). The pseudonym, ``annotator-<first 8 hex digits of the
SHA-256 of the lower-cased e-mail>``, is stable across pulls and projects and is the only trace of who
annotated: no e-mail address or user name is written.

Every task is checked against the corpus (its text must still be the article's text) and every region
against the task text; relations and per-region answers are resolved by region id. Problems are named by
task, article, annotator and region. By default any error means nothing is written, so existing files stay
as they were; with ``partial`` the clean annotations are written and, for the ones in error, whatever an
earlier pull wrote is kept.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from newsquotes.annotations import read_annotations, write_text_atomically
from newsquotes.corpus.storage import read_manifest
from newsquotes.errors import NewsquotesError
from newsquotes.labeling.client import LabelStudioError, Session
from newsquotes.labeling.client import collector_paused, export_tasks, find_project
from newsquotes.labeling.push import DEFAULT_TITLE
from newsquotes.labeling.readback import from_results


def pseudonym(email: str) -> str:
    return "annotator-" + hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()[:8]


class PullError(NewsquotesError):
    """The export held annotations that cannot be trusted; ``errors`` lists each, nothing was written."""

    def __init__(self, errors: list[str], warnings: list[str]):
        self.errors, self.warnings = errors, warnings
        shown = "\n  ".join(errors[:30]) + (f"\n  … and {len(errors) - 30} more" if len(errors) > 30 else "")
        super().__init__(f"{len(errors)} problems in the Label Studio export; nothing was written "
                         f"(fix them in Label Studio, or pull with --partial):\n  {shown}")


@dataclass
class PullReport:
    project_id: int
    tasks: int = 0
    written: dict[Path, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _annotators(session: Session) -> dict[int, str]:
    users = session.call("list the users", lambda: list(session.sdk.users.list()))
    return {user.id: pseudonym(user.email or user.username or str(user.id)) for user in users}


def pull(session: Session, corpus: Path, out: Path, *, title: str = DEFAULT_TITLE, partial: bool = False) -> PullReport:
    """Export project ``title`` and write its annotations under ``out``, one file per annotator."""
    session.check()
    project = find_project(session, title)
    if project is None:
        raise LabelStudioError(f"Label Studio at {session.conn.url} has no project titled {title!r}: "
                               f"push to it first, or name another with --project")
    # No cyclic garbage collection from the export on: it and the records made from it hold no cycles, and
    # each collection would walk the millions of objects of the export again.
    with collector_paused():
        tasks = [t for t in export_tasks(session, project.id, all_tasks=False) if t.get("annotations")]
        names = _annotators(session)
        articles = _corpus_texts(corpus, {t["data"].get("article_id") for t in tasks})
        return _convert_and_write(tasks, articles, names, corpus, out, project.id, partial)


class _Bounds(NamedTuple):
    start: int
    end: int


class _Text(NamedTuple):
    """What pull needs of a corpus article."""

    id: str
    text: str
    text_sha256: str
    sentences: list[_Bounds]


def _corpus_texts(corpus: Path, wanted: set[str]) -> dict[str, _Text]:
    """The articles ``wanted`` of a built corpus: only the columns pull reads, only the rows it needs."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    found = {}
    wanted_ids = pa.array(sorted(i for i in wanted if isinstance(i, str)), pa.string())
    for shard in read_manifest(corpus).shards:
        table = pq.read_table(Path(corpus) / shard, columns=list(_Text._fields))
        table = table.filter(pc.is_in(table["id"], value_set=wanted_ids)).combine_chunks()
        # Sentence bounds as two flat columns: Arrow makes a dict of each struct ten times slower.
        sentences = table["sentences"].chunks[0] if table.num_rows else pa.array([], table.schema.field("sentences").type)
        flat = sentences.flatten()
        starts, ends = flat.field("start").to_pylist(), flat.field("end").to_pylist()
        cuts = sentences.offsets.to_pylist()
        for number, (article_id, text, text_sha256) in enumerate(zip(
                table["id"].to_pylist(), table["text"].to_pylist(), table["text_sha256"].to_pylist())):
            first, last = cuts[number], cuts[number + 1]
            found[article_id] = _Text(article_id, text, text_sha256,
                                      list(map(_Bounds, starts[first:last], ends[first:last])))
    return found


def _convert_and_write(tasks, articles, names, corpus, out, project_id, partial) -> PullReport:
    report = PullReport(project_id=project_id, tasks=len(tasks))
    fresh: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)  # annotator -> article -> (time, JSON line)
    failed: set[tuple[str, str]] = set()
    def annotator_of(item: dict) -> str:
        return names.get(item.get("completed_by"), pseudonym(f"user-{item.get('completed_by')}"))

    for task in tasks:
        article_id = task["data"].get("article_id")
        where = f"task {task['id']} (article {article_id})"
        article = articles.get(article_id)
        problem = None
        if article is None:
            problem = f"{where}: no such article in {corpus}"
        elif task["data"].get("text") != article.text:
            problem = (f"{where}: the task's text no longer matches the corpus article (changed since it was "
                       "pushed); its annotations refer to the old text")
        if problem is not None:
            report.errors.append(problem)
            # Like a broken annotation: what an earlier pull wrote for this article stays.
            failed.update((annotator_of(item), article_id) for item in task["annotations"]
                          if not item.get("was_cancelled"))
            continue
        for item in task["annotations"]:
            if item.get("was_cancelled"):
                continue
            annotator = annotator_of(item)
            here = f"{where}, annotation {item['id']} by {annotator}"
            converted = from_results(item.get("result") or [], article.text, article.sentences, article_id=article.id,
                                     annotator=annotator, text_sha256=article.text_sha256)
            report.warnings += [f"{here}: {w}" for w in converted.warnings]
            if converted.errors:
                report.errors += [f"{here}: {e}" for e in converted.errors]
                failed.add((annotator, article.id))
                continue
            stamp = item.get("updated_at") or item.get("created_at") or ""
            earlier = fresh[annotator].get(article.id)
            if earlier is not None:
                report.warnings.append(f"{here}: {annotator} annotated this task more than once; the latest is kept")
                if earlier[0] > stamp:
                    continue
            fresh[annotator][article.id] = (stamp, converted.json_line())

    if report.errors and not partial:
        raise PullError(report.errors, report.warnings)
    for annotator, article_id in failed:
        # An annotator's broken annotation is not replaced by an older one of theirs from the same export.
        fresh[annotator].pop(article_id, None)
    out = Path(out)
    for annotator in sorted(set(fresh) | {a for a, _ in failed}):
        path = out / f"{annotator}.jsonl"
        records = {article_id: line for article_id, (_, line) in fresh[annotator].items()}
        if path.exists() and any(name == annotator for name, _ in failed):
            # What an earlier pull wrote stays for the articles this pull could not read cleanly.
            for old in read_annotations(path):
                if (annotator, old.article_id) in failed and old.article_id not in records:
                    records[old.article_id] = old.model_dump_json()
        if records:
            write_text_atomically(path, "".join(records[key] + "\n" for key in sorted(records)))
            report.written[path] = len(records)
    return report
