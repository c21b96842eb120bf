"""The expressions a date is written in, and the cheap tests that spare running one.

Each pattern is named by its kind ("dmy", "weekday", ...), which :mod:`summarizer.dates.resolve`
reads; a bare month, year, weekday or yearless "12/3" counts only after a word that introduces a
date (``LEADS``).
"""

from __future__ import annotations

import re

from summarizer.calendar_words import DOT_MONTH_RE, MONTH_RE, ORDINAL_DAY_RE, WEEKDAY_RE

_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
# "Friday, June 5" / "Monday the 1. June": a weekday written with the date is part of it (and fixes its year).
_NAMED_DAY = rf"(?:{WEEKDAY_RE},?\s+(?:the\s+)?)?"
_NAMED_NUMERIC = rf"(?:({WEEKDAY_RE}),?\s+(?:the\s+)?)?"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b({_YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b")),
    ("numeric", re.compile(rf"\b(\d{{1,2}})([/.-])(\d{{1,2}})\2({_YEAR}|\d\d)\b")),
    # "14. 3. 2031": Czech, Slovak and German copy space the parts; the dots say day first.
    ("spaced", re.compile(rf"\b{_NAMED_DAY}(\d{{1,2}})\.\s(\d{{1,2}})\.\s({_YEAR})\b")),
    # "2031. 03. 14.", "2031.03.14", "2031/03/14", "2031. March 14.": Hungarian and East Asian copy put the year first.
    ("ymd", re.compile(rf"\b({_YEAR})([./])\s?(0?[1-9]|1[0-2])\2\s?({_DAY})\b(?![.,/]?\d)")),
    ("ymonthd", re.compile(rf"\b({_YEAR})\.\s+({MONTH_RE})\s+({_DAY})\b(?=\.|,|\s*$|\s+\d)")),
    # "2. June 2026": Nordic and German copy (and its machine translation) mark the day with a dot.
    ("dmy", re.compile(rf"\b{_NAMED_DAY}({_DAY})(?:{_ORD}|\.)\s+(?:of\s+)?({MONTH_RE})(?:,?\s+({_YEAR}))?\b")),
    # "1. juni", "14. März": a month name left untranslated, in the day-dot form that says it is a date.
    ("dotdmy", re.compile(rf"\b{_NAMED_DAY}({_DAY})\.\s+((?i:{DOT_MONTH_RE}))(?:\s+({_YEAR}))?\b")),
    ("mdy", re.compile(rf"\b{_NAMED_DAY}({MONTH_RE})\s+({_DAY}){_ORD}(?:,?\s+({_YEAR}))?\b(?!:)")),
    # "the first of January", "on the twenty-first of March 2031": the day as an ordinal word, as speech and
    # transcripts say it; "January the first", "March twenty-first" only where the phrase ends (not "June second-half").
    ("ordinal_dmy", re.compile(rf"\b{_NAMED_DAY}(?:the\s+)?((?i:{ORDINAL_DAY_RE}))\s+of\s+({MONTH_RE})(?:,?\s+({_YEAR}))?\b")),
    ("ordinal_mdy", re.compile(rf"\b{_NAMED_DAY}({MONTH_RE})\s+(?:the\s+)?((?i:{ORDINAL_DAY_RE}))(?:,?\s+({_YEAR}))?"
                               r"(?=\s*(?:[,.;:!?)]|$))")),
    ("my", re.compile(rf"\b(?:in\s+|of\s+|since\s+|until\s+|by\s+)?({MONTH_RE})(?:\s+of)?\s+({_YEAR})\b")),
    ("month", re.compile(rf"(?<![\w-])(?=[A-Z])({MONTH_RE})\b(?!\s+\d)")),
    # "the 14/3", "on 8/8", "Monday 16/3": a day and month with no year, as day/month outlets (and their
    # translations) write them. Only read after a word that introduces a date or with a weekday, so a
    # fraction ("cut by a 1/3") or a score is not a date.
    ("daymonth", re.compile(rf"(?<![\w/.,:$€£-]){_NAMED_NUMERIC}(\d{{1,2}})/(\d{{1,2}})(?![\w/%]|[.,]\d|\s+of\b)")),
    # "on Wednesday (11)": Portuguese and Spanish copy give the day of the month with the weekday.
    ("weekday_day", re.compile(rf"\b({WEEKDAY_RE})\s*\(({_DAY})\)")),
    ("weekday", re.compile(rf"\b({WEEKDAY_RE})\b")),
    ("relative", re.compile(r"\b(yesterday|today|tomorrow|last (?:week|month|year)|next (?:week|month|year)|"
                            r"earlier this (?:week|month|year)|this (?:month|year)|later this (?:month|year))\b",
                            re.IGNORECASE)),
    ("year", re.compile(rf"(?<![\w$€£.,-])({_YEAR})\b(?![-/.,]\d)")),
]


# Words that must precede a bare month or year for it to be a date ("in March", "since 2019"), found by
# looking back from the anchor: cheaper than a pattern that starts with an alternation.
_LEAD_MONTH = re.compile(r"\b(in|since|until|by|early|late|mid-?|last|next|this)\s*$", re.IGNORECASE)
_LEAD_YEAR = re.compile(r"\b(in|since|until|by|during|of|from|early|late|mid-?)\s*$", re.IGNORECASE)
_LEAD_WEEKDAY = re.compile(r"\b(last|next|this|on|since|until|till|through|thru|by)\s+$")
_LEAD_NUMERIC = re.compile(r"\b(the|on|from|until|till|by|since|before|after|of|starting|beginning|effective|as of)\s+$",
                           re.IGNORECASE)
# Words right before a date that look ahead to it or bound a stretch ending on it ("from Jan. 1", "by 27
# March", "until 5 June", "the deadline is Feb. 28"): the date is whichever of last year's and next year's is nearer the writing,
# so a deadline is not put a year early and "from Jan. 1" written in December is next January.
FORWARD = re.compile(r"\b(?:from|starting|beginning|effective|as of|by|until|till|through|no later than|"
                     r"deadline(?:\s+is|\s+of)?)\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)


# A yearless "12/3" anywhere, for the order votes (a date finder reads one only after a lead word).
BARE_DAY_MONTH = re.compile(r"(?<![\w/.,:])(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)")
PATTERN = dict(PATTERNS)
# A pattern worth running only when the text holds this (a cheap test).
NEEDS = {"daymonth": re.compile(r"\d/\d"), "spaced": re.compile(r"\d\.\s\d"), "ymd": re.compile(r"\d\d[./]\s?\d"),
         "ymonthd": re.compile(r"\d\.\s+[A-Z]"), "dotdmy": re.compile(rf"\d\.\s+(?i:{DOT_MONTH_RE})"),
         "weekday_day": re.compile(r"y\s*\(\d"), "ordinal_dmy": re.compile(r"(?i)[a-z](?:st|nd|rd|th)\s+of\s"),
         "ordinal_mdy": re.compile(rf"{MONTH_RE}\s+(?:the\s+)?(?i:fi|se|th|fo|ni|te|el|tw)")}
LEADS = {"month": _LEAD_MONTH, "year": _LEAD_YEAR, "weekday": _LEAD_WEEKDAY, "daymonth": _LEAD_NUMERIC}
