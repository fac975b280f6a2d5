"""The ``rules`` model on interviews whose turn labels other publishers lay out otherwise: a label on a line of its
own, a name and a dash in plain case, a label that names its person by surname, first name, capitals or initials,
and several interviewees (turns from interviews in the dev split); and pages with questions that are no interview."""

from __future__ import annotations

import pytest

from rules_sentences import MODEL, article_of, quotes

_INTRO = "Wikinews spoke with Chet Clem and Sean Mills of The Onion about how the newspaper works."
_TURNS = [
    ("How do you decide on the stories?", "Sean Mills", "We do everything backwards here. We start with the headline."),
    ("Do your writers have similar rules of thumb?", "Chet Clem",
     "We don't have any rules or known lines we won't cross."),
    ("Who came up with the name of the paper?", "Sean Mills", "The founders did, and I have never asked them why."),
    ("Do you read other newspapers?", "Chet Clem", "I read two papers every morning, and I steal from both of them."),
]


def _interview(paragraphs_of) -> list[tuple[str, str]]:
    paragraphs = [_INTRO]
    for question, who, answer in _TURNS:
        paragraphs += paragraphs_of(question, who, answer)
    return [(q[0], q[4]) for q in quotes(*paragraphs)]


_EXPECTED = [(answer, who) for _, who, answer in _TURNS]


@pytest.mark.parametrize("label", [
    lambda who: who.upper(),           # "SEAN MILLS" in bold capitals, on its own line
    lambda who: who + ":",             # "Sean Mills:"
    lambda who: f"(({who}))",          # "((Sean Mills))"
])
def test_a_label_on_a_line_of_its_own_opens_the_turn_after_it(label):
    assert _interview(lambda q, who, a: ["WIKINEWS", q, label(who), a]) == _EXPECTED
    assert _interview(lambda q, who, a: [q, label(who), a]) == _EXPECTED


def test_a_name_and_a_dash_that_open_several_answers_are_labels():
    assert _interview(lambda q, who, a: ["Wikinews \u2014 " + q, f"{who} \u2014 {a}"]) == _EXPECTED


@pytest.mark.parametrize("form", [
    lambda who: who.split()[-1],                          # "Mills:"
    lambda who: who.split()[0],                           # "Sean:"
    lambda who: who.upper(),                              # "SEAN MILLS:"
    lambda who: "".join(w[0] for w in who.split()),       # "SM:"
])
def test_a_label_names_its_person_in_any_form_the_page_uses(form):
    got = _interview(lambda q, who, a: ["Wikinews: " + q, f"{form(who)}: {a}"])
    assert [(text, who.casefold()) for text, who in got] == [(a, w.casefold()) for a, w in _EXPECTED]


def test_headings_that_repeat_on_their_own_lines_make_no_interview():
    assert quotes("Virtual environments keep the packages of each project apart.",
                  "Pros:", "Each project gets the versions it needs, and nothing else.",
                  "Cons:", "Every environment takes disk space, and you have to remember to activate it.",
                  "Is there a simpler way?",
                  "Pros:", "One tool manages both the environments and the versions of Python.",
                  "Cons:", "Another tool to install, and its own commands to learn.") == []


def test_a_page_that_opens_with_its_questions_to_the_reader_is_no_interview():
    assert quotes("Why do some people build the online business they dream of while others never do?",
                  "And why do some of them never get it to the level where they can live off it?",
                  "Welcome to my lesson on business focus. I have been working online since 2010.",
                  "How can I promise you are about to feel better?",
                  "Because once you understand my approach, your list will shrink to a quarter of its size.",
                  "Do you want to start today?",
                  "Then read on, as I share the first of my lessons.") == []


def test_two_questions_in_a_row_before_one_paragraph_make_no_interview():
    got = quotes("Prince Andrew gave an interview to the BBC about his friendship with Jeffrey Epstein.",
                 "He claims he visited Epstein to end the friendship in person. Why not by telephone?",
                 "During the visit he was photographed strolling with Epstein in Central Park. Was it a farewell?",
                 "The photographs ran in every newspaper, and the palace made no comment on them for a week.",
                 "The interview drew a torrent of derision across the country.")
    assert [q for q in got if q[2] is None] == []  # the report's own quotes have their cues; no answer without one


