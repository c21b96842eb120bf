"""An act one outlet denies and others report done (invented sentences): listed as an account conflict
when the denial comes at or after a report of the act and names no other party; left alone when the
denial came first (the story moved on), names someone else, or the outlet itself reports the act."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import Doc, build

from summarizer.merge import merge
from summarizer.schema import Briefing

DAY = date(2031, 3, 14)


def _accounts(briefing: Briefing) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value.split(":")[0], p.sources) for p in d.positions] for d in briefing.discrepancies if d.kind == "account"]


def _story(denial: str, at: str = "15:00") -> Briefing:
    a = Doc("S1", published=DAY, at="09:10").say("Customs officers arrested two crew members of the trawler Vesna at Orhavn.")
    b = Doc("S2", published=DAY, at="11:30").say("Two of the Vesna's crew have been arrested, the customs agency confirmed.")
    c = Doc("S3", published=DAY, at=at).say(denial)
    return merge(*build(a, b, c))


@pytest.mark.parametrize("denial", [
    "No arrests have been made in the Vesna case, a customs spokesman insisted.",
    "There have been no arrests, the harbour office says.",
    "Nobody has been arrested over the Vesna's cargo.",
    "The crew of the Vesna have not been arrested.",
])
def test_a_later_denial_of_a_reported_act_is_an_account_conflict(denial: str) -> None:
    assert _accounts(_story(denial)) == [[("arrested", ["S1", "S2"]), ("not arrested", ["S3"])]]


@pytest.mark.parametrize("denial", [
    "The skipper of the Vesna has not been arrested.",  # another party: the skipper, not the crew
    "Customs officers have not commented on the Vesna.",  # saying, not an act
    "The agency has not ordered the trawler seized.",  # a decision: the account finder's, and nothing else ordered
])
def test_a_denial_about_someone_or_something_else_is_no_conflict(denial: str) -> None:
    assert _accounts(_story(denial)) == []


def test_a_denial_before_every_report_is_the_story_moving_on() -> None:
    assert _accounts(_story("No arrests have been made in the Vesna case.", at="08:00")) == []
    # With no publication time (or only its day) on the denial the order is unknown: the conflict is listed.
    a = Doc("S1", published=DAY, at="09:10").say("Customs officers arrested two crew members of the trawler Vesna at Orhavn.")
    for c in (Doc("S3").say("No arrests have been made in the Vesna case."),
              Doc("S3", published=DAY).say("No arrests have been made in the Vesna case.")):  # a day, no clock
        assert _accounts(merge(*build(a, c))) == [[("arrested", ["S1"]), ("not arrested", ["S3"])]]
    # A day earlier than the report, with no clock: still the story before the arrest.
    d = Doc("S3", published=date(2031, 3, 13)).say("No arrests have been made in the Vesna case.")
    assert _accounts(merge(*build(a, d))) == []


def test_an_outlet_reporting_the_act_it_denies_tells_two_moments() -> None:
    a = Doc("S1", published=DAY, at="09:10").say("Customs officers arrested two crew members of the trawler Vesna at Orhavn.")
    c = (Doc("S3", published=DAY, at="15:00").say("No arrests were made during the first search of the Vesna.")
         .say("Two crew members were arrested on the second search of the Vesna."))
    assert _accounts(merge(*build(a, c))) == []


@pytest.mark.parametrize("denial", [
    "No arrests have been made.", "ZERO injuries were reported.", "There were no injuries.", "No-one was injured.",
    "Noone was injured.", "Nobody has been arrested.", "None were arrested.", "The crew hasn't been arrested.",
    "The crew hasnot been arrested.", "Police didn't arrest anyone.", "The crew were never arrested.",
])
def test_the_cheap_first_search_passes_every_shape_a_denial_pattern_reads(denial: str) -> None:
    from summarizer.merge import denied_acts

    assert any(p.search(denial) for p in denied_acts._DENIALS)
    assert denied_acts._MAY_DENY.search(denial)


def test_a_claim_without_a_denying_word_is_not_searched_for_a_denial(monkeypatch: pytest.MonkeyPatch) -> None:
    # The four denial patterns were a sixth of the merge's reading of claims; most claims hold none of
    # the words they need ('no', 'zero', 'there', 'not', "n't", 'never'), and a first search says so.
    from summarizer.merge import denied_acts

    searched: list[str] = []

    class Counting:
        def __init__(self, pattern: object) -> None:
            self.pattern = pattern

        def search(self, text: str, *more: int) -> object:
            searched.append(text)
            return self.pattern.search(text, *more)  # type: ignore[attr-defined]

    monkeypatch.setattr(denied_acts, "_DENIALS", tuple(Counting(p) for p in denied_acts._DENIALS))
    briefing = _story("Customs officers questioned the Vesna's skipper at Orhavn on Friday.")
    assert _accounts(briefing) == []
    assert not any("questioned" in text for text in searched)


def test_a_claim_stating_no_act_is_not_signed_for_the_acts_it_asserts(monkeypatch: pytest.MonkeyPatch) -> None:
    # Only a claim stating an act can assert what a denial denies: the finder reads the negation and modality
    # (the signature, a costly parse) of those claims alone.
    from summarizer.merge import denied_acts

    signed: list[str] = []

    def counting(text: str) -> object:
        signed.append(text)
        return signature(text)

    signature = denied_acts.signature
    monkeypatch.setattr(denied_acts, "signature", counting)
    a = Doc("S1", published=DAY, at="09:10").say("Customs officers arrested two crew members of the trawler Vesna at Orhavn.")
    b = Doc("S2", published=DAY, at="11:30").say("The Vesna is a trawler from Orhavn with a crew of six.")
    c = Doc("S3", published=DAY, at="15:00").say("No arrests have been made in the Vesna case, a customs spokesman insisted.")
    assert _accounts(merge(*build(a, b, c))) == [[("arrested", ["S1"]), ("not arrested", ["S3"])]]
    assert any("arrested two crew" in text for text in signed)
    assert not any("crew of six" in text for text in signed)
