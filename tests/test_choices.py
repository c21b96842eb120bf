"""Saying no (or yes) to something is a choice told, not a denial (invented sentences)."""

from __future__ import annotations

from summarizer.align.constraints import differs, signature
from summarizer.text import plain_choices


def test_saying_no_is_rejecting_not_a_denial() -> None:
    assert plain_choices("Residents of Marlow said no to the wind farm on Sunday.") == (
        "Residents of Marlow rejected the wind farm on Sunday.")
    assert plain_choices("The assembly voted yes to the merger.") == "The assembly approved the merger."
    said_no = signature("Residents of Marlow said no to the wind farm.")
    assert differs(said_no, signature("Marlow residents rejected the wind farm.")) is None
    assert differs(said_no, signature("Marlow residents did not reject the wind farm.")) == "negation"
    assert plain_choices("She said no one was hurt.") == "She said no one was hurt."  # no 'no to': a denial stays
