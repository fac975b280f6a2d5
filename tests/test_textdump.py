from __future__ import annotations

from pathlib import Path

import pytest

from newsquotes.corpus.cleaning import default_rules, remove_boilerplate
from newsquotes.corpus.documents import RawRecord, Rejected
from newsquotes.corpus.extract import ExtractOptions
from newsquotes.corpus.extractors import extract
from newsquotes.corpus.textdump import parse, parse_date

DUMP = Path(__file__).parent / "data" / "freedonia-dump.txt"
OPTIONS = ExtractOptions(rules=tuple(default_rules()))


def extract_dump(data: bytes, **hints):
    return extract(RawRecord("dump.txt", None, "text", data, "0" * 64, hints), OPTIONS)


def test_dump_header_body_and_boilerplate_come_apart():
    draft = extract_dump(DUMP.read_bytes())
    assert draft.caption == ("Deputy Foreign Minister Ivan Petrov speaks to reporters in Marsovia on Tuesday. "
                             "Photo: Freedonia News Agency")
    assert draft.title == "Freedonia warns Sylvania over missile deployment near the border"
    assert draft.authors == ["Anna Novak"]
    assert draft.published == "2024-03-03"
    assert len(draft.paragraphs) == 6
    assert draft.paragraphs[0].startswith("Freedonia’s Deputy Foreign Minister Ivan Petrov warned the U.S.")
    assert draft.paragraphs[-1] == "The Sylvanian defence ministry did not respond to a request for comment."
    body = "\n".join(draft.paragraphs)
    for chrome in ("See also", "Share this", "Discover more", "Subscribe", "Leave a Reply", "email address",
                   "Required fields", "Facebook", "Comment *"):
        assert chrome not in body
    assert {"see-also", "share-follow", "discover-more", "subscribe", "comment-form"} <= set(draft.removed)


def test_typographic_quotes_survive_untouched():
    draft = extract_dump(DUMP.read_bytes())
    assert "“We will respond. We will find our way to protect our interests,” Petrov told" in draft.paragraphs[1]
    assert "“I’m not threatening anyone.”" in draft.paragraphs[1]


def test_rules_never_eat_real_body_lines():
    lines = [
        "See also the report the ministry published last week, which lists every deployment since 2019 and the "
        "budget lines that paid for them, as well as the names of the officers who signed each order, the dates "
        "on which the orders were sent and the units that received them, along with the costs of each of them.",
        "Subscribe to get the latest posts sent to your email.",
        "The minister said readers who subscribe to the agency's wire would get the full statement.",
    ]
    kept, fired = remove_boilerplate(lines, default_rules())
    assert kept == [lines[0], lines[2]]
    assert fired == ["subscribe"]


def test_kicker_line_above_headline():
    text = "DEFENCE\nSylvania orders new frigates from abroad\n\n" + "The navy confirmed the order on Monday. " * 8
    draft = parse(text)
    assert draft.caption == "DEFENCE"
    assert draft.title == "Sylvania orders new frigates from abroad"


def test_declared_layout_overrides_guessing():
    text = "A headline that ends with a full stop.\nA standfirst line\n\n" + "Body sentence here. " * 20
    draft = parse(text, layout=["title", "subtitle"])
    assert draft.title == "A headline that ends with a full stop."
    assert draft.subtitle == "A standfirst line"
    assert draft.paragraphs[0].startswith("Body sentence here.")


def test_hard_wrapped_paragraphs_are_rejoined():
    wrapped = ("The ministry said on Tuesday that the talks would resume next week in\n"
               "the capital, after a pause of several months caused by the dispute over\n"
               "the border crossing and the fishing rights in the northern waters of the\n"
               "bay.")
    draft = parse("Talks to resume next week\n\n" + wrapped)
    assert draft.paragraphs == [wrapped.replace("\n", " ")]


@pytest.mark.parametrize("line,expected", [
    ("Friday, July 21, 2017", "2017-07-21"),
    ("Posted on 3 March 2024", "2024-03-03"),
    ("Mar. 3, 2024 at 10:15 am", "2024-03-03"),
    ("2024-03-05", "2024-03-05"),
    ("The U.S. said on Friday", None),
])
def test_datelines(line, expected):
    assert parse_date(line) == expected


