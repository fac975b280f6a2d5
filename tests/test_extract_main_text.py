"""Extraction never silently keeps a fragment: the page's evident main text is measured from the page itself,
the fast path's text is checked against it, and an article still much shorter is kept with a warning."""

from __future__ import annotations

import json

from lxml import html as lxml_html
from typer.testing import CliRunner

from newsquotes.corpus.cleaning import default_rules
from newsquotes.corpus.documents import RawRecord
from newsquotes.corpus.extract import ExtractOptions, looks_wrong
from newsquotes.corpus.extractors import extract
from newsquotes.corpus.prose import main_text_chars
from newsquotes.corpus.storage import read_manifest

PARAGRAPHS = [
    "The ministry said on Tuesday that the talks with the northern provinces would resume next week in the "
    "capital, after a pause of almost three months.",
    "“We are ready for dialogue,” the spokesperson told reporters, adding that both delegations had confirmed "
    "the date and the agenda.",
    "Officials said the first session would deal with water rights, and that a second round on the border "
    "crossings was planned for the spring.",
    "The opposition welcomed the announcement but warned that earlier rounds had ended without any agreement "
    "on the disputed reservoirs.",
    "Farmers in the northern valleys, who depend on the river for irrigation, said they hoped the talks would "
    "finally settle the matter.",
    "A spokesperson for the provinces said their delegation would present a plan to share the water by season "
    "rather than by volume.",
]
ARTICLE = PARAGRAPHS * 2
TEASER = ("After three months without a meeting, the ministry and the provinces will talk again about the river. "
          "What is at stake for the farmers in the valleys, why earlier rounds failed, and what each side now "
          "proposes. The first session, on water rights, opens next week in the capital. A second round, on the "
          "border crossings, follows in the spring, if the first one goes well.")


OTHER = [
    "The city council voted on Monday to extend the night bus service to the eastern suburbs from the spring, "
    "after a year of complaints from shift workers.",
    "The new lines will run every half hour between midnight and five in the morning, the transport office said "
    "in a statement.",
    "Residents who had campaigned for the change welcomed the vote, while the opposition asked how the service "
    "would be paid for after the first year.",
]


def chars(paragraphs: list[str]) -> int:
    return sum(map(len, paragraphs))


def tree(body: str):
    return lxml_html.fromstring(f"<html><head><title>Talks</title></head><body>{body}</body></html>")


def extract_page(html: str):
    raw = RawRecord("page.html", None, "html", html.encode(), "0" * 64, {})
    return extract(raw, ExtractOptions(rules=tuple(default_rules())))


def test_main_text_is_the_largest_group_of_sibling_paragraphs():
    article = "".join(f'<div class="para">{p}</div>' for p in ARTICLE)  # paragraphs need not be <p>
    teaser = f'<div class="teaser"><p>{TEASER}</p></div>'
    assert main_text_chars(tree(f'{teaser}<div class="story">{article}</div>')) == chars(ARTICLE)


def test_comments_sidebars_and_link_lists_are_not_main_text():
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    comments = "".join(f'<li class="comment"><div class="comment-body"><p>{p}</p></div></li>' for p in ARTICLE)
    widget = "".join(f"<p>{p}</p>" for p in ARTICLE)
    links = "".join(f'<p><a href="/{i}">{p}</a></p>' for i, p in enumerate(ARTICLE))
    page = (f'<article>{article}</article><ol class="commentlist">{comments}</ol>'
            f'<aside class="widget"><div>{widget}</div></aside><nav>{widget}</nav><div class="more">{links}</div>')
    assert main_text_chars(tree(page)) == chars(PARAGRAPHS[:2])


def test_a_story_wrapped_in_an_aside_is_still_main_text():
    article = "".join(f"<p>{p}</p>" for p in ARTICLE)
    assert main_text_chars(tree(f'<aside class="wrapper"><article>{article}</article></aside>')) == chars(ARTICLE)


def test_the_fast_path_check_measures_against_the_page():
    text = "\n".join(PARAGRAPHS)
    assert looks_wrong(text, min_chars=200, page_chars=2 * chars(PARAGRAPHS)) is None
    assert looks_wrong(text, min_chars=200, page_chars=3 * chars(PARAGRAPHS)) == "misses most of the page's main text"


def teaser_page() -> str:
    # The first container named like an article body holds only the teaser: the fast path stops there.
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    return (f'<!DOCTYPE html><html lang="en"><head><title>Talks</title></head><body><nav><a href="/">Home</a></nav>'
            f'<h1>Talks to resume</h1><div class="entry-content summary"><p>{TEASER}</p></div>'
            f'<div class="entry-content text">{body}</div></body></html>')


def test_a_teaser_taken_for_the_article_sends_the_page_to_the_full_path():
    draft = extract_page(teaser_page())
    assert set(PARAGRAPHS) <= set(draft.paragraphs)
    assert draft.warning is None


def paywalled_page() -> str:
    # The page shows two paragraphs; its structured data holds the whole article body.
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Talks to resume",
            "articleBody": "\n".join(ARTICLE)}
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    return (f'<!DOCTYPE html><html lang="en"><head><title>Talks</title>'
            f'<script type="application/ld+json">{json.dumps(data)}</script></head><body>'
            f'<article><h1>Talks to resume</h1>{body}<p class="paywall">Subscribe to read on.</p></article>'
            f'</body></html>')


