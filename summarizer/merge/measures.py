"""What a rate or an amount measures, read off the noun a figure is stated of.

"Turnout was 61.4%" and "The participation was of 58,2% of the inscribed electors" share almost
no words, so grouping claims by wording never compares them; yet both state one measure of one
thing, and a story rarely gives two turnouts. The noun the figure is predicated of ("turnout
was", "a turnout of", "61.4% turnout") names the measure; a small table folds the usual other
names of one measure ("participation" for turnout, "jobless rate" for unemployment), which a
translated report tends to use. Shares, rates and amounts only: a count has its own unit noun.
"""

from __future__ import annotations

import re

from summarizer.function_words import BE, HAVE, PREPOSITIONS
from summarizer.merge._text import STOPWORDS, stem
from summarizer.merge.priced_amounts import COST as COST
from summarizer.merge.priced_amounts import CURRENCY_SIGN as _CURRENCY_SIGN
from summarizer.merge.priced_amounts import VALUE as VALUE
from summarizer.merge.priced_amounts import priced_thing, towards_cost
from summarizer.numbers import AT_LEAST, AT_MOST, ROUGHLY

# Other names of one measure, as news and translated copy write them (stems -> the measure's stem).
SYNONYMS: dict[str, str] = {
    "participation": "turnout",
    "jobless": "unemployment",
    "joblessness": "unemployment",
    "popularity": "approval",
    "bill": "cost",  # "a legal bill of 12 million" / "legal costs of 1.2 million"
    "costs": "cost",
    "ransom": "demand",  # a ransom is the sum demanded: "a ransom of 2.5 million" / "is asking for 4 million"
}
# Heads that say "a figure of" but not of what: they name a measure only with the word before them.
_GENERIC = frozenset(stem(w) for w in
    ["rate", "level", "figure", "percentage", "proportion", "share", "index", "number", "total", "amount", "ratio", "rise", "increase",
     "fall", "drop", "decline", "cut", "gain", "loss", "change", "jump", "hike", "reduction", "sum", "value", "price", "cost"]
)
# Heads dropped when a measure word stands before them: "unemployment rate" is unemployment.
_RATE = frozenset(stem(w) for w in ["rate", "level", "figure"])  # compared with stems
_VERB = (
    r"(?:was|were|is|are|stood at|stands at|reached|reaches|hit|came to|came in at|rose to|fell to|climbed to|dropped to|"
    r"amounted to|amounts to|totalled|totaled|of)"
)
# A hedge before the figure (summarizer.numbers' rough figures, floors and ceilings), or "only", "just". "until" is a
# translation's "up to" ("gusts until 160 km/h", from "bis", "til", "tot").
_SLACK = rf"(?:{ROUGHLY}|{AT_LEAST}|{AT_MOST}|just over|just under|only|just|until)"
# "<measure> [on Sunday] [in the region] was [of] [about] <figure>"
_BEFORE = re.compile(rf"(?:^|\s){_VERB}\s+(?:of\s+)?(?:{_SLACK}\s+)?$")
# "<thing> [could|will|is expected to] cost [about] <figure>": the figure is the thing's cost.
_COSTS = re.compile(
    rf"(?:^|\s)(?:(?:could|would|will|should|may|might|can|(?:is|are|was|were) (?:expected|estimated|likely|set) to)\s+)?"
    # whom it costs may stand between: "cost the airline about", "cost them", "cost Acme"
    rf"cost(?:s|ing)?\s+(?:(?:the|its|their|his|her|our)\s+[\w'’-]+(?:\s+[a-z][\w'’-]*)?\s+|(?:it|them|him|her|us|you|taxpayers|[A-Z][\w'’-]*)\s+)?"
    rf"(?:{_SLACK}\s+)?$"
)
# "put the cost [of the repairs] at about <figure>", "the value is estimated at", "valued the haul at",
# "treasures worth <figure>": a cost or a value named as a noun, its amount given after it. The thing
# costed or valued, if said, qualifies it ("repairs cost", "haul value").
_OF_THING = r"(?:\s+of\s+(?:the\s+|its\s+|their\s+|this\s+)?(?:[a-z][\w-]*\s+)?(?P<thing>[a-z][\w-]*))?"
_PRICED_AT = re.compile(
    rf"\b(?P<noun>cost|value|price|bill)s?{_OF_THING}\s+(?:(?:is|was|are|were)\s+(?:[a-z]+\s+){{1,2}}?(?:at|in)|at|to\s+be)\s+"
    rf"(?:{_SLACK}\s+)?$"
    rf"|\b(?P<verb>valued|priced|costed)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+)?(?P<object>[a-z][\w-]*)\s+at\s+"
    rf"(?:{_SLACK}\s+)?$"
    # "values the whole share capital of Ostra at", "valuing it at", "puts a value of <figure> on", "a valuation of": a
    # value said of what the sentence names however long its name, or of nothing named (one story's value, folded
    # with the others' by discrepancies._fold_costs).
    rf"|\bvalu(?:es|ing|ed)\s+(?:[\w'’-]+\s+){{1,7}}?at\s+(?:{_SLACK}\s+)?$"
    rf"|\b(?:value|valuation)\s+of\s+(?:{_SLACK}\s+)?$"
    rf"|(?:(?P<owner>[a-z][\w-]*)\s+)?\bworth\s+(?:{_SLACK}\s+)?$"
)
# "$2 million a week": a rate of loss, which a total cost does not dispute.
_PER = re.compile(r"^\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|hour)\b", re.IGNORECASE)
# Currency words name the unit of an amount, not what it measures: "12 million dollars" is no measure called dollars.
_CURRENCY_WORDS = frozenset(["dollar", "dollars", "euro", "euros", "pound", "pounds", "franc", "francs", "crown", "crowns",
                             "kronor", "kroner", "yen", "yuan", "rupee", "rupees", "bucks", "usd", "eur", "gbp"])
