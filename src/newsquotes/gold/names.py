"""The name inside a GUM entity mention, found from GUM's own mention span and its dependency tree.

A GUM mention spans a whole noun phrase ("US President Donald Trump, who …"); the name in it, OntoNotes
style, is the mention's syntactic head with the words the tree attaches to it as parts of a name: ``compound``,
``flat``, capitalised ``amod``, ``nmod:desc`` and ``nmod:unmarked``; an ``nmod`` introduced by "of", "for" or
"on" ("U.S. Department of Agriculture"); a possessor ("New People's Party"); a directly following ``appos``
("University of Texas Arlington"); a coordination inside the name ("Space & Rocket Center", "The Globe and
Mail"); and, between those words, their function words and hyphens. Left out: titles before the name and
all they govern ("US President" of "US President Donald Trump"), and words GUM's Wikipedia identity of the
mention does not have ("Scientologist Tom Cruise", "Evergreen Aviation & Space Museum of McMinnville"). A
person's name takes no "of" phrase or possessor ("Cheng Chung-tai of Civic Passion"). Names of other
entities nested in the mention are part of the name when the tree makes them so ("United States Navy",
"Doctor Who Society of Canada"). When the head is a common noun or a title the name is the proper noun in
apposition to it ("the firm Secunia.com", "Undersecretary for Education Mr. Toccafondi").
"""

from __future__ import annotations

from newsquotes.gold.gum import GumDocument, Mention, Word

#: Words that join the parts of one name.
CONNECTORS = frozenset({"of", "the", "and", "&", "-", "for", "on", "de", "al", "du", "del", "la"})
#: Titles and roles, left out of a name they precede unless GUM's identity of the mention has them.
TITLES = frozenset({
    "administrator", "ambassador", "captain", "ceo", "chairman", "chief", "coach", "commander", "commissioner",
    "director", "dr.", "emeritus", "general", "gov.", "governor", "judge", "justice", "king", "lord", "major",
    "manager", "mayor", "minister", "mp", "mr.", "mrs.", "ms.", "president", "prime", "prof.", "professor",
    "queen", "rep.", "representative", "secretary", "sen.", "senator", "sheriff", "sir", "spokesman",
    "spokeswoman", "st.", "undersecretary",
})
#: Relations (UD with GUM's subtypes) by which a word belongs to the name of its head word.
_NAME_RELATIONS = frozenset({"compound", "flat", "flat:name", "fixed", "amod", "nmod:desc", "nmod:unmarked"})
#: Function words that belong to a name only between its words ("Museum of Flight", "Space & Rocket Center").
_FUNCTION_RELATIONS = frozenset({"case", "det", "cc"})
#: Punctuation inside a name: hyphens, and the brackets an editor puts round words they add ("[Phil] Gramm").
_NAME_PUNCTUATION = frozenset({"-", "[", "]"})
#: Relations of a word the parse attaches outside its sentence's structure.
_ASIDE_RELATIONS = frozenset({"parataxis", "discourse", "dep", "reparandum", "vocative"})
#: Relations by which a common noun carries a name in apposition ("the firm Secunia.com", "director Sehar Memon").
_APPOSED_RELATIONS = frozenset({"flat", "flat:name", "appos"})


def _is_name_word(word: Word) -> bool:
    return word.upos in ("PROPN", "NUM") or word.xpos in ("NNP", "NNPS") or (
        word.upos == "ADJ" and word.form[:1].isupper())


def _is_proper(word: Word) -> bool:
    return word.upos == "PROPN" or word.xpos in ("NNP", "NNPS")


def _is_title(word: Word) -> bool:
    return word.form.lower() in TITLES


def _in_identity(word: Word, mention: Mention) -> bool:
    """Whether the mention's Wikipedia title has the word ("Minister" in "Prime Minister's Questions")."""
    return bool(mention.identity) and word.form in mention.identity.replace("'s", " ").split()


def _joins_name(document: GumDocument, mention: Mention, child: int, anchor: int, other_words: set[int]) -> bool:
    """Whether word ``child`` belongs to the name built around ``anchor``, given that its head does."""
    words = document.words
    inside = range(mention.first, mention.last + 1)
    word, parent = words[child], words[child].head
    if child not in inside:
        return False
    if word.deprel in _FUNCTION_RELATIONS or word.deprel == "punct" and word.form in _NAME_PUNCTUATION:
        return True  # trimmed off again where it ends up at an edge of the name
    if not _is_name_word(word) or child < anchor and _is_title(word) and not _in_identity(word, mention):
        return False  # a title and all it governs stay out: "US President" of "US President Donald Trump"
    if word.deprel == "nmod:desc" and mention.identity and not _in_identity(word, mention):
        return False  # a descriptor, not part of the name: "Scientologist Tom Cruise"
    if word.deprel in _NAME_RELATIONS:
        return True
    if word.deprel == "nmod":  # "U.S. Department of Agriculture", not "Lady Cassandra from Doctor Who"
        if mention.etype == "person" or mention.identity and not _in_identity(word, mention):
            return False  # "Chris Gregoire" of "Governor of Washington Chris Gregoire", "Museum of McMinnville"
        return any(words[d].deprel == "case" and words[d].form.lower() in CONNECTORS
                   for d in document.dependents.get(child, []))
    if word.deprel == "nmod:poss":  # "New People's Party", not "Afghanistan's Hamdullah Mohib" or "Google's fair"
        return mention.etype != "person" and (child not in other_words or _in_identity(word, mention))
    if word.deprel == "appos":  # "University of Texas Arlington", not "Trump, US President"
        return words[child - 1].upos != "PUNCT"
    if word.deprel == "conj":  # inside a part of the name ("Space & Rocket Center") or joined by "and" to its
        # head ("The Globe and Mail"), unless GUM marks it as a name of its own ("McCutchan Art Center / Pace …")
        return parent != anchor or child not in other_words and any(
            words[d].deprel == "cc" and words[d].form.lower() in CONNECTORS
            for d in document.dependents.get(child, []))
    return False


