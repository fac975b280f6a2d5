"""Push and pull against a real Label Studio (the session's `label_studio` fixture)."""

from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsquotes.labeling.push as push_module
from newsquotes.annotations import read_annotations, write_annotations
from newsquotes.cli import app
from newsquotes.corpus.storage import read_articles
from newsquotes.errors import ModelError
from newsquotes.labeling.config import label_config
from newsquotes.labeling.pull import pseudonym, pull
from newsquotes.labeling.client import export_tasks, find_project
from newsquotes.labeling.push import push
from newsquotes.labeling.readback import from_results
from newsquotes.labeling.regions import to_results
from newsquotes.models.registry import get_model
from newsquotes.models.rules import VERSION as RULES_VERSION
from newsquotes.schema import Stance

from conftest import DATA, ROOT
from helpers import UNICODE_DUMP, write_articles
from labelstudio import make_annotator

WIKINEWS = sorted((ROOT / "corpus" / "raw" / "wikinews").glob("*.txt"))[:3]


def without_ids(annotation):
    return ([e.model_dump(exclude={"id"}) for e in annotation.entities],
            [q.model_dump(exclude={"id"}) for q in annotation.quotes])


def freedonia(articles):
    return next(a for a in articles if "Petrov" in a.text)


def test_push_twice_imports_nothing_twice_and_shows_the_predictions(label_studio, build_corpus, tmp_path):
    build_corpus(DATA / "freedonia-dump.txt", *WIKINEWS)
    corpus = tmp_path / "out"
    articles = list(read_articles(corpus))
    guidelines = tmp_path / "GUIDELINES.md"
    guidelines.write_text("# How to annotate\n\nMark every **quote** and its speaker.\n", encoding="utf-8")
    session = label_studio.session()

    first = push(session, corpus, title="push twice", model="rules", guidelines=guidelines, batch_size=2)
    second = push(session, corpus, title="push twice", model="rules", guidelines=guidelines, batch_size=2)

    assert (first.created, first.imported, first.predictions) == (True, len(articles), len(articles))
    assert (second.created, second.imported, second.unchanged, second.predictions, second.changed) == \
        (False, 0, len(articles), 0, [])
    tasks = export_tasks(session, first.project_id, all_tasks=True)
    assert sorted(t["data"]["article_id"] for t in tasks) == sorted(a.id for a in articles)
    assert all(t["meta"]["article_id"] == t["data"]["article_id"] for t in tasks)

    project = session.sdk.projects.get(first.project_id)
    assert project.show_collab_predictions and project.model_version == f"rules-{RULES_VERSION}" == first.model_version
    assert project.label_config.strip() == label_config().strip()
    assert "<strong>quote</strong>" in project.expert_instruction

    predictions = session.sdk.predictions.list(project=first.project_id)
    assert len(predictions) == len(articles) and {p.model_version for p in predictions} == {f"rules-{RULES_VERSION}"}
    article = freedonia(articles)
    task_id = next(t["id"] for t in tasks if t["data"]["article_id"] == article.id)
    (shown,) = [p for p in predictions if p.task == task_id]
    read_back = from_results(shown.result, article.text, article.sentences, article_id=article.id,
                             annotator="model", text_sha256=article.text_sha256)
    assert read_back.errors == []
    assert without_ids(read_back.annotation) == without_ids(get_model("rules").predict(article))


def test_a_later_push_with_a_model_adds_predictions_to_earlier_tasks(label_studio, build_corpus, tmp_path):
    build_corpus(DATA / "freedonia-dump.txt", *WIKINEWS[:1])
    session = label_studio.session()
    bare = push(session, tmp_path / "out", title="predictions later")
    assert (bare.imported, bare.predictions, bare.model_version) == (2, 0, None)
    later = push(session, tmp_path / "out", title="predictions later", model="rules")
    assert (later.imported, later.unchanged, later.predictions) == (0, 2, 2)
    assert len(session.sdk.predictions.list(project=bare.project_id)) == 2
    again = push(session, tmp_path / "out", title="predictions later", model="rules")
    assert again.predictions == 0


