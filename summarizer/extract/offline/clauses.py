"""Atomic claims: where one sentence states several facts, and the words each fact needs.

Outlets pack one story's facts into sentences differently: one writes "The deal covers 600 workers,
raises pay 9% and keeps the pension", another states each fact in a sentence of its own. Whole
sentences then share too little to be recognised as one fact, so each fact must be a claim of its own.
A sentence splits, by its syntax alone, at

* a semicolon between clauses ("the bridge is shut; cyclists are sent round");
* ", and" / ", but" before a clause with its own subject and verb ("The count begins next week, and
  the board has until May to certify it");
* a reporting participle after a closing attribution or after the subject's act ("…, the board said, warning
  drivers to expect delays"; "Police shut the road, saying the cliff was unsafe"): what that speaker said is a
  claim worded with the speaker and the verb's past form (:mod:`summarizer.extract.offline.reported_asides`);
* a list of verb phrases sharing one subject ("The deal covers 600 workers, raises pay 9% and keeps
  the pension"): each later phrase is a claim worded with the subject carried ("The deal keeps the
  pension"), whose evidence is the phrase's own verbatim words, so the subject stays checkable by
  grounding (it stands in the same sentence, the evidence's paragraph).

No parser ships with the package (spaCy's and NLTK's English models are downloaded, not installed), so
a verb is read from its form: an auxiliary, a common irregular past, a word in -ed not after a
determiner, or a word in -s after its subject and before its complement. A sentence is left whole
whenever the cut is in doubt: inside quotation marks or brackets, a piece shorter than
:data:`CLAUSE_MIN_WORDS`, a subject holding a figure (a figure is checked against the evidence, which
would not hold it), a list of nouns rather than of clauses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.extract.offline.lexicon import (
    CLAUSE_OPENERS,
    COMMON_WORDS,
    IRREGULAR_PAST,
    NOT_PAST,
    PREPOSITIONS,
)
from summarizer.extract.offline.numbers import find_quantities
from summarizer.extract.offline.relatives import told_of_a_name
from summarizer.extract.offline.reported_asides import ENDS_IN_ATTRIBUTION, PAST_OF, reported_aside, told_by
from summarizer.extract.offline.verb_forms import CLAUSE_MIN_WORDS as CLAUSE_MIN_WORDS
from summarizer.extract.offline.verb_forms import SUBJECT_PRONOUNS as _SUBJECT_PRONOUNS
from summarizer.extract.offline.verb_forms import Word as _Word
from summarizer.extract.offline.verb_forms import form as _form
from summarizer.extract.offline.verb_forms import has_verb as _has_verb
from summarizer.extract.offline.verb_forms import open_bracket as _open_bracket
from summarizer.extract.offline.verb_forms import words as _words
from summarizer.text import longest_first

SUBJECT_MAX_WORDS = 8  # a longer run before the verb is rarely a plain subject
_VERB_REACH = 8  # words after ", and" within which the new clause's verb must come


@dataclass(frozen=True, slots=True)
class Clause:
    """One fact of a sentence: its evidence ``start:end`` (the fact's own verbatim words) and the claim's
    wording (the same words, or them with the sentence's subject carried in front)."""

    start: int
    end: int
    text: str


def clauses(text: str, start: int, end: int) -> list[Clause]:
    """The facts of the sentence ``text[start:end]``, in order; the whole sentence when it has one."""
    sentence = text[start:end]
    aside = reported_aside(text, start, end)  # '…," the director said, urging patients not to stop treatment'
    if aside is not None:
        head_end, at, wording = aside
        return [*(clauses(text, start, head_end) if head_end > start else []), Clause(at, end, wording)]
    said = _said_while(text, start, end)  # 'Flynn stepped down in February, saying he had misled …'
    if said is not None:
        return [*clauses(text, start, said.start - 2), said]
    if any(mark in sentence for mark in '"“”«»'):
        return [Clause(start, end, sentence)]
    out: list[Clause] = []
    for s, e in _semicolon_parts(text, start, end):
        for cs, ce in _coordinated(text, s, e):
            for ss, se in _subordinate(text, cs, ce):
                for rs, re_, told in told_of_a_name(text, ss, se):
                    out.extend(_verb_phrases(text, rs, re_) if told is None else [Clause(rs, re_, f"{told} {text[rs:re_]}")])
    # A clause cut from inside its sentence is worded as a sentence of its own ("the regulator has until
    # May" -> "The regulator has until May"); its evidence keeps the article's characters.
    return [c if not c.text[:1].islower() else Clause(c.start, c.end, c.text[0].upper() + c.text[1:]) for c in out]


_SEMICOLON = re.compile(r";\s+")


def _semicolon_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses joined by a semicolon ("the fare rises to $3; the pass to $110"), when each has
    CLAUSE_MIN_WORDS words or more; else the whole span."""
    sentence = text[start:end]
    if ";" not in sentence:
        return [(start, end)]
    cuts = [(m.start(), m.end()) for m in _SEMICOLON.finditer(sentence)]
    bounds = [0, *(e for _, e in cuts)]
    ends = [*(s for s, _ in cuts), len(sentence)]
    pieces = [(start + b, start + e) for b, e in zip(bounds, ends, strict=True)]
    if len(pieces) < 2 or any(len(text[b:e].split()) < CLAUSE_MIN_WORDS for b, e in pieces):
        return [(start, end)]
    return pieces


_COORDINATOR = re.compile(r",\s+(?:and|but)\s+")
_COMMA = re.compile(r",\s")


def _coordinated(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Independent clauses joined by ", and" / ", but": each has a subject and a verb of its own, and the
    clause before the comma is no item of a list ("Avon, Bree, and Cole lost power")."""
    pieces: list[tuple[int, int]] = []
    head = start
    for m in _COORDINATOR.finditer(text, start, end):
        at, tail = m.start(), m.end()
        if _open_bracket(text[start:end], at - start):
            continue
        after = _words(text, tail, end)[:_VERB_REACH]
        if not after or _form(after, 0) or after[0].low in CLAUSE_OPENERS or after[0].low in ("then", "so", "also"):
            continue  # ", and keeps the pension" shares the subject: a list of verb phrases, cut below
        if after[0].low in _SUBJECT_PRONOUNS:
            continue  # "…, and it is still considering …" would lose who "it" is
        verb = next((i for i in range(1, len(after)) if _form(after, i)), None)
        if verb is None or "," in text[tail:after[verb].start]:
            continue
        before = _words(text, head, at)
        last_comma = max((c.end() for c in _COMMA.finditer(text, head, at)), default=-1)
        segment = _words(text, last_comma, at) if last_comma >= 0 else before
        if not _has_verb(before) or not (_has_verb(segment) or (segment and segment[0].low.endswith("ing"))):
            continue  # "Avon, Bree, and Cole lost power" lists; "…, forcing two closures, and police …" does not
        if len(before) < CLAUSE_MIN_WORDS or len(_words(text, tail, end)) < CLAUSE_MIN_WORDS:
            continue
        pieces.append((head, at))
        head = tail
    pieces.append((head, end))
    return pieces


# A past act the sentence adds after a comma ("Nine were hurt, after a wall fell", "…, because the
# pump had failed"): a fact of its own, which other outlets often report alone. Without the comma the
# clause is usually the sentence's point ("The port is quiet again after dockworkers ended their strike").
_SUBORDINATOR = re.compile(r",\s+(?:after|because|when)\s+")
_PAST_AUXILIARIES = frozenset(["was", "were", "had", "did"])
_MODALS = frozenset(["will", "would", "could", "should", "may", "might", "must", "can", "shall"])


def _subordinate(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clause and the past act its "after" / "because" / "when" clause states, each with its own
    subject and verb ("Nine people were hurt" + "a wall of the depot fell in the gale"); else the clause whole."""
    for m in _SUBORDINATOR.finditer(text, start, end):
        if _open_bracket(text[start:end], m.start() - start):
            continue
        after = _words(text, m.end(), end)
        if len(after) < CLAUSE_MIN_WORDS or _form(after, 0) or after[0].low in _SUBJECT_PRONOUNS \
                or after[0].low.endswith("ing"):
            continue
        verb = next((i for i in range(1, min(len(after), _VERB_REACH)) if _form(after, i)), None)
        if verb is None or "," in text[m.end():after[verb].start]:
            continue
        if (_form(after, verb) == "aux" and after[verb].low not in _PAST_AUXILIARIES) or _form(after, verb) == "present":
            continue  # "will reopen when engineers have checked it" states no act yet
        before = _words(text, start, m.start())
        if len(before) < CLAUSE_MIN_WORDS or not _has_verb(before) or any(w.low in _MODALS for w in before):
            continue  # "The bridge will reopen when …": what has not happened yet
        return [(start, m.start()), *_subordinate(text, m.end(), end)]
    return [(start, end)]


_LEADING_ADVERBS = frozenset(
    ["meanwhile", "however", "separately", "earlier", "later", "yesterday", "today", "overnight", "also", "instead", "still"]
)
_AND = re.compile(r"\sand\s")
_SEPARATOR = re.compile(r"\s*(?:,\s*and|,|and)\s+$")


def _verb_phrases(text: str, start: int, end: int) -> list[Clause]:
    """Verb phrases sharing the clause's subject ("The deal covers 600 workers, raises pay 9% and keeps
    the pension") and a relative clause set off after it ("The plant, which opened in 1958, will close"),
    each worded with the subject carried; else the clause whole."""
    whole = [Clause(start, end, text[start:end])]
    listed = _AND.search(text, start, end) is not None  # a list of verb phrases closes with "and"
    if not listed and not _RELATIVE.search(text, start, end):
        return whole
    words = _words(text, start, end)
    main = _main_clause(text, words)
    if main is None:
        return whole
    first, verb, form, aside = main
    relative = aside is not None and first == 0 and words[aside].low in ("which", "who") and aside + 2 < verb
    heads = _list_heads(text, words, verb, _carried("", words, verb, form)[1]) if listed else []
    if not heads and not relative:
        return whole
    subject = _subject(text, words[first].start, words[verb].start)  # read only when a cut is found: the costliest test
    if subject is None:
        return whole
    carried, form = _carried(subject, words, verb, form)
    out: list[Clause] = []
    opening = start
    if relative and aside is not None:
        body = words[aside + 1:verb]  # "opened in 1958 and makes the Harvest Rounds range"
        body_form = _form(body, 0)
        if body_form is not None and not text[body[-1].end:words[verb].start].strip(" ,"):
            body_carried, _ = _carried(subject, body, 0, body_form)
            # "which opened in 1921 and makes blankets": a relative clause mixes tenses freely
            out += _phrases(text, body, 0, "any", body[0].start, body[-1].end, subject, body_carried)
            opening = words[verb].start  # the main clause, worded without the relative clause
    if not heads and opening == start:
        return whole
    out += _phrases(text, words, verb, form, opening, end, subject if opening != start else None, carried, heads)
    if any(len(c.text.split()) < CLAUSE_MIN_WORDS for c in out):
        return whole
    return out


_RELATIVE = re.compile(r",\s+(?:which|who)\s")


def _phrases(text: str, words: list[_Word], verb: int, form: str, start: int, end: int, first: str | None,
             carried: str, heads: list[int] | None = None) -> list[Clause]:
    """The phrases of ``start:end`` cut before each list verb; the first worded with ``first`` in front
    (None: as written), the others with ``carried``."""
    heads = _list_heads(text, words, verb, form) if heads is None else heads
    bounds = [start, *(words[h].start for h in heads if words[h].start < end)]
    out: list[Clause] = []
    for k, b in enumerate(bounds):
        stop = end if k + 1 == len(bounds) else bounds[k + 1]
        if k + 1 < len(bounds):
            stop -= len(_SEPARATOR.search(text, b, stop).group())  # type: ignore[union-attr]
        piece = text[b:stop]
        lead = first if k == 0 else carried
        out.append(Clause(b, stop, piece if lead is None else f"{lead} {piece}"))
    return out


def _carried(subject: str, words: list[_Word], verb: int, form: str) -> tuple[str, str]:
    """What a later phrase is worded with and the form its verb must have: the subject, with an auxiliary
    before a participle ("The company has" of "has closed …, laid off …")."""
    if form == "aux" and verb + 1 < len(words) and _form(words, verb + 1) == "past":
        return f"{subject} {words[verb].text}", "past"
    if form == "aux" and words[verb].low in _MODALS | {"do", "does"}:
        # "would fund X and provide Y": the verbs after a modal are bare, so no word in -s continues the list
        # ("money for the agencies and departments through May" lists nouns).
        return subject, "bare"
    if form == "aux":
        return subject, "past" if words[verb].low in ("was", "were", "had", "did") else "present"
    return subject, form


def _main_clause(text: str, words: list[_Word]) -> tuple[int, int, str, int | None] | None:
    """Where the subject begins (after an opening "On Thursday,"), the main verb's index and form, and
    where a phrase set off by commas after the subject begins."""
    if len(words) < 2 * CLAUSE_MIN_WORDS or words[0].low in CLAUSE_OPENERS:
        return None
    first = 0
    if words[0].low in PREPOSITIONS or words[0].low in _LEADING_ADVERBS or words[0].low.endswith("ly"):
        comma = text.find(",", words[0].start, words[-1].end)  # "On Thursday, the board approved …"
        first = next((i for i, w in enumerate(words) if w.start > comma), len(words)) if comma >= 0 else len(words)
    main = _main_verb(text, words, first)
    if main is None:
        return None
    verb, form, aside = main
    return first, verb, form, aside


def _main_verb(text: str, words: list[_Word], first: int) -> tuple[int, str, int | None] | None:
    """The clause's first verb after its subject, skipping a phrase set off by commas ("The deal,
    backed by 78% of voters, covers …"), and where that phrase begins; None when the subject runs past
    SUBJECT_MAX_WORDS."""
    aside: int | None = None
    for i in range(first + 1, min(len(words), first + SUBJECT_MAX_WORDS + 12)):
        gap = text[words[i - 1].end:words[i].start]
        if "," in gap:
            if aside is not None:
                form = _form(words, i)
                return (i, form, aside) if form else None  # the verb must follow the phrase's closing comma
            aside = i
            continue
        if aside is not None:
            continue
        form = _form(words, i)
        if form:
            return (i, form, None) if i - first <= SUBJECT_MAX_WORDS else None
    return None


def _subject(text: str, start: int, end: int) -> str | None:
    """The subject as a claim's opening words: without a phrase set off by commas or brackets, capitalised;
    None when it holds a figure (grounding checks figures against the evidence, which would lack it)."""
    raw = re.sub(r"\s*\([^()]*\)", "", text[start:end])
    raw = re.sub(r",[^,]*,", "", raw).strip(" ,")
    for quantity in find_quantities(raw):  # "The four-year deal" is carried as "The deal"
        raw = re.sub(rf"\s*\S*{re.escape(quantity.text)}\S*", "", raw).strip()
    if not raw or re.search(r"\d", raw) or find_quantities(raw) or "," in raw or len(raw.split()) > SUBJECT_MAX_WORDS:
        return None
    if raw.lower() in _SUBJECT_PRONOUNS:
        return None  # "It keeps the pension" tells a reader nothing
    return raw[0].upper() + raw[1:]


def _list_heads(text: str, words: list[_Word], verb: int, form: str) -> list[int]:
    """Indexes of the verbs opening the second and later phrases of a list sharing the subject: each
    after ", " / " and " / ", and", of the main verb's form; the list must close with "and"."""
    heads: list[int] = []
    closed = False
    nouns = False  # a comma since the last head put a noun phrase in a list: the "and" closing it joins nouns
    for i in range(verb + 2, len(words)):
        gap = text[words[i - 1].end:words[i].start]
        joined = "and" if words[i - 1].low == "and" else ("," if gap.strip() == "," else None)
        if joined is None or _open_bracket(text[words[0].start:], words[i].start - words[0].start):
            continue
        if not _list_verb(words, i, form):
            nouns = nouns or (joined == "," and words[i].low not in ("and", "or"))
            continue
        if joined == "and" and nouns:
            continue  # "kept a rifle, two shotguns and hundreds of rounds": the last item of a list of nouns
        heads.append(i)
        nouns = False
        if joined == "and":
            closed = True
            break
    return heads if closed else []


def _list_verb(words: list[_Word], i: int, form: str) -> bool:
    word = words[i]
    low = word.low
    if word.text[:1].isupper() or not low.isalpha() or i + 1 >= len(words) or words[i + 1].low in ("and", "or"):
        return False
    if form == "past":
        return low in IRREGULAR_PAST or (len(low) >= 5 and low.endswith("ed") and low not in NOT_PAST)
    if form == "any":
        return _list_verb(words, i, "past") or _list_verb(words, i, "present")
    if form == "present":
        return (len(low) >= 4 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ics", "ous"))
                and low not in COMMON_WORDS)
    return False


_SAID_WHILE = re.compile(rf",\s+({'|'.join(sorted(PAST_OF, key=longest_first))})\s+(?=[a-z])")


def _said_while(text: str, start: int, end: int) -> Clause | None:
    """What the sentence's subject said while doing what the main clause tells ('The board shut the pier,
    warning that the deck was unsafe'): a claim worded with the subject and the reporting verb's past form;
    None where the subject cannot be read or the clause quotes."""
    found = _SAID_WHILE.search(text, start, end)
    if found is None or _open_bracket(text[start:end], found.start() - start):
        return None
    rest, head = text[found.end(1):end], text[start:found.start()]
    if any(mark in rest or mark in head for mark in '"“”«»') or len(rest.split()) < CLAUSE_MIN_WORDS:
        return None
    if ";" in head or _COORDINATOR.search(head) or ENDS_IN_ATTRIBUTION.search(head):
        return None  # '…, and she grows upset, shouting …', '…, she said, warning …': whose words is in doubt
    words = _words(text, start, found.start())
    if len(words) < CLAUSE_MIN_WORDS:
        return None
    if len(words) >= 2 * CLAUSE_MIN_WORDS:
        main = _main_clause(text, words)
        first, verb = (main[0], main[1]) if main is not None else (0, -1)
    else:  # a short main clause ('Police shut the road'): its subject opens it
        short = None if words[0].low in CLAUSE_OPENERS or words[0].low in PREPOSITIONS else _main_verb(text, words, 0)
        first, verb = (0, short[0]) if short is not None else (0, -1)
    if verb < 0:
        return None
    subject = _subject(text, words[first].start, words[verb].start)
    if subject is None:
        return None
    return Clause(found.start(1), end, told_by(subject, found.group(1), rest))
