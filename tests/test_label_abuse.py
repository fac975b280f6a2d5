"""Label Studio under abuse: a thousand annotations of random Unicode come back exact, pushes at the same time
and a server killed mid-push leave one task per article, and broken exports are named and write nothing."""

from __future__ import annotations

import contextlib
import copy
import os
import random
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
import pytest

from newsquotes.annotations import read_annotations
from newsquotes.corpus.storage import read_articles
from newsquotes.labeling.client import export_tasks, find_project
from newsquotes.labeling.pull import PullError, pseudonym, pull
from newsquotes.labeling.push import push
from newsquotes.labeling.readback import from_results
from newsquotes.labeling.regions import to_results
from newsquotes.models.registry import get_model
from newsquotes.schema import ENTITY_LABELS, QUOTE_KINDS, STANCE_LABELS

from conftest import DATA
from helpers import UNICODE_DUMP
from labelstudio import make_annotator

PIECES = ["🚀", "𠀋", "😀", "👩\u200d👩\u200d👧", "🏳\ufe0f\u200d🌈", "🇨🇭", "Z\u0327", "q\u0307\u0323", "北京", "東京",
          "مرحبا بالعالم", "\u200fשלום\u200f", "\u202bRTL\u202c", "naïve", "Ærø"]
WORDS = "the council said on monday that its members would meet again next week to discuss plans".split()


def unicode_article(rng: random.Random) -> str:
    def sentence() -> str:
        words = [rng.choice(PIECES) if rng.random() < 0.3 else rng.choice(WORDS) for _ in range(rng.randint(8, 14))]
        return " ".join(words).capitalize() + f" {rng.randint(10, 99_999)}."
    return "Headline " + rng.choice(PIECES) + "\n\n" + "\n\n".join(
        " ".join(sentence() for _ in range(3)) for _ in range(4)) + "\n"


def free_text(rng: random.Random) -> str:
    """What an annotator may type in a text box: Unicode of every kind, a CRLF inside."""
    return rng.choice(PIECES) + " Name\r\n" + rng.choice(PIECES) + rng.choice(["", " \u0301x", " أحمد"])


def build_unicode_corpus(build_corpus, tmp_path: Path, count: int, seed: int) -> Path:
    rng = random.Random(seed)
    folder = tmp_path / "unicode-news"
    folder.mkdir()
    for number in range(count):
        (folder / f"story-{number:03d}.txt").write_text(unicode_article(rng), "utf-8")
    build_corpus(folder, out=tmp_path / "corpus")
    return tmp_path / "corpus"


def units(text: str, index: int) -> int:
    """UTF-16 code units before ``index``, as a browser counts them; worked out apart from the code under test."""
    return len(text[:index].encode("utf-16-le")) // 2


def random_labels(text: str, rng: random.Random) -> tuple[list[dict], dict]:
    """Result regions for three entities and a quote with speaker, kind and stance; and what they mean."""
    def span() -> tuple[int, int]:
        start = rng.randrange(len(text) - 30)
        return start, start + rng.randint(1, 25)

    def labelled(region_id: str, label: str, where: tuple[int, int]) -> dict:
        start, end = where
        return {"id": region_id, "from_name": "label", "to_name": "text", "type": "labels",
                "value": {"start": units(text, start), "end": units(text, end), "text": text[start:end],
                          "labels": [label]}}

    def answer(region: dict, control: str, kind: str, value: str) -> dict:
        key = "choices" if kind == "choices" else "text"
        return {"id": region["id"], "from_name": control, "to_name": "text", "type": kind,
                "value": {"start": region["value"]["start"], "end": region["value"]["end"], key: [value]}}

    results, expected = [], {"entities": set()}
    for number in range(3):
        where, label, name = span(), rng.choice(ENTITY_LABELS), free_text(rng)
        results += [labelled(f"e{number}", label, where)]
        results += [answer(results[-1], "canonical", "textarea", name)]
        expected["entities"].add((f"e{number}", *where, text[slice(*where)], label, name))
    quote, speaker = span(), span()
    kind, stance, target, name = rng.choice(QUOTE_KINDS), rng.choice(STANCE_LABELS), free_text(rng), free_text(rng)
    results += [labelled("q", "QUOTE", quote), labelled("s", "SPEAKER", speaker)]
    results += [answer(results[-2], "kind", "choices", kind), answer(results[-2], "stance", "choices", stance),
                answer(results[-2], "stance_target", "textarea", target), answer(results[-1], "canonical", "textarea", name),
                {"from_id": "q", "to_id": "s", "type": "relation", "direction": "right", "labels": ["said_by"]}]
    expected["quote"] = (*quote, text[slice(*quote)], kind, (*speaker, text[slice(*speaker)]), name, stance, target)
    return results, expected


