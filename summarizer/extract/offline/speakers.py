"""Who said each quote: the cue verb next to it, the sentence it sits in, or the sentence before.

The rules follow how news prose attributes speech, nearest evidence first: an inverted or plain cue
right after the closing mark ("…,” said Okafor / “…,” Okafor said), a cue right before the opening
mark (Okafor said: “…”), a reporting verb earlier in the same sentence for a partial quote, and
only then the context: the previous quote in the paragraph or a cue in the previous sentence.
The rules next to the quote are in :mod:`~summarizer.extract.offline.near_quote`, the reporting verbs
in :mod:`~summarizer.extract.offline.cues`; this module orders them and reads the context.
"""

from __future__ import annotations

import re

from summarizer.extract.offline.cues import Cue, CueIndex, find_cues
from summarizer.extract.offline.lexicon import AUXILIARIES
from summarizer.extract.offline.names import split_title
from summarizer.extract.offline.near_quote import (
    NAME_SUBJECT,
    REACH,
    Attribution,
    after_quote,
    before_quote,
    in_sentence,
    quote_ends_open,
    sentence_of,
)
from summarizer.extract.offline.quotes import QuoteSpan
from summarizer.extract.offline.speaker_after_cue import parse_after_cue
from summarizer.extract.offline.speaker_phrases import clause_subject, parse_before_cue
from summarizer.extract.offline.unmarked_quotes import SCRIPT_LABEL
from summarizer.name_case import person_case

__all__ = ["Attribution", "Cue", "CueIndex", "attribute", "cue_subject", "find_cues", "quote_ends_open",
           "transcript_speaker"]

_QUOTE_MARK = re.compile(r"[“”\"«»]|''")


def transcript_speaker(text: str, quote: QuoteSpan) -> tuple[str, int] | None:
    """'"PENCE: Well, …' style transcripts (and a script's "RUTA BALODE (clip): …" line) name the speaker
    inside the quote; return it, written as prose writes names, and the new start."""
    match = SCRIPT_LABEL.match(text[quote.start : quote.end])
    if match is None:
        return None
    label = person_case(match.group(1), initialisms=False)
    _, name = split_title(label)  # "MINISTER TOMAS ABEL:" is Tomas Abel
    return name or label, quote.start + match.end()


def attribute(text: str, quotes: list[QuoteSpan], sentences: list[tuple[int, int]],
              paragraphs: list[tuple[int, int]], cues: CueIndex | None = None) -> list[Attribution | None]:
    """One attribution (or None) per quote, in order."""
    cues = cues or CueIndex(text)
    starts = [s for s, _ in sentences]
    result: list[Attribution | None] = []
    last: int | None = None  # the latest quote with a speaker
    first = 0  # the first quote of the current quote's paragraph
    for i, quote in enumerate(quotes):
        if i and quotes[i - 1].paragraph != quote.paragraph:
            first = i
        p_start, p_end = paragraphs[quote.paragraph]
        if _closes_sentence(text, quote):
            # 'X told us: "… tonight." Y said the …': after a full stop inside the marks, a cue after the
            # quote opens the next sentence, so the cue before the quote speaks first.
            found = (before_quote(text, quote, p_start, paragraphs, cues) or after_quote(text, quote, p_end)
                     or in_sentence(text, quote, sentences, starts, cues))
        elif _cue_adjacent(text, quote, cues):
            # 'he said, "…," the office said.': the words are his; the office reports his saying them.
            # Unresolved, it is nobody's rather than the reporter's.
            found = (before_quote(text, quote, p_start, paragraphs, cues)
                     or in_sentence(text, quote, sentences, starts, cues))
        else:
            found = (after_quote(text, quote, p_end) or before_quote(text, quote, p_start, paragraphs, cues)
                     or in_sentence(text, quote, sentences, starts, cues))
        if found is None:
            found = _inherited(text, quotes, result, i, (last, first), sentences, starts, paragraphs, cues)
        if found is not None:
            last = i
        result.append(found)
    return result


