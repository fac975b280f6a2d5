"""Markdown pages with front matter and CSV rows, on real files (tests/data/whitehouse, tests/data/wikinews)
and on every kind of bad input the manifest must account for."""

from __future__ import annotations

import csv
import io
import re
import shutil

from typer.testing import CliRunner

from newsquotes.cli import app
from newsquotes.corpus.cleaning import default_rules
from newsquotes.corpus.extract import ExtractOptions
from newsquotes.corpus.extractors import extract
from newsquotes.corpus.markdown import EMBED_PLACEHOLDER, SEPARATOR, body_paragraphs, metadata, split_front_matter
from newsquotes.corpus.readers import read
from newsquotes.corpus.storage import read_articles

from conftest import DATA

WHITEHOUSE = DATA / "whitehouse"
WIKINEWS = DATA / "wikinews" / "wikinews_2019_sample.csv"
STEEL = "2025-04-08-icymi-president-trumps-steel-tariffs-mean-american-jobs.md"
BORDER = "2025-03-31-icymi-california-mexico-border-once-overwhelmed-now-nearly-empty.md"
POSTS = "2025-06-04-icymi-most-essential-piece-of-legislation-in-the-western-world.md"
#: What Markdown source looks like when it is not rendered: link syntax, emphasis, escapes, block markers, tags.
MARKUP = re.compile(r"\]\(|\*\*|__|\\|<[a-z/!]|(^|\n)(#|>|[-+*] )|Loading…")

BODY = ("The ministry said on Tuesday that the talks would resume next week in the capital. "
        "“We are ready for dialogue,” the spokesperson told reporters. ") * 3
HARVEST = ("Farmers in the northern valley began the harvest two weeks early this year after a dry summer. "
           "Cooperatives expect prices to rise, and the council has promised support for small growers. ") * 3


def assert_offsets_exact(article):
    assert article.text == "\n\n".join(article.text[p.start : p.end] for p in article.paragraphs)
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end].strip() == article.text[sentence.start : sentence.end]


def test_whitehouse_markdown_pages_become_plain_text(tmp_path, build_corpus):
    report = build_corpus(WHITEHOUSE)
    assert report.manifest.counts.kept == 3  # README.md and LICENSE beside them are not inputs
    articles = {a.provenance.input: a for a in read_articles(tmp_path / "out")}
    for article in articles.values():
        assert article.provenance.reader == "markdown"
        assert MARKUP.search(article.text) is None, MARKUP.search(article.text)
        assert article.url.startswith("https://www.whitehouse.gov/articles/2025/")
        assert_offsets_exact(article)
    steel = articles[STEEL]
    assert steel.title == "ICYMI: President Trump’s Steel Tariffs Mean American Jobs"
    assert steel.published == "2025-04-08T10:26:26-04:00"  # published_time, with its offset, over the date alone
    assert steel.url == "https://www.whitehouse.gov/articles/2025/04/icymi-president-trumps-steel-tariffs-mean-american-jobs/"
    assert steel.text.startswith("President Donald J. Trump’s tariffs on foreign steel and aluminum imports are a big "
                                 "win for American workers and manufacturing — just like they were during")
    assert len(steel.paragraphs) == 3  # the two embedded-post placeholders between the quotes are gone
    border = articles[BORDER]
    assert border.title == "ICYMI: “California-Mexico border, once overwhelmed, now nearly empty”"
    # "the *Los Angeles\nTimes *[writes](…)": emphasis CommonMark leaves unmatched is markup all the same
    assert "the Los Angeles Times writes that “migrant crossings have slowed" in border.text
    paragraphs = [border.text[p.start : p.end] for p in border.paragraphs]
    assert "From the article:" in paragraphs and "[…]" in paragraphs  # bold around a link; escaped brackets
    # Posts embedded as raw HTML keep their words and their attribution line, a paragraph per HTML block element.
    assert "— Stephen Miller (@StephenM) June 3, 2025" in [articles[POSTS].text[p.start : p.end]
                                                          for p in articles[POSTS].paragraphs]


