"""Is a line article prose? The shapes of page junk: links, tip lines, pleas to the reader, captions, menus.

The rules are about the *shape* of junk, not the strings of any one site (see :mod:`summarizer.ingest.clean`,
which applies them and keeps what they find).
"""

from __future__ import annotations

import re

from summarizer.function_words import FUNCTION_WORDS
from summarizer.ingest.captions import picture_line
from summarizer.ingest.header import _NAME
from summarizer.ingest.literal_filter import PUBLISHER_NOTE_WORDS, may_match
from summarizer.ingest.posts import signed_post
from summarizer.ingest.teasers import OTHER_STORIES
from summarizer.ingest.translation import TRANSLATION_NOTE
from summarizer.ingest.voice import finite_clause, publisher_voice, reported

_URL = re.compile(r"(?:https?://|www\.)\S+|\b(?:pic\.twitter\.com|t\.co|bit\.ly|ow\.ly|tinyurl\.com|fb\.me|"
                  r"youtu\.be|instagr\.am)/\S*", re.I)
_EMAIL = re.compile(r"\b[\w.+\-]+@[\w\-]+\.[\w.\-]+\b")
# A telephone number, written as numbers for dialling are: an international or trunk prefix and groups of digits
# ("+44 20 7946 0591", "0800 555 0147", "(555) 013-2277", "555-013-2277"). A count ("2,300 jobs"), a date or a
# clock is none. A line giving one is a contact line (a helpline, a press office, a tip line), not the story.
_PHONE = re.compile(r"(?<![\w.,])(?:\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,5}|0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}|"
                    r"\(\d{3}\)\s?\d{3}-\d{4}|\d{3}-\d{3}-\d{4})(?!\w|[.,]\d)")
_PHONE_DIGITS = 8
# A sentence that sends the reader to a web page at its end ("... can do so free of charge at example-air.com/manage",
# "Tickets are on sale at www.example.org"): a service notice, not the story. A bare name without a path ("sold on
# Amazon.com") is a company's name.
_ADDRESS_AT_END = re.compile(r"\s(?:at|on|via|from|through)\s+(?:(?:https?://|www\.)\S+|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"
                             r"\.[a-z]{2,}/\S*)\W*$", re.I)
_PHONE_LINE_WORDS = 40
_EMBED_SIGNATURE = re.compile(r"[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s*(?:\w+\s+\d{1,2},\s*\d{4}|\d{1,2}\s+\w+\s+\d{4}|"
                              r"\w+\s+\d{4}|\d{4}-\d\d-\d\d)?\s*$")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>|\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|/|#)[^)\s]*\)")