@pytest.mark.parametrize("data,reason", [
    (b"", "empty input"),
    (b"   \n\n  ", "empty input"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"Short headline\n\nToo short a body.", "too short"),
    (b"Subscribe\nLeave a Reply\nYour email address will not be published.", "no main text"),
])
def test_bad_text_inputs_are_rejected_with_a_reason(data, reason):
    with pytest.raises(Rejected, match=reason):
        extract_dump(data)


def test_legacy_encodings_are_decoded():
    text = "Zürich café reports\n\n" + "Le café de Zürich a rouvert ses portes après une longue pause. " * 5
    draft = extract_dump(text.encode("latin-1"))
    assert draft.title == "Zürich café reports"
    assert "café de Zürich" in draft.paragraphs[0]


SEED = Path(__file__).parents[1] / "corpus" / "raw" / "seed" / "000_1279199a3664483d.txt"


def test_seed_headline_is_the_title_and_its_photo_label_the_caption():
    draft = extract_dump(SEED.read_bytes())
    assert draft.title == ("Russia has warned the U.S. about a potential “spiral of escalation” but remains "
                           "committed to open communication")
    assert draft.caption == "Deputy Foreign Minister of Russia Sergei Ryabkov"
    body = "\n".join(draft.paragraphs)
    assert draft.paragraphs[0].startswith("Russia issued a warning to the United States on Wednesday")
    assert draft.paragraphs[-1].endswith("resulting in a substantial crater at the launch site.")
    for chrome in ("Deputy Foreign Minister of Russia Sergei Ryabkov", "See also", "Discover more", "Subscribe",
                   "Leave a Reply", "email address", "Required fields"):
        assert chrome not in body


BODY = "\n\n" + "The ministry confirmed the figures on Monday, officials said. " * 6


@pytest.mark.parametrize("header,caption,title", [
    # a name label above a sentence-case headline
    ("President of Freedonia Rufus T. Firefly\nFreedonia says it will reopen the border crossing next week",
     "President of Freedonia Rufus T. Firefly", "Freedonia says it will reopen the border crossing next week"),
    ("Ludwig van Beethoven\nA lost sketch by the composer turns up in a Vienna attic",
     "Ludwig van Beethoven", "A lost sketch by the composer turns up in a Vienna attic"),
    ("Sylvanian Navy Frigate HMS Resolute\nThe navy's newest frigate is delayed by two years over engine faults",
     "Sylvanian Navy Frigate HMS Resolute", "The navy's newest frigate is delayed by two years over engine faults"),
    # a title-case headline is no name label, even above a sentence-case line
    ("Freedonia Reopens Border After Talks\nThe crossing will open on Monday for trucks and buses",
     None, "Freedonia Reopens Border After Talks"),
    # three words above a headline are a kicker or label, whatever the headline's case
    ("Rufus T. Firefly\nFreedonia Leader Threatens War Over Insult", "Rufus T. Firefly",
     "Freedonia Leader Threatens War Over Insult"),
    # a headline alone
    ("Freedonia says it will reopen the border crossing next week", None,
     "Freedonia says it will reopen the border crossing next week"),
    # a photo credit and a sentence caption
    ("Image: Freedonia News Agency\nTalks between the two ministers ended without an agreement",
     "Image: Freedonia News Agency", "Talks between the two ministers ended without an agreement"),
    ("The minister arrives at the summit in Marsovia on Tuesday.\nMinisters fail to agree on the border deal",
     "The minister arrives at the summit in Marsovia on Tuesday.", "Ministers fail to agree on the border deal"),
    # a kicker, then a name label would be odd: kicker then headline
    ("WORLD\nFreedonia says it will reopen the border crossing next week", "WORLD",
     "Freedonia says it will reopen the border crossing next week"),
    # a short headline-case line above a shorter headline is not a label (the headline must be longer)
    ("Deputy Minister Ivan Petrov Resigns\nPetrov quits", None, "Deputy Minister Ivan Petrov Resigns"),
    # byline and dateline under a headline under a name label
    ("Secretary General Ban Ki-moon\nThe UN chief calls for a ceasefire in the north\nBy Jane Doe\nMarch 3, 2024",
     "Secretary General Ban Ki-moon", "The UN chief calls for a ceasefire in the north"),
])
def test_caption_or_headline_from_the_shape_of_the_first_lines(header, caption, title):
    draft = parse(header + BODY)
    assert (draft.caption, draft.title) == (caption, title)
    assert title not in draft.paragraphs and caption not in draft.paragraphs
    assert draft.paragraphs[-1].startswith("The ministry confirmed")