def test_dropped_placeholders_are_recorded():
    (raw,) = read(WHITEHOUSE / STEEL, STEEL)
    draft = extract(raw, ExtractOptions(rules=tuple(default_rules())))
    assert draft.removed.count(EMBED_PLACEHOLDER) == 2


def test_markdown_blocks_inline_markup_and_front_matter_fields(tmp_path, build_corpus):
    paragraphs, dropped, heading = body_paragraphs(
        "# Talks to resume\n\n## A heading\n\n- first *item*\n- second [item](https://a.example/x \"t\")\n\n"
        "> quoted line one\n> still one\n\nline  \nbroken ![photo](p.jpg) here\\\nand `code` \\[sic\\] &amp; more\n\n"
        "> [Loading tweet...](https://x.com/a/status/1)\n\n* * *\n\n\\###\n\n5 * 3 and f*ck, **Desai:  **“Yes”\n\n"
        "| a | b |\n| - | - |\n| 1 | 2 |\n\n<div><p>An embedded\npost</p><p>— Someone</p></div>\n\n"
        "<script>\nvar shown = 'no';\n</script>\n")
    assert paragraphs == ["Talks to resume", "A heading", "first item", "second item", "quoted line one still one",
                          "line", "broken  here", "and code [sic] & more", "5 * 3 and f*ck, Desai:  “Yes”",
                          "a | b", "1 | 2", "An embedded post", "— Someone"]
    assert dropped == [EMBED_PLACEHOLDER, SEPARATOR] and heading == "Talks to resume"

    front = ("---\ntitle: Talks to resume\nauthors:\n  - name: Anna Novak\n  - Ben Ode\npublished: 2024-03-05\n"
             "url: /news/talks\ncanonical_url: https://example.org/news/talks\n---\n\n# Talks to resume\n\n" + BODY)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.md").write_text(front)
    (tmp_path / "in" / "bare.markdown").write_text("# Harvest begins early\n\n" + HARVEST)
    build_corpus(tmp_path / "in")
    articles = {a.provenance.input: a for a in read_articles(tmp_path / "out")}
    page = articles["page.md"]
    assert page.authors == ["Anna Novak", "Ben Ode"] and page.published == "2024-03-05"
    assert page.url == "https://example.org/news/talks"  # a site-relative `url` is no article URL
    assert page.text.startswith("The ministry said")  # the headline is the title, not the body
    assert articles["bare.markdown"].title == "Harvest begins early"  # no front matter: the opening heading


def test_bad_markdown_is_rejected_naming_the_file_and_the_fault(tmp_path, build_corpus):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "broken.md").write_text("---\ntitle: Talks\nauthors: [Anna, Ben\n---\n\n" + BODY)
    (folder / "unclosed.md").write_text("---\ntitle: Talks\n\n" + BODY)
    (folder / "list.md").write_text("---\n- one\n- two\n---\n\n" + BODY)
    (folder / "images.md").write_text("---\ntitle: Poster\n---\n\n![poster](p.png)\n\n<figure><img src=p.png/></figure>\n")
    (folder / "good.md").write_text(BODY)
    report = build_corpus(folder)
    reasons = {e.input: e.reason for e in report.manifest.entries if e.status == "rejected"}
    assert reasons["broken.md"].startswith("broken.md: the front matter is not valid YAML at line 3, column 20: ")
    assert "never closed" in reasons["unclosed.md"]
    assert "a YAML list, not a mapping" in reasons["list.md"]
    assert reasons["images.md"] == "no text in the Markdown body: only images and markup"
    assert report.manifest.counts.kept == 1 and len(report.manifest.entries) == 5


def test_nested_yaml_is_never_turned_into_text():
    # Nine levels of aliases stand for 9**9 strings; only the names are read, so this takes no time.
    levels = ["l0: &l0 [x, x, x, x, x, x, x, x, x]"] + [
        f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]" for n in range(1, 9)]
    matter, _ = split_front_matter("---\n" + "\n".join(levels) + "\ntitle: *l8\nauthors: [*l8, Anna]\n---\nBody", "x.md")
    assert metadata(matter, {}) == {"authors": ["Anna"]}


