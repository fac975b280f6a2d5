"""The name each entity mention stands for, for the ``rules`` model: a person's fullest form of the name in the
article ("Ivan Petrov" for "Petrov" and "Mr. Petrov"), the first one named when several people share it; an
organisation's fullest name that holds every word of the mention ("the Church of Scientology" for "the Church")
before any "of" in it (the "Office of the UN High Commissioner" is no name of the UN), without a place it is based
in ("Michigan-based X").
"""

from __future__ import annotations

import re
import unicodedata

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_roles import bare_name

#: Words that make a longer name a thing or a person of an organisation, not its full name: "Airbus A380",
#: "Chicago-based Boeing", "Apple Chief Executive Officer".
_THING_OF_ORG = re.compile(r"\d|-based\b|\b(?:%s)\b" % "|".join(sorted(re.escape(t) for t in lex.TITLES)))


def canonical_names(text: str, found: list) -> None:
    """Set ``name`` on every mention in ``found``."""
    persons = [m for m in found if m.label == "PERSON"]
    orgs = [m for m in found if m.label == "ORG"]
    bare = {id(p): bare_name(text[p.start:p.end]) for p in persons}
    folds = {id(p): {folded(w) for w in bare[id(p)].split()} for p in persons}
    for mention in found:
        mention.name = text[mention.start:mention.end]
        if mention.label == "PERSON":  # "Petrov" and "Mr. Petrov" are Ivan Petrov, "Erdogan" is Recep Tayyip Erdoğan
            fits = [p for p in persons if folds[id(mention)] <= folds[id(p)]]
            pick = max([p for p in fits if p.start <= mention.start] or fits,
                       key=lambda p: (len(bare[id(p)]), p.start))
            mention.name = bare[id(_first_of_several(mention, fits, folds) or pick)]
        elif mention.label == "ORG":  # "the Church" is the Church of Scientology
            words = set(mention.name.split())
            fits = [p for p in orgs if words <= set(text[p.start:p.end].split())
                    and not _THING_OF_ORG.search(" ".join(set(text[p.start:p.end].split()) - words))
                    and (p is mention or not _of_mention(text[p.start:p.end], words))]
            pick = max([p for p in fits if p.start <= mention.start] or fits,
                       key=lambda p: (p.end - p.start, p.start))
            mention.name = re.sub(r"^[A-Z][\w.-]*-based\s+", "", text[pick.start:pick.end])  # "Michigan-based X"


def _first_of_several(mention, fits: list, folds: dict) -> object | None:
    """The first named of several people a short name fits, or None when the fuller names before it are forms
    of one name: an article gives a shared surname to the person it introduced first, its subject, not to a
    relative or namesake named later ("Vanderbilt" is Gloria Vanderbilt, not her father Reginald Claypoole
    Vanderbilt; "Baker" is Ginger Baker, not his wife Nettie Baker)."""
    words = folds[id(mention)]
    fuller = [p for p in fits if p.start <= mention.start and len(folds[id(p)]) > len(words)]
    longest = max((folds[id(p)] for p in fuller), key=len, default=set())
    if all(folds[id(p)] <= longest for p in fuller):
        return None
    return min(fuller, key=lambda p: p.start)


def _of_mention(name: str, words: set[str]) -> bool:
    """Whether a longer name holds a mention's words only after its "of" or "for": a body of that one, not its
    full name ("Office of the UN High Commissioner" is no name of the UN)."""
    head = re.split(r"\s(?:of|for)\s", name, maxsplit=1)
    return len(head) > 1 and not words <= set(head[0].split())


def fullest_person(mentions: list, written: str) -> str | None:
    """The canonical name of the one person among ``mentions`` whose name ends as ``written`` does, accents aside
    ("Erdogan" is Recep Tayyip Erdoğan); None when no person or several do."""
    last = folded(written.split()[-1])
    names = {m.name for m in mentions if m.label == "PERSON" and folded(m.name.split()[-1]) == last}
    return names.pop() if len(names) == 1 else None


def folded(word: str) -> str:
    """A word without its accents and case, as names are compared: "Erdoğan" and "erdogan" are one."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().casefold()
