"""Bad input and faults: each gets a clear message and leaves existing work untouched."""

from __future__ import annotations

import socket
import threading
import time

import pytest
from typer.testing import CliRunner

from newsquotes.cli import app
from newsquotes.corpus.storage import read_articles
from newsquotes.labeling.client import Connection, LabelStudioError, Session, connection
from newsquotes.labeling.config import label_config
from newsquotes.labeling.pull import PullError, pull
from newsquotes.labeling.client import export_tasks, find_project
from newsquotes.labeling.push import push
from newsquotes.labeling.regions import to_results
from newsquotes.labeling.server import free_port
from newsquotes.models.registry import get_model

from conftest import DATA


def test_an_invalid_config_is_refused_before_anything_is_created(label_studio, build_corpus, tmp_path):
    build_corpus(DATA / "freedonia-dump.txt")
    bad = tmp_path / "bad-config.xml"
    bad.write_text('<View><Labels name="label" toName="text"><Label value="QUOTE"/></Labels>', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad-config\.xml: not a valid Label Studio config"):
        push(label_studio.session(), tmp_path / "out", title="invalid config", config=bad)
    assert find_project(label_studio.session(), "invalid config") is None


def test_a_prediction_with_a_label_the_config_lacks_is_refused_and_nothing_is_pushed(label_studio, build_corpus,
                                                                                       tmp_path):
    build_corpus(DATA / "freedonia-dump.txt")
    (article,) = read_articles(tmp_path / "out")
    no_places = tmp_path / "no-gpe.xml"
    no_places.write_text("\n".join(line for line in label_config().splitlines() if 'value="GPE"' not in line),
                         encoding="utf-8")
    with pytest.raises(ValueError) as caught:
        push(label_studio.session(), tmp_path / "out", title="unknown label", model="rules", config=no_places)
    message = str(caught.value)
    assert "nothing was pushed" in message and f"article {article.id}" in message and "GPE" in message
    assert find_project(label_studio.session(), "unknown label") is None


def annotate(session, task_id, annotation, text, **extra):
    return session.sdk.annotations.create(task_id, result=to_results(annotation, text) + extra.pop("more", []), **extra)


def test_a_task_whose_text_changed_is_reported_by_push_and_pull_and_old_files_stay(label_studio, build_corpus,
                                                                                   tmp_path):
    original = tmp_path / "v1" / "story.txt"
    original.parent.mkdir()
    original.write_text((DATA / "freedonia-dump.txt").read_text("utf-8"), encoding="utf-8")
    build_corpus(original, out=tmp_path / "corpus-v1")
    (article,) = read_articles(tmp_path / "corpus-v1")
    session = label_studio.session()
    report = push(session, tmp_path / "corpus-v1", title="changed text")
    (task,) = export_tasks(session, report.project_id, all_tasks=True)
    annotate(session, task["id"], get_model("rules").predict(article), article.text)
    out = tmp_path / "pulled"
    first = pull(session, tmp_path / "corpus-v1", out, title="changed text")
    (written,) = first.written
    before = written.read_bytes()

    edited = tmp_path / "v2" / "story.txt"
    edited.parent.mkdir()
    edited.write_text(original.read_text("utf-8").replace("13,600 troops", "14,000 troops"), encoding="utf-8")
    build_corpus(edited, out=tmp_path / "corpus-v2")
    (changed,) = read_articles(tmp_path / "corpus-v2")
    assert changed.id == article.id and changed.text != article.text

    again = push(session, tmp_path / "corpus-v2", title="changed text")
    assert (again.imported, again.changed) == (0, [article.id])
    with pytest.raises(PullError, match=rf"task {task['id']} \(article {article.id}\): the task's text no longer "
                                        rf"matches the corpus article"):
        pull(session, tmp_path / "corpus-v2", out, title="changed text")
    assert written.read_bytes() == before
    partial = pull(session, tmp_path / "corpus-v2", out, title="changed text", partial=True)
    assert partial.errors and written.read_bytes() == before, \
        "with --partial the earlier record of an article whose text changed is kept, not dropped"


def test_an_annotation_pointing_at_a_deleted_region_is_named_and_gold_stays(label_studio, build_corpus, tmp_path):
    build_corpus(DATA / "freedonia-dump.txt")
    corpus = tmp_path / "out"
    (article,) = read_articles(corpus)
    session = label_studio.session()
    report = push(session, corpus, title="deleted region")
    (task,) = export_tasks(session, report.project_id, all_tasks=True)
    predicted = get_model("rules").predict(article)
    annotate(session, task["id"], predicted, article.text)
    out = tmp_path / "pulled"
    (good_file,) = pull(session, corpus, out, title="deleted region").written
    before = good_file.read_bytes()

    dangling = [{"from_id": "r1", "to_id": "region-deleted-in-the-editor", "type": "relation", "direction": "right",
                 "labels": ["said_by"]},
                {"id": "also-gone", "from_name": "kind", "to_name": "text", "type": "choices",
                 "value": {"start": 0, "end": 4, "choices": ["direct"]}}]
    broken = annotate(session, task["id"], predicted, article.text, more=dangling)

    with pytest.raises(PullError) as caught:
        pull(session, corpus, out, title="deleted region")
    message = str(caught.value)
    assert f"task {task['id']} (article {article.id}), annotation {broken.id} by annotator-" in message
    assert "points at region 'region-deleted-in-the-editor', which does not exist" in message
    assert "points at region 'also-gone', which does not exist" in message
    assert good_file.read_bytes() == before, "a refused pull must not touch existing files"

    result = CliRunner().invoke(app, ["label", "pull", str(corpus), "--out", str(out), "--project", "deleted region",
                                      "--url", label_studio.url], env={"NEWSQUOTES_LS_TOKEN": label_studio.token})
    assert result.exit_code == 2 and "region-deleted-in-the-editor" in result.output
    assert good_file.read_bytes() == before

    partial = pull(session, corpus, out, title="deleted region", partial=True)
    assert partial.errors and good_file.read_bytes() == before, \
        "the admin's newer annotation is broken, so the earlier clean one is kept"


def test_a_server_that_is_down_is_retried_with_backoff_then_reported():
    port = free_port()
    session = Session(Connection(url=f"http://127.0.0.1:{port}", token="t" * 40, retries=2, backoff=0.2))
    started = time.monotonic()
    with pytest.raises(LabelStudioError, match=rf"127\.0\.0\.1:{port} is not answering: could not check the API "
                                               rf"token after 3 attempts; last: cannot connect"):
        session.check()
    assert time.monotonic() - started >= 0.2 * 0.8 * 3, "two waits with backoff (0.2 s, then 0.4 s) come first"


def test_retries_are_announced_before_the_wait_not_after(build_corpus, tmp_path, monkeypatch):
    port = free_port()
    said = []
    session = Session(Connection(url=f"http://127.0.0.1:{port}", token="t" * 40, retries=2, backoff=0.05),
                      on_retry=said.append)
    with pytest.raises(LabelStudioError):
        session.check()
    (notice,) = said  # once, before the first wait
    assert notice.startswith(f"Label Studio at http://127.0.0.1:{port} not answering (cannot connect")
    assert notice.endswith("; retrying for up to 0 s …")
    # The command line says so on stderr, with the default patience (about 15 s of waits in all).
    from newsquotes.labeling import client

    monkeypatch.setattr(client.time, "sleep", lambda seconds: None)
    build_corpus(DATA / "freedonia-dump.txt")
    result = CliRunner().invoke(app, ["label", "pull", str(tmp_path / "out"), "--url", f"http://127.0.0.1:{port}"],
                                env={"NEWSQUOTES_LS_TOKEN": "t" * 40})
    assert result.exit_code == 2
    assert f"Label Studio at http://127.0.0.1:{port} not answering" in result.output
    assert "retrying for up to 18 s" in " ".join(result.output.split())


def test_a_server_that_never_answers_times_out_and_is_reported():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted = []
    # A server that accepts connections and never replies: the client must give up, not hang.
    threading.Thread(target=lambda: [accepted.append(listener.accept()) for _ in range(3)], daemon=True).start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    session = Session(Connection(url=url, token="t" * 40, timeout=0.5, retries=1, backoff=0.05))
    try:
        with pytest.raises(LabelStudioError, match=r"is not answering: .* after 2 attempts; last: no answer within 0.5 s"):
            session.check()
        assert len(accepted) == 2
    finally:
        listener.close()


def test_a_wrong_token_gets_a_message_that_says_so_and_is_never_echoed(label_studio, build_corpus, tmp_path):
    wrong = "f" * 40
    with pytest.raises(LabelStudioError, match=r"refused the API token \(401\)"):
        Session(Connection(url=label_studio.url, token=wrong)).check()
    build_corpus(DATA / "freedonia-dump.txt")
    result = CliRunner().invoke(app, ["label", "push", str(tmp_path / "out"), "--project", "wrong token"],
                                env={"NEWSQUOTES_LS_URL": label_studio.url, "NEWSQUOTES_LS_TOKEN": wrong})
    assert result.exit_code == 2
    assert "refused the API token" in result.output and "NEWSQUOTES_LS_TOKEN" in result.output
    assert wrong not in result.output
    assert find_project(label_studio.session(), "wrong token") is None


def test_no_server_configured_says_how_to_get_one(tmp_path, monkeypatch):
    for name in ("NEWSQUOTES_LS_URL", "NEWSQUOTES_LS_TOKEN", "LABEL_STUDIO_URL", "LABEL_STUDIO_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(LabelStudioError, match="run `newsquotes label serve`"):
        connection(state=tmp_path)
    with pytest.raises(LabelStudioError, match=r"no API token for http://example.test:8080: set NEWSQUOTES_LS_TOKEN"):
        connection("http://example.test:8080", state=tmp_path)
