"""Hand-annotated entities, written as text in ``corpus/gold/entities/<article>.toml``, turned into offsets.

Each ``[[entity]]`` table gives a name's exact ``text``, its ``label`` and its canonical name ``entity``.
Every whole-word occurrence of the text in the article is that entity, except the occurrences listed in
``skip`` (1-based: the text is there but names something else, or lies inside a longer name). Any text that
is not found, or two entities that overlap, is an error naming the file.
"""

from __future__ import annotations

from pathlib import Path

from newsquotes.errors import GoldError
from newsquotes.gold.quotes import _matches
from newsquotes.schema import ENTITY_LABELS, Article, Entity
from newsquotes.gold.files import read_toml

_KEYS = {"text", "label", "entity", "skip", "note"}


def load_entities(path: Path, article: Article) -> list[Entity]:
    path = Path(path)
    data = read_toml(path)
    spans: list[tuple[int, int, str, str]] = []
    for number, spec in enumerate(data.get("entity", []), start=1):
        where = f"{path}, entity {number} ({spec.get('text', '')!r})"
        if set(spec) - _KEYS:
            raise GoldError(f"{where}: unknown keys {sorted(set(spec) - _KEYS)}")
        if spec.get("label") not in ENTITY_LABELS:
            raise GoldError(f"{where}: label {spec.get('label')!r} is not one of {ENTITY_LABELS}")
        found = _matches(article.text, spec["text"])
        if not found:
            raise GoldError(f"{where}: not found in article {article.id}")
        skip = set(spec.get("skip", []))
        spans += [(s, e, spec["label"], spec.get("entity", spec["text"])) for k, (s, e) in enumerate(found, 1)
                  if k not in skip]
    spans.sort()
    for (s1, e1, *_), (s2, e2, *_) in zip(spans, spans[1:]):
        if s2 < e1:
            raise GoldError(f"{path}: {article.text[s1:e1]!r} and {article.text[s2:e2]!r} overlap at {s2}")
    return [Entity(id=f"e{k}", start=s, end=e, text=article.text[s:e], label=label, entity=name)
            for k, (s, e, label, name) in enumerate(spans, start=1)]
