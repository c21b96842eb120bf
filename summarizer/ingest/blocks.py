"""Junk found by where lines stand, not by one line's words: the short lines after the last paragraph, the readers'
comments under their heading, labels above the first paragraph, runs of short lines that make a menu.

:mod:`summarizer.ingest.clean` calls these on the kept lines once each line has been judged on its own
(:mod:`summarizer.ingest.junk`); what they drop joins what cleaning removed.
"""

from __future__ import annotations

import re

from summarizer.ingest.junk import _CLOSED, _LABEL_CHARS, _LABEL_WORDS
from summarizer.ingest.markdown import unmarked

_LINK_LIST_WORDS = 14
_LINK_LIST_CHARS = 100


def discard(keep: list[str | None], index: int, removed: list[str]) -> None:
    """The kept line at ``index`` leaves the text and joins what cleaning removed (an empty one is already gone)."""
    line = keep[index]
    if line:
        removed.append(line)
        keep[index] = None


def _drop_link_list(keep: list[str | None], removed: list[str]) -> None:
    """Short lines after the last paragraph of prose (related links under any heading, share buttons,
    "Leave a Reply", a sponsor's or a credit's label) are the page's, not the article's: they go, one or many."""
    block: list[int] = []
    prose_before = False
    for index in range(len(keep) - 1, -1, -1):
        line = keep[index]
        if not line:
            continue
        if (len(line.split()) > _LINK_LIST_WORDS or len(line) > _LINK_LIST_CHARS
                or line.endswith((".", "!", "…", "”", '"', "’", "'", "。", "！", "」"))):
            prose_before = True
            break
        block.append(index)
    if block and prose_before:
        for index in block:
            discard(keep, index, removed)


# "3 Comments", "Comments (12)", "Join the discussion", "What readers say": the heading of the readers' comments.
_COMMENTS_HEADING = re.compile(r"^(?:\d+\s+(?:reader\s+)?(?:comments?|responses?|replies)|(?:reader\s+)?comments?(?:\s*\(\d+\))?|"
                               r"join the (?:discussion|conversation)|(?:leave|add|post|write) a (?:comment|reply|response)|"
                               r"what (?:readers|you) (?:say|think)|(?:show|view|load|read) (?:all )?(?:\d+ )?comments?)\s*:?$", re.I)


# A comment opens with who wrote it: "linnea_k: ...", "Per H. (14 March 2031): ...", "Gary says:", or a line of the
# commenter's name or handle alone above the comment.
_COMMENTER = re.compile(r"^[\w.@'’-]+(?:\s[\w.@'’-]+){0,2}\s*(?:\([^)]{1,40}\))?\s*(?::|says:?|wrote:?)(?:\s|$)|"
                        r"^[\w.@'’-]+(?:\s[\w.@'’-]+){0,2}$")


def drop_comments(keep: list[str | None], lines: list[str], removed: list[str]) -> None:
    """Everything under a comments heading (in ``lines``, as written: the heading itself may have gone as a button
    already) in the article's second half is the readers', not the article's: a story has nothing after its
    comments, and a comment is prose like the story's own. Markdown's marks ("### 14 comments", "**handle:** …")
    are no part of the heading or the commenter's name."""
    written = [index for index, line in enumerate(lines) if line]
    for position, index in enumerate(written):
        after = unmarked(lines[written[position + 1]]) if position + 1 < len(written) else ""
        if position * 2 >= len(written) and _COMMENTS_HEADING.match(unmarked(lines[index])) and _COMMENTER.match(after):
            for at in written[position:]:
                discard(keep, at, removed)
            return




def drop_top_labels(keep: list[str | None], removed: list[str], headline: bool) -> None:
    """Labels between the headline and the first paragraph of prose ("Subscriber exclusive", "Opinion",
    "Paid partner content"): a line of a few words that is no sentence says what the page is, not what
    happened. The first line is spared when the text opens with its headline (a text file's title), and so
    is a second headline in title case."""
    lines = [index for index, line in enumerate(keep) if line]
    for position, index in enumerate(lines):
        line = keep[index] or ""
        if len(line.split()) >= _LINK_LIST_WORDS or len(line) > _LINK_LIST_CHARS or line.endswith(_CLOSED):
            return
        if (position or not headline) and len(line.split()) <= _LABEL_WORDS and len(line) <= _LABEL_CHARS \
                and not _headline_case(line):
            discard(keep, index, removed)


_RUN_LINES = 3
_RUN_LINE_WORDS = 10


def drop_short_runs(keep: list[str | None], removed: list[str]) -> None:
    """Three or more short lines in a row, none a sentence, none a bullet, no figures: a block of links
    ("ALSO ON THE SITE" / two headlines), a share bar ("Facebook" / "X" / "Email"), a menu. An article's
    sub-heading stands alone above prose, its facts come bulleted or with their figures, and text wrapped
    at a width ends its paragraph with a stop, so none of them makes such a run."""
    run: list[int] = []
    for index in [*range(len(keep)), len(keep)]:
        line = keep[index] if index < len(keep) else None
        if line and _run_line(line):
            run.append(index)
            continue
        if len(run) >= _RUN_LINES:
            for at in run:
                discard(keep, at, removed)
        run = []


def _run_line(line: str) -> bool:
    return (len(line.split()) <= _RUN_LINE_WORDS and line[:1].isupper() and not line.endswith((*_CLOSED, ":", ";", ","))
            and not any(c.isdigit() for c in line))


def _headline_case(line: str) -> bool:
    """"Deckhands End Stoppage": three or more words, each capitalised, is a second headline (a standfirst)."""
    words = line.split()
    return len(words) >= 3 and all(word[0].isupper() or not word[0].isalpha() for word in words)
