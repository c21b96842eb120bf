"""Embedded social posts: their author's words, not the outlet's reporting.

A page embeds a post as a block quote holding the post's text and a signature, "— Name (@handle) Date" (the
shape every major platform's embed code writes). Read as the page's paragraphs, the post's lines became the
outlet's own statements and only its signature and last line were dropped as page chrome. Kept whole, as one
paragraph that ends in its signature (the page's own words, so every span stays verbatim), the post is known
by that signature, and extraction reads nothing of it as the outlet's reporting (:func:`post_spans`).
"""

from __future__ import annotations

import html as html_lib
import re

__all__ = ["post_spans", "posts_as_paragraphs", "signed_post"]

_BLOCKQUOTE = re.compile(r"<blockquote\b[^>]*>(.*?)</blockquote>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
# "— Rep. Ana Lund (@analund) May 2, 2031": a dash, the author's name, the handle, the date, ending the line.
_SIGNATURE = re.compile(r"(?:^|\s)(?:—|–|-{1,2})\s*[^()—–\s][^()—–\n]{0,80}\(@\w{1,30}\)[^()—–\n]{0,40}$", re.MULTILINE)
_MIN_WORDS = 3
_LINE = re.compile(r"[^\n]+")


def posts_as_paragraphs(page: str) -> str:
    """The page with each embedded post (a block quote ending in a signature) as one paragraph of its words."""
    if "<blockquote" not in page.lower() or "(@" not in page:
        return page
    return _BLOCKQUOTE.sub(_as_paragraph, page)


def _as_paragraph(match: re.Match[str]) -> str:
    text = " ".join(html_lib.unescape(_TAG.sub(" ", match.group(1))).split())
    return f"<p>{html_lib.escape(text, quote=False)}</p>" if signed_post(text) else match.group()


def signed_post(line: str) -> bool:
    """A post and its signature on one line: the words of someone's post, not a stray signature."""
    if "(@" not in line:
        return False
    signature = _SIGNATURE.search(line)
    return signature is not None and len(line[: signature.start()].split()) >= _MIN_WORDS


def post_spans(text: str) -> list[tuple[int, int]]:
    """Where the text's signed posts stand (each a line of its own)."""
    if "(@" not in text:
        return []
    return [(m.start(), m.end()) for m in _LINE.finditer(text) if signed_post(m.group())]
