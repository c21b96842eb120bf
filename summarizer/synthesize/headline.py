"""A headline made of a sentence's own words: its main clause, cut at a clause boundary.

A headline states what happened, so a quote, a fragment or a sentence opening on a pronoun is not
headline-worthy, and cutting never leaves a subject without its main verb.
"""

from __future__ import annotations

import itertools
import re

from summarizer.calendar_words import WEEKDAY_RE, WEEKDAYS
from summarizer.extract.offline.lexicon import ACCORDING_TO_RE, ATTRIBUTION_QUALIFIER, ATTRIBUTION_VERB_RE, CUE_VERBS, IRREGULAR_PAST
from summarizer.function_words import (
    COORDINATORS,
    DEMONSTRATIVES,
    DETERMINERS,
    FINITE_AUXILIARIES,
    FUNCTION_WORDS,
    MORE_PREPOSITIONS,
    POSSESSIVES,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
)
from summarizer.merge._text import QUOTE_MARKS, undatelined
from summarizer.merge.claims import actions
from summarizer.text import longest_first

HEADLINE_CHARS = 110
HEADLINE_WORDS = 14
HEADLINE_LONG_WORDS = 22  # only where no whole statement fits HEADLINE_WORDS
HEADLINE_LONG_CHARS = 150


def _shorten(text: str, limit: int) -> str:
    text = text.strip().rstrip(".")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


# A sentence opening on a pronoun, a possessive or a demonstrative ('He said', 'Their plan', 'This came'), from the
# classes of summarizer.function_words.
_PRONOUNS = SUBJECT_PRONOUNS | POSSESSIVES | DEMONSTRATIVES
_PRONOUN_OPENING = re.compile(r"^(?:{})\b".format("|".join(sorted(_PRONOUNS, key=longest_first))), re.IGNORECASE)


# A pronoun whose referent an earlier sentence names: 'you' and 'your' address the reader and need none.
_LEANING_PRONOUN = re.compile(r"^(?:{})\b".format("|".join(sorted(_PRONOUNS - {"you", "your"}, key=longest_first))),
                              re.IGNORECASE)


def opens_on_pronoun(text: str) -> bool:
    """'He said …', 'It has been …': who or what is meant is in a sentence before, not in this one. A quote
    opening on one ('“It was just auxiliary,” Miller said') names its speaker and stands."""
    return _LEANING_PRONOUN.match(text.strip()) is not None


# A sentence a site's excerpt stops in the middle of ('With the increase, the estimated...').
_CUT_OFF = re.compile(r"\w\s*(?:\.{3}|…)\s*$")


def cut_off(text: str) -> bool:
    """An excerpt's sentence stopped before its verb ('With the increase, the estimated...'): no statement to print.
    One stopped after its verb ('The document summarizes an interview with a man who … arriving in the...') still
    says something, and the reader sees where it stops."""
    return _CUT_OFF.search(text) is not None and not _is_clause(text)


def _headline_worthy(text: str) -> bool:
    return (len(text.split()) >= 6 and not any(mark in text for mark in QUOTE_MARKS) and not _PRONOUN_OPENING.match(text.strip())
            and not cut_off(text))


# A trailing ", the port authority said" / ", according to police": who says it, not what happened.
_ATTRIBUTION_TAIL = re.compile(
    rf",\s+(?:{ACCORDING_TO_RE}\s+[^,]+|[^,]{{1,60}}?\b(?:{ATTRIBUTION_VERB_RE}(?<!told)|told\s+[^,]+))"
    rf"(?:,?\s+{ATTRIBUTION_QUALIFIER}){{0,2}}\s*$",
    re.IGNORECASE,
)
# The same attribution set off inside the sentence ('…in the United States, two officials said, undercutting …'):
# what comes before it is the statement, what follows it a comment on it.
_ATTRIBUTION_ASIDE = re.compile(
    rf",\s+(?:{ACCORDING_TO_RE}\s+[^,]+|[^,\"“”]{{1,60}}?\b(?:{ATTRIBUTION_VERB_RE}(?<!told)|told\s+[^,]+))"
    rf"(?:,?\s+{ATTRIBUTION_QUALIFIER}){{0,2}}(?=,\s)",
    re.IGNORECASE,
)
# Where a subordinate clause opens; 'after' etc. open one only when a verb follows (see _is_clause).
_ADVERBIAL = r"after|because|while|when|since|although|though|before|until|once|whereas"
_BOUNDARY = re.compile(rf",?\s+(?:(?P<adv>{_ADVERBIAL})|(?P<rel>which|who|whom|whose|where|but))\s+", re.IGNORECASE)
# A clause's verb: a finite auxiliary or a past tense news leads with (the irregular ones the offline
# extractor knows; a regular one in -ed is read by merge.claims.actions).
# "said" closes an attribution ("…, two officials said, undercutting …"): what it says is the statement.
_IRREGULAR = IRREGULAR_PAST - {"said"}
_FINITE = FINITE_AUXILIARIES | _IRREGULAR | frozenset({"agreed", "added"})