def test_a_short_labelled_reply_to_a_question_is_an_answer():
    got = quotes("We asked Junior Gaspard, our new President and CEO, to share some insights into the business.",
                 "Q: How do you prioritize your day?",
                 "A: I have been well served in my career by using The 7 Habits of Highly Effective People as a guide.",
                 "Q: Favorite childhood memory?",
                 "A: Trip to Disney World",
                 "Q: Favorite athlete?",
                 "A: Lebron James",
                 "Q: Favorite places you have visited?",
                 "A: Tie between Istanbul, Turkey and Cape Town, South Africa")
    assert [(q[0][:14], q[4]) for q in got] == [(start, "Junior Gaspard") for start in (
        "I have been we", "Trip to Disney", "Lebron James", "Tie between Is")]


def test_a_report_of_another_interview_in_the_introduction_names_no_interviewee():
    got = quotes("Wikinews interviewed John Rauschenberg, one of the owners of a New York City bar, about a cocktail.",
                 "The bar named its drink after Rick Santorum. Rick Santorum has not commented on the drink.",
                 "In a 2003 interview with the Associated Press, Rick Santorum compared same-sex marriage to bigamy.",
                 "Q: How did you come up with the idea for the drink?",
                 "A: We saw that people were talking about it, and I thought it would be fun to make one.",
                 "Q: Have you gotten any complaints?",
                 "A: None at all, and we sell more of it every week than any other cocktail on the menu.")
    assert [q[4] for q in got if q[2] is None] == ["John Rauschenberg", "John Rauschenberg"]


def test_the_one_unlabelled_paragraph_between_two_labelled_answers_is_the_interviewers_turn():
    got = quotes("On Saturday, Wikinews interviewed Tina McKenzie, a former member of the national team.",
                 "Tina McKenzie: It was a really good tournament actually, one that I wish we had gone back to.",
                 "Who plays in that one?",
                 "Tina McKenzie: It's quite a large Canadian tournament, and so we went as the national team.",
                 "It's not the same.",
                 "Tina McKenzie: No, it's really not, so it's really important to get international trips.",
                 "The team has never won the World Championship.",
                 "Tina McKenzie: We always seem to have just a little bit of a chill out at the World Cup.")
    assert [q[0][:12] for q in got] == ["It was a rea", "It's quite a", "No, it's rea", "We always se"]


def test_the_labels_of_a_press_briefing_name_their_speakers_by_title_and_surname_or_by_role():
    got = quotes("Press Secretary Karoline Leavitt held a briefing with Secretary of State Marco Rubio on Tuesday.",
                 "MS. LEAVITT: Good afternoon, everyone. The Secretary will take a few questions today.",
                 "Q: Mr. Secretary, what is the status of the talks?",
                 "SECRETARY RUBIO: We are making progress. I spoke with my counterpart this morning.",
                 "Q: Karoline, a question on tariffs?",
                 "MS. LEAVITT: The President has been very clear about tariffs, and I will let him speak for himself.")
    assert [(q[0][:10], q[4]) for q in got] == [("Good after", "Karoline Leavitt"), ("We are mak", "Marco Rubio"),
                                                ("The Presid", "Karoline Leavitt")]
    got = quotes("President Donald Trump spoke with reporters aboard Air Force One on Friday.",
                 "THE PRESIDENT: We had a great meeting. A very productive meeting.",
                 "Q: Mr. President, will you meet him again?",
                 "THE PRESIDENT: I think so. Probably soon.",
                 "Q: When?",
                 "THE PRESIDENT: We'll let you know. Maybe in two weeks.")
    assert [q[4] for q in got] == ["Donald Trump"] * 3


def test_a_label_that_asks_and_never_follows_a_question_is_a_second_interviewers():
    got = quotes("Wikinews reporters David Shankbone and Mike Halterman spoke with Chet Clem of The Onion.",
                 "David Shankbone: How do you decide on the stories?",
                 "Chet Clem: We do everything backwards here. We start with the headline.",
                 "Mike Halterman: Do your writers have similar rules of thumb?",
                 "Chet Clem: We don't have any rules or known lines we won't cross.",
                 "David Shankbone: Tell me about the paper's history.",
                 "Chet Clem: It started in Madison in 1988 as a weekly for students.")
    assert [(q[0][:10], q[4]) for q in got] == [("We do ever", "Chet Clem"), ("We don't h", "Chet Clem"),
                                                ("It started", "Chet Clem")]


