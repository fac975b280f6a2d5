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
