"""Gold exports for trainers: CoNLL BIO text, spaCy DocBin and a Hugging Face dataset, with exact alignment."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsquotes.annotations import write_annotations
from newsquotes.cli import app
from newsquotes.corpus.storage import read_articles
from newsquotes.exports import BIO_LABELS, export, hf_features
from newsquotes.schema import Annotation, Entity, Quote, Stance, TextSpan

ROOT = Path(__file__).resolve().parents[1]
DUMP = Path(__file__).parent / "data" / "freedonia-dump.txt"
WIKINEWS = ROOT / "corpus" / "raw" / "wikinews" / "worship.txt"

# The fixture's second sentence, tagged by hand from spaCy's English tokenization.
SECOND_SENTENCE = [
    ("“", "O"), ("We", "O"), ("will", "O"), ("respond", "O"), (".", "O"), ("We", "O"), ("will", "O"), ("find", "O"),
    ("our", "O"), ("way", "O"), ("to", "O"), ("protect", "O"), ("our", "O"), ("interests", "O"), (",", "O"), ("”", "O"),
    ("Petrov", "B-PERSON"), ("told", "O"), ("reporters", "O"), ("in", "O"), ("Marsovia", "B-GPE"), (".", "O"),
]


def _span(text: str, phrase: str, occurrence: int = 0) -> dict:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return {"start": start, "end": start + len(phrase), "text": phrase}


@pytest.fixture
def gold(build_corpus, tmp_path):
    """A corpus of the fixture article and a Wikinews article, and hand-made gold for both."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a-freedonia.txt").write_bytes(DUMP.read_bytes())
    (tmp_path / "in" / "b-worship.txt").write_bytes(WIKINEWS.read_bytes())
    build_corpus(tmp_path / "in", out=tmp_path / "corpus")
    articles = {("Petrov" in a.text): a for a in read_articles(tmp_path / "corpus")}
    freedonia, worship = articles[True], articles[False]
    text = freedonia.text
    entities = [
        Entity(id="e1", label="GPE", **_span(text, "Freedonia")),
        Entity(id="e2", label="PERSON", entity="Ivan Petrov", **_span(text, "Ivan Petrov")),
        Entity(id="e3", label="GPE", **_span(text, "U.S")),  # the full stop left out: inside the token "U.S."
        Entity(id="e4", label="PERSON", entity="Ivan Petrov", **_span(text, "Petrov", 1)),
        Entity(id="e5", label="GPE", **_span(text, "Marsovia")),
        Entity(id="e6", label="ORG", **_span(text, "Freedonia News Agency")),
        Entity(id="e7", label="ORG", **_span(text, "News Agency")),  # inside e6
        Entity(id="e8", label="GPE", **_span(text, "Marsovia. “I")),  # runs into the next sentence
    ]
    quote = Quote(id="q1", kind="direct", **_span(text, "We will respond. We will find our way to protect our interests,"),
                  cue=TextSpan(**_span(text, "told")), speaker=TextSpan(**_span(text, "Petrov", 1)),
                  speaker_name="Ivan Petrov", stance=Stance(label="against", target="Sylvania"))
    annotations = [
        Annotation(article_id=freedonia.id, annotator="gold", text_sha256=freedonia.text_sha256,
                   entities=entities, quotes=[quote]),
        Annotation(article_id=worship.id, annotator="gold", text_sha256=worship.text_sha256,
                   entities=[Entity(id="e1", label="ORG", **_span(worship.text, "Greek Orthodox Church"))]),
    ]
    path = write_annotations(tmp_path / "gold.jsonl", annotations)
    return path, tmp_path / "corpus", freedonia, worship


def _conll_documents(path: Path) -> list[list[list[tuple[str, str]]]]:
    documents: list[list[list[tuple[str, str]]]] = []
    for block in path.read_text("utf-8").split("\n\n"):
        lines = [line.split("\t") for line in block.splitlines()]
        if lines and lines[0][0] == "-DOCSTART-":
            documents.append([])
            lines = lines[1:]
        if lines:
            documents[-1].append([(token, tag) for token, tag in lines])
    return documents


