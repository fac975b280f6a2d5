"""The ``rules`` model on subjects the reporting verb is kept apart from: a relative clause without commas between
them ("Terri Collins who sponsored the bill remarked …"), and a relative "that" on the thing a verb reports, which
opens no clause ("reported telephone wait times that exceeded two hours"); and people taken together by a noun the
speaker heads did not hold ("Trump and his supporters claimed …", "his associates had alleged …"); and a
participle's phrase between the subject and its verb ("A study published in journal … last month reported …") or an
aside on where it was said ("Police, in a statement on Monday, said …").

Each sentence is built on the construction of a sentence in the train or dev split or the outside set's study half,
and goes through the real segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from newsquotes.models.rules_subject_relatives import relative_on_object
from rules_sentences import quotes


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("Republican state senator Dana Whitfield who sponsored the measure remarked the law was not enforceable under "
     "current rulings.", "the law was not enforceable under current rulings", "remarked", "Dana Whitfield"),
    ("The city officials who ordered the closure claimed they were conducting a traffic study.",
     "they were conducting a traffic study", "claimed", "The city officials"),
    ("Residents who attended the meeting insisted the plant had been leaking for months.",
     "the plant had been leaking for months", "insisted", "Residents"),
])
def test_a_relative_clause_that_opens_with_its_verb_leaves_the_subject_to_the_reporting_verb(sentence, content, cue,
                                                                                              speaker):
    (quote,) = quotes(sentence)
    assert quote[:4] == (content, "indirect", cue, speaker)


def test_a_relative_clause_with_a_subject_of_its_own_does_not_hand_the_antecedent_to_the_verb():
    found = quotes("The suspect who police said was armed claimed he had acted alone.")
    assert ("said", "The suspect") not in [q[2:4] for q in found]


def test_that_after_a_bare_plural_object_opens_a_relative_clause_not_the_report():
    sentence = ("There were also more mundane issues on launch day. Some viewers who sought help reported telephone "
                "wait times that exceeded two hours.")
    assert quotes(sentence) == []


@pytest.mark.parametrize("words,relative", [
    (" telephone wait times ", True),
    (" threats ", True),
    (" on Monday ", False),
    (" yesterday ", False),
    (" several times ", False),
    (" reporters ", True),
    (" earlier reports ", False),
    ("", False),
])
def test_which_words_before_that_are_a_bare_plural_object(words, relative):
    assert relative_on_object(words) is relative


# ---------------------------------------------------------------------- people taken together as subjects


@pytest.mark.parametrize("sentence,count,content,cue,speaker", [
    ("Some of the marchers said they had come to defend their rights. One interviewee said people changed their "
     "minds.", 2, "people changed their minds", "said", "One interviewee"),
    ("When an opportunity arose at a party, his classmates encouraged him to sit down at a drum set.", 1,
     "to sit down at a drum set", "encouraged", "his classmates"),
    ("The rallies happened two days before the vote. Trump and his supporters claimed Joe Biden only won the "
     "election due to fraud.", 1, "Joe Biden only won the election due to fraud", "claimed", "Trump and his supporters"),
    ("Navalny is an outspoken critic of the Kremlin, and his associates had alleged Navalny was poisoned.", 1,
     "Navalny was poisoned", "alleged", "his associates"),
])
def test_people_nouns_head_a_subject_interviewees_classmates_supporters_associates(sentence, count, content, cue, speaker):
    found = quotes(sentence)
    assert len(found) == count
    assert found[-1][:4] == (content, "indirect", cue, speaker)


# ---------------------------------------------------------------------- a participle's phrase inside the subject


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("A study published in journal Nature Astronomy last month reported astronomers had found a second black hole.",
     "astronomers had found a second black hole", "reported", "A study"),
    ("A leaked internal letter seen by the BBC says staff may lose their bonuses.",
     "staff may lose their bonuses", "says", "A leaked internal letter"),
    ("The authors of the research published in the journal JAMA Pediatrics argued that the rules had helped.",
     "the rules had helped", "argued", "The authors of the research"),
])
def test_a_reduced_relative_clause_stays_out_of_the_speaker(sentence, content, cue, speaker):
    (quote,) = quotes(sentence)
    assert quote[2:] == (cue, speaker, speaker) and quote[0] == content


def test_a_document_released_by_its_author_keeps_its_release_in_the_speaker():
    (quote,) = quotes("A report released by the ministry on Monday found that prices had risen.")
    assert quote[3:] == ("A report released by the ministry", "A report released by the ministry")


# ---------------------------------------------------------------------- professions and bare plural subjects


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("His health declined over the next three months. Then a cardiologist dismissed a scan of his heart as normal.",
     "a scan of his heart as normal", "dismissed", "a cardiologist"),
    ("Child welfare advocates have protested the longer detentions, warning that children would face serious risks.",
     "children would face serious risks", "warning", "Child welfare advocates"),
    ("The transport commission is frustrated with the rail operators, saying they failed to share timetables.",
     "they failed to share timetables", "saying", "The transport commission"),
])
def test_professions_and_a_sentence_opening_plural_of_people_are_subjects(sentence, content, cue, speaker):
    assert quotes(sentence)[-1][:4] == (content, "indirect", cue, speaker)


@pytest.mark.parametrize("sentence,speaker", [
    ("Police, in a statement on Monday, said the suspect had fled the city.", "Police"),
    ("The union, in a letter to members last week, warned that strikes would follow.", "The union"),
])
def test_an_aside_on_where_it_was_said_is_not_the_subject(sentence, speaker):
    (quote,) = quotes(sentence)
    assert quote[3] == speaker


@pytest.mark.parametrize("sentence,content,speaker", [
    ("Local residents, said council member Dana Ortiz, are frustrated with the delays.",
     "are frustrated with the delays", "Dana Ortiz"),
    ("Most analysts, says portfolio manager Jane Roe, expect the rate to fall.", "expect the rate to fall", "Jane Roe"),
])
def test_a_verb_inverted_before_a_role_and_a_name_leaves_the_phrase_before_it_to_the_clause(sentence, content, speaker):
    (quote,) = quotes(sentence)
    assert (quote[0], quote[3]) == (content, speaker)