_CUE_TO_MARK = re.compile(r"[^\S\n]*(?:that[^\S\n]*)?[,:]?[^\S\n]*$")


def _cue_adjacent(text: str, quote: QuoteSpan, cues: CueIndex) -> bool:
    """A finite reporting verb stands right before the opening mark ("and said, “…"): its subject spoke."""
    near = cues.within(max(0, quote.outer_start - 40), quote.outer_start)
    if not near or near[-1].word.endswith("ing") or near[-1].word == "according to":
        return False
    base = max(0, quote.outer_start - 40)
    return _CUE_TO_MARK.fullmatch(text, base + near[-1].end, quote.outer_start) is not None


def _closes_sentence(text: str, quote: QuoteSpan) -> bool:
    """The quote ends with a full stop inside its marks and a capital follows it: a sentence of its own."""
    after = text[quote.outer_end : quote.outer_end + 3].lstrip()
    return text[quote.start : quote.end].rstrip().endswith(".") and after[:1].isupper()


INVERTED_TAIL_WORDS = 10  # "…, said the agency's chief engineer, Ana Ruiz, on Friday."
_SAYS = re.compile(r"\s*(?:said|says|told|added|wrote)\b", re.IGNORECASE)


def _inverted(before: str, sentence: str, at: int) -> bool:
    """"…, said the district.": a cue closing the sentence right after a comma has its speaker after it
    ("Marta Keel, the governor, said the dam was safe" names hers before: a clause follows)."""
    if not re.search(r",\s*$", before):
        return False
    words = _tail_words(sentence, at)
    return words is not None and not any(w.strip(".,;:").lower() in AUXILIARIES for w in words)


def _tail_words(sentence: str, at: int) -> list[str] | None:
    """The words from ``at`` to the sentence's end, or None when they are more than INVERTED_TAIL_WORDS.

    Read from a window that grows only while it holds fewer words than that and the sentence goes on:
    splitting the whole rest of the sentence at every cue was quadratic on one long sentence of
    quotes ('"word" said "word" said …': 0.1 MB 50 s/MB, 1 MB over 400 s/MB).
    """
    width = 200
    while True:
        words = sentence[at : at + width].split(None, INVERTED_TAIL_WORDS)
        if len(words) > INVERTED_TAIL_WORDS:  # an eleventh piece: more words than a closing cue has
            return None
        if at + width >= len(sentence):
            return words
        width *= 2


_NOUN_SLOT = re.compile(r"(?:\w['’]s?|\b(?:the|a|an|his|her|their|its|our|my|your|these|those))\s+$", re.IGNORECASE)


def cue_subject(text: str, start: int, end: int, cues: CueIndex | None = None) -> Attribution | None:
    """The speaker a sentence names with a cue ("…, Okafor said in an interview."), if any."""
    sentence = text[start:end]
    marks, counted = 0, 0  # quotation marks before the cue, counted once along the sentence
    for cue in (cues.within(start, end) if cues is not None else find_cues(sentence)):
        marks += len(_QUOTE_MARK.findall(sentence, counted, cue.start))
        counted = max(counted, cue.start)
        if marks % 2:  # the cue is inside a quote
            continue
        if _NOUN_SLOT.search(sentence, max(0, cue.start - 12), cue.start):
            continue  # "linked it to Pirro's comments", "rejected the claims": a noun, whose owner is no source here
        if cue.word == "according to":
            phrase = parse_after_cue(sentence[cue.end : cue.end + REACH], appositive=False)
            if phrase:
                return Attribution(phrase, start + cue.end + phrase.offset, True)
            continue
        before = re.split(r"[”\"»]\s*,?|''\s*,?", sentence[max(0, cue.start - 240) : cue.start])[-1]
        offset = cue.start - len(before)
        says = bool(_SAYS.match(sentence, cue.start, cue.end))
        inverted = says and _inverted(before, sentence, cue.end)
        phrase = None if inverted else parse_before_cue(before)
        if phrase is None and says:
            after = parse_after_cue(sentence[cue.end : cue.end + REACH])
            if after:
                return Attribution(after, start + cue.end + after.offset, True)
            if inverted:
                phrase = parse_before_cue(before)
        if phrase:
            return Attribution(phrase, start + offset + phrase.offset, True)
    return None


