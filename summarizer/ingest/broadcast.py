"""A broadcast script's own lines: studio cues, who-reads labels, hand-overs and the station's sign-off.

Radio and TV copy is written to be read aloud, and its script keeps the studio's marks: a cue for a clip
or a sound bite ("[CLIP: ...]", "SOT:", "VO:"), the label of who reads the next words ("ANCHOR:", "MIRA
SALO, REPORTER:"), a hand-over to a correspondent ("Our correspondent Mira Salo has more."), and the
station's sign-off ("For Kessra TV News, I'm Mira Salo.", "You're listening to Brede Valley FM.", "The
next bulletin is at eight."). None of them is news. The label goes and the words read after it stay;
a sign-off names the station and its reader, so it moves to the publisher and byline like a
masthead and a byline do. The shapes are the studio's conventions, not any station's wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.ingest.header import _NAME, _OUTLET_WORDS, _only_date, outlet_name
from summarizer.ingest.voice import coverage_framing
from summarizer.name_case import UPPER, outlet_case, person_case
from summarizer.text import STOPWORDS, sentence_spans

# Words of a script's cue or of the label of who reads: written in capitals before a colon or in brackets.
_CUE_WORDS = (r"(?:ANCHORS?|PRESENTERS?|NEWSREADER|HOST|REPORTER|CORRESPONDENT|V/?O|SOT|VO/SOT|NATS?(?: SOUND)?|O/?C|TAG|"
              r"INTRO|OUTRO|STAND-?UP|PKG|PACKAGE|CUE|CLIP|CUT|AUDIO|ACTUALITY|INSERT|SOUND ?BITE|SOUNDBITE|BITE|"
              r"BACK ?ANNO|END CLIP|END)")
_CAPS = r"[A-Z][A-Z'’./-]*"
# "ANCHOR:", "SOT:", "MIRA SALO, REPORTER:", "ANCHOR (Dev Kapoor):", "CLIP 2 (Fenn):": the label, then the words read.
_LABEL = re.compile(rf"^(?P<label>(?:{_CAPS}\s+){{0,3}}{_CAPS}(?:\s+\d{{1,2}})?(?:\s*,\s*(?:{_CAPS}\s*){{1,3}})?"
                    rf"(?:\s*\([^)]{{1,40}}\))?)\s*:(?:\s+|$)")
_CUE_IN_LABEL = re.compile(rf"(?<![\w/])(?:{_CUE_WORDS})(?![\w/])")
# "[CLIP: Dora Fenn]", "(SOUNDBITE)", "[Clip]" opening a line with the words read after it.
_BRACKET_CUE = re.compile(rf"^[\[(](?P<label>(?i:{_CUE_WORDS})\b[^\])\n]{{0,60}})[\])]\s*")
_READER_LABEL = re.compile(r"\b(?:REPORTER|CORRESPONDENT)\b")
_READER_ROLE = re.compile(r"\b(?:REPORTER|CORRESPONDENT|ANCHOR|PRESENTER|HOST|NEWSREADER|EDITOR)\b")


@dataclass
class Cue:
    rest: str  # the words read after the label ("" when the line was only a cue)
    label: str  # the cue or label as written, for the list of what cleaning removed
    reader: str | None = None  # the reporter the label names ("MIRA SALO, REPORTER:" gives "Mira Salo")
    speaker: str | None = None  # whose recorded words a sound bite's cue says follow ("SOT (Tove Brandt):")
    station: str | None = None  # the broadcaster a reader's label names ("ANA LUND, KSTV ANCHOR:" gives "KSTV")


# Cues for a recording of someone else's words, whose label may name her: "SOT (Tove Brandt):", "[CLIP: Tove Brandt]".
_BITE = re.compile(r"(?i:SOT|VO/SOT|SOUND ?BITE|BITE|CLIP|CUT|AUDIO|ACTUALITY|INSERT)(?:\s+\d{1,2})?")
# The person in a bite's bracket or after its colon, perhaps her role after a comma: "Ivo Stern, bus operator".
_BITE_SPEAKER = re.compile(rf"^(?:{_BITE.pattern})\s*(?:\(\s*|:\s*)(?P<name>{_NAME})(?P<role>\s*,\s*[^()\]]{{1,40}})?\s*\)?$")


def script_cue(line: str) -> Cue | None:
    """The studio's cue or reader's label opening a line, or None: a newsletter's "FARES:" label has no cue word."""
    match = _LABEL.match(line)
    if match is not None and _CUE_IN_LABEL.search(match.group("label")):
        label = match.group("label")
        name = label.split(",")[0].strip() if "," in label and _READER_LABEL.search(label) else None
        reader = person_case(name) if name and not _CUE_IN_LABEL.fullmatch(name) else None
        return Cue(line[match.end():].strip(), match.group().strip(), reader, _bite_speaker(label), _label_station(label))
    match = _BRACKET_CUE.match(line)
    if match is not None:
        return Cue(line[match.end():].strip(), match.group().strip(), speaker=_bite_speaker(match.group("label")))
    match = _CAPTION_CUE.match(line)
    if match is not None:  # "SOUNDBITE (English) TOVE BRANDT, ROADS CHIEF:", a video script's caption
        role = match.group("role").strip()
        speaker = f"{person_case(match.group('name'))}, {role.lower() if role.isupper() else role}"
        return Cue(line[match.end():].strip(), match.group().strip(), speaker=speaker)
    return None