# A call to the reader, in three patterns so that each runs only on lines that can hold it: a verb
# aimed at "us"/"our", an opening imperative, or a channel word. One alternation tried at every
# character cost most of the cleaning time of a long article.
_READER_US = re.compile(
    r"(?:^|[.!?]\s+)(?:please\s+)?(?:follow|like|join|subscribe to|sign up (?:for|to)|download|get|add|message|"
    r"text|contact|reach|tell|email|e-mail|write to|support|donate to|listen to|watch)\s+(?:us|our)\b",
    re.I,
)
_US = re.compile(r"\s(?:us|our)\b")  # on the lowercased line: what _READER_US cannot match without
_READER_OPENING = re.compile(
    r"(?:follow|subscribe|sign up|join|download|click|tap|read more|(?:to )?read also|also read|see also|related|"
    r"recommended|more from|continue reading|listen to|listen live|tune in|don't miss|do not miss|you may also|"
    r"story continues|advertisement|sponsored|share this|share on|have a (?:news )?tip|got a (?:news )?tip|"
    r"send us|for more (?:on|news|stories)|watch:|watch the|want more|never miss|get the latest|previously:)(?![\w-])\W*(\w*)",
    re.I,
)
# The same call opening a later sentence or a clause after a dash of a short paragraph, after a line of sales
# talk ("Local news in your inbox every morning. Sign up free: enter your email below.", "Support the Lamp -
# subscribe to the print edition!"): only the unambiguous imperatives.
_READER_LATER = re.compile(
    r"(?:[.!?:]|\s[-–—])\s+(?:please\s+)?(?:sign up|subscribe|download|click|tap|manage your|unsubscribe|read more|read also|"
    r"listen to|listen live|tune in|donate|follow (?:her|him|them|me|us))\b",
    re.I,
)
_READER_LATER_WORDS = 30
# What a publisher says to its reader about itself, the page or the article, never news: a developing-story
# notice, a funding plea, a paywall or membership label, an event promotion, a disclaimer, a syndication
# notice, a translation note, a "stay with us for the latest" sign-off.
_PUBLISHER_NOTE = re.compile(
    r"\b(?:this (?:is a|story is) developing(?: story)?|developing story|this (?:story|article|post) (?:will be|has been|"
    r"is being) updated|reader[- ](?:funded|supported)|chip in (?:today|now|to (?:keep|support)|[$£€]\s?\d)|support (?:our|"
    r"independent)(?: [a-z]+){0,2} (?:journalism|reporting|newsroom|news)|become a (?:supporter|subscriber|paying member)|become a member "
    r"(?:today|now)|make a (?:contribution|donation) (?:today|now)|donate (?:now|today|via|here|below|online|at)|"
    r"(?:subscribers?|members?)[- ]only|"
    r"for (?:subscribers|members) only|exclusive (?:content )?(?:for|to) (?:subscribers|members)|already a "
    r"(?:subscriber|member)\?|premium (?:article|content)|unlock (?:this|the full) (?:article|story)|"
    r"(?:join|register for|sign up for|watch) (?:our|the|this) (?:free )?(?:webinar|live event|virtual event)|"
    r"register (?:now|here) (?:for|to)|book (?:your )?tickets|early[- ]bird (?:tickets|price|rate)|"
    r"(?:for|purely) informational purposes|does not (?:constitute|replace|substitute)[^.]{0,30}\badvice|"
    r"not (?:financial|investment|legal|medical) advice|past performance is (?:not|no)|"
    r"may not be (?:published|reproduced)(?:,| or) (?:broadcast|rewritten|redistributed|distributed|copied)|"
    r"(?:is|are) (?:sent|e-?mailed|delivered) to (?:our )?(?:subscribers|members|readers)|on (?:patreon|ko-fi|substack)\b|"
    r"all (?:the )?rights reserved|"
    # A consent banner, in the outlet's voice even on a page that speaks to its reader throughout (a live blog):
    # "We and our partners use cookies to personalise content and ads", "This site uses cookies to improve your ...".
    r"\b(?:we|our partners|this (?:site|website))\b[^.]{0,40}\buses? cookies\b|"
    r"\bcookies\b[^.]{0,60}\b(?:your (?:experience|browsing|device)|personali[sz]e (?:content|ads|adverts))|"
    r"^(?:editor['’]s note|disclosure|disclaimer)\s*:|"
    # A transcript's own warnings ("THIS IS A RUSH TRANSCRIPT", "produced by automatic speech recognition"), and
    # a wire's note on what its new version changed ("(Adds quotes from the mayor, paragraphs 4-6)").
    r"\b(?:rush|unedited|uncorrected|automated|automatic) transcript\b|\bmay not be in its final form\b|"
    # A label saying the text is a transcript ("TRANSCRIPT", "Transcript, part 2 (edited)"), not a headline naming one.
    r"^(?:(?:full|edited|official|verbatim|programme|program|show|episode) )?transcript\b(?!\s*:|\s+of\b)[^.!?:]{0,80}$|"
    r"\btranscripts? (?:is|are|was|were) (?:produced|generated|made|created) (?:by|with|using) (?:automatic|automated|"
    r"machine|computer)|(?<=^\()(?:adds|updates|recasts|corrects|changes|rewrites|refiles|removes|inserts|repeats|fixes)\b[^()]{0,160}\)$|"
    r"version in [A-Za-z]+ is the (?:one of )?reference|(?:stay|tune|keep) (?:with|to|in to) .{1,40} for (?:the )?"
    r"latest|you (?:might|may) also (?:like|enjoy)|(?:more|related) (?:on|about) this (?:story|topic))"
    rf"|(?:{TRANSLATION_NOTE.pattern})"
    r"|^(?:most|more) (?:read|popular|viewed)\b|^related(?: (?:posts|stories|articles|coverage|content|reading))?:?$"
    r"|^read next\b|^about the (?:authors?|writers?|reporters?)\b"
    rf"|(?:{OTHER_STORIES.pattern})"
    r"|\bnot responsible for the content of (?:external|third[- ]party|linked|other) (?:sites|websites|links|pages)\b"
    # A plea that prices the writing ("buy me a coffee", "every sale keeps us independent") and a station's
    # ident: its frequency and its "every hour on the hour".
    r"|\bbuy (?:me|us) a (?:coffee|beer|drink)\b|\bif you (?:value|enjoy|like|love|appreciate|rely on)(?: [a-z]+){0,3} "
    r"(?:journalism|reporting|news|this (?:blog|site|newsletter|podcast|work))\b|\b(?:this|our) (?:blog|site|newsletter|"
    r"podcast|channel|station|newsroom|paper) (?:runs|relies|depends|survives|lives) on (?:your|its|our) (?:support|readers|"
    r"listeners|donations)|\bkeeps? us (?:independent|going|online|on (?:the )?air|afloat|free (?:of|from))\b|\bevery hour on the hour\b|"
    r"\bon \d{2,3}(?:[.,]\d{1,2})? ?(?:FM|MHz)(?: (?:and|or) (?:online|on DAB|on (?:the|our) app)\b|[.!]?$)"
    # What a gift buys ("every dollar keeps us ..."), the plea's imperative opening ("Keep The Lamp independent!"),
    # and a mailing's footer: why the reader got it and what to do with it.
    r"|\bevery (?:dollar|pound|euro|cent|penny|donation|contribution|gift)(?: you give)? (?:keeps|helps|goes|counts|"
    r"makes|funds|pays)\b|^keep (?:\S+ ){1,4}(?:independent|ad-free)!"
    r"|\byou(?:'re|’re| are) receiving (?:this|these)\b|\bbecause you (?:subscribed|signed up|opted in|registered) "
    r"(?:to|for)\b|\bmanage (?:your )?(?:e-?mail |newsletter )?(?:preferences|subscriptions?)\b|\bforward (?:this |it )?"
    r"to a (?:colleague|friend)\b|\bunsubscribe (?:here|below|at any time|from this)\b"
    # A shop's new stock and a paying tier's perk ("NEW IN THE SHOP: ...", "back in stock", "Patreon supporters
    # get ..."), and a mailing's or a show's sponsor ("This issue is sponsored by ...").
    r"|\b(?:patreon|ko-fi|substack) (?:supporters|members|backers|subscribers|patrons)\b"
    r"|\b(?:this|today's|today’s|our) (?:newsletter|issue|edition|episode|podcast|bulletin|show|blog|briefing) is "
    r"(?:sponsored|brought to you|presented|supported) by\b",
    re.I,
)
# A mailing's sponsor slot under its own label ("This week's sponsor: ...", "Sponsor of the month: ..."), whatever
# slogan it quotes after the label.
_SPONSOR_SLOT = re.compile(
    r"^(?:(?:this|today|our|this (?:week|month)|the (?:week|issue)|the day)(?:'s|’s)? )?sponsors?"
    r"(?: (?:of|for) (?:the|this) (?:week|month|issue|edition))?(?: this (?:week|month|issue))?\s*:",
    re.I,
)
# A shop's sale: its own store, an imperative to use a discount code. A product's name in quotation marks is no quote, so
# this is read on the line with its quoted names blanked out.
_SALE = re.compile(r"\b(?:merch(?:andise)?|our (?:online )?)(?:store|shop)\b|^new in (?:the|our) (?:shop|store)\b|"
                   r"\b(?:back|now) in stock\b|\ball (?:the )?profits (?:go )?to\b|"
                   r"(?:^|[.!?:]\s+)(?:use|enter|apply) (?:the )?(?:promo |discount |coupon |voucher )?code \w{3,}\b", re.I)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# A station's sign-off closing its bulletin: "Kelbury Radio news, more on the hour.", "Next news at the top of the hour."
