"""What may leave the machine: licences that allow redistribution, attribution, and no annotator identities."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from newsquotes.errors import NewsquotesError
from newsquotes.schema import Annotation, Article

#: Licences that allow redistribution, as Hub licence ids; the key is the licence written with letters
#: and digits only, lower case, so that "CC BY 2.5", "CC-BY-2.5" and "cc_by_2.5" are one licence.
REDISTRIBUTABLE: dict[str, str] = {
    "cc0": "cc0-1.0", "cc010": "cc0-1.0", "publicdomain": "other",
    **{f"ccby{v}": f"cc-by-{'.'.join(v)}" for v in ("20", "25", "30", "40")},
    **{f"ccbysa{v}": f"cc-by-sa-{'.'.join(v)}" for v in ("20", "25", "30", "40")},
}
#: Licences whose terms require crediting the author wherever the work is shared.
_ATTRIBUTION = re.compile(r"^ccby")

#: Annotator names that identify no one: the adjudicated gold, a model, or a hashed pseudonym.
PSEUDONYM = re.compile(r"^(gold|model:[\w.:/-]+|annotator-[0-9a-f]{6,})$")


class PublishRefused(NewsquotesError):
    """Publishing would release something it must not; the message says what and how to fix it."""


def licence_key(licence: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", (licence or "").lower())


def hub_licence(licence: str | None) -> str | None:
    """The Hub's id for a redistributable licence, or None when the licence does not allow redistribution."""
    return REDISTRIBUTABLE.get(licence_key(licence))


def needs_attribution(licence: str | None) -> bool:
    return bool(_ATTRIBUTION.match(licence_key(licence)))


def split_by_licence(articles: Iterable[Article], include_restricted: bool) -> tuple[list[Article], list[Article]]:
    """(publishable, left out): articles without a redistributable licence are left out unless asked for."""
    kept, left_out = [], []
    for article in articles:
        (kept if include_restricted or hub_licence(article.license) else left_out).append(article)
    return kept, left_out


def check_attribution(articles: Iterable[Article], attributions: Mapping[str, str]) -> None:
    """Refuse when an article's licence requires attribution and its source has none."""
    missing = sorted({a.source or "(no source)" for a in articles
                      if needs_attribution(a.license) and not attributions.get(a.source or "")})
    if missing:
        raise PublishRefused(
            f"the licence of source(s) {', '.join(missing)} requires attribution, and none is given: "
            "add `attribution = \"...\"` to the source in the sources file")


def check_identities(annotations: Iterable[Annotation]) -> None:
    """Refuse annotator names that could identify a person (an e-mail address, a user name)."""
    for annotation in annotations:
        if not PSEUDONYM.match(annotation.annotator):
            raise PublishRefused(
                f"article {annotation.article_id}: annotator {annotation.annotator!r} is not a pseudonym; "
                "publish adjudicated gold (annotator 'gold') or pseudonyms of the form annotator-<hex>")
