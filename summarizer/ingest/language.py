"""Which language an article is in: py3langid's character n-gram model, shipped in its wheel.

Articles in several languages about one story are normal (wire copy, local press, machine
translations); they are processed like any other, but labelled, so an editor knows a quote may be a
translation and the merger knows to take its cross-language paths. A function-word list covered
seven languages and left Swedish, Danish, Polish, Romanian and Russian unlabelled. py3langid
(97 languages, a 4.5 MB package, model loaded from the wheel with no network call) labels all 24
invented paragraphs of ``bench/eval_language.py`` and their first twelve words; lingua labels them
too but weighs 96 MB and takes 20 s to load, for no gain on this measure.
"""

from __future__ import annotations

import functools
import re
from typing import Any

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
MIN_LETTERS = 20  # below this a label is a guess
MIN_CONFIDENCE = 0.5  # py3langid's normalised probability of its best label
SAMPLE_CHARS = 4000  # a few paragraphs decide it; a 5 MB article need not be read whole


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the article's language, or None when the text is too short or unclear."""
    sample = text[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    label, confidence = _identifier().classify(sample)
    if confidence < MIN_CONFIDENCE or not re.fullmatch(r"[a-z]{2}", label):
        return None
    return str(label)