# A reporting verb, up to three words of adjunct ('on Thursday night'), then 'that': the verb's complement opens.
_COMPLEMENT = re.compile(r"\b([a-z]+)((?:\s+[\w'’.-]+){0,3})\s+that\s", re.IGNORECASE)


def _open_complement(prefix: str) -> bool:
    """'Trump tweeted on Thursday that Defense Secretary Jim Mattis, a retired general': a verb's 'that' clause with no
    verb of its own yet; cut there, the statement is missing what was tweeted."""
    found = list(_COMPLEMENT.finditer(prefix))[-1:]
    if not found:
        return False
    words = [found[0].group(1), *found[0].group(2).split()]
    if not any(w in CUE_VERBS for w in words):  # a relative 'that' ('a document that sheds light') opens no complement
        return False
    return not _is_clause(prefix[found[0].end():])


def _is_clause(text: str) -> bool:
    return bool(actions(text.lower())) or any(w in _FINITE for w in re.findall(r"[a-z]+", text.lower()))


_ASIDE = re.compile(r"\s+[—–]\s+[^—–]{1,160}?\s+[—–]\s+")  # "X — a webpage where … — has been shut"
_INTRO = re.compile(rf"^(?:in|on|at|as|with|despite|amid|following|if|{_ADVERBIAL})\b", re.IGNORECASE)


def _drop_intro(text: str) -> str:
    """'In a rebuke to X, the House repealed …' -> 'the House repealed …': the news is the main clause."""
    comma = text.find(", ")
    if comma < 0:
        return text
    before, rest = text[:comma], text[comma + 2 :]
    first_verb = next((m.start() for m in re.finditer(r"[A-Za-z]+", before) if _is_clause(m.group(0))), len(before))
    # Only an adverbial opening subordinates: a relative pronoun before the first verb belongs to the
    # subject ("Fourteen miners who were trapped … were brought up, the last of them at 5 p.m.").
    opening = _BOUNDARY.search(before[:first_verb])
    subordinated = _INTRO.match(before) or (opening is not None and opening.group("adv"))
    return rest if subordinated and len(rest.split()) >= 5 and _is_clause(rest) else text


def _acts(text: str) -> bool:
    """Does the text report something done ('ended', 'began', 'has been shut'), not a state ('is quiet')?"""
    found = re.findall(r"[a-z]+", text.lower())
    return bool(actions(text.lower())) or any(w in _IRREGULAR or w in _PERFECT for w in found)


_PHRASE = re.compile(
    r",?\s+(?=(?:in|on|at|from|for|with|as|during|over|amid|after|before|by|and|but|while|saying|according)\s)", re.IGNORECASE
)
# A comma before an indefinite noun phrase opens an apposition ('194,000 jobs in September, a second
# tepid gain'): the statement before it is whole.
# So does one before a participle ('…to flee Afghanistan, extending the same commitment').
_CUT = re.compile(_PHRASE.pattern + r"|,\s+(?=(?:a|an)\s)|,\s+(?=[a-z]+ing\s)", re.IGNORECASE)
_PERFECT = frozenset({"has", "have", "had", "was", "were", "been", "will", "would"})
_COORDINATED = re.compile(r",?\s+(?:and|but)\s", re.IGNORECASE)


_RELATIVE = re.compile(r"\s(?:which|who|whom|whose|that)\s(?![^,]*,)", re.IGNORECASE)


def _verbal(word: str) -> bool:
    """A word of a verb group ('had', 'been', 'stranded'): consecutive ones are one verb."""
    return word.lower() in ("be", "been", "being") or _is_clause(word)


