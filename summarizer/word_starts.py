"""Where each word of a text starts: the index grounding and merging look names up in."""

from __future__ import annotations

import re

WORD_RUN = re.compile(r"\w+")
WORD_TAIL = 6
"""Characters after a word by which :meth:`WordStarts.after` splits that word's starts."""


class WordStarts:
    """Where each word of a text starts, so a name is looked up by its words, not by a scan of the text.

    Grounding and merging ask, for every entity, alias and speaker of an article, whether and where the
    article names it; a scan per name is quadratic on a long article that names a new person every few
    lines. A name opening on a word character can only stand where a word starts. Where many names open
    with one frequent word ("Finance Minister", "Finance Minister Ana Lund", ...), that word's starts are
    further split by the :data:`WORD_TAIL` characters that follow it (built once per word, when asked),
    so a look-up costs about the name's own mentions.
    """

    def __init__(self, text: str, *, fold_case: bool = False) -> None:
        """``fold_case`` keys each word by its lower case (for a case-blind look-up; the text keeps its offsets,
        which lowercasing the whole text would not: "İ" lowercases to two characters). :meth:`after` steps over a
        word by its key's length, so it is for the case-kept index."""
        self.text = text
        self.at: dict[str, list[int]] = {}
        for word in WORD_RUN.finditer(text):
            key = word.group().lower() if fold_case else word.group()
            self.at.setdefault(key, []).append(word.start())
        self._tails: dict[str, dict[str, list[int]]] = {}

    def after(self, word: str) -> dict[str, list[int]]:
        """The word's starts, by the :data:`WORD_TAIL` characters that follow each."""
        if word not in self._tails:
            tails: dict[str, list[int]] = {}
            for at in self.at.get(word, ()):
                tails.setdefault(self.text[at + len(word) : at + len(word) + WORD_TAIL], []).append(at)
            self._tails[word] = tails
        return self._tails[word]
