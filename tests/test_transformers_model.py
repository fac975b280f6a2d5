"""``transformers:<folder>``: a tiny BERT trained here on two sentences, loaded through the registry.

The model is made in the test (word-level tokenizer over the fixture's words, one 32-wide layer) and
trained until it tags its training windows right, so predictions through the registry are meaningful:
they must give back the trained entities with exact offsets. Its maximum length is 16 tokens, so the
training sentences are longer than one window and the sliding-window path is what is tested.
"""

from __future__ import annotations

from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from tokenizers import Tokenizer, models, pre_tokenizers, processors  # noqa: E402

from newsquotes.corpus.cleaning import default_rules  # noqa: E402
from newsquotes.corpus.documents import RawRecord  # noqa: E402
from newsquotes.corpus.extract import ExtractOptions  # noqa: E402
from newsquotes.corpus.pipeline import to_article  # noqa: E402
from newsquotes.exports import BIO_LABELS  # noqa: E402
from newsquotes.models.registry import get_model  # noqa: E402

DUMP = Path(__file__).parent / "data" / "freedonia-dump.txt"
pytestmark = pytest.mark.slow  # it trains a tiny BERT
MAX_LENGTH = 16
STRIDE = MAX_LENGTH // 4  # the model's own window overlap, so training windows are the windows it will see
# Hand-made gold on the first two sentences: (text, label, occurrence of the text in the article).
GOLD = [("Freedonia", "GPE", 0), ("Ivan Petrov", "PERSON", 0), ("U.S.", "GPE", 0), ("Sylvania", "GPE", 0),
        ("Petrov", "PERSON", 1), ("Marsovia", "GPE", 0)]


def _offsets(text: str, phrase: str, occurrence: int) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


@pytest.fixture(scope="module")
def article():
    return to_article(RawRecord("d.txt", None, "text", DUMP.read_bytes(), "0" * 64, {}),
                      ExtractOptions(rules=tuple(default_rules())))


@pytest.fixture(scope="module")
def gold(article):
    return {(*_offsets(article.text, phrase, n), label) for phrase, label, n in GOLD}


def _tokenizer(text: str):
    pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    words = sorted({word for word, _ in pre_tokenizer.pre_tokenize_str(text)})
    vocab = {token: i for i, token in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", *words])}
    tokenizer = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tokenizer.pre_tokenizer = pre_tokenizer
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])])
    return transformers.PreTrainedTokenizerFast(
        tokenizer_object=tokenizer, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]", sep_token="[SEP]",
        model_max_length=MAX_LENGTH)


def _tiny_bert(vocab_size: int, labels: list[str]):
    torch.manual_seed(0)
    config = transformers.BertConfig(
        vocab_size=vocab_size, hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=64,
        max_position_embeddings=MAX_LENGTH, id2label=dict(enumerate(labels)),
        label2id={label: i for i, label in enumerate(labels)})
    return transformers.BertForTokenClassification(config)


def _training_windows(tokenizer, article, gold):
    """Windows of the first two sentences with a BIO label per token (-100 for special and padding tokens)."""
    sentences = article.sentences[:2]
    encoding = tokenizer([article.text[s.start:s.end] for s in sentences], truncation=True, max_length=MAX_LENGTH,
                         stride=STRIDE, return_overflowing_tokens=True, return_offsets_mapping=True, padding=True,
                         return_tensors="pt")
    labels = []
    for window in range(len(encoding["input_ids"])):
        offset = sentences[int(encoding["overflow_to_sample_mapping"][window])].start
        row = []
        for word, (start, _) in zip(encoding.word_ids(window), encoding["offset_mapping"][window].tolist()):
            entity = [(s, label) for s, e, label in gold if s <= offset + start < e] if word is not None else []
            row.append(-100 if word is None else 0 if not entity else
                       BIO_LABELS.index(("B-" if entity[0][0] == offset + start else "I-") + entity[0][1]))
        labels.append(row)
    inputs = {name: encoding[name] for name in ("input_ids", "attention_mask", "token_type_ids")}
    return inputs, torch.tensor(labels)


@pytest.fixture(scope="module")
def trained_folder(tmp_path_factory, article, gold):
    tokenizer = _tokenizer(article.text)
    model = _tiny_bert(len(tokenizer), list(BIO_LABELS))
    inputs, labels = _training_windows(tokenizer, article, gold)
    assert len(labels) > 2, "the training sentences should need more than one window each"
    optimizer = torch.optim.AdamW(model.parameters(), lr=5e-3)
    for step in range(600):
        model.train()
        model(**inputs, labels=labels).loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        if step % 20 == 19:
            model.eval()
            with torch.no_grad():
                predicted = model(**inputs).logits.argmax(-1)
            if bool(((predicted == labels) | (labels == -100)).all()):
                break
    else:
        pytest.fail("the tiny model did not learn its training windows")
    folder = tmp_path_factory.mktemp("tiny-bert")
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def test_recovers_trained_entities_with_exact_offsets(trained_folder, article, gold):
    model = get_model(f"transformers:{trained_folder}")
    annotation = model.predict(article)
    assert annotation.problems(article.text) == []
    assert annotation.quotes == [] and [layer.layer for layer in annotation.layers] == ["entities"]
    end_of_training = article.sentences[1].end
    found = {(e.start, e.end, e.label) for e in annotation.entities if e.end <= end_of_training}
    assert found == gold
    by_text = {e.text: e for e in annotation.entities if e.end <= end_of_training}
    assert by_text["U.S."].label == "GPE"  # four word pieces (U . S .) read back as one span
    assert by_text["Petrov"].entity == "Ivan Petrov"
    assert model.name == f"transformers:{trained_folder.name}" and model.version.startswith("bert-")


def test_conll_labels_are_mapped_and_unknown_labels_named(trained_folder, tmp_path):
    tokenizer = transformers.AutoTokenizer.from_pretrained(trained_folder, local_files_only=True)
    conll = tmp_path / "conll"
    labels = ["O", "B-PER", "I-PER", "B-MISC", "I-MISC", "B-LOC", "B-DATE", "S-NORP", "E-NORP"]
    _tiny_bert(len(tokenizer), labels).save_pretrained(conll)
    tokenizer.save_pretrained(conll)
    assert get_model(f"transformers:{conll}").tags == [
        None, (True, "PERSON"), (False, "PERSON"), None, None, (True, "LOC"), None, (True, "NORP"), (False, "NORP")]

    odd = tmp_path / "odd"
    _tiny_bert(len(tokenizer), ["O", "B-FOO", "LABEL_2", "B-GPE"]).save_pretrained(odd)
    tokenizer.save_pretrained(odd)
    with pytest.raises(ValueError, match=r"labels B-FOO, LABEL_2 are not BIO tags"):
        get_model(f"transformers:{odd}")


def test_bad_folders_are_clear_errors(tmp_path):
    with pytest.raises(ValueError, match="needs a local model folder"):
        get_model("transformers")
    with pytest.raises(ValueError, match="does not exist"):
        get_model(f"transformers:{tmp_path / 'nope'}")
    with pytest.raises(ValueError, match="not a saved token-classification model"):
        get_model(f"transformers:{tmp_path}")
