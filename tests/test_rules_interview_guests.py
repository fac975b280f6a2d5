"""The ``rules`` model on interviews with several guests: each answer goes to the guest its label names, in whatever
form the label gives the name (surname, first name, capitals, initials, a title and the surname, a name in square
brackets), read against the full names the headline and the introduction give, also where the name finder misses a
guest in a list; a group whose introduction names them by role only answers under first names; questions that call
each guest by first name give the unlabelled answer after them to that guest."""

from __future__ import annotations

import pytest

from newsquotes.models.rules_guests import Guests
from rules_sentences import MODEL, article_of

_QUESTIONS = ["How high did the river rise on Sunday?", "Why did the dikes hold this time?",
              "Will the town need new pumps?", "What should people along the river do now?"]
_ANSWERS = ["It rose nearly four metres in two days, the highest level since 1954.",
            "The dikes were raised after the last flood. The work finished only in March.",
            "Two more pumps would help. The old ones are forty years old.",
            "Keep away from the banks and follow the warnings on the radio."]
_TWO = ("Floods closed roads across the south of the country on Sunday. Wikinews spoke to two engineers, Mia Roth "
        "of the Water Board and Jan Weber of the Delft University of Technology, about the flood.")


def _answers(title: str, intro: str, labels: list[str], asking: str = "Wikinews: ") -> list[tuple[str, str | None]]:
    turns = [p for k, (q, a) in enumerate(zip(_QUESTIONS, _ANSWERS))
             for p in (asking + q, labels[k % len(labels)] + a)]
    annotation = MODEL.predict(article_of(intro, *turns).model_copy(update={"title": title}))
    return [(q.text, q.speaker_name) for q in annotation.quotes if q.cue is None and q.text in _ANSWERS]


def _speakers(title: str, intro: str, labels: list[str]) -> list[str | None]:
    """Who answers each question, whatever part of the label the answer keeps."""
    turns = [p for k, (q, a) in enumerate(zip(_QUESTIONS, _ANSWERS))
             for p in ("Wikinews: " + q, labels[k % len(labels)] + a)]
    annotation = MODEL.predict(article_of(intro, *turns).model_copy(update={"title": title}))
    return [q.speaker_name for q in annotation.quotes if q.cue is None and q.text.endswith(tuple(_ANSWERS))]


def _alternating(*names: str) -> list[tuple[str, str]]:
    return [(answer, names[k % len(names)]) for k, answer in enumerate(_ANSWERS)]


@pytest.mark.parametrize("labels", [["Mia: ", "Jan: "], ["Roth: ", "Weber: "], ["MIA: ", "JAN: "],
                                    ["Dr Roth: ", "Prof. Weber: "], ["MR: ", "JW: "]])
def test_each_answer_goes_to_the_guest_of_the_introduction_its_label_names(labels):
    said = _answers("Wikinews interviews flood experts about the Rhine floods", _TWO, labels)
    assert said == _alternating("Mia Roth", "Jan Weber")


def test_guests_only_the_headline_names_answer_under_their_surnames():
    said = _answers("Wikinews interviews Clara Voss and Peter Lang of the Danube Rowing Club",
                    "The club lost its boathouse in the floods last spring.", ["Voss: ", "Lang: "])
    assert said == _alternating("Clara Voss", "Peter Lang")


def test_a_group_named_by_role_answers_under_first_names():
    said = _answers("Wikinews interviews the owners of a bakery in Passau",
                    "Floods closed roads across the south of the country. Wikinews spoke with the owners of the "
                    "Sonnenbäck bakery about the flood.", ["Mia: ", "Jan: "])
    assert said == _alternating("Mia", "Jan")


def test_a_shared_surname_after_two_first_names_is_each_ones():
    said = _answers("Wikinews interviews the owners of a bakery in Passau",
                    "Wikinews spoke with Mia and Jan Weber, who have run the bakery since 1998.", ["Mia: ", "Jan: "])
    assert said == _alternating("Mia Weber", "Jan Weber")


def test_one_word_label_of_a_single_guest_is_a_heading_not_a_speaker():
    said = _speakers("Wikinews interviews engineer Mia Roth",
                     "Wikinews spoke to Mia Roth of the Water Board about the flood.", ["Roth: ", "Background: "])
    assert said == ["Mia Roth"] * 4


def test_names_in_square_brackets_label_the_turns():
    said = _answers("Wikinews interviews flood experts", _TWO, ["[Mia Roth] ", "[Jan Weber] "])
    assert said == _alternating("Mia Roth", "Jan Weber")


def test_a_stage_direction_in_square_brackets_labels_no_one():
    said = _speakers("Wikinews interviews engineer Mia Roth",
                     "Wikinews spoke to Mia Roth of the Water Board about the flood.", ["Mia Roth: ", "[Laughs] "])
    assert said == ["Mia Roth"] * 4


def test_questions_that_call_each_guest_by_first_name_give_them_the_answers():
    turns = [p for k, (q, a) in enumerate(zip(_QUESTIONS, _ANSWERS))
             for p in (f"{['Mia', 'Jan'][k % 2]}, {q[0].lower()}{q[1:]}", a)]
    annotation = MODEL.predict(article_of(_TWO, *turns).model_copy(
        update={"title": "Wikinews interviews flood experts"}))
    said = [(q.text, q.speaker_name) for q in annotation.quotes if q.cue is None and q.text in _ANSWERS]
    assert said == _alternating("Mia Roth", "Jan Weber")


@pytest.mark.parametrize(("label", "name"), [
    ("Jan", "Jan Weber"), ("Weber", "Jan Weber"), ("Dr Weber", "Jan Weber"), ("JW", "Jan Weber"),
    ("JAN", "Jan Weber"), ("Roth", "Mia Roth"), ("Water", None), ("Dr", None), ("Lang", None)])
def test_a_label_reads_as_the_one_full_name_written_with_it(label, name):
    assert Guests("Wikinews interviews flood experts", _TWO).full_name(label) == name


@pytest.mark.parametrize(("title", "intro", "label", "name"), [
    ("Wikinews interviews a storm chaser",
     "Wikinews spoke with storm chaser Dr. Marsh about the season. When Marsh was twelve, a tornado hit her town.",
     "Marsh", None),
    ("Wikinews interviews Ann Marsh", "After Midnight, the band she founded, plays in Tulsa tonight.", "AM",
     "Ann Marsh"),
    ("Wikinews interviews June Marsh", "June Marsh founded the band in Tulsa.", "Marsh", "June Marsh"),
])
def test_a_word_that_opens_a_sentence_opens_no_name(title, intro, label, name):
    assert Guests(title, intro).full_name(label) == name


def test_a_label_two_written_names_share_names_no_one():
    assert Guests("", "Wikinews spoke with Jan Weber and Jan Roth.").full_name("Jan") is None


@pytest.mark.parametrize("labels", [["Mia Roth, hydrologist: ", "Jan Weber, civil engineer: "],
                                    ["Roth (Water Board): ", "Weber (Delft University): "]])
def test_a_label_that_describes_its_guest_names_them_and_stays_out_of_the_answer(labels):
    said = _answers("Wikinews interviews flood experts", _TWO, labels)
    assert said == _alternating("Mia Roth", "Jan Weber")


def test_a_sentence_with_a_comma_and_a_colon_after_a_question_is_no_label():
    said = _speakers("Wikinews interviews engineer Mia Roth",
                     "Wikinews spoke to Mia Roth of the Water Board about the flood.",
                     ["Roth: ", "In Passau, the answer: "])
    assert said == ["Mia Roth"] * 4
