"""The ledger's second pass: groups split by reading order joined again, rivals kept apart (invented stories)."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge.claims import ClaimItem, ClaimMatcher, collect_claims
from summarizer.merge.independence import detect_copies
from summarizer.merge.ledger import consolidate, near_keys


def _items(*docs: Doc) -> tuple[list[ClaimItem], ClaimMatcher]:
    articles, records = build(*docs)
    items = collect_claims(articles, records, detect_copies(articles))
    return items, ClaimMatcher(items)


def _texts(groups: list[list[ClaimItem]]) -> list[list[str]]:
    return [[i.claim.text for i in g] for g in groups]


def test_one_fact_split_in_two_groups_is_joined() -> None:
    # The lede and the body of S1 each seeded a group; the other outlets divided between them.
    a = Doc("S1").say("The Orvel bridge is closed to all traffic after engineers found cracks in its piers.")
    a.say("Engineers closed the Orvel bridge to all traffic after finding cracks in its piers.")
    b = Doc("S2").say("The Orvel bridge was closed to all traffic when engineers found cracks in the piers.")
    c = Doc("S3").say("Engineers have closed the Orvel bridge to traffic after cracks were found in its piers.")
    items, matcher = _items(a, b, c)
    split = [[items[0], items[2]], [items[1], items[3]]]
    joined = consolidate(split, matcher, near_keys(matcher, len(items)))
    assert _texts(joined) == [[i.claim.text for i in items]]


def test_groups_with_rival_figures_or_other_facts_stay_apart() -> None:
    a = Doc("S1").say("The harbour board approved 40 new moorings for the marina on Tuesday.")
    a.say("The ferry to Kessel Island was cancelled because of high winds.")
    b = Doc("S2").say("The harbour board approved 65 new moorings for the marina on Tuesday.")
    b.say("High winds forced the cancellation of the Kessel Island ferry.")
    items, matcher = _items(a, b)
    moorings = [[items[0]], [items[2]]]
    assert _texts(consolidate(moorings, matcher, near_keys(matcher, len(items)))) == _texts(moorings)
    different = [[items[0], items[2]], [items[1], items[3]]]
    assert len(consolidate(different, matcher, near_keys(matcher, len(items)))) == 2


def test_a_short_restatement_close_to_one_member_of_a_large_group_joins_it() -> None:
    # S5's short sentence passes the pair rule with few of the four wordings (1 of 4 pairs; 2 since 'shut', an
    # irregular past, is read as the act 'closed' tells): average linkage LINKAGE 0.25 joins it; at 0.34 it stayed apart.
    docs = [Doc("S1").say("Lessons at the Brill school have been cancelled, its gym has been closed and pupils are "
                          "being sent home with worksheets."),
            Doc("S2").say("The gym is closed, and teachers are sending pupils home with worksheets."),
            Doc("S3").say("The school gym is shut, lessons are off and pupils are going home with worksheets."),
            Doc("S4").say("Lessons are cancelled and the gym stays closed; the pupils get worksheets to take home."),
            Doc("S5").say("The Brill school gym is shut and its lessons are on hold.")]
    items, matcher = _items(*docs)
    assert 1 <= sum(matcher.same_fact(items[4], other) >= 0.4 for other in items[:4]) <= 2
    joined = consolidate([items[:4], [items[4]]], matcher, near_keys(matcher, len(items)))
    assert _texts(joined) == [[i.claim.text for i in items]]


def test_a_group_is_compared_with_its_closest_earlier_group() -> None:
    # The first group shares its rarest words with many later groups (side facts on the same bridge), more than
    # with the last one, a short restatement; the last one's closest group is the first. Each group names its
    # closest later groups and its closest earlier ones, so the pair is compared whichever side ranks it lower.
    from types import SimpleNamespace

    from summarizer.merge.ledger import LINK_CANDIDATES, _candidate_pairs

    weights = {"brill": 3.0, "cables": 3.0, "corroded": 3.0, "lorries": 2.0, "closed": 1.0, "shut": 1.0}
    lead = {"brill", "cables", "corroded", "lorries", "closed"}
    sides = [{"brill", "cables", "corroded", f"side{k}"} for k in range(LINK_CANDIDATES + 2)]
    last = {"lorries", "shut", "brill"}
    token_sets = [lead, *sides, last]
    weights.update({f"side{k}": 1.0 for k in range(len(sides))})
    items = [SimpleNamespace(order=k, tokens=frozenset(t)) for k, t in enumerate(token_sets)]
    matcher = SimpleNamespace(idf=weights, weight=weights.__getitem__)
    pairs = _candidate_pairs([[i] for i in items], matcher, [[] for _ in items])  # type: ignore[arg-type]
    assert (0, len(items) - 1) in pairs
    assert all(a < b for a, b in pairs) and len(pairs) == len(set(pairs))


def test_a_quotation_is_no_fact_with_a_sentence_sharing_only_its_attribution() -> None:
    # S5 shares the speaker's name and title with the quotation's attribution, and no word of what she said.
    docs = [Doc("S1").say('"The bridge is safe today, and we mean to keep it that way," said Ann Roe, the council\'s chief engineer.'),
            Doc("S2").say('"The bridge is safe today and we intend to keep it so," said the council\'s chief engineer, Ann Roe.'),
            Doc("S3").say('"The bridge is safe today, and we will keep it that way," the chief engineer of the council, Ann Roe, said.'),
            Doc("S4").say("Chief engineer Ann Roe of the council is a decent engineer, but she works for the developers.")]
    items, matcher = _items(*docs)
    joined = consolidate([items[:3], [items[3]]], matcher, near_keys(matcher, len(items)))
    assert _texts(joined) == [[i.claim.text for i in items[:3]], [items[3].claim.text]]
    # The quotation still joins a report of what was said, in the outlet's own words.
    report = Doc("S5").say("Chief engineer Ann Roe said the bridge was safe today and the council would keep it so.")
    items, matcher = _items(*docs[:3], report)
    assert len(consolidate([items[:3], [items[3]]], matcher, near_keys(matcher, len(items)))) == 1