SIGN_OFF = re.compile(r"(?:^|(?<=[.!?]\s))[^.!?]{0,60}\b(?:more|next (?:news|update|bulletin)s?) (?:news )?(?:on|at) "
                      r"the (?:top of the )?(?:hour|half[- ]hour)[.!]?$", re.I)
# A post's tag list: "Tags: floods, council, roads".
_TAG_WORDS = 30
_TAGS = re.compile(r"(?:tags|tagged|tagged with|filed under|categories|topics)\s*:\s*\w", re.I)
_READER_CHANNEL = re.compile(
    r"\b(?:newsletter|whatsapp channel|telegram channel|our app|push notifications|breaking news alerts)\b"
    # "Get breaking news on the go with the Valley Post app, free on iOS and Android."
    r"|^(?:get|download|install|grab|try)\s[^.!?]{0,80}\bapp\b", re.I
)
_CHANNEL_WORDS = ("newsletter", "whatsapp", "telegram", "our app", "push notif", "breaking news alert", " app")
_PROSE_END = tuple(".!?…:\"”’)")
_QUOTE_MARKS = ("“", "”", '"')
_WORD = re.compile(r"\w+")
# Markdown heading and emphasis marks, and a line's quote markers however deep (">> Chip in ...": a nested
# quote or a call-out; left half-stripped, the line's text matches neither the page nor any rule).
_MARKUP = re.compile(r"^#{1,6}\s+|^(?:>\s?)+|^[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}$")
# A "hover card" left inline by a scraped link: the linked name, the same name again with no space (the
# card's heading) and a run of the person's latest headlines, closed by the card's " MORE" button:
# "Rep. Jana VollmerJana VollmerBudget talks stall | Port strike ends MORE (D-Ore.)". Only lines holding
# " MORE" are searched, and the card is bounded, so the pattern stays cheap.
_HOVER_CARD = re.compile(r"(?<![\w'’.\-])([A-Z][\w'’.\-]*[a-z.](?:\s[A-Z][\w'’.\-]*[a-z.]){0,3})\1"
                         r"([A-Z\d“\"'‘][^\n]{0,1200}?)\sMORE\b")
