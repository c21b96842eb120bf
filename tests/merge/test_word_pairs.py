"""Word-by-word alignment of two claims (merge.coverage.Paired), on invented sentences."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.align.thresholds import SAME_WORDS
from summarizer.merge import merge
from summarizer.merge.coverage import Paired

FOUND = "Salmonella bacteria were found in the cold-water system of its Birch Ward."
DETECTED = "The bacterium Salmonella was detected in the system of cold water of the ward."
FILLER = ["Schools in Tormund closed early.", "A ferry line stopped for the night.", "The river gauge at Pell broke."]


def test_a_rewording_pairs_up_both_ways_and_a_sentence_adding_a_fact_does_not() -> None:
    adding = "The bacterium Salmonella was detected in the system of cold water, and the hospital closed its kitchens."
    paired = Paired([FOUND, DETECTED, adding, *FILLER])
    assert paired(FOUND, DETECTED) == paired(DETECTED, FOUND) >= SAME_WORDS
    assert paired(FOUND, adding) < paired(FOUND, DETECTED)
    assert paired(FOUND, FILLER[0]) < SAME_WORDS


def test_only_the_same_day_pairs_up() -> None:
    monday = "The notice will be reviewed by the water board on Monday."
    friday = monday.replace("Monday", "Friday")
    paired = Paired([monday, friday, *FILLER])
    assert paired(monday, friday) < paired(monday, monday) == 1.0


def test_a_translated_rewording_with_few_shared_words_is_one_point() -> None:
    """The two sentences share little wording and their sentence vectors are not close enough, but each word
    finds its partner ('found' / 'detected', 'bacteria' / 'bacterium')."""
    a = Doc("S1").say(FOUND).say(FILLER[0])
    b = Doc("S2", language="en").say(DETECTED).say(FILLER[1])
    c = Doc("S3").say(FILLER[2])
    briefing = merge(*build(a, b, c))
    found = [kp for kp in briefing.key_points if "almonella" in kp.text]
    assert [kp.sources for kp in found] == [["S1", "S2"]]


def test_a_denial_whose_words_pair_up_stays_apart() -> None:
    denied = "The bacterium Salmonella was not found in the system of cold water of the ward."
    assert Paired([FOUND, denied, *FILLER])(FOUND, denied) >= SAME_WORDS
    a = Doc("S1").say(FOUND).say(FILLER[0])
    b = Doc("S2").say(denied).say(FILLER[1])
    briefing = merge(*build(a, b, Doc("S3").say(FILLER[2])))
    assert sorted(kp.sources for kp in briefing.key_points if "almonella" in kp.text) == [["S1"], ["S2"]]


def test_a_denial_pairs_only_with_a_sentence_stating_what_it_denies() -> None:
    """The denial's reach is its own comma'd clause ('are not affected'), so no constraint tells the two apart, and
    the plain sentence's words all pair up; but it states nothing of what the other denies."""
    plain = "The crates carry the serial codes KX40 to KX48."
    denial = "Crates with other serial codes, however, are not affected."
    paired = Paired([plain, denial, *FILLER, "The recall covers the 40 mg tablets."])
    assert paired(plain, denial) == paired(denial, plain) < SAME_WORDS
    stated = "The crates with the serial codes KX40 to KX48 are affected."
    assert paired(stated, denial) >= SAME_WORDS  # the denied word is there: the constraints then keep them apart
