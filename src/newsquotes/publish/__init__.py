"""Releasing the corpus and its gold to the Hugging Face Hub.

``prepare_release(out, options)`` builds the exact repository folder (Parquet per config and split, a
README with the Hub's metadata and computed statistics, Croissant metadata), loads every config back with
``datasets`` before the folder is swapped in, and refuses what must not leave the machine (see
:mod:`newsquotes.publish.policy`). ``plan_upload`` and ``upload`` then send it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from newsquotes import defaults
from newsquotes.corpus.sources import load as load_sources
from newsquotes.corpus.storage import publish as swap_in
from newsquotes.corpus.storage import read_articles
from newsquotes.dataset import gold_articles
from newsquotes.errors import GoldError
from newsquotes.gold.splits import read_splits
from newsquotes.publish import card as hub_card
from newsquotes.publish.folder import SPLITS, ReleaseData, verify, write_folder
from newsquotes.publish.policy import PublishRefused, check_attribution, check_identities, split_by_licence
from newsquotes.publish.upload import UploadPlan, plan_upload, upload
from newsquotes.schema import Article

__all__ = ["ReleaseOptions", "Release", "prepare_release", "PublishRefused", "UploadPlan", "plan_upload", "upload"]


@dataclass(frozen=True)
class ReleaseOptions:
    corpus: Path = defaults.CORPUS
    gold: Path = defaults.GOLD_FILE
    splits: Path = defaults.SPLITS_FILE
    card: Path = defaults.DATASET_CARD
    sources: Path | None = defaults.SOURCES
    annotation_license: str = "CC BY 4.0"
    include_restricted: bool = False
    url: str | None = None


@dataclass
class Release:
    folder: Path
    counts: dict[str, dict[str, int]]
    metadata: dict
    left_out: list[Article] = field(default_factory=list)
    #: Gold entities the ``ner`` config could not carry (not on token boundaries, overlapping), by article.
    skipped: list[str] = field(default_factory=list)


def _read_splits(path: Path) -> dict[str, str]:
    try:
        splits = read_splits(path)
    except FileNotFoundError:
        raise GoldError(f"{path}: no split file; every released article needs a split") from None
    return {article_id: split for split in SPLITS for article_id in splits.get(split, [])}


def _attributions(options: ReleaseOptions) -> dict[str, str]:
    if options.sources is None:
        return {}
    return {source.name: source.attribution for source in load_sources(options.sources).sources if source.attribution}


def _attribution_section(attributions: dict[str, str], articles: list[Article], annotation_license: str) -> str:
    used = sorted({a.source for a in articles if a.source in attributions})
    lines = ["## Attribution", ""] + [f"- **{name}**: {attributions[name]}" for name in used]
    lines.append(f"- Annotations: {annotation_license}.")
    return "\n".join(lines) + "\n"


@contextmanager
def _quiet_datasets() -> Iterator[None]:
    """No progress bars from ``datasets``: it draws one per file written and per split loaded back, some thirty
    lines for one release; ``prepare_release`` reports its own steps instead."""
    import datasets

    shown = datasets.is_progress_bar_enabled()
    datasets.disable_progress_bars()
    try:
        yield
    finally:
        if shown:
            datasets.enable_progress_bars()


def prepare_release(out: Path, options: ReleaseOptions = ReleaseOptions(),
                    progress: Callable[[str], None] | None = None) -> Release:
    """Build and verify the release folder ``out``; the previous folder stays until the new one is verified.

    ``progress`` is told each step ("writing quotes", "loading quotes back", …) as it starts.
    """
    articles, left_out = split_by_licence(read_articles(options.corpus), options.include_restricted)
    if not articles:
        raise PublishRefused(f"{options.corpus}: no article has a licence that allows redistribution")
    attributions = _attributions(options)
    check_attribution(articles, attributions)
    restricted = {a.id for a in left_out}
    pairs = [(article, annotation) for article, annotation in gold_articles(options.gold, options.corpus)
             if article.id not in restricted]
    check_identities(annotation for _, annotation in pairs)
    gold = {article.id: annotation for article, annotation in pairs}
    split_of = _read_splits(options.splits)
    missing = [a.id for a in articles if a.id not in split_of]
    if missing:
        raise GoldError(f"{options.splits}: no split for article(s) {', '.join(missing[:5])}")
    data = ReleaseData(articles=articles, gold=gold, split_of=split_of)
    card_text = Path(options.card).read_text("utf-8")
    release = Release(folder=Path(out), counts={}, metadata={}, left_out=left_out)

    def fill(folder: Path) -> None:
        written = write_folder(folder, data, release.skipped, progress)
        meta = release.metadata = hub_card.metadata(data, written, {"annotations": options.annotation_license})
        # A first README declares the configs so that datasets can load them; the final one adds the counts.
        (folder / "README.md").write_text(hub_card.render_readme(card_text, meta, ""), "utf-8")
        release.counts = verify(folder, written, progress)
        stats = hub_card.statistics(data, release.counts) + "\n" + _attribution_section(
            attributions, articles, options.annotation_license)
        sizes = hub_card.split_sizes(data, left_out)
        (folder / "README.md").write_text(hub_card.render_readme(card_text, meta, stats, sizes), "utf-8")
        hub_card.write_croissant(folder, hub_card.croissant(folder, meta, hub_card.PRETTY_NAME, options.url))

    with _quiet_datasets():
        swap_in(Path(out), fill)
    return release
