"""Claim pairs left for the adjudication: close in meaning, differing on a hard point, listed nowhere."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.merge.candidates import unclassified_pairs


def test_a_negated_statement_across_outlets_is_a_pair_and_agreement_or_one_outlet_is_not() -> None:
    a = Doc("S1").say("The Vell cannery will close its Orrin plant in March, the company said.")
    a.say("The Vell cannery employs 400 people in Orrin.")
    b = Doc("S2").say("Managers said on Friday that the Orrin plant of the Vell cannery will not close in March.")
    b.say("Some 400 people work at the Vell cannery in Orrin.")  # agreement: no pair
    c = Doc("S3").say("Fishermen in Orrin sold their catch at the harbour on Monday.")
    articles, records = build(a, b, c)
    pairs = unclassified_pairs(articles, records, merge(articles, records))
    assert [(p.a.source, p.b.source, p.difference) for p in pairs] == [("S1", "S2", "negation")]
    assert "will close" in pairs[0].a_text and "will not close" in pairs[0].b_text


def test_a_pair_already_listed_by_the_rules_or_within_one_source_is_left_out() -> None:
    a = Doc("S1").say("The Orrin flood killed 12 people, officials said.").say("The Orrin flood killed 14 people, a witness said.")
    b = Doc("S2").say("The Orrin flood killed 19 people, officials said.")
    articles, records = build(a, b)
    briefing = merge(articles, records)
    assert [d.kind for d in briefing.discrepancies] == ["number"]  # the rules list the toll
    assert unclassified_pairs(articles, records, briefing) == []


def test_the_list_is_bounded() -> None:
    docs = []
    for n in range(4):
        docs.append(Doc(f"S{2 * n + 1}").say(f"The Vell cannery will close its plant number {n} in Orrin this spring."))
        docs.append(Doc(f"S{2 * n + 2}").say(f"The Vell cannery will not close its plant number {n} in Orrin this spring."))
    articles, records = build(*docs)
    assert len(unclassified_pairs(articles, records, merge(articles, records), limit=2)) == 2


def test_the_bucket_pairs_scored_at_once_are_the_pairs_a_pair_by_pair_loop_finds() -> None:
    """The review picks near pairs from one product per block of bucket pairs, then scores each exactly;
    it must find what scoring every bucket pair one by one finds, ties at the threshold included."""
    from summarizer.align import differs, embed, lsh_keys, signature
    from summarizer.align.thresholds import SAME_CLAIM
    from summarizer.merge.candidates import _differing_pairs
    from summarizer.merge.independence import Independence
    from summarizer.schema import Span

    towns, acts = ["Orrin", "Vell", "Lannis", "Marenza"], ["will close", "will not close", "may close", "closed"]
    texts = [f"The {town} cannery {act} its plant after {n} workers {verb} on {day}."
             for town in towns for act in acts for n in (40, 41, 400)
             for verb, day in (("left", "Monday"), ("quit", "Friday"))]
    claims = [(f"S{k % 7 + 1}", text, Span(source=f"S{k % 7 + 1}", start=0, end=len(text), text=text)) for k, text in enumerate(texts)]
    vectors = embed(texts)
    independence = Independence.from_groups([["S1", "S2"]])  # S1 and S2 copy one another

    buckets: dict[tuple[int, int], list[int]] = {}
    for row, codes in enumerate(lsh_keys(vectors)):
        for band, code in enumerate(codes):
            buckets.setdefault((band, code), []).append(row)
    expected = set()
    for rows in buckets.values():
        for x, i in enumerate(rows if len(rows) <= 50 else []):
            for j in rows[x + 1 :]:
                if independence.of(claims[i][0]) == independence.of(claims[j][0]):
                    continue
                similarity = round(float(vectors[i] @ vectors[j]), 4)
                difference = differs(signature(texts[i]), signature(texts[j])) if similarity >= SAME_CLAIM else None
                if difference is not None:
                    expected.add((similarity, i, j, difference))
    found = _differing_pairs(claims, vectors, independence)
    assert len(expected) > 20
    assert sorted(found) == sorted(expected) and len(found) == len(expected)


def test_one_product_of_all_vectors_finds_the_pairs_the_bucket_mates_give() -> None:
    """Up to a few thousand claims, the close bucket-mates are found from one product of every vector; they are
    exactly the pairs that gathering each bucket's mates finds (zero rows, crowded and tiny buckets included)."""
    import numpy as np

    from summarizer.merge.candidates import _mates_near, _near_mates

    rng = np.random.default_rng(7)
    base = rng.standard_normal((40, 256)).astype(np.float32)
    rows = [base[k % 40] + rng.standard_normal(256).astype(np.float32) * (0.1 + 0.4 * (k % 3)) for k in range(300)]
    rows += [base[0] + rng.standard_normal(256).astype(np.float32) * 0.05 for _ in range(80)]  # a crowded bucket
    vectors = np.vstack([*rows, np.zeros((2, 256), dtype=np.float32)])
    vectors[:-2] /= np.linalg.norm(vectors[:-2], axis=1, keepdims=True)
    dense = _near_mates(vectors)
    assert len(dense) > 100
    assert sorted(dense) == sorted(set(_mates_near(vectors, len(vectors))))
