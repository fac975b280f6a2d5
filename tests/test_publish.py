from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from datasets import ClassLabel, load_dataset
from typer.testing import CliRunner

from newsquotes.annotations import write_annotations
from newsquotes.cli import app
from newsquotes.publish import PublishRefused, ReleaseOptions, plan_upload, prepare_release
from newsquotes.publish.card import SPLITS_MARKER, read_metadata
from newsquotes.publish.folder import CONFIGS
from newsquotes.schema import Annotation

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[1]
def options(root: Path, **overrides) -> ReleaseOptions:
    base = dict(corpus=root / "build", gold=root / "gold.jsonl", splits=root / "splits.json",
                card=root / "CARD.md", sources=root / "sources.toml")
    return ReleaseOptions(**{**base, **overrides})


def test_release_folder_loads_back_with_declared_features(project, tmp_path):
    root, wire, times = project
    release = prepare_release(tmp_path / "release", options(root))
    folder = release.folder
    assert [a.id for a in release.left_out] == [times.id]
    for config in CONFIGS:  # empty splits are neither written nor declared: datasets cannot load them
        assert set(load_dataset(str(folder), config)) == {"test"}
    articles = load_dataset(str(folder), "articles")
    assert articles["test"]["id"] == [wire.id]
    assert articles["test"][0]["paragraphs"][0] == {"start": wire.paragraphs[0].start, "end": wire.paragraphs[0].end}
    quotes = load_dataset(str(folder), "quotes")["test"]
    assert isinstance(quotes.features["stance"], ClassLabel)
    row = quotes[0]
    assert row["text"].startswith("We will respond")
    assert quotes.features["kind"].int2str(row["kind"]) == "direct"
    assert quotes.features["stance"].int2str(row["stance"]) == "against"
    assert row["speaker"]["text"] == "Petrov" and row["speaker_name"] == "Ivan Petrov"
    assert row["text"] in row["context"]
    ner = load_dataset(str(folder), "ner")["test"]
    tags = ner.features["ner_tags"].feature
    tagged = [(tok, tags.int2str(tag)) for sentence in ner for tok, tag in zip(sentence["tokens"], sentence["ner_tags"])]
    assert ("Ivan", "B-PERSON") in tagged and ("Petrov", "I-PERSON") in tagged
    # only the sentences the entity layer covers are written: the rest would be all O without being read
    first_paragraph_sentences = [s for s in wire.sentences if s.end <= wire.paragraphs[0].end]
    assert len(ner) == len(first_paragraph_sentences) < len(wire.sentences)
    assert "embassy" not in {tok for sentence in ner for tok in sentence["tokens"]}  # a later paragraph
    layers = load_dataset(str(folder), "layers")["test"]
    by_layer = {row["layer"]: row for row in layers}
    assert by_layer["entities"]["covers"] == [{"start": 0, "end": wire.paragraphs[0].end}]
    assert by_layer["quotes"]["covers"] is None and by_layer["quotes"]["produced_by"] == "hand-annotated"
    assert release.counts["entities"] == {"train": 0, "dev": 0, "test": 1}


def test_card_metadata_matches_the_folder(project, tmp_path):
    root, _, _ = project
    folder = prepare_release(tmp_path / "release", options(root)).folder
    meta = read_metadata(folder / "README.md")
    assert meta["license"] == "cc-by-4.0" and meta["language"] == ["en"] and meta["size_categories"] == ["n<1K"]
    for config in meta["configs"]:
        for entry in config["data_files"]:
            assert (folder / entry["path"]).is_file()
    assert {c["config_name"] for c in meta["configs"]} == set(CONFIGS)
    readme = (folder / "README.md").read_text("utf-8")
    assert "| quotes | 0 | 0 | 1 |" in readme and "© Freedonia Wire, CC BY 4.0" in readme
    assert readme.index("## Statistics") < readme.index("## Licences")
    croissant = json.loads((folder / "croissant.json").read_text())
    assert croissant["conformsTo"] == "http://mlcommons.org/croissant/1.0"
    assert {r["name"] for r in croissant["recordSet"]} == set(CONFIGS)
    files = [d for d in croissant["distribution"] if d["@type"] == "cr:FileObject"]
    assert [d["contentUrl"] for d in files] == [f"data/{c}/test.parquet" for c in CONFIGS]
    assert all(len(d["sha256"]) == 64 for d in files)


@pytest.mark.slow
def test_the_cards_prose_gives_the_split_sizes_of_its_tables(project, tmp_path):
    root, _, times = project
    for restricted in (False, True):
        folder = prepare_release(tmp_path / f"release-{restricted}", options(root, include_restricted=restricted)).folder
        readme = (folder / "README.md").read_text("utf-8")
        table = {row[0]: row[1:] for row in re.findall(r"^\| (\w+) \| (\d+) \| (\d+) \| (\d+) \|$", readme, flags=re.M)}
        sizes = re.search(r"In this release: train (\d+) articles / (\d+) quotes, dev (\d+) / (\d+), test (\d+) / (\d+)",
                          readme).groups()
        assert sizes[0::2] == table["articles"] and sizes[1::2] == table["quotes"]
        assert ("Left out for want of an open licence: 1 article(s) (1 train)" in readme) is not restricted
    card = (ROOT / "DATASET_CARD.md").read_text("utf-8")
    assert SPLITS_MARKER in card and not re.search(r"dev \d+ / \d+", card)  # the shipped card states none by hand