def test_conll_hand_checked_tags_and_misaligned_entity_reported(gold, tmp_path):
    path, corpus, freedonia, worship = gold
    report = export(path, corpus, "conll", tmp_path / "train.conll")
    documents = _conll_documents(tmp_path / "train.conll")
    assert len(documents) == 2 and report.articles == 2
    assert len(documents[0]) == len(freedonia.sentences) == report.sentences - len(documents[1])
    assert documents[0][1] == SECOND_SENTENCE
    first = dict(documents[0][0][:10])
    assert first["Freedonia"] == "B-GPE" and first["’s"] == "O"
    assert [tag for token, tag in documents[0][0] if token in ("Ivan", "Petrov")] == ["B-PERSON", "I-PERSON"]
    # "U.S" ends inside the token "U.S.": reported by article and entity id, and not tagged at a shifted place.
    us, marsovia, agency = (_span(freedonia.text, *args) for args in (("U.S",), ("Marsovia. “I",), ("News Agency",)))
    assert report.skipped == [
        f"{freedonia.id}: entity e3 'U.S' ({us['start']}:{us['end']}) does not fall on token boundaries "
        "(tokens cover 'U.S.')",
        f"{freedonia.id}: entity e8 'Marsovia. “I' ({marsovia['start']}:{marsovia['end']}) crosses a sentence boundary",
        f"{freedonia.id}: entity e7 'News Agency' ({agency['start']}:{agency['end']}) overlaps entity "
        "e6 'Freedonia News Agency', tagged first",
    ]
    assert dict(documents[0][0])["U.S."] == "O"
    agency = [tag for sentence in documents[0] for token, tag in sentence if token in ("Freedonia", "News", "Agency")]
    assert agency == ["B-GPE", "B-ORG", "I-ORG", "I-ORG"]
    # Only the first of the two mentions of the church is gold, and the second article has its own -DOCSTART-.
    church = [sentence[i - 1:i + 2] for sentence in documents[1] for i, (token, _) in enumerate(sentence)
              if token == "Orthodox"]
    assert church == [[("Greek", "B-ORG"), ("Orthodox", "I-ORG"), ("Church", "I-ORG")],
                      [("Greek", "O"), ("Orthodox", "O"), ("Church", "O")]]


def test_docbin_holds_entities_sentences_and_quote_spans(gold, tmp_path):
    import spacy
    from spacy.tokens import DocBin

    path, corpus, freedonia, _ = gold
    report = export(path, corpus, "docbin", tmp_path / "train.spacy")
    docs = list(DocBin().from_disk(tmp_path / "train.spacy").get_docs(spacy.blank("en").vocab))
    assert len(docs) == 2 and report.quotes == 1 and report.entities == 6
    doc = docs[0]
    assert doc.text == freedonia.text and doc.user_data["article_id"] == freedonia.id
    # A sentence keeps the whitespace after it (spaCy's way); its start is the article's sentence start.
    assert [(s.start_char, s.text.rstrip()) for s in doc.sents] == [
        (s.start, freedonia.text[s.start:s.end]) for s in freedonia.sentences]
    assert [(e.text, e.label_, e.id_) for e in doc.ents] == [
        ("Freedonia", "GPE", "e1"), ("Ivan Petrov", "PERSON", "e2"), ("Petrov", "PERSON", "e4"),
        ("Marsovia", "GPE", "e5"), ("Freedonia News Agency", "ORG", "e6")]
    assert doc.ents[1].kb_id_ == "Ivan Petrov"
    (quote,) = doc.spans["quotes"]
    assert (quote.start_char, quote.label_, quote.id_) == (_span(freedonia.text, "We will respond.")["start"], "direct", "q1")
    assert quote.text.endswith("our interests,")
    assert [(s.text, s.id_) for s in doc.spans["cues"]] == [("told", "q1")]
    assert [(s.text, s.kb_id_) for s in doc.spans["speakers"]] == [("Petrov", "Ivan Petrov")]
    assert [(s.label_, s.kb_id_) for s in doc.spans["stance"]] == [("against", "Sylvania")]