def test_two_annotators_are_pulled_into_one_pseudonymous_file_each(label_studio, build_corpus, tmp_path):
    build_corpus(DATA / "freedonia-dump.txt")
    corpus = tmp_path / "out"
    (article,) = read_articles(corpus)
    session = label_studio.session()
    report = push(session, corpus, title="two annotators", model="rules")
    (task,) = export_tasks(session, report.project_id, all_tasks=True)

    predicted = get_model("rules").predict(article)
    disagreeing = predicted.model_copy(update={"quotes": [
        predicted.quotes[0].model_copy(update={"stance": Stance(label="against", target="Sylvania")}),
        *predicted.quotes[1:]]})
    (alice, alice_email), (bob, bob_email) = make_annotator(session, "alice"), make_annotator(session, "bob")
    session.sdk.annotations.create(task["id"], result=to_results(predicted, article.text), completed_by=alice)
    session.sdk.annotations.create(task["id"], result=to_results(disagreeing, article.text), completed_by=bob)

    out = tmp_path / "pulled"
    env = {"NEWSQUOTES_LS_TOKEN": label_studio.token, "NEWSQUOTES_STATE": str(tmp_path / "no-state")}
    result = CliRunner().invoke(app, ["label", "pull", str(corpus), "--out", str(out), "--project", "two annotators",
                                      "--url", label_studio.url], env=env)
    assert result.exit_code == 0, result.output
    assert label_studio.token not in result.output

    files = sorted(p.name for p in out.glob("*.jsonl"))
    assert files == sorted([f"{pseudonym(alice_email)}.jsonl", f"{pseudonym(bob_email)}.jsonl"])
    (from_alice,) = read_annotations(out / f"{pseudonym(alice_email)}.jsonl")
    (from_bob,) = read_annotations(out / f"{pseudonym(bob_email)}.jsonl")
    assert from_alice.annotator == pseudonym(alice_email) and from_alice.text_sha256 == article.text_sha256
    assert without_ids(from_alice) == without_ids(predicted)
    assert without_ids(from_bob) == without_ids(disagreeing)
    assert from_bob.quotes[0].stance == Stance(label="against", target="Sylvania")
    written = "".join(p.read_text("utf-8") for p in out.glob("*.jsonl"))
    for secret in (alice_email, bob_email, "alice-", "bob-", "example.org"):
        assert secret not in written


def test_pull_has_no_offset_drift_around_emoji_cjk_and_combining_marks(label_studio, build_corpus, tmp_path):
    source = tmp_path / "unicode.txt"
    source.write_text(UNICODE_DUMP, encoding="utf-8")
    build_corpus(source)
    corpus = tmp_path / "out"
    (article,) = read_articles(corpus)
    text = article.text
    # The builder normalizes to NFC: e + acute + cedilla becomes ȩ + combining acute, still a combining mark.
    speaker = unicodedata.normalize("NFC", "Z\u0327ola Mbe\u0301\u0327ke")
    assert "\u0301" in speaker and "\u0327" in speaker
    pieces = {"beijing": "北京", "speaker": speaker, "cue": "said",
              "quote": "the 🚀 programme of 北京 is 🙂 peaceful", "ext-b": "𠀋", "family": "👩\u200d👩\u200d👧"}
    last_beijing = text.index("北京", text.index("programme"))
    where = {name: (text.index(piece), text.index(piece) + len(piece)) for name, piece in pieces.items()}
    where["beijing"] = (last_beijing, last_beijing + 2)

    def units(index):  # what a browser counts: UTF-16 code units, worked out independently of the code under test
        return len(text[:index].encode("utf-16-le")) // 2

    def region(region_id, label, name):
        start, end = where[name]
        return {"id": region_id, "from_name": "label", "to_name": "text", "type": "labels",
                "value": {"start": units(start), "end": units(end), "text": text[start:end], "labels": [label]}}

    quote_start, quote_end = where["quote"]
    result = [
        region("b", "GPE", "beijing"), region("x", "PRODUCT", "ext-b"), region("f", "NORP", "family"),
        region("s", "SPEAKER", "speaker"), region("c", "CUE", "cue"), region("q", "QUOTE", "quote"),
        {"id": "q", "from_name": "kind", "to_name": "text", "type": "choices",
         "value": {"start": units(quote_start), "end": units(quote_end), "choices": ["mixed"]}},
        {"from_id": "q", "to_id": "s", "type": "relation", "direction": "right", "labels": ["said_by"]},
        {"from_id": "q", "to_id": "c", "type": "relation", "direction": "right", "labels": ["cue"]},
    ]
    assert units(len(text)) > len(text) + 6, "the text must hold characters outside the BMP"
    session = label_studio.session()
    report = push(session, corpus, title="unicode offsets")
    (task,) = export_tasks(session, report.project_id, all_tasks=True)
    assert task["data"]["text"] == text
    session.sdk.annotations.create(task["id"], result=result)

    pulled = pull(session, corpus, tmp_path / "pulled", title="unicode offsets")
    assert pulled.errors == [] and pulled.warnings == []
    (annotation,) = read_annotations(next(iter(pulled.written)))
    assert annotation.problems(text) == []
    got = {e.label: (e.start, e.end, e.text) for e in annotation.entities}
    assert got == {"GPE": (*where["beijing"], "北京"), "PRODUCT": (*where["ext-b"], "𠀋"),
                   "NORP": (*where["family"], pieces["family"])}
    (quote,) = annotation.quotes
    assert (quote.start, quote.end, quote.text, quote.kind) == (*where["quote"], pieces["quote"], "mixed")
    assert (quote.speaker.start, quote.speaker.end, quote.speaker.text) == (*where["speaker"], pieces["speaker"])
    assert (quote.cue.start, quote.cue.end) == where["cue"]


