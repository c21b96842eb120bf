"""Month and weekday names, shared by the date finder (used from ingest on) and the offline rules."""

from __future__ import annotations

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
# Month names that survive in translated Nordic and German copy, read only in the day-dot form those
# languages use ("1. juni", "14. März"), where a number and a dot already say it is a date.
DOT_MONTHS = {
    "januar": 1, "januari": 1, "februar": 2, "februari": 2, "marts": 3, "mars": 3, "märz": 3, "maerz": 3,
    "april": 4, "maj": 5, "mai": 5, "juni": 6, "juli": 7, "august": 8, "augusti": 8, "september": 9,
    "oktober": 10, "november": 11, "december": 12, "dezember": 12,
}
DOT_MONTH_RE = "(?:{})".format("|".join(sorted(DOT_MONTHS, key=len, reverse=True)))
# Day/month shapes that are names, not dates: round the clock, and the attacks of 11 September 2001.
NUMERIC_IDIOMS = frozenset({"24/7", "9/11"})
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
WEEKDAY_RE = "(?:{})".format("|".join(day.title() for day in WEEKDAYS))
