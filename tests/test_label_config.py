"""The labeling interface: generated from the schema, shipped as labeling/config.xml, accepted by Label Studio."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsquotes.cli import app
from newsquotes.labeling.client import LabelStudioError
from newsquotes.labeling.config import (CANONICAL, CUE, KIND, LABELS, QUOTE, SPEAKER, STANCE, STANCE_TARGET,
                                        check_config, label_config, read_config)
from newsquotes.schema import ENTITY_LABELS, QUOTE_KINDS, STANCE_LABELS

SHIPPED = Path(__file__).resolve().parents[1] / "labeling" / "config.xml"


def test_shipped_config_is_the_generated_one():
    assert SHIPPED.read_text("utf-8") == label_config(), \
        "labeling/config.xml drifted from the schema: run `newsquotes label config > labeling/config.xml`"


def test_config_offers_exactly_the_schema_labels():
    root = ET.fromstring(label_config())
    controls = {element.get("name"): element for element in root.iter() if element.get("name")}
    assert [label.get("value") for label in controls[LABELS]] == [*ENTITY_LABELS, QUOTE, SPEAKER, CUE]
    assert [choice.get("value") for choice in controls[KIND]] == list(QUOTE_KINDS)
    assert [choice.get("value") for choice in controls[STANCE]] == list(STANCE_LABELS)
    for name in (KIND, STANCE, STANCE_TARGET, CANONICAL):
        assert controls[name].get("perRegion") == "true", f"{name} must be answered per region"
    assert [r.get("value") for r in root.find("Relations")] == ["said_by", "cue", "refers_to"]


def test_sdk_label_interface_accepts_the_config():
    interface = check_config(label_config())
    assert interface.get_control(LABELS).labels == [*ENTITY_LABELS, QUOTE, SPEAKER, CUE]
    assert interface.get_control(KIND).to_name == ["text"]


@pytest.mark.parametrize("broken, reason", [
    ('<View><Labels name="label" toName="text"><Label value="X"/></Labels>', "not a valid Label Studio config"),
    ('<View><Labels name="label" toName="body"><Label value="X"/></Labels>'
     '<Text name="text" value="$text"/></View>', "not a valid Label Studio config"),
    ('<View><Text name="text" value="$text"/></View>', "needs a Labels control 'label'"),
])
def test_invalid_configs_are_refused_with_the_file_named(tmp_path, broken, reason):
    path = tmp_path / "bad.xml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ValueError, match=reason) as caught:
        read_config(path)
    assert str(path) in str(caught.value)
    result = CliRunner().invoke(app, ["label", "config", "--check", str(path)])
    assert result.exit_code == 2 and reason in result.output and "bad.xml" in result.output


def test_cli_prints_the_config_and_checks_the_shipped_file():
    runner = CliRunner()
    assert runner.invoke(app, ["label", "config"]).output == label_config()
    checked = runner.invoke(app, ["label", "config", "--check", str(SHIPPED)])
    assert checked.exit_code == 0 and "valid Label Studio config" in checked.output


def test_live_label_studio_accepts_the_config_and_refuses_a_broken_one(label_studio):
    session = label_studio.session()
    project = session.call("create a project", session.sdk.projects.create, title="config check",
                           label_config=label_config())
    stored = session.sdk.projects.get(project.id)
    assert stored.get_label_interface().get_control(LABELS).labels == [*ENTITY_LABELS, QUOTE, SPEAKER, CUE]
    with pytest.raises(LabelStudioError, match=r"could not update project .*\(400\)"):
        session.call("update project 'config check'", session.sdk.projects.update, project.id,
                     label_config='<View><Labels name="label" toName="nowhere"/></View>')
    session.sdk.projects.delete(project.id)


def test_push_checks_each_prediction_against_its_text_before_anything_is_sent(build_corpus, tmp_path):
    """Pre-annotations are checked as a benchmark checks predictions: one made on another text is refused."""
    from newsquotes.corpus.storage import read_articles
    from newsquotes.labeling.push import _predicted
    from newsquotes.models.registry import get_model

    build_corpus(Path(__file__).resolve().parent / "data" / "freedonia-dump.txt", out=tmp_path / "corpus")
    (article,) = read_articles(tmp_path / "corpus")

    class Stale:
        name, version = "stale", "1"

        def predict(self, article):
            return get_model("rules").predict(article).model_copy(update={"text_sha256": "0" * 64})

    with pytest.raises(ValueError, match=f"model stale, article {article.id}: annotation was made on another version"):
        list(_predicted([article], Stale(), check_config(label_config())))
