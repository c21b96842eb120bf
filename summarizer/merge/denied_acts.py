"""An act one outlet says did not happen while independent outlets report it done: an account discrepancy.

"No arrests have been made" against "Police have arrested the night-shift supervisor" (and two more
outlets telling the arrest) is the disagreement an editor must see first, and no figure, date or
decision word carries it. A denial names an act (the noun of "no arrests have been made", "there
were no injuries"; the verb of "no one was injured", "the supervisor has not been arrested") and
what else its clause names (its scope: "the supervisor", "in the blast"). A report asserts the act
when one of its stated past-tense acts has the act's stem ("arrested", "were injured"), with no
negation or modal of its own and no other day named. The two are one act when the report shares a
word of the denial's scope (if it names one) and a common word of the subject it denies the act of
(if any): "the manager was not arrested" does not deny the supervisor's arrest, while "no arrests
have been made in the Vesna case" denies any arrest a report ties to the Vesna.

Time decides between a conflict and a story moving on: a denial published before every report of
the act is what was true then (an arrest made later is news, not a disagreement), so only a denial
at or after some report, or one whose order is unknown, is listed. An outlet that itself reports
the act it denies is telling of two moments or two scopes, and is left alone. Decisions ("no
decision has been made", "has not ordered a recall") are the account finder's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from summarizer.align import differences, signature
from summarizer.extract.offline.lexicon import CUE_VERBS
from summarizer.merge._text import content_tokens, per_claim_text, shortened, sorted_sources, source_order, stem, words
from summarizer.merge.account_cues import DECISION_CUE
from summarizer.merge.claims import ClaimItem, stated_actions
from summarizer.schema import Article, Discrepancy, Position, Span

_AUX = r"(?:have|has|had|were|was|are|is)"
# Verbs that say only that an act is on record: denying them denies the act named as their subject.
_RECORDED = r"(?:made|reported|recorded|carried\s+out|registered|confirmed|announced|filed|brought|laid)"
_DENIALS = (
    # "No arrests have been made", "no injuries were reported so far".
    re.compile(rf"\b(?:no|zero)\s+(?P<act>[a-z]{{4,}})\s+{_AUX}\s+(?:yet\s+|so\s+far\s+|ever\s+)?(?:been\s+)?{_RECORDED}\b",
               re.IGNORECASE),
    # "There have been no arrests", "there were no injuries".
    re.compile(rf"\bthere\s+{_AUX}\s+(?:yet\s+|so\s+far\s+)?(?:been\s+)?no\s+(?:\w+\s+)?(?P<act>[a-z]{{4,}})\b", re.IGNORECASE),
    # "No one was injured", "nobody has been arrested".
    re.compile(rf"\b(?:no\s*-?\s*one|nobody|none)\s+{_AUX}\s+(?:yet\s+|so\s+far\s+|ever\s+)?(?:been\s+)?(?P<act>[a-z]{{3,}}ed)\b",
               re.IGNORECASE),
    # "The supervisor has not been arrested", "police did not arrest anyone"; not "is not expected to reopen".
    re.compile(rf"\b{_AUX}\s*(?:not|n't|never)\s+(?:yet\s+|so\s+far\s+|ever\s+)?(?:been\s+)?(?P<act>[a-z]{{3,}}ed)\b(?!\s+to\b)|"
               r"\b(?:did|do|does)\s*(?:not|n't|never)\s+(?:yet\s+)?(?P<verb>[a-z]{3,})\b", re.IGNORECASE),
)
# A word every denial pattern above needs, in the form a pattern would see it: 'no' (also 'no one', 'nobody',
# 'none'), 'zero', 'there', or a 'not' / "n't" / 'never' (glued to its auxiliary too: 'hasn't', 'cannot').
# Searched first, it spares the four patterns most claims (they were a sixth of the merge's own reading).
_MAY_DENY = re.compile(r"\bno|\bzero|\bthere|not|n't|never", re.IGNORECASE)
# Saying, knowing and finding out: "has not commented", "has not been confirmed" deny no act (an open question).
_NO_ACT = frozenset(stem(w) for w in CUE_VERBS) | frozenset(stem(w) for w in (
    "confirm", "determine", "establish", "identify", "know", "disclose", "reveal", "explain", "specify", "release", "inform"))
# Where a denial's clause ends, and the words in it that name no party, place or thing.
_CLAUSE_END = re.compile(r"[,;:()\u2013\u2014\"\u201c\u201d]|\s(?:and|but|while|whereas|although|though|because|whatever)\s",
                         re.IGNORECASE)
_CLAUSE_START = re.compile(r"[,;:()\u2013\u2014\"\u201c\u201d]\s*|\s(?:and|but|while|although|though|because)\s", re.IGNORECASE)
_EMPTY = frozenset(stem(w) for w in (
    "anyone", "anybody", "one", "yet", "so", "far", "ever", "made", "reported", "recorded", "carried", "out", "registered",
    "confirmed", "announced", "filed", "brought", "laid", "been", "there", "none", "nobody"))


@dataclass(frozen=True, slots=True)
class _Denial:
    item: ClaimItem
    act: str  # the act's stem: 'arrest'
    scope: frozenset[str]  # what else the denying clause names
    party: frozenset[str]  # the common words of the subject it denies the act of: 'skipper' in 'the skipper has not been arrested'


def denied_act_discrepancies(items: Sequence[ClaimItem], articles: Sequence[Article]) -> list[Discrepancy]:
    """Each denial against the independent reports of its act (see the module docstring)."""
    published = {a.id: _when(a) for a in articles}
    acts: dict[str, list[ClaimItem]] = {}  # act stem -> the claims asserting it
    for item in items:
        text = item.claim.text
        stated = stated_actions(text.lower())  # a claim stating no act asserts none: its signature is not read for it
        if not stated or (sig := signature(text)).negated or sig.modal:
            continue
        for act in stated:
            acts.setdefault(act, []).append(item)
    out: list[Discrepancy] = []
    seen: set[tuple[str, str]] = set()  # (act, denying outlet): one listing per outlet's denial
    for denial in (d for item in items if (d := _denial(item)) is not None):
        asserted = [a for a in acts.get(denial.act, []) if _same_act(denial, a)]
        if not asserted or any(a.independent == denial.item.independent for a in asserted) \
                or (denial.act, denial.item.independent) in seen:
            continue
        when = published.get(denial.item.source)
        if not any(_not_after(published.get(a.source), when) for a in asserted):
            continue  # denied before any report of it: what was true then
        seen.add((denial.act, denial.item.independent))
        out.append(_discrepancy(denial, asserted))
    return out


@per_claim_text
def _denial(item: ClaimItem) -> _Denial | None:
    """The act a claim denies happened, if it denies one (and is no decision, which accounts compare).

    Read once per claim text, as its answer lands in LLM mode (merge.prepare): four patterns searched
    in every claim were a sixth of the merge after the last answer."""
    text = item.claim.text
    if not _MAY_DENY.search(text) or DECISION_CUE.search(text):
        return None
    for pattern in _DENIALS:
        found = pattern.search(text)
        if found is None:
            continue
        start = max((m.end() for m in _CLAUSE_START.finditer(text, 0, found.start())), default=0)
        end = _CLAUSE_END.search(text, found.end())
        act = stem((found.groupdict().get("act") or found.group("verb")).lower())
        if act in _NO_ACT:
            return None
        before, after = text[start : found.start()], text[found.end() : end.start() if end else len(text)]
        party = " ".join(w for w in words(before) if not w[:1].isupper())
        return _Denial(item, act, _scope(before + " " + after, act), _scope(party, act))
    return None


def _scope(text: str, act: str) -> frozenset[str]:
    return frozenset(t for t in content_tokens(text) if t not in _EMPTY and t != act and not t.startswith("#"))


def _same_act(denial: _Denial, report: ClaimItem) -> bool:
    """The report tells the denied act: it shares a scope word where the denial names any, and names no other day."""
    told = content_tokens(report.claim.text)
    if (denial.scope and not denial.scope & told) or (denial.party and not denial.party & told):
        return False
    return "date" not in differences(signature(denial.item.claim.text), signature(report.claim.text))


def _when(article: Article) -> tuple[date, time | None] | None:
    if article.published is None:
        return None
    try:
        return article.published, time.fromisoformat(article.published_time) if article.published_time else None
    except ValueError:
        return article.published, None


def _not_after(report: tuple[date, time | None] | None, denial: tuple[date, time | None] | None) -> bool:
    """The report may have come out no later than the denial: by clock on one day, else by day (an unknown
    time or date leaves the order unknown, which keeps the pair)."""
    if report is None or denial is None:
        return True
    if report[0] != denial[0] or report[1] is None or denial[1] is None:
        return report[0] <= denial[0]
    return report[1] <= denial[1]


def _discrepancy(denial: _Denial, asserted: list[ClaimItem]) -> Discrepancy:
    word = next((w for a in asserted for w in re.findall(r"[a-z]+ed", a.claim.text.lower()) if stem(w) == denial.act),
                denial.act)
    report = sorted(asserted, key=lambda a: (source_order(a.source), a.span.start))
    positions = [
        Position(value=f"{word}: {shortened(report[0].claim.text, 160)}", sources=sorted_sources({a.source for a in report}),
                 evidence=_spans(report)),
        Position(value=f"not {word}: {shortened(denial.item.claim.text, 160)}", sources=[denial.item.source],
                 evidence=[denial.item.span]),
    ]
    positions.sort(key=lambda p: source_order(p.sources[0]))
    listing = " vs ".join(f"{p.value.split(':')[0]} ({', '.join(p.sources)})" for p in positions)
    return Discrepancy(subject=shortened(report[0].claim.text, 90), kind="account",
                       summary=f"Sources disagree on whether this happened: {listing}.", positions=positions)


def _spans(members: Sequence[ClaimItem]) -> list[Span]:
    unique = {(i.span.source, i.span.start, i.span.end): i.span for i in members}
    return [unique[k] for k in sorted(unique, key=lambda k: (source_order(k[0]), k[1], k[2]))]