def _before_relative(prefix: str) -> str:
    """The prefix up to a relative clause still open at its end: 'A bomb which targeted the mosque'
    has no main verb yet ('targeted' is the bomb's), so it cannot stand as a headline."""
    found = _RELATIVE.search(prefix)
    if found is None:
        return prefix
    # Two verbs after the pronoun: the relative clause closed and the main verb came ('A mudslide that
    # began Sunday above the road had buried 40 cars').
    # 'who were trapped' is one verb group, not two verbs: groups are verbs with other words between.
    flags = [_verbal(w) for w in re.findall(r"[A-Za-z]+", prefix[found.end():])]
    groups = sum(1 for k, verb in enumerate(flags) if verb and (k == 0 or not flags[k - 1]))
    return prefix if groups >= 2 else prefix[: found.start()]


def _within(head: str, positions: list[int], max_words: int) -> list[int]:
    """The positions with 6 to ``max_words`` words before them."""
    return [p for p in positions if 6 <= len(head[:p].split()) <= max_words]


def _phrase_cuts(head: str, max_words: int) -> list[int]:
    """Where a phrase opens with 6 to ``max_words`` words before it.

    Read from the first ``max_words + 1`` word starts, not by counting the words before each phrase:
    a one-sentence megabyte of 'according to' made that count quadratic (36 s for 0.4 MB).
    """
    starts = [m.start() for m in itertools.islice(re.finditer(r"\S+", head), max_words + 1)]
    if len(starts) < 6:
        return []
    # The words before position p are those starting before it.
    last = starts[max_words] if len(starts) > max_words else len(head)
    cuts: list[int] = []
    for m in _CUT.finditer(head):
        if m.start() > last:
            break
        if m.start() > starts[5]:
            cuts.append(m.start())
    return cuts


def headline_clause(text: str, max_words: int = HEADLINE_WORDS) -> str:
    """A short headline made of the sentence's own words, ending at a clause boundary.

    The attribution tail, an introductory phrase, a dash-enclosed aside and subordinate clauses go
    ("…, the port authority said", "after the government agreed to …"); a prepositional 'after
    the fire' stays, as it opens no clause, and nothing is cut before the main verb has come. When
    the main clause reports nothing done ("The port is quiet again after dockworkers ended their
    strike"), the adverbial clause that does becomes the headline. Too long still, it is cut at
    the last comma that closes a clause within the word limit (or, where none fits, within
    ``HEADLINE_LONG_WORDS``), else kept whole up to ``HEADLINE_LONG_CHARS``; only beyond that does
    an ellipsis mark the cut. A cut never falls inside a relative clause after the main verb ('a document
    that sheds light | on …') nor right after a participle ('Republicans calling | for …'): what such a
    verb governs follows it, so the headline would end on a fragment.
    """
    text = undatelined(text.strip()).rstrip(".!?").strip()
    text = _drop_intro(_ATTRIBUTION_ASIDE.sub("", _ATTRIBUTION_TAIL.sub("", _ASIDE.sub(" ", text))))
    bounds = list(_BOUNDARY.finditer(text))
    ends = [b.start() for b in bounds[1:]] + [len(text)] if bounds else []
    segments = [(b, text[b.end() : end]) for b, end in zip(bounds, ends, strict=True)]
    head = text
    for bound, segment in segments:
        before = text[: bound.start()]
        if _is_clause(segment.split(",")[0]) and _is_clause(before) and len(before.split()) >= 4 and not _open_complement(before):
            head = text[: bound.start()]
            break
    if not _acts(head):
        for bound, segment in segments:
            clause = segment.strip()
            # "…after thieves entered through a skylight, up from the nine it gave": the phrase after
            # the comma belongs to the main clause, not to the act that becomes the headline.
            own = re.split(r",\s+(?=[a-z])", clause, maxsplit=1)[0]  # not ", 3 March" nor ", Kessel"
            if bound.group("adv") and len(own.split()) >= 4 and _acts(own):
                head = own
                break
    head = _fit(_without_adjuncts(head.strip().rstrip(",;:")), max_words)
    return head[:1].upper() + head[1:]


