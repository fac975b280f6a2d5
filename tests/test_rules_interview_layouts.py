"""The ``rules`` model on interviews laid out as other publishers lay them out: the same questions and answers
(from an interview in the dev split) under other turn labels, headlines and introductions give the same speaker
to the same answers."""

from __future__ import annotations

import pytest

from rules_sentences import MODEL, article_of, predicted, quotes

_INTRO = ("October is National Magic Month in the United States. Wikinews spoke with William Evans, president of the "
          "International Brotherhood of Magicians, about the current state of magic and its future in entertainment.")
_TURNS = [
    ("For how long have you been involved in performing magic?",
     "Over 50 years. I am 61 now so I really started when I was about 10 years old."),
    ("October is National Magic Month in the US. Do you think magic is alive as a form of entertainment today?",
     "Absolutely. There are more magicians working today than ever before."),
    ("Has the internet helped or hurt magic?",
     "Both. I think it has helped draw younger people to magic as a hobby."),
]
_ANSWERS = [answer for _, answer in _TURNS]


def _interview(ask: str, answer: str, intro: str = _INTRO, title: str = "Wikinews interviews a magician",
               questions: list[str] | None = None) -> list[tuple]:
    paragraphs = [intro]
    for (_, reply), asked in zip(_TURNS, questions or [q for q, _ in _TURNS]):
        paragraphs += [ask + asked, answer + reply]
    annotation = MODEL.predict(article_of(*paragraphs).model_copy(update={"title": title}))
    return [(q.text, q.speaker_name) for q in annotation.quotes]


@pytest.mark.parametrize("ask,answer", [
    ("Wikinews: ", "William Evans: "),
    ("Q: ", "A: "),
    ("Q. ", "A. "),
    ("Question: ", "Answer: "),
    ("((WN)) ", "((William Evans)) "),
    ("Interviewer: ", "Evans: "),
    ("WN: ", "WE: "),
    ("DS: ", "WE: "),
    ("WIKINEWS: ", "WILLIAM EVANS: "),
    ("David Shankbone: ", "William Evans: "),
    ("Shankbone: ", "Evans: "),
    ("", ""),
    ("Q: ", ""),
])
def test_every_label_style_gives_the_answers_to_the_interviewee(ask, answer):
    assert _interview(ask, answer) == [(text, "William Evans") for text in _ANSWERS]


@pytest.mark.parametrize("title,intro", [
    ("Magic today", _INTRO),
    ("Magic today", "William Evans, president of the International Brotherhood of Magicians, talked to Wikinews "
                    "about magic. Evans succeeded Joe Smith, and Smith praised him."),
    ("Magic today", "Wikinews reporter David Shankbone sat down with William Evans, president of the International "
                    "Brotherhood of Magicians."),
    ("Magic today", "David Shankbone of Wikinews interviewed magician William Evans in Los Angeles. Shankbone asked "
                    "him about the craft."),
    ("Magic today", "Wikinews spoke with William Evans. Evans learned from Lance Burton. Burton, like Burton's mentor "
                    "Mark Wilson, toured. Burton said so."),
    ("Magic today", "I met William Evans in his Hollywood shop last week and asked him about the state of magic."),
    ("Harry Houdini's legacy: Wikinews interviews William Evans", _INTRO),
    ("Former Houdini assistant William Evans tells Wikinews about magic", _INTRO),
])
def test_the_interviewee_survives_other_headlines_and_introductions(title, intro):
    for ask, answer in (("Q: ", "A: "), ("", "")):
        assert _interview(ask, answer, intro, title) == [(text, "William Evans") for text in _ANSWERS]


def test_a_question_under_the_interviewers_label_needs_no_question_mark():
    questions = ["How did you come to be involved with magic", "Is magic alive today", "What about the internet"]
    got = _interview("Wikinews: ", "William Evans: ", questions=questions)
    assert got == [(text, "William Evans") for text in _ANSWERS]


