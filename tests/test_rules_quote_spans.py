"""The ``rules`` model on which quotation marks enclose speech: titles, terms and names in marks are no quotes.

Each sentence is built on the construction of a sentence in the train or dev split (names and facts changed), and
goes through the real segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes

MARK_STYLES = [("\u201c", "\u201d"), ('"', '"')]


# ---------------------------------------------------------------------- a term inside the writer's noun phrase


@pytest.mark.parametrize("opening,closing", MARK_STYLES)
@pytest.mark.parametrize("sentence", [
    "After the talks, the two governments announced an {o}immediate and lasting halt to the shelling{c} on Monday.",
    "The envoy praised Smith's {o}ability to bring rival leaders around the table{c} during the talks.",
    "The hashtag {o}#we want clean water now#{c} reached two million views before it was removed.",
    "He was known for mediating in several regional disputes as a {o}friend to all and enemy to none{c}.",
])
def test_a_phrase_in_marks_inside_a_noun_phrase_is_no_quote(sentence, opening, closing):
    found = quotes(sentence.format(o=opening, c=closing))
    assert not any(q[1] == "direct" for q in found)


def test_a_name_given_by_a_verb_of_naming_stays_a_quote():
    found = quotes('Calling it a "culture of fear and silence" the bishop said the law had to change.')
    assert any(q[0] == "culture of fear and silence" for q in found)


def test_a_whole_sentence_in_marks_after_a_cue_stays_a_quote():
    (quote,) = quotes("The two governments announced: \u201cWe will halt the shelling at noon on Monday.\u201d")
    assert quote[0] == "We will halt the shelling at noon on Monday." and quote[1] == "direct"


# ---------------------------------------------------------------------- titles


@pytest.mark.parametrize("sentence", [
    'On Wednesday, the magazine announced its choice of the activist as their 2019 "Person of the Year".',
    'An insurgency was declared online. Anonymous blogger, "Anon declares war on Church of Scientology"',
])
def test_a_title_with_its_short_words_in_lower_case_is_no_quote(sentence):
    assert not any(q[1] == "direct" for q in quotes(sentence))


def test_a_sentence_with_names_in_it_is_not_a_title():
    (quote,) = quotes('"Paris and Berlin Agree on the Deal." said the French Minister Jean Dupont.')
    assert quote[0] == "Paris and Berlin Agree on the Deal." and quote[3] == "Jean Dupont"


def test_a_name_given_to_a_long_object_stays_a_quote():
    found = quotes("The senator called the arrest of a county judge who had helped a tenant evade eviction a "
                   "\u201cgravely serious and drastic move.\u201d")
    assert any(q[0] == "gravely serious and drastic move." for q in found)


# ---------------------------------------------------------------------- "as X put it"


@pytest.mark.parametrize("paragraph,content,speaker", [
    ('For four days, traffic "ground to a halt" \u2014 as the Supreme Court put it \u2014 at part of the bridge.',
     "ground to a halt", "Supreme Court"),
    ("\u2018The road is open. You opened it,\u2019 as Chancellor Olaf Weber put it.",
     "The road is open. You opened it", "Olaf Weber"),
    ("As Acme Corp CEO Jane Holt put it: \u201cNo country could possibly match the energy we have.\u201d",
     "No country could possibly match the energy we have.", "Jane Holt"),
])
def test_as_x_put_it_names_the_speaker(paragraph, content, speaker):
    (quote,) = [q for q in quotes(paragraph) if q[1] == "direct"]
    assert quote[0] == content and quote[2] == "put" and quote[4] == speaker


# ---------------------------------------------------------------------- where the writer takes over from a clause


@pytest.mark.parametrize("sentence,content", [
    ("In the book, author Mark Jones claims the mayor asked a developer for money in 2019, which the mayor denied.",
     "the mayor asked a developer for money in 2019"),
    ("Although he had lived in Spain for years, his son said he died in Britain without elaborating.",
     "he died in Britain"),
    ("The website notes that its hotline is still accepting reports, without specifying its opening hours.",
     "its hotline is still accepting reports"),
    ("The family said they planned a private funeral service and asked for donations to a local charity.",
     "they planned a private funeral service"),
    ("In his statement, Prime Minister Jan Novak found the strike justified and called the order swift.",
     "the strike justified"),
    ("Mayor Ana Ruiz described the report as possibly a hoax and the city council claimed it had not seen it.",
     "the report as possibly a hoax"),
])
def test_a_clause_ends_where_the_writer_takes_over(sentence, content):
    assert content in [q[0] for q in quotes(sentence)]


@pytest.mark.parametrize("sentence,content", [
    ("Police reported the attacker left the hall and continued to attack others.",
     "the attacker left the hall and continued to attack others"),
    ("The curator explained his interest in cameras began when he was a child and continued all his life.",
     "his interest in cameras began when he was a child and continued all his life"),
])
def test_a_clause_goes_on_past_a_verb_that_is_not_an_act_of_speech(sentence, content):
    assert content in [q[0] for q in quotes(sentence)]


# ---------------------------------------------------------------------- a reporting form used as an adjective


@pytest.mark.parametrize("paragraphs", [
    ("Deported criminals include:", "Jorge Luis Guerrero-Quintero, a Venezuelan national and confirmed Tren de "
     "Aragua gang member, convicted of raping a 14-year-old girl, second-degree assault, and robbery."),
    ("Tom Brand, an activist and alleged organiser of the protest, was arrested on Monday near the station.",),
])
def test_an_ed_form_coordinated_with_a_noun_phrase_reports_nothing(paragraphs):
    assert quotes(*paragraphs) == []


# ---------------------------------------------------------------------- a source phrase before a dash


@pytest.mark.parametrize("dash", ["\u2014", "\u2013", "-"])
def test_a_source_phrase_ends_before_a_dash(dash):
    (quote,) = quotes(f"The average taxpayer will see a tax cut of $3,752, according to a new analysis {dash} while "
                      "another found the cost of rules was even greater.")
    assert quote[0] == "The average taxpayer will see a tax cut of $3,752" and quote[3] == "a new analysis"


@pytest.mark.parametrize("sentence", [
    "In July 2024, the senator voted against a resolution \u201cStrongly condemning the administration and its "
    "failure to secure the border.\u201d",
    "In 2022, the radio network ran a feature titled \u201cWhat ducks can teach teenagers about growing up in the "
    "city\u201d.",
])
def test_the_title_of_a_resolution_or_a_feature_is_no_quote(sentence):
    assert not any(q[1] == "direct" for q in quotes(sentence))


# ---------------------------------------------------------------------- metamorphic: what should not matter


@pytest.mark.parametrize("name", ["Jensen Huang", "Maria Lopez", "Kwame Mensah"])
@pytest.mark.parametrize("opening,closing", MARK_STYLES)
@pytest.mark.parametrize("break_before", [False, True])
def test_as_x_put_it_survives_a_name_swap_a_mark_style_and_a_paragraph_break(name, opening, closing, break_before):
    lead = "The plan was hailed across the industry."
    aside = f"As Acme CEO {name} put it: {opening}No other country could possibly match this advantage.{closing}"
    paragraphs = (lead, aside) if break_before else (f"{lead} {aside}",)
    (quote,) = [q for q in quotes(*paragraphs) if q[1] == "direct"]
    assert quote[0] == "No other country could possibly match this advantage." and quote[2] == "put"
    assert quote[4] == name


def test_as_x_put_it_inside_a_quotation_names_the_inner_speaker():
    found = quotes("The host said: \u201cMake no mistake about it: this is a win. \u2018The road is open. You opened "
                   "it,\u2019 as Chancellor Olaf Weber put it.\u201d")
    assert ("The road is open. You opened it", "direct", "put", "Olaf Weber", "Olaf Weber") in found


# ---------------------------------------------------------------------- "according to X, <role>, clause"


@pytest.mark.parametrize("sentence,content,source", [
    ("According to Dr. Tom Frieden, formerly the director of the agency, the outbreak is \u201cunprecedented.\u201d",
     "the outbreak is \u201cunprecedented.\u201d", "Tom Frieden"),
    ("According to Sadie Weiner, Hagan's former spokeswoman, Hagan died from a virus, leading to encephalitis.",
     "Hagan died from a virus, leading to encephalitis", "Sadie Weiner"),
    ("According to a report by UpGuard, a cybersecurity firm, two databases were found on public servers.",
     "two databases were found on public servers", "UpGuard"),
])
def test_a_source_s_role_between_commas_is_not_part_of_the_clause(sentence, content, source):
    (quote,) = quotes(sentence)
    assert quote[0] == content and quote[4] == source


@pytest.mark.parametrize("sentence,content", [
    ("According to Reuters, the minister, a close ally of the president, resigned on Monday.",
     "the minister, a close ally of the president, resigned on Monday"),
    ("According to Reuters, the minister, who was 45, resigned on Monday.", "the minister, who was 45, resigned on Monday"),
])
def test_a_subject_with_an_appositive_after_a_source_stays_in_the_clause(sentence, content):
    (quote,) = quotes(sentence)
    assert quote[0] == content


@pytest.mark.parametrize("sentence", [
    '"I knew I had done most of the work," Pierre Martin told French news channel BFM TV.',
    '"We are ready for the final," Anna Berg told Swedish public broadcaster SVT on Sunday.',
])
def test_a_hearer_after_told_is_no_clause(sentence):
    found = quotes(sentence)
    assert [q[1] for q in found] == ["direct"] and found[0][2] == "told"
