"""The ``rules`` model on the source labels of press-office round-ups, in the forms other publishers give them.

A local-news round-up names each excerpt's source on a headline line ("The Columbus Dispatch (Columbus, OH): Gas
prices plunge in central Ohio", dev), a lawmaker's op-ed by the lawmaker with the paper and its town in brackets,
and a statement by a label that may be an organisation's name with a possessive in it or a person's former title.
The metamorphic tests vary only what should not matter (an article before the paper's name, the length of the
bracket, a title's "then-") and ask for the same source.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes

from newsquotes.models.rules_labels import headline_source

INTRO = "Here is some of what is being written in local news outlets across the country:"
EXCERPT = ("“Gas prices in central Ohio have dropped for the third week in a row, and drivers are paying less at the "
           "pump than they did a year ago.”")
WORDS = "Keeping the government open should be bipartisan. A clean bill does that without wasting taxpayer money."


def sources_under(line: str) -> list[str | None]:
    return [q[4] for q in quotes(INTRO, line, EXCERPT)]


# ---------------------------------------------------------------------- a headline line names its paper


@pytest.mark.parametrize("line,paper", [
    ("The Columbus Dispatch (Columbus, OH): Gas prices plunge in central Ohio", "The Columbus Dispatch"),
    ("The Record (Bergen, NJ): Gas prices nationally and in NJ nearing $2.99 mark, how low could they go?",
     "The Record"),
    ("The Daily Wire: Trump Scores Another Win: Apple To Pump $100 Billion More Into U.S. Economy", "The Daily Wire"),
])
def test_a_papers_name_may_open_with_the(line, paper):
    found = headline_source(line)
    assert found is not None and line[found[0]:found[1]] == paper


@pytest.mark.parametrize("paper", ["Fox Business", "The New York Times", "New York Post", "The Hill"])
def test_a_papers_name_may_open_with_a_rubrics_word(paper):
    line = f"{paper}: Gas prices could drop below $3.00 mark nationwide as costs continue falling across America"
    found = headline_source(line)
    assert found is not None and line[found[0]:found[1]] == paper


@pytest.mark.parametrize("line", ["The Bottom Line: gas prices are falling in every state of the country",
                                  "The Truth: President Trump signed the largest tax cut in history",
                                  "NEW REPORT: Gas prices are falling in every state of the country",
                                  "Key Takeaways: gas prices are falling in every state of the country"])
def test_a_rubric_after_the_is_still_no_source(line):
    assert headline_source(line) is None


@pytest.mark.parametrize("line", [
    "Columbus Dispatch (Columbus, OH): Gas prices plunge in central Ohio",
    "The Columbus Dispatch (Columbus, OH): Gas prices plunge in central Ohio",
    "The Columbus Dispatch (Columbus Metropolitan Area, Franklin County, OH): Gas prices plunge in central Ohio",
])
def test_one_excerpt_has_its_paper_for_source_however_the_line_names_it(line):
    assert sources_under(line) == [line.split(" (")[0]]


def test_an_op_ed_is_its_authors_whatever_the_papers_bracket_holds():
    short = sources_under("Sen. Mike Crapo (The Post Register, Idaho Falls, ID): A stronger future for Idahoans")
    long = sources_under("Sen. Mike Crapo (The Chronicle of Mt. Juliet, Mt. Juliet, TN): A stronger future for "
                         "Idahoans")
    assert short == long == ["Mike Crapo"]


@pytest.mark.parametrize("line,paper", [
    ("Agweek (Fargo, ND): ‘One Big Beautiful Bill’ enhances farm program safety net", "Agweek"),
    ("Agweek (Fargo, ND): ‘One Big Beautiful Bill’ Enhances Farm Program Safety Net", "Agweek"),
    ("The New York Times: ‘Kill the Boer’ Song Fuels Backlash in South Africa and U.S.", "The New York Times"),
])
def test_a_title_cased_name_in_a_headline_is_no_quote_of_the_paper(line, paper):
    found = quotes(INTRO, line, EXCERPT)
    assert [(q[0][:12], q[4]) for q in found] == [("Gas prices i", paper)]


# ---------------------------------------------------------------------- the name in a label


@pytest.mark.parametrize("label,name", [
    ("CNN’s Matt Egan", "Matt Egan"),  # train
    ("Fox Business Network’s Cheryl Casone", "Cheryl Casone"),  # train
    ("North America’s Building Trades Unions", "North America’s Building Trades Unions"),  # dev
    ("Independent Women’s Voice", "Independent Women’s Voice"),
    ("Independent Women’s Forum", "Independent Women’s Forum"),
])
def test_a_possessive_in_a_label_cuts_it_only_before_a_person(label, name):
    assert [q[4] for q in quotes("Here’s what they’re saying:", f"{label}: “{WORDS}”")] == [name]


@pytest.mark.parametrize("title", ["Sen.", "Then-Sen.", "then-Sen.", "Former Sen."])
def test_a_former_title_leaves_the_same_name(title):
    found = quotes("Democrats once said it themselves:", f"{title} Chris Murphy (9/27/13): “{WORDS}”")
    assert [q[4] for q in found] == ["Chris Murphy"]


# ---------------------------------------------------------------------- an organisation's name on a line of its own

PLEDGES = "Major organizations committed to supporting AI education for America’s youth:"
MICRON = ("“Securing America’s future requires winning the AI race, and Micron commends President Trump for investing "
          "in AI education.”")
BSA = "“BSA is committed to advancing the goals of the Executive Order on Artificial Intelligence in Education.”"


@pytest.mark.parametrize("paragraphs,name", [
    (["Micron Technology", MICRON], "Micron Technology"),
    ([f"Micron Technology: {MICRON}"], "Micron Technology"),
    (["Business Software Alliance (BSA)", BSA], "Business Software Alliance"),
    ([f"Business Software Alliance (BSA): {BSA}"], "Business Software Alliance"),
])
def test_a_line_that_names_an_organisation_its_statement_names_too(paragraphs, name):
    assert [q[4] for q in quotes(PLEDGES, *paragraphs)] == [name]


def test_a_section_heading_is_no_organisation():
    found = quotes("The administration has delivered on its promises:", "Energy Dominance",
                   "“We are producing more oil and gas than ever before, and prices at the pump are coming down.”")
    assert [q[4] for q in found] != ["Energy Dominance"]


def test_a_rubric_is_no_speaker_of_the_claim_it_heads():
    found = quotes("Democrats keep repeating the same lies about the bill.",
                   "MYTH: “People will literally die from the One Big Beautiful Bill.”",
                   "FACT: The bill protects Medicaid for the truly vulnerable.")
    assert all(q[4] != "MYTH" for q in found)


# ---------------------------------------------------------------------- a heading line with abbreviations in it


@pytest.mark.parametrize("heading", ["Trade Representative Jamieson Greer on Face the Nation",
                                     "U.S. Trade Representative Jamieson Greer on Face the Nation"])
def test_a_dotted_abbreviation_leaves_a_heading_a_heading(heading):
    found = quotes("Secretary of Commerce Howard Lutnick on This Week",
                   "On tariffs: “Those products are going to be part of the sectoral tariffs, which are coming.”",
                   heading, "On trade deal negotiations: “My goal is to get meaningful deals before 90 days.”")
    assert [q[4] for q in found] == ["Howard Lutnick", "Jamieson Greer"]


@pytest.mark.parametrize("label", ["Senator Kevin Cramer (R-ND)", "U.S. Senator Kevin Cramer (R-ND)",
                                   "Chairman Kevin Cramer, Senate Banking Committee, 2019-2021",
                                   "Chairman Kevin J. Cramer, Senate Banking Committee, 2019-2021"])
def test_a_label_line_over_a_statement_names_its_speaker_with_or_without_dots(label):
    found = quotes("Katherine Scarlett has received widespread support across government and industry:",
                   "Water and Sewer Distributors of America",
                   "“Our organization particularly supports the reform of overly burdensome permitting policies.”",
                   label, "“Her experience in both branches is what’s needed to refine cumbersome permitting processes.”")
    assert found[-1][4] in ("Kevin Cramer", "Kevin J. Cramer")


# ---------------------------------------------------------------------- a digest of one speaker's remarks by topic

OPENER = ("Transportation Secretary Sean Duffy took to Capitol Hill today to expose the fallout of the shutdown, "
          "which threatens to upend Americans’ travel plans:")
ANSWERS = ("“They’re angry… They’re frustrated that the Congress is focused on everything but their paychecks.”",
           "“I can’t guarantee you that your flight’s going to be on time, and I can’t guarantee it won’t be cancelled.”")


@pytest.mark.parametrize("topics", [("On controllers", "On holiday travel"),
                                    ("Controllers’ anger boils over", "Flight disruptions threaten holiday travel")])
@pytest.mark.parametrize("opener", [OPENER, OPENER.replace("Transportation Secretary", "Secretary")])
def test_every_topic_of_a_digest_is_the_openers_answer_whatever_the_topics_form(topics, opener):
    found = quotes(opener, *(f"{topic}: {answer}" for topic, answer in zip(topics, ANSWERS)))
    assert [q[4] for q in found] == ["Sean Duffy", "Sean Duffy"]


def test_a_date_before_a_headline_is_no_topic():
    found = quotes("NPR pushed the natural origin theory for years:",
                   "April 2020: “Scientists Debunk Lab Accident Theory Of Pandemic Emergence”",
                   "May 2021: “Many Scientists Still Think The Coronavirus Came From Nature”")
    assert found == []