# A video script's caption over a sound bite: the cue, perhaps the clip's language, the name in capitals, the role.
_CAPTION_CUE = re.compile(r"^(?:SOUNDBITE|SOUND BITE|SOT|CLIP|INTERVIEW|VOX POP|UPSOUND)\b(?:\s*\([^()]{1,30}\))?\s+"
                          r"(?P<name>[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){1,3})\s*,\s*(?P<role>[A-Za-z][^:\n]{1,60}):(?:\s+|$)")


# Words of a reader's desk between her employer and her role ("KSTV CHIEF POLITICAL CORRESPONDENT"): no station's.
_DESK_WORDS = frozenset(re.findall(r"[a-z]+", """chief senior deputy junior lead special political economics economic
    diplomatic foreign home affairs legal parliamentary financial industry security defence defense royal medical
    consumer technology science business politics health sport sports education environment transport weather
    world local national international correspondent reporter anchor presenter host newsreader editor"""))


def _label_station(label: str) -> str | None:
    """The broadcaster in the role of a reader's label, "ANA LUND, KSTV ANCHOR" or "IVO STERN, HARBOUR RADIO BUSINESS
    CORRESPONDENT": the words before her desk and role, when they are an initialism's ("KSTV", "KSTV 9") or an outlet's
    name ("Harbour Radio"). A guest's role ("HARBOUR MASTER") has no reader's word; a place ("LINDHOLM CORRESPONDENT")
    is neither."""
    _, comma, role = label.partition(",")
    if not comma or not _READER_ROLE.search(role):
        return None
    words = role.split()
    while words and words[-1].lower() in _DESK_WORDS:
        words.pop()
    if not 1 <= len(words) <= _STATION_WORDS:
        return None
    station = " ".join(words)
    calls = [w for w in words if _INITIALISM.fullmatch(w) and w.lower() not in STOPWORDS]
    if outlet_name(station.title()) or (calls and all(w in calls or w.isdigit() for w in words)):
        return outlet_case(station)
    return None


def _bite_speaker(label: str) -> str | None:
    """The person a sound bite's label names, as prose writes her name, her role after it: two words or more (a
    single word in the bracket is as often the clip's language, "(English)")."""
    match = _BITE_SPEAKER.match(label.strip())
    if match is None or len(match.group("name").split()) < 2:
        return None
    name = person_case(match.group("name")) if match.group("name").isupper() else match.group("name")
    return name + (match.group("role") or "").rstrip()