# "<party> is asking for / demands / wants [about] <figure>": the figure is what the party demands.
_DEMANDS = re.compile(rf"(?:^|\s)(?:ask(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|want(?:s|ed|ing)?|seek(?:s|ing)?|sought)\s+"
                      rf"(?:{_SLACK}\s+)?$")
# Asking for an amount and giving one are two acts, whose figures do not dispute each other: "asked the state
# for 12 million", "a request for", "has requested", "is seeking" / "delivered", "paid out", "granted the
# town", "12 million was released". The verb governs the figure from just before it (a few words between)
# or, in the passive, just after it.
_ASK_VERBS = r"(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|appeal(?:s|ed|ing)?|call(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|bid(?:s|ding)?)"
_ASKING = r"(?:request(?:s|ed|ing)?|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed|ing)?)"
_GIVING = (r"(?:deliver(?:s|ed|ing)?|paid|pays?|paying|grant(?:s|ed|ing)?|award(?:s|ed|ing)?|gave|give[sn]?|giving|sent|"
           r"send(?:s|ing)?|releas(?:e|es|ed|ing)|disburs(?:e|es|ed|ing)|transferr?(?:s|ed|ing)?|donat(?:e|es|ed|ing)|"
           r"allocat(?:e|es|ed|ing)|handed(?:\s+over)?)")
_ASKED_BEFORE = re.compile(rf"\b(?:{_ASK_VERBS}\b(?:\s+[\w'’-]+){{0,4}}?\s+for|{_ASKING}(?:\s+[\w'’-]+){{0,3}}?)"
                           rf"\s+(?:{_SLACK}\s+)?[$€£¥]?$", re.IGNORECASE)
_GIVEN_BEFORE = re.compile(rf"\b{_GIVING}\b(?:\s+(?:out|over|up))?(?:\s+[\w'’-]+){{0,4}}?\s+(?:{_SLACK}\s+)?[$€£¥]?$", re.IGNORECASE)
_PASSIVE_AFTER = re.compile(r"^(?:\s+[\w'’-]+){0,4}?\s+(?:was|were|has been|have been|had been|is being|will be)\s+"
                            r"(?:(?P<asked>requested|demanded|sought|asked for)|(?P<given>\w+))\b", re.IGNORECASE)