def _fit(head: str, max_words: int) -> str:
    """The head cut to a whole statement within the limits :func:`headline_clause` describes."""
    if len(head.split()) > max_words:
        cut = _clause_cut(head, max_words, whole_relatives=True)
        if cut is None and len(head) > HEADLINE_CHARS:
            # A subject long enough to leave no whole statement within the limit ("A wildfire that
            # broke out … along X Road had burned 1,850 acres …"): a longer statement, cut at a
            # phrase within HEADLINE_LONG_WORDS, reads better than words ending in an ellipsis.
            long_cut = _clause_cut(head, HEADLINE_LONG_WORDS, whole_relatives=True)
            cut = long_cut if long_cut is not None and long_cut <= HEADLINE_LONG_CHARS else None
        if cut is None and len(head) > HEADLINE_LONG_CHARS and _without_subject_clause(head) == head:
            # Rather than an ellipsis, the statement up to a participle that qualifies a noun ('…override
            # the veto of a bill | allowing families to sue …'): a whole sentence, if a shorter one.
            cut = _clause_cut(head, max_words, participles=True, whole_relatives=True)
        if cut is not None:
            head = _ATTRIBUTION_TAIL.sub("", head[:cut])  # a cut may leave '…, two officials said' at the end
        elif len(head) > HEADLINE_LONG_CHARS:
            bare = _without_subject_clause(head)
            head = headline_clause(bare, max_words) if bare != head else _shorten(head, HEADLINE_CHARS)
    return head


def _without_subject_clause(head: str) -> str:
    """'Fourteen miners who were trapped for … at the mine were brought up alive, the last at dusk' ->
    'Fourteen miners were brought up alive': a relative clause inside a long subject goes before
    the statement is cut with an ellipsis; the main verb and what follows it are the news."""
    found = re.search(r"\s(?:which|who|that)\s", head)
    if found is None:
        return head
    tail = head[found.end():]
    words = list(re.finditer(r"[A-Za-z]+", tail))
    flags = [_verbal(w.group(0)) for w in words]
    starts = [k for k, verb in enumerate(flags) if verb and (k == 0 or not flags[k - 1])]
    if len(starts) < 2 or _is_clause(head[: found.start()]):
        return head
    rest = tail[words[starts[1]].start():]
    # What follows the main verb up to an aside after a comma ('…, the last of them at dusk'):
    rest = re.split(r",\s+(?=the\s|a\s|an\s)", rest, maxsplit=1)[0]
    return f"{head[: found.start()].rstrip()} {rest}"


def _opens_clause(text: str) -> bool:
    """Do the first words after a conjunction hold a verb ('forced', 'has said', 'two of them have died')?"""
    return _is_clause(" ".join(text.split()[:OPENING_WORDS])) or bool(
        re.match(r"(?:must|should|shall|did|does)\b", text, re.IGNORECASE))


OPENING_WORDS = 5
"""How far after 'and' a second clause's verb may come: 'and forced …' (1), 'and two of them have died' (5)."""

# A day said between a subject or verb and what follows it ("voted 7-4 on Wednesday night to raise
# fares", "said on Tuesday that …", "the court on Thursday annulled"): a headline does without it,
# and leaving it in makes the cut fall before what was decided.
_DAY_ADJUNCT = re.compile(
    rf"\s+(?:(?:early|late)\s+)?on\s+{WEEKDAY_RE}(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?!\s+(?:morning|afternoon|evening|night)\b)(?=\s+(?:to|that|[a-z]+ed)\s|,\s+(?:in|at|during|after|following|with|by)\s+[^,]{1,60},\s+(?:to|that)\s)"
)
# An aside between a verb and what it governs: "voted, in a session lasting nine hours, to close …".
_VERB_ASIDE = re.compile(r"(?<=[a-z]),\s+(?:in|at|during|after|following|with|by)\s+[^,]{1,60},\s+(?=(?:to|that)\s)")


# An apposition between a subject and its verb: "Jim Mattis, a retired Marine general who …, would be retiring".
_APPOSITION = re.compile(rf"(?<=[A-Za-z]),\s+(?:a|an)\s+[^,]{{3,120}}?,\s+(?=(?:{'|'.join(sorted(FINITE_AUXILIARIES))})\s)")
# One after a name opening the sentence, before its first verb: "Mary Lund, the younger sister of X and daughter of
# Y, criticized …". The name is the subject; what it is called comes second to what it did.
_NAME_APPOSITION = re.compile(r"^((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*),\s+(?:the|a|an)\s+[^,]{3,140}?,\s+(?=([a-z]+)\s)")


def _without_name_apposition(head: str) -> str:
    found = _NAME_APPOSITION.match(head)
    if found is None or _is_clause(found.group(1)) or not _verb_word(found.group(2)):
        return head
    return f"{found.group(1)} {head[found.end():]}"


def _verb_word(word: str) -> bool:
    return word in _FINITE or word in _IRREGULAR or bool(actions(word))


def _without_adjuncts(head: str) -> str:
    """The head without a mid-sentence day, an aside that parts a verb from its object, or a subject's apposition."""
    return _without_name_apposition(_APPOSITION.sub(" ", _VERB_ASIDE.sub(" ", _DAY_ADJUNCT.sub("", head))))