# A transcript's stage direction alone on its line: "[COMMERCIAL BREAK]", "[JINGLE]", "(CROSSTALK)".
_STAGE_DIRECTION = re.compile(r"^[\[(][A-Z][A-Z0-9 ,.'’/&-]{1,40}[\])]$")
# A transcript's turn label with no cue word: "ANA LUND:", "LUND:", "ANA LUND, HARBOUR MASTER:" (the role after a comma),
# perhaps after a clip's cue and a dash ("CLIP - ANA LUND, HARBOUR MASTER:").
_TURN = re.compile(rf"^(?P<cue>(?:CLIP|SOT|SOUNDBITE|BITE|AUDIO|INSERT|ACTUALITY|CUT)\s*[-–—]\s*)?(?P<name>(?:{_CAPS}\s+){{0,3}}{_CAPS})"
                   rf"(?:\s*,\s*[A-Z][A-Z0-9'’&./ -]{{1,50}}?)?\s*:(?:\s+|$)")
# Who a transcript's prose names as the programme's own voice: "our correspondent, Ana Lund", "presenter Ana Lund".
_STAFF_NAMED = re.compile(rf"\b(?:correspondent|reporter|presenter|anchor|anchorwoman|anchorman|host|newsreader|editor)\b,?\s+"
                          rf"(?P<name>{_NAME})")


@dataclass
class Turn:
    rest: str  # what stays of the line: the words, after a guest's label ("ANA LUND, MAYOR: …") for the quote reader
    label: str  # what goes: the programme's own label or a clip's cue


class Transcript:
    """The programme's own voices in one script (the names its cue labels and its prose give the anchor and the
    reporters), so that "LUND:" after "ANA LUND, REPORTER:" is narration whose label goes, while a guest's label
    ("TOVE BRANDT, ROADS CHIEF:") stays for the quote reader to credit her words. Turn labels count only once a cue
    label ("ANCHOR:", "PRESENTER (…):") has shown the text is a script: a newsletter's "FARES:" is no turn."""

    def __init__(self, lines: list[str]) -> None:
        self.script = False
        self.staff: set[str] = {w for line in lines for m in _STAFF_NAMED.finditer(line)
                                for w in m.group("name").upper().split()}

    def cue(self, label: str) -> None:
        """A cue label seen: the text is a script, and the names in the label are its own voices."""
        self.script = True
        names = re.sub(r"\b(?:" + _CUE_WORDS + r")\b", " ", label.upper())
        self.staff |= {w for w in re.findall(r"[A-Z][A-Z'’-]+", names) if len(w) > 2}

    def turn(self, line: str) -> Turn | None:
        """A stage direction, the programme's own label or a clip's cue opening a line of the script; None when none."""
        if self.script and _STAGE_DIRECTION.match(line):
            return Turn("", line)
        match = _TURN.match(line) if self.script else None
        if match is None or match.group("name").lower() in STOPWORDS:
            return None
        if any(w in self.staff for w in match.group("name").split()):
            return Turn(line[match.end():].strip(), match.group().strip())
        cue = match.group("cue")
        return Turn(line[len(cue):], cue.strip()) if cue else None


def voiced(speaker: str, words: str) -> str:
    """A sound bite's words credited to the speaker its cue named, as a quotation the way prose sets one: "Tove
    Brandt: “We replaced …”". The cue goes as studio junk, but whose the words are is the story's."""
    return f"{speaker}: {words}" if words[:1] in "“\"«„" else f"{speaker}: “{words}”"


