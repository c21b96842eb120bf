"""Named entities from capitalised runs: people with their roles, organisations, places and groups.

Capitalisation is the only signal English text reliably gives offline, so the work is in what to
discard: a capital that only opens a sentence, a title that is a role and not part of the name, a
possessive. Types come from the run's head word ("Ministry", "Port") and its context ("in Lagos",
a title, an appositive role; :mod:`~summarizer.extract.offline.entity_types`); aliases from surnames,
acronyms and names the article equates (:mod:`~summarizer.extract.offline.entity_aliases`). The runs
themselves are found by :func:`~summarizer.extract.offline.names.name_runs`; which entity a speaker
phrase names is :mod:`~summarizer.extract.offline.resolver`.
"""

from __future__ import annotations

import re

from summarizer.calendar_words import MONTH_ABBREVIATIONS
from summarizer.extract.offline.entity_aliases import merge_aliases
from summarizer.extract.offline.entity_drafts import Draft, Drafts, add_unique
from summarizer.extract.offline.entity_types import ADJECTIVE_SUFFIXES, BEFORE_NOUN, CAMEL_CASE, classify
from summarizer.extract.offline.lexicon import (
    AUXILIARIES,
    COMMON_WORDS,
    DEFINED_TERMS,
    MONTHS,
    NAME_SUFFIXES,
    ORG_WORDS,
    PLACE_WORDS,
    PREPOSITIONS,
    ROLE_NOUN_RE,
    WEEKDAYS,
    is_demonym,
    is_demonym_of,
    is_initialism,
    is_title_word,
    territory_names,
)
from summarizer.extract.offline.names import (
    CAPITALISED_OFFICE,
    ROLE_FIELD,
    SURNAME_PARTICLES,
    clean_name,
    name_runs,
    role_words,
    split_title,
    strip_article,
)
from summarizer.extract.offline.people import confirm_people
from summarizer.function_words import MORE_PREPOSITIONS, RELATIVES
from summarizer.numbers import CURRENCY_SIGNS, CURRENCY_WORDS
from summarizer.schema import Entity, EntityType, Span
from summarizer.text import closes_abbreviation

__all__ = ["extract_entities"]

_APPOSITIVE = re.compile(  # matched at the end of a name, in place: slicing the rest of the text was quadratic
    r",\s+((?:a|an|the)\s+[^,.;:“”\"]{3,90}?|(?!(?:and|but|or|so|yet|which|who|whom|whose|where|when|while|as|after|before|because|although|"
    r"though|then|if|since|until|"
    # A verb or a preposition opens a clause or an adverbial, not a role: ', was dredging the channel at the
    # time', ', at a briefing at 10 a.m.'.
    r"is|are|was|were|has|have|had|will|would|can|could|did|does|said|says|told|at|in|on|by|from|with|to|during|into|"
    r"over|under|near|outside|inside|through|across)\b)[a-z][a-z\s\-]{2,40}\b(?:of|for|at)\s[^,.;:“”\"]{2,60}?"
    r"|[A-Z][\w\-]+['’]s\s+[a-z][a-z\s\-]{2,60}?"
    # A capitalised office, with its field and where it is held: ", Vice-Rector for Research,", ", Director of Public
    # Health,", ", Chairman of Modern Art at Kessler & Vahn,", ", Senior Curator at the Mossvale Gallery,".
    rf"|{CAPITALISED_OFFICE})[,.;]"
)
# The words of a role stay on one line: a heading above the paragraph is not part of it.
# It starts on a whole word: "U.S Senate candidate" is no "S Senate candidate".
_LOWER_ROLE = re.compile(rf"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ \t]+)?((?<![\w.])(?:[\w'’\-]+[ \t]+){{0,3}}?"
                         rf"(?:[\w'’]+-)?{ROLE_NOUN_RE}{ROLE_FIELD})\s+$")
