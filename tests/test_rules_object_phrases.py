"""A reporting verb whose object is a noun phrase reports nothing, though a month named "May", a noun in -s before a
dash and a determiner ("factories — its largest …"), an -ed form before its noun ("new advanced manufacturing jobs")
or a participle set off after the object (", located in Mesa") stands in it: none is a finite verb. A clause after
the verb still reports, with a modal "may", a verb before its object or a participle between commas in it."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence", [
    "The researchers observed the moon for 17 nights, from February 2016 through May 2017.",
    "The carmaker announced a $3 billion investment in new factories — its largest in a decade.",
    "The company announced a $100 billion investment in U.S. factories — its biggest ever.",
    "Cyclic Materials announced a $20 million recycling facility, located in Mesa, Arizona.",
    "Cyclic Materials announced a new facility, located in Mesa, Arizona.",
    "Cyclic Materials announced a plant, located in Mesa.",
    "The company announced 400 new advanced manufacturing jobs at the plant.",
])
def test_a_noun_phrase_object_is_no_report(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence, content", [
    ("The agency announced the launch may slip to next year.", "the launch may slip to next year"),
    ("The minister said the talks — the first in years — were useful.", "the talks — the first in years — were useful"),
    ("The company announced the plant uses the new process.", "the plant uses the new process"),
    ("Officials said the bridge, built in 1990, needed urgent repairs.", "the bridge, built in 1990, needed urgent repairs"),
    ("The army reported the troops, stationed in Kyiv, retreated at dawn.",
     "the troops, stationed in Kyiv, retreated at dawn"),
    ("Officials confirmed Smith, the mayor, stayed in office.", "Smith, the mayor, stayed in office"),
    ("Police said the man, 45, died in hospital.", "the man, 45, died in hospital"),
    ("The council announced the road advanced to the next stage of planning.",
     "the road advanced to the next stage of planning"),
    ("Only 0.5% of grocery turnover comes from this segment, compared to 7% in the United Kingdom, reports the paper.",
     "Only 0.5% of grocery turnover comes from this segment, compared to 7% in the United Kingdom"),
])
def test_a_clause_after_the_verb_still_reports(sentence, content):
    assert [q[0] for q in quotes(sentence)] == [content], quotes(sentence)
