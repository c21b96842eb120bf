"""An e-mail's header block opening a text: a newsletter saved or pasted from the inbox.

"From: Boxline Brief <brief@…>", "To: …", "Date: Thu, 15 Apr 2027 06:45:00 +0000", "Subject: …" name the sender
(the newsletter, its outlet), the day (read as any header date) and the headline. Read line by line, the subject
became the title with its "Subject:" label and the sender was dropped with its address as a tip line, so the
newsletter had no publisher.
"""

from __future__ import annotations

import re

_FIELD = re.compile(r"^(from|to|cc|bcc|reply-to|sent|date|subject)\s*:\s*(.*)$", re.IGNORECASE)
_SENDER = re.compile(r"^\"?(?P<name>[^<>\"@]+?)\"?\s*<[^>]*@[^>]*>\s*$")


def mail_header(lines: list[str]) -> tuple[set[int], str | None, str | None, str | None]:
    """The header block's line indexes, and the sender's name, the subject and the date line's value; nothing when
    the text opens with no block of two or more header fields including a sender or a subject."""
    fields: dict[str, str] = {}
    indexes: set[int] = set()
    for index, line in enumerate(lines):
        match = _FIELD.match(line)
        if match is None:
            if line or indexes:
                break
            continue
        fields.setdefault(match.group(1).lower(), match.group(2).strip())
        indexes.add(index)
    if len(indexes) < 2 or not ({"from", "subject"} & fields.keys()):
        return set(), None, None, None
    sender = _SENDER.match(fields.get("from", ""))
    return indexes, sender.group("name").strip() if sender else None, fields.get("subject") or None, fields.get("date")
