"""What newsquotes raises when what it was given cannot be used: one family, so a caller tells a mistake in
the inputs (fix the file, the option, the model) from a bug in newsquotes (anything else).

Every error here is a ``ValueError``, so code that caught ``ValueError`` before still catches it. The message
names the file or record and the reason; the command line prints it as one line, and any other exception as a
bug with its traceback.
"""

from __future__ import annotations


class NewsquotesError(ValueError):
    """Something newsquotes was given cannot be used; the message says which and why."""


class InputError(NewsquotesError):
    """An input file or record cannot be read as what it should be: a corpus, annotations, results, guidelines."""


class GoldError(NewsquotesError):
    """Gold that does not fit: its sources, its split, or its annotations against the articles they label."""


class ModelError(NewsquotesError):
    """A model that cannot be named, loaded or trained, or whose predictions do not fit the articles."""


class ConfigError(NewsquotesError):
    """A setting that cannot be used: an option, a suite, a sources file, boilerplate rules, a labeling config."""


class LabelStudioError(NewsquotesError, RuntimeError):
    """Label Studio could not be reached or refused a request; the message says which and why."""
