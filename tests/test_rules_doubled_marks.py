"""Two single marks typed for one double mark (’’ closing, ‘‘ opening, as some wires write them) close and open a
quotation like a double mark: the quotation stops before its attribution, and the paragraph that carries it on
takes its speaker. Single marks that are no such pair, and articles without one, are read as before."""

import pytest

from rules_sentences import article_of, quotes
from newsquotes.models.rules_doubled_marks import single_marks_doubled
from newsquotes.schema import Annotation, Entity


@pytest.mark.parametrize("paragraphs, expected", [
    (["“The leaflet was an attempt to mislead voters,’’ Will Moy, the head of a fact-checking charity, told the BBC. "
      "“And I think it was wrong.’’"],
     [("The leaflet was an attempt to mislead voters", "direct", "told", "Will Moy", "Will Moy"),
      ("And I think it was wrong.", "direct", "told", "Will Moy", "Will Moy")]),
    (["The regulator issued a statement warning that “voters are entitled to accurate information.’’ "
      "It did not name the party."],
     [("voters are entitled to accurate information.", "direct", "warning", "a statement", "a statement")]),
    (["‘‘We are proud of this team,’’ said coach Mark Daniels. ‘‘They worked hard all season.",
      "‘‘We will be back next year.’’"],
     [("We are proud of this team", "direct", "said", "Mark Daniels", "Mark Daniels"),
      ("They worked hard all season.", "direct", "said", "Mark Daniels", "Mark Daniels"),
      ("We will be back next year.", "direct", "said", "Mark Daniels", "Mark Daniels")]),
])
def test_a_doubled_single_mark_is_one_double_mark(paragraphs, expected):
    assert quotes(*paragraphs) == expected


@pytest.mark.parametrize("paragraphs", [
    ["The players’ union said the league’s offer was ‘fair’ and would be put to a vote."],
    ["“We are proud of this team,” said coach Mark Daniels. “They worked hard all season.",
     "“We will be back next year.”"],
])
def test_single_marks_and_double_marks_read_as_before(paragraphs):
    article = article_of(*paragraphs)
    same, restore = single_marks_doubled(article)
    assert same is article
    annotation = object()
    assert restore(annotation) is annotation


def test_spans_go_back_onto_the_original_text():
    article = article_of("“The bridge is safe,’’ the engineer said. ‘‘We checked it twice.’’")
    shortened, _ = single_marks_doubled(article)
    assert shortened.text == "“The bridge is safe,” the engineer said. “We checked it twice.”"
    assert [shortened.text[s.start:s.end] for s in shortened.sentences] == [
        "“The bridge is safe,” the engineer said.", "“We checked it twice.”"]
    assert quotes(*article.text.split("\n")) == [
        ("The bridge is safe", "direct", "said", "the engineer", "the engineer"),
        ("We checked it twice.", "direct", "said", "the engineer", "the engineer")]


def test_a_title_in_mixed_marks_keeps_its_marks_in_the_content():
    found = quotes("Cohen, who goes by his nickname \"Spike\", which he has explained derives from a character on "
                   "‘’My Little Pony’’, was initially a neoconservative.")
    assert [q[0] for q in found] == ["derives from a character on ‘’My Little Pony’’"], found


def test_a_span_ending_on_a_single_mark_before_a_pair_keeps_to_that_mark():
    article = article_of("He called it ‘’’a disgrace.’’")
    shortened, restore = single_marks_doubled(article)
    end = shortened.text.index("‘") + 1
    entity = Entity(id="e1", label="PERSON", start=0, end=end, text=shortened.text[:end])
    annotation = Annotation(article_id=article.id, annotator="model:rules", text_sha256=article.text_sha256,
                            entities=[entity])
    assert restore(annotation).entities[0].text == "He called it ‘"
