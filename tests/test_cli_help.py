"""The command line starts at once and its help reads well in a plain 80-column terminal."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from newsquotes.cli import app

ROOT = Path(__file__).resolve().parents[1]
# What `import newsquotes.cli` must not load: each costs from a tenth of a second to seconds of start-up.
HEAVY = ("label_studio_sdk", "datasets", "sklearn", "scipy", "torch", "ray", "spacy", "trafilatura", "pysbd",
         "pandas", "pyarrow", "pydantic", "numpy", "datasketch", "warcio", "transformers", "huggingface_hub",
         "jinja2", "markdown_it", "httpx")


def _commands(group, path: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield (*path, name)
        if hasattr(command, "commands"):
            yield from _commands(command, (*path, name))


COMMANDS = [()] + list(_commands(typer.main.get_command(app)))


def test_importing_the_command_line_loads_no_heavy_library():
    code = ("import json, sys, newsquotes.cli; "
            "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    loaded = set(json.loads(subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True,
                                           text=True).stdout))
    assert not loaded & set(HEAVY), f"`import newsquotes.cli` loads {sorted(loaded & set(HEAVY))}"


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "newsquotes")
def test_help_fits_80_columns_and_shows_defaults_whole(command):
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "80", "TERMINAL_WIDTH": "80"},
                                terminal_width=80)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert not [line for line in lines if "…" in line and "nq-…" not in line], result.output
    assert not [line for line in lines if re.search(r"\w\.\.\.$", line)], result.output  # a cut command summary
    assert max(map(len, lines)) <= 80, "\n".join(line for line in lines if len(line) > 80)
    assert "[bold]" not in result.output and "[dim]" not in result.output  # no markup shown as text
    # Every default is printed whole, on one line.
    leaf = typer.main.get_command(app)
    for name in command:
        leaf = leaf.commands[name]
    for param in leaf.params:
        if isinstance(param, typer.core.TyperOption) and param.show_default is not False and param.default is not None \
                and not isinstance(param.default, bool) and not param.is_flag and param.default != ():
            default = str(getattr(param.default, "value", param.default))
            assert f"[default: {default}]" in " ".join(result.output.split()), (param.name, result.output)


def test_build_help_reads_well_at_80_columns():
    result = CliRunner().invoke(app, ["build", "--help"], env={"COLUMNS": "80"}, terminal_width=80)
    flat = " ".join(result.output.split())
    assert "[default: corpus/sources.toml]" in flat
    assert "newsquotes build crawl/*.warc.gz pages/ -o my-corpus" in result.output


@pytest.mark.parametrize("command", COMMANDS[1:], ids=" ".join)
def test_a_command_set_up_alone_reads_and_runs_as_in_the_whole_tree(command):
    from newsquotes.cli import command_line

    alone = command_line([command[0]])
    for args in ([*command, "--help"], [*command, "--no-such-option"]):
        results = [CliRunner().invoke(tree, args, env={"COLUMNS": "80"}, terminal_width=80) for tree in (app, alone)]
        assert results[0].output == results[1].output and results[0].exit_code == results[1].exit_code


def test_running_one_command_sets_up_no_other(tmp_path):
    code = ("import sys; sys.argv = ['newsquotes', 'schema', 'export', sys.argv[1]]\n"
            "from newsquotes.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('loaded:', *sorted(m for m in sys.modules if m.startswith('newsquotes.cli.')))")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], env=env, check=True, capture_output=True,
                            text=True)
    assert result.stdout.splitlines()[-1] == "loaded: newsquotes.cli.common newsquotes.cli.schema"
    assert (tmp_path / "article.schema.json").is_file()


def test_what_a_command_leaves_alive_is_frozen_at_exit_not_collected(tmp_path):
    # atexit runs its functions last registered first: this one runs after the command line's own
    code = ("import atexit, gc, sys; sys.argv = ['newsquotes', 'schema', 'export', sys.argv[1]]\n"
            "atexit.register(lambda: print('frozen at exit:', gc.get_freeze_count() > 0))\n"
            "from newsquotes.cli import main\n"
            "print('frozen before:', gc.get_freeze_count() > 0)\n"
            "main()\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "frozen before: False" and lines[-1] == "frozen at exit: True"
    assert (tmp_path / "article.schema.json").is_file()
