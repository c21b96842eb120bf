"""Clustering across sources on invented statements: paraphrases meet, near misses stay apart."""

from __future__ import annotations

from summarizer.align import align, embed, lsh_keys, representative, thresholds

QUOTE_PAIR = [
    "We talk, we negotiate, but a lockout won't happen",
    "We are talking, we are negotiating, but there will be no lockout",
]


def test_translated_quote_pair_is_one_cluster() -> None:
    texts = [*QUOTE_PAIR, "The port will reopen at dawn and the cranes will run all night"]
    clusters = align(texts, ["S1", "S2", "S3"], threshold=thresholds.SAME_QUOTE)
    assert [0, 1] in clusters and [2] in clusters


def test_same_wording_with_another_number_negation_or_modality_stays_apart() -> None:
    texts = [
        "The ministry approved 40 new wind turbines off the northern coast.",
        "The ministry approved 40 new wind turbines off the northern coast on Friday.",
        "The ministry approved 65 new wind turbines off the northern coast.",
        "The ministry did not approve new wind turbines off the northern coast.",
        "The ministry may approve 40 new wind turbines off the northern coast.",
    ]
    clusters = align(texts, ["S1", "S2", "S3", "S4", "S5"], threshold=thresholds.SAME_CLAIM)
    assert clusters[0] == [0, 1]
    assert [2] in clusters and [3] in clusters and [4] in clusters


def test_one_source_contributes_one_member_unless_it_repeats_itself() -> None:
    texts = [
        "Divers recovered the ferry's black box from the seabed on Sunday.",
        "Divers recovered the ferry's black box from the seabed on Sunday.",
        "Navy divers brought up the ferry's black box from the sea floor on Sunday.",
    ]
    # S1 twice word for word is still one cluster; S1's looser rewording is not a second member.
    assert align(texts[:2], ["S1", "S1"], threshold=thresholds.SAME_CLAIM) == [[0, 1]]
    loose = align([texts[0], texts[2]], ["S1", "S1"], threshold=0.3)
    assert loose == [[0], [1]]
    assert align([texts[0], texts[2]], ["S1", "S2"], threshold=0.3) == [[0, 1]]


def test_caller_veto_is_respected() -> None:
    texts = QUOTE_PAIR
    assert align(texts, ["S1", "S2"], threshold=thresholds.SAME_QUOTE, compatible=lambda i, members: False) == [[0], [1]]


def test_result_is_deterministic_and_in_input_order() -> None:
    texts = [f"Crews repaired {word} on the eastern line overnight." for word in ("signals", "tracks", "cables", "points")]
    sources = ["S1", "S2", "S3", "S4"]
    first = align(texts, sources, threshold=thresholds.SAME_CLAIM)
    assert first == align(texts, sources, threshold=thresholds.SAME_CLAIM)
    assert sorted(i for c in first for i in c) == [0, 1, 2, 3]
    assert all(c == sorted(c) for c in first)


def test_lsh_keys_collide_for_close_vectors_and_representative_is_central() -> None:
    vecs = embed(["The school reopened after the storm.", "The school reopened after the storm passed.", "Wheat prices fell."])
    keys = lsh_keys(vecs)
    assert len(keys[0]) == 32
    assert sum(a == b for a, b in zip(keys[0], keys[1], strict=True)) > sum(a == b for a, b in zip(keys[0], keys[2], strict=True))
    assert representative([0, 1], vecs) == 0