_ROLE_BEFORE_COMMA = re.compile(rf"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|['’]s)[ \t]+((?:[a-z][\w'’\-]*[ \t]+){{0,2}}?"
                                rf"{ROLE_NOUN_RE}),\s+$")
_ROLE_HINT = re.compile(rf"(?:man|woman|person|{ROLE_NOUN_RE}){ROLE_FIELD}\s+$")
# "The park's chief vet, Dr Hanna Quell": an owner's lower-case noun phrase set off before a person's name is
# the person's post, whatever its noun (the role lexicon cannot list every trade: vet, keeper, curator, pilot).
_POSSESSED_BEFORE_COMMA = re.compile(r"['’]s[ \t]+((?:[a-z][\w'’\-]*[ \t]+){0,2}[a-z][\w'’\-]{2,}),\s+$")
# "a Courier reporter": after an indefinite article a capitalised word cannot head the phrase, so it
# modifies the noun that follows. When that word is itself a generic head ("Courier", "Times", "Navy"),
# it is the short form of a longer name and names nothing by itself; "a Pennsylvania man" still does.
_INDEFINITE_BEFORE = re.compile(r"(?<![\w'’])an?\s+$", re.IGNORECASE)


def extract_entities(
    text: str, source: str, sentence_starts: set[int], speakers: set[str] | None = None
) -> list[Entity]:
    """Entities of ``text`` with mentions as spans; ``speakers`` are names cue verbs attached speech to."""
    lower_words = {w for w in re.findall(r"\b[a-z][a-z'’\-]+\b", text)}
    speakers_lower = {s.lower() for s in speakers or ()}
    found = Drafts()
    credits = {m.start(1) for m in _DATELINE_CREDIT.finditer(text)}
    person: tuple[Draft, int] | None = None  # the last person named and where the name ends
    office = (0, 0)  # where the last capitalised office read after a name stands ("Senior Curator" in it names no one)
    for run_start, whole_run in name_runs(text):
        # "BRANNOCK, May 15 (Kestrel Wire) -": the outlet that filed the report, not a party to it.
        if run_start in credits or _party_tag(text, run_start, whole_run) or office[0] <= run_start < run_start + len(
                whole_run) <= office[1]:
            continue
        start, run, initial = _trim_run(text, run_start, whole_run, sentence_starts, lower_words)
        if not run:
            continue
        role, name = _name_in(run, speakers_lower)
        name_start = text.find(name, start, start + len(run)) if name else -1
        if name_start < 0:
            continue
        dateline = _dateline_town(text, name_start, name)
        # "Rep. Ivo Crane of Tarvia, the minority leader,": the place is the person's state, the role after it his.
        holder = person[0] if person and not role and text[person[1] : name_start] == " of " else None
        kind = "place" if dateline else _held_place(classify(text, name, start, role), holder)
        draft = found.add(name, kind, (name_start, name_start + len(name)),
                          initial and name_start == start and not dateline, _modifies_noun(text, name_start, name))
        if role:
            add_unique(draft.roles, role)
            town = _governed_place(role)
            town_start = text.find(town, start, name_start) if town else -1
            if town and town_start >= 0:
                found.add(town, "place", (town_start, town_start + len(town)), False, False)
        office = _roles_around(text, holder or draft, name, name_start, start) or office
        person = (draft, name_start + len(name)) if draft.type == "person" and draft.roles else None
    speaking = {name.lower() for name in speakers or set()}
    for key in speaking:
        spoken = found.drafts.get(key)
        if spoken is not None and spoken.type == "other":  # "the F.B.I. said": an initialism speaks for a body
            spoken.type = "organization" if is_initialism(spoken.name) else "person"
    merge_aliases(text, found.drafts, found.order)
    confirm_people(text, found.drafts, found.order, speaking)
    _drop_lone_words(found, speaking)
    _drop_local_demonyms(found, speaking)
    _drop_affiliations(text, found, speaking)
    entities = []
    for key in found.order:
        draft = found.drafts[key]
        mentions = [Span(source=source, start=s, end=e, text=text[s:e]) for s, e in sorted(set(draft.mentions))]
        entities.append(Entity(name=draft.name, type=draft.type, aliases=draft.aliases, roles=draft.roles,
                               mentions=mentions))
    entities.sort(key=lambda e: (-len(e.mentions), e.mentions[0].start if e.mentions else 0))
    return entities


