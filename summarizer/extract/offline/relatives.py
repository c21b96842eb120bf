"""What a ', who' clause at a sentence's end tells of the person it follows: a claim of its own."""

from __future__ import annotations

import re

from summarizer.extract.offline.verb_forms import CLAUSE_MIN_WORDS, form, has_verb, open_bracket, words

# A name, then perhaps an apposition ('Ann Roe, the party's leader,'), then ', who' and what she did.
_NAME_BEFORE_WHO = re.compile(r"(?P<name>(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)(?:,\s+(?:the|a|an|its|their|his|her)\s[^,]{2,80})?"
                              r",\s+who\s+(?=\S)")


def told_of_a_name(text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """The clause and what a ', who' clause at its end tells of a person named in it ("The decision follows a
    request from Ann Roe, the party's leader, who came second with 41% of the vote" + "Ann Roe came second
    with 41% of the vote"), the second worded with the name carried (the third member); else the clause whole.
    A relative clause opening the sentence ("Ann Roe, who leads the party, said …") is the main clause's aside."""
    for m in _NAME_BEFORE_WHO.finditer(text, start, end):
        if open_bracket(text[start:end], m.start() - start):
            continue
        before, body = words(text, start, m.start("name")), words(text, m.end(), end)
        if len(before) < CLAUSE_MIN_WORDS or not has_verb(before) or len(body) < CLAUSE_MIN_WORDS:
            continue
        comma = text.find(",", m.end(), end)
        tail = words(text, comma, end) if comma >= 0 else []
        if form(body, 0) is None or any(form(tail, i) for i, w in enumerate(tail) if not w.text[:1].isupper()):
            continue  # "who, like others, …" or a clause going on past another comma is left whole
            # ('…, who came second, and her party …'); an apposition after it is not ('…, Tom Belmonte')
        name_end = m.end("name") if m.group(0).count(",") == 1 else text.rindex(",", m.start(), m.end() - 1)
        return [(start, name_end, None), (m.end(), end, m.group("name"))]
    return [(start, end, None)]
