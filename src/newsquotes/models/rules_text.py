"""Where the words, sentences and paragraphs of an article are, for the ``rules`` model."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from newsquotes.models import _lexicon as lex
from newsquotes.schema import Article

#: A word: a web site ("Secunia.com"), an initialism ("U.S."), a word with inner hyphens or apostrophes (but not a possessive 's),
#: a number, an initialism with an ampersand ("AT&T"), or an ampersand (part of names like "Johnson & Johnson").
_WORD = re.compile(r"[A-Za-z][\w-]*\.(?:com|org|net|gov)\b|(?:[A-Z]\.){2,}|[A-Z]{1,3}&[A-Z]{1,3}\b|[^\W\d_]\w*(?:-\w+)*(?:[’'](?!s\b)[^\W\d_]+)*|"
                   r"\d[\d.,]*\w*|&")
#: An owner's mark right after a name: "Smith's", "Jones' ", "Jones’s".
OWNER_MARK = re.compile(r"[’']s?(?!\w)")
#: Quotation marks; opening ones may stand before the first word of a sentence.
MARKS = "\"“”„«»'‘’"

#: Sentence bounds ``(starts, ends)`` rearranged from the segmenter's, given the text.
Regroup = Callable[[str, list[int], list[int]], tuple[list[int], list[int]]]


class Layout:
    """The article text with its words, sentences and paragraphs, looked up by character position."""

    def __init__(self, article: Article, regroup: Regroup | None = None):
        """``regroup`` rearranges the segmenter's sentences (the ``rules`` model joins tags to the quotation they
        close); without it they stay as segmented."""
        self.text = text = article.text
        units = article.sentences or article.paragraphs
        starts, ends = [s.start for s in units] or [0], [s.end for s in units] or [len(text)]
        self.sentence_starts, self.sentence_ends = regroup(text, starts, ends) if regroup else (starts, ends)
        self.paragraphs = list(article.paragraphs)
        self.paragraph_starts = [p.start for p in self.paragraphs] or [0]
        self.words: list[tuple[int, int]] = []
        for match in _WORD.finditer(text):
            end = match.end()
            word = match.group()
            if text[end:end + 1] == "." and (word in lex.ABBREVIATIONS or (len(word) == 1 and word.isupper())):
                end += 1  # "Mr." and the initial in "John F. Kennedy" keep their full stop
            self.words.append((match.start(), end))
        self.word_starts = [s for s, _ in self.words]

    def sentence(self, pos: int) -> tuple[int, int]:
        """``(start, end)`` of the sentence that holds ``pos``."""
        k = max(bisect_right(self.sentence_starts, pos) - 1, 0)
        return self.sentence_starts[k], self.sentence_ends[k]

    def start_back(self, pos: int, sentences: int) -> int:
        """Where the sentence ``sentences`` before the one that holds ``pos`` starts (the first sentence's start at
        most)."""
        lo = self.sentence(pos)[0]
        for _ in range(sentences):
            lo = self.sentence(max(lo - 1, 0))[0]
        return lo

    def paragraph(self, pos: int) -> int:
        """Index of the paragraph that holds ``pos``."""
        return bisect_right(self.paragraph_starts, pos) - 1

    def starts_paragraph(self, pos: int) -> bool:
        return self.paragraph_starts[self.paragraph(pos)] == pos

    def words_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The words that lie wholly inside ``[lo, hi)``."""
        first, last = bisect_right(self.word_starts, lo - 1), bisect_right(self.word_starts, hi)
        return [w for w in self.words[first:last] if w[1] <= hi]

    def word(self, span: tuple[int, int]) -> str:
        return self.text[span[0]:span[1]]

    def starts_sentence(self, pos: int) -> bool:
        """Whether only brackets and quotation marks stand between the sentence start and ``pos``."""
        return not self.text[self.sentence(pos)[0]:pos].strip(" ([" + MARKS)
