"""What a count of people says befell them: killed, injured, arrested, missing, displaced, seized, sickened.

"28 killed" and "26 people who died" are one toll; "250 missiles, killing two" counts missiles. The
quantity reader (:mod:`summarizer.quantities`) asks these words of the text around its figures.
"""

from __future__ import annotations

import functools

from summarizer.text import stem

PREDICATES = {
    "killed": {"kill", "die", "deceas", "fatalit", "fatality", "bodies", "body", "toll", "perish", "drown"},
    "injured": {"injur", "wound", "hurt", "hospitaliz", "hospitalis"},
    "arrested": {"arrest", "detain", "custody", "charg"},
    "missing": {"missing", "unaccounted"},
    "displaced": {"displac", "evacuat", "homeles"},
    "seized": {"seiz", "captur", "impound", "detain"},
    "sickened": {"sicken", "poison", "illness"},
}
# Words read as written, not by their stems' openings: 'lost their lives' ('live' is no toll), 'fell ill', and stems
# too short to open nothing else ('lif' opens 'lift', 'fle' opens 'fleet').
_EXACT = {"lives": "killed", "life": "killed", "ill": "sickened",
          **dict.fromkeys(["flee", "flees", "fled", "fleeing"], "displaced")}
HUMAN = {"killed", "injured", "arrested", "missing", "displaced", "sickened"}


def nearest_predicate(before: list[str], after: list[str]) -> str | None:
    """The casualty-type word closest to the number: 'killed at least two … and wounded' is killed."""
    best: tuple[int, int, str] | None = None
    for distance, word in enumerate(reversed(before), start=1):
        found = word_predicate(word.lower())
        if found is not None:
            best = (distance, 1, found)
            break
    for distance, word in enumerate(after, start=1):
        found = word_predicate(word.lower())
        if found is not None:
            if best is None or (distance, 0) < best[:2]:
                best = (distance, 0, found)
            break
    return best[2] if best else None


@functools.lru_cache(maxsize=100_000)
def word_predicate(word: str) -> str | None:
    if word in _EXACT:
        return _EXACT[word]
    s = stem(word)
    for name, cues in PREDICATES.items():
        if s in cues or any(s.startswith(c) for c in cues):
            return name
    return None
