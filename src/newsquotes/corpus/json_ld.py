"""trafilatura's reading of a page's JSON-LD scripts (its ``extract_meta_json``), with the script text minified
and normalized in C: most of trafilatura's time there was a Python step per white-space character, per string
and, in scripts with escapes, per character. The same :class:`trafilatura.settings.Document` fields come out.
"""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache


#: The types of the scripts trafilatura reads as JSON-LD (``.//script[@type=…]`` in its ``extract_meta_json``).
_JSON_TYPES = ("application/ld+json", "application/settings+json")
#: trafilatura's ``JSON_MINIFY`` (a JSON string, or one white-space character outside strings), as
#: :func:`_minified_json` reads it; if a version of trafilatura changes it, its own reading runs.
JSON_MINIFY_PATTERN = r'("(?:\\.|[^"\\])*")|\s'
_JSON_TOKENS = re.compile(JSON_MINIFY_PATTERN + "+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _minified_json(text: str) -> str:
    """``JSON_MINIFY.sub(r"\\1", text)``: strings kept, white space outside them dropped, split in C rather than
    a Python call per match (a run of white space holds no string, so it can go at once)."""
    return "".join(filter(None, _JSON_TOKENS.split(text)))


def _normalized_json(text: str) -> str:
    """trafilatura's ``normalize_json``, with its lone surrogates removed by a pattern rather than a Python
    test of each character."""
    from trafilatura.json_metadata import JSON_UNICODE_REPLACE
    from trafilatura.utils import HTML_STRIP_TAGS, trim

    if "\\" in text:
        text = text.replace("\\n", "").replace("\\r", "").replace("\\t", "")
        text = JSON_UNICODE_REPLACE.sub(lambda match: chr(int(match[1], 16)), text)
        text = html.unescape(_SURROGATE.sub("", text))
    return trim(HTML_STRIP_TAGS.sub("", text))


#: SHA-256 of the source of trafilatura's ``extract_meta_json`` and ``normalize_json``, whose steps
#: :func:`read_json_ld` repeats: with any other code, trafilatura's own reading runs.
STEPS_SHA256 = "ed8cd22210d4f2a40675a6c2be544644020fc98a97494f0c506bb57140e6d62f"


@lru_cache(maxsize=1)
def _steps_known() -> bool:
    """Whether trafilatura reads JSON-LD with the steps :func:`read_json_ld` repeats."""
    from trafilatura.json_metadata import normalize_json
    from trafilatura.metadata import JSON_MINIFY, extract_meta_json

    from newsquotes.corpus.library_code import source_sha256

    return JSON_MINIFY.pattern == JSON_MINIFY_PATTERN and source_sha256(extract_meta_json, normalize_json) == STEPS_SHA256


def read_json_ld(tree, found, scripts: list | None = None):
    """What ``trafilatura.metadata.extract_meta_json(tree, found)`` gives: its JSON-LD reading, with the script
    text minified and normalized in C (most of its time was a Python step per white-space character, string
    and, in scripts with escapes, per character); ``scripts``: the page's ``<script>`` elements, if found."""
    from trafilatura.json_metadata import extract_json, extract_json_parse_error
    from trafilatura.metadata import extract_meta_json

    if not _steps_known():
        return extract_meta_json(tree, found)
    scripts = tree.iter("script") if scripts is None else scripts
    # .//script: the page's root is no script of its own
    for element in (script for script in scripts if script.get("type") in _JSON_TYPES and script is not tree):
        if not element.text:
            continue
        text = _normalized_json(_minified_json(element.text))
        try:
            found = extract_json(json.loads(text, strict=False), found)
        except json.JSONDecodeError:
            found = extract_json_parse_error(text, found)
    return found