def test_a_question_that_names_the_interviewee_tells_who_answers():
    intro = "October is National Magic Month. The magician William Evans leads a brotherhood; Joe Smith led it before."
    questions = ["Mr. Evans, for how long have you been involved in performing magic?", _TURNS[1][0], _TURNS[2][0]]
    got = _interview("", "", intro, "Magic today", questions=questions)
    assert got == [(text, "William Evans") for text in _ANSWERS]


def test_an_answer_going_on_over_paragraphs_stays_with_its_labelled_speaker():
    got = quotes("Wikinews spoke with Chet Clem and Sean Mills of the newspaper.",
                 "David Shankbone: How do you decide on the stories?",
                 "Sean Mills: We do everything backwards here. We start with the headline.",
                 "Then we assign a headline to a specific writer to execute.",
                 "David Shankbone: Do your writers have similar rules of thumb?",
                 "Chet Clem: We don't have any rules or known lines we won't cross.")
    assert [q[4] for q in got] == ["Sean Mills", "Sean Mills", "Chet Clem"]


def test_rhetorical_questions_of_a_report_make_no_interview():
    assert quotes("Democrats keep defending the gang member the administration deported last month.",
                  "Why do they keep defending him?",
                  "The court records show two arrests and a removal order from a judge in 2019.",
                  "Where is the outrage for his victims?",
                  "The victims' families have asked for a meeting, and none has taken place yet.") == []


def test_an_answer_that_ends_in_a_question_stays_an_answer_of_its_labelled_speaker():
    got = quotes("Noam Chomsky spoke to Wikinews about NATO and the labour movement.",
                 "Michael Dranove: There is a NATO conference in Chicago, and I know you're speaking at the other one.",
                 "Noam Chomsky: Could be, I give so many talks I can't remember. Why should NATO exist?",
                 "Michael Dranove: Do you think this is a revival of the Left in the West?",
                 "Noam Chomsky: It's really hard to tell. There are certainly signs of it.")
    assert [(q[0][:12], q[4]) for q in got] == [("Could be, I ", "Noam Chomsky"), ("It's really ", "Noam Chomsky")]


@pytest.mark.parametrize("heading", ["The waning importance of history", "Labor actions as a revival of the Left"])
def test_a_section_heading_before_a_question_is_no_answer(heading):
    got = quotes("Wikinews spoke with Shimon Peres about the peace process.",
                 "Wikinews: How do you feel about that?",
                 "Shimon Peres: Well, I distinguish between two histories, the spiritual and the material.",
                 heading,
                 "Wikinews: Isn't the answer to that question that wise decisions are made with a background?",
                 "Shimon Peres: The background is made of values, not of events.",
                 "This map shows the location of the Ross Ice Shelf in the Antarctic. image: Daly et al.")
    assert [q[0][:10] for q in got] == ["Well, I di", "The backgr"]


def test_the_one_who_answers_under_a_label_once_answers_the_unlabelled_questions_too():
    intro = "Lance Burton toured with Mark Wilson for years. Burton says magic is alive, and Burton still performs."
    paragraphs = [intro]
    for k, (question, answer) in enumerate(_TURNS):
        paragraphs += ["Wikinews: " + question, ("William Evans: " if k == 0 else "") + answer]
    annotation = MODEL.predict(article_of(*paragraphs).model_copy(update={"title": "Magic today"}))
    assert [q.speaker_name for q in annotation.quotes if q.text in _ANSWERS] == ["William Evans"] * 3


def test_a_short_labelled_answer_is_an_answer():
    got = quotes("Wikinews spoke with chess player Dorsa Derakhshani about her career.",
                 "((WN)) Which time control do you prefer?",
                 "((Dorsa Derakhshani)) Standard.",
                 "((WN)) Are there any advantages of playing for any federation?",
                 "((Dorsa Derakhshani)) No.")
    assert [(q[0], q[4]) for q in got] == [("Standard.", "Dorsa Derakhshani"), ("No.", "Dorsa Derakhshani")]