def _after_verb(head: str, cut: int) -> bool:
    """Does the cut fall right after a verb ('confirmed | with Legionnaires' disease', 'was ordered | by',
    'a chorus of Republicans calling | for')?

    What follows a verb directly is what it needs (its complement, its agent), not a phrase the
    statement stands without. A word in -ing after a determiner or a day is a noun ('the meeting | on Tuesday',
    'Monday evening | that …')."""
    last = re.findall(r"[A-Za-z]+", head[:cut])[-2:]
    if not last or not last[-1].islower():  # 'in May, a second weak month': a month, not a modal
        return False
    word = last[-1]
    if word.endswith("ing") and len(word) > 4 and not _RELATIVE_NEXT.match(head, cut) and not (
            len(last) == 2 and (last[0].lower() in DETERMINERS or last[0].lower() in WEEKDAYS)):
        return True
    return word in _FINITE or word in _IRREGULAR or word in _PERFECT or bool(actions(word))


_RELATIVE_NEXT = re.compile(r"\s+(?:that|which|who)\s")
# 'that', 'which' or 'who' right after a noun, with no verb in the three words before it (a verb's 'that' opens
# its complement: 'announced on Friday that', 'ruled 8-1 that').
_RELATIVE_PRONOUN = re.compile(r"(?<=[\w)])\s+(?=(?:that|which|who)\s)")


def _relative_after_verb(head: str) -> int | None:
    """Where a relative clause opens after the main verb ('…released a document | that sheds light on …').

    Its verb's complement runs to the clause's end ('sheds light on', 'sets the stage for', 'will give the
    justices an opportunity to'), so a cut inside it leaves a fragment; a cut before it leaves the statement."""
    for m in _RELATIVE_PRONOUN.finditer(head):
        before = re.findall(r"[A-Za-z]+", head[: m.start()])
        if not _is_clause(head[: m.start()]) or not before or before[-1] in FUNCTION_WORDS:
            continue
        if any(_verb_word(w.lower()) or w.lower() in CUE_VERBS for w in before[-3:]):
            continue
        return m.start()
    return None


_PARTICIPLE = re.compile(r"(?<=[a-z])\s+(?=[a-z]{2,}ing\s)")


_WANTS_NOUN = DETERMINERS | PREPOSITIONS | MORE_PREPOSITIONS | COORDINATORS  # not a particle: 'has been shut down' is whole


def _after_function_word(head: str, cut: int) -> bool:
    """'…the veto of | a bill': a preposition or an article still wants its noun."""
    last = re.findall(r"[\w'’]+", head[:cut])[-1:]
    return bool(last) and last[0] in _WANTS_NOUN


def _clause_cut(head: str, max_words: int, participles: bool = False, whole_relatives: bool = False) -> int | None:
    """Where to cut ``head`` so that a whole statement of at most ``max_words`` words remains, or None.

    Before a phrase the sentence stands without: ", by an 8-1 ruling", " from allegations of …";
    never inside a list of modifiers ("a heavily redacted, 16-page document") nor inside a relative
    clause after the main verb when ``whole_relatives`` (before its pronoun instead: a headline must not end
    on 'that sheds light'); with ``participles``, also before a participle qualifying a noun ('a bill |
    allowing families to sue').
    """
    cuts = _phrase_cuts(head, max_words)
    relative = _relative_after_verb(head) if whole_relatives else None
    if relative is not None:
        cuts = sorted({*(c for c in cuts if c < relative), *_within(head, [relative], max_words)})
    if participles:
        cuts = sorted({*cuts, *_within(head, [m.start() for m in _PARTICIPLE.finditer(head)], max_words)})
    clauses = [c for c in cuts if _is_clause(_before_relative(head[:c])) and not _after_verb(head, c)
               and not _open_complement(head[:c]) and not _after_function_word(head, c)]
    # An 'and' joining two nouns ("its admissions and records system") is no place to cut; one
    # opening a second clause ("and forced 1,100 residents from their homes") is.
    clauses = [c for c in clauses if not (m := _COORDINATED.match(head, c)) or _opens_clause(head[m.end():])]
    # Two coordinated clauses ("X will begin on Monday, and must be completed before Y"): the
    # first is a whole statement, while a cut inside the second leaves it hanging.
    coordinated = [c for c in clauses if _COORDINATED.match(head, c)]
    if coordinated:
        return coordinated[-1]
    return clauses[-1] if clauses else None
