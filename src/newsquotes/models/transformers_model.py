"""``transformers:<folder>``: a token-classification model saved with ``save_pretrained``. NER only: no quotes.

The tokenizer and model load from the local folder with ``local_files_only=True`` (nothing is downloaded)
and run on the CPU. Annotations carry entities only and declare just the ``entities`` layer.

Labels come from the model's ``id2label`` and must be BIO tags (``B-``/``I-``; the ``S-``/``U-`` and
``E-``/``L-`` of BIOES and BILOU are read as ``B-`` and ``I-``). Entity types: ours as they are; CoNLL's
``PER`` is PERSON, ``ORG`` and ``LOC`` stay, ``MISC`` is ignored; the OntoNotes types we do not annotate
(DATE, CARDINAL, MONEY …) are ignored, as by ``spacy:`` models. Any other label is an error naming it.

Offsets come from the fast tokenizer's offset mapping. A word takes the label of its first sub-word
piece, with words as the tokenizer's own pre-tokenizer splits them (``word_ids``) rather than guessed
from spacing as the transformers pipeline does, which would glue ``’s`` to the name before it. Each
sentence is run on its own; one longer than the model's maximum length is cut into overlapping windows,
and each word takes its label from the window where it has the most context on both sides.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from newsquotes.errors import ModelError
from newsquotes.exports import text_segments
from newsquotes.models.registry import model_name
from newsquotes.models.spacy_model import canonical_names
from newsquotes.schema import ENTITY_LABELS, Annotation, Article, Entity, LayerSource

CONLL_TYPES: dict[str, str | None] = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": None}
IGNORED_ONTONOTES_TYPES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL",
                                     "WORK_OF_ART", "LAW", "LANGUAGE"})
BEGINS = {"B": True, "S": True, "U": True, "I": False, "E": False, "L": False}
BATCH_SIZE = 16

#: One entry per label id: None for outside (or ignored), else (begins an entity, our label).
TagSet = list[tuple[bool, str] | None]


def tag_set(id2label: dict[int, str], where: str) -> TagSet:
    """Our reading of a model's labels; raises ``ModelError`` naming every label it cannot read."""
    tags: TagSet = []
    unreadable = []
    for index in range(len(id2label)):
        label = id2label[index]
        prefix, dash, kind = label.partition("-")
        if label == "O":
            tags.append(None)
        elif not dash or prefix not in BEGINS:
            unreadable.append(label)
        elif kind in ENTITY_LABELS:
            tags.append((BEGINS[prefix], kind))
        elif kind in CONLL_TYPES or kind in IGNORED_ONTONOTES_TYPES:
            ours = CONLL_TYPES.get(kind)
            tags.append(None if ours is None else (BEGINS[prefix], ours))
        else:
            unreadable.append(label)
    if unreadable:
        raise ModelError(f"{where}: labels {', '.join(unreadable)} are not BIO tags over {', '.join(ENTITY_LABELS)} "
                         "or CoNLL PER/ORG/LOC/MISC")
    return tags


def _weights_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted([*folder.glob("*.safetensors"), *folder.glob("*.bin")]):
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()[:12]