def test_what_the_interviewer_quotes_under_its_own_label_is_no_quote():
    got = quotes("Wikinews spoke with Wayne Tseng about his campaign.",
                 "((WN)) Your manifesto also mentions reviewing \"animal management plan\". What would you change?",
                 "((Wayne Tseng)) We should be compassionate, and I will review the pet plan this year.",
                 "((WN)) Should elementary schools teach and encourage students to play chess?",
                 "((Wayne Tseng)) Yes, they should, because it teaches patience.")
    assert [q[4] for q in got] == ["Wayne Tseng", "Wayne Tseng"]


def test_the_reports_narration_between_the_turns_is_no_answer():
    got = quotes("Wikinews spoke with chess player Dorsa Derakhshani about her career.",
                 "((WN)) Who inspired you to play?",
                 "((Dorsa Derakhshani)) My parents, who wanted me to be able to inspire other people.",
                 "Having won multiple tournaments as a kid, Dorsa Derakhshani decided not to play for the federation.",
                 "((WN)) Which time control do you prefer?",
                 "((Dorsa Derakhshani)) Standard, though I like a quick game.",
                 "So I chose a name that represented me, Dorsa Derakhshani, the player and the student.")
    assert [q[0][:10] for q in got] == ["My parents", "Standard, ", "So I chose"]


def test_a_request_between_two_answers_of_the_same_label_is_a_question():
    questions = [_TURNS[0][0], "Tell us about your first show in Hollywood", _TURNS[2][0]]
    got = _interview("", "William Evans: ", questions=questions)
    assert got == [(text, "William Evans") for text in _ANSWERS]


def test_an_answer_that_goes_on_into_a_question_of_its_own_stays_an_answer():
    got = quotes("Wikinews spoke with Shimon Peres about the peace process.",
                 "Wikinews: How do you feel about that?",
                 "Shimon Peres: Well, I distinguish between two histories, the spiritual and the material.",
                 "But events are totally unimportant. Why should I bother my children with all this nonsense?",
                 "Wikinews: Isn't the answer that wise decisions are made with a background?",
                 "Shimon Peres: The background is made of values, not of events.",
                 "Wikinews: Do you still think that there is a future to the peace process?",
                 "Shimon Peres: The future is only peace. The problem is how long it will take.")
    assert [(q[0][:10], q[4]) for q in got] == [("Well, I di", "Shimon Peres"), ("But events", "Shimon Peres"),
                                                 ("The backgr", "Shimon Peres"), ("The future", "Shimon Peres")]


def test_a_saying_the_interviewer_cites_is_no_quote():
    got = quotes("Wikinews spoke with Shimon Peres about the peace process.",
                 "Wikinews: What about the adage, \u201cThose who forget history are doomed to repeat it\u201d?",
                 "Shimon Peres: Well, I distinguish between two histories, the spiritual and the material.",
                 "Wikinews: Do you still think that there is a future to the peace process?",
                 "Shimon Peres: The future is only peace. The problem is how long it will take.")
    assert [q[0][:10] for q in got] == ["Well, I di", "The future"]


@pytest.mark.parametrize("ask", ["((WN)) ", "Wikinews: ", "Q: ", ""])
@pytest.mark.parametrize("put,said", [
    ("You noted {}. Why do you think that might be?", "there are more magicians working today than ever before"),
    ("As you mentioned, {}. What are some of the other ways?", "magic draws younger people as a hobby"),
    ("Sir, you said that {}, did you start as a boy?", "you have been performing magic for over 50 years"),
    ("You had previously mentioned in your talk, {}. How is that going?", "the internet has helped magic"),
    ("On your website, you wrote \u201c{}\u201d \u2014 how do you plan to do that?", "Magic is alive and well."),
])
def test_a_report_of_the_interviewees_words_inside_a_question_is_the_interviewees(ask, put, said):
    """A report put to the interviewee as "you" ("((WN)) You noted suicide attempts by youth were not as accurate
    …. Why do you think that might be?") is a quote of the interviewee, with "you" as speaker mention."""
    questions = [_TURNS[0][0], put.format(said), _TURNS[2][0]]
    paragraphs = [_INTRO]
    for (_, reply), asked in zip(_TURNS, questions):
        paragraphs += [ask + asked, ("((William Evans)) " if ask.startswith("((") else "") + reply]
    got = predicted(article_of(*paragraphs).model_copy(update={"title": "Wikinews interviews a magician"}))
    assert (said, "you", "William Evans") in [(q[0], q[3].lower() if q[3] else None, q[4]) for q in got]
    assert [q[4] for q in got if q[0] in _ANSWERS] == ["William Evans"] * 3


