"""The ``rules`` model on press-office round-ups: who a label, a source line or a signature names, in every layout.

Each entry is built on one of a White House page of the train or dev split. The metamorphic tests write one
round-up entry in the layouts publishers use and ask for the same speaker in each.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes

from newsquotes.models.rules_labels import headline_source

INTRO = "Lawmakers and leaders across the country celebrated the release:"
WORDS = "Hallelujah! Fantastic news! This is just fantastic news for anybody who cares about patriotic Americans."


def speakers_of(*paragraphs: str) -> list[str | None]:
    return [q[4] for q in quotes(INTRO, *paragraphs)]


# ---------------------------------------------------------------------- the name inside a label


@pytest.mark.parametrize("label,name", [
    ("Former U.S. Ambassador to Russia Michael McFaul", "Michael McFaul"),
    ("Chairman of the Joint Chiefs of Staff Dan “Razin” Caine", "Dan “Razin” Caine"),
    ("ERShares CEO Joel Shulman, Ph.D.", "Joel Shulman"),
    ("Michael McFaul, Former U.S. Ambassador to Russia", "Michael McFaul"),
    ("Senior Democrat Aide", "Senior Democrat Aide"),
    ("Fogel lawyers Martin De Luca and Andrew Smith", "Martin De Luca and Andrew Smith"),
    ("National Corn Growers Association President Kenneth Hartman, Jr.", "Kenneth Hartman, Jr."),
    ("Business Roundtable, Joshua Bolten, Chief Executive Officer", "Joshua Bolten"),
    ("United Rentals, Inc., Executive VP and CFO Ted Grace", "Ted Grace"),
])
def test_a_label_gives_the_name_without_what_surrounds_it(label, name):
    assert speakers_of(f"{label}: “{WORDS}”") == [name]


def test_a_comma_inside_an_organisation_does_not_cut_the_label():
    found = speakers_of(f"Senate Health, Education, Labor, and Pensions Committee Chairman Bill Cassidy: “{WORDS}”")
    assert found == ["Bill Cassidy"]


def test_a_handle_with_a_description_and_a_topic_is_the_handle():
    found = speakers_of(f"🚨 @WhipKClark, the number two House Democrat, on the Democrat Shutdown: \"{WORDS}\"")
    assert found == ["@WhipKClark"]


def test_a_handle_names_the_person_of_the_article_it_ends_with():
    found = speakers_of("Rep. Katherine Clark spoke on the floor today.", f"@WhipKClark: “{WORDS}”")
    assert found[-1] == "Katherine Clark"


# ---------------------------------------------------------------------- a source line over an excerpt


@pytest.mark.parametrize("line,name", [
    ("Inc.: Trump’s ‘Big Beautiful Bill’ Offers a Big Tax Win for Small Businesses", "Inc."),
    ("America First Policy Institute: New Report Exposes Proposed EV Mandates to Cost 200,000 American Jobs",
     "America First Policy Institute"),
    ("KCRG-TV (Cedar Rapids, IA): Small businesses say no tax on tips will help them grow", "KCRG-TV"),
])
def test_a_headline_line_names_the_source_of_the_excerpt_under_it(line, name):
    found = quotes("Small business owners are cheering the tax relief.", line,
                   "“Among its many provisions are an increased tax deduction for qualified business income at "
                   "pass-through companies and a higher deduction for state and local taxes.”",
                   "“The changes will let owners hire more workers and invest in new equipment this year.”")
    assert [q[4] for q in found] == [name, name]


@pytest.mark.parametrize("line", ["FACT: Gas prices fell below three dollars in most of the country",
                                  "ICYMI: President Trump signs the largest tax cut in history",
                                  "On tariffs: “We will keep the pressure on until they negotiate.”"])
def test_a_rubric_or_a_topic_is_no_source(line):
    assert headline_source(line) is None


# ---------------------------------------------------------------------- a signature under the quotation


def test_the_line_under_a_statement_signs_it():
    found = quotes("The Bureau of Labor Statistics released its benchmark revisions today.",
                   "“Today, the BLS released the largest downward revision on record proving that President Trump "
                   "was right: Biden’s economy was a disaster and the BLS is broken.”",
                   "— White House Press Secretary Karoline Leavitt",
                   "The Bureau of Labor Statistics revised job growth down by roughly a million.")
    assert [q[4] for q in found] == ["Karoline Leavitt"]


def test_a_dash_line_that_names_no_one_signs_nothing():
    found = quotes("Democrats keep repeating the same talking points about the bill.",
                   "“The bill will raise taxes on every working family in the country, and that is a lie.”",
                   "— and every one of those claims has been debunked")
    assert [q[4] for q in found] != ["and every one of those claims has been debunked"]


# ---------------------------------------------------------------------- one entry, every layout


@pytest.mark.parametrize("paragraphs", [
    [f"Former U.S. Ambassador to Russia Michael McFaul: “{WORDS}”"],
    [f"Former U.S. Ambassador to Russia Michael McFaul: \"{WORDS}\""],
    [f"Michael McFaul, Former U.S. Ambassador to Russia: “{WORDS}”"],
    [f"“{WORDS}” — Former U.S. Ambassador to Russia Michael McFaul"],
    [f"“{WORDS}”", "— Former U.S. Ambassador to Russia Michael McFaul"],
    [f"“{WORDS}”", "— Michael McFaul, Former U.S. Ambassador to Russia"],
    ["Former U.S. Ambassador to Russia Michael McFaul:", f"“{WORDS}”"],
    ["Former U.S. Ambassador to Russia Michael McFaul", f"“{WORDS}”"],
    [f"Former U.S. Ambassador to Russia Michael McFaul said: “{WORDS}”"],
])
def test_one_round_up_entry_in_any_layout_has_the_same_speaker(paragraphs):
    assert speakers_of(*paragraphs) == ["Michael McFaul"]


@pytest.mark.parametrize("paragraphs", [
    [f"Fox News: “{WORDS}”"],
    ["From Fox News:", f"“{WORDS}”"],
    ["Read more in Fox News:", f"“{WORDS}”"],
    ["Read more in Fox News:", f"“{WORDS}", "It was the news every family had waited for.", "The teacher is home.”"],
    ["Fox News: Americans Celebrate As Wrongfully Detained Teacher Returns Home", f"“{WORDS}”"],
    [f"“{WORDS}”", "— Fox News (@FoxNews) February 12, 2025"],
])
def test_one_media_excerpt_in_any_layout_has_the_same_source(paragraphs):
    assert set(speakers_of(*paragraphs)) == {"Fox News"}


# ---------------------------------------------------------------------- embedded posts


def test_the_paragraphs_of_an_embedded_post_are_the_signers_quotes():
    found = quotes("Vindman has a terminal case of Trump Derangement Syndrome — and it shows.",
                   ".@RepVindman says he's \"hard pressed to think of a worse 45 days\" in history.",
                   "According to this moron, there's nothing worse than record low illegal border crossings, freeing "
                   "hostages, securing ~$2T in U.S. investment, pursuing world peace, restoring gov't transparency… "
                   "pic.twitter.com/i6ZWByigiH",
                   "— Rapid Response 47 (@RapidResponse47) March 6, 2025")
    posts = [q for q in found if q[4] == "Rapid Response 47"]
    assert [q[0][:20] for q in posts] == ["@RepVindman says he'", "According to this mo"]
    assert all(q[1] == "direct" for q in posts)


def test_a_post_is_no_longer_than_a_post():
    page = ("In a series of posts, White House Deputy Chief of Staff Stephen Miller outlined why the bill is a "
            "once-in-a-lifetime opportunity to deliver on the promises to lower taxes, secure the border and rein in "
            "spending, and why Congress must act now to deliver on the promises its members made to their voters.")
    found = quotes(page, "The BBB will increase by orders of magnitude the scope of removing illegal aliens.",
                   "For that reason alone, it’s the most essential piece of legislation in generations.",
                   "— Stephen Miller (@StephenM) June 3, 2025")
    assert [q[0][:8] for q in found if q[4] == "Stephen Miller"] == ["The BBB ", "For that"]


# ---------------------------------------------------------------------- an order is no report


@pytest.mark.parametrize("sentence", [
    "The President also signed an executive order implementing Gold Standard Science to rebuild public trust.",
    "President Trump signed an executive order requiring universities to disclose foreign gifts and funding.",
])
def test_an_executive_order_is_a_noun(sentence):
    assert [q for q in quotes(sentence) if q[2] == "order"] == []


# ---------------------------------------------------------------------- a source line over a block quotation


def test_a_source_line_keeps_the_article_of_a_common_noun():
    found = quotes("The heads of three agencies wrote about the autism epidemic in a new op-ed.", "From the op-ed:",
                   "“Our agencies will break down the walls between them so we can rapidly address the health crises.",
                   "This administration’s bold action opens the door to the first recognized treatment for autism.",
                   "Families have few effective tools, and the sharp rise in prevalence demands a rapid response.”")
    assert {q[4] for q in found} == {"the op-ed"}


# ---------------------------------------------------------------------- a long title after "said"


@pytest.mark.parametrize("title,name", [
    ("Secretary of the Interior Doug Burgum", "Doug Burgum"),
    ("White House Office of Science and Technology Director Michael Kratsios", "Michael Kratsios"),
    ("Council on Environmental Quality Chairman Katherine Scarlett", "Katherine Scarlett"),
])
def test_a_title_with_its_links_before_an_inverted_speaker(title, name):
    (quote,) = quotes(f"“Over the last 30 years, we stopped building nuclear reactors in America – that ends now,” "
                      f"said {title}.")
    assert quote[3:] == (name, name)


# ---------------------------------------------------------------------- topics and roles as labels


@pytest.mark.parametrize("topic", ["On tariffs", "On protecting Medicaid, Medicare, and Social Security",
                                   "On “retribution”"])
def test_a_topic_with_any_punctuation_is_the_headings_persons_answer(topic):
    found = quotes("Secretary of the Treasury Scott Bessent on Sunday Morning Futures",
                   f"{topic}: “We are not cutting it, and we will keep the promises the President made.”",
                   "On the deficit: “The deficit is coming down for the first time in years.”")
    assert [q[4] for q in found] == ["Scott Bessent", "Scott Bessent"]


def test_a_date_before_a_comma_is_no_topic():
    found = quotes("Bureau of Labor Statistics Commissioner Erika McEntarfer resigned last week.",
                   "On June 6, The New York Times reported: “The revisions were the largest in years, and the bureau "
                   "has struggled to collect data.”")
    assert found[-1][4] == "The New York Times"


@pytest.mark.parametrize("label", ["Local resident", "Pennsylvania resident", "Senior Democrat Aide"])
def test_a_role_alone_is_the_label(label):
    assert speakers_of(f"{label}: “{WORDS}”") == [label]


def test_a_source_phrase_that_introduces_a_list_leaves_its_colon_out():
    found = quotes("In fact, small business owners overwhelmingly back the historic tax relief in the bill, according "
                   "to new polling:", "By a four-to-one margin, small business owners support extending the tax cuts.")
    assert found[0][3:] == ("new polling", "new polling")
