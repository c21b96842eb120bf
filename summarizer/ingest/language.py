"""Which language an article is in, from its commonest function words (stdlib, no model).

Articles in several languages about one story are normal (wire copy, local press, machine
translations); they are processed like any other, but labelled, so an editor knows a quote may be a
translation and the merger knows why two wordings differ. Function words are the most reliable
cheap signal: every text uses them, and the sets barely overlap between these languages.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words("the and of to in is that was for on with as by at from it said were are has have this "
                 "be not but an after which who their they had will been"),
    "de": _words("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an "
                 "als wurde sagte hat werden bei nach sind noch wie aus"),
    "fr": _words("le la les et est des un une du en que qui dans pour pas au sur il elle a été ont avec "
                 "par ce sont aux selon mais cette"),
    "es": _words("el la los las y es de que en un una del por con para se no al lo como su más dijo "
                 "fue han sus según pero este"),
    "it": _words("il lo la gli le e è di che un una del della per con non si sono al nel ha come "
                 "anche più dei ha detto stato"),
    "pt": _words("o a os as e é de que em um uma do da dos das para com não se por mais foi disse "
                 "ao pelo pela são"),
    "nl": _words("de het een en is van dat in op te niet met voor zijn er die aan ook als bij door "
                 "werd heeft naar om zei"),
}
MIN_WORDS = 8
MIN_SHARE = 0.12


def detect_language(text: str, sample_words: int = 3000) -> str | None:
    """ISO 639-1 code of the best-matching language, or None when the text is too short or unclear."""
    words = [w.lower() for w in _WORD.findall(text[: sample_words * 12])][:sample_words]
    if len(words) < MIN_WORDS:
        return None
    scores = {lang: sum(1 for w in words if w in stops) / len(words) for lang, stops in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    runner_up = max(v for lang, v in scores.items() if lang != best)
    if scores[best] < MIN_SHARE or scores[best] < 1.3 * runner_up:
        return None
    return best