def test_wikinews_csv_rows_are_articles(tmp_path, build_corpus):
    report = build_corpus(WIKINEWS, field_map={"published": "date"})
    assert report.manifest.counts.kept == 3
    articles = list(read_articles(tmp_path / "out"))
    assert [a.provenance.record for a in articles] == ["row 1", "row 2", "row 3"]
    with WIKINEWS.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    for article, row in zip(articles, rows):
        assert article.provenance.reader == "csv"
        assert (article.title, article.url, article.published) == (row["title"], row["url"], row["date"])
        assert_offsets_exact(article)
        # the text is the row's paragraphs, whitespace normalized and nothing else changed
        assert article.text == "\n\n".join(" ".join(p.split()) for p in row["text"].split("\n") if p.strip())
    assert articles[2].title == "South African 'Lion Man' killed by his lions"


def write_csv(path, header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue())


def test_every_csv_row_is_accounted_for_with_its_number(tmp_path, build_corpus):
    folder = tmp_path / "in"
    folder.mkdir()
    long_text = "The archive opened its doors to the public after ten years of restoration work. " * 2500
    write_csv(folder / "rows.csv", ["url", "headline", "story"], [
        ["https://a.example/1", "Talks", BODY],
        ["https://a.example/2", "No text", ""],
        ["https://a.example/3", "Too many cells", BODY, "extra"],
        [],  # a blank line: no row, but counted so that numbers match the file's rows
        ["https://a.example/5", "Long", long_text],  # over csv's default field size limit of 131,072
    ])
    with (folder / "rows.csv").open("a") as stream:
        stream.write('https://a.example/6,Broken,"an unclosed quote,\n')
    write_csv(folder / "untitled.csv", ["url", "", "story"], [["https://b.example/1", "x", BODY]])
    write_csv(folder / "notext.csv", ["link", "body text"], [["https://c.example/1", BODY]])
    (folder / "empty.csv").write_text("")
    (folder / "header-only.csv").write_text("url,story\n")
    report = build_corpus(folder, field_map={"text": "story", "title": "headline"})
    entries = {(e.input, e.record): e for e in report.manifest.entries}
    assert entries[("rows.csv", "row 1")].status == entries[("rows.csv", "row 5")].status == "kept"
    assert "no article text: none of the fields story is set" in entries[("rows.csv", "row 2")].reason
    assert entries[("rows.csv", "row 3")].reason == "4 cells, but the header names 3 columns"
    assert entries[("rows.csv", "row 6")].reason == (
        "not valid CSV: unexpected end of data (the row starts on line 7, the error is on line 7); "
        "the rows after it are not read")
    assert "names no column 2" in entries[("untitled.csv", None)].reason
    assert entries[("notext.csv", "row 1")].reason.startswith("no text column: the header names link, body text")
    assert entries[("empty.csv", None)].reason == "empty input"
    assert entries[("header-only.csv", None)].reason == "no rows below the header"
    assert len(entries) == len(report.manifest.entries) == 9
    assert report.manifest.counts.kept == 2


def test_semicolon_and_tab_separated_files(tmp_path, build_corpus):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "semicolons.csv").write_text(f"title;text\nTalks;{BODY}\n")
    (folder / "tabs.tsv").write_text(f"title\ttext\nHarvest\t{HARVEST}\n")
    report = build_corpus(folder)
    assert report.manifest.counts.kept == 2
    assert sorted(a.title for a in read_articles(tmp_path / "out")) == ["Harvest", "Talks"]


def test_build_help_names_both_readers():
    result = CliRunner().invoke(app, ["build", "--help"], env={"COLUMNS": "80"}, terminal_width=80)
    words = " ".join(result.output.split())
    assert ".md Markdown (YAML front matter" in words and ".csv (a header row, one article per row)" in words
    assert "a CSV column or a Markdown front matter key" in words and "markdown, jsonl, csv, warc" in words


def test_license_files_beside_the_data_are_not_inputs(tmp_path, build_corpus):
    shutil.copytree(DATA / "wikinews", tmp_path / "in")
    report = build_corpus(tmp_path / "in")
    assert {e.input for e in report.manifest.entries} == {"wikinews_2019_sample.csv"}