# Offices held over a territory: the capitalised words before them in a title name it ("Brannock Mayor",
# "Marrow County Sheriff", "Ostvale Governor").
_TERRITORY_OFFICES = frozenset(["mayor", "governor", "sheriff", "premier", "prefect"])


# A party's letter and a hyphen right before a state's abbreviation, as US outlets tag a legislator ("Sen. Ana Lund
# (D-Ore.)", "R-S.C."), or the same tag in words ("Republican of Iowa").
_PARTY_TAG = re.compile(r"(?<![\w-])[RDI]-$")
_PARTY_OF = re.compile(r"(?:Republican|Democrat|Independent)\s+of\s+[A-Z]")


def _party_tag(text: str, run_start: int, run: str) -> bool:
    """Is the run (part of) a legislator's party-and-state tag, which names no entity of its own?"""
    return _PARTY_TAG.search(text, max(0, run_start - 3), run_start) is not None or _PARTY_OF.match(run) is not None


def _held_place(kind: EntityType, holder: Draft | None) -> EntityType:
    """A name after a person's "of" that reads as no body ("Ivo Crane of Tarvia") is the person's place."""
    return "place" if holder is not None and kind in ("person", "other") else kind


def _governed_place(role: str) -> str | None:
    words = role.split()
    if len(words) < 2 or words[-1].lower().rstrip(".") not in _TERRITORY_OFFICES:
        return None
    owner = words[:-1]
    if any(not w[:1].isupper() or is_title_word(w) or is_demonym(w) or w.lower() in COMMON_WORDS for w in owner):
        return None
    return " ".join(owner)


# "PENWARDEN, Oct 20 (TPA) -", "BRANNOCK. At the inspection", "LORANT — The port": a paragraph opening on a
# name in capitals, closed by a comma, dot or dash, names the town the report was filed from.
_DATELINE_CLOSE = re.compile(r"\s*(?:,|\.\s|\s[-—–]\s|[—–])")


_DATELINE_CREDIT = re.compile(r"(?:^|\n)[A-Z][A-Z .'’-]{2,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\(([^()\n]{2,40})\)")


def _dateline_town(text: str, start: int, name: str) -> bool:
    if not (name.isupper() and len(name) > 3) or (start > 0 and text[start - 1] != "\n"):
        return False
    return _DATELINE_CLOSE.match(text, start + len(name)) is not None


_CALENDAR_WORDS = frozenset([*MONTHS, *WEEKDAYS])
_NOT_GIVEN_NAMES = _CALENDAR_WORDS - {"april", "may", "june", "august"}  # "June Okafor" is a name
_HYPHENED_ADJECTIVE = re.compile(r"^[A-Z][\w.'’]*-(?:[a-z]+-)*[a-z]+(?=\s|$)")


def _given_abbreviation(word: str) -> bool:
    """"Jan Vikstrom": a month's short form written without its dot, before a name, is a given name ("Jan. 5",
    "Jan 5" are dates, and a number is no part of a name run)."""
    return word.istitle() and word.lower() in MONTH_ABBREVIATIONS