@pytest.mark.parametrize("name", ["train.parquet", "train-dataset"])
def test_hf_dataset_loads_back_with_class_labels(gold, tmp_path, name):
    from datasets import ClassLabel, Dataset, load_from_disk

    path, corpus, freedonia, worship = gold
    report = export(path, corpus, "hf", tmp_path / name)
    out = tmp_path / name
    dataset = Dataset.from_parquet(str(out)) if name.endswith(".parquet") else load_from_disk(str(out))
    assert dataset.num_rows == report.sentences and set(dataset["article_id"]) == {freedonia.id, worship.id}
    assert dataset.features == hf_features()
    tags = dataset.features["ner_tags"].feature
    assert isinstance(tags, ClassLabel) and tags.names == list(BIO_LABELS) and tags.names[:3] == ["O", "B-PERSON", "I-PERSON"]
    row = dataset.filter(lambda r: r["id"] == f"{freedonia.id}-1")[0]
    assert row["sentence"] == 1
    assert list(zip(row["tokens"], tags.int2str(row["ner_tags"]))) == SECOND_SENTENCE


def test_strict_fails_and_writes_nothing(gold, tmp_path):
    path, corpus, freedonia, _ = gold
    with pytest.raises(ValueError, match=f"{freedonia.id}: entity e3 'U.S'.*nothing was written"):
        export(path, corpus, "conll", tmp_path / "strict.conll", strict=True)
    assert not (tmp_path / "strict.conll").exists()


def test_bad_gold_is_a_clear_error(gold, tmp_path):
    path, corpus, freedonia, _ = gold
    first = path.read_text("utf-8").splitlines()[0]
    stale = tmp_path / "stale.jsonl"
    stale.write_text(first.replace(freedonia.text_sha256, "0" * 64) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=f"stale.jsonl: article {freedonia.id}: annotation was made on another version of the text"):
        export(stale, corpus, "conll", tmp_path / "x.conll")
    unknown = tmp_path / "unknown.jsonl"
    unknown.write_text(first.replace(freedonia.id, "nq-0000") + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown.jsonl: article nq-0000 is not in the corpus"):
        export(unknown, corpus, "hf", tmp_path / "x.parquet")
    twice = tmp_path / "twice.jsonl"
    twice.write_text(first + "\n" + first + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=f"article {freedonia.id} is annotated more than once"):
        export(twice, corpus, "docbin", tmp_path / "x.spacy")
    assert not any((tmp_path / name).exists() for name in ("x.conll", "x.parquet", "x.spacy"))


def test_cli_export_reports_and_fails_clearly(gold, tmp_path):
    path, corpus, freedonia, _ = gold
    runner = CliRunner()
    result = runner.invoke(app, ["bench", "export", "--gold", str(path), "--corpus", str(corpus),
                                 "--format", "conll", "--out", str(tmp_path / "cli.conll")])
    assert result.exit_code == 0, result.output
    assert f"left out {freedonia.id}: entity e3" in result.output
    assert "conll: 2 articles" in result.output and (tmp_path / "cli.conll").exists()
    missing = runner.invoke(app, ["bench", "export", "--gold", str(tmp_path / "nope.jsonl"), "--corpus", str(corpus),
                                  "--format", "hf", "--out", str(tmp_path / "x.parquet")])
    assert missing.exit_code == 2 and "nope.jsonl: no such annotation file or folder" in missing.output
    strict = runner.invoke(app, ["bench", "export", "--gold", str(path), "--corpus", str(corpus),
                                 "--format", "docbin", "--out", str(tmp_path / "x.spacy"), "--strict"])
    assert strict.exit_code == 2 and "entity e3" in strict.output