def _inherited(text: str, quotes: list[QuoteSpan], done: list[Attribution | None], i: int,
               last_first: tuple[int | None, int], sentences: list[tuple[int, int]], starts: list[int],
               paragraphs: list[tuple[int, int]], cues: CueIndex) -> Attribution | None:
    """The speaker of an earlier quote in the same paragraph, or of a quote running on into this one;
    else a cue in the previous sentence.

    ``last_first`` is the latest quote with a speaker and the first quote of this paragraph: with
    them, the earlier quotes need no walk back (a long paragraph of unattributed quotes made it
    quadratic). Every quote between ``last`` and this one has no speaker, and must be in this
    paragraph or run on into it.
    """
    quote = quotes[i]
    last, first = last_first
    between = _subject_between(text, quote, quotes[last].outer_end if last is not None else None, sentences, starts,
                               paragraphs, cues)
    if between is not None:
        return between
    if last is not None:
        attr = done[last]
        inherits = last >= first or (
            quotes[last].paragraph == quote.paragraph - 1
            and (_starts_with_quote(text, quote, paragraphs) or all(q.runs_on for q in quotes[last:first])))
        if attr is not None and inherits:
            return Attribution(attr.phrase, attr.position, False)
    index = sentence_of(quote.outer_start, sentences, starts)
    if index <= 0:
        return None
    s_start = sentences[index][0]
    if text[s_start : quote.outer_start].strip():  # the quote does not open its sentence
        return None
    prev_start, prev_end = sentences[index - 1]
    p_start = paragraphs[quote.paragraph][0]
    if prev_end < p_start and not _starts_with_quote(text, quote, paragraphs):
        return None
    found = cue_subject(text, prev_start, prev_end, cues)
    return Attribution(found.phrase, found.position, False) if found else None


def _subject_between(text: str, quote: QuoteSpan, since: int | None, sentences: list[tuple[int, int]],
                     starts: list[int], paragraphs: list[tuple[int, int]], cues: CueIndex) -> Attribution | None:
    """A person the sentence right before an unattributed quote is about, when that sentence comes after
    the last attributed quote: 'Senator Ivo Crane was less happy. “This law will cost jobs.”' is
    Crane's, not the earlier speaker's. Only a sentence in the quote's paragraph that opens with a
    name (a title and a name, or two names) counts."""
    index = sentence_of(quote.outer_start, sentences, starts)
    if index <= 0 or text[sentences[index][0] : quote.outer_start].strip():
        return None
    prev_start, prev_end = sentences[index - 1]
    if prev_start < paragraphs[quote.paragraph][0] or (since is not None and prev_start < since):
        return None
    if _QUOTE_MARK.search(text, prev_start, prev_end):
        return None
    found = cue_subject(text, prev_start, prev_end, cues)
    if found is not None:
        return Attribution(found.phrase, found.position, False)
    opening = NAME_SUBJECT.match(text, prev_start, prev_end)
    phrase = parse_after_cue(opening.group(1)) if opening else None
    if phrase is None:
        # "Union official Mette Skov walked out.", "Asked about X, his deputy, Noor Haddad, shook her head.":
        # an office before the name, or an adverbial clause first; the subject is still a named person.
        phrase = clause_subject(text[prev_start:prev_end])
        if phrase is not None and not phrase.name[:1].isupper():
            return None
    if phrase is None or (len(phrase.name.split()) < 2 and phrase.role is None):
        return None
    return Attribution(phrase, prev_start + phrase.offset, False)


def _starts_with_quote(text: str, quote: QuoteSpan, paragraphs: list[tuple[int, int]]) -> bool:
    return paragraphs[quote.paragraph][0] == quote.outer_start