_STATION = rf"[{UPPER}][\w'’&-]*(?:\s+(?:of|the|and|&)\s+[{UPPER}][\w'’&-]*|\s+[{UPPER}0-9][\w'’&-]*)*"
_SIGN_OFF_SENTENCES = [
    # "For Kessra TV News, I'm Mira Salo, in Lindholm."
    re.compile(rf"^(?:For|From|Reporting for)\s+(?:the\s+)?(?P<outlet>{_STATION}),\s+I['’]m\s+(?P<name>{_NAME})\b"),
    # "That's the news from Keston Community Radio.", "That's all from the newsroom for now."
    re.compile(rf"^(?:That['’]s|That is|That was|This has been|And that['’]s)\s+(?:all|it|the (?:latest )?(?:news|headlines|"
               rf"bulletin|update|round-?up)|our (?:bulletin|news))\b"
               rf"(?:[^.!?]*?\bfrom\s+(?:the\s+)?(?P<outlet>{_STATION})(?=[\s,.!?]|$))?"),
    # "You're listening to Brede Valley FM, ..."
    re.compile(rf"^You(?:['’]re| are)\s+(?:listening to|watching|tuned (?:in )?to)\s+(?:the\s+)?(?P<outlet>{_STATION})(?=[\s,.!?]|$)"),
    re.compile(rf"^I['’]m\s+(?P<name>{_NAME})(?:,\s+(?:in|at|for)\s+[^.!?]{{1,40}})?[.!]?$"),
    # The studio thanking its reporter, pointing to its own channels, passing to the next item: "Ana Lund, thank you.",
    # "You can hear the whole interview on our podcast.", "Now the weather, with Ivo Stern.", "Next, the sport."
    re.compile(rf"^{_NAME},\s+(?:thank you|thanks)(?:\s+(?:very|so)\s+much)?[.!]?$"),
    re.compile(r"\b(?:hear|listen to|watch|see|read|find|catch|follow)\b[^.!?]{0,60}\bon (?:our|the station['’]s) (?:podcast|"
               r"website|web ?site|site|app|channel|live ?stream|stream|catch-?up service)\b", re.I),
    re.compile(rf"^(?i:(?:and\s+)?(?:now|next|up next)\b,?\s+(?:(?:to|for)\s+)?(?:the|a look at the)\s+(?:weather|sport|sports|"
               rf"traffic|travel|markets|headlines))(?:\s*,?\s+(?:with|from)\s+{_NAME})?[.!]?$"),
    # The studio's time check: "It's six o'clock.", "It's half past seven in Lindholm.", "It is 7 a.m."
    re.compile(r"^it(?:['’]s| is)\s+(?:just\s+(?:gone|after|before)\s+)?(?:(?:half|(?:a\s+)?quarter)\s+(?:past|to)\s+\w+|\w+\s+"
               r"o['’]?clock|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hours))(?:\s+(?:here\s+)?(?:in|on|at)\s+[^.!?]{1,30})?[.!]?$", re.I),
    re.compile(r"^(?:the\s+)?next\s+(?:news|bulletin|headlines)\b[^.!?]{0,25}\b(?:at|in)\b|\b(?:more|next)\b[^.!?]{0,30}\b(?:on|at) "
               r"the (?:top of the )?(?:hour|half[- ]hour)\b|\b(?:coming up|back|more|join us|stay with us)\b[^.!?]{0,40}\bafter the "
               r"break\b|^stay (?:with us|tuned)\b|^back to (?:you|the studio)\b|^(?:thanks|thank you) for (?:listening|watching)\b|"
               r"^good (?:morning|afternoon|evening|night)\b[^.!?]{0,30}[.!]?$|^here (?:is|are) the (?:news|headlines)\b|"
               r"^(?:coming up|still to come|after the break|later in the (?:programme|program|bulletin|show))\b|"
               r"^(?:our|the) (?:top|lead|main|big) stor(?:y|ies) (?:tonight|today|this (?:morning|afternoon|evening|hour))\b", re.I),
    # "Orvik FM news, I'm Hal Brennock."
    re.compile(rf"^(?P<outlet>{_STATION})\s+(?:news|bulletin),?\s+I['’]m\s+(?P<name>{_NAME})"),
    # "That was Keston Community Radio news."
    re.compile(rf"^(?:That['’]s|That is|That was|This has been)\s+(?:the\s+)?(?P<outlet>{_STATION})\s+(?:news|bulletin|headlines)\b"),
]
# Shapes that are a station's only when the name is an outlet's ("This is Orvik's worst flood" is news).
_NAMED_SIGN_OFFS = [
    # "Good evening, I'm Dev Kapoor and this is KSTV 9 News at Six.", "Welcome to Keston FM News."
    re.compile(rf"^(?:Good (?:morning|afternoon|evening|night)[,.!]?\s+)?(?:I['’]m\s+(?P<name>{_NAME})\s*(?:,\s*|\s+and\s+))?"
               rf"(?:[Tt]his is|[Ww]elcome to)\s+(?:the\s+)?(?P<outlet>{_STATION})"),
    # "This has been Hal Brennock for Keston FM News.", "I'm Hal Brennock, reporting for Keston FM News."
    re.compile(rf"^(?:This has been|This is|That was|I['’]m)\s+(?P<name>{_NAME}),?\s+(?:reporting\s+)?(?:for|with|on|from)\s+"
               rf"(?:the\s+)?(?P<outlet>{_STATION})"),
    # "Hal Brennock, Keston FM News."
    re.compile(rf"^(?P<name>{_NAME}),\s+(?P<outlet>{_STATION})\.?$"),
    # "Stay with Keston FM for updates throughout the day."
    re.compile(rf"^Stay (?:with|tuned to)\s+(?:the\s+)?(?P<outlet>{_STATION})"),
]
# "Mira Salo, Kessra TV News, Lindholm.": a TV reporter's closing line, her name, her station and her place.
_NAME_STATION_PLACE = re.compile(rf"^(?P<name>{_NAME}),\s+(?P<outlet>{_STATION}),\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}\.?$")
_QUOTE_MARKS = ("“", "”", '"', "«", "»")


