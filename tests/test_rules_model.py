"""The ``rules`` model, exactly: every quote's content, kind, cue, speaker and speaker name.

The fixture article is built through the real corpus builder; the hand-written sentences go through the
real segmenter, so sentence boundaries are the ones the model sees in a built corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsquotes.corpus.storage import read_articles, read_manifest
from newsquotes.models.registry import get_model
from newsquotes.models.rules import RulesModel
from newsquotes.schema import Annotation, Article

from conftest import DATA
from rules_sentences import MODEL, predicted, quotes

# ---------------------------------------------------------------------- the registry


def test_the_registry_makes_the_rules_model():
    assert isinstance(MODEL, RulesModel) and MODEL.name == "rules"
    with pytest.raises(ValueError, match="takes no argument, got 'x'"):
        get_model("rules:x")


# ---------------------------------------------------------------------- the fixture article


@pytest.fixture
def dump_article(build_corpus, tmp_path) -> Article:
    build_corpus(DATA / "freedonia-dump.txt")
    (article,) = read_articles(tmp_path / "out")
    return article


def test_fixture_article_quotes_exactly(dump_article):
    assert predicted(dump_article) == [
        ("the deployment of missiles in Sylvania would “not go unanswered.”", "mixed", "warned", "Ivan Petrov",
         "Ivan Petrov"),
        ("We will respond. We will find our way to protect our interests", "direct", "told", "Petrov", "Ivan Petrov"),
        ("I’m not threatening anyone.", "direct", "told", "Petrov", "Ivan Petrov"),
        ("the government had sent a formal note to Sylvania’s embassy, and that about 13,600 troops remained on "
         "standby near the border", "indirect", "said", "He", "Ivan Petrov"),
        # nested report: the agency's source, the official, is the speaker
        ("the note demanded an explanation “within days.”", "mixed", "confirmed", "an official at the ministry",
         "an official at the ministry"),
        # the narrator's comment after the fragment is left out; "Mr." is not part of the name
        ("the country was “ready for dialogue, but not for ultimatums,”", "mixed", "added", "Petrov", "Ivan Petrov"),
    ]


def test_fixture_article_entities_and_record(dump_article):
    annotation = MODEL.predict(dump_article)
    assert annotation.article_id == dump_article.id and annotation.text_sha256 == dump_article.text_sha256
    assert annotation.annotator == "model:rules"
    assert [layer.layer for layer in annotation.layers] == ["entities", "quotes", "speakers"]
    assert [(e.text, e.label, e.entity) for e in annotation.entities] == [
        ("Freedonia", "GPE", "Freedonia"), ("Ivan Petrov", "PERSON", "Ivan Petrov"), ("U.S.", "GPE", "U.S."),
        ("Sylvania", "GPE", "Sylvania"), ("Petrov", "PERSON", "Ivan Petrov"), ("Marsovia", "GPE", "Marsovia"),
        ("Sylvania", "GPE", "Sylvania"), ("Freedonia News Agency", "ORG", "Freedonia News Agency"),
        ("Petrov", "PERSON", "Ivan Petrov"), ("Sylvanian", "NORP", "Sylvanian"),
    ]
    assert MODEL.predict(dump_article) == annotation  # deterministic


# ---------------------------------------------------------------------- direct quotes: quotation marks


@pytest.mark.parametrize("sentence,content,speaker", [
    ('"We will not leave," said Maria Lopez, the mayor of the town.', "We will not leave", "Maria Lopez"),
    ("“We will not leave,” said Maria Lopez.", "We will not leave", "Maria Lopez"),
    ("'We will not leave this town,' said Maria Lopez.", "We will not leave this town", "Maria Lopez"),
    ("‘We will not leave this town,’ said Maria Lopez.", "We will not leave this town", "Maria Lopez"),
    # odd pairs: a straight mark closed by a typographic one, a German pair, guillemets
    ('"We will not leave this town,” said Maria Lopez.', "We will not leave this town", "Maria Lopez"),
    ("„Wir bleiben hier, egal was kommt“, said Klaus Weber.", "Wir bleiben hier, egal was kommt", "Klaus Weber"),
    ("«Nous resterons ici jusqu'à la fin», said Jean Martin.", "Nous resterons ici jusqu'à la fin", "Jean Martin"),
    # apostrophes inside words and after plurals open nothing
    ("“The parents’ wishes don’t matter to Russia’s leaders,” said Ivan Petrov.",
     "The parents’ wishes don’t matter to Russia’s leaders", "Ivan Petrov"),
])
def test_direct_quotes_by_mark_pairing(sentence, content, speaker):
    assert quotes(sentence) == [(content, "direct", "said", speaker, speaker)]


def test_final_stop_inside_the_marks_is_kept_and_a_colon_introduces():
    assert quotes('Berg said: "We will not leave this town. Not now, not ever."') == [
        ("We will not leave this town. Not now, not ever.", "direct", "said", "Berg", "Berg")]


def test_each_quotation_of_a_split_quote_gets_the_verb_between_them():
    assert quotes("“The talks have failed,” Petrov said. “We will leave tomorrow.”") == [
        ("The talks have failed", "direct", "said", "Petrov", "Petrov"),
        ("We will leave tomorrow.", "direct", "said", "Petrov", "Petrov"),
    ]


def test_a_quote_over_several_paragraphs_is_one_piece_per_paragraph_with_one_speaker():
    paragraphs = [
        "John Smith, the club's coach, said: “The team played well. We deserved the win.",
        "“The fans were fantastic. They carried us through the second half.",
        "“Now we rest and prepare for the final.”",
        "The final is on Sunday.",
    ]
    said = ("said", "John Smith", "John Smith")
    assert quotes(*paragraphs) == [
        ("The team played well. We deserved the win.", "direct", *said),
        ("The fans were fantastic. They carried us through the second half.", "direct", *said),
        ("Now we rest and prepare for the final.", "direct", *said),
    ]


def test_straight_marks_over_several_paragraphs():
    paragraphs = ['Anna Berg told the meeting: "We have waited long enough for this road.',
                  '"Our children walk two hours to school every day."']
    told = ("told", "Anna Berg", "Anna Berg")
    assert quotes(*paragraphs) == [("We have waited long enough for this road.", "direct", *told),
                                   ("Our children walk two hours to school every day.", "direct", *told)]


def test_a_short_quotation_after_the_quote_before_goes_on_it():
    assert quotes("“I thought it was really kind of magical,” Allton said. “I smacked them around.”") == [
        ("I thought it was really kind of magical", "direct", "said", "Allton", "Allton"),
        ("I smacked them around.", "direct", "said", "Allton", "Allton"),
    ]


def test_scare_quotes_in_the_sentence_after_a_report_are_not_its_quote():
    assert quotes("Julie Hahn said the rules apply to letters of complaint. The minister asked how papers kept "
                  "in “approved security cabinets” got out.") == [
        ("the rules apply to letters of complaint", "indirect", "said", "Julie Hahn", "Julie Hahn")]


@pytest.mark.parametrize("paragraphs", [
    ['The so-called "peace plan" was published on Monday.'],  # scare quotes
    # the headline of a reference line
    ["The sources are listed below.", "“Sensitive government document found on rainy Ottawa street” — CBC.ca, "
     "August 15, 2008"],
])
def test_no_quote_for_scare_quotes_and_headlines(paragraphs):
    assert quotes(*paragraphs) == []


@pytest.mark.parametrize("sentence", [
    'She read "The Old Man and the Sea" on the train.',  # a title
    "Petrov did not say whether the talks would resume.",  # a denied report
    "The parents’ house stood empty, and the children’s bikes were gone.",  # apostrophes only
])
def test_no_quote_where_nothing_is_reported(sentence):
    assert quotes(sentence) == []


# ---------------------------------------------------------------------- indirect and mixed quotes


@pytest.mark.parametrize("paragraphs,expected", [
    (["Anna Berg said that prices would rise next year."],
     ("prices would rise next year", "indirect", "said", "Anna Berg", "Anna Berg")),
    (["Anna Berg said prices would rise next year."],
     ("prices would rise next year", "indirect", "said", "Anna Berg", "Anna Berg")),
    (["The minister warned lawmakers on Tuesday that the budget would not pass."],
     ("the budget would not pass", "indirect", "warned", "The minister", "The minister")),
    (["Sara Kim told reporters the vote was rigged."],
     ("the vote was rigged", "indirect", "told", "Sara Kim", "Sara Kim")),
    (["According to the ministry, the talks will resume in May."],
     ("the talks will resume in May", "indirect", "According to", "the ministry", "the ministry")),
    (["Prices will rise sharply, according to the central bank."],
     ("Prices will rise sharply", "indirect", "according to", "the central bank", "the central bank")),
    (["The storm killed 107 people, according to Saudi Arabia's Civil Defense Authority."],
     ("The storm killed 107 people", "indirect", "according to", "Saudi Arabia's Civil Defense Authority",
      "Civil Defense Authority")),
    (["Anna Berg was quoted as saying the border would stay open."],
     ("the border would stay open", "indirect", "was quoted as saying", "Anna Berg", "Anna Berg")),
    (["Ivan Petrov arrived late.", "The talks had failed, he said."],
     ("The talks had failed", "indirect", "said", "he", "Ivan Petrov")),
])
def test_indirect_quotes_by_reporting_verbs_and_patterns(paragraphs, expected):
    assert quotes(*paragraphs) == [expected]


def test_mixed_quote_is_the_clause_with_its_quoted_fragment():
    assert quotes('Critics said the plan was "dead on arrival" and would fail.') == [
        ('the plan was "dead on arrival" and would fail', "mixed", "said", "Critics", "Critics")]


def test_a_clause_all_in_marks_is_a_direct_quote():
    assert quotes('Petrov said "the talks have failed and we will leave."') == [
        ("the talks have failed and we will leave.", "direct", "said", "Petrov", "Petrov")]


def test_coordinated_reports_are_two_quotes():
    assert quotes("Ivan Petrov said the talks had failed, and Anna Berg told reporters the border would close.") == [
        ("the talks had failed", "indirect", "said", "Ivan Petrov", "Ivan Petrov"),
        ("the border would close", "indirect", "told", "Anna Berg", "Anna Berg"),
    ]


def test_a_second_verb_shares_the_subject_of_the_first():
    assert quotes('Yvette Cooper said her party had backed the idea "for months", and said it was "damning" '
                  "that nothing had been done.") == [
        ('her party had backed the idea "for months"', "mixed", "said", "Yvette Cooper", "Yvette Cooper"),
        ('it was "damning" that nothing had been done', "mixed", "said", "Yvette Cooper", "Yvette Cooper"),
    ]


def test_a_noun_like_verb_after_a_name_reports():
    assert quotes("Valeska Paris left the ship in 2007.", "Paris claims she was kept on board for twelve years.") == [
        ("she was kept on board for twelve years", "indirect", "claims", "Paris", "Valeska Paris")]


def test_a_report_inside_a_report_is_the_relayers_clause_and_the_sources_content():
    assert quotes("She said the minister told her that the talks had failed.") == [
        ("the minister told her that the talks had failed", "indirect", "said", "She", None),
        ("the talks had failed", "indirect", "told", "the minister", "the minister")]


# ---------------------------------------------------------------------- speakers


@pytest.mark.parametrize("paragraphs,speaker,name", [
    # pronouns: he/she the last person, it the last organisation
    (["Anna Berg spoke first.", "“We will stay here,” she said."], "she", "Anna Berg"),
    (["The Freedonia News Agency published the report. It said the troops had left the border."],
     "It", "Freedonia News Agency"),
    # nominals: a title to the person who holds it, the country to the last place
    (["Deputy Foreign Minister Ivan Petrov met the press. The minister warned that sanctions would follow."],
     "The minister", "Ivan Petrov"),
    (["Sylvania has rejected the plan. The country said it would appeal to the court."], "The country", "Sylvania"),
    # a surname to the full name; a title is not part of the span
    (["Ivan Petrov arrived late. Mr. Petrov said the talks had failed."], "Petrov", "Ivan Petrov"),
    # an appositive between subject and verb
    (["Mu Li, of the University of Sydney, said the results were clear."], "Mu Li", "Mu Li"),
    # a source that names no one keeps its own words as its name
    (["An official said the talks had failed."], "An official", "An official"),
    # a pronoun with no one before it names no one
    (["“We will not leave this town,” she said."], "she", None),
])
def test_speakers_and_their_names(paragraphs, speaker, name):
    (quote,) = quotes(*paragraphs)
    assert quote[3:] == (speaker, name)


def test_the_nearest_name_speaks_an_uncued_quotation():
    assert quotes("Ivan Petrov looked at the crowd. “This is the day we have waited for so long.”") == [
        ("This is the day we have waited for so long.", "direct", None, "Ivan Petrov", "Ivan Petrov")]


def test_pull_quotes_name_their_speaker_after_them():
    assert quotes("The ministry published its report on Monday.",
                  "“So far, it's the ministry: 1, the critics: 0. But it's a long game.” - Matthew Ingram") == [
        ("So far, it's the ministry: 1, the critics: 0. But it's a long game.", "direct", None, "Matthew Ingram",
         "Matthew Ingram")]
    assert quotes("Valeska Paris left the ship in 2007.",
                  "I was told that my mother had attacked the church and that I had to cut her off. Valeska Paris") == [
        ("I was told that my mother had attacked the church and that I had to cut her off.", "direct", None,
         "Valeska Paris", "Valeska Paris")]


def test_a_sentence_quoted_after_the_clause_is_a_direct_quote_of_its_own():
    assert quotes('Burrows said kits would be ready for schools, "For example, schools can run their own votes '
                  'as part of their lessons."') == [
        ("kits would be ready for schools", "indirect", "said", "Burrows", "Burrows"),
        ("For example, schools can run their own votes as part of their lessons.", "direct", "said", "Burrows",
         "Burrows"),
    ]


def test_web_sites_and_their_analyses_speak():
    assert quotes("Secunia.com has said that IE6 has 277 known flaws.") == [
        ("IE6 has 277 known flaws", "indirect", "said", "Secunia.com", "Secunia.com")]
    assert quotes("PC World's recent analysis of its own traffic concluded, “Internet Explorer could fall to "
                  "fourth place.”") == [
        ("Internet Explorer could fall to fourth place.", "direct", "concluded", "PC World", "PC World")]


# ---------------------------------------------------------------------- nested reports


def test_a_view_reported_by_a_source_is_the_inner_persons():
    assert quotes("Major general Fuad Basya spoke on Monday. According to ABC News, Basya also believes the "
                  "migrants left the boat on purpose.") == [
        ("the migrants left the boat on purpose", "indirect", "believes", "Basya", "Fuad Basya")]


def test_news_agency_citing_an_official():
    assert quotes("Officials in Moscow were cautious. The talks had failed, TASS reported, citing an official "
                  "who said the delegation would not return.") == [
        ("The talks had failed", "indirect", "reported", "an official", "an official"),
        ("the delegation would not return", "indirect", "said", "an official", "an official"),
    ]


def test_citing_appositive_and_quoting_source_give_way_to_the_cited_source():
    assert quotes("The agency Interfax, citing a senior diplomat, said that the embassy would close.") == [
        ("the embassy would close", "indirect", "said", "a senior diplomat", "a senior diplomat")]
    assert quotes("According to Yonhap, quoting the Korean Central News Agency (KCNA), the army is on high alert.") == [
        ("the army is on high alert", "indirect", "According to", "Korean Central News Agency",
         "Korean Central News Agency")]


# ---------------------------------------------------------------------- the shipped corpus


@pytest.fixture(scope="module")
def wikinews(shipped_corpus) -> list[tuple[Article, Annotation]]:
    return [(article, MODEL.predict(article)) for article in read_articles(shipped_corpus)]


def test_every_annotation_on_the_shipped_articles_is_consistent(wikinews, shipped_corpus):
    assert len(wikinews) == read_manifest(shipped_corpus).counts.kept
    for article, annotation in wikinews:
        assert annotation.problems(article.text) == [], article.provenance.input
        for quote in annotation.quotes:
            where = f"{article.provenance.input} {quote.id}"
            assert "\n" not in quote.text, where  # one piece per paragraph
            assert quote.text == quote.text.strip() and quote.text[-1] not in ",;:", where
            if quote.speaker is not None:  # the speaker is never inside what they said
                assert quote.speaker.end <= quote.start or quote.end <= quote.speaker.start, where
        # an outer quote before the report it holds, also one that opens it ("“A, officials said. …”")
        spans = sorted(((q.start, q.end) for q in annotation.quotes), key=lambda span: (span[0], -span[1]))
        for a, b in zip(spans, spans[1:]):  # quotes follow one another, or a relayed one lies inside its relayer's
            assert a[1] <= b[0] or b[1] <= a[1], article.provenance.input


def test_the_shipped_articles_yield_attributed_quotes(wikinews):
    all_quotes = [q for _, annotation in wikinews for q in annotation.quotes]
    assert {q.kind for q in all_quotes} == {"direct", "indirect", "mixed"}
    reported = [q for q in all_quotes if q.cue is not None]  # a cue always has a subject or a source
    assert sum(bool(q.speaker_name) for q in reported) >= 0.9 * len(reported)


# ---------------------------------------------------------------------- constructions grown from the miss classes


def test_a_clause_before_a_colon_and_the_quotation_after_it_are_two_quotes():
    sentence = ("In Georgia, a restaurant worker says No Tax on Tips will have countless benefits: “I believe it’s going"
                " to generate more spending around the town.”")
    assert quotes(sentence) == [
        ("No Tax on Tips will have countless benefits", "indirect", "says", "a restaurant worker", "a restaurant worker"),
        ("I believe it’s going to generate more spending around the town.", "direct", "says", "a restaurant worker",
         "a restaurant worker")]


def test_a_verb_that_takes_a_thing_reports_no_noun_phrase_before_a_quotation():
    sentence = ("Although the word only refers to how widely a disease has spread, the WHO noted the need to drive"
                " governments to action: “All countries can still change the course of this pandemic.”")
    assert [q[:2] for q in quotes(sentence)] == [("All countries can still change the course of this pandemic.", "direct")]


def test_a_block_quotation_under_a_source_line_is_the_source_s_and_the_reports_inside_are_quotes():
    assert quotes("From The Washington Times:",
                  "“Just months into his new term, Mr. Trump already has 100 miles of border barrier in the works.",
                  "The money was approved this summer with barely a whimper from lawmakers.",
                  "Customs and Border Protection said it already has 83 miles of traditional wall in planning.”") == [
        ("Just months into his new term, Mr. Trump already has 100 miles of border barrier in the works.", "direct",
         None, "The Washington Times", "The Washington Times"),
        ("The money was approved this summer with barely a whimper from lawmakers.", "direct", None,
         "The Washington Times", "The Washington Times"),
        ("Customs and Border Protection said it already has 83 miles of traditional wall in planning.", "direct", None,
         "The Washington Times", "The Washington Times"),
        ("it already has 83 miles of traditional wall in planning", "indirect", "said",
         "Customs and Border Protection", "Customs and Border Protection")]


@pytest.mark.parametrize("sentence, content", [
    ("The South Korean automaker said on Jan. 23 it planned to further localize production in the U.S.",
     "it planned to further localize production in the U.S."),
    ("Police also announced on Sunday morning they were treating it as a terrorist incident.",
     "they were treating it as a terrorist incident"),
    ("Neil Basu also stated this was not connected to the crime.", "this was not connected to the crime"),
])
def test_a_clause_after_an_adjunct_of_time_or_a_demonstrative_subject_is_reported(sentence, content):
    assert [q[0] for q in quotes(sentence)] == [content]


def test_a_time_adjunct_with_a_noun_after_it_reports_nothing():
    assert quotes("Baloch wrote on social media shortly before her death.") == []


def test_a_role_before_a_post_posed_speaker_is_no_part_of_the_clause():
    sentence = ("Volvo Cars may move some production to the U.S. depending on tariffs imposed by President Donald"
                " Trump, the company's CEO said on March 5.")
    assert [q[:3] for q in quotes(sentence)] == [
        ("Volvo Cars may move some production to the U.S. depending on tariffs imposed by President Donald Trump",
         "indirect", "said")]


@pytest.mark.parametrize("sentence, content, cue", [
    ("Shortly before the conversation, Trump had ordered his staff to delay around US$400 million in military aid.",
     "to delay around US$400 million in military aid", "ordered"),
    ("Jusman Syafii Djamal, minister of transport for Indonesia, has recommended that local airlines should not"
     " purchase aircraft from European manufacturers.",
     "local airlines should not purchase aircraft from European manufacturers", "recommended"),
    ("The scientists found reduction of crop yields had exceeded 10% in the region.",
     "reduction of crop yields had exceeded 10% in the region", "found"),
])
def test_verbs_of_request_recommendation_and_evidence_report_their_clause(sentence, content, cue):
    assert [q[0] for q in quotes(sentence)] == [content] and quotes(sentence)[0][2] == cue


def test_an_evidence_verb_with_a_particle_and_a_thing_reports_nothing():
    assert quotes("In addition to its design features, Jobs showed off iPhone 4's new video calling abilities.") == []


def test_a_report_inside_a_quotation_is_a_quote_of_its_own_unless_the_speaker_reports_themself():
    sentence = ("Jacques Ortiz told reporters \"Women in France who have been raped don't have to justify their private"
                " life. The court has found that Mme Spanton did not lie, she is not a liar.\"")
    assert ("Mme Spanton did not lie, she is not a liar", "indirect", "found", "The court", "The court") in quotes(sentence)
    own = quotes("“I said we would win, and we won the vote in the end,” Smith said.")
    assert [q[1] for q in own] == ["direct"]


@pytest.mark.parametrize("sentence, content", [
    ("She explained how Warhol's adoption of the Polaroid camera revealed his process.",
     "Warhol's adoption of the Polaroid camera revealed his process"),
    ("Tseng also explained why he thinks Melbourne is poised to be a world city by 2030.",
     "why he thinks Melbourne is poised to be a world city by 2030"),
])
def test_an_explanation_reports_its_indirect_question(sentence, content):
    assert [q[0] for q in quotes(sentence)] == [content]


def test_a_participle_phrase_before_a_verb_is_no_clause_and_our_own_analysis_no_source():
    assert quotes("Jumping a fence, dashing past a panicked cow, I find the village.") == []
    own = quotes("“Also, according to our analysis, there is nothing in the code to support the claim,” he said.")
    assert [q[1] for q in own] == ["direct"]


@pytest.mark.parametrize("sentence", [
    "The governor of Louisiana, a U.S. state on the Gulf of Mexico, declared a state of emergency for the state on"
    " Thursday.",
    "On Sunday, Chilean military authorities reported 36 infections with COVID-19 at the base in Trinity Peninsula.",
    "Both Mugabe and Tsvangirai claimed victory in the presidential vote, which again was marred by allegations of fraud.",
])
def test_a_reporting_verb_with_a_plain_noun_object_reports_nothing(sentence):
    assert quotes(sentence) == []


def test_an_irregular_past_makes_a_clause_after_a_verb_that_takes_things_too():
    assert [q[0] for q in quotes("Murphy claimed she made this decision without influence from the White House.")] == [
        "she made this decision without influence from the White House"]


@pytest.mark.parametrize("sentence, content, speaker", [
    ("Some customers reported that Apple had set a recording on their phone lines.",
     "Apple had set a recording on their phone lines", "Some customers"),
    ("Other analysts, however, pointed out that the stock market had not descended as quickly.",
     "the stock market had not descended as quickly", "Other analysts"),
    ("The family said they planned to have a private funeral service for Imus.",
     "they planned to have a private funeral service for Imus", "The family"),
])
def test_groups_of_people_speak_and_point_out(sentence, content, speaker):
    assert [(q[0], q[3]) for q in quotes(sentence)] == [(content, speaker)]


# ---------------------------------------------------------------------- quotes given again in their own language


@pytest.mark.parametrize("paragraph,original", [
    ('Governor Ricardo Rosselló said in a video: "Despite having the mandate of the people who elected me, today I '
     'feel that to continue in this position represents difficulty." ((es))Spanish language: \u200dA pesar de '
     'contar con el mandato del pueblo que democráticamente me eligió, hoy siento que continuar en esta posición '
     'representa una dificultad.',
     "A pesar de contar con el mandato del pueblo que democráticamente me eligió, hoy siento que continuar en esta "
     "posición representa una dificultad."),
    ('His daughter reported to the police he "left home four–five hours ago after leaving words like a will, with '
     'his phone currently off." ((ko))Korean language: \u200d4~5시간 전에 아버지가 유언 같은 말을 남기고 집을 나갔는데 '
     "전화기가 꺼져 있다 Park's phone was last active in the north-east region.",
     "4~5시간 전에 아버지가 유언 같은 말을 남기고 집을 나갔는데 전화기가 꺼져 있다"),
])
def test_the_original_after_a_language_label_is_a_quote_by_the_same_speaker(paragraph, original):
    first, second = quotes(paragraph)
    assert second[:2] == (original, "direct") and second[2:] == first[2:] and first[3] is not None


def test_the_model_docstring_names_every_rules_module():
    # the docstring is the map a reader starts from: a module missing from it is one nobody finds
    import newsquotes.models.rules as rules_module

    folder = Path(rules_module.__file__).parent
    modules = {path.stem for path in folder.glob("rules_*.py")}
    assert modules and {m for m in modules if f"``{m}``" not in rules_module.__doc__} == set()