@pytest.mark.parametrize("closing", ["Well, thank you so much! All right, it was nice talking to you.",
                                     "Thanks for your time.", "Thank you for agreeing to this interview."])
@pytest.mark.parametrize("ask,answer", [("((WN)) ", "((William Evans)) "), ("Q: ", "A: "), ("", "")])
def test_the_interviewers_unlabelled_thanks_is_no_answer(closing, ask, answer):
    """The interviewer's closing thanks without a label ("Well, thank you so much! All right, it was nice talking to
    you.") is no answer; the interviewee's thanks ("Thank you for having me.") is."""
    paragraphs = [_INTRO]
    for question, reply in _TURNS:
        paragraphs += [ask + question, answer + reply]
    got = MODEL.predict(article_of(*paragraphs, closing, "Thank you for having me, it was a pleasure.").model_copy(
        update={"title": "Wikinews interviews a magician"}))
    assert [q.text for q in got.quotes] == _ANSWERS + ["Thank you for having me, it was a pleasure."]


def test_a_name_label_opening_the_answers_names_their_speaker_where_the_name_finder_misses_it():
    """A podcast transcript from a German publisher: "Christian Drosten:" opens every answer, though no English name
    finder sees the name; the label is no part of the answer and names its speaker."""
    got = quotes("Korinna Hennig spricht mit dem Virologen über das Coronavirus.",
                 "Korinna Hennig: Herr Drosten, wie schnell kann ein Impfstoff kommen?",
                 "Christian Drosten: Das stimmt, also es gibt natürlich Coronaviren, vier Stück in der Bevölkerung.",
                 "Korinna Hennig: Woher hatten Sie das Virus?",
                 "Christian Drosten: Aus China, von Kollegen, aber nur theoretisch als Sequenz-Informationen.")
    assert [(q[0][:12], q[3], q[4]) for q in got] == [("Das stimmt, ", "Christian Drosten", "Christian Drosten"),
                                                      ("Aus China, v", "Christian Drosten", "Christian Drosten")]


def test_the_reports_narration_after_an_embedded_interview_is_no_answer():
    """A news report that embeds an interview ("Siegel agreed to answer some questions for Wikinews' correspondent.")
    goes on after the last answer in its own voice."""
    got = quotes("Professor Michael Siegel of Boston University co-authored a new study on youth suicide.",
                 "Siegel agreed to answer some questions for Wikinews' correspondent.",
                 "((WN)) To what extent do the results of this study match up to your expectations?",
                 "We did not actually have a pre-conceived idea of whether or not we would find an association.",
                 "((WN)) What influence would you like to see these results having on policymakers?",
                 "The results suggest that decreasing the access of youth to firearms may lower youth suicide rates.",
                 "((WN)) What are the next steps you have planned to research this issue?",
                 "The next step is to examine whether there are particular state firearm laws that matter.",
                 "The study was funded by the National Institutes of Health and published in January.",
                 "Youth suicide rates have risen in most states over the past decade, according to federal data.")
    assert [q[0][:12] for q in got] == ["We did not a", "The results ", "The next ste", "Youth suicid"]


