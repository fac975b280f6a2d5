"""The controlled vocabulary of stance targets, ``corpus/gold/targets.toml``: one table per article.

Each key of an article's table is one target, written as every quote of the article that takes a position on
it writes it; its value lists the other wordings that were merged into it, which no quote may use any more::

    [nasa]
    "NASA's choice of display locations" = ["NASA's decision"]
    "the locations that bid for an orbiter" = []

The gold build checks every quote's target against its article's vocabulary, so that stance is scored per
target and no article names one target two ways.
"""

from __future__ import annotations

from pathlib import Path

from newsquotes.errors import GoldError
from newsquotes.schema import Quote
from newsquotes.gold.files import read_toml

TARGETS_FILE = "targets.toml"


def load_targets(path: Path) -> dict[str, dict[str, list[str]]]:
    """Article name -> {target: merged wordings}; errors name the file and the article."""
    path = Path(path)
    data = read_toml(path)
    vocabulary: dict[str, dict[str, list[str]]] = {}
    for article, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(v, list) for v in table.values()):
            raise GoldError(f"{path}: [{article}] must map each target to the list of wordings merged into it")
        merged = [w for wordings in table.values() for w in wordings]
        clash = sorted(set(merged) & set(table) | {w for w in merged if merged.count(w) > 1})
        if clash:
            raise GoldError(f"{path}: [{article}] lists {clash[0]!r} both as a target and as a merged wording, "
                             "or as a wording merged into two targets")
        vocabulary[article] = {target: list(wordings) for target, wordings in table.items()}
    return vocabulary


def check_targets(article: str, quotes: list[Quote], vocabulary: dict[str, dict[str, list[str]]],
                  where: str) -> None:
    """Raise ``GoldError`` unless every quote's target is in the article's vocabulary and every target is used."""
    table = vocabulary.get(article)
    if table is None:
        raise GoldError(f"{where}: article {article!r} has no stance-target vocabulary")
    merged_into = {w: target for target, wordings in table.items() for w in wordings}
    for quote in quotes:
        target = quote.stance.target
        if target in merged_into:
            raise GoldError(f"{where}, quote {quote.text[:40]!r}: target {target!r} is a wording merged into "
                             f"{merged_into[target]!r}")
        if target not in table:
            raise GoldError(f"{where}, quote {quote.text[:40]!r}: target {target!r} is not in the vocabulary")
    unused = sorted(set(table) - {q.stance.target for q in quotes})
    if unused:
        raise GoldError(f"{where}: target {unused[0]!r} of the vocabulary is used by no quote")