def _name_words(document: GumDocument, mention: Mention, root: int, other_words: set[int]) -> set[int]:
    """``root`` and the words of the mention that belong, through their syntactic heads, to its name."""
    found, todo = {root}, [root]
    while todo:
        parent = todo.pop()
        for child in document.dependents.get(parent, []):
            if child not in found and _joins_name(document, mention, child, root, other_words):
                found.add(child)
                todo.append(child)
    return found


def _fill_gaps(document: GumDocument, name: set[int], inside: range) -> None:
    """Add to ``name`` each run of words between two of its words that its words govern and that could be part
    of a name: proper nouns, hyphens and function words ("Make-A-Wish Foundation", parsed as a verb phrase)."""
    words = document.words

    def governed(index: int) -> bool:
        while index in inside and index not in name:
            index = words[index].head
        return index in name

    gap: list[int] = []
    for index in range(min(name), max(name) + 1):
        if index not in name:
            gap.append(index)
        elif gap:
            if all(governed(w) and (_is_name_word(words[w]) or words[w].form in _NAME_PUNCTUATION
                                    or words[w].deprel in _FUNCTION_RELATIONS) for w in gap):
                name.update(gap)
            gap = []


def _syntactic_head(document: GumDocument, mention: Mention) -> int:
    inside = range(mention.first, mention.last + 1)
    outer = [w for w in inside if document.words[w].head not in inside and document.words[w].upos != "PUNCT"]
    # an aside the parse hangs elsewhere is not the head: "(R-Texas)" of "U.S. Senator (R-Texas)"
    outer = [w for w in outer if document.words[w].deprel not in _ASIDE_RELATIONS] or outer
    heads = [w for w in outer if w in mention.heads]
    return (heads or outer or [mention.heads[0]])[0]


def name_span(document: GumDocument, mention: Mention, other_words: set[int]) -> tuple[int, int] | None:
    """Words ``(first, last)`` of the name inside a GUM mention, or None when it holds no name of its own.

    ``other_words`` belong to mentions of other chains nested in this one: a name rooted in one of them is
    that entity's, not this mention's. The name is the unbroken run of name words around its root, without
    function words or titles at its edges.
    """
    words = document.words
    inside = range(mention.first, mention.last + 1)
    head = _syntactic_head(document, mention)
    if _is_proper(words[head]) and not _is_title(words[head]):
        roots = [head]
    else:
        apposed = [d for d in document.dependents.get(head, []) if d in inside and not _is_title(words[d])
                   and _is_name_word(words[d])]
        roots = [d for d in apposed if words[d].deprel in _APPOSED_RELATIONS]
        if not roots and mention.etype in ("organization", "place") and not _is_title(words[head]):
            # a name modifying the common noun GUM counts as the head: "the al-Ikhbariya television"; an
            # event's or object's modifier names something else ("the last Space Shuttle mission")
            heads = {h for h in mention.heads if _is_proper(words[h])}
            roots = [d for d in apposed if words[d].deprel == "compound"
                     and _name_words(document, mention, d, other_words) & heads]
    roots = [r for r in roots if r not in other_words]
    if not roots:
        return None
    name = set().union(*(_name_words(document, mention, root, other_words) for root in roots))
    _fill_gaps(document, name, inside)
    start = end = roots[0]
    while start - 1 in name:
        start -= 1
    while end + 1 in name:
        end += 1
    while start < end and (_is_title(words[start]) and not _in_identity(words[start], mention)
                           or not _is_name_word(words[start])):
        start += 1
    while end > start and not _is_name_word(words[end]):
        end -= 1
    # an editor's bracket inside the name keeps its partner at the edge: "[George H. W.] Bush", not "George H. W.] Bush"
    brackets = "".join(words[w].form for w in range(start, end + 1) if words[w].form in "[]")
    if brackets.startswith("]") and start - 1 in inside and words[start - 1].form == "[":
        start -= 1
    if brackets.endswith("[") and end + 1 in inside and words[end + 1].form == "]":
        end += 1
    # a proper noun the parse attaches outside the mention still belongs to GUM's name ("North and South Korea")
    while start - 1 in inside and start - 1 not in other_words and _is_proper(words[start - 1]) \
            and not _is_title(words[start - 1]) and words[start - 1].head not in inside:
        start -= 1
    if not any(_is_proper(words[w]) and not _is_title(words[w]) for w in range(start, end + 1)):
        return None
    return start, end