class TransformersModel:
    """Entities from a local token-classification model; predicts no quotes (NER only)."""

    def __init__(self, folder: Path):
        from transformers import AutoModelForTokenClassification, AutoTokenizer

        self.folder = Path(folder)
        if not self.folder.is_dir():
            raise ModelError(f"transformers model folder {self.folder} does not exist")
        if not list(self.folder.glob("*.safetensors")):
            pickled = sorted(p.name for p in self.folder.glob("*.bin"))
            raise ModelError(f"{self.folder}: not a saved token-classification model with .safetensors weights"
                             + (f" ({', '.join(pickled)} is a pickle, which can run code when loaded, so it is not "
                                "loaded: save the model with save_pretrained(..., safe_serialization=True))"
                                if pickled else ""))
        try:
            # Weights from safetensors only, and no code from the folder: loading a model runs nothing.
            self.tokenizer = AutoTokenizer.from_pretrained(self.folder, local_files_only=True, trust_remote_code=False)
            self.model = AutoModelForTokenClassification.from_pretrained(
                self.folder, local_files_only=True, use_safetensors=True, trust_remote_code=False)
        except (OSError, ValueError, KeyError) as err:
            raise ModelError(f"{self.folder}: not a saved token-classification model and tokenizer: {err}") from None
        if not self.tokenizer.is_fast:
            raise ModelError(f"{self.folder}: the tokenizer is not a fast (tokenizer.json) one, "
                             "so it gives no character offsets")
        if self.tokenizer.pad_token is None:  # windows are batched; what pads them is masked out anyway
            self.tokenizer.pad_token = self.tokenizer.eos_token or self.tokenizer.unk_token
        self.tags = tag_set(self.model.config.id2label, str(self.folder))
        self.model.to("cpu").eval()
        limits = [self.tokenizer.model_max_length, getattr(self.model.config, "max_position_embeddings", None) or 512]
        self.max_length = min(limit for limit in limits if limit)
        self.stride = self.max_length // 4
        self.name = model_name(f"transformers:{self.folder}")
        self.version = f"{self.model.config.model_type}-{_weights_digest(self.folder)}"

    def _labels(self, encoding) -> list[list[int]]:
        """The predicted label id of every token of every window."""
        import torch

        inputs = {name: encoding[name] for name in self.tokenizer.model_input_names if name in encoding}
        labels: list[list[int]] = []
        with torch.inference_mode():
            for first in range(0, len(encoding["input_ids"]), BATCH_SIZE):
                batch = {name: value[first:first + BATCH_SIZE] for name, value in inputs.items()}
                labels += self.model(**batch).logits.argmax(-1).tolist()
        return labels

    def _word_tags(self, texts: list[str]) -> dict[int, list[tuple[int, int, int]]]:
        """Per text, its words as ``(start, end, label id)`` in order, labelled by their first piece."""
        encoding = self.tokenizer(texts, truncation=True, max_length=self.max_length, stride=self.stride,
                                  return_overflowing_tokens=True, return_offsets_mapping=True, padding=True,
                                  return_tensors="pt")
        spans: dict[tuple[int, int], list[int]] = {}
        best: dict[tuple[int, int], tuple[int, int, int]] = {}  # word -> (first piece start, -context, label)
        offsets, lengths = encoding["offset_mapping"].tolist(), encoding["attention_mask"].sum(-1).tolist()
        for window, labels in enumerate(self._labels(encoding)):
            text_index = int(encoding["overflow_to_sample_mapping"][window])
            length = lengths[window]
            for position, word in enumerate(encoding.word_ids(window)):
                if word is None:
                    continue
                start, end = offsets[window][position]
                key = (text_index, word)
                span = spans.setdefault(key, [start, end])
                span[0], span[1] = min(span[0], start), max(span[1], end)
                candidate = (start, -min(position, length - 1 - position), labels[position])
                best[key] = min(best.get(key, candidate), candidate)
        words: dict[int, list[tuple[int, int, int]]] = {}
        for key, (start, end) in sorted(spans.items(), key=lambda item: (item[0][0], item[1][0])):
            words.setdefault(key[0], []).append((start, end, best[key][2]))
        return words

    def predict(self, article: Article) -> Annotation:
        text, segments = article.text, text_segments(article)
        found: list[tuple[int, int, str]] = []
        words = self._word_tags([text[start:end] for start, end in segments]) if segments else {}
        for index, (offset, _) in enumerate(segments):
            current: list | None = None  # [start, end, label] of the entity being read
            for start, end, label_id in words.get(index, []):
                tag = self.tags[label_id]
                if tag is not None and current is not None and not tag[0] and tag[1] == current[2]:
                    current[1] = offset + end
                    continue
                current = [offset + start, offset + end, tag[1]] if tag is not None else None
                if current is not None:
                    found.append(current)
        entities = []
        for start, end, label in found:
            while start < end and text[start].isspace():  # some tokenizers count the space before a word
                start += 1
            entities.append(Entity(id=f"e{len(entities) + 1}", start=start, end=end, text=text[start:end], label=label))
        names = canonical_names(entities)
        return Annotation(article_id=article.id, annotator=f"model:{self.name}", text_sha256=article.text_sha256,
                          entities=[e.model_copy(update={"entity": names[e.id]}) for e in entities],
                          layers=[LayerSource(layer="entities", produced_by=f"model:{self.name} {self.version}")])


def make_model(argument: str | None) -> TransformersModel:
    if not argument:
        raise ModelError("transformers needs a local model folder: transformers:PATH")
    return TransformersModel(Path(argument))
