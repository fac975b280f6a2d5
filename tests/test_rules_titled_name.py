"""A description written elsewhere as the title before a name is that person, for referents and nominal subjects alike."""

from __future__ import annotations

from newsquotes.models.rules_entities import find_mentions
from newsquotes.models.rules_referents import Referents
from newsquotes.models.rules_text import Layout
from rules_sentences import article_of


def _referents(*paragraphs: str) -> tuple[Layout, Referents]:
    layout = Layout(article_of(*paragraphs))
    return layout, Referents(layout, find_mentions(layout))


def test_a_title_written_before_a_name_is_that_name():
    layout, referents = _referents("China’s ambassador to Britain Liu Xiaming has said the move was wrong.",
                                   "China’s ambassador to Britain warned of consequences.")
    start = layout.text.index("China’s ambassador to Britain warned")
    assert referents.titled_name(start, start + len("China’s ambassador to Britain")) == "Liu Xiaming"


def test_a_title_written_before_no_name_is_its_own_words():
    layout, referents = _referents("China’s ambassador to Britain warned of consequences.")
    assert referents.titled_name(0, len("China’s ambassador to Britain")) == "China’s ambassador to Britain"
