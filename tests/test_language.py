"""Language identification: py3langid's model, read from an uncompressed copy in the cache folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from py3langid import langid

from newsquotes.corpus import language

ARTICLES = Path(__file__).resolve().parent / "data" / "reprints" / "articles.jsonl"
TEXTS = ["Der Bundestag hat am Donnerstag den Haushalt für das kommende Jahr beschlossen.",
         "Le gouvernement a présenté jeudi son projet de budget pour l'année prochaine.",
         "El Congreso aprobó el jueves el presupuesto del año que viene.", "日本の国会は木曜日に予算を可決した。",
         "Парламент одобрил бюджет на следующий год.", "", "12 345", "OK"]


@pytest.fixture
def fresh_model(monkeypatch, tmp_path):
    """The identifier loaded anew, with a cache folder of its own."""
    monkeypatch.setenv("NEWSQUOTES_CACHE", str(tmp_path / "cache"))
    language._identifier.cache_clear()
    yield tmp_path / "cache"
    language._identifier.cache_clear()


def test_the_cached_model_gives_py3langids_languages_and_scores(fresh_model):
    packaged = langid.LanguageIdentifier.from_modelpath(Path(langid.MODEL_DIR) / langid.MODEL_FILE, norm_probs=True)
    with open(ARTICLES, encoding="utf-8") as lines:
        texts = TEXTS + [json.loads(line)["text"] for line, _ in zip(lines, range(40))]
    first = [language._identifier().classify(text[:language.SAMPLE_CHARS]) for text in texts]  # writes the copy
    assert sorted(path.name for path in language.model_dir().iterdir()) == sorted(f"{name}.npy" for name in
                                                                                 language.ARRAYS)
    language._identifier.cache_clear()
    mapped = language._identifier()
    assert isinstance(mapped.tk_nextmove, memoryview)  # read from the copy, not decompressed again
    expected = [packaged.classify(text[:language.SAMPLE_CHARS]) for text in texts]
    assert first == expected
    assert [mapped.classify(text[:language.SAMPLE_CHARS]) for text in texts] == expected


def test_a_damaged_copy_falls_back_to_the_packaged_model(fresh_model):
    language.prepare()
    (language.model_dir() / "ptc.npy").write_bytes(b"not an array")
    language._identifier.cache_clear()
    assert language.identify("The parliament approved the budget for the coming year on Thursday.")[0] == "en"


def test_an_unwritable_cache_falls_back_to_the_packaged_model(fresh_model):
    fresh_model.write_text("a file where the cache folder should be")
    assert language.identify("Das Parlament hat den Haushalt beschlossen.")[0] == "de"
