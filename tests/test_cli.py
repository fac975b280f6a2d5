"""The command line is a thin face over the library: it builds, shows, and fails with clear messages."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsquotes.cli import app

runner = CliRunner()
DUMP = Path(__file__).parent / "data" / "freedonia-dump.txt"


def invoke(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def test_build_stats_and_show(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "freedonia.txt").write_bytes(DUMP.read_bytes())
    (tmp_path / "in" / "copy.txt").write_bytes(DUMP.read_bytes())
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    result = invoke("build", tmp_path / "in", "-o", tmp_path / "out", "--workers", "0")
    assert result.exit_code == 0, result.output
    assert "rejected empty.txt: empty input" in result.output
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["counts"] == {"inputs": 3, "kept": 1, "duplicates": 1, "rejected": 1}
    kept = next(e for e in manifest["entries"] if e["status"] == "kept")

    stats = invoke("corpus", "stats", tmp_path / "out")
    assert stats.exit_code == 0 and "duplicates" in stats.output and "exact duplicate" in stats.output

    shown = invoke("corpus", "show", tmp_path / "out", kept["article_id"])
    assert shown.exit_code == 0
    assert "Freedonia warns Sylvania over missile deployment" in shown.output
    assert "Subscribe" not in shown.output


def test_help_teaches(tmp_path):
    result = invoke("build", "--help")
    assert result.exit_code == 0
    for text in ("manifest.json", "--field", "--rules", "--timeout", "Examples"):
        assert text in result.output
    help_text = " ".join(result.output.split())
    assert "without a time limit" not in help_text and "each still under --timeout" in help_text


def test_the_progress_line_never_shows_an_unknown_total():
    from rich.progress import Progress

    from newsquotes.cli.build import DocumentsColumn

    progress = Progress()
    task_id = progress.add_task("building", total=None)
    (task,) = progress.tasks
    column = DocumentsColumn()
    assert column.render(task).plain == ""
    progress.advance(task_id, 3)
    assert column.render(task).plain == "3 documents"
    progress.update(task_id, total=1200)
    assert column.render(task).plain == "3/1,200 documents"


def test_clear_errors(tmp_path):
    missing = invoke("build", tmp_path / "nope", "-o", tmp_path / "out")
    assert missing.exit_code == 2 and "input not found" in missing.output
    bad_field = invoke("build", tmp_path, "-o", tmp_path / "out", "--field", "text")
    assert bad_field.exit_code == 2 and "--field wants NAME=KEY" in bad_field.output
    not_corpus = invoke("corpus", "stats", tmp_path)
    assert not_corpus.exit_code == 2 and "not a built corpus" in not_corpus.output
    bad_rules = tmp_path / "rules.toml"
    bad_rules.write_text('[[rule]]\nname = "broken"\npattern = "(unclosed"\n')
    rules = invoke("build", tmp_path, "-o", tmp_path / "out", "--rules", bad_rules)
    assert rules.exit_code == 2 and "rule 1 (broken): bad pattern" in rules.output


def test_a_source_nobody_named_is_the_input_folder_never_none(tmp_path):
    (tmp_path / "my-pages").mkdir()
    (tmp_path / "my-pages" / "freedonia.txt").write_bytes(DUMP.read_bytes())
    single = tmp_path / "loose.txt"
    single.write_text("Grand Fenwick declares war on the United States\n\n" + " ".join(
        f"The duchy's council met for the {n}th time on Monday and voted to send its archers abroad." for n in range(8)))
    result = invoke("build", tmp_path / "my-pages", single, "-o", tmp_path / "out", "--workers", "0")
    assert result.exit_code == 0, result.output
    from newsquotes.corpus.storage import read_articles

    assert sorted(a.source for a in read_articles(tmp_path / "out")) == ["my-pages", tmp_path.name]
    stats = invoke("corpus", "stats", tmp_path / "out")
    assert "my-pages" in stats.output and "None" not in stats.output


def test_a_build_that_keeps_nothing_fails_and_says_why(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "short.txt").write_text("Too short to be an article.\n")
    result = invoke("build", tmp_path / "in", "-o", tmp_path / "out", "--workers", "0")
    assert result.exit_code == 1, result.output
    assert "no article kept: all 2 inputs were rejected" in result.output
    assert "rejected 2 of 2 inputs" in result.output

    (tmp_path / "nothing").mkdir()
    empty = invoke("build", tmp_path / "nothing", "-o", tmp_path / "out2", "--workers", "0")
    assert empty.exit_code == 1 and "no article kept: no document found in the inputs" in empty.output


def test_a_build_that_keeps_nothing_leaves_the_previous_corpus_byte_for_byte(tmp_path):
    (tmp_path / "good").mkdir()
    (tmp_path / "good" / "freedonia.txt").write_bytes(DUMP.read_bytes())
    (tmp_path / "allbad").mkdir()
    (tmp_path / "allbad" / "empty.txt").write_bytes(b"")
    (tmp_path / "allbad" / "binary.txt").write_bytes(b"\x00\x01" * 50)
    out = tmp_path / "out"
    assert invoke("build", tmp_path / "good", "-o", out, "--workers", "0").exit_code == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    result = invoke("build", tmp_path / "allbad", "-o", out, "--workers", "0")
    assert result.exit_code == 1, result.output
    assert f"no article kept: all 2 inputs were rejected (reasons above); {out} was left as it was" in result.output
    assert f"{out}.failed/manifest.json" in result.output
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert json.loads((tmp_path / "out.failed" / "manifest.json").read_text())["counts"]["rejected"] == 2


def test_a_build_that_keeps_some_succeeds_and_counts_the_rejected(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "freedonia.txt").write_bytes(DUMP.read_bytes())
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    result = invoke("build", tmp_path / "in", "-o", tmp_path / "out", "--workers", "0")
    assert result.exit_code == 0, result.output
    assert "rejected 1 of 2 inputs" in result.output and "manifest.json" in result.output


def test_stats_lists_a_corpus_without_source_names_as_unknown(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "freedonia.txt").write_bytes(DUMP.read_bytes())
    assert invoke("build", tmp_path / "in", "-o", tmp_path / "out", "--workers", "0").exit_code == 0
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    shard = tmp_path / "out" / manifest["shards"][0]
    table = pq.read_table(shard)  # as written by a build from before sources were always named
    table = table.set_column(table.schema.get_field_index("source"), table.schema.field("source"),
                             pa.nulls(len(table), table.schema.field("source").type))
    pq.write_table(table, shard)
    del manifest["totals"]  # nor did its manifest hold the totals: they are counted from the shard
    (tmp_path / "out" / "manifest.json").write_text(json.dumps(manifest))
    stats = invoke("corpus", "stats", tmp_path / "out")
    assert stats.exit_code == 0 and "unknown" in stats.output and "None" not in stats.output


def write_jsonl(path: Path, count: int) -> None:
    body = " ".join(f"The council of Fenwick met for the {n}th time on Monday and voted on the budget." for n in range(6))
    path.write_text("".join(json.dumps({"title": f"Council vote {n}", "maintext": f"Story {n}. {body}",
                                        "url": f"https://fenwick.example/{n}"}) + "\n" for n in range(count)))


def test_an_unknown_field_target_is_an_error_that_lists_the_fields(tmp_path):
    write_jsonl(tmp_path / "dump.jsonl", 2)
    result = invoke("build", tmp_path / "dump.jsonl", "-o", tmp_path / "out", "--workers", "0",
                    "--field", "bodytext=maintext")
    assert result.exit_code == 2, result.output
    assert "bodytext=maintext: unknown field" in result.output
    assert "text, html, title, subtitle, authors, published, url, source, language, license, retrieved_at" in result.output
    assert not (tmp_path / "out").exists()


def test_a_field_key_no_record_has_is_a_warning_with_the_count(tmp_path):
    write_jsonl(tmp_path / "dump.jsonl", 3)
    result = invoke("build", tmp_path / "dump.jsonl", "-o", tmp_path / "out", "--workers", "0",
                    "--field", "title=headline", "--field", "text=maintext")
    assert result.exit_code == 0, result.output
    assert "--field title=headline: no record has 'headline' (3 records)" in result.output
    assert "text=maintext" not in result.output, "a key the records have is not warned about"
    plain = invoke("build", DUMP, "-o", tmp_path / "out2", "--workers", "0", "--field", "title=headline")
    assert plain.exit_code == 0 and "--field applies to JSONL records, and no input was JSONL" in plain.output


def test_build_help_names_every_field_target():
    from newsquotes.corpus.extract import JSONL_FIELDS

    result = invoke("build", "--help")
    help_text = " ".join(result.output.split())
    assert ", ".join(JSONL_FIELDS) in help_text
