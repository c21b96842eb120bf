"""Titles an article states right around a person's full name, read from its text for the title check.

Extraction gives the titles it reads before a name ("Finance Minister Ana Lund") or in an apposition
after it ("Ana Lund, the finance minister,"). Two common shapes escape it, and they are how an outlet
that disagrees often says it: a title opening the sentence as an apposition before the name ("The
plant's safety manager, Ana Lund, said ...", "The director of the port, Ana Lund, ...") and a title
the article attributes to someone ("Ana Lund, described by the company as its safety manager,",
"..., identified by police as the site's foreman"). Only a title whose head names an office is kept
(see :data:`summarizer.extract.offline.lexicon.OFFICES`): "Her son, Jan Lund," names a relation, not a title.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from summarizer.merge._text import word_starts
from summarizer.schema import Span

# Honorifics that may stand between an apposition and the name ("The safety manager, Ms Ana Lund,").
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?"
# A title opening its sentence: lower-case words after an owner's possessive ("Acme's", "the plant's"),
# an optional "of the X" naming where, then a comma right before the name.
_LEAD = re.compile(
    # a sentence's start: not after an initialism's dot ("the F.B.I. director at the time, ...")
    r"(?:^|(?<=[a-z0-9][a-z0-9][.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n)|(?<=:\s))[\"“‘]?"
    r"(?P<role>(?:(?:The|the|Its|its|Their|their|A|An)\s+)?(?:[\w-]+['’]s\s+)?[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,4}"
    r"(?:\s+(?:of|at|for)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3})?)"
    rf",\s+{_HONORIFIC}$"
)
# A title the article attributes to a source ("described by the company as its safety manager").
_ATTRIBUTED = re.compile(
    r",\s+(?:who\s+(?:was|is|has\s+been)\s+)?(?:described|identified|introduced|presented|named|listed|referred\s+to)"
    r"(?:\s+by\s+[^,.;:\"“”]{2,60}?)?\s+as\s+(?P<role>(?:the|a|an|its|their|his|her)\s+[^,.;:\"“”()]{3,80}?)\s*[,.;)]"
)
_REACH = 120  # characters before a name within which an opening apposition is looked for


def stated_roles(name: str, forms: Iterable[str], sources: Iterable[str], texts: dict[str, str],
                 is_title: Callable[[str], bool]) -> list[tuple[str, str, Span]]:
    """(source, title as written, span of title and name) for each title stated around a mention of
    ``name`` or a full-name form of it (two words or more), when ``is_title`` accepts it."""
    out: list[tuple[str, str, Span]] = []
    full = sorted({f for f in (name, *forms) if len(f.split()) >= 2}, key=len, reverse=True)
    for source in sources:
        text = texts.get(source, "")
        seen: set[int] = set()
        for form in full:
            for at in _occurrences(texts, source, form):
                if at in seen:
                    continue
                seen.add(at)
                end = at + len(form)
                lead = _LEAD.search(text, max(0, at - _REACH), at)
                if lead is not None and _closed(text, end) and is_title(lead.group("role")):
                    out.append((source, _plain(lead.group("role")), _span(source, text, lead.start("role"), end)))
                said = _ATTRIBUTED.match(text, end)
                if said is not None and is_title(said.group("role")):
                    out.append((source, _plain(said.group("role")), _span(source, text, at, said.end("role"))))
    return out


def _occurrences(texts: dict[str, str], source: str, form: str) -> list[int]:
    """Where the name stands whole: not inside a word or a hyphenated compound."""
    text = texts.get(source, "")
    end = len(form)
    if not re.match(r"\w", form):  # no word to look up: one scan
        return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)]
    return [at for at in word_starts(texts, source, form)
            if text[at - 1 : at] != "-" and not _WORD_OR_HYPHEN.match(text, at + end)]


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def _closed(text: str, end: int) -> bool:
    """The apposition closes after the name (a comma, or a dash), so the title before it is the name's."""
    return re.match(r"\s*(?:,|\s[-—–]\s|[—–])", text[end : end + 4]) is not None


def _plain(role: str) -> str:
    return re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", role.strip(), flags=re.IGNORECASE)


def _span(source: str, text: str, start: int, end: int) -> Span:
    return Span(source=source, start=start, end=end, text=text[start:end])
