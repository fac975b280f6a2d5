"""htmldate without dateparser until a page needs it.

htmldate reads a date written in words that its own rules miss ("martedì 3 marzo 2020") with dateparser, and
makes the parser it uses for that when it is imported (``htmldate.extractors.EXTERNAL_PARSER``), which
trafilatura does when it is imported. That loads dateparser, whose time zone rules alone are some 770
expressions compiled at import (a third of a second of CPU), in every build, while htmldate asks it for a date
on fewer than one page in fifty, after its own rules have failed. :func:`import_htmldate` imports htmldate with
:class:`DeferredDateDataParser` in place of dateparser's ``DateDataParser``: the same parser with the same
arguments, made the first time it is asked for a date. dateparser itself stays out of ``sys.modules``, so any
later ``import dateparser`` gets the real package.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType


class DeferredDateDataParser:
    """A ``dateparser.DateDataParser(*args, **kwargs)``, made (and dateparser imported) on first use."""

    __slots__ = ("_arguments", "_parser")

    def __init__(self, *args, **kwargs):
        self._arguments = (args, kwargs)
        self._parser = None

    @property
    def parser(self):
        """The dateparser ``DateDataParser`` itself."""
        if self._parser is None:
            from dateparser import DateDataParser

            args, kwargs = self._arguments
            self._parser = DateDataParser(*args, **kwargs)
        return self._parser

    @property
    def made(self) -> bool:
        """Whether the parser has been made (and dateparser imported)."""
        return self._parser is not None

    def get_date_data(self, date_string, date_formats=None):
        return self.parser.get_date_data(date_string, date_formats)

    def __getattr__(self, name: str):
        if name in DeferredDateDataParser.__slots__:  # not set yet (an object being copied): not the parser's
            raise AttributeError(name)
        return getattr(self.parser, name)


def _stand_in() -> ModuleType:
    """A ``dateparser`` module for htmldate's import: its ``DateDataParser`` is deferred, and any other name
    imports the real package and is taken from it."""
    stand_in = ModuleType("dateparser", "dateparser, with DateDataParser deferred until a date is parsed")
    stand_in.DateDataParser = DeferredDateDataParser

    def real(name: str):
        if name.startswith("__"):  # what the import system asks of any module (``__path__``: is it a package?)
            raise AttributeError(f"module 'dateparser' has no attribute {name!r}")
        if sys.modules.get("dateparser") is stand_in:
            del sys.modules["dateparser"]
        return getattr(importlib.import_module("dateparser"), name)

    stand_in.__getattr__ = real
    return stand_in


def import_htmldate() -> ModuleType:
    """``htmldate.extractors``, imported (with htmldate) without importing dateparser, unless either of them
    is imported already. Call it before trafilatura is imported, which imports htmldate."""
    if "htmldate.extractors" in sys.modules or "dateparser" in sys.modules:
        return importlib.import_module("htmldate.extractors")
    stand_in = _stand_in()
    sys.modules["dateparser"] = stand_in
    try:
        return importlib.import_module("htmldate.extractors")
    finally:
        if sys.modules.get("dateparser") is stand_in:
            del sys.modules["dateparser"]
