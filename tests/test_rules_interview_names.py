"""The ``rules`` model on interviews whose turn labels and headlines name people in forms beyond two capitalised
words: a name with particles before its surname ("Pieter van Dijk", "Ursula von der Berg"), a headline that gives the
interviewee's role before the name and is the only place that names them."""

from __future__ import annotations

import pytest

from rules_sentences import MODEL, article_of

_QUESTIONS = ["How bad is the bleaching this year?", "Can the reefs recover?"]
_ANSWERS = ["It is the worst we have seen. Some reefs lost half their coral in a single summer.",
            "They can, if the water cools down. But we are running out of cool years."]
_MINISTER = ("Coral reefs are bleaching at a record pace. The minister, Paul Grant, said on Monday that the government "
             "would act, and Grant promised new funds. Grant repeated the promise in Paris.")


def _said(title: str, *paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    annotation = MODEL.predict(article_of(*paragraphs).model_copy(update={"title": title}))
    return [(q.text, q.speaker.text if q.speaker else None, q.speaker_name) for q in annotation.quotes
            if q.cue is None]


@pytest.mark.parametrize("name", ["Pieter van Dijk", "Ana da Silva", "Ursula von der Berg"])
def test_a_label_with_particles_names_the_one_who_answers(name):
    turns = [p for q, a in zip(_QUESTIONS, _ANSWERS) for p in (f"Wikinews: {q}", f"{name}: {a}")]
    said = _said(f"Wikinews interviews {name}", f"Wikinews spoke to marine biologist {name} about the reefs.", *turns)
    assert said == [(answer, name, name) for answer in _ANSWERS]


def test_labels_with_particles_split_an_interview_of_two_people():
    said = _said("Wikinews interviews the founders of Lumen Games",
                 "Wikinews spoke with Sara Holt and Ana da Silva, who founded Lumen Games in 2010.",
                 "Wikinews: How did you start?",
                 "Sara Holt: We met at university. Ana had the idea and I had the code.",
                 "Ana da Silva: That is true. I had no code at all.",
                 "Wikinews: What is next?",
                 "Sara Holt: A new game next spring.",
                 "Ana da Silva: And a bigger office, I hope.")
    assert [name for _, _, name in said] == ["Sara Holt", "Ana da Silva", "Sara Holt", "Ana da Silva"]
    assert all(not text.startswith(("Sara", "Ana")) for text, _, _ in said)


def test_a_label_line_with_particles_opens_the_answer_under_it():
    turns = [p for q, a in zip(_QUESTIONS, _ANSWERS) for p in ("Wikinews", q, "Ursula von der Berg", a)]
    said = _said("Wikinews interviews Ursula von der Berg",
                 "Wikinews spoke to marine biologist Ursula von der Berg about the reefs.", *turns)
    assert [(text, name) for text, _, name in said] == [(answer, "Ursula von der Berg") for answer in _ANSWERS]


@pytest.mark.parametrize("name", ["Helen Carver", "Pieter van Dijk"])
def test_the_interviewee_only_the_headline_names_after_their_role_answers_under_a_plain_label(name):
    turns = [p for q, a in zip(_QUESTIONS, _ANSWERS) for p in (f"Q: {q}", f"A: {a}")]
    said = _said(f"Wikinews interviews reef scientist {name}", _MINISTER, *turns)
    assert [(text, who) for text, _, who in said] == [(answer, name) for answer in _ANSWERS]


@pytest.mark.parametrize("caption", ["Bleached corals off Heron Island in March.", "The reef at low tide in 2016.",
                                     "Surveying the northern reef in 2016."])
def test_a_caption_between_the_turns_is_no_part_of_the_answer_before_it(caption):
    said = _said("Wikinews interviews Helen Carver", "Wikinews spoke to marine biologist Helen Carver about the reefs.",
                 f"Wikinews: {_QUESTIONS[0]}", f"Helen Carver: {_ANSWERS[0]}", caption,
                 f"Wikinews: {_QUESTIONS[1]}", f"Helen Carver: {_ANSWERS[1]}")
    assert [text for text, _, _ in said] == _ANSWERS


@pytest.mark.parametrize("more", ["The corals expelled their algae within a week.",
                                  "Make the reef a national priority.", "Not in my lifetime, sadly.",
                                  "A diver counts the fish along the reef every week."])
def test_a_sentence_after_an_answer_goes_on_with_it(more):
    said = _said("Wikinews interviews Helen Carver", "Wikinews spoke to marine biologist Helen Carver about the reefs.",
                 f"Wikinews: {_QUESTIONS[0]}", f"Helen Carver: {_ANSWERS[0]}", more,
                 f"Wikinews: {_QUESTIONS[1]}", f"Helen Carver: {_ANSWERS[1]}")
    assert [(text, name) for text, _, name in said] == [(_ANSWERS[0], "Helen Carver"), (more, "Helen Carver"),
                                                        (_ANSWERS[1], "Helen Carver")]


@pytest.mark.parametrize("intro", [
    "Wikinews contacted marine biologist Helen Carver to discuss the plan.",
    "Wikinews asked Helen Carver, a marine biologist, about the plan.",
    "Wikinews corresponded with marine biologist Helen Carver about the plan.",
    "Wikinews got in touch with Helen Carver, a marine biologist, to ask about the plan.",
    "Wikinews had the chance to ask marine biologist Helen Carver about it.",
    "Helen Carver, a marine biologist, joined Wikinews to discuss the plan.",
    "In an exclusive interview, marine biologist Helen Carver told Wikinews the plan would fail.",
    "Marine biologist Helen Carver responds to the plan in an interview with Wikinews.",
    "Marine biologist Helen Carver gave Wikinews an interview about the plan.",
    "Marine biologist Helen Carver agreed to answer some questions from Wikinews.",
])
def test_the_one_the_introduction_says_was_asked_answers_though_the_report_names_another_more(intro):
    turns = [p for q, a in zip(_QUESTIONS, _ANSWERS) for p in (f"Q: {q}", f"A: {a}")]
    said = _said("Reef plan under fire", _MINISTER, intro, *turns)
    assert [(text, name) for text, _, name in said] == [(answer, "Helen Carver") for answer in _ANSWERS]


@pytest.mark.parametrize("report", ["Reporters asked Paul Grant about the plan on Monday.",
                                    "Police contacted Paul Grant on Monday.",
                                    "Paul Grant responded to critics on Monday."])
def test_a_person_others_asked_or_contacted_is_not_the_one_the_page_asks(report):
    turns = [p for q, a in zip(_QUESTIONS, _ANSWERS) for p in (f"Q: {q}", f"A: {a}")]
    said = _said("Reef plan under fire", report + " Grant said the plan would work, and Grant promised funds.",
                 "We caught up with Helen Carver, a marine biologist, after the announcement.", *turns)
    assert [name for _, _, name in said] == ["Helen Carver"] * len(_ANSWERS)


_ABOUT_GRANT = [("Will Grant’s plan help the reef?", "It is a start. But the money is small."),
                ("What did Grant get wrong?", "He thinks the reef can wait. It cannot.")]


@pytest.mark.parametrize("title,intro", [
    ("Reef plan under fire", "Helen Carver is a marine biologist at the University of Tasmania."),
    ("Reef plan under fire", "Helen Carver in 2014. Image: Tom Reid."),
    ("Reef scientist Helen Carver on Grant’s plan", None),
    ("Wikinews talks to reef scientist Helen Carver", None),
])
def test_the_person_the_questions_speak_of_is_not_the_one_who_answers(title, intro):
    report = "The minister, Paul Grant, announced a reef plan on Monday. Grant said it would work, and Grant promised funds."
    turns = [p for q, a in _ABOUT_GRANT for p in (f"Q: {q}", f"A: {a}")]
    said = _said(title, report, *([intro] if intro else []), *turns)
    assert [(text, name) for text, _, name in said] == [(a, "Helen Carver") for _, a in _ABOUT_GRANT]


def test_a_short_reply_right_after_an_unlabelled_question_is_an_answer():
    said = _said("Wikinews interviews Helen Carver", "Wikinews spoke with marine biologist Helen Carver.",
                 "How bad is it this year?", "It is the worst we have seen, by far, in thirty years.",
                 "Early days", "Will it recover?", "Nobody knows.", "What should we do?", "Cut emissions.")
    assert [(text, name) for text, _, name in said] == [
        ("It is the worst we have seen, by far, in thirty years.", "Helen Carver"), ("Nobody knows.", "Helen Carver"),
        ("Cut emissions.", "Helen Carver")]


_RIVAL = ("Helen Carver’s campaign for mayor began in May. Her rival, Paul Grant, has raised more money; Grant said so "
          "on Monday and Grant expects to win.")


@pytest.mark.parametrize("ask,answer", [("Wikinews: ", "A: "), ("", "")])
def test_the_person_the_answers_speak_of_is_not_the_one_who_gives_them(ask, answer):
    said = _said("Ashford race", _RIVAL, f"{ask}Why do you run again?", f"{answer}The job is not done. We need new roads.",
                 f"{ask}What about your rival?", f"{answer}Grant is a fine man. But Grant has no plan.")
    assert [(text, name) for text, _, name in said] == [
        ("The job is not done. We need new roads.", "Helen Carver"),
        ("Grant is a fine man. But Grant has no plan.", "Helen Carver")]


def test_a_question_that_opens_with_the_interviewees_name_and_a_dash_addresses_them():
    said = _said("Ashford race", "Paul Grant and Helen Carver both run for mayor. Grant has raised more money.",
                 "Q: Helen – congratulations on the campaign. Why do you run again?",
                 "A: The job is not done. We need new roads.", "Q: What would you change first?",
                 "A: The buses. They run late every day.")
    assert [name for _, _, name in said] == ["Helen Carver", "Helen Carver"]


@pytest.mark.parametrize("ask,answer,mention", [
    ("<Wikinews> ", "<Helen Carver> ", "Helen Carver"),
    ("[20:01] Wikinews: ", "[20:02] Helen Carver: ", "Helen Carver"),
    ("Wikinews (WN): ", "Helen Carver (HC): ", "Helen Carver"),
    ("Q - ", "A - ", None),
])
def test_chat_logs_and_ascii_transcripts_label_their_turns(ask, answer, mention):
    turns = [p for q, a in zip(_QUESTIONS, _ANSWERS) for p in (ask + q, answer + a)]
    said = _said("Wikinews interviews Helen Carver", "Wikinews spoke to marine biologist Helen Carver about the reefs.",
                 *turns)
    assert said == [(answer, mention, "Helen Carver") for answer in _ANSWERS]


def test_a_chat_log_of_two_people_gives_each_line_to_its_nick():
    said = _said("Wikinews interviews the founders of Lumen Games",
                 "Wikinews spoke with Sara Holt and Ben Ortiz, who founded Lumen Games in 2010.",
                 "<Wikinews> How did you start?", "<Sara> We met at university. Ben had the idea and I had the code.",
                 "<Ben> That is true. I had no code at all.")
    assert [(text[:12], name) for text, _, name in said] == [("We met at un", "Sara Holt"), ("That is true", "Ben Ortiz")]


def test_an_unlabelled_answer_that_ends_with_a_question_of_its_own_is_an_answer():
    said = _said("Wikinews interviews Helen Carver", "Wikinews spoke with marine biologist Helen Carver.",
                 "How bad is it this year?", "It is the worst we have seen, by far, in thirty years.",
                 "Can the reef recover?", "It can, if the water cools down. But will it cool down?",
                 "What should we do?", "Cut emissions. Then wait.")
    assert [text for text, _, _ in said] == ["It is the worst we have seen, by far, in thirty years.",
                                             "It can, if the water cools down. But will it cool down?",
                                             "Cut emissions. Then wait."]


def test_two_questions_to_the_reader_in_a_row_stay_questions():
    said = _said("Saving the reef", "Coral reefs are bleaching at a record pace.",
                 "What happens to a reef when the sea warms? Why do the corals turn white?",
                 "Where do the algae go? Can they come back?",
                 "The corals expel the algae that feed them, and starve within weeks.")
    assert said == []


@pytest.mark.parametrize("ask,answer", [("Wikinews: ", "Helen Carver: "), ("Q: ", "A: ")])
def test_a_question_the_introduction_asks_its_reader_makes_no_answer_of_the_paragraph_after_it(ask, answer):
    turns = [p for q, a in zip(_QUESTIONS, _ANSWERS) for p in (ask + q, answer + a)]
    said = _said("Wikinews interviews Helen Carver", "What happens when a reef dies?",
                 "Fish stocks collapse within a decade, and coastal towns lose their income.",
                 "Wikinews spoke to marine biologist Helen Carver about it.", *turns)
    assert [(text, name) for text, _, name in said] == [(a, "Helen Carver") for a in _ANSWERS]