def listening_addresses(port: int) -> set[str]:
    """Local addresses with a listening TCP socket on ``port``, read from the kernel's table."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


def test_serve_listens_on_loopback_only_and_keeps_the_token_private(label_studio):
    port = int(label_studio.url.rsplit(":", 1)[1])
    assert listening_addresses(port) == {"0100007F"}, "Label Studio must listen on 127.0.0.1 only"
    credentials = label_studio.state / "labelstudio" / "credentials.json"
    assert stat.S_IMODE(credentials.stat().st_mode) == 0o600
    output = label_studio.output.read_text("utf-8")
    assert f"is up at {label_studio.url}" in output and str(credentials) in output
    assert label_studio.token not in output
    assert label_studio.token not in (label_studio.state / "labelstudio" / "server.log").read_text("utf-8", "replace")
    assert label_studio.session().check()["email"] == "admin@newsquotes.local"
    assert find_project(label_studio.session(), "no such project title") is None


def test_push_from_another_folder_finds_the_running_serve(label_studio, build_corpus, tmp_path, monkeypatch):
    build_corpus(DATA / "freedonia-dump.txt")
    for name in ("NEWSQUOTES_LS_URL", "NEWSQUOTES_LS_TOKEN", "NEWSQUOTES_STATE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(label_studio.user_state))  # where that serve recorded itself
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")  # no .newsquotes here: the serve ran with --state elsewhere
    result = CliRunner().invoke(app, ["label", "push", str(tmp_path / "out"), "--project", "from another folder"])
    assert result.exit_code == 0, result.output
    assert "imported 1 tasks" in result.output
    assert find_project(label_studio.session(), "from another folder") is not None


def test_pull_reads_the_articles_it_needs_as_the_corpus_holds_them(build_corpus, tmp_path):
    """Pull reads four columns of the rows it needs, not whole validated articles: the same ids, texts, hashes
    and sentence bounds."""
    from newsquotes.labeling.pull import _corpus_texts

    unicode = tmp_path / "unicode.txt"
    unicode.write_text(UNICODE_DUMP, encoding="utf-8")
    build_corpus(DATA / "freedonia-dump.txt", unicode)
    articles = {a.id: a for a in read_articles(tmp_path / "out")}
    assert len(articles) == 2
    wanted = set(articles) | {"nq-not-in-the-corpus", None}
    read = _corpus_texts(tmp_path / "out", wanted)
    assert set(read) == set(articles)
    for article_id, article in articles.items():
        got = read[article_id]
        assert (got.id, got.text, got.text_sha256) == (article.id, article.text, article.text_sha256)
        assert [(s.start, s.end) for s in got.sentences] == [(s.start, s.end) for s in article.sentences]
    assert _corpus_texts(tmp_path / "out", {"nq-not-in-the-corpus"}) == {}


def test_a_model_failing_midway_stops_the_push_at_its_article_and_pushing_again_completes_it(
        label_studio, build_corpus, tmp_path, monkeypatch):
    """Predictions are made while earlier batches are imported: a model that fails stops the push at that
    article once the batch under way is in, and the next push imports the rest, each article once."""
    monkeypatch.setattr(push_module, "FIRST_BATCH", 2)
    write_articles(tmp_path / "news", range(7))
    build_corpus(tmp_path / "news")
    corpus = tmp_path / "out"
    articles = list(read_articles(corpus))
    rules = get_model("rules")
    predictions = tmp_path / "predictions.jsonl"
    write_annotations(predictions, [rules.predict(a) for number, a in enumerate(articles) if number != 5])
    session = label_studio.session()
    with pytest.raises(ModelError) as caught:
        push(session, corpus, title="fails midway", model=f"predictions:{predictions}", batch_size=3)
    message = " ".join(str(caught.value).split())
    assert f"article {articles[5].id}" in message and "pushing again once it is fixed imports the rest" in message
    project = find_project(session, "fails midway")
    pushed = [t["data"]["article_id"] for t in export_tasks(session, project.id, all_tasks=True)]
    assert 2 <= len(pushed) <= 5 and pushed == [a.id for a in articles[:len(pushed)]], pushed

    write_annotations(predictions, [rules.predict(a) for a in articles])
    report = push(session, corpus, title="fails midway", model=f"predictions:{predictions}", batch_size=3)
    assert report.imported == len(articles) - len(pushed) and report.duplicates_removed == 0
    tasks = export_tasks(session, project.id, all_tasks=True)
    assert sorted(t["data"]["article_id"] for t in tasks) == sorted(a.id for a in articles)
    assert all(len(t["predictions"]) == 1 for t in tasks)