@dataclass
class SignOff:
    keep: tuple[int, int]  # the line's own words between the station's opening and closing (empty: all the station's)
    outlet: str | None = None
    reader: str | None = None


def sign_off(line: str) -> SignOff | None:
    """The station's sentences opening or closing a line ("Good evening.", "That's the news from ... I'm ..."),
    with the station and the reader they name; None when the line has none. A quotation is someone's words."""
    if any(mark in line for mark in _QUOTE_MARKS):
        return None
    whole = _NAME_STATION_PLACE.match(line)
    if whole and outlet_name(whole.group("outlet")):
        return SignOff((0, 0), whole.group("outlet"), whole.group("name"))
    spans = sentence_spans(line)
    found = [_station_sentence(line[s:e]) for s, e in spans]
    lead = next((i for i, m in enumerate(found) if m is None), len(spans))
    tail = len(spans)
    while tail > lead and found[tail - 1] is not None:
        tail -= 1
    if lead == 0 and tail == len(spans):
        return None
    named = [m.groupdict() for m in found if m is not None]
    outlet = next((g["outlet"] for g in named if g.get("outlet")), None)
    reader = next((g["name"].rstrip(".") for g in named if g.get("name")), None)
    start = spans[lead][0] if lead < len(spans) else 0
    return SignOff((start, spans[tail - 1][1] if tail > lead else start), outlet, reader)


def _station_sentence(sentence: str) -> re.Match[str] | None:
    """A station's sentence, or a live page's framing of its own coverage (as a presenter's, it says no news)."""
    found = next((m for m in (p.search(sentence) for p in _SIGN_OFF_SENTENCES) if m), None) or coverage_framing(sentence)
    if found is not None:
        return found
    named = next((m for m in (p.search(sentence) for p in _NAMED_SIGN_OFFS) if m), None)
    return named if named is not None and _OUTLET_WORDS.search(named.group("outlet")) else None


_HAND_OVER_WORDS = 25
# "Our education correspondent Mira Salo was at the meeting.", "Our reporter Ana Lund has more.", "Now to Mira Salo
# in Lindholm.", "Mira Salo reports.", "Thanks, Dev.": the studio passing the story on, no news in it.
_HAND_OVER = [
    re.compile(rf"\b[Oo]ur\s+(?:[a-z]+\s+){{0,3}}(?:correspondent|reporter|editor)\s+(?P<name>{_NAME})\s+(?:has (?:more|the details|"
               rf"the story|this report|been)|reports|joins us|is (?:there|live|at|in|on|outside|with)|was (?:there|at|in|on|outside)|"
               rf"sent (?:this|us)|went|spoke)\b"),
    re.compile(rf"^(?:Now|Let['’]s go|We go|Over|Back|Joining us)\s+(?:live\s+)?(?:now\s+)?to\s+(?:our\s+(?:[a-z]+\s+){{0,3}})?"
               rf"(?P<name>{_NAME})\b[^.!?]{{0,40}}[.!]?$"),
    re.compile(rf"^(?P<name>{_NAME})\s+(?:has (?:more|this report|the details|the story)|reports)[.!]?$"),
    re.compile(r"^(?:Thanks|Thank you),?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?[.!]?$"),
]


