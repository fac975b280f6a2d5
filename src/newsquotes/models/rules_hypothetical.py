"""Reporting verbs that report nothing anyone said: speech in a condition, hypothetical or generic speech.

A verb in a condition reports nothing, whoever its subject ("if they say we don't need it, …", "allowed if a doctor
determined …"). "When people say the city is unsafe, …", "You'd say the team has given up", "Some will say the plan
costs too much" and "Ask anyone in the village and they will say …" put words in the mouth of no one in particular:
the guidelines count no hypothetical "they would say". A named or definite speaker saying what they will say is left
alone ("The president will say in his address that …"), and so is a habitual saying in quotation marks ("As Trump
would say, “…”"), which is no indirect report. A question put with "do" asks what was said and reports nothing:
"((WN)) How do your fellow teammates describe you …?".
"""

from __future__ import annotations

import re

#: Subjects that name no one in particular.
_NO_ONE_NAMED = "you|one|people|anyone|anybody|someone|somebody|everyone|everybody|whoever|some|many|others"
_GENERIC = f"(?:{_NO_ONE_NAMED})"
_MODAL = r"(?:would|will|might|could|may|can|should|[’']d|[’']ll)"

#: A condition's subject (and auxiliaries) right before a verb: "if they say", "if a doctor determined".
_CONDITION = re.compile(r"\b(?:[Ii]f|[Uu]nless)\s+(?:[\w’'-]+\s+){1,5}$")
#: "when they say", "whenever you say": speech in a habit of no one.
_WHEN_GENERIC = re.compile(r"\b(?:[Ww]hen|[Ww]henever)\s+(?:they|we|" + _NO_ONE_NAMED + ")" + r"(?:\s+" + _MODAL + r")?\s*$")
#: "you'd say", "people will say", "some might argue", "one could say": speech that may or may not come.
_MODAL_GENERIC = re.compile(r"(?:^|[^\w’'])" + _GENERIC + r"(?:\s+" + _MODAL + r"|[’']d|[’']ll)"
                            r"(?:\s+(?:also|even|probably|likely|never|still))?\s*$", re.IGNORECASE)
#: "they would say", "they'd argue": what a group might say, not what it said ("they will" may announce a plan).
_THEY_WOULD = re.compile(r"(?:^|[^\w’'])they(?:\s+(?:would|might|could)|[’']d)\s*$", re.IGNORECASE)
#: "Ask anyone … and they will say": an imperative lends the verb a subject that is no one.
_IMPERATIVE_AND = re.compile(r"^\s*(?:[Bb]ut\s+|[Ss]o\s+|[Jj]ust\s+)?(?:[Aa]sk|[Tt]alk to|[Ss]peak to|[Ll]isten to)\b"
                             r"[^.;:!?]*\band\s+\w+(?:\s+" + _MODAL + r"|[’']d|[’']ll)?\s*$")


def hypothetical_speech(text: str, sentence_start: int, start: int) -> bool:
    """Whether the reporting verb at ``start`` reports no actual speech, from the sentence before it."""
    if _CONDITION.search(text, max(sentence_start, start - 60), start):
        return True
    before = text[max(sentence_start, start - 120):start]
    return bool(_WHEN_GENERIC.search(before) or _MODAL_GENERIC.search(before) or _THEY_WOULD.search(before) or (
        _IMPERATIVE_AND.search(text[sentence_start:start])))



#: A question that asks with "do" before its subject: "((WN)) How do your fellow teammates describe you …?".
_DO_QUESTION = re.compile(r"\W*(?:\(\([^()]*\)\)\s*)?(?:(?:how|what|why|when|where|who|whom|which)\s+)?"
                          r"(?:do|does|did)\s", re.IGNORECASE)


def asks(sentence: str) -> bool:
    """Whether a sentence is a question put with "do" ("How do your teammates describe you?"): its verb asks what
    was said, it reports nothing."""
    return sentence.rstrip().endswith("?") and bool(_DO_QUESTION.match(sentence))
