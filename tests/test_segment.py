from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsquotes.corpus.segment import (apply_rules, join_paragraphs, normalize_line, quotation_ranges, sentence_spans,
                                       split_sentences)


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_abbreviations_and_numbers_do_not_split():
    text = ("The U.S. must heed the warnings, Mr. Petrov said on Friday. About 13,600 troops were moved "
            "at 3.5 km from the border. Dr. Novak disagreed.")
    assert sentences(text) == [
        "The U.S. must heed the warnings, Mr. Petrov said on Friday.",
        "About 13,600 troops were moved at 3.5 km from the border.",
        "Dr. Novak disagreed.",
    ]


def test_titles_and_initialisms_do_not_end_sentences():
    text = ("Sen. Warren and Lt. Col. Vindman met Gov. Newsom in St. Louis. It was the U.S. army that "
            "moved first. He visited the U.S. The trip was long. Messrs. Smith and Jones agreed.")
    assert sentences(text) == [
        "Sen. Warren and Lt. Col. Vindman met Gov. Newsom in St. Louis.",
        "It was the U.S. army that moved first.",
        "He visited the U.S.",
        "The trip was long.",
        "Messrs. Smith and Jones agreed.",
    ]


def naive_spans(text: str) -> list[tuple[int, int]]:
    """A break after every period, the mistakes the rules exist to undo."""
    return [(m.start(), m.end()) for m in re.finditer(r"\S.*?(?:\.|$)(?=\s|$|\S)", text)]


def test_the_rules_undo_breaks_after_titles_in_numbers_and_inside_quotations_whatever_the_segmenter():
    text = "Mr. Petrov moved 3.5 km into the U.S. zone. “Stop. Now,” said Dr. Novak. The U.S. must heed it."
    pieces = [text[a:b] for a, b in naive_spans(text)]
    assert "Mr." in pieces and "Petrov moved 3." in pieces  # the naive split is as bad as intended
    assert [text[a:b] for a, b in apply_rules(text, naive_spans(text))] == [
        "Mr. Petrov moved 3.5 km into the U.S. zone.",
        "“Stop. Now,” said Dr. Novak.",
        "The U.S. must heed it.",
    ]


def test_sentences_of_scripts_without_spaces_still_split():
    assert sentences("中文句子。第二句。") == ["中文句子。", "第二句。"]


def test_a_quotation_of_several_sentences_stays_one_unit():
    text = "“We will respond. We will find our way,” he said. “I’m not threatening anyone.” Then he left."
    assert sentences(text) == [
        "“We will respond. We will find our way,” he said.",
        "“I’m not threatening anyone.”",
        "Then he left.",
    ]


def test_straight_quotes_pair_up():
    text = 'He said "Yes. We agree. Fully." The talks ended. Nobody else spoke.'
    assert sentences(text)[0].startswith('He said "Yes. We agree. Fully."')
    assert sentences(text)[-1] == "Nobody else spoke."


def test_a_quotation_that_runs_on_into_the_next_paragraph_does_not_swallow_it():
    text = "“This goes on. And on into the next paragraph. Really."
    assert len(sentences(text)) == 3
    assert quotation_ranges(text) == []


def test_normalization_is_nfc_and_whitespace_only():
    decomposed = "Cafe\u0301  \t in\u00a0Zu\u0308rich “quoted” — ‘single’ "
    assert normalize_line(decomposed) == "Café in Zürich “quoted” — ‘single’"


def test_white_space_is_the_regular_expressions():
    # Runs of what \s matches become one space, and the ends are trimmed of it.
    characters = list(map(chr, range(0x110000)))
    spaces = [c for c in characters if re.match(r"\s", c)]
    assert spaces == [c for c in characters if c.isspace()]
    for space in spaces:
        line = f"{space}a{space}{space}b {space}\u00a0c{space}"
        assert normalize_line(line) == re.sub(r"\s+", " ", line).strip() == "a b c"


def test_paragraph_and_sentence_spans_are_exact():
    paragraphs = ["First 😀 paragraph. It has two sentences.", "中文句子。第二句。", "Zoë’s café re\u0301opened."]
    text, spans = join_paragraphs([normalize_line(p) for p in paragraphs])
    assert [text[s.start : s.end] for s in spans] == [normalize_line(p) for p in paragraphs]
    found = [text[s.start : s.end] for s in sentence_spans(text, spans)]
    assert found[:2] == ["First 😀 paragraph.", "It has two sentences."]
    assert "中文句子。" in found


words = st.text(alphabet=st.sampled_from(list("abcdeé😀中 .,“”\"!?")), min_size=1, max_size=80)


@settings(max_examples=200, deadline=None)
@given(st.lists(words, min_size=1, max_size=6))
def test_offsets_round_trip_on_any_text(raw_paragraphs):
    paragraphs = [p for p in (normalize_line(x) for x in raw_paragraphs) if p]
    text, spans = join_paragraphs(paragraphs)
    assert [text[s.start : s.end] for s in spans] == paragraphs
    for span in sentence_spans(text, spans):
        inside = [p for p in spans if p.start <= span.start and span.end <= p.end]
        assert len(inside) == 1, "a sentence never crosses a paragraph boundary"
        assert text[span.start : span.end].strip() == text[span.start : span.end]


def test_a_quotation_closed_from_the_paragraph_before_ends_its_sentence():
    text = ('put the game to bed early." After the match, the coach said, "We were playing a skilled team. '
            'It was hard."')
    assert quotation_ranges(text) == [(text.index("\"We"), len(text) - 1)]
    assert sentences(text) == ['put the game to bed early."',
                               'After the match, the coach said, "We were playing a skilled team. It was hard."']


def _quotations_char_by_char(text: str) -> list[tuple[int, int]]:
    """The pairing rules of :func:`quotation_ranges`, applied at every character in turn."""
    ranges, stack, straight_open = [], [], None
    for position, char in enumerate(text):
        if char in "“«„":
            stack.append(position)
        elif char in "”»" and stack:
            ranges.append((stack.pop(), position))
        elif char == '"':
            before = text[position - 1] if position else " "
            after = text[position + 1] if position + 1 < len(text) else " "
            closing = not before.isspace() and before not in "([{" and not after.isalnum()
            opening = (before.isspace() or before in "([{") and not after.isspace()
            if opening and not closing:
                straight_open = position
            elif straight_open is not None:
                ranges.append((straight_open, position))
                straight_open = None
            elif not closing:
                straight_open = position
    return ranges


def test_quotation_marks_found_by_pattern_pair_as_a_walk_over_every_character_pairs_them():
    import random

    from newsquotes.corpus.segment import quotation_ranges

    draw = random.Random(5)
    for _ in range(3000):
        text = "".join(draw.choice('ab c"“”«»„ (.[{,\n1') for _ in range(draw.randint(0, 40)))
        assert quotation_ranges(text) == _quotations_char_by_char(text), text
