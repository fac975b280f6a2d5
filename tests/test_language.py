"""Language identification: py3langid's model, read from an uncompressed copy in the cache folder."""

from __future__ import annotations

import json
from pathlib import Path

import random

import numpy
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
    assert sorted(path.name for path in language.model_dir().iterdir()) == sorted(
        [f"{name}.npy" for name in language.ARRAYS] + [language.DEPTH_FILE, language.NORMAL_FILE])
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


def _random_texts(seed: int, count: int) -> list[bytes]:
    draw = random.Random(seed)
    letters = ("abcdefghijklmnopqrstuvwxyz ABCXYZ.,;:!?'\"()-\n\t0123456789éèêàçüöäßñøåłšžčğış€—–“”„«»"
               "日本語の国会中文한국어русскийУкраїнаΕλληνικάالعربيةעבריתहिन्दीไทย😀")
    texts = [" ".join(draw.choice(TEXTS)[:draw.randint(0, 80)] for _ in range(draw.randint(0, 6))).encode()
             for _ in range(count)]
    texts += ["".join(draw.choice(letters) for _ in range(draw.randint(0, 300))).encode() for _ in range(count)]
    texts += [bytes(draw.randrange(256) for _ in range(draw.randint(0, 60))) for _ in range(count)]  # any bytes
    return texts


def test_the_counts_are_those_of_py3langids_walk_over_the_bytes():
    identifier = language._identifier()
    for data in _random_texts(seed=7, count=300) + [b"", b"a", b"ab", b"abcdefgh"]:
        walked = langid.visit_counts(identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, data)
        found = identifier.counter.count_arrays(data)
        counted = None if found is None else list(zip(found[0].tolist(), found[1].tolist()))
        assert (walked is None and counted is None) or list(walked.items()) == counted, data


def test_languages_and_scores_are_py3langids_to_the_bit():
    packaged = langid.LanguageIdentifier.from_modelpath(Path(langid.MODEL_DIR) / langid.MODEL_FILE, norm_probs=True)
    identifier = language._identifier()
    for text in [data.decode("utf-8", errors="replace") for data in _random_texts(seed=11, count=100)]:
        assert identifier.classify(text) == packaged.classify(text), text


def test_the_scores_of_every_language_are_py3langids_to_the_bit():
    packaged = langid.LanguageIdentifier.from_modelpath(Path(langid.MODEL_DIR) / langid.MODEL_FILE, norm_probs=True)
    identifier = language._identifier()
    assert identifier.nb_ptc.dtype == packaged.nb_ptc.dtype == numpy.float16 and identifier.exact_bits
    with open(ARTICLES, encoding="utf-8") as lines:
        texts = TEXTS + [json.loads(line)["text"][:language.SAMPLE_CHARS] for line in lines]
    for text in texts + [data.decode("utf-8", errors="replace") for data in _random_texts(seed=5, count=100)]:
        assert identifier._decide(text).tobytes() == packaged._decide(text).tobytes(), text


def test_the_bit_conversion_is_numpys_on_every_normal_float16():
    every = numpy.arange(1 << 16, dtype=numpy.uint32).astype(numpy.uint16).view(numpy.float16)
    normal = every[numpy.isfinite(every) & (numpy.abs(every) >= numpy.finfo(numpy.float16).smallest_normal)]
    assert len(normal) == 2 * 30 * 1024
    expected = normal.astype(numpy.float32)
    assert language.float16_as_float32(normal).tobytes() == expected.tobytes()
    assert language.float16_as_float32(normal.reshape(-1, 60)[::7, 3:]).tobytes() == expected.reshape(-1, 60)[::7, 3:].tobytes()
    assert language.all_normal(normal.reshape(-1, 60))


def test_a_table_with_zeros_subnormals_infinities_or_nans_is_not_all_normal():
    table = numpy.array([[1.0, -2.5], [65504.0, -6.104e-05]], dtype=numpy.float16)
    assert language.all_normal(table)
    assert not language.all_normal(table.astype(numpy.float32))
    for special in [0.0, -0.0, 6e-08, -3e-05, numpy.inf, -numpy.inf, numpy.nan]:
        with_special = table.copy()
        with_special[1, 0] = special
        assert not language.all_normal(with_special), special


def test_the_scores_from_a_table_with_zeros_subnormals_infinities_and_nans_are_py3langids():
    ptc = numpy.array([[-1.5, 0.0, -3e-05], [-numpy.inf, -2.0, 6e-08], [numpy.nan, -0.25, -7.0], [-4.0, -0.0, 1.0]],
                      dtype=numpy.float16)
    identifier = language._identifier_class()(ptc, numpy.array([-1.0, -2.0, -3.0], dtype=numpy.float32),
                                              ["aa", "bb", "cc"], memoryview(b""), [], norm_probs=True, tk_row=[])
    identifier.counter = type("Counter", (), {"count_arrays": lambda self, data: (
        numpy.array([3, 0, 2, 1]), numpy.array([1, 2, 5, 1]))})()
    expected = identifier._sparse_score({3: 1, 0: 2, 2: 5, 1: 1}, ptc).tobytes()  # py3langid's own product
    identifier.exact_bits = language.all_normal(ptc)
    assert not identifier.exact_bits and identifier._raw_score(b"").tobytes() == expected
    identifier.exact_bits = True  # what the bit conversion would give: wrong
    assert identifier._raw_score(b"").tobytes() != expected


def test_a_table_not_all_normal_is_converted_by_numpy(fresh_model, monkeypatch):
    packaged = langid.LanguageIdentifier.from_modelpath(Path(langid.MODEL_DIR) / langid.MODEL_FILE, norm_probs=True)
    monkeypatch.setattr(language, "all_normal", lambda table: False)
    identifier = language._identifier()
    assert not identifier.exact_bits and int(numpy.load(language.model_dir() / language.NORMAL_FILE)) == 0
    for text in TEXTS + [data.decode("utf-8", errors="replace") for data in _random_texts(seed=13, count=20)]:
        assert identifier._decide(text).tobytes() == packaged._decide(text).tobytes(), text
    monkeypatch.setattr(language, "all_normal", lambda table: pytest.fail("found again, not read back"))
    language._identifier.cache_clear()
    assert not language._identifier().exact_bits


def test_first_occurrence_counts_are_numpys_unique_in_order_of_first_occurrence():
    from newsquotes.corpus.ngram_counts import first_occurrence_counts

    draw = numpy.random.default_rng(3)
    for size in [1, 2, 3, 10, 1000, 5000]:
        for high in [1, 5, 100_053]:
            values = draw.integers(0, high, size)
            found, first, count = numpy.unique(values, return_index=True, return_counts=True)
            order = numpy.argsort(first)
            got_found, got_count = first_occurrence_counts(values)
            assert got_found.tolist() == found[order].tolist() and got_count.tolist() == count[order].tolist()


def test_the_trie_depth_is_read_off_the_model(fresh_model):
    from newsquotes.corpus.ngram_counts import trie_depth

    identifier = language._identifier()
    assert int(numpy.load(language.model_dir() / language.DEPTH_FILE)) == identifier.counter.depth
    assert identifier.counter.depth == trie_depth(identifier.tk_nextmove, identifier.tk_row)
