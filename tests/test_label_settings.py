"""The labeling loop's settings: shipped guidelines and config found from anywhere, Label Studio's variable names."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsquotes.cli import app
from newsquotes.labeling import settings
from newsquotes.labeling.client import Connection, Credentials, LabelStudioError, Session, connection, labelstudio_folder
from newsquotes.labeling.config import label_config
from newsquotes.labeling.push import instructions, push

from conftest import DATA, ROOT

EDITABLE = {settings.GUIDELINES_FILE: ROOT / "labeling" / "GUIDELINES.md", settings.CONFIG_FILE: ROOT / "labeling" / "config.xml"}
NOWHERE = "http://127.0.0.1:9"  # nothing listens on the discard port: a request to it would fail loudly


@pytest.mark.parametrize("name", sorted(EDITABLE))
def test_the_packaged_copies_are_the_repository_files(name):
    assert settings.shipped_text(name) == EDITABLE[name].read_text("utf-8"), (
        f"src/newsquotes/labeling/shipped/{name} drifted from labeling/{name}: "
        f"cp labeling/{name} src/newsquotes/labeling/shipped/")
    assert settings.shipped_text(settings.CONFIG_FILE) == label_config()


def test_the_guidelines_are_found_from_any_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    html = instructions()
    assert "<h1>" in html and "quote" in html.lower()
    assert html == instructions(EDITABLE[settings.GUIDELINES_FILE])


@pytest.mark.parametrize("content, reason", [(None, "no such guidelines file"), ("  \n", "guidelines file is empty")])
def test_push_with_a_missing_or_empty_guidelines_file_is_an_error_before_anything_is_sent(build_corpus, tmp_path,
                                                                                         content, reason):
    build_corpus(DATA / "freedonia-dump.txt")
    guidelines = tmp_path / "GUIDELINES.md"
    if content is not None:
        guidelines.write_text(content, encoding="utf-8")
    # No server answers at NOWHERE: the refusal has to come before the first request.
    with pytest.raises(ValueError, match=f"GUIDELINES.md: the {reason}|GUIDELINES.md: {reason}"):
        push(Session(Connection(url=NOWHERE, token="unused", retries=0)), tmp_path / "out", guidelines=guidelines)
    result = CliRunner().invoke(app, ["label", "push", str(tmp_path / "out"), "--guidelines", str(guidelines),
                                      "--url", NOWHERE], env={"NEWSQUOTES_LS_TOKEN": "unused"})
    assert result.exit_code == 2 and reason in result.output, result.output


def test_a_wheel_ships_the_guidelines_and_the_config(tmp_path):
    # Built from a copy, so that the build's own folders (build/, *.egg-info) never land in the repository.
    source = tmp_path / "source"
    for name in ("pyproject.toml", "README.md"):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
                    "--wheel-dir", str(tmp_path / "wheels"), str(source)], check=True, capture_output=True)
    (wheel,) = (tmp_path / "wheels").glob("newsquotes-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        for name, source in EDITABLE.items():
            assert archive.read(f"newsquotes/labeling/shipped/{name}") == source.read_bytes()


@pytest.fixture
def clean_environment(monkeypatch):
    for name in (*settings.URL_ENVS, *settings.TOKEN_ENVS):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_label_studio_variable_names_are_accepted(clean_environment, tmp_path):
    clean_environment.setenv("LABEL_STUDIO_URL", "http://studio.test:8080/")
    clean_environment.setenv("LABEL_STUDIO_API_KEY", "studio-key")
    found = connection(state=tmp_path)
    assert (found.url, found.token) == ("http://studio.test:8080", "studio-key")


def test_precedence_flag_then_project_variables_then_label_studio_variables_then_state(clean_environment, tmp_path):
    Credentials(url="http://saved.test", username="admin", password="pw", token="saved-token").save(
        labelstudio_folder(tmp_path) / "credentials.json")
    assert (connection(state=tmp_path).url, connection(state=tmp_path).token) == ("http://saved.test", "saved-token")
    clean_environment.setenv("LABEL_STUDIO_URL", "http://studio.test")
    clean_environment.setenv("LABEL_STUDIO_API_KEY", "studio-key")
    assert (connection(state=tmp_path).url, connection(state=tmp_path).token) == ("http://studio.test", "studio-key")
    clean_environment.setenv("NEWSQUOTES_LS_URL", "http://project.test")
    clean_environment.setenv("NEWSQUOTES_LS_TOKEN", "project-token")
    assert (connection(state=tmp_path).url, connection(state=tmp_path).token) == ("http://project.test", "project-token")
    assert connection("http://flag.test", state=tmp_path).url == "http://flag.test"


@pytest.fixture
def elsewhere(clean_environment, tmp_path):
    """A folder with no state folder in it, and no state folder named by the environment."""
    clean_environment.delenv(settings.STATE_ENV, raising=False)
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    clean_environment.chdir(folder)
    return clean_environment


def saved_state(folder: Path, url: str, token: str) -> Path:
    credentials = labelstudio_folder(folder) / "credentials.json"
    Credentials(url=url, username="admin", password="pw", token=token).save(credentials)
    return credentials


def test_a_running_serve_is_found_from_any_folder(elsewhere, tmp_path):
    from newsquotes.labeling import registry

    credentials = saved_state(tmp_path / "project" / ".newsquotes", "http://127.0.0.1:8089", "served-token")
    registry.record("http://127.0.0.1:8089", credentials, os.getpid(), 8089)  # this process stands for the server
    found = connection()
    assert (found.url, found.token) == ("http://127.0.0.1:8089", "served-token")
    other = saved_state(tmp_path / "other", "http://other.test", "other-token")
    assert connection(state=other.parent.parent).token == "other-token", "--state still wins"


def test_with_no_running_serve_the_message_names_state_and_where_it_looked(elsewhere, tmp_path):
    from newsquotes.labeling import registry

    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    credentials = saved_state(tmp_path / "project" / ".newsquotes", "http://127.0.0.1:8089", "served-token")
    registry.record("http://127.0.0.1:8089", credentials, int(finished.stdout), 8089)  # a serve killed outright
    with pytest.raises(LabelStudioError, match="no Label Studio to talk to") as raised:
        connection()
    message = str(raised.value)
    assert "--state" in message and str(registry.folder()) in message
    assert str(tmp_path / "elsewhere" / ".newsquotes" / "labelstudio" / "credentials.json") in message
    result = CliRunner().invoke(app, ["label", "pull", str(tmp_path)])
    assert result.exit_code == 2 and "--state" in result.output and "no running `newsquotes label serve`" in result.output


def test_two_running_servers_are_listed_and_one_is_chosen_by_url_or_state(elsewhere, tmp_path):
    from newsquotes.labeling import registry

    for port in (8089, 8090):
        credentials = saved_state(tmp_path / f"p{port}", f"http://127.0.0.1:{port}", f"token-{port}")
        registry.record(f"http://127.0.0.1:{port}", credentials, os.getpid(), port)
    with pytest.raises(LabelStudioError, match=r"2 Label Studio servers .* are running: http://127.0.0.1:8089 \(--state "
                                        rf"{tmp_path / 'p8089'}\); .*choose one with --state or --url"):
        connection()
    assert connection("http://127.0.0.1:8090").token == "token-8090"
    assert connection(state=tmp_path / "p8089").token == "token-8089"