_PAGE_WORDS = re.compile(
    r"\b(?:favicon|mobile (?:version|site|app)|desktop version|navigation|skip to|back to top|copy link|min(?:ute)? read|"
    r"minutes? read|reading time|font size|text size|open in app|view (?:this (?:e-?mail|newsletter|message) )?in (?:your )?browser|"
    r"(?:save|bookmark|gift) (?:this )?(?:article|story))\b",
    re.I,
)
# Words a page's buttons use that are also news words ("Bank to close 40 branches", "Search for missing
# hiker called off", "Share prices fall"): chrome only as a label of a few words, as the line's command
# ("Share this article", "Print this page", "Log in or register"), or as a count of comments closing it.
_BUTTON_WORDS = (r"(?:icon|logo|menu|toggle|home ?page|cookies?|log ?in|sign ?in|loading|search|close|print|share|"
                 r"tweet|comments?)")
_BUTTON_WORD = re.compile(rf"\b{_BUTTON_WORDS}\b", re.I)
_BUTTON = re.compile(rf"^[\W\d]*{_BUTTON_WORDS}(?:\s+(?:this|the|it|our|on|via|with|to|or|now|here|article|story|page|"
                     rf"post|site)\b|\W*$|\s*[:(|\d])|\bcomments?\W*$", re.I)
_BUTTON_LABEL_WORDS = 3
_LABEL_WORDS = 4
_LABEL_CHARS = 40  # a sentence of a script written without spaces is one "word"
_CLOSED = (".", "!", "?", "…", "”", '"', "’", ")", "。", "！", "？", "」")  # a sentence's close, in any script


def _drop_hover_cards(line: str, removed: list[str]) -> str:
    """Keep the linked name of each inline hover card once; the repeated name and its headlines go."""
    def drop(match: re.Match[str]) -> str:
        removed.append(match.group()[len(match.group(1)):])
        return match.group(1)
    return _HOVER_CARD.sub(drop, line)


# A consent banner's and a player's buttons: "Accept and continue", "Reject all", "WATCH LIVE".
_BUTTON_LINE = re.compile(r"^(?:(?:accept|reject|allow|deny)(?: all| and continue| and close| selected| necessary| essential)?"
                          r"(?: cookies)?|watch (?:live|now|video|the video)|play video)\W*$", re.I)


