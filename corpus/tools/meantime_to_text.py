"""Rebuild MEANTIME's English Wikinews articles as plain-text article dumps.

    python corpus/tools/meantime_to_text.py corpus/meantime corpus/raw/meantime --sources-snippet FILE

MEANTIME records tokens only, no white space, so the running text is rebuilt with the Moses detokenizer
(sacremoses). Before detokenizing, Penn Treebank quotation tokens (`` and '') become straight double quotes, as
Wikinews writes them, and contraction tokens ("n't", "'re", "'ve", "'ll", "'m", "'d") are joined to the word
before them. MEANTIME records no paragraph breaks: each sentence is written as a paragraph of its own, except
that sentences stay in one paragraph while a quotation opened in them is still open.

For each article the dump holds the headline (sentence 0) on the first line, the dateline (sentence 1) on the
second, then the paragraphs with a blank line between them, like the GUM Wikinews dumps. The snippet file gets
one ``[[sources.documents]]`` table per article (path, url, title) for the corpus's sources file.
The rebuilt text is ours; ``newsquotes.gold.meantime`` reads the same XML to place MEANTIME's mentions on it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsquotes.gold.meantime import read_document, render


def snippet(name: str, url: str, title: str, folder: str) -> str:
    fields = {"path": f"{folder}/{name}.txt", "url": url, "title": title}
    lines = ["[[sources.documents]]"] + [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in fields.items()]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("xml_dir", type=Path, help="folder holding corpus_*/<doc>.xml")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--sources-snippet", type=Path, required=True)
    parser.add_argument("--relative-to", default="raw/meantime", help="folder written into the snippet's paths")
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    snippets = []
    for path in sorted(args.xml_dir.glob("corpus_*/*.xml")):
        document = read_document(path)
        text = render(document)
        (args.out_dir / f"{document.name}.txt").write_text(text, encoding="utf-8")
        snippets.append(snippet(document.name, document.url, text.split("\n", 1)[0], args.relative_to))
    args.sources_snippet.write_text("\n".join(snippets), encoding="utf-8")
    print(f"wrote {len(snippets)} articles to {args.out_dir}")


if __name__ == "__main__":
    main()
