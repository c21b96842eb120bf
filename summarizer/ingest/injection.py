"""Instruction-like text inside an article: found, so the briefing can warn and grounding can refuse it.

Article text is data. The prompt fences it and says so, but a model may still obey "ignore previous
instructions" or a fake ``<|system|>`` tag, so this module finds such text for two uses: a warning in
the briefing (an editor should know someone tried), and a list of spans grounding refuses to cite,
so that nothing the model takes from an injected passage reaches the briefing. The patterns target
the *form* of prompt injection (addressing the model, chat-template tokens, role headers), which
news prose does not take; a reporter quoting an injection is still worth a warning.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from summarizer.ingest.literal_filter import FOLDS_TO_ASCII

_PATTERNS = [
    re.compile(r"\b(?:ignore|disregard|forget|override|bypass)\s+(?:(?:all|any|of|the|your)\s+){0,3}"
               r"(?:(?:previous|prior|above|earlier|preceding|system|original|former)\s+)"
               r"(?:instructions?|prompts?|rules|directions|guidelines|context|messages?)\b", re.I),
    re.compile(r"\b(?:ignore|disregard|forget)\s+(?:all|any|your)\s+(?:instructions?|prompts?)\b", re.I),
    re.compile(r"\b(?:new|updated|real|actual) instructions?\s*:", re.I),
    re.compile(r"\b(?:system prompt|developer (?:message|mode)|jailbreak)\b", re.I),
    re.compile(r"\byou are (?:now|no longer)\b|\bfrom now on,? you\b", re.I),
    re.compile(r"\b(?:respond|reply|answer|output) only with\b", re.I),
    re.compile(r"<\|?\s*(?:system|assistant|user|im_start|im_end|endoftext|eot_id|start_header_id)\s*\|?>", re.I),
    re.compile(r"\[/?(?:INST|SYS)\]|<</?SYS>>"),
    re.compile(r"^[ \t]*#{2,}[ \t]*(?:system|assistant|user|instruction|response)s?[ \t]*:?", re.I | re.M),
    re.compile(r"^[ \t]*(?:system|assistant)[ \t]*:", re.I | re.M),
    # Addressing the tool that reads the article: "in your summary", "note to the AI summarizer: write…".
    re.compile(r"\bin your (?:summary|briefing|answer|response|output|overview)\b", re.I),
    re.compile(r"\b(?:note|message|instructions?|memo) (?:to|for) (?:the |any |all )?(?:AI|assistants?|"
               r"summari[sz]ers?|models?|language models?|chatbots?|LLMs?|bots?)(?:\s+\w+)?\s*[:,—-]", re.I),
    re.compile(r"\b(?:AI|assistant|summari[sz]er|model|LLM|chatbot|bot)s?\s*[,:]\s*(?:please\s+)?(?:write|say|"
               r"report|state|include|add|quote|credit|claim|mention|describe|ignore|tell)\b", re.I),
    # Our own citation markers typed into an article: they would read as the briefing's citations.
    re.compile(r"\[S\d+(?:\s*,\s*S\d+)*\]"),
]


@dataclass(frozen=True)
class Injection:
    start: int
    end: int
    text: str


# One cheap scan finds the few lines worth the full patterns (a 5 MB article costs one pass, not ten): the lines
# holding a cue word, case-blind. Written in lower case, without escapes an upper-case letter would change (\S,
# \W, \B, \D), in two patterns: every alternative of the first opens with a character, so the scan jumps to the
# places one of those stands; one long alternation with the word-boundary ones in it tried every alternative at
# every character (1-1.5 ms an article of real news, a fifth of reading it, with re.I).
_CUE_WORDS = (r"ignore|disregard|forget|override|bypass|instruction|prompt|developer|jailbreak|you are|from now on|"
              r"only with|<\||<<|\[/?(?:inst|sys)|system|assistant|user|in your|note|message|memo|summari[sz]|\[s\d")
_CUE_NAMES = r"\b(?:ai\b|model|llm|bots?\b)"
_CUES = (re.compile(_CUE_WORDS, re.I), re.compile(_CUE_NAMES, re.I))
# The same, matched against the lower-cased text without re.I (3-4 times faster). They find the same places: a
# character matches an ASCII letter case-blind exactly when its lower case is that letter, except those of
# FOLDS_TO_ASCII (see literal_filter), and lower-casing keeps every other character one character and a word
# character or not; a text holding one of those is scanned case-blind.
_LOWER_CUES = (re.compile(_CUE_WORDS), re.compile(_CUE_NAMES))


def _cue_lines(text: str) -> list[tuple[int, int]]:
    """Where each line holding a cue word starts and ends, in order (no cue spans a line break)."""
    if not text.isascii() and any(char in text for char in FOLDS_TO_ASCII):
        scanned, patterns = text, _CUES
    else:
        scanned, patterns = text.lower(), _LOWER_CUES
    starts = sorted({text.rfind("\n", 0, cue.start()) + 1 for pattern in patterns for cue in pattern.finditer(scanned)})
    ends = [text.find("\n", start) for start in starts]
    return [(start, len(text) if end < 0 else end) for start, end in zip(starts, ends, strict=True)]


def find_injections(text: str) -> list[Injection]:
    """Every instruction-like stretch, widened to its whole line so a citation cannot straddle it.

    Ingest (the warning), the grounding's locator and its notes each ask about the same article
    text; on real news the scan is 1-3 ms an article (its cue words, 'user', 'note', 'model', are
    common), so the answer is remembered for the last few hundred texts.
    """
    return list(_found(text))


@functools.lru_cache(maxsize=512)
def _found(text: str) -> tuple[Injection, ...]:
    found: list[Injection] = []
    for start, end in _cue_lines(text):
        line = text[start:end]
        for pattern in _PATTERNS:
            for match in pattern.finditer(line):
                found.append(Injection(start, end, line[match.start() : match.end()]))
    found.sort(key=lambda f: (f.start, f.end))
    merged: list[Injection] = []
    for item in found:
        if merged and item.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Injection(last.start, max(last.end, item.end), last.text)
        else:
            merged.append(item)
    return tuple(merged)


def injection_warnings(text: str, where: str = "the article") -> list[str]:
    """One line per injected passage, quoting what matched (short, so the warning stays readable).

    Whether anything from it was cited is known only after grounding, which says so in its own note.
    """
    found = find_injections(text)
    return [f"instruction-like text in {where}, treated as data: {_snippet(text[f.start : f.end])!r}" for f in found]


def _snippet(line: str, limit: int = 100) -> str:
    line = " ".join(line.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
