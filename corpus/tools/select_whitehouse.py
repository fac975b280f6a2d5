"""Choose the White House "articles" pages the shipped corpus holds, by a stated rule, and copy them in.

    python corpus/tools/select_whitehouse.py SOURCE_FOLDER [--per-month 3,2,5] [--out corpus/raw/whitehouse]

SOURCE_FOLDER holds the 428 pages as ``YYYY-MM/<slug>.md`` (Markdown with YAML front matter). The rule, so that
the pages spread over the months and the page types:

1. Pages of 150 to 1,500 words of body (shorter ones are a poster or a line; longer ones are lists of a hundred
   items, not articles) whose body is not a near-duplicate of a page already chosen are candidates.
2. Each page has one type, from its title: a **round-up** ("What they are saying", "ICYMI", praise, support,
   applause …), **foreign affairs and defence** (countries, war, peace, military, trade deals …), else **policy**.
3. In every month, in the order of the SHA-256 of the page's URL (a fixed, arbitrary order), take up to 3
   round-ups, 2 foreign-affairs pages and 5 policy pages; a month short of one type takes nothing in its place.

Prints the chosen pages by month and type, and copies them (unchanged) to the output folder.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
from collections import Counter
from pathlib import Path

import yaml

TYPES = ("round-up", "foreign affairs and defence", "policy")
ROUND_UP = re.compile(r"what they are saying|praise|icymi|support|applaud|cheer|reaction|hail|wtas|agree|voices"
                      r"|celebrat", re.I)
FOREIGN = re.compile(r"iran|israel|ukrain|russia|china|nato|militar|\bwar\b|peace|defen[cs]e|troops|hamas|gaza"
                     r"|venezuela|cartel|terror|strike|nuclear|foreign|tariff|trade deal|india|pakistan|korea|japan"
                     r"|europe|border", re.I)
WORDS = (150, 1500)


def page_type(title: str) -> str:
    return TYPES[0] if ROUND_UP.search(title) else TYPES[1] if FOREIGN.search(title) else TYPES[2]


def read_page(path: Path) -> tuple[dict, str]:
    _, front, body = path.read_text("utf-8").split("---", 2)
    return yaml.safe_load(front), body


def shingles(text: str, size: int = 5) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1))}


def choose(source: Path, per_month: tuple[int, ...]) -> list[tuple[str, str, Path]]:
    chosen: list[tuple[str, str, Path]] = []
    kept_shingles: list[set[str]] = []
    pages = []
    for path in sorted(source.glob("*/*.md")):
        front, body = read_page(path)
        if WORDS[0] <= len(body.split()) <= WORDS[1]:
            key = hashlib.sha256(front["source_url"].encode()).hexdigest()
            pages.append((path.parent.name, page_type(front["title"]), key, path, body))
    taken: Counter = Counter()
    for month, kind, _, path, body in sorted(pages, key=lambda p: (p[0], p[2])):
        if taken[month, kind] >= per_month[TYPES.index(kind)]:
            continue
        words = shingles(body)
        if any(len(words & other) > 0.5 * min(len(words), len(other)) for other in kept_shingles):
            continue  # a near-duplicate of a page already chosen (running lists, updated pages)
        kept_shingles.append(words)
        taken[month, kind] += 1
        chosen.append((month, kind, path))
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path)
    parser.add_argument("--per-month", default="3,2,5")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "raw" / "whitehouse")
    args = parser.parse_args()
    chosen = choose(args.source, tuple(int(n) for n in args.per_month.split(",")))
    args.out.mkdir(parents=True, exist_ok=True)
    for _month, _kind, path in chosen:
        shutil.copyfile(path, args.out / path.name)
    counts = Counter((month, kind) for month, kind, _ in chosen)
    print("month    " + "  ".join(f"{t[:8]:>8}" for t in TYPES))
    for month in sorted({m for m, _ in counts}):
        print(f"{month}  " + "  ".join(f"{counts[month, t]:>8}" for t in TYPES))
    print(f"{len(chosen)} pages: " + ", ".join(f"{t} {sum(v for (m, k), v in counts.items() if k == t)}" for t in TYPES))


if __name__ == "__main__":
    main()
