"""The noun a figure counts, read off the words right after it: "1,200 workers took part" counts workers.

Split from :mod:`summarizer.quantities` (the one quantity reader, which stems the noun and says what befell
it); this module only finds where the counted noun phrase starts and ends.
"""

from __future__ import annotations

import re

from summarizer.function_words import MORE_PREPOSITIONS, PARTICLES, PREPOSITIONS
from summarizer.numbers import SCALE_WORDS
from summarizer.quantity_context import past_verb
from summarizer.text import STOPWORDS

_UNIT_SKIP = {"other", "more", "additional", "further", "another", "of", "the", "more than"}
# Where a counted noun cannot start: a preposition or particle ("12 across the region", "3 off the coast"; stopwords
# end the run later anyway, past _UNIT_SKIP's quantifiers) and time words after a number ("2 last week", "3 years ago").
_UNIT_STOP = (PREPOSITIONS | MORE_PREPOSITIONS | PARTICLES | frozenset(["last", "next", "yesterday", "today", "tonight", "earlier", "later",
                                                   "ago"])) - _UNIT_SKIP

# Words that say how a measured unit applies, not what it counts: "40 feet long", "3 metres lower".
_UNIT_CLOSERS = frozenset(["long", "wide", "deep", "high", "tall", "thick", "across", "away", "apart", "lower", "higher",
                           "longer", "shorter", "deeper", "wider", "taller"])


def _modifier_pair(words: list[str]) -> bool:
    """A modifier and a plural noun after "and": what the first word of "current and former students" modifies."""
    return (len(words) == 2 and all(w.isalpha() and w.islower() and w not in STOPWORDS for w in words)
            and words[1].endswith("s") and not words[1].endswith("ss"))


def counted_noun(next_words: list[str]) -> str | None:
    """The noun a figure counts, from the words after it: '1,200 workers took part' -> 'workers'."""
    run: list[str] = []
    for index, word in enumerate(next_words):
        lower = word.lower()
        if len(run) == 1 and lower in ("and", "or") and _modifier_pair(next_words[index + 1 : index + 3]):
            run = []  # "19,000 current and former students": two modifiers of the noun that follows
            continue
        if word == "US" and not run and next_words[index + 1 : index + 2] in (["dollars"], ["dollar"]):
            continue  # '3.4 billion US dollars': the country's letters, not the pronoun 'us'
        if not word[0].isalpha() or lower in _UNIT_STOP or (run and (lower in STOPWORDS or lower.endswith(("ed", "ly")))):
            break
        if run and lower in _UNIT_CLOSERS:
            break
        if lower in _UNIT_SKIP or lower in SCALE_WORDS:  # "5 m high" measures metres: a letter is a unit here
            continue
        if not run and index and next_words[index - 1].lower() == "of" and re.fullmatch(r"[A-Z][\w-]*['’]s", word):
            continue  # "nine of Halvik's bakeries": the owner, then what is counted
        if lower in STOPWORDS or (not run and past_verb(lower, next_words[index + 1 : index + 2])):
            break  # "Nine ended up in hospital": a verb, no counted noun
        run.append(word)
        if len(run) == 3 or (len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "news"))):
            break  # a plural ends the noun phrase: "1,200 workers took part" counts workers
    return run[-1] if run else None
