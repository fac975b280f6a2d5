"""What the helpers of the article's referents may ask of it: an interface, so that ``rules_referents``, which
calls them, and the helpers (``rules_pronoun_referents``, ``rules_documents``), which call back into it, need not
import each other round.
"""

from __future__ import annotations

from typing import Protocol

from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_text import Layout


class Resolved(Protocol):
    """A speaker phrase resolved: ``rules_referents.Speaker``."""

    name: str | None


class ArticleReferents(Protocol):
    """``rules_referents.Referents`` as its helpers see it."""

    layout: Layout
    text: str
    mentions: list[Mention]
    quoted: list[Mention]
    sexes: dict[str, str]

    def speaker(self, start: int, end: int, mention: Mention | None = None) -> Resolved: ...

    def own_name(self, mention: Mention) -> str: ...

    def country_of(self, people: str) -> str | None: ...

    def antecedent(self, pronoun: str, pos: int, depth: int = 6) -> str | None: ...

    def is_subject(self, mention: Mention) -> bool: ...