def test_publish_prints_its_own_progress_not_thirty_bars(project, tmp_path):
    root, _, _ = project
    result = CliRunner().invoke(app, [
        "publish", "--corpus", str(root / "build"), "--gold", str(root / "gold.jsonl"),
        "--splits", str(root / "splits.json"), "--card", str(root / "CARD.md"), "--sources", str(root / "sources.toml"),
        "--out", str(tmp_path / "release")])
    assert result.exit_code == 0, result.output
    assert "Creating parquet" not in result.output and "Generating" not in result.output and "it/s" not in result.output
    assert "verified" in result.output
    help_text = " ".join(CliRunner().invoke(app, ["publish", "--help"]).output.split())
    configs = re.search(r"Parquet per config \(([^)]*)\)", help_text).group(1)
    assert configs == ", ".join(CONFIGS)  # what --help says is what is written
    readme = " ".join((ROOT / "README.md").read_text("utf-8").split())
    assert all(f"`{config}`" in readme.split("The release folder has Parquet per config")[1][:200] for config in CONFIGS)


def test_restricted_articles_only_with_the_explicit_flag(project, tmp_path):
    root, wire, times = project
    release = prepare_release(tmp_path / "release", options(root, include_restricted=True))
    assert release.left_out == []
    assert load_dataset(str(release.folder), "articles")["train"]["id"] == [times.id]
    assert read_metadata(release.folder / "README.md")["license"] == ["cc-by-4.0", "other"]


def test_refuses_missing_attribution(project, tmp_path):
    root, _, _ = project
    sources = (root / "sources.toml").read_text().replace('attribution = "© Freedonia Wire, CC BY 4.0"\n', "")
    (root / "sources-without-attribution.toml").write_text(sources)
    with pytest.raises(PublishRefused, match="Freedonia Wire requires attribution"):
        prepare_release(tmp_path / "release", options(root, sources=root / "sources-without-attribution.toml"))
    assert not (tmp_path / "release").exists()


def test_refuses_annotator_identities(project, tmp_path):
    root, wire, _ = project
    write_annotations(tmp_path / "gold.jsonl", [Annotation(article_id=wire.id, annotator="jane.doe@example.org",
                                                           text_sha256=wire.text_sha256)])
    with pytest.raises(PublishRefused, match="not a pseudonym"):
        prepare_release(tmp_path / "release", options(root, gold=tmp_path / "gold.jsonl"))


def test_gold_on_another_text_is_an_error_and_keeps_the_previous_release(project, tmp_path):
    root, wire, _ = project
    out = tmp_path / "release"
    prepare_release(out, options(root))
    before = (out / "README.md").read_bytes()
    write_annotations(tmp_path / "gold.jsonl", [Annotation(article_id=wire.id, annotator="gold", text_sha256="0" * 64)])
    with pytest.raises(ValueError, match=f"article {wire.id}: annotation was made on another version of the text"):
        prepare_release(out, options(root, gold=tmp_path / "gold.jsonl"))
    assert (out / "README.md").read_bytes() == before


def test_upload_plan_names_every_file_path_message_and_tag(project, tmp_path):
    root, _, _ = project
    folder = prepare_release(tmp_path / "release", options(root)).folder
    plan = plan_upload(folder, "newsquotes/corpus", private=True, tag="v0.1.0")
    paths = [path for path, _ in plan.files]
    assert paths == sorted(["README.md", "croissant.json"] + [f"data/{c}/test.parquet" for c in CONFIGS])
    assert plan.private and plan.tag == "v0.1.0" and plan.commit_message == "newsquotes release v0.1.0"
    assert plan.total_bytes == sum((folder / p).stat().st_size for p in paths)
    with pytest.raises(ValueError, match="OWNER/NAME"):
        plan_upload(folder, "corpus")


def test_publish_command_is_a_dry_run_by_default(project, tmp_path, monkeypatch):
    root, _, _ = project
    monkeypatch.setenv("HF_TOKEN", "hf_secret_value_never_printed")
    result = CliRunner().invoke(app, [
        "publish", "--corpus", str(root / "build"), "--gold", str(root / "gold.jsonl"),
        "--splits", str(root / "splits.json"), "--card", str(root / "CARD.md"), "--sources", str(root / "sources.toml"),
        "--out", str(tmp_path / "release"), "--repo-id", "newsquotes/corpus", "--tag", "v0.1.0"])
    assert result.exit_code == 0, result.output
    assert "dry run" in result.output and "data/quotes/test.parquet" in result.output
    assert "left out" in result.output and "Sylvania Times" in result.output
    assert "hf_secret_value_never_printed" not in result.output


def test_the_articles_config_carries_every_article_field_but_provenance():
    from newsquotes.publish.folder import FEATURES
    from newsquotes.schema import Article

    # A field added to Article must reach the release too (or be left out here on purpose).
    assert set(FEATURES["articles"]) == (set(Article.model_fields) - {"provenance"}) | {"split"}