@pytest.mark.timeout(1800)
def test_a_thousand_annotations_of_random_unicode_come_back_exact(label_studio, build_corpus, tmp_path):
    rng = random.Random(22)
    corpus = build_unicode_corpus(build_corpus, tmp_path, 100, seed=22)
    articles = {a.id: a for a in read_articles(corpus)}
    assert len(articles) == 100
    session = label_studio.session()
    report = push(session, corpus, title="unicode abuse")
    tasks = export_tasks(session, report.project_id, all_tasks=True)
    annotators = [make_annotator(session, f"reader{n}") for n in range(10)]
    jobs, expected = [], {}
    for task in tasks:
        text = articles[task["data"]["article_id"]].text
        assert task["data"]["text"] == text
        for user, email in annotators:
            results, meaning = random_labels(text, rng)
            jobs.append((task["id"], results, user))
            expected[(pseudonym(email), task["data"]["article_id"])] = meaning
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda job: session.sdk.annotations.create(job[0], result=job[1], completed_by=job[2]), jobs))

    pulled = pull(session, corpus, tmp_path / "pulled", title="unicode abuse")
    assert pulled.errors == [] and pulled.warnings == []
    got = {(a.annotator, a.article_id): a for path in pulled.written for a in read_annotations(path)}
    assert len(got) == len(expected) == 1000
    for key, meaning in expected.items():
        annotation = got[key]
        assert annotation.problems(articles[key[1]].text) == []
        assert {(e.id, e.start, e.end, e.text, e.label, e.entity) for e in annotation.entities} == meaning["entities"]
        (quote,) = annotation.quotes
        assert (quote.start, quote.end, quote.text, quote.kind, (quote.speaker.start, quote.speaker.end,
                quote.speaker.text), quote.speaker_name, quote.stance.label, quote.stance.target) == meaning["quote"]


def small_corpus(build_corpus, tmp_path: Path, count: int) -> Path:
    return build_unicode_corpus(build_corpus, tmp_path, count, seed=count)


def one_task_per_article(session, title: str, corpus: Path) -> None:
    project = find_project(session, title)
    article_ids = sorted(a.id for a in read_articles(corpus))
    tasks = export_tasks(session, project.id, all_tasks=True)
    assert sorted(t["data"]["article_id"] for t in tasks) == article_ids
    assert len([p for p in session.sdk.projects.list(title=title) if p.title == title]) == 1


def _process(pid: int) -> psutil.Process | None:
    try:
        return psutil.Process(pid)
    except psutil.NoSuchProcess:
        return None


