"""htmldate's parser for dates in words, dateparser, loaded only when a page needs it."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime

from newsquotes.corpus.date_parser import DeferredDateDataParser

SETTINGS = {"PARSERS": ["custom-formats", "absolute-time"], "PREFER_DATES_FROM": "past", "STRICT_PARSING": True}

# The page's only date is one that htmldate's own rules do not read: dateparser does, in its extensive search.
ONLY_DATEPARSER_DATES = """
import sys
from newsquotes.corpus.cleaning import default_rules
from newsquotes.corpus.documents import RawRecord
from newsquotes.corpus.extract import ExtractOptions
from newsquotes.corpus.extractors import extract
from newsquotes.corpus.pipeline import prepare
prepare({"html"})
from htmldate import extractors
print("dateparser" in sys.modules, extractors.EXTERNAL_PARSER.made)
body = "".join(f"<p>{sentence} I colloqui riprenderanno nella capitale dopo una pausa di tre mesi.</p>"
               for sentence in ("Lo ha detto il ministero.", "Entrambe le delegazioni lo hanno confermato.",
                                "La prima sessione riguarda i diritti sull'acqua."))
html = ("<html><head><title>Colloqui</title></head><body><article><h1>Riprendono i colloqui</h1>"
        f'<div class="date">martedì 3 marzo 2020</div>{body}</article></body></html>')
draft = extract(RawRecord("page.html", None, "html", html.encode(), "0" * 64, {}),
                ExtractOptions(rules=tuple(default_rules())))
import dateparser
print(draft.published, "dateparser" in sys.modules, extractors.EXTERNAL_PARSER.made, hasattr(dateparser, "parse"))
"""


def test_the_build_loads_dateparser_only_for_a_page_whose_date_it_alone_reads():
    result = subprocess.run([sys.executable, "-c", ONLY_DATEPARSER_DATES], capture_output=True, text=True)
    assert result.stdout.split() == ["False", "False", "2020-03-03", "True", "True", "True"], result.stderr


def _fields(data) -> tuple:
    return data["date_obj"], data["period"], data["locale"]


def test_the_deferred_parser_reads_what_dateparser_reads():
    from dateparser import DateDataParser

    for languages in (["it", "en"], None):
        deferred = DeferredDateDataParser(languages=languages, settings=SETTINGS)
        assert not deferred.made
        real = DateDataParser(languages=languages, settings=SETTINGS)
        for text in ("martedì 3 marzo 2020", "3 de febrero de 2021", "no date", "12 mars 2020 12:30"):
            assert _fields(deferred.get_date_data(text)) == _fields(real.get_date_data(text))
        assert deferred.made and deferred.languages == real.languages


STAND_IN = """
import sys
from newsquotes.corpus import date_parser
extractors = date_parser.import_htmldate()
print(extractors.DateDataParser is date_parser.DeferredDateDataParser, "dateparser" in sys.modules)
from newsquotes.corpus.date_parser import _stand_in
stand_in = sys.modules["dateparser"] = _stand_in()
from dateparser import parse  # any other name: the real package, which replaces the stand-in
print(parse.__module__, sys.modules["dateparser"] is not stand_in)
"""


def test_htmldate_imports_with_the_stand_in_and_other_names_come_from_dateparser_itself():
    result = subprocess.run([sys.executable, "-c", STAND_IN], capture_output=True, text=True)
    assert result.stdout.split() == ["True", "False", "dateparser", "True"], result.stderr


def test_the_date_found_is_the_one_dateparser_gives():
    assert DeferredDateDataParser(languages=["it"], settings=SETTINGS).get_date_data(
        "martedì 3 marzo 2020")["date_obj"] == datetime(2020, 3, 3)