def test_an_article_much_shorter_than_the_page_says_is_kept_with_a_warning():
    draft = extract_page(paywalled_page())
    assert draft.paragraphs[:2] == PARAGRAPHS[:2]
    assert draft.warning.startswith("shorter than the page's main text: ")
    assert f"of {len(chr(10).join(ARTICLE)):,} in the page's structured data (articleBody)" in draft.warning


def test_the_warning_is_in_the_manifest_and_in_corpus_stats(tmp_path, build_corpus):
    from newsquotes.cli import app

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "paywalled.html").write_text(paywalled_page())
    body = "".join(f"<p>{p}</p>" for p in OTHER)
    (tmp_path / "in" / "whole.html").write_text(f"<html><body><article><h1>Night buses</h1>{body}</article></body></html>")
    build_corpus(tmp_path / "in")
    entries = {entry.input: entry for entry in read_manifest(tmp_path / "out").entries}
    assert entries["paywalled.html"].status == "kept"
    assert entries["paywalled.html"].warning.startswith("shorter than the page's main text")
    assert entries["whole.html"].status == "kept" and entries["whole.html"].warning is None
    result = CliRunner().invoke(app, ["corpus", "stats", str(tmp_path / "out")], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "kept with a warning" in result.output
    assert "paywalled.html" in result.output and "whole.html" not in result.output


def test_outcomes_cached_by_an_earlier_extraction_are_not_reused(monkeypatch):
    from newsquotes.corpus import work

    options = ExtractOptions(rules=())
    before = work.settings_fingerprint(options, {}, {})
    monkeypatch.setattr(work, "EXTRACTION_REVISION", work.EXTRACTION_REVISION + 1)
    assert work.settings_fingerprint(options, {}, {}) != before


def sections(paragraph_groups: list[list[str]], item: str = "div") -> str:
    # One article body split into sections, each in a container made from the same template.
    return "".join(f'<{item} class="section"><div class="row"><div class="text">'
                   + "".join(f"<p>{p}</p>" for p in group) + f"</div></div></{item}>" for group in paragraph_groups)


def test_a_body_split_into_containers_of_one_kind_is_one_main_text():
    halves = [PARAGRAPHS[:3], PARAGRAPHS[3:]]
    assert main_text_chars(tree(sections(halves))) == chars(PARAGRAPHS)
    # text beside the paragraphs of a section is one of them
    loose = f'<div class="section"><div class="row"><div class="text"><h2>Water</h2>{OTHER[0]}</div></div></div>'
    assert main_text_chars(tree(sections(halves) + loose)) == chars(PARAGRAPHS) + len(OTHER[0])
    # an introduction longer than each section is not the main text: the sections together are
    intro = f'<div class="intro"><p>{TEASER}</p></div>'
    assert main_text_chars(tree(intro + sections([[p] for p in PARAGRAPHS[:3]]))) == chars(PARAGRAPHS[:3])


def test_stories_in_items_of_their_own_teasers_and_copies_are_not_one_main_text():
    halves = [PARAGRAPHS[:3], PARAGRAPHS[3:]]
    assert main_text_chars(tree(sections(halves, item="article"))) == max(map(chars, halves))
    assert main_text_chars(tree(sections([PARAGRAPHS, PARAGRAPHS]))) == chars(PARAGRAPHS)
    # teasers of other stories: a headline linking to the story above an excerpt of it
    cards = "".join(f'<div class="card"><h2><a href="/{i}">Story {i}</a></h2><p>{p}</p></div>'
                    for i, p in enumerate(OTHER))
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    assert main_text_chars(tree(f'<div class="story">{article}</div><div class="more">{cards}</div>')) == chars(
        PARAGRAPHS[:2])


def split_page() -> str:
    # An introduction, then the body in two sections of the same template; the fast path keeps the first
    # container named like the text, the first section.
    first = f"<p>{PARAGRAPHS[0]}</p><h2>The agenda</h2><p>{PARAGRAPHS[1]}</p>"
    second = (f"<h2>Water rights</h2><p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p>"
              f"<h2>The valleys</h2><p>{PARAGRAPHS[4]}</p>")
    section = '<div class="content-wrapper"><div class="row"><div class="column text-wrap"><div class="text">{}' \
              '</div></div><div class="column table-wrap"><h4>More</h4><ul><li><a href="/a">Elsewhere</a></li>' \
              '</ul></div></div></div>'
    return (f'<!DOCTYPE html><html lang="de"><head><title>Talks</title></head><body>'
            f'<nav><a href="/">Home</a></nav><h1>Talks to resume</h1><div class="content-wrapper row"><div class="intro-text">{PARAGRAPHS[5]}'
            f'</div></div>{section.format(first)}{section.format(second)}</body></html>')


def test_a_body_split_into_sections_is_not_cut_silently():
    # Here trafilatura's full path, too, keeps the first section only: the article is kept with a warning.
    draft = extract_page(split_page())
    assert draft.paragraphs[:3] == [PARAGRAPHS[0], "The agenda", PARAGRAPHS[1]]
    assert draft.page_chars == chars(PARAGRAPHS[:5])
    assert draft.warning.startswith("shorter than the page's main text: ")