def _trim_run(text: str, start: int, run: str, sentence_starts: set[int], lower_words: set[str]) -> tuple[int, str, bool]:
    """The run without what only precedes a name: a common word that is capitalised because it opens the
    sentence, and leading particles ("of", "the"); with its new start and whether it opens a sentence."""
    particled = len(run.split()) > 1 and all(w.lower() in SURNAME_PARTICLES for w in run.split()[:-1])  # "de la Cruz"
    if _at_sentence_start(text, start, sentence_starts) and not particled:
        first = run.split()[0]
        if (first.lower().rstrip(".") in COMMON_WORDS or first.lower() in MORE_PREPOSITIONS or first.lower() in lower_words
                or _plural_of(run)) \
                and not (is_title_word(first) and len(run.split()) > 1):  # "Ms. Okafor" keeps its honorific
            rest = run[len(first):].lstrip()
            start += len(run) - len(rest)
            run = rest
    words = run.split()
    if len(words) > 1 and words[0].lower().rstrip(".,") in _NOT_GIVEN_NAMES and not _given_abbreviation(words[0]):
        # "On Wednesday Varela asked …": a weekday or a month is no part of a name, wherever it stands.
        rest = run[len(words[0]):].lstrip()
        start += len(run) - len(rest)
        run = rest
    words = run.split()
    if len(words) > 1 and words[-1].lower().rstrip(".,") in WEEKDAYS:
        run = run[: run.rfind(words[-1])].rstrip()  # "Republicans Tuesday", "WMUR Monday": the day the act was
    # "Republican-led Michigan", "Qatar-based": a name made an adjective by a lower-case hyphened word names nothing
    # itself; the name after it still does.
    while run and _HYPHENED_ADJECTIVE.match(run):
        rest = _HYPHENED_ADJECTIVE.sub("", run, count=1).lstrip()
        start += len(run) - len(rest)
        run = rest
    if not run:
        return start, run, False
    # A possessive is a name even opening a sentence ("Tarvia's Health Ministry said"): common words
    # that take one ("Today's") are dropped above.
    initial = ((_at_sentence_start(text, start, sentence_starts) or _opens_quotation(text, start))
               and not run.endswith(("'s", "’s")))
    stripped = run if particled else re.sub(r"^(?:(?:of|for|and|the|de|la|al)\s+)+", "", run)
    return start + len(run) - len(stripped), stripped, initial


def _name_in(run: str, speakers_lower: set[str]) -> tuple[str | None, str]:
    """The title and the name a run holds; the name is empty when the run names nothing (a month, a
    common word, a nationality nobody is quoted as)."""
    role, name = split_title(run)
    name = clean_name(name)
    if role is not None and " and " in name:  # "Leader Tom Varga and Reid": a title names one person, the first
        name = name.split(" and ", 1)[0]
    if name and role is None and _demonym_first(name):  # "Brazilian Ana Lund": a nationality, then a name
        name = name.split(None, 1)[1]
    if not name or _not_a_name(name) or (is_demonym(name) and name.lower() not in speakers_lower):
        return role, ""
    return role, name


def _roles_around(text: str, draft: Draft, name: str, name_start: int, start: int) -> tuple[int, int] | None:
    """Roles the words around a mention give, which make it a person: an appositive after it ("Okafor, a
    spokeswoman,") or a lowercase role before a full name ("the ministry spokeswoman Ana Lund"). Returns where a
    capitalised office after the name stands (", Senior Curator at the Mossvale Gallery,"), whose words name no one."""
    held = None
    appositive = _APPOSITIVE.match(text, name_start + len(name))
    if appositive and appositive.group().endswith(".") and (closes_abbreviation(text, appositive.end() - 1)
                                                            or _DOT_GOES_ON.match(text, appositive.end() - 1)):
        appositive = None  # ', younger sister of Wyoming U.S. Rep. …', ', the Senate's No. 2 …': no whole role
    if appositive and draft.type in ("person", "other") and not _clause_not_role(appositive.group(1)):
        add_unique(draft.roles, strip_article(appositive.group(1)))
        draft.type = "person"
        held = appositive.span("office") if appositive.group("office") else None
    window = text[max(0, start - 60) : start]
    lower_role = _LOWER_ROLE.search(window) if _ROLE_HINT.search(window) else None
    if lower_role is None and window.endswith(", "):  # "its ambassador, Pavel Rusu", "the company's chief executive, X"
        lower_role = _ROLE_BEFORE_COMMA.search(window)
        if lower_role is None and name_start > start:  # the name carries a title of its own ("Dr"): a person
            lower_role = _POSSESSED_BEFORE_COMMA.search(window)
    if lower_role and draft.type in ("person", "other") and len(name.split()) >= 2:
        add_unique(draft.roles, role_words(lower_role.group(1).strip()))
        draft.type = "person"
    return held


