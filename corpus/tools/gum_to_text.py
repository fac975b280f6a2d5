"""Rebuild GUM's Wikinews documents as plain-text article dumps, the way a scraper would have saved them.

    python corpus/tools/gum_to_text.py CONLLU_DIR OUT_DIR --sources-snippet FILE

For each ``GUM_news_<name>.conllu`` (``--prefix GUM_interview_`` for the interviews) it writes ``OUT_DIR/<name>.txt``: the headline on the first line, the
dateline on the second, then one paragraph per line with a blank line between paragraphs. The running text
is rebuilt from the tokens and their ``SpaceAfter=No`` marks and checked against each sentence's
``# text`` comment. An interview turn (GUM's ``sp who`` block) opens with its speaker's label, as Wikinews
prints it ("Wikinews: …", "Aner Shalev: …"; ``newsquotes.gold.gum.speaker_label``). The snippet file gets one ``[[sources.documents]]`` table per article (path, url, title;
the publication date comes from the dateline) for the corpus's sources file.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

from newsquotes.corpus.textdump import parse_date
from newsquotes.gold.gum import TURN_BLOCK, LABEL_END, speaker_label


@dataclass
class Document:
    name: str
    meta: dict[str, str] = field(default_factory=dict)
    paragraphs: list[list[tuple[str, bool]]] = field(default_factory=list)  # sentences: (text, space after)


def sentence_text(token_lines: list[list[str]]) -> tuple[str, bool]:
    """The sentence rebuilt from its tokens, and whether a space follows its last token.

    A multiword token ("Trump's" over "Trump" and "'s") carries the surface form and the SpaceAfter mark
    on its range line; its parts and empty nodes add no text of their own.
    """
    pieces = []
    space_after = True
    covered_until = 0
    for columns in token_lines:
        token_id = columns[0]
        if "." in token_id:
            continue
        if "-" in token_id:
            covered_until = int(token_id.split("-")[1])
        elif int(token_id) <= covered_until:
            continue
        space_after = "SpaceAfter=No" not in columns[9].split("|")
        pieces.append(columns[1] + (" " if space_after else ""))
    return "".join(pieces).rstrip(" "), space_after


def parse(path: Path, prefix: str = "GUM_news_") -> Document:
    document = Document(name=path.stem.removeprefix(prefix))
    comment_text, tokens, turn = None, [], None
    for line in path.read_text("utf-8").splitlines() + [""]:
        if line.startswith("# meta::"):
            key, _, value = line[len("# meta::"):].partition(" = ")
            document.meta[key] = value
        elif line.startswith("# newpar") and not line.startswith("# newpar_block"):
            document.paragraphs.append([])
        elif line.startswith("# newpar_block") and (opens := TURN_BLOCK.search(line)):
            turn = opens.group(1)
        elif line.startswith("# text = "):
            comment_text = line[len("# text = "):]
        elif line and not line.startswith("#"):
            tokens.append(line.split("\t"))
        elif not line and tokens:
            text, space_after = sentence_text(tokens)
            if text != comment_text:
                raise ValueError(f"{path}: rebuilt sentence {text!r} differs from # text {comment_text!r}")
            if not document.paragraphs:  # a document may open without a paragraph mark
                document.paragraphs.append([])
            if turn:
                text, turn = speaker_label(turn) + LABEL_END + text, None
            document.paragraphs[-1].append((text, space_after))
            comment_text, tokens = None, []
    return document


def paragraph_text(sentences: list[tuple[str, bool]]) -> str:
    out = ""
    for text, space_after in sentences:
        out += text + (" " if space_after else "")
    return out.rstrip(" ")


def header_and_body(document: Document) -> tuple[str | None, str | None, list[str]]:
    """Headline (the first sentence, unless it is a date), dateline (the next one when it is a date) and body.

    The same rule decides where ``newsquotes.gold.gum`` starts the body.
    """
    rest = [p for p in document.paragraphs if p]
    headline = None
    if not parse_date(rest[0][0][0]):
        headline = rest[0][0][0]
        rest = [p for p in [rest[0][1:]] + rest[1:] if p]
    dateline = None
    if parse_date(rest[0][0][0]):
        dateline = rest[0][0][0]
        rest = [rest[0][1:]] + rest[1:]  # a document may run its dateline into the lead
    return headline, dateline, [paragraph_text(p) for p in rest if p]


def render(document: Document) -> str:
    headline, dateline, paragraphs = header_and_body(document)
    header = "".join(line + "\n" for line in (headline, dateline) if line)
    return header + "\n" + "\n\n".join(paragraphs) + "\n"


def snippet(document: Document, folder: str) -> str:
    fields = {
        "path": f"{folder}/{document.name}.txt",
        "url": document.meta["sourceURL"],
        "title": document.meta["title"],
    }
    headline, dateline, _ = header_and_body(document)
    roles = [role for role, line in (("title", headline), ("dateline", dateline)) if line]
    if roles != ["title", "dateline"]:
        fields["header"] = roles
    if dateline is None:
        fields["published"] = document.meta["dateCreated"]
    lines = ["[[sources.documents]]"] + [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in fields.items()]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("conllu_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--sources-snippet", type=Path, required=True)
    parser.add_argument("--relative-to", default="raw/wikinews", help="folder written into the snippet's paths")
    parser.add_argument("--prefix", default="GUM_news_", help="file name prefix of the documents to rebuild")
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    snippets = []
    for path in sorted(args.conllu_dir.glob(f"{args.prefix}*.conllu")):
        document = parse(path, args.prefix)
        (args.out_dir / f"{document.name}.txt").write_text(render(document), encoding="utf-8")
        snippets.append(snippet(document, args.relative_to))
    args.sources_snippet.write_text("\n".join(snippets), encoding="utf-8")
    print(f"wrote {len(snippets)} articles to {args.out_dir}")


if __name__ == "__main__":
    main()
