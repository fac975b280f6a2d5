"""HTML extraction: the headline and what sits above it leave the body, and site furniture is cleaned away
while real body sentences that look like it stay."""

from __future__ import annotations

import pytest

from newsquotes.corpus.cleaning import default_rules, remove_boilerplate
from newsquotes.corpus.documents import RawRecord
from newsquotes.corpus.extract import ExtractOptions
from newsquotes.corpus.extractors import extract
from newsquotes.corpus.storage import read_articles

RULES = default_rules()
LEDE = ("The ministry said on Tuesday that the talks with the northern provinces would resume next week in the "
        "capital, after a pause of almost three months.")
SECOND = ("“We are ready for dialogue,” the spokesperson told reporters, adding that both delegations had "
          "confirmed the date and the agenda.")
THIRD = ("Officials said the first session would deal with water rights, and that a second round on the "
         "border crossings was planned for the spring.")


def page(article: str, title: str = "Talks to Resume Next Week – Officials | Example Times") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><title>{title}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Example Times"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>{article}</article>
<footer><p>About us</p></footer></body></html>"""


def extract_page(html: str, **options):
    raw = RawRecord("page.html", None, "html", html.encode(), "0" * 64, {})
    return extract(raw, ExtractOptions(rules=tuple(RULES), **options))


def test_headline_and_kicker_above_it_leave_the_body():
    # The headline differs from the page title in case, dash and the site name after it.
    html = page(f"""<p class="kicker">Politics</p><h1>Talks to resume next week - officials</h1>
<p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p>""")
    draft = extract_page(html)
    assert draft.title == "Talks to resume next week - officials"  # the visible headline, without the site name
    assert draft.paragraphs == [LEDE, SECOND, THIRD]


@pytest.mark.parametrize("favor_precision", [False, True])
def test_body_without_a_headline_is_kept_whole(favor_precision):
    draft = extract_page(page(f"<p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p>"), favor_precision=favor_precision)
    assert draft.paragraphs == [LEDE, SECOND, THIRD]


def test_headline_words_later_in_the_body_are_not_taken_for_the_headline():
    # Only the first paragraphs can be the headline: a later paragraph repeating it is body text.
    repeated = "Talks to resume next week, officials"
    html = page(f"<p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p><p>{repeated}</p><p>{LEDE[:60]} again.</p>")
    draft = extract_page(html)
    assert draft.paragraphs[:3] == [LEDE, SECOND, THIRD]
    assert repeated in draft.paragraphs


REMOVED = [
    ("Reporting by Will Dunham; Editing by Tom Brown", "credit-line"),
    ("Additional reporting by Joseph Hudak", "credit-line"),
    ("Keith Bradsher contributed reporting from Hong Kong.", "credit-line"),
    ("Contributing: Kristine Phillips", "credit-line"),
    ("Copyright © 2024 Example Times Company, Inc.", "copyright-notice"),
    ("© Reuters", "copyright-notice"),
    ("Get the day’s top headlines delivered to your inbox every morning by subscribing to our newsletter.",
     "newsletter-promo"),
    ("Subscribe to our channel on YouTube for more videos.", "newsletter-promo"),
    ("Follow Example Times on Facebook, Twitter and Instagram.", "follow-on-social"),
    ("Write to Anna Novak at anna.novak@example.org", "contact-author"),
    ("Click here to read the full report.", "click-here"),
    ("Like this article? Share it with a friend.", "share-prompt"),
    ("Reading time: 4 min", "reading-time"),
    ("5 min read", "reading-time"),
    ("Filed under: Politics, Water", "filed-under"),
    ("Most read", "related-header"),
    ("Don't miss", "related-header"),
]

KEPT = [
    "Follow-up talks on Facebook's data policy were held in Dublin on Monday, the regulator confirmed.",
    "Readers can sign up for the newsletter, which launched in March, the company said.",
    "Most read the news on their phones, the survey found.",
    "Copyright lawyers sued the company in 2019.",
    "The reporting by local media was accurate, the minister said.",
    "Followers of the band on Instagram had expected the tour to be cancelled.",
    "Tags on the crates showed they had come from the port of Marsovia.",
    "Several readers said they would reach the ministry by phone instead.",
]


@pytest.mark.parametrize(("line", "rule"), REMOVED)
def test_site_furniture_lines_are_removed(line, rule):
    kept, fired = remove_boilerplate([LEDE, line, SECOND], RULES)
    assert kept == [LEDE, SECOND]
    assert fired == [rule]


@pytest.mark.parametrize("line", KEPT)
def test_body_lines_that_resemble_furniture_are_kept(line):
    lines = [LEDE, line, SECOND]
    assert remove_boilerplate(lines, RULES) == (lines, [])


def test_recommendation_list_closes_the_article():
    lines = [LEDE, SECOND, "You may also like", "Ten photos of the capital at night", "The best markets in town"]
    kept, fired = remove_boilerplate(lines, RULES)
    assert kept == [LEDE, SECOND]
    assert fired == ["related-list"]


def test_article_text_of_a_built_page_has_no_furniture(tmp_path, build_corpus):
    article = f"""<h1>Talks to resume next week - officials</h1><p>{LEDE}</p><p>{SECOND}</p>
<p>Get the latest updates right in your inbox. Subscribe to our newsletters.</p><p>{THIRD}</p>
<p>(Reporting by Anna Novak; Editing by Ivan Petrov)</p>"""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_text(page(article), encoding="utf-8")
    report = build_corpus(tmp_path / "in")
    (built,) = read_articles(tmp_path / "out")
    assert built.text == "\n\n".join([LEDE, SECOND, THIRD])
    assert built.title == "Talks to resume next week - officials"
    (entry,) = report.manifest.entries
    assert entry.status == "kept"


def test_element_classes_are_lxml_htmls_own():
    # The lookup made in C gives every node the class lxml.html's Python lookup gives it.
    from lxml import html as lxml_html
    from trafilatura.utils import load_html

    from newsquotes.corpus.trafilatura_speed import element_classes_in_c, element_lookup_in_c

    source = page(f"""<h1>Talks</h1><p>{LEDE}</p><!-- a comment --><FORM action="/s"><LABEL>Search</LABEL>
<INPUT name="q"><SELECT><option>a</option></SELECT><TextArea>x</TextArea></FORM><svg><linearGradient/></svg>
<p>&amp; &nbsp; {SECOND}</p>""")

    def classes(lookup, remove_comments):
        parser = lxml_html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                      remove_comments=remove_comments, remove_pis=False)
        if lookup is not None:
            parser.set_element_class_lookup(lookup)
        return [type(node) for node in lxml_html.fromstring(source, parser=parser).iter()]

    expected = classes(None, remove_comments=False)
    assert {lxml_html.FormElement, lxml_html.InputElement, lxml_html.SelectElement, lxml_html.TextareaElement,
            lxml_html.LabelElement, lxml_html.HtmlComment} <= set(expected)
    assert classes(element_lookup_in_c(), remove_comments=False) == expected
    element_classes_in_c()
    assert [type(node) for node in load_html(source).iter()] == classes(None, remove_comments=True)
