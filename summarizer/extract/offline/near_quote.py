"""A speaker named next to the quote: a cue right after it, right before it, or earlier in its sentence.

These are the explicit attributions, tried nearest first by :func:`summarizer.extract.offline.speakers.attribute`
before it looks at the context. Each reads a bounded stretch around the quote, so a text without
paragraph breaks or with thousands of cues stays linear.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from summarizer.extract.offline.cues import Cue, CueIndex
from summarizer.extract.offline.lexicon import CUE_ADVERBS, CUE_RE, PRONOUNS, ROLE_NOUN_RE
from summarizer.extract.offline.names import NAME_RUN
from summarizer.extract.offline.quotes import QuoteSpan
from summarizer.extract.offline.speaker_after_cue import parse_after_cue
from summarizer.extract.offline.speaker_phrases import (
    SpeakerPhrase,
    clause_subject,
    parse_before_cue,
    parse_before_participle,
)
from summarizer.extract.offline.unmarked_quotes import caption_speaker

_AFTER_INVERTED = re.compile(rf"^\s*[,—–-]?\s*{CUE_ADVERBS}({CUE_RE})\b", re.IGNORECASE)
_AFTER_PLAIN = re.compile(rf"^\s*[,—–-]?\s*([^“”\"«»\n]{{1,220}}?)\s+{CUE_ADVERBS}({CUE_RE})\b")
_VIEW_OF = re.compile(rf"\s*(?:For|In the (?:view|opinion|words) of)\s+({NAME_RUN}(?:\s*,[^,“”\"]{{2,80}})?)\s*,")
_AFTER_PASSIVE = re.compile(r"^\s*,?\s*(?:it\s+)?(?:was|were|has\s+been|had\s+been)\s+(?:said|stated|announced|confirmed|"
                            r"declared|explained|added)\s+(by\s+[^.;:“”\"]{2,160})")
_AFTER_SO = re.compile(rf"^\s*,?\s*so\s+((?:[a-z]+\s+){{0,3}}?{NAME_RUN})(?=\s*[.,;]|\s*$)")
_AFTER_ACCORDING = re.compile(r"^\s*[,—–-]?\s*according to\b", re.IGNORECASE)
_BEFORE = re.compile(rf"([^“”\"«»\n]{{1,220}}?)\s+{CUE_ADVERBS}({CUE_RE})\b([^,:“”\"]{{0,80}})[,:]\s*$")
_CUE_WORD = re.compile(rf"\b(?:{CUE_RE})\b")
_BEFORE_INVERTED = re.compile(rf"\b({CUE_RE})\s+([^,:“”\"]{{2,120}})[,:]\s*$")
_BEFORE_ACCORDING = re.compile(r"\baccording to\s+([^,:“”\"]{2,120})[,:]\s*$", re.IGNORECASE)
# Cues whose next noun phrase is the one spoken to, never an inverted subject ("told Okafor:").
# Cues whose next noun phrase is what was said or named ("described the moment the wave hit:"), not who spoke.
_TAKES_OBJECT = frozenset(["described", "describes", "called", "calls", "labeled", "labelled", "dubbed", "branded",
                           "denied", "denies", "announced", "announces", "promised", "promises", "predicted", "predicts",
                           "demanded", "demands", "recalled", "recalls", "acknowledged", "acknowledges", "admitted",
                           "admits", "questioned", "suggested", "suggests", "confirmed", "confirms"])
_TO_LISTENER = frozenset(["told", "tells", "asked", "asks", "urged", "urges", "warned", "warns", "reminded",
                          "informed", "emailed", "texted", "called", "calls", "telling", "asking", "urging", "warning",
                          "reminding", "informing", "calling"])
_SIGNATURE = re.compile(r"^[^\S\n]*(?:[―—–]+|-{1,2}(?=\s))[^\S\n]*([A-Z][^\n]{1,80})(?:\n|$)")
_PARTICIPLE_SUBJECT = re.compile(rf"(?:^|,\s+|\b(?:[Dd]espite|[Ww]ith|[Aa]mid|[Aa]fter|[Bb]efore)\s+)"
                                 rf"({NAME_RUN}(?:\s+{NAME_RUN}){{0,2}})\s+$")
_CLAUSE_NAME = re.compile(rf"\s*({NAME_RUN})\b")
# "OIFC boss Ronan Vesey put out a line:", "Harbour Board chief Ana Lund:" - an organisation, a lowercase office,
# then the person holding it: the clause's subject is the person.
_CLAUSE_HOLDER = re.compile(rf"\s*({NAME_RUN})\s+((?:[a-z][\w-]*\s+){{0,2}}{ROLE_NOUN_RE}(?:\s+[a-z][\w-]*){{0,2}}?)"
                            rf"\s+({NAME_RUN})\b")
_OPENING_SUBJECT = re.compile(rf"(?:[^,]{{0,60}},\s+)?({NAME_RUN})\s+(?!{CUE_RE}\b)[a-z]")
NAME_SUBJECT = re.compile(rf"({NAME_RUN})\s+(?:is|was|has|had|again|once|also|[a-z]+ed|[a-z]+s)\b")
_SPEECH_NOUNS = (r"(?:claims?|statements?|remarks?|comments?|words|assertions?|warnings?|promises?|message|missive|"
                 r"letter|brief|tweets?|post|speech|testimony|arguments?|descriptions?|predictions?|pledges?|vows?|"
                 r"accusations?|allegations?|reports?|findings|ruling|judgment|judgement)")
_POSSESSED_SPEECH = re.compile(rf"({NAME_RUN})['’]s?\s+(?:[a-z]+\s+)?{_SPEECH_NOUNS}\b")
# "Lund gave her verdict - “…”": a dash after a noun for something said introduces the words, as a colon does.
_SPEECH_DASH = re.compile(rf"\b(?:{_SPEECH_NOUNS[3:-1]}|lines?|verdict|reply|answer|response|retort|plea|quote|"
                          r"explanation|assessment|view)\s*(?:--|[—–-])\s*$")
_QUOTE_MARKS = re.compile(r"[“”\"«»]")
_SPEECH_ACT = re.compile(rf"\b(?:{_SPEECH_NOUNS[3:-1]}|released|issued|posted|tweeted|wrote|added)\b")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z“\"])")
_ABBREV_END = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Del|St|Jr|Sr|Prof|Capt|Sgt|Rev))$")


@dataclass(frozen=True)
class Attribution:
    """The speaker phrase found for a quote, and the text offset where that phrase starts."""

    phrase: SpeakerPhrase
    position: int
    explicit: bool  # a cue verb names the speaker (not inherited from context)



# No attribution pattern reaches further than a few hundred characters from its quote. Reading at most
# this much of the paragraph around each quote keeps the work per quote bounded when a pasted document
# has no paragraph breaks (one paragraph of megabytes would otherwise make every quote read all of it).
REACH = 2000
_NONSPACE = re.compile(r"\S")
# A quote's speaker is named by one of the last few cues before it; "said" repeated thousands of times
# in one sentence must not make every quote after them try each one.
_MAX_CUES = 8
_PATTERN_REACH = 420  # the longest match of the patterns before a quote (220 + cue + 80 + spacing)
_CUE_TO_QUOTE = 140  # from a cue to the "," or ":" before its quote: a verb, then at most 80 (inverted: 120)
_SUBJECT_REACH = 240  # from the start of a subject to its cue: up to 220 characters and some spacing


def _last_sentence_start(text: str, start: int, end: int) -> int:
    """Where the last sentence of ``text[start:end]`` begins (abbreviation dots do not end one).

    Searched backwards in widening windows, so the cost is the length of that sentence, not of the
    paragraph before it. A window finds the same sentence ends as a pass from ``start`` would: each
    end begins with its punctuation mark, which a window either contains or does not.
    """
    size = 512
    while True:
        window = max(start, end - size)
        cut = None
        for match in _SENTENCE_END.finditer(text, window, end):
            if not _ABBREV_END.search(text[max(start, match.start() - 6) : match.start()]):
                cut = match.end()
        if cut is not None:
            return cut
        if window == start:
            return start
        size *= 4


def after_quote(text: str, quote: QuoteSpan, p_end: int) -> Attribution | None:
    """A signature line (“…” ― Name) or a cue right after the closing mark, when the quote closes a clause."""
    if quote.runs_on:
        return None
    tail = text[quote.outer_end : min(p_end, quote.outer_end + REACH)]
    if re.match(r"^\s*[.!?]", tail) and not quote_ends_open(text, quote):
        return None
    base = quote.outer_end
    signature = _SIGNATURE.match(tail) if p_end - quote.outer_end <= REACH else None  # it runs to the end
    if signature:  # “…” ― Pamela Padilla
        phrase = parse_after_cue(signature.group(1))
        if phrase:
            return Attribution(phrase, base + signature.start(1) + phrase.offset, True)
    if not _closes_clause(text, quote, tail):
        return None
    return _cue_after(tail, base)


def _cue_after(tail: str, base: int) -> Attribution | None:
    """A cue right after the quote: inverted (“…,” said Okafor), "according to", or plain (“…,” Okafor
    said) within the sentence that follows; ``base`` is where ``tail`` starts in the text."""
    match = _AFTER_SO.match(tail) or _AFTER_PASSIVE.match(tail)
    if match:  # a German "so" carried over by translation (“…,” so Müller.), or “…,” it was said by Okello.
        phrase = parse_after_cue(match.group(1))
        if phrase:
            return Attribution(phrase, base + match.start(1) + phrase.offset, True)
    match = _AFTER_INVERTED.match(tail)
    if match:
        phrase = parse_after_cue(tail[match.end():])
        if phrase:
            return Attribution(phrase, base + match.end() + phrase.offset, True)
    match = _AFTER_ACCORDING.match(tail)
    if match:
        phrase = parse_after_cue(tail[match.end():], appositive=False)
        if phrase:
            return Attribution(phrase, base + match.end() + phrase.offset, True)
    head = tail[: _first_stop(tail)]
    match = _AFTER_PLAIN.match(head + " ") if head else None
    if match and not _has_sentence_end(match.group(1)):
        phrase = parse_before_cue(match.group(1))
        if phrase:
            return Attribution(phrase, base + match.start(1) + phrase.offset, True)
    return None


def _closes_clause(text: str, quote: QuoteSpan, tail: str) -> bool:
    """Whether the words after the quote can be its attribution: the quote ended with , ? ! or a dash
    (“…,” Okafor said), or it opened its sentence; otherwise the sentence just runs on (“right” when he …)."""
    inside = text[quote.outer_start : quote.outer_end].rstrip("”\"'’»")
    if re.search(r"[,?!—–-]$", inside) or re.match(r"\s*[,—–]", tail):
        return True
    at = quote.outer_start  # walk back over whitespace: slicing the text before it was quadratic
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at == 0 or text[at - 1] in ".!?:"


def _first_stop(tail: str) -> int:
    """Where the sentence after a quote ends: the next quotation mark or a full stop that is not an abbreviation."""
    for match in re.finditer(r"[“\"«]|[.!?](?:\s|$)", tail):
        if match.group()[0] in "“\"«" or not _ABBREV_END.search(tail[max(0, match.start() - 6) : match.start()]):
            return match.start() + 1
    return len(tail)


def _has_sentence_end(segment: str) -> bool:
    return any(not _ABBREV_END.search(segment[max(0, m.start() - 6) : m.start()]) for m in re.finditer(r"[.!?]\s", segment))


def quote_ends_open(text: str, quote: QuoteSpan) -> bool:
    """True when the quoted words end without sentence punctuation (the sentence continues after)."""
    return not re.search(r"[.!?…]$", text[quote.start : quote.end])


def before_quote(text: str, quote: QuoteSpan, p_start: int, paragraphs: list[tuple[int, int]],
            cues: CueIndex) -> Attribution | None:
    """A cue ending the words before the opening mark, or the subject of a clause ending in a colon; a
    paragraph holding only the quote reads the paragraph before it when that one ends in a colon."""
    lead_start, lead_end = p_start, quote.outer_start
    if quote.paragraph > 0 and _NONSPACE.search(text, p_start, lead_end) is None:
        prev_start, prev_end = paragraphs[quote.paragraph - 1]  # "The New York Times reports:" on its own
        if text[prev_end - 1 : prev_end] == ":":
            lead_start, lead_end = prev_start, prev_end
    floor = max(lead_start, lead_end - REACH)  # no pattern below reaches further back than this
    sentence_start = _last_sentence_start(text, floor, lead_end)
    whole_sentence = sentence_start > floor or floor == lead_start
    return _cue_before(text, sentence_start, lead_end, cues) \
        or _colon_subject(text, sentence_start, lead_end, whole_sentence)


def _cue_before(text: str, base: int, lead_end: int, cues: CueIndex) -> Attribution | None:
    """A cue ending the words before the quote: "according to Okafor:", "said Okafor:", "Okafor said:"."""
    lead_tail = text[base:lead_end]
    # The patterns end at the quote and span at most a few hundred characters: searching only the last
    # stretch keeps each quote's cost bounded. They are slow to fail (each tries every start and
    # length), so a cue lookup shows first whether the cue they need is there at all.
    stripped_end = base + len(lead_tail.rstrip())
    near = max(base, stripped_end - _PATTERN_REACH)
    near_tail = text[near:lead_end]
    # Every pattern ends in "[,:]" before the quote, with at most ~100 characters after its cue.
    if text[stripped_end - 1 : stripped_end] not in (",", ":"):
        return None
    last_cues = cues.within(max(near, stripped_end - _CUE_TO_QUOTE), lead_end)
    has_according = "according" in near_tail.lower()
    for pattern, group, parser in ((_BEFORE_ACCORDING, 1, parse_after_cue), (_BEFORE_INVERTED, 2, parse_after_cue),
                                   (_BEFORE, 1, parse_before_cue)):
        if not (has_according if pattern is _BEFORE_ACCORDING else last_cues):
            continue
        # No match starts more than a subject's length before its cue.
        pos = max(0, max(near, stripped_end - _CUE_TO_QUOTE) + last_cues[0].start - _SUBJECT_REACH - near) \
            if pattern is _BEFORE else 0
        match = pattern.search(near_tail, pos)
        while match is not None and pattern is _BEFORE and any(
                not w.group().endswith("ing") for w in _CUE_WORD.finditer(match.group(3))):
            # "The clerk who reported the call recalled that he said,": the last cue before the quote
            # says whose words they are; the earlier ones report the saying.
            match = pattern.search(near_tail, match.end(2))
        if match is not None and pattern is _BEFORE and match.group(2).endswith("ing"):
            parser = parse_before_participle  # "put out a video saying:": the video's maker speaks
        phrase = parser(match.group(group)) if match else None
        if match is None or phrase is None:
            continue
        if pattern is _BEFORE_INVERTED and (match.group(1).lower() in _TO_LISTENER or (
                match.group(1).lower() in _TAKES_OBJECT and not match.group(2).startswith("by "))):
            continue  # "Brenn told Okafor:": the name after "told" is who listened
        if pattern is not _BEFORE_INVERTED or _only_name(match.group(group), phrase):
            return Attribution(phrase, near + match.start(group) + phrase.offset, True)
    return None


def _colon_subject(text: str, base: int, lead_end: int, whole_sentence: bool) -> Attribution | None:
    """"Obama is rolling out a new message: “It's about me.”": the name opening the clause nearest the
    colon ("…signed the bill, which Senator Crane opposed:" is Crane's)."""
    lead_tail = text[base:lead_end]
    if not lead_tail.rstrip().endswith(":") and not _SPEECH_DASH.search(lead_tail):
        return None
    line_at = lead_tail.rfind("\n") + 1
    caption = caption_speaker(lead_tail[line_at:])
    if caption is not None:  # "SOUNDBITE (English) SVEN OSTBY, HARBOURMASTER:"
        name, role, at = caption
        return Attribution(SpeakerPhrase(name, role, 0), base + line_at + at, True)
    # A line break ends a clause too: a list item ("- QUOTE OF THE WEEK:") is read on its own.
    clause = re.split(r",\s+(?=[A-Z])|,\s+(?:which|who|whom|but|and|while|whereas|as)\s+(?=[A-Z])|\n",
                      lead_tail)[-1]
    # A clause that began before the window is no sentence's subject a reader would credit.
    if clause == lead_tail and not whole_sentence:
        return None
    holder = _CLAUSE_HOLDER.match(clause)
    if holder is not None:
        phrase = parse_after_cue(holder.group(3))
        if phrase is not None:
            role = f"{holder.group(1)} {holder.group(2)}"
            return Attribution(SpeakerPhrase(phrase.name, phrase.role or role, phrase.offset),
                               base + lead_tail.rfind(clause) + holder.start(3) + phrase.offset, True)
    subject = _CLAUSE_NAME.match(clause)
    if subject and subject.group(1).isupper() and len(subject.group(1).split()) > 1:
        return None  # "QUOTE OF THE WEEK:", "CITY MONEY:": a heading, not a speaker
    phrase = parse_after_cue(subject.group(1)) if subject else None
    if phrase is None and _SPEECH_ACT.search(clause):
        # "The governor's office released a statement:": no name opens the clause, its subject speaks.
        phrase = clause_subject(clause.rstrip().rstrip(":"))
    return Attribution(phrase, base + lead_tail.rfind(clause) + phrase.offset, True) if phrase else None


def _only_name(group: str, phrase: SpeakerPhrase) -> bool:
    """An inverted cue before a quote ("said Okafor: “…”") names the speaker and nothing else."""
    rest = group[phrase.offset + len(phrase.name):].strip()
    return not rest or rest.startswith(",") or rest.startswith("(")


def sentence_of(position: int, sentences: list[tuple[int, int]], starts: list[int]) -> int:
    """Index of the sentence holding ``position`` (-1 with no sentences)."""
    return max(0, bisect.bisect_right(starts, position) - 1) if sentences else -1


def in_sentence(text: str, quote: QuoteSpan, sentences: list[tuple[int, int]],
                 starts: list[int], cue_index: CueIndex) -> Attribution | None:
    """For a quote inside a sentence: a cue earlier in the sentence, the possessor of a speech noun
    ("Okafor's claim that “…”"), or a named subject of a sentence with no cue."""
    index = sentence_of(quote.outer_start, sentences, starts)
    if index < 0:
        return None
    sentence_start = sentences[index][0]
    # Only the last stretch of a very long sentence is read: no cue further away names this quote's
    # speaker, and reading the whole sentence for each quote in it was quadratic.
    s_start = max(sentence_start, quote.outer_start - REACH)
    lead = text[s_start : quote.outer_start]
    whole = s_start == sentence_start
    cues = cue_index.within(s_start, quote.outer_start, _MAX_CUES)
    for cue in reversed(cues):
        found = _cue_speaker(cue, cues, lead, s_start, whole)
        if found is not None:
            return found
    # "Okafor's claim that …" / "Varga's earlier statement": the possessor of a speech noun is the speaker.
    owned = list(_POSSESSED_SPEECH.finditer(lead, max(0, len(lead) - _PATTERN_REACH)))
    phrase = parse_after_cue(owned[-1].group(1)) if owned else None
    if phrase:
        return Attribution(phrase, s_start + owned[-1].start(1) + phrase.offset, True)
    # "For Lena Berg, economist at Nordbank, “prices will rise.”": the person whose view the sentence opens with.
    frame = _VIEW_OF.match(lead) if whole and not cues else None
    phrase = parse_after_cue(frame.group(1)) if frame else None
    if frame and phrase and phrase.name[:1].isupper():
        return Attribution(phrase, s_start + frame.start(1) + phrase.offset, True)
    # A partial quote with no cue in a sentence whose subject is a name: "Trump is again …, “on the up and up.”"
    opening = NAME_SUBJECT.match(lead) if whole else None
    if opening and len(opening.group(1).split()) >= 2 and quote.words(text) >= 2 and not cues:
        phrase = parse_after_cue(opening.group(1))
        if phrase:
            return Attribution(phrase, s_start + phrase.offset, False)
    return None


_QUOTED_AS = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+([^;:“”\"]{2,80}?),?\s+as\s+$")


def _cue_speaker(cue: Cue, cues: list[Cue], lead: str, s_start: int, whole: bool) -> Attribution | None:
    """The speaker one cue earlier in the quote's sentence names: what follows "according to", the
    subject before a finite cue, or the sentence's opening subject for a participle ("…, arguing that")
    when no finite cue is there. ``lead`` is the sentence up to the quote (all of it when ``whole``)."""
    if cue.word == "according to":
        phrase = parse_after_cue(lead[cue.end:], appositive=False)
        return Attribution(phrase, s_start + cue.end + phrase.offset, True) if phrase else None
    if cue.word.endswith("ing"):
        # "The Valley Times quoted Lund as saying …": who is quoted speaks, not who quotes her.
        quoted = _QUOTED_AS.search(lead, max(0, cue.start - _PATTERN_REACH), cue.start)
        phrase = parse_after_cue(quoted.group(1)) if quoted else None
        if quoted and phrase:
            return Attribution(phrase, s_start + quoted.start(1) + phrase.offset, True)
        if any(not c.word.endswith("ing") for c in cues):
            return None  # "Sanders said, suggesting …": the finite cue names the speaker
        # "Despite Lund saying the talks had …", "…, with Lund adding …": the name the participle follows speaks.
        named = _PARTICIPLE_SUBJECT.search(lead, max(0, cue.start - 120), cue.start)
        phrase = parse_after_cue(named.group(1)) if named else None
        if named and phrase:
            return Attribution(phrase, s_start + named.start(1) + phrase.offset, True)
        # "Clinton spoke out …, arguing that …": the sentence subject
        if whole and not _QUOTE_MARKS.search(lead, 0, cue.start):  # a quote before the cue breaks the clause
            found = clause_subject(lead[: cue.start])
            if found is not None and (found.name[:1].isupper() or found.name.lower() in PRONOUNS):
                return Attribution(found, s_start + found.offset, True)
        opening = _OPENING_SUBJECT.match(lead) if whole else None
        phrase = parse_after_cue(opening.group(1)) if opening else None
        return Attribution(phrase, s_start + opening.start(1) + phrase.offset, True) if opening and phrase else None
    subject = re.split(r"[”\"»]\s*,?|''\s*,?", lead[max(0, cue.start - 240) : cue.start])[-1]
    phrase = parse_before_cue(subject)
    return Attribution(phrase, s_start + lead.rfind(subject) + phrase.offset, True) if phrase else None
