"""Month and weekday names, shared by the date finder (used from ingest on) and the offline rules."""

from __future__ import annotations

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
# The three letters every month's abbreviation and name open with ("may" is a word of its own too).
MONTH_STEMS = tuple(name[:3] for name in MONTH_NAMES)
MONTHS = {
    **{name: number for number, name in enumerate(MONTH_NAMES, 1)},
    **{stem: number for number, stem in enumerate(MONTH_STEMS, 1) if stem != "may"},
    "sept": 9,
}
# The months a dot may abbreviate ("Jan.", "Sept."): "May" is the whole name.
MONTH_ABBREVIATIONS = frozenset(key for key in MONTHS if key not in MONTH_NAMES)
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
# What a weekday's name holds before "day": "wednes" in "Wednesday", "Wednesday's".
WEEKDAY_STEMS = tuple(day[:-3] for day in WEEKDAYS)
WEEKDAY_RE = "(?:{})".format("|".join(day.title() for day in WEEKDAYS))
# Regex pieces for the rules that read the calendar in running text (written lowercase; compile with IGNORECASE or
# title-case them): a month's stem, which its name and abbreviations open with ("jan" + [a-z]* reads "January"),
# a weekday's stem before "day", and a month by its name or an abbreviation ("jan", "january", "sept").
MONTH_STEM_RE = "(?:{})".format("|".join(MONTH_STEMS))
WEEKDAY_STEM_RE = "(?:{})".format("|".join(WEEKDAY_STEMS))
MONTH_WORD_RE = "(?:{})".format("|".join(sorted(MONTHS, key=len, reverse=True)))
# A day of a month written as a number, not a figure that follows the same words ("open until 12/1", "until 3 March";
# not "with gusts until 160 km/h", a translation's "up to", nor "until 20 km/h").
DAY_NUMBER_RE = r"\d{1,2}(?![\d,]|\.\d{3})(?!\s*(?:%|km|mph|miles|met|kilomet|knots|per\b|degrees))"
# A day of the month as an ordinal word ("the first of January", "March the twenty-first"), as speech and
# transcripts (and some translations) say it; compounds are written with a hyphen or a space.
_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINAL_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                  "seventeenth", "eighteenth", "nineteenth")
ORDINAL_DAYS: dict[str, int] = {
    **{word: n for n, word in enumerate(_ORDINAL_UNITS, 1)},
    **{word: n for n, word in enumerate(_ORDINAL_TEENS, 10)},
    "twentieth": 20, "thirtieth": 30,
    **{f"twenty{sep}{word}": 20 + n for n, word in enumerate(_ORDINAL_UNITS, 1) for sep in ("-", " ")},
    "thirty-first": 31, "thirty first": 31,
}
ORDINAL_DAY_RE = "(?:{})".format("|".join(sorted(ORDINAL_DAYS, key=lambda w: (-len(w), w))))


def day_number(text: str) -> int:
    """A day of the month written as digits ("21", "21st") or as an ordinal word ("twenty-first")."""
    word = " ".join(text.lower().split())
    return ORDINAL_DAYS[word] if word in ORDINAL_DAYS else int(text.rstrip("stndrh."))