@pytest.mark.parametrize("intro", [
    "Day 12 of my Elden Ring diary. I finally reached the castle after three evenings of trying.",
    "I have been playing magic tricks for my nephew all week, and here is what I learned.",
])
def test_a_writer_asking_the_reader_makes_no_interview(intro):
    """A diary or a blog that opens as "I" and asks its reader "you" answers in its own voice: no interview, no
    answers; the same turns under a third-person introduction stay an interview."""
    paragraphs = [intro, "Have you ever spent an hour on one boss?",
                  "I have, and last night it was Margit again. My friend laughed at me over voice chat.",
                  "Do you use summons?", "I refused for a long time, but yesterday I gave in and called the jellyfish."]
    assert quotes(*paragraphs) == []
    assert _interview("", "", intro, "Magic today") == []


def test_the_footer_of_a_code_hosting_page_makes_no_interview():
    assert quotes("Getting started with the repository.", "Questions? Open an issue or ask on the forum.",
                  "© 2024 GitHub, Inc. Terms Privacy Security Status Docs Contact GitHub Pricing API Training Blog",
                  "Did you find this page useful?",
                  "You can't perform that action at this time. You signed in with another tab or window.") == []


def test_the_pages_own_text_after_the_last_answer_ends_the_interview():
    """After a "Leader spotlight" interview, the publisher's list of other interviewees and its promise of more
    interviews are its own voice, not the last answer going on."""
    paragraphs = [_INTRO]
    for question, reply in _TURNS:
        paragraphs += [question, reply]
    paragraphs += ["I expect to learn so much more about magic and about life.",
                   "Read about other featured magicians:", "- Lance Burton, Director of Magic at the Monte Carlo",
                   "- Mark Wilson, Host of The Magic Land of Allakazam",
                   "Check back in soon—we’ll be adding new interviews weekly throughout October."]
    got = MODEL.predict(article_of(*paragraphs).model_copy(update={"title": "Wikinews interviews a magician"}))
    assert [q.text for q in got.quotes] == _ANSWERS + ["I expect to learn so much more about magic and about life."]


@pytest.mark.parametrize("second", ["((RS)) ", "((Richard Sanskrit)) ", "Richard Sanskrit: "])
def test_a_second_interviewer_asking_under_their_own_label_is_no_answer(second):
    """A second interviewer asks once under their own label ("((RS)) How close do these stars get?") between the
    interviewee's answers: a question, not an answer."""
    got = quotes("Wikinews spoke with astronomer Thomas Rivinius about the black hole his team found.",
                 "((WN)) Tell us about the orbits of the two stars in HR 6819.",
                 "((Thomas Rivinius)) Well the inner orbit is relatively fast. It's 40 days.",
                 second + "How close do these stars get?",
                 "((Thomas Rivinius)) Since the orbit is circular, they will always stay at the same distance.",
                 "((WN)) Is the black hole assigned an official name?",
                 "((Thomas Rivinius)) No, it is not. It is just the black hole in HR 6819.")
    assert [(q[0][:10], q[4]) for q in got] == [("Well the i", "Thomas Rivinius"), ("Since the ", "Thomas Rivinius"),
                                                 ("No, it is ", "Thomas Rivinius")]


def test_a_report_put_to_one_of_several_interviewees_is_theirs():
    """In an interview of several people, "((WN)) You said that you wrote to the government …" reports the words
    of the one whose label answers the question, once, for all the "you" inside it."""
    got = quotes("Wikinews talked to two sex workers, Akram Pasha and Jaya, about the lockdown.",
                 "((WN)) How did you manage during the lockdown?",
                 "((Akram Pasha)) I took my own precautions, and our organisation told us what we should do.",
                 "((WN)) What did the government do for you?",
                 "((Jaya)) Absolutely nothing. Till now we have not received any help from anyone.",
                 "((WN)) You said that you wrote to the government of India, did you hear back from them?",
                 "((Jaya)) No, we never heard back from them, not even once.")
    assert [(q[0], q[3], q[4]) for q in got if q[2]] == [
        ("you wrote to the government of India", "You", "Jaya")]