# The page talking about how a browser shows it: "Please turn on JavaScript to see the live posts", "Your browser does
# not support the video tag", "You are using an outdated browser". A report on scripts or browsers names who says so.
_BROWSER_NOTICE = re.compile(
    r"\b(?:enable|turn on|switch on|activate|allow)\s+(?:the\s+)?javascript\b|\bjavascript\s+(?:is\s+)?(?:disabled|required|"
    r"turned off|switched off|not enabled|must be enabled|needs to be enabled)\b|\brequires\s+javascript\b|"
    r"\byour (?:web )?browser (?:does not|doesn['’]t|is not|isn['’]t|cannot|can['’]t|may not|is out of date)\b|"
    r"\b(?:an?\s+)?(?:outdated|unsupported|out-of-date) (?:web )?browser\b|"
    r"\b(?:update|upgrade|switch) (?:to )?(?:your|a (?:newer|modern|supported|different)) (?:web )?browser\b", re.I)
_BROWSER_NOTICE_WORDS = 30


def _browser_notice(line: str, low: str, words: int) -> bool:
    return (words <= _BROWSER_NOTICE_WORDS and ("javascript" in low or "browser" in low)
            and _BROWSER_NOTICE.search(line) is not None and not reported(line))


def _page_chrome(line: str, words: int) -> bool:
    if _PAGE_WORDS.search(line) or _BUTTON_LINE.match(line):
        return True
    return _BUTTON_WORD.search(line) is not None and (words <= _BUTTON_LABEL_WORDS or _BUTTON.search(line) is not None)


def _may_hold_url(line: str) -> bool:
    """Every link shape _URL knows has a slash or "www": a substring test spares the pattern most lines."""
    return "/" in line or "www" in line.lower()


def _junk(line: str, url: bool, voice: bool = True) -> str | None:
    """Why a line is not article prose, or None when it is.

    ``voice`` False where the article itself speaks in the first or second person (see
    :func:`summarizer.ingest.voice.personal`). Each pattern runs only after a substring or length test
    shows it could match: a pasted document of several megabytes is mostly prose lines, and a pattern
    tried at every character of each was most of the time spent cleaning it.
    """
    words = len(line.split())
    low = line.lower()
    prose = line.endswith(_PROSE_END) and words >= 6
    if words <= 80 and "(@" in line and _EMBED_SIGNATURE.search(line) and not signed_post(line):
        return "embed"
    stripped = (_URL.sub("", line) if url else line).strip(" \t-–—|•·:()[]")
    if not stripped or (url and len(stripped.split()) <= 3):
        return "link"
    contact = _contact_line(line, words)
    if contact is not None:
        return contact
    if not prose and "|" in line and words <= 16 and _menu(line):  # before the pleas its items may hold
        return "page chrome"
    said = _said_to_reader(line, low, voice) if words <= 45 else None
    if said is not None:
        return said
    if picture_line(line):
        return "caption"
    if words <= _LABEL_LINE_WORDS and _label_line(line):
        return "label"
    chrome = ((not prose and words <= 10 and _page_chrome(line, words) and not (line.endswith(".") and finite_clause(line)))
              or _browser_notice(line, low, words))
    if chrome or (words <= _TAG_WORDS and _TAGS.match(line)):
        return "page chrome"
    if re.fullmatch(r"[\W\d_]+", line) or (words <= 8 and re.fullmatch(r"\[[^\]]*\]|\([^)]*\)", line)):
        return "markup"
    return None


def _contact_line(line: str, words: int) -> str | None:
    """A line giving an e-mail address or a telephone number ("A helpline is open on 0800 555 0147", "Call the
    newsdesk on +44 20 7946 0591"), or sending the reader to a web address ("Customers can rebook free of charge at
    example-air.com/manage"): a tip line, a helpline, a service notice, not the story."""
    if words <= 60 and "@" in line and _EMAIL.search(line):
        return "tip line"
    if words <= _PHONE_LINE_WORDS and _may_hold_url(line) and _ADDRESS_AT_END.search(line):
        return "link"
    if words <= _PHONE_LINE_WORDS and sum(c.isdigit() for c in line) >= _PHONE_DIGITS and _PHONE.search(line):
        return "tip line"
    return None


_VOICE_WORDS = 30
# Lines that are no sentence and say who made or paid for the page, or point away from it: a credit
# ("Lena Virtanen/Harbour Press"), a sponsor or a maker named after "by" ("Supported by the Elm Trust",
# "Illustrations by Tomas Berg"), and a promise of more ("More details to follow"). Each is at most a short
# line, the credit and the sponsor with no closing stop. (A teaser under a short label, "MORE: Inside the quarry dispute", has the shape of
# a headline, "Harbour board: slipway shut until May", and stays.)
_LABEL_LINE_WORDS = 14
_CREDIT_LINE = re.compile(rf"^{_NAME}\s*/\s*{_NAME}$|^[A-Z][a-z]+(?: (?:and )?[a-z]+){{0,2}} by (?:the )?[A-Z]")
_PROMISE = re.compile(r"\bto (?:follow|come)\W*$", re.I)