def push_process(corpus: Path, title: str, url: str, token: str, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, NEWSQUOTES_LS_TOKEN=token)
    return subprocess.Popen([sys.executable, "-m", "newsquotes", "label", "push", str(corpus), "--project", title,
                             "--url", url, *extra], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_pushes_at_once_create_no_duplicate_task(label_studio, build_corpus, tmp_path):
    corpus = small_corpus(build_corpus, tmp_path, 60)
    pushes = [push_process(corpus, "pushed twice at once", label_studio.url, label_studio.token, "--batch-size", "7")
              for _ in range(2)]
    for process in pushes:
        _, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
    one_task_per_article(label_studio.session(), "pushed twice at once", corpus)


def test_an_import_the_server_took_twice_is_cleaned_up_by_the_next_push(label_studio, build_corpus, tmp_path):
    corpus = small_corpus(build_corpus, tmp_path, 12)
    session = label_studio.session()
    report = push(session, corpus, title="imported twice")
    (task, *_) = export_tasks(session, report.project_id, all_tasks=True)
    session.sdk.annotations.create(task["id"], result=[])
    again = [{"data": t["data"], "meta": {"article_id": t["data"]["article_id"]}}
             for t in export_tasks(session, report.project_id, all_tasks=True)]
    session.sdk.projects.import_tasks(report.project_id, request=again)  # as if a retried import had gone through
    assert push(session, corpus, title="imported twice").duplicates_removed == 12
    one_task_per_article(session, "imported twice", corpus)
    tasks = export_tasks(session, report.project_id, all_tasks=True)
    assert task["id"] in {t["id"] for t in tasks}, "the first (annotated) task stays"


@pytest.mark.labelstudio
@pytest.mark.timeout(1800)
def test_a_server_killed_mid_push_then_restarted_leaves_one_task_per_article(build_corpus, tmp_path):
    from labelstudio import start_label_studio

    corpus = small_corpus(build_corpus, tmp_path, 150)
    state = tmp_path / "studio"
    server = start_label_studio(state)
    try:
        process = push_process(corpus, "killed mid-push", server.url, server.token, "--batch-size", "5")
        session = server.session()
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and process.poll() is None:
            project = find_project(session, "killed mid-push")
            if project is not None and (session.sdk.projects.get(project.id).task_number or 0) >= 20:
                break
            time.sleep(0.2)
        assert process.poll() is None, "the push must still be running when the server is killed"
        # serve and the Label Studio it started (in a session of its own): every process, at once
        family = [server.process.pid] + [p.pid for p in psutil.Process(server.process.pid).children(recursive=True)]
        for pid in family:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        server.process.wait()
        psutil.wait_procs([p for p in map(_process, family) if p is not None], timeout=30)
        _, err = process.communicate(timeout=600)
        assert process.returncode == 2 and "is not answering" in " ".join(err.split()), err
        assert "Traceback" not in err
    finally:
        server.stop()
    server = start_label_studio(state)
    try:
        session = server.session()
        report = push(session, corpus, title="killed mid-push")
        assert report.imported > 0 and report.duplicates_removed == 0
        one_task_per_article(session, "killed mid-push", corpus)
    finally:
        server.stop()


def broken_variants(good: list[dict], text_length: int) -> dict[str, list[dict]]:
    """An export's result list broken in one way each; the key is the region id the error must name."""
    def changed(region_id: str, **value) -> list[dict]:
        results = copy.deepcopy(good)
        for item in results:
            if item.get("id") == region_id and item.get("type") == "labels":
                item["value"].update(value)
        return results

    variants = {"out-of-range": changed("r1", start=text_length + 5, end=text_length + 9),
                "wrong-text": changed("r1", text="not what the task says"),
                "unknown-label": changed("r1", labels=["WEAPON"]),
                "half-offset": changed("r1", start=2.5),
                "reversed": changed("r1", start=10, end=4, text="")}
    variants = {f"r1 ({name})": results for name, results in variants.items()}
    variants["gone"] = good + [{"from_id": "r1", "to_id": "gone", "type": "relation", "labels": ["said_by"]}]
    variants["no-value"] = good + [{"id": "no-value", "from_name": "label", "to_name": "text", "type": "labels"}]
    return variants


@pytest.mark.fuzz
def test_broken_regions_never_crash_the_conversion_and_are_named():
    text = UNICODE_DUMP.replace("\n", " ")
    good = [{"id": "r1", "from_name": "label", "to_name": "text", "type": "labels",
             "value": {"start": 0, "end": 5, "text": text[:5], "labels": ["ORG"]}}]
    rng = random.Random(5)
    junk = [None, 3.5, -1, 10**9, "7", [], {}, True, [1, 2], {"a": 1}]
    for _ in range(2000):
        results = copy.deepcopy(good + [{"from_id": "r1", "to_id": "r1", "type": "relation"}])
        item = rng.choice(results)
        target = item["value"] if "value" in item and rng.random() < 0.5 else item
        target[rng.choice(list(target) + ["extra"])] = rng.choice(junk)
        if rng.random() < 0.2:
            results.append(rng.choice(junk))
        converted = from_results(results, text, [], article_id="a", annotator="x", text_sha256="0" * 64)
        assert converted.annotation is None or not converted.errors
    for where, results in broken_variants(good, len(text)).items():
        converted = from_results(results, text, [], article_id="a", annotator="x", text_sha256="0" * 64)
        assert converted.annotation is None and any(repr(where.split()[0]) in e for e in converted.errors), where


def test_an_export_with_broken_regions_names_the_task_and_region_and_writes_nothing(label_studio, build_corpus,
                                                                                     tmp_path):
    build_corpus(DATA / "freedonia-dump.txt")
    corpus = tmp_path / "out"
    (article,) = read_articles(corpus)
    session = label_studio.session()
    report = push(session, corpus, title="broken regions")
    (task,) = export_tasks(session, report.project_id, all_tasks=True)
    good = to_results(get_model("rules").predict(article), article.text)
    refused = 0
    for where, results in broken_variants(good, len(article.text)).items():
        try:
            session.sdk.annotations.create(task["id"], result=results)
        except Exception:  # noqa: BLE001 - the server may refuse a result outright: then it is never exported
            refused += 1
            continue
        with pytest.raises(PullError) as caught:
            pull(session, corpus, tmp_path / "pulled", title="broken regions")
        message = " ".join(str(caught.value).split())
        assert f"task {task['id']} (article {article.id})" in message and repr(where.split()[0]) in message, where
        assert not (tmp_path / "pulled").exists(), "a refused pull writes nothing"
        for annotation in session.sdk.annotations.list(task["id"]):
            session.sdk.annotations.delete(annotation.id)
    assert refused < 3