_GIVEN_WORD = re.compile(rf"^{_GIVING}$", re.IGNORECASE)


def figure_act(text: str, figure: str) -> str | None:
    """'asked' for an amount asked for, 'given' for one handed over, None when the clause says neither."""
    at = text.find(figure)
    if at < 0:
        return None
    before = re.split(r"[.;:!?]", text[max(0, at - 80) : at])[-1]
    if _ASKED_BEFORE.search(before):
        return "asked"
    if _GIVEN_BEFORE.search(before):
        return "given"
    passive = _PASSIVE_AFTER.match(text[at + len(figure) : at + len(figure) + 80])
    if passive is not None and passive.group("asked"):
        return "asked"
    if passive is not None and _GIVEN_WORD.match(passive.group("given")):
        return "given"
    return None


# "with gusts of up to 160 km/h", "with winds until 95 km/h": the noun the figure comes with is what it measures.
_WITH = re.compile(rf"\bwith\s+(?P<np>[a-z][\w-]*)\s+(?:of\s+)?(?:{_SLACK}\s+)?$")
# A place or time between the measure and its verb: "turnout in the Orrin referendum on Saturday was".
_TRAILING_PLACE = re.compile(r"\s+(?:in|on|for|at|across|among|during)\s+(?:the\s+|a\s+|its\s+)?(?:[A-Z][\w'’-]*\s+){0,2}[\w'’-]+$")
# "<figure> <measure>": "61.4% turnout", "a 3% inflation"
_AFTER = re.compile(r"^\s+(?P<np>[a-z][\w-]*)\b(?!\s+(?:of|for|to|from|in|on|at)\b)")
# "<amount> [euros] in|for|towards [the] <measure>": "1.2 million euros in legal costs", "$3 million for the repairs",
# "€500 towards the costs".
# Money only (a currency word or sign): "8% in morning trading" is not a measure called trading.
_MONEY_FOR = re.compile(
    r"^\s+(?P<currency>(?:euros?|dollars?|pounds?|francs?|crowns?|kronor|kroner|yen|yuan|rupees?|[A-Z]{3})\s+)?"
    r"(?:in|for|towards?)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"(?=\s+(?:to|from|for|by|of|in|on|at|over|and|after|before|with)\b|\s*[.,;:]|\s*$)"
)
# A value the sentence places in the past is another measure (an earlier election's turnout).
_PAST = re.compile(
    r"^[^.;:,]{0,40}?\b(?:ago|earlier|previously|before that|last (?:year|time|month|week|election|vote)|in (?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "15% contained", "80% complete": the share says how far a thing is done, which the wording groups.
_STATE = re.compile(r"^\s+(?:[a-z]+ed|complete|done|full|finished|ready)\b")
_PAST_SUBJECT = re.compile(r"\b(?:ago|previously|last (?:year|time|month|week|election|vote)|in (?:19|20)\d\d)\b", re.IGNORECASE)
_PAST_WORDS = frozenset(["previous", "last", "prior", "former", "earlier", "past"])


def measure_of(text: str, figure: str) -> tuple[str, str] | None:
    """(key, name as written) of the measure ``figure`` is stated of in ``text``; None when unsaid.

    "Turnout on Sunday was 61.4%" gives ('turnout', 'Turnout'); "the jobless rate stood at 7%"
    gives ('unemployment', 'jobless rate'); "well above the 54% recorded four years ago" gives None.
    """
    at = text.find(figure)
    if at < 0:
        return None
    end = at + len(figure)
    if _PAST.match(text[end:]) or _STATE.match(text[end:]):
        return None
    low = max(0, at - 100)
    shaped = _change_end(text, at, end) or _change_of(text, at, end) or _priced(text[low:at]) or priced_thing(text, at, end) \
        or towards_cost(text, end)
    if shaped is not None:
        return shaped
    found = _BEFORE.search(text[low:at])
    phrase, start = _subject_before(text, low + found.start()) if found else (None, 0)
    costs = None if found or _PER.match(text[end:]) else _COSTS.search(text[low:at])
    if costs is not None:
        thing, start = _subject_before(text, low + costs.start())
        phrase = f"{thing} cost" if thing else None
    demand = None if found or costs else _DEMANDS.search(text[low:at])
    if demand is not None:
        phrase, start = "demand", low + demand.start()
    if phrase is None:
        phrase, start = _noun_near(text, low, at, end, figure)
    if phrase is None:
        return None
    opening = start == 0 or text[:start].rstrip().endswith((".", ":", ";", "\n"))
    written = _written(phrase)
    if not written or any(w.lower() in _PAST_WORDS for w in written):
        return None
    if any(w[:1].isupper() for w in written[1:]) or (written[0][:1].isupper() and not (opening and phrase.startswith(written[0]))):
        return None  # a name ("Belmonte was at 49.6%") is whose figure it is, not what it measures
    key = _key([w.lower() for w in written])
    return (key, " ".join(written)) if key else None


# A change told by its two ends: "<measure> from <A> to <B>", "<measure> <A> -> <B>". Each end is its own
# measure (what it was, what it becomes): a story's new fare is one figure, its old fare another.
_FIGURE = r"[$€£¥]?\d[\d.,]*(?:\s?(?:million|billion|m|bn|%|percent|dollars|euros|pounds|cents))?"
_ARROW = r"(?:->|→|=>|–>|—>)"
_TO_NEXT = re.compile(rf"^\s*(?:to|{_ARROW})\s*(?:{_SLACK}\s+)?(?:[$€£¥]?\d|[a-z]+\b)", re.IGNORECASE)
_FROM_BEFORE = re.compile(rf"(?:\bfrom\s+(?:{_SLACK}\s+)?{_FIGURE}\s+to|{_FIGURE}\s*{_ARROW})\s*(?:{_SLACK}\s+)?$", re.IGNORECASE)
_MEASURE_BEFORE = re.compile(r"(?P<np>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)$")
_FROM = re.compile(rf"\bfrom\s+(?:{_SLACK}\s+)?$", re.IGNORECASE)


def _change_end(text: str, at: int, end: int) -> tuple[str, str] | None:
    """(key, name) of one end of a change told by both ends, keyed '<measure> from' or '<measure> to'."""
    before = text[max(0, at - 120) : at]
    last = _FROM_BEFORE.search(before)
    if last is not None:
        side, lead = "to", before[: last.start()]
    elif _TO_NEXT.match(text[end : end + 40]) and (re.search(_ARROW, text[end : end + 6]) or _FROM.search(before)):
        side, lead = "from", _FROM.sub("", before)
    else:
        return None
    named = _MEASURE_BEFORE.search(lead.rstrip())
    if named is None:
        return None
    words = [w for w in named.group("np").split() if w.lower() not in STOPWORDS]
    while words and (words[-1].lower() in _DIRECTION or words[-1].lower() in _LINKS):
        words.pop()  # "turnout rose from": the measure is what rose
    key = _key([w.lower() for w in words]) if words else None
    if key is None or any(w[:1].isupper() for w in words[1:]):
        return None
    return f"{key} {side}", f"{' '.join(words)} ({'before' if side == 'from' else 'after'} the change)"


def _priced(before: str) -> tuple[str, str] | None:
    """(key, name) of a cost or value priced as a noun (see ``_PRICED_AT``) right before a figure."""
    priced = _PRICED_AT.search(before)
    if priced is None:
        return None
    if priced.group("noun") is not None:
        noun = COST if priced.group("noun") == "bill" else priced.group("noun")
    else:
        noun = {"priced": "price", "costed": COST}.get(priced.group("verb") or "", VALUE)
    thing = priced.group("thing") or priced.group("object") or priced.group("owner")
    if not thing or thing in STOPWORDS:
        return noun, noun
    return f"{stem(thing)} {noun}", f"{thing} {noun}"


def _written(phrase: str) -> list[str]:
    """The phrase's content words, less a verb before its object ('bringing gusts of': the gusts)."""
    written = [w for w in phrase.split() if w.lower() not in STOPWORDS]
    return written[1:] if len(written) > 1 and written[0].lower().endswith("ing") else written


def _noun_near(text: str, low: int, at: int, end: int, figure: str) -> tuple[str | None, int]:
    """The noun a figure comes with ('with gusts of up to 160'), else the one after it (see :func:`_noun_after`)."""
    carried = _WITH.search(text[low:at])
    if carried is not None:
        return carried.group("np"), low + carried.start("np")
    return _noun_after(text, end, figure)


def _noun_after(text: str, end: int, figure: str) -> tuple[str | None, int]:
    """The measure named after the figure ending at ``end``: what an amount is spent in or for, else
    the noun right after it ("61.4% turnout"); and where it starts."""
    spent = _MONEY_FOR.match(text[end:])
    if spent and (spent.group("currency") or figure.lstrip().startswith(_CURRENCY_SIGN)):
        return spent.group("np"), end + spent.start("np")
    after = _AFTER.match(text[end:])
    if after is None or after.group("np").lower() in _CURRENCY_WORDS:
        return None, 0
    return after.group("np"), end + after.start("np")


def _subject_before(text: str, verb: int) -> tuple[str | None, int]:
    """The (at most two-word) noun phrase the verb at ``verb`` is said of, and where it starts."""
    clause = re.split(r"[,;:()\"“”]", text[max(0, verb - 100) : verb])[-1]
    if _PAST_SUBJECT.search(clause):
        return None, 0  # "turnout four years ago was", "turnout in 2019 was": an earlier measure
    begins = verb - len(clause)
    for _ in range(3):
        stripped = _TRAILING_PLACE.sub("", clause)
        if stripped == clause:
            break
        clause = stripped
    found = re.search(r"[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?\s*$", clause)
    if found is None:
        return None, 0
    return found.group(0).strip(), begins + found.start() + len(found.group(0)) - len(found.group(0).lstrip())


def _key(words: list[str]) -> str | None:
    stems = [stem(SYNONYMS.get(w, w)) for w in words if w.isalpha()]
    if not stems or stems[-1] in STOPWORDS:
        return None
    head = stems[-1]
    if head in _RATE and len(stems) > 1:
        return stems[-2]
    if head in _GENERIC:
        return f"{stems[-2]} {head}" if len(stems) > 1 else None
    if len(head) < 4 or head.endswith("ly"):
        return None  # "was"/"is" leftovers, adverbs: no noun named
    return head


# A change stated as a share: "raises wages by 14%", "a rise of the salaries of 14%", "prices fell 3%",
# "a 14% pay rise". What the share measures is what changed and in which direction, however the
# sentence is built; a story's wage rise told as a noun by one outlet and as a verb by another is one
# measure. "rose to 61%" is a level, not a change, and is left to the readers above.
_UP = ("up", "higher", "raise", "raises", "raised", "raising", "rise", "rises", "rose", "risen", "rising", "increase",
       "increases", "increased", "increasing", "hike", "hikes", "hiked", "boost", "boosts", "boosted", "growth", "grew",
       "grow", "grows", "gain", "gains", "gained", "jump", "jumps", "jumped", "climb", "climbs", "climbed")
_DOWN = ("down", "cut", "cuts", "cutting", "fall", "falls", "fell", "fallen", "drop", "drops", "dropped", "decline",
         "declines", "declined", "decrease", "decreases", "decreased", "reduction", "reduce", "reduces", "reduced", "lower",
         "lowers", "lowered", "slash", "slashes", "slashed")
_DIRECTION = {**{w: "rise" for w in _UP}, **{w: "fall" for w in _DOWN}}
# Verbs whose subject is what changed ("wages rose 14%"); "raise", "cut", "lower" take it as their object.
_INTRANSITIVE = frozenset(["up", "down", "higher", "lower", "rise", "rises", "rose", "risen", "rising", "fall", "falls",
                           "fell", "fallen", "grew", "grow", "grows", "jump", "jumps", "jumped", "climb", "climbs",
                           "climbed", "drop", "drops", "dropped", "decline", "declines", "declined", "increase",
                           "increases", "increased", "decrease", "decreases", "decreased", "gain", "gains", "gained"])
_CHANGE_WORD = "|".join(sorted(_DIRECTION, key=len, reverse=True))
# "<change> [the salaries|wages|of the salaries] [by|of|totalling] [about] <figure>"
_CHANGE_BEFORE = re.compile(
    rf"\b(?P<chg>{_CHANGE_WORD})\b(?P<mid>(?:\s+(?!by\b|to\b|from\b)[a-z][\w'’-]*){{0,3}}?)\s+"
    rf"(?:by\s+|of\s+|totall?ing\s+|amounting\s+to\s+|worth\s+)?(?:{_SLACK}\s+)?$",
    re.IGNORECASE,
)
# "<figure> [pay|wage] <change> [in|of|for the <thing>]": "a 14% pay rise", "a 3 percent increase in fares"
_CHANGE_AFTER = re.compile(
    rf"^\s+(?:(?P<obj>[a-z][\w-]*)\s+)?(?P<chg>{_CHANGE_WORD})\b(?:\s+(?:in|of|for|on)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?P<obj2>[a-z][\w-]*))?",
    re.IGNORECASE,
)
# A raise, said of no thing, is a pay rise (as "a raise of 11%" is in every dictionary); so is a rise in
# any of pay's names.
_PAY = frozenset(["pay", "wage", "wages", "salary", "salaries", "earnings", "paycheck", "paychecks", "payroll"])


def _change_of(text: str, at: int, end: int) -> tuple[str, str] | None:
    """(key, name) of the change a share states, as '<what> <rise|fall>'; None when the figure is no change."""
    low = max(0, at - 80)
    clause = re.split(r"[,;:()\"“”]|\d", text[low:at])[-1]
    begins = at - len(clause)
    found = _CHANGE_BEFORE.search(clause)
    if found is not None:
        chg = found.group("chg").lower()
        words = [w.lower() for w in found.group("mid").split() if w.lower() not in STOPWORDS]
        thing = words[-1] if words else None
        if thing is None and chg in _INTRANSITIVE:
            thing = _subject(text, begins, begins + found.start())
        return _change_key(chg, thing)
    after = _CHANGE_AFTER.match(text[end : end + 60])
    if after is not None:
        chg = after.group("chg").lower()
        thing = after.group("obj2") or after.group("obj")
        thing = thing.lower() if thing and thing.lower() not in STOPWORDS else None
        if thing is None and chg in _INTRANSITIVE:
            thing = _subject(text, begins, at)  # "shares closed 9% lower"
        return _change_key(chg, thing)
    return None


# Words between a subject and the change said of it: "shares were down", "shares closed 9% lower".
_LINKS = BE | HAVE | frozenset(["closed", "ended", "finished", "traded", "stood", "now", "also", "still", "sharply", "slightly"])


def _subject(text: str, begins: int, stop: int) -> str | None:
    """The head noun of what a clause says changed: 'Shares in the Korvany operator fell' -> 'shares'.

    A capitalised head is a name (whose share it is, not what changed) unless it opens the sentence.
    """
    parts = re.split(r"[.!?]\s+", text[begins:stop])
    words = re.findall(r"[A-Za-z][\w'’-]*", parts[-1])
    while words and words[-1].lower() in _LINKS:
        words.pop()
    cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in PREPOSITIONS), len(words))
    if not cut:
        return None
    head: str = words[cut - 1]
    index = cut - 1
    opening = index == 0 and (len(parts) > 1 or not text[:begins].strip())
    if not (head.islower() or (opening and head[1:].islower())) or head.lower() in STOPWORDS:
        return None
    return head.lower()


def _change_key(chg: str, thing: str | None) -> tuple[str, str] | None:
    if thing is not None and (not thing.isalpha() or len(thing) < 3):
        thing = None
    if thing is None and chg.startswith("rais"):
        thing = "pay"
    if thing is None:
        return None  # "a rise of 3%": a change of what is unsaid
    thing = "pay" if thing in _PAY else thing
    direction = _DIRECTION[chg]
    return f"{stem(thing)} {direction}", f"{thing} {direction}"
