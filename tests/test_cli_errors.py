"""Every command fails one way: a mistake in its inputs is one line naming the file and the reason (exit 2);
anything else is a bug, shown with its traceback (exit 1)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newsquotes import errors
from newsquotes.cli import app
from newsquotes.labeling import agreement

runner = CliRunner()


def test_every_error_of_the_family_is_a_value_error():
    kinds = (errors.InputError, errors.GoldError, errors.ModelError, errors.ConfigError, errors.LabelStudioError)
    assert all(issubclass(kind, errors.NewsquotesError) and issubclass(kind, ValueError) for kind in kinds)
    assert issubclass(errors.LabelStudioError, RuntimeError)  # what callers caught before


def test_a_bad_input_file_is_one_line_naming_the_file_and_the_reason(tmp_path):
    folder = tmp_path / "pulled"
    folder.mkdir()
    (folder / "annotator-1.jsonl").write_text('{"article_id": "nq-1"}\n', encoding="utf-8")
    result = runner.invoke(app, ["label", "agreement", str(folder)])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ") and "annotator-1.jsonl, line 1" in lines[0] and "Field required" in lines[0]
    assert "Traceback" not in result.output


def test_a_missing_file_is_one_line(tmp_path):
    result = runner.invoke(app, ["corpus", "stats", str(tmp_path / "nowhere")])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines() == [f"error: {tmp_path / 'nowhere'}: not a built corpus (no manifest.json)"]


def test_files_that_are_not_what_they_should_be_are_one_line_each(tmp_path):
    (tmp_path / "pulled").mkdir()
    (tmp_path / "pulled" / "annotator-1.jsonl").write_bytes(b"\xff\xfe not text")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "manifest.json").write_text('{"counts":', encoding="utf-8")
    for args, reason in ((["label", "agreement", str(tmp_path / "pulled")], "annotator-1.jsonl: not UTF-8 text"),
                         (["corpus", "stats", str(tmp_path / "corpus")], "manifest.json: not a build manifest")):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, result.output
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith("error: ") and reason in line, line


@pytest.mark.parametrize("bug", [KeyError("speaker"), ValueError("a plain ValueError is not one of ours")])
def test_an_unexpected_exception_is_reported_as_a_bug_with_its_traceback(tmp_path, monkeypatch, bug):
    def broken(folder):
        raise bug

    monkeypatch.setattr(agreement, "folder_agreement", broken)
    result = runner.invoke(app, ["label", "agreement", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert "Traceback (most recent call last)" in result.stderr
    assert "in broken" in result.stderr and f"{type(bug).__name__}: " in result.stderr
    assert result.stderr.strip().splitlines()[-1] == (f"bug: {type(bug).__name__} is not an error newsquotes expects; "
                                                      "please report it with the traceback above")


def test_a_gold_source_file_that_is_not_toml_is_one_line_naming_it(tmp_path):
    from newsquotes.errors import GoldError
    from newsquotes.gold.targets import load_targets

    broken = tmp_path / "targets.toml"
    broken.write_text("[an-article\nx = 1\n", "utf-8")
    with pytest.raises(GoldError, match=r"targets\.toml: not a TOML gold file"):
        load_targets(broken)


def test_a_click_error_raised_in_a_command_is_clicks_to_show_not_a_bug(tmp_path, monkeypatch):
    import typer

    def refused(folder):
        raise typer.BadParameter("no annotators in this folder")

    monkeypatch.setattr(agreement, "folder_agreement", refused)
    result = runner.invoke(app, ["label", "agreement", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert "no annotators in this folder" in result.stderr
    assert "Traceback" not in result.stderr and "bug:" not in result.stderr