def _label_line(line: str) -> bool:
    """Each pattern only where a substring shows it could match (a long pasted text is mostly prose)."""
    return bool((("/" in line or " by " in line) and not line.endswith(_CLOSED) and _CREDIT_LINE.match(line))
                or (len(line.split()) <= _LABEL_WORDS + 2 and " to " in line and _PROMISE.search(line)
                    and not finite_clause(line)))



def _call_opening(line: str) -> bool:
    """A line opening with a call ("Download the app", "Follow Valley Radio on ...", "Related:"), not a
    sentence whose subject merely starts with the same word, a common noun after it ("Download speeds fell
    by half.", "Related charges were dropped.")."""
    match = _READER_OPENING.match(line)
    if match is None:
        return False
    after = match.group(1)
    if _HEADLINE_ADJECTIVE.match(line) and len(line.split()) >= _HEADLINE_WORDS and not line.endswith(":"):
        return False  # "RECOMMENDED CASH OFFER FOR ...", "Related party deal ...": a headline's adjective, no label
    return not (after.islower() and after not in _CALL_OBJECTS and line.endswith((".", "!", "?"))
                and len(line.split()) >= 4)


# The call words that are also adjectives: written straight onto a noun ("Recommended cash offer for X") in a line
# of a headline's length they open a headline; the label is short or ends in a colon ("Related stories",
# "Recommended for you", "Sponsored:").
_HEADLINE_ADJECTIVE = re.compile(r"(?:recommended|related|sponsored) (?!(?:for|by|to|from|on|stories|articles|links|content|"
                                 r"reading|videos?)\b)[a-z]", re.IGNORECASE)
_HEADLINE_WORDS = 6


_CALL_OBJECTS = FUNCTION_WORDS | frozenset(("me", "it", "them", "now", "here", "today", "below", "more", "free"))
def _said_to_reader(line: str, low: str, voice: bool) -> str | None:
    """A call, the publisher's voice or a note of its own ("call to reader", "publisher voice", "publisher
    note"); None for a report."""
    if _reader_call(line, low) and not reported(line):
        return "call to reader"
    if voice and len(line.split()) <= _VOICE_WORDS and publisher_voice(line):
        return "publisher voice"
    if _publisher_note(line) or (any(w in low for w in ("code", "store", "shop", "stock", "profits"))
                                 and _SALE.search(_QUOTED.sub('""', line))):
        return "publisher note"
    return None


_MENU_LABEL_WORDS = 3
_MENU_SLOGAN_WORDS = 8


def _menu(line: str) -> bool:
    """"Home | About | Donate | Contact": three or more short labels between bars, no figures (a table row has them).

    One item may be longer than a label, up to a slogan ("Buy me a coffee", "News the others won't print"),
    when at least three others are labels: a site's bar carries its tagline or a plea beside its links.
    No item of a menu is a sentence.
    """
    items = [item.strip() for item in line.strip(" |").split("|")]
    if len(items) < 3 or any(not item or any(c.isdigit() for c in item) or item.endswith((".", "?")) for item in items):
        return False
    labels = sum(len(item.split()) <= _MENU_LABEL_WORDS for item in items)
    longest = max(len(item.split()) for item in items)
    return labels == len(items) or (labels >= 3 and labels == len(items) - 1 and longest <= _MENU_SLOGAN_WORDS)


def _publisher_note(line: str) -> bool:
    return _SPONSOR_SLOT.match(line) is not None or (
        not any(mark in line for mark in _QUOTE_MARKS) and may_match(line, PUBLISHER_NOTE_WORDS)
        and _PUBLISHER_NOTE.search(line) is not None)


def _reader_call(line: str, low: str) -> bool:
    return bool(_call_opening(line)
                or (len(line.split()) <= _READER_LATER_WORDS and _READER_LATER.search(line))
                or (any(word in low for word in _CHANNEL_WORDS) and _READER_CHANNEL.search(line))
                or (_US.search(low) and _READER_US.search(line)))
