"""The furniture of a page of print that text copied out of a PDF or a print edition carries between paragraphs.

A document copied page by page keeps each page's running header and footer: the issuer's name and the document's
title, and a page number ("Page 2 of 3", "- 4 -", "Seite 2 von 5"). They repeat at every page break, often in the
middle of a sentence that runs on to the next page. A footer is known by its page number; a running header by its
coming back word for word (the first one already went with the document's header).
"""

from __future__ import annotations

import re

# "Page 2 of 3", "p. 2/3", "Seite 2 von 5", "Página 2 de 4", "page 2 sur 3" closing a short line, or "- 4 -" alone.
_PAGE_NUMBER = re.compile(r"(?:^|\s)(?:page|p\.|pg\.?|seite|p[aá]gina|pagina|sida|side)\s*\d{1,4}\s*(?:of|/|von|de|sur|di|av|af)"
                          r"\s*\d{1,4}$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.I)
_FURNITURE_WORDS = 16


def page_footer(line: str) -> bool:
    """A short line that ends in the page's number and its count: a page's running footer."""
    return len(line.split()) <= _FURNITURE_WORDS and _PAGE_NUMBER.search(line.strip()) is not None


# A running header's first column naming a company by its legal form: "Kestrel Mills plc      Annual Report 2031".
_ISSUER = re.compile(r"^(?P<name>[A-Z][\w&'’.-]*(?:\s[A-Z&][\w&'’.-]*){0,4}\s(?:plc|PLC|Ltd|Limited|Inc\.?|Corp\.?|"
                     r"Corporation|AG|SE|SA|S\.A\.|NV|N\.V\.|ASA|AB|Oyj|GmbH|Group|Holdings))\s{3,}\S")


def running_issuer(line: str) -> str | None:
    """The company a document's running header names in its first column (set apart by a wide gap): its issuer."""
    match = _ISSUER.match(line)
    return match.group("name") if match else None