def hand_over(line: str) -> tuple[bool, str | None]:
    """Whether the line only passes the story to a correspondent, and her name when it gives it."""
    if len(line.split()) > _HAND_OVER_WORDS or any(mark in line for mark in _QUOTE_MARKS):
        return False, None
    for pattern in _HAND_OVER:
        match = pattern.search(line)
        if match is not None:
            name = match.groupdict().get("name")
            return True, name.rstrip(".") if name else None
    return False, None


# Words of a programme's label beside a station's name ("EVENING NEWS - TRANSCRIPT", "8 A.M. NEWS").
_PROGRAMME_WORDS = frozenset(re.findall(r"[a-z]+", """transcript bulletin news edition evening morning afternoon night midday
    late early update updates headlines programme program show live weekend hourly newscast broadcast report at of the"""))
_BROADCAST_HEADS = re.compile(r"(?i:radio|fm|tv|television|broadcasting|bulletin|news|newscast)")
_STATION_FIRST = re.compile(r"(?i:radio|tv|television)")
_PROGRAMME_LEAD = re.compile(r"^(?:transcript|bulletin|programme|program|broadcast)\s*:\s*", re.I)
_MASTHEAD_PARTS = re.compile(r"\s+[-–—|·•]\s+|,\s+|:\s+")
_CLOCK_WORDS = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|h|hrs)?(?!\w)", re.I)
_STATION_WORDS = 6
# "KSTV", "WPCX9", "BBC": a call sign or an initialism (no vowel, or three capitals at most), not "GOOD".
_INITIALISM = re.compile(r"[A-Z]{2,3}\d*|[B-DF-HJ-NP-TV-XZ]{2,6}\d*")


def station_masthead(line: str) -> tuple[str, str | None] | None:
    """A script's first line naming its station and programme ("KSTV 9 EVENING NEWS - TRANSCRIPT", "KESTON FM - 8 A.M.
    NEWS", "[KSTV 9 News at Six, 14 March 2031]"): the station, as prose writes it, and the date it gives, if any.

    The name ends in a broadcaster's head word (perhaps "at Six" after it) and is an initialism's, a station's
    ("Radio", "FM", "TV") or one with a programme, clock or date beside it; "BAD NEWS FOR ORVIK" ends in no head word.
    """
    text = _PROGRAMME_LEAD.sub("", line.strip().strip("[]()").strip())
    if len(text.split()) > _STATION_WORDS + 4:
        return None
    name, *rest = [p.strip() for p in _MASTHEAD_PARTS.split(text) if p.strip()] or [""]
    words = re.sub(r"\s+(?:at|AT)\s+\S+$", "", name).split()
    if not 1 <= len(words) <= _STATION_WORDS or not all(w[0].isupper() or w[0].isdigit() for w in words):
        return None
    # "RADIO KESSMOOR - EVENING NEWS": a station's head word may open its name; then a programme label must follow.
    head_first = len(words) > 1 and _STATION_FIRST.fullmatch(words[0]) is not None and bool(rest)
    if not (_OUTLET_WORDS.fullmatch(words[-1].title()) or _BROADCAST_HEADS.fullmatch(words[-1]) or head_first):
        return None
    when = next((p for p in rest if _only_date(p)), None)
    others = [p for p in rest if p != when and _CLOCK_WORDS.sub(" ", p).strip(" .")
              and not all(w.lower().strip(".") in _PROGRAMME_WORDS for w in _CLOCK_WORDS.sub(" ", p).split())]
    initialism = any(_INITIALISM.fullmatch(w) and w.lower() not in _PROGRAMME_WORDS and w.lower() not in STOPWORDS
                     for w in words[:-1])
    station = head_first or (_BROADCAST_HEADS.fullmatch(words[-1]) and words[-1].lower() not in ("news", "bulletin", "newscast"))
    if others or not (rest or initialism or station):
        return None
    return outlet_case(name), when
