"""Hand-annotated quotes, written as text in ``corpus/gold/quotes/<article>.toml``, turned into offsets.

Each ``[[quote]]`` table gives the quote by its exact ``text`` (the ``occurrence``-th match in the article,
1 by default), its ``kind``, the ``cue`` and ``speaker`` as they are written near it, ``speaker_name``,
``stance`` and ``target``. Cue and speaker are the matches outside the quote, in its paragraph or ``window``
paragraphs before or after it (1 by default; more for the continuation of a statement made further up):
one in the quote's own sentence first, then one before the quote, each time the nearest; ``cue_after`` /
``speaker_after`` (true) take the nearest match after the quote instead, for a quotation closed by its
attribution in a later paragraph; ``cue_rank`` / ``speaker_rank`` (2, 3, …) take the second, third …
candidate in that order, for a subject that another mention of the same word stands between
("he stated that he refused "…"").
``speaker_name`` may stand without ``speaker`` where the text prints no mention of the source (an interview
answer). ``non_entity_speakers`` lists the speaker names that are no named entity ("a
police spokesperson"). Any text that is not found is an error naming the file and the quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from newsquotes.errors import GoldError
from newsquotes.schema import QUOTE_KINDS, STANCE_LABELS, Article, Quote, Stance, TextSpan
from newsquotes.gold.files import read_toml

_KEYS = {"text", "occurrence", "kind", "cue", "speaker", "speaker_name", "stance", "target", "note", "window",
         "cue_after", "speaker_after", "cue_rank", "speaker_rank"}


@dataclass(frozen=True)
class QuoteFile:
    path: Path
    quotes: list[Quote]
    non_entity_speakers: frozenset[str]


def _matches(text: str, phrase: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """Every whole-word occurrence of ``phrase`` in ``text[lo:hi]``."""
    pattern = (r"\b" if phrase[:1].isalnum() else "") + re.escape(phrase) + (r"\b" if phrase[-1:].isalnum() else "")
    return [(m.start(), m.end()) for m in re.compile(pattern).finditer(text, lo, len(text) if hi is None else hi)]


def _paragraph_window(article: Article, start: int, end: int, window: int) -> tuple[int, int]:
    spans = article.paragraphs
    first = next(k for k, p in enumerate(spans) if p.end >= start)
    last = next(k for k, p in enumerate(spans) if p.end >= end)
    return spans[max(first - window, 0)].start, spans[min(last + window, len(spans) - 1)].end


def _nearest(article: Article, phrase: str, quote: tuple[int, int], avoid: list[tuple[int, int]], where: str,
             window: int = 1, after: bool = False, rank: int = 1) -> TextSpan:
    lo, hi = _paragraph_window(article, *quote, window)
    found = [m for m in _matches(article.text, phrase, lo, hi)
             if not any(m[0] < a_end and a_start < m[1] for a_start, a_end in avoid)
             and (not after or m[0] >= quote[1])]
    if not found:
        raise GoldError(f"{where}: {phrase!r} is not found near the quote, outside it")
    sentences = [(s.start, s.end) for s in article.sentences if s.start < quote[1] and quote[0] < s.end]
    own = (min(s for s, _ in sentences), max(e for _, e in sentences)) if sentences else quote

    def preference(match: tuple[int, int]) -> tuple[bool, bool, int]:
        outside_sentence = not (own[0] <= match[0] and match[1] <= own[1])
        after = match[0] >= quote[1]
        return outside_sentence, after, max(quote[0] - match[1], match[0] - quote[1], 0)

    ranked = sorted(found, key=preference)
    if rank > len(ranked):
        raise GoldError(f"{where}: {phrase!r} has {len(ranked)} candidate(s) near the quote, rank {rank} was asked for")
    start, end = ranked[rank - 1]
    return TextSpan(start=start, end=end, text=article.text[start:end])


def load_quotes(path: Path, article: Article) -> QuoteFile:
    """The quotes of ``path`` located in ``article``; errors name the file, the quote and the reason."""
    path = Path(path)
    data = read_toml(path)
    quotes = []
    for number, spec in enumerate(data.get("quote", []), start=1):
        where = f"{path}, quote {number} ({spec.get('text', '')[:40]!r})"
        unknown = set(spec) - _KEYS
        if unknown:
            raise GoldError(f"{where}: unknown keys {sorted(unknown)}")
        if spec.get("kind") not in QUOTE_KINDS:
            raise GoldError(f"{where}: kind {spec.get('kind')!r} is not one of {QUOTE_KINDS}")
        if spec.get("stance") not in STANCE_LABELS:
            raise GoldError(f"{where}: stance {spec.get('stance')!r} is not one of {STANCE_LABELS}")
        occurrences = _matches(article.text, spec["text"])
        occurrence = spec.get("occurrence", 1)
        if len(occurrences) < occurrence:
            raise GoldError(f"{where}: the text occurs {len(occurrences)} times in article {article.id}, "
                             f"occurrence {occurrence} was asked for")
        start, end = occurrences[occurrence - 1]
        window = spec.get("window", 1)
        cue = (_nearest(article, spec["cue"], (start, end), [(start, end)], f"{where}, cue", window,
                        spec.get("cue_after", False), spec.get("cue_rank", 1)) if spec.get("cue") else None)
        speaker = None
        if spec.get("speaker"):
            avoid = [(start, end)] + ([(cue.start, cue.end)] if cue else [])
            speaker = _nearest(article, spec["speaker"], (start, end), avoid, f"{where}, speaker", window,
                               spec.get("speaker_after", False), spec.get("speaker_rank", 1))
        if speaker and not spec.get("speaker_name"):
            raise GoldError(f"{where}: a speaker needs its speaker_name")
        quotes.append(Quote(id="", start=start, end=end, text=article.text[start:end], kind=spec["kind"], cue=cue,
                            speaker=speaker, speaker_name=spec.get("speaker_name"),
                            stance=Stance(label=spec["stance"], target=spec.get("target"))))
    quotes.sort(key=lambda q: (q.start, q.end))
    quotes = [q.model_copy(update={"id": f"q{k}"}) for k, q in enumerate(quotes, start=1)]
    return QuoteFile(path, quotes, frozenset(data.get("non_entity_speakers", [])))
