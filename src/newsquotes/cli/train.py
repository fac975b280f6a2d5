"""``newsquotes train``: fit the learned baseline on a split of the gold."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsquotes import defaults
from newsquotes.cli.common import console


def train_command(
    gold: Annotated[Path, typer.Option(help="Gold Annotation JSON lines (file or folder) with its splits.json.")],
    out: Annotated[Path, typer.Option(help="Folder to write the trained model to; score it as sklearn:OUT.")],
    corpus: Annotated[Path, typer.Option(help="The built corpus the gold indexes into.")] = defaults.CORPUS,
    split: Annotated[str, typer.Option(help="Split of the gold to learn from; 'all' for every gold article.")] = "train",
    model_type: Annotated[str, typer.Option(help=f"Classifier: {', '.join(defaults.MODEL_TYPES)}.")] = defaults.MODEL_TYPES[0],
    seed: Annotated[int, typer.Option(help="Seed of every classifier: same gold and seed, same model.")] = 0,
    pipeline: Annotated[str, typer.Option(help="Installed spaCy pipeline whose analyses are features.")] = defaults.SPACY_PIPELINE,
) -> None:
    """Fit the learned baseline (entity and quote taggers, speaker ranker, stance classifier) on gold.

    Example:
      newsquotes train --gold corpus/gold --split train --out models/baseline
      newsquotes bench run --model sklearn:models/baseline --split dev
    """
    from newsquotes.models.training import train

    report = train(gold, corpus, out, split=None if split == "all" else split, model_type=model_type, seed=seed,
                   pipeline=pipeline)
    examples = ", ".join(f"{n} {c}" for c, n in report.examples.items())
    console.print(f"trained on {report.articles} articles ({examples} examples) in {report.seconds:.1f} s · "
                  f"{report.size_bytes / 1e6:.1f} MB · model sklearn:{report.out}", highlight=False, soft_wrap=True)
