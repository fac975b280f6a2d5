"""What the build loads before its worker processes fork, and the date search it makes cheaper."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from newsquotes.corpus import metadata
from newsquotes.corpus.cleaning import default_rules
from newsquotes.corpus.documents import RawRecord
from newsquotes.corpus.extract import ExtractOptions
from newsquotes.corpus.extractors import extract

LOADED = """
import sys
from newsquotes.corpus import language
from newsquotes.corpus.pipeline import prepare
prepare({readers!r})
print(language._identifier.cache_info().currsize, *(name in sys.modules for name in ("trafilatura", "extruct")))
"""


def _loaded(readers: set[str]) -> list[str]:
    result = subprocess.run([sys.executable, "-c", LOADED.format(readers=readers)], capture_output=True, text=True,
                            check=True)
    return result.stdout.split()


def test_prepare_loads_the_language_model_and_only_the_extraction_the_readers_need():
    assert _loaded({"text", "csv"}) == ["1", "False", "False"]
    assert _loaded({"html", "text"}) == ["1", "True", "True"]


WARMED = """
from dateparser.languages.dictionary import Dictionary
from justext.core import define_stoplist
from trafilatura import external
from newsquotes.corpus.pipeline import prepare
prepare({{"html"}}, warm={warm})
made = define_stoplist.cache_info().currsize
if external.JT_STOPLIST:  # what trafilatura's jusText comparison passes finds the set made, not a new one
    define_stoplist(external.JT_STOPLIST)
print(bool(Dictionary._split_regex_cache), external.JT_STOPLIST is not None, made,
      define_stoplist.cache_info().hits)
"""


def test_a_build_of_many_pages_compiles_the_date_rules_and_makes_the_stop_words_before_the_workers_fork():
    def warmed(warm: bool) -> list[str]:
        return subprocess.run([sys.executable, "-c", WARMED.format(warm=warm)], capture_output=True, text=True,
                              check=True).stdout.split()

    assert warmed(False) == ["False", "False", "0", "0"]  # a build of a few pages leaves them to the page that needs them
    assert warmed(True) == ["True", "True", "1", "1"]


LEFT_TO_THE_PAGE = """
import sys
from newsquotes.corpus.pipeline import prepare
prepare({{"html"}}, warm={warm})
print(*(name in sys.modules for name in ("pycountry", "countryinfo", "dateparser")))
"""


def test_the_place_names_and_dateparser_are_loaded_before_the_fork_only_for_a_build_of_many_pages():
    def loaded(warm: bool) -> list[str]:
        return subprocess.run([sys.executable, "-c", LEFT_TO_THE_PAGE.format(warm=warm)], capture_output=True,
                              text=True, check=True).stdout.split()

    assert loaded(False) == ["False"] * 3  # one page in eight needs the place names, one in fifty dateparser
    assert loaded(True) == ["True"] * 3


def test_a_date_in_words_without_markup_is_still_found():
    body = "".join(f"<p>{sentence} The talks would resume in the capital after a pause of three months.</p>"
                   for sentence in ("The ministry said so on Tuesday.", "Both delegations confirmed it.",
                                    "The first session deals with water rights."))
    html = (f"<html><head><title>Talks</title></head><body><article><h1>Talks to resume</h1>"
            f'<div class="date">Stand: Donnerstag, 12. März 2020</div>{body}</article></body></html>')
    draft = extract(RawRecord("page.html", None, "html", html.encode(), "0" * 64, {}),
                    ExtractOptions(rules=tuple(default_rules())))
    assert draft.published == "2020-03-12"


def test_htmldate_reads_dates_in_words_in_the_listed_languages():
    from htmldate import extractors

    metadata._limit_date_languages()
    assert set(extractors.EXTERNAL_PARSER.languages) == set(metadata.DATE_LANGUAGES)
    assert extractors.EXTERNAL_PARSER.get_date_data("3 de febrero de 2021")["date_obj"].date() == date(2021, 2, 3)
    assert extractors.EXTERNAL_PARSER.get_date_data("12 mars 2020")["date_obj"].date() == date(2020, 3, 12)


BUILD = """
import sys
from pathlib import Path
from newsquotes.corpus.build import BuildOptions, build, inputs_from_paths
options = BuildOptions(workers=0, cache_dir=Path(sys.argv[3]))
report = build(inputs_from_paths([Path(sys.argv[1])]), Path(sys.argv[2]), options)
assert report.manifest.counts.kept == 1
print(*(name in sys.modules for name in ("pandas", "scipy", "datasketch.lsh", "extruct.rdfa", "extruct.microformat")))
"""


def test_a_build_of_a_page_imports_neither_pandas_nor_scipy_nor_unused_readers(tmp_path):
    body = "".join(f"<p>{sentence} The talks would resume in the capital after a pause of three months.</p>"
                   for sentence in ("The ministry said so on Tuesday.", "Both delegations confirmed it."))
    (tmp_path / "page.html").write_text(
        '<html><head><title>Talks</title><meta property="og:title" content="Talks to resume">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Talks to resume"}</script>'
        f"</head><body><article><h1>Talks to resume</h1>{body}</article></body></html>", encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", BUILD, str(tmp_path / "page.html"), str(tmp_path / "out"),
                             str(tmp_path / "cache")], capture_output=True, text=True)
    assert result.stdout.split() == ["False"] * 5, result.stderr
