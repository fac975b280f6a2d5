"""What several test modules share besides fixtures: generated articles, a tiny benchmark suite, its errors."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

from typer.testing import CliRunner

from annotation_builder import entity
from newsquotes.annotations import write_annotations
from newsquotes.bench.run import run_suite
from newsquotes.bench.suites import load_suite
from newsquotes.cli import app
from newsquotes.corpus.build import BuildOptions, build
from newsquotes.corpus.storage import read_articles
from newsquotes.schema import Annotation

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "de", "ba", "po", "gu", "fe", "zi", "ha", "jo"]


def article_text(n: int) -> str:
    """A distinct article for document number ``n``: English frames around seeded random place names."""
    rng = random.Random(n)

    def name() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()

    sentences = [f"Officials in {name()} said on Monday that the {name()} bridge would close for {rng.randint(2, 90)} days.",
                 f"“We will reopen it as soon as we can,” said {name()} {name()}, who leads the works in {name()}."]
    sentences += [f"Residents of {name()} and {name()} asked for a ferry to {name()} while the {name()} road is shut."
                  for _ in range(4)]
    return f"{name()} bridge to close for repairs\n\n" + "\n\n".join(sentences) + "\n"


def write_articles(folder: Path, numbers) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        (folder / f"article-{n:04d}.txt").write_text(article_text(n))


def digest(corpus: Path) -> dict[str, str]:
    return {p.relative_to(corpus).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(corpus.rglob("*")) if p.is_file()}


def write_suite(folder: Path, corpus: Path, gold: Path, models: list[str], samples: int = 200) -> Path:
    listed = json.dumps(models)
    path = folder / "tiny.toml"
    path.write_text(f'gold = "{gold}"\ncorpus = "{corpus}"\nbootstrap_samples = {samples}\nseed = 3\n\n[tasks]\n'
                    f"ner = {listed}\nquotes = {listed}\nspeakers = {listed}\nstance = {listed}\n", encoding="utf-8")
    return path


def bench_error(tmp_path: Path, corpus: Path, gold: Path, models: list[str]) -> str:
    suite = write_suite(tmp_path, corpus, gold, models)
    done = CliRunner().invoke(app, ["bench", "run", "--suite", str(suite), "--out", str(tmp_path / "x.json"),
                                    "--no-update-leaderboard"])
    assert done.exit_code == 2, done.output
    assert not (tmp_path / "x.json").exists()
    return " ".join(done.output.split())


MARKETS = """Traders weigh AT&T results
By Lena Ortiz
April 2, 2024

Shares of AT&T rose on Monday after the company said that quarterly revenue was "above <expectations> of analysts" in every region it serves.

"We are pleased with the quarter & the outlook," chief executive Paul Green told investors on a call, adding that costs would fall further this year as the network upgrade ends.
"""


def one_right_one_missed(tmp_path, inputs):
    """Build two articles (the fixture and MARKETS), gold one person in each, predict the first only, score NER."""
    corpus = tmp_path / "corpus"
    build(inputs, corpus, BuildOptions(workers=0, cache_dir=tmp_path / "cache"))
    articles = sorted(read_articles(corpus), key=lambda a: a.id)
    assert len(articles) == 2
    gold = [Annotation(article_id=a.id, annotator="gold", text_sha256=a.text_sha256,
                       entities=[entity(a, "e1", name, "PERSON")])
            for a, name in zip(articles, [p for a in articles for p in ["Ivan Petrov", "Paul Green"] if p in a.text])]
    predicted = [gold[0], gold[1].model_copy(update={"entities": []})]
    gold_file = write_annotations(tmp_path / "gold.jsonl", gold)
    predictions = write_annotations(tmp_path / "p.jsonl", predicted)
    suite = load_suite(str(write_suite(tmp_path, corpus, gold_file, [f"predictions:{predictions}"])))
    return run_suite(suite.model_copy(update={"tasks": {"ner": [f"predictions:{predictions}"]}})), articles, gold


# A report whose text has emoji (astral and ZWJ sequences), CJK and combining marks: offsets that count
# UTF-16 units or decomposed characters drift on it.
UNICODE_DUMP = """\
Emoji, CJK and combining marks in one report
Zürich 🇨🇭 meets 北京 over 🚀 launches

By Z\u0327ola Testwriter
March 3, 2024

👩\u200d👩\u200d👧 The delegation from 北京 arrived on Tuesday 🛬, and 𠀋 marked the venue’s sign.

Z\u0327ola Mbe\u0301\u0327ke said that “the 🚀 programme of 北京 is 🙂 peaceful,” according to the transcript.

Observers from Zürich said the talks would continue 🇨🇭 next week, and that more visits by delegates from 東京 were planned for the summer season.
"""


def crawl_warc(numbers, compress: bool, quoted: bytes | None = None, pages: list | None = None) -> bytes:
    """A WARC as crawlers write it (warcio): a warcinfo record, then a request and a response for each article
    of ``numbers`` (or each of ``pages``, in order: a text, or the bytes of the payload); with ``quoted``, one more response, halfway, whose
    payload is those bytes."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
    numbers = list(numbers)
    for position, n in enumerate(numbers):
        page = pages[position] if pages else article_text(n)
        if isinstance(page, str):
            page = ("<html><body><article>" + "".join(f"<p>{p}</p>" for p in page.split("\n\n"))
                    + "</article></body></html>")
        records = [(f"https://news.example/{n}", "text/html; charset=utf-8", page)]
        if quoted is not None and position == len(numbers) // 2:
            records.append((f"https://news.example/quoted-{n}", "application/warc", quoted))
        for url, kind, page in records:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                          http_headers=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            body = page if isinstance(page, bytes) else page.encode()
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers,
                                                          warc_headers_dict={"WARC-Date": "2024-03-06T12:00:00Z"}))
    return buffer.getvalue()
