"""Who a line speaks to: a report tells the reader about others; a publisher's note talks to the reader.

News prose outside quotation marks is in the third person and in the indicative: it does not say "you",
it does not speak as "we" of the outlet, it does not order the reader to do anything, and it does not
name the page it stands on ("this article"). The publisher's own lines do all four: pleas, sign-up
boxes, paywall notices, cookie banners, corrections notes, disclaimers, sign-offs, "tap to see more".
These signals are grammatical, not any site's wording, so they hold on pages nobody here has seen.

Reported speech is the exception that keeps news safe: a line with quotation marks, or with a reporting
verb ("..., one resident said", "according to police"), is someone else's words and stays.
"""

from __future__ import annotations

import re

from summarizer.function_words import AUXILIARIES, DETERMINERS, FUNCTION_WORDS, REPORTING_VERBS

_QUOTE_MARKS = ("“", "”", '"', "«", "»")
# A quotation in single marks ("had this message: 'The water in your tap is not safe ...'").
_SINGLE_QUOTED = re.compile(r"(?<![\w])['‘][^'‘’\n]{3,}['’](?![\w])")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# The reader: "you", "your".
_YOU = re.compile(r"(?<![\w'’-])(?:[Yy]ou(?:r|rs|rself)?|[Yy]ou['’](?:re|ll|ve|d))(?![\w'’-])")
# The outlet speaking as "we"/"us"/"our" ("US" in capitals is the country). A speaker's "we" with a verb of
# obligation or tense ("We must apply compassion": a tweet or a pull quote set without quotation marks) is
# left to the other signals; the outlet's "we" speaks of what it does ("We use cookies", "Help us").
_WE = re.compile(r"(?<![\w'’-])(?:[Ww]e(?:['’](?:re|ll|ve|d))?|us|[Oo]urs?|[Oo]urselves)(?![\w'’-])")
# A sub-heading of the report put as a question ("What we know", "What you need to know", "How we got here"), perhaps
# after its topic and a colon.
_WH_HEADING = re.compile(r"(?:what|why|how|who|when|where)\b", re.I)
# The page naming itself: the medium it is in, never a thing the news is about ("this report" may be an
# inspectorate's, so it is not here).
_SELF = re.compile(r"\bthis (?:article|story|page|post|piece|coverage|content|site|website|newsletter|e-?mail|"
                   r"episode|podcast|live ?blog|feature|publication)\b", re.I)
# What tells a finite clause: an auxiliary, a reporting verb, a regular past ("-ed"), a negated verb.
_FINITE = AUXILIARIES | REPORTING_VERBS | frozenset(("say", "according"))
# After an imperative's verb: its object's determiner or pronoun, or an adverb of the call ("Sign me up",
# "Check back for updates", "Tap to see the timeline", "Join the conversation"). Not a preposition of place:
# "Crack in the spillway" is a headline's noun.
_AFTER_VERB = DETERMINERS | frozenset(("to", "me", "us", "it", "them", "back", "here", "now", "more", "today", "away",
                                       "what", "up", "out"))
_CALL_ADVERBS = frozenset(("please", "always", "never", "just", "simply"))
# The writer's own voice: first person singular outside quotation marks.
_FIRST_PERSON = re.compile(r"(?<![\w'’-])(?:I|I['’](?:m|ve|d|ll)|me|my|mine|myself)(?![\w'’-])")
PERSONAL_LINES = 2
PERSONAL_LINE_WORDS = 15
IMPERATIVE_MAX_WORDS = 20


def reported(line: str) -> bool:
    """Someone else's words: quotation marks, or a reporting verb in the line."""
    if any(mark in line for mark in _QUOTE_MARKS) or _SINGLE_QUOTED.search(line):
        return True
    return any(word.lower() in REPORTING_VERBS or word.lower() == "according" for word in _WORD.findall(line))


def personal(lines: list[str]) -> bool:
    """The writer speaks in the first person, or to the reader, in the prose itself: a blog, a column, a
    newsletter. There "you" and "we" are the writing, not the publisher's notes, so only a note's other
    shapes mark it. Two long lines so addressed, or two in the first person singular, decide it; one such
    line is as likely the publisher's own long plea."""
    long_addressed = first_person = 0
    for line in lines:
        addressed = len(line.split()) >= PERSONAL_LINE_WORDS and (_YOU.search(line) or _WE.search(line)) is not None
        first = _FIRST_PERSON.search(line) is not None
        if (addressed or first) and not reported(line):  # the costlier test only where it decides
            long_addressed += addressed
            first_person += first
            if long_addressed >= PERSONAL_LINES or first_person >= PERSONAL_LINES:
                return True
    return False


def publisher_voice(line: str) -> bool:
    """The line talks to the reader, as the outlet, or about its own page, and reports nobody's words."""
    if _WH_HEADING.match(line) or _WH_HEADING.match(line.partition(": ")[2]):  # "Flight 81: what we know"
        return False
    signal = (_reader_addressed(line) or (_WE.search(line) and not _auxiliary(line)) or _SELF.search(line)
              or imperative(line))
    return bool(signal) and not reported(line)


_MAIN_CLAUSE_WORDS = 4