_DOT_GOES_ON = re.compile(r"\.(?:[^\s.…]|[ \t]+\d)")  # 'U.S.', 'No. 2': a full stop inside a phrase
_ARTICLE_OPENING = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)


def _clause_not_role(phrase: str) -> bool:
    """What follows a name's comma but names no office: an adverbial ("according to a summary", "reportedly
    without calling", "speaking at a fund-raiser", "including former governor X") or, after an article, a
    clause of its own ("before Christmas, the vice president had broached that number"); a relative
    clause inside a role ("the general who was one of his first picks") is still a role."""
    article = _ARTICLE_OPENING.match(phrase)
    words = [w.lower() for w in re.findall(r"[\w'’-]+", phrase)]
    if not words:
        return True
    if article is None:
        first = words[0]
        return first in PREPOSITIONS or first == "according" or first.endswith(("ing", "ly"))
    for word in words[1:]:
        if word in RELATIVES:
            return False
        if word in AUXILIARIES:
            return True
    return False


# "vice-chancellor and president" is one office: "and" alone does not cut a role.
# Participles that work as prepositions ("rivals, including former governor Jeb Bush") end the clause too.
def _drop_lone_words(found: Drafts, speaking: set[str]) -> None:
    """A lone capitalised word seen only opening sentences, or only modifying a noun when it is a generic
    head ("a Courier reporter"), or a filing's defined term ("the Company", "the Board"), is not a name unless
    something else says it is."""
    for key in list(found.order):
        draft = found.drafts[key]
        if " " in key or key in speaking or draft.roles or draft.aliases or CAMEL_CASE.fullmatch(draft.name):
            continue  # "StayNest" opening every sentence it is in: a brand's shape is a name's
        if found.initial_only.get(key) or (found.modifier_only.get(key) and key in ORG_WORDS) or key in DEFINED_TERMS:
            del found.order[key]


def _drop_local_demonyms(found: Drafts, speaking: set[str]) -> None:
    """A nationality of a place the article names ("Tarvian officials", "several Tarvians" beside Tarvia) is no
    entity, as a nationality CLDR knows is not; it says its place is a country, so the place is typed one."""
    single = [k for k in found.order if " " not in k and found.drafts[k].type not in ("person", "place")
              and k not in speaking]
    names = [k for k in found.order if found.drafts[k].type in ("place", "other")]
    for key in single:
        home = next((n for n in names if n != key and is_demonym_of(found.drafts[key].name, n)), None)
        if home is None:
            continue
        del found.order[key]
        if found.drafts[home].type == "other":
            found.drafts[home].type = "place"


# "Democratic and Republican leaders": two adjectives before one noun.
_ANOTHER_ADJECTIVE = re.compile(r"\s+(?:and|or)\s+[A-Z][\w-]*\s+[a-z]")