def test_a_second_interviewee_under_a_name_the_name_finder_misses_answers_after_the_first():
    got = quotes("Wikinews interviewed Mario J. Lucero and Isabel Ruiz of Heaven Sent Gaming about their new show.",
                 "Wikinews: How did the two of you meet?",
                 "Mario J. Lucero: We met at a convention in Los Angeles in 2003, and I was showing a trailer there.",
                 "Isabel Ruiz: I thought he was crazy, but I liked the trailer a lot.",
                 "Wikinews: Where do you get your ideas?",
                 "Lucero: Mostly from the fans. We read every comment they leave.",
                 "Ruiz: And from our own lives.")
    assert [(q[0][:10], q[4]) for q in got] == [("We met at ", "Mario J. Lucero"), ("I thought ", "Isabel Ruiz"),
                                                ("Mostly fro", "Mario J. Lucero"), ("And from o", "Isabel Ruiz")]


def test_each_of_several_interviewees_answers_the_question_that_calls_them_by_name():
    got = quotes("Wikinews spoke with Chet Clem and Sean Mills of The Onion about how the newspaper works.",
                 "Sean, how do you decide on the stories?",
                 "We do everything backwards here. We start with the headline.",
                 "Chet, do your writers have similar rules of thumb?",
                 "We don't have any rules or known lines we won't cross.",
                 "Mr. Mills, who came up with the name of the paper?",
                 "The founders did, and I have never asked them why.")
    assert [q[4] for q in got] == ["Sean Mills", "Chet Clem", "Sean Mills"]


def test_a_saying_the_interviewer_cites_under_a_label_on_its_own_line_is_no_quote():
    got = quotes("Wikinews spoke with Shimon Peres about the peace process.",
                 "WIKINEWS",
                 "What about the adage, \u201cThose who forget history are doomed to repeat it\u201d?",
                 "SHIMON PERES",
                 "Well, I distinguish between two histories, the spiritual and the material.",
                 "WIKINEWS",
                 "Do you still think that there is a future to the peace process?",
                 "SHIMON PERES",
                 "The future is only peace. The problem is how long it will take.")
    assert [(q[0][:10], q[4]) for q in got] == [("Well, I di", "Shimon Peres"), ("The future", "Shimon Peres")]


@pytest.mark.parametrize("title", ["Q&A: William Evans on the state of magic", "Five questions for William Evans",
                                   "Meet William Evans, the president of the magicians' brotherhood",
                                   "William Evans: 'Magic is alive'", "'Magic is alive,' says William Evans"])
def test_an_interviewee_only_the_headline_names_answers(title):
    paragraphs = ["Magic is having a moment. Lance Burton and Mark Wilson filled theatres, and Lance Burton still tours.",
                  "Q: For how long have you been involved in performing magic?",
                  "A: Over 50 years. I am 61 now so I really started when I was about 10 years old.",
                  "Q: Has the internet helped or hurt magic?",
                  "A: Both. I think it has helped draw younger people to magic as a hobby."]
    got = MODEL.predict(article_of(*paragraphs).model_copy(update={"title": title})).quotes
    assert [q.speaker_name for q in got] == ["William Evans", "William Evans"]


def test_the_dash_that_opens_a_turn_of_a_dialogue_is_no_part_of_the_answer():
    got = quotes("October is National Magic Month. Wikinews spoke with William Evans, president of the brotherhood.",
                 "\u2014 For how long have you been involved in performing magic?",
                 "\u2014 Over 50 years. I am 61 now so I really started when I was about 10 years old.",
                 "\u2014 Has the internet helped or hurt magic?",
                 "\u2014 Both. I think it has helped draw younger people to magic as a hobby.")
    assert [(q[0][:10], q[4]) for q in got] == [("Over 50 ye", "William Evans"), ("Both. I th", "William Evans")]
