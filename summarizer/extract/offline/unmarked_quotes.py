"""Speech written without quotation marks: dialogue dashes and broadcast-script speaker lines.

Much of Europe's press (and machine translations of it) sets speech off with a dash instead of marks:
"– We are ready to talk, – Petrenko said." Radio and TV scripts label each speaker's line instead:
"ELLEN MARSH: We lost everything." Both are found here as :class:`QuoteSpan` so the speaker rules
read them like any quote; a script line's span opens at its label, which the transcript rule reads.

A dash also opens list items and asides, so a dash only opens speech where speech is evident: it is
closed by a dash followed by a reporting verb before the sentence ends ("– …, – she said"), or it
opens right after a colon ("…, Dr. Milan Horvat: – Twelve people …"). A colon after capitals also
opens datelines ("ISLAMABAD: …"), so script labels count only in a text with at least two of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.extract.offline.cues import find_cues
from summarizer.extract.offline.lexicon import ATTRIBUTION_VERB_RE, ROLE_NOUNS, is_title_word
from summarizer.extract.offline.names import NAME_RUN
from summarizer.name_case import person_case

# A dash opening a line (or following a colon, or a sentence after the dash's attribution, "– …, – he said.
# – But …"), then the words; an em dash may touch them ("—We deserved to win—said Ortiz.").
_DIALOGUE_OPEN = re.compile(r"(?:^|(?<=:)|(?<=[.!?]))[ \t]*(?:([–-])[ \t]+|(—)[ \t]*)"
                            r"(?=[A-Z0-9ÀÁÂÄÇÉÈÊÍÓÔÖÚÜŁŚŻŹĆŃŠŽČŘĐА-Я„“\"«])", re.MULTILINE)
# A closing dash: after the words (and a comma), before the attribution.
_DIALOGUE_CLOSE = re.compile(r"[ \t]*,?[ \t]*(?:[–—]|-(?=[ \t]))[ \t]*")
_STOP = re.compile(r"[.!?](?=\s|$)|\n")
# "ELLEN MARSH: …", "RUTA BALODE (clip): …", "REPORTER (on tape): …": a label in capitals, a cue in brackets.
# A transcript's guest has her role after a comma, in capitals too: "TOVE BRANDT, ROADS CHIEF: …".
SCRIPT_LABEL = re.compile(r"^[ \t]*([A-Z][A-Z'’.\-]+(?:[ \t]+[A-Z][A-Z'’.\-]+){0,3})(?P<role>[ \t]*,[ \t]*[A-Z][A-Z0-9'’&./ \-]{1,50}?)?"
                          r"(?:[ \t]*\([^()\n]{1,30}\))?:[ \t]+(?=\S)", re.MULTILINE)
_VOICES = frozenset(["newsreader", "anchor", "presenter", "host", "reporter", "correspondent", "narrator", "announcer",
                     "interviewer", "q"])
# Labels for the broadcaster's own voices: their lines are the report, not anyone quoted in it.
_NARRATORS = frozenset(["newsreader", "anchor", "presenter", "host", "reporter", "correspondent", "narrator",
                        "announcer", "interviewer", "voiceover", "vo", "sot", "nat", "soundbite", "clip", "cue",
                        "intro", "outro", "graphic", "caption", "note", "update", "editor", "editors", "q", "a"])


# A video script's caption before a quoted line: "SOUNDBITE (English) SVEN OSTBY, HARBOURMASTER:", the name in
# capitals, then the office (a comma between), after a cue word and its bracket.
_CAPTION = re.compile(r"^[ \t]*(?:(?:SOUNDBITE|SOT|CLIP|INTERVIEW|VOX POP|UPSOUND)\b[^:\n]{0,30}?\)?[ \t]+)?"
                      r"([A-Z][A-Z'’.\-]+(?:[ \t]+[A-Z][A-Z'’.\-]+){0,3})[ \t]*,[ \t]*([A-Z][^:\n]{1,80}):[ \t]*$")


def caption_speaker(line: str) -> tuple[str, str, int] | None:
    """The speaker a caption line names (written as prose writes names), the office, and where the name starts."""
    match = _CAPTION.match(line)
    if match is None or not any(is_title_word(w) or w.lower() in ROLE_NOUNS for w in match.group(2).split()):
        return None
    return person_case(match.group(1), initialisms=False), match.group(2), match.start(1)


@dataclass(frozen=True)
class Unmarked:
    """A passage of speech without marks: ``start:end`` the words (a script line's from its label),
    ``outer_*`` with the dashes."""

    start: int
    end: int
    outer_start: int
    outer_end: int


def unmarked_quotes(text: str, p_start: int, p_end: int, script: bool) -> list[Unmarked]:
    """The dialogue-dash and script-line passages of one paragraph; ``script`` says the text is a script."""
    return _script_lines(text, p_start, p_end) if script else _dialogue(text, p_start, p_end)


def is_script(text: str) -> bool:
    """A text with two or more speaker labels in capitals at line starts, one of them the broadcaster's
    voice ("NEWSREADER:", "HOST:", "Q:") or a cue in brackets ("(clip)"), or a label that comes back as a
    dialogue's do, or a guest's role after her name. A dateline ("KELMBY:") and a correction note ("CORRECTION:") are
    two labels of neither kind."""
    labels = [m for m in SCRIPT_LABEL.finditer(text)]
    if len(labels) < 2:
        return False
    names = [m.group(1) for m in labels]
    voiced = any(w.lower().strip(".") in _VOICES for n in names for w in n.split())
    return voiced or len(set(names)) < len(names) or any("(" in m.group() or m.group("role") for m in labels)


def _script_lines(text: str, p_start: int, p_end: int) -> list[Unmarked]:
    found = []
    for match in SCRIPT_LABEL.finditer(text, p_start, p_end):
        label = match.group(1) + (match.group("role") or "")
        if any(w.lower().strip(".,") in _NARRATORS for w in label.split()):
            continue
        line_end = text.find("\n", match.end(), p_end)
        end = p_end if line_end < 0 else line_end
        while end > match.end() and text[end - 1].isspace():
            end -= 1
        if text[match.end():end].lstrip()[:1] in "“\"«„":
            continue  # the line quotes its speaker in marks: read as a marked quote after a label
        found.append(Unmarked(match.start(1), end, match.start(1), end))
    return found


def _dialogue(text: str, p_start: int, p_end: int) -> list[Unmarked]:
    found: list[Unmarked] = []
    for match in _DIALOGUE_OPEN.finditer(text, p_start, p_end):
        opening = match.start(1) if match.group(1) else match.start(2)
        before = text[max(p_start, opening - 3):opening].rstrip()
        after_colon = before.endswith(":")
        if found and opening < found[-1].outer_end:
            continue
        start = match.end()
        line_end = text.find("\n", start, p_end)
        line_end = p_end if line_end < 0 else line_end
        tail = _told_by(text, start, line_end)
        continued = before[-1:] in (".", "!", "?")
        if continued and not (found and _same_line(text, found[-1].outer_end, opening)) and tail is None:
            continue  # after a full stop, a dash opens speech only where the line's speech goes on or is attributed
        close = _attributed_close(text, start, line_end)
        if close is not None:
            end, outer_end = close
        elif tail is not None:
            end = outer_end = tail
        elif after_colon or continued:
            end = outer_end = line_end
        else:
            continue
        while end > start and text[end - 1] in " \t,":
            end -= 1
        if end > start:
            found.append(Unmarked(start, end, opening, outer_end))
    return found


_SPEAKER = rf"(?:{NAME_RUN}|he|she|they)"
# The attribution that ends a dashed passage with no closing dash, as the Nordic and Polish press set it: "– We sat
# there for hours. Nobody knew what would happen, says Sigrun Holm (68) to the paper." A person or a pronoun says
# it ("the timetable says" is no speaker), and it ends its sentence.
_TOLD_BY = re.compile(rf",[ \t]+(?:{ATTRIBUTION_VERB_RE}[ \t]+{_SPEAKER}|{_SPEAKER}[ \t]+{ATTRIBUTION_VERB_RE})\b"
                      r"[^.!?\n]{0,100}(?:[.!?]|$)")


def _told_by(text: str, start: int, line_end: int) -> int | None:
    """Where a dashed passage's words end when a person's attribution after a comma closes it."""
    told = _TOLD_BY.search(text, start, line_end)
    return told.start() if told is not None and told.start() > start else None


def _same_line(text: str, start: int, end: int) -> bool:
    return "\n" not in text[start:end]


def _attributed_close(text: str, start: int, line_end: int) -> tuple[int, int] | None:
    """The first closing dash in the line that a reporting verb follows within its sentence:
    where the words end and where the dash ends."""
    for close in _DIALOGUE_CLOSE.finditer(text, start, line_end):
        if close.start() == start:
            continue
        stop = _STOP.search(text, close.end(), line_end)
        tail = text[close.end() : stop.start() if stop else line_end]
        cues = find_cues(tail)
        if cues and cues[0].word != "according to" and len(tail[: cues[0].start].split()) <= 8:
            dash_end = close.end() - (len(close.group()) - len(close.group().rstrip(" \t")))
            return close.start(), dash_end
    return None
