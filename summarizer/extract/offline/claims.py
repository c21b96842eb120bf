"""Claims: the article's factual sentences, ranked by how central they are to the story.

News is written as an inverted pyramid, so position carries most of the weight; a sentence also
gains for naming the article's main actors, for numbers and dates (what the merger compares and
what editors check), and loses for being mostly quoted opinion. A question states nothing ('And
what has the department done?'), nor does a sentence the writer opens as 'I': neither is a claim.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable

from summarizer.extract.offline.clauses import clauses
from summarizer.extract.offline.lexicon import COMMON_WORDS, HEDGES
from summarizer.extract.offline.numbers import find_quantities
from summarizer.numbers import NUMBER
from summarizer.schema import Claim, Span
from summarizer.text import closes_abbreviation

_WORD = re.compile(r"[A-Za-z][a-z'’\-]{3,}")
# Cheap substring tests before the full hedge pattern: most sentences contain none of these.
_HEDGE_STEMS = ("alleg", "report", "purport", "apparent", "suppos", "confirm", "verif", "said to", "rumo",
                "unclear", "may have", "might have", "believed")
_ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)
# A sentence the writer opens as "I" ('I have been writing about this dam for six years and nobody
# listened') gives the writer's own story, not a reported fact. Only the opening counts: 'the full
# repair will cost $80 million, according to figures I have seen' reports a figure.
_NARRATOR = re.compile(r"^[\s(\[\u2013\u2014-]*I(?:'[a-z]+|’[a-z]+)?\s")  # not '"I will not resign," she said.'


# What the writer measured or counted is a first-hand report of the story's facts, which a blog's figures often
# are ('I measured gusts of 190 km/h on the cliff', 'I counted 40 boats'); so is what a narrated opening
# introduces after a colon ('I walked the fence this morning: there are 3,100 containers on the quay').
# The writer counted among a group ('I was one of roughly 240 passengers', 'I was among 30 people') gives its size first-hand too.
_WITNESSED = re.compile(r"^[\s(\[\u2013\u2014-]*I\s+(?:(?:just|personally|myself|also|then)\s+)?(?:measured|counted|clocked|"
                        r"recorded|timed|weighed|tallied)\b"
                        rf"|^[\s(\[\u2013\u2014-]*I\s+(?:was|am)\s+(?:one\s+of|among)\s+(?:the\s+)?(?:\w+\s+){{0,2}}?{NUMBER}\b")
_AFTER_COLON = re.compile(r":\s+(?!I\b)(?:\S+\s+){3,}\S")


def _narrated(sentence: str) -> bool:
    if not _NARRATOR.match(sentence):
        return False
    if sentence.rstrip().endswith(('"', "”")):
        return True  # the end of a quotation, not the writer's own report
    return not _WITNESSED.match(sentence) and not _AFTER_COLON.search(sentence)


# A sentence that only gives the terms a source spoke on ('The official spoke on condition of anonymity because he
# was not authorized to discuss the matter', 'The official has direct knowledge of the talks') says nothing of the
# story: its source is already the claims it sourced. A sentence that also reports ('Officials who spoke on
# condition of anonymity said 300 were released') does not match: the pattern must reach the end.
_SOURCING_TERMS = re.compile(
    r"^\s*(?:[A-Z][\w'’.-]*|the|a|an|one|two|both|another|other)(?:\s+[\w'’.-]+){0,6}?\s+"
    r"((?:spoke|speaking|talked)\b[^.;:]{0,40}?\bon\s+(?:the\s+)?condition\s+(?:of|that)\b"
    r"|(?:requested|asked\s+for|demanded|was\s+granted|were\s+granted)\s+anonymity\b"
    r"|(?:asked|declined|requested|did\s+not\s+want|didn[’']t\s+want)\s+(?:not\s+)?to\s+be\s+(?:named|identified)\b"
    r"|(?:is|was|are|were)\s+not\s+(?:authori[sz]ed|permitted|allowed)\s+to\s+(?:speak|discuss|comment|talk|be\s+named)\b"
    r"|(?:has|had|have)\s+(?:direct|first-?hand|personal)\s+knowledge\s+of\b)"
    r"[^;:]*$",
    re.IGNORECASE,
)


# A further clause that reports something ('… and will present it on Monday'), unless it gives more terms.
_FURTHER = re.compile(r"\b(?:and|but)\s+(?!(?:spoke|speaking|asked|declined|requested|(?:was|were|is|are)\s+not)\b)\w+",
                      re.IGNORECASE)


def sourcing_terms(sentence: str) -> bool:
    """The sentence only states on what terms a source spoke (see _SOURCING_TERMS)."""
    found = _SOURCING_TERMS.match(sentence)
    if found is None or re.search(r"\b(?:said|says|told|added)\b", sentence):
        return False
    return _FURTHER.search(sentence, found.start(1)) is None


def according_to(sentence: str) -> str | None:
    """Who 'according to' names: up to the next comma, semicolon or full stop that ends no
    abbreviation ('according to Dr. Kofi Lindahl, the health officer' names Dr. Kofi Lindahl)."""
    found = _ACCORDING.search(sentence)
    if found is None:
        return None
    for stop in re.finditer(r"[,.;]", sentence[found.end():]):
        at = found.end() + stop.start()
        if stop.group() == "." and closes_abbreviation(sentence, at):
            continue
        name = sentence[found.end():at].strip()
        break
    else:
        name = sentence[found.end():].strip()
    return name if 2 <= len(name) <= 80 else None


def build_claims(
    text: str,
    source: str,
    sentences: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
    key_names: list[str],
    dated: set[int],
    attribution_of: Callable[[int, int, int | None], str | None],
    source_of: Callable[[str], str | None] = lambda name: name,
) -> list[Claim]:
    """One claim per factual sentence, sorted by salience (highest first).

    ``quoted`` are quote spans (to discount opinion), ``key_names`` the most mentioned entities,
    ``dated`` the indexes of sentences holding a date, ``attribution_of`` names a sentence's source, and
    ``source_of`` reads a name "according to" gives as a source (None for a date, a thing or a place).
    """
    quoted = sorted(quoted)
    reach = list(itertools.accumulate((qe for _, qe in quoted), max))  # furthest end of quoted[:i + 1]
    frequencies = Counter(w.lower() for w in _WORD.findall(text) if w.lower() not in COMMON_WORDS)
    top = max(frequencies.values(), default=1)
    claims: list[Claim] = []
    total = max(1, len(sentences))
    parts = ((index, part, s_end) for index, (s_start, s_end) in enumerate(sentences) for part in clauses(text, s_start, s_end))
    for index, part, sentence_end in parts:
        start, end = part.start, part.end
        sentence = text[start:end]  # the evidence
        wording = part.text
        words = wording.split()
        # An unpunctuated short line is a heading or a fragment; a clause before a semicolon is neither.
        closed = end < sentence_end or wording != sentence or re.search(r"[.!?…”\"’']$", sentence)
        if len(words) < 3 or (not closed and len(words) < 12):
            continue
        if sentence.rstrip("”\"’'").endswith("?") or _narrated(sentence) or sourcing_terms(sentence):
            continue
        quantities = find_quantities(wording)
        if len(words) < 5 and not quantities:
            continue  # "Let that sink in." says nothing; "Two have died." is a toll
        position = 1.0 - index / total
        lead_bonus = 0.15 if index < 3 else 0.0
        content = [w.lower() for w in _WORD.findall(wording) if w.lower() not in COMMON_WORDS]
        centrality = sum(frequencies[w] for w in content) / (max(1, len(content)) * top) if content else 0.0
        actors = sum(1 for name in key_names if name in wording)
        score = (0.4 * position + lead_bonus + 0.2 * min(1.0, centrality * 2) + 0.1 * min(1.0, actors / 2)
                 + (0.08 if quantities else 0.0) + (0.07 if index in dated else 0.0))
        quoted_chars = _overlap(quoted, reach, start, end)
        if quoted_chars > 0.6 * (end - start):
            score *= 0.6
        low = sentence.lower()
        hedged = any(stem in low for stem in _HEDGE_STEMS) and bool(HEDGES.search(sentence))
        attribution = _attribution(sentence, start, end, attribution_of, source_of)
        if attribution is None and (start, end) != sentences[index]:
            # "…, and keeps the pension, the union said": a closing source speaks for the whole sentence
            whole_start, whole_end = sentences[index]
            attribution = _attribution(text[whole_start:whole_end], whole_start, whole_end, attribution_of, source_of,
                                       part_end=end)
        claims.append(Claim(
            text=part.text,
            evidence=sentence,
            attribution=attribution,
            hedged=hedged,
            quantities=quantities,
            salience=round(max(0.0, min(1.0, score)), 4),
            span=Span(source=source, start=start, end=end, text=sentence),
        ))
    claims.sort(key=lambda c: (-c.salience, c.span.start if c.span else 0))
    return claims


def _attribution(sentence: str, start: int, end: int, attribution_of: Callable[[int, int, int | None], str | None],
                 source_of: Callable[[str], str | None], part_end: int | None = None) -> str | None:
    """The sentence's source: whom "according to" names, when that is someone ("according to March figures"
    and "according to the decision" name no one), else the source its cue gives."""
    according = according_to(sentence) if "according to" in sentence.lower() else None
    return (source_of(according) if according else None) or attribution_of(start, end, part_end)


def _overlap(quoted: list[tuple[int, int]], reach: list[int], start: int, end: int) -> int:
    """Characters of ``start:end`` inside quotes, visiting only the quotes that can touch it: summing
    over every quote for every sentence made a long article's claims quadratic."""
    total = 0
    at = bisect.bisect_right(reach, start)  # quotes before ``at`` all end by ``start``
    while at < len(quoted) and quoted[at][0] < end:
        qs, qe = quoted[at]
        total += max(0, min(end, qe) - max(start, qs))
        at += 1
    return total