def _drop_affiliations(text: str, found: Drafts, speaking: set[str]) -> None:
    """One word naming an affiliation, not a body ("Democratic lawmakers", "a Kurdish militia", "a Republican",
    "an Afghan" beside "Afghans"): an adjective each mention of which qualifies a noun or follows "a", or one
    member of a group the article names, is no entity ("the Pacific" still is)."""
    groups = {k for k in found.order if found.drafts[k].type == "group"}
    for key in list(found.order):
        draft = found.drafts[key]
        if " " in key or key in speaking or draft.roles or draft.aliases or draft.type not in ("group", "other"):
            continue
        adjective = key.endswith(ADJECTIVE_SUFFIXES) and all(
            BEFORE_NOUN.match(text, e) or _ANOTHER_ADJECTIVE.match(text, e) or _INDEFINITE_BEFORE.search(text, max(0, s - 4), s)
            for s, e in draft.mentions)
        if adjective or f"{key}s" in groups:
            del found.order[key]


def _modifies_noun(text: str, start: int, name: str) -> bool:
    return (_INDEFINITE_BEFORE.search(text, max(0, start - 4), start) is not None
            and BEFORE_NOUN.match(text, start + len(name)) is not None)


def _at_sentence_start(text: str, start: int, sentence_starts: set[int]) -> bool:
    back = start
    while back > 0 and text[back - 1] in "“\"'‘(«[—–-*#>":
        back -= 1
    if back in sentence_starts or back == 0 or text[back - 1] == "\n":
        return True
    # After a dateline dash or a colon a new clause starts: "MARENZA, Veloria — Dockworkers at the port …",
    # "LORANT (Reuters) - Dockworkers …", "LORANT -- Dockworkers …"
    before = text[max(0, start - 4) : start].rstrip()
    return before[-1:] in ("—", "–", ":") or before.endswith((" -", "--"))


def _opens_quotation(text: str, start: int) -> bool:
    """'He added, “Needless to say, …', 'His response: "Well, I …': the quotation opens a sentence of its own, so
    its first word is capitalised as any sentence's is (a lone word seen only so is no name). Its words are not
    trimmed as a sentence's are: a quoted title ('“From the Desk of …”') keeps them."""
    return start > 1 and text[start - 1] in "“\"«" and text[start - 2] in " \t"


def _plural_of(run: str) -> bool:
    """"Leaders of the Frente de Liberación": a plural common noun opening the sentence, not the name."""
    words = run.split()
    first = words[0].lower()
    return (len(words) > 2 and words[1] == "of" and first.endswith("s") and not first.endswith("ss")
            and first not in ORG_WORDS and first not in PLACE_WORDS and not is_title_word(first))


def _demonym_first(name: str) -> bool:
    words = name.split()
    return (len(words) >= 2 and is_demonym(words[0])
            and not any(w.lower() in ORG_WORDS or w.lower() in PLACE_WORDS for w in words[1:])
            and not any(name.lower().startswith(t) for t in territory_names() if " " in t))  # "Saudi Arabia"


# Indefinite pronouns and clock zones: capitalised at a sentence start ("Nobody on this board …") or after a
# time ("1:20 p.m. EST"), never a name.
_NEVER_NAMES = frozenset(re.findall(r"[a-z]+", """nobody everybody everyone someone somebody anyone anybody nothing
    everything something est edt gmt bst cet cest utc pst pdt cst cdt mst mdt""")) | frozenset(
    # A currency's code before an amount ("EUR 18,500") names no organisation.
    code.lower() for code in (*CURRENCY_SIGNS.values(), *CURRENCY_WORDS.values()) if code.isupper())


def _not_a_name(name: str) -> bool:
    words = [w.lower().strip(".,") for w in name.split()]
    if len(words) > 1 and all(w in COMMON_WORDS or w in _CALENDAR_WORDS for w in words):
        return True  # "Do NOT", "May. So": common words set in capitals, no name
    low = name.lower().rstrip(".")
    if low in COMMON_WORDS or low in MONTHS or low in WEEKDAYS or is_title_word(name) or low in _NEVER_NAMES:
        return True
    if len(name) < 2 or name.isdigit() or low in NAME_SUFFIXES:
        return True
    return all(w.lower() in MONTHS or w.lower() in WEEKDAYS or w.isdigit() for w in name.split())