# What a live page calls itself or promises the reader: its coverage, its blog, the latest, more as it comes in,
# the reader following along. Said in the outlet's voice ("we", "our", "you") by nobody quoted, a sentence naming
# it frames the page: "Good evening and welcome to our live coverage", "That's where we'll leave our blog", "We'll
# bring you updates as they come", "Thank you for following along". "We saw the first boats leave" is news.
_COVERAGE = re.compile(r"\b(?:(?:live|rolling|continuing|minute-by-minute)\s+(?:coverage|updates|blog|reporting)|coverage|live ?blog|"
                       r"for the latest\b|the latest (?:updates|developments|news)|this page|"
                       r"(?:follow|read|stay|be|watch|listen)ing\s+(?:along|with us)|(?:bring|keep)(?:ing)?\s+you\b|"
                       r"(?:more|updates?|news)\s+as\s+(?:and when\s+)?(?:it|they|we)\s+(?:comes?|happens?|unfolds?|develops?|gets?|"
                       r"hears?|learn)\b)", re.I)
_COVERAGE_WORDS = ("coverage", "blog", "latest", "page", "along", "with us", "you", " as ")


def coverage_framing(sentence: str) -> re.Match[str] | None:
    """The outlet framing its own live page in one sentence (see _COVERAGE); None for anything else."""
    low = sentence.lower()
    if not any(word in low for word in _COVERAGE_WORDS):
        return None
    found = _COVERAGE.search(sentence)
    # "We have the latest news from the hospital: two patients ...": what follows the colon is news.
    if found is None or re.search(r":\s+\S", sentence) or not (_WE.search(sentence) or _YOU.search(sentence)) or reported(sentence):
        return None
    return found


def _reader_addressed(line: str) -> bool:
    """"you" in the line, unless only an aside after a report says it: "No arrests have been made, whatever you
    read online" reports the arrests; "If you value our work, please give" and "You are receiving this because
    ..." talk to the reader from their first clause."""
    found = _YOU.search(line)
    if found is None:
        return False
    comma = line.find(",")
    if 0 < comma < found.start():
        main = line[:comma]
        if (len(main.split()) >= _MAIN_CLAUSE_WORDS and finite_clause(main) and not _WE.search(main)
                and not _SELF.search(main) and not imperative(main)):
            return False
    return True


def _auxiliary(line: str) -> bool:
    return any(word.lower() in AUXILIARIES for word in _WORD.findall(line))


def imperative(line: str) -> bool:
    """A short line that orders the reader: a sentence opening with a bare verb and its object or
    particle ("Read the full story", "Sign me up"), no finite verb in it, and
    beside it only questions, lead-ins or lines without a finite verb ("Have a tip? Contact the newsroom.",
    "Stay informed: turn on alerts").

    A verb is not known by a list: the first word is no function word, not hyphenated, not a plural,
    participle or adverb ("Ferries resume", "Supported by", "Follow-up inspections"), and the word after
    it is a function word ("Benchmark 10-year notes last rose" is a report). "Rain is forecast" and
    "Anyone ... is asked to call" have finite verbs; "Police closed the road. Expect delays." keeps its report.
    """
    if len(line.split()) > IMPERATIVE_MAX_WORDS or not 2 <= len(_WORD.findall(line)) <= IMPERATIVE_MAX_WORDS:
        return False
    sentences = _SENTENCE_PARTS.split(line)
    calls = [i for i, sentence in enumerate(sentences) if _bare_verb_opening(sentence, i > 0)
             and not finite_clause(sentence)]
    return bool(calls) and all(i in calls or sentence.rstrip().endswith("?") or _lead_in(sentence)
                               or not finite_clause(sentence) for i, sentence in enumerate(sentences))


_LEAD_IN_WORDS = 3


def _lead_in(part: str) -> bool:
    """"Stay informed:" before the call; "The message to drivers was clear: avoid the A4." is a report."""
    return part.rstrip().endswith(":") and len(part.split()) <= _LEAD_IN_WORDS


# Where a call may start inside a line: after a sentence, a colon, a bar or a dash ("Stay informed: turn on
# notifications", "That's all for now - stay tuned").
_SENTENCE_PARTS = re.compile(r"(?<=[.!?:|])\s+|\s[-–—]\s")


def finite_clause(line: str) -> bool:
    """The line has a verb that tells a clause: "The regulator declined to comment." is a report, not a
    "comment" button."""
    return any(_finite(word) for word in _WORD.findall(line))


def _finite(word: str) -> bool:
    low = word.lower()
    return low in _FINITE or low.endswith(("n't", "n’t")) or (len(low) > 4 and low.endswith("ed"))


def _bare_verb_opening(sentence: str, inside: bool) -> bool:
    """``inside``: after a colon or a dash the call may start in lowercase."""
    parts = sentence.split(maxsplit=2)
    if len(parts) > 2 and parts[0].lower() in _CALL_ADVERBS and parts[0][0].isupper():  # "Always consult ..."
        parts = parts[1:2] + parts[2].split(maxsplit=1)
        inside = True
    if len(parts) < 2 or not parts[0].isalpha() or not (inside or parts[0][0].isupper()):
        return False
    first, second = parts[0].lower(), parts[1].lower().strip(".,:;!?")
    if first in FUNCTION_WORDS or first.endswith(("s", "ing", "ly")):
        return False
    # "Pitch in to keep ...": a particle before an infinitive; "turn on alerts": before a bare plural (not
    # "Crack in the spillway", "Vote on Monday").
    third = parts[2].split()[0] if len(parts) > 2 else ""
    particle = (second in ("in", "on") and third == "to") or (
        second in ("on", "off") and third.islower() and third not in DETERMINERS)
    return second in _AFTER_VERB or particle
