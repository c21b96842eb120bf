"""Sentence splitting: abbreviations, initials and numbered names do not end a sentence."""

from __future__ import annotations

from summarizer.text import normalize, sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_abbreviations_and_initials_do_not_split() -> None:
    text = "Rep. A.B. Varga (D-Mar.) spoke. Sen. Ada Bello of Calif. said no. It was No. 10 on the list. Then more."
    assert _sentences(text) == [
        "Rep. A.B. Varga (D-Mar.) spoke.",
        "Sen. Ada Bello of Calif. said no.",
        "It was No. 10 on the list.",
        "Then more.",
    ]


def test_paragraph_breaks_end_sentences_and_offsets_point_into_text() -> None:
    text = "Port closed\n\nThe strike ended. “We won,” Varga said.\n\n  Talks resume Monday.  "
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["Port closed", "The strike ended.", "“We won,” Varga said.",
                                             "Talks resume Monday."]


def test_normalize_folds_quotes_dashes_accents_and_case() -> None:
    assert normalize("“Café”  —  ‘Okafor’") == normalize('"cafe" - \'okafor\'')


def test_a_case_name_with_v_is_one_sentence() -> None:
    text = "The court cited Marlow v. Keldra Shipping in its ruling. The appeal failed."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The court cited Marlow v. Keldra Shipping in its ruling.", "The appeal failed."]


def test_each_list_item_on_its_own_line_is_a_sentence_without_its_marker() -> None:
    from summarizer.text import sentence_spans

    text = ("What travellers need to know:\n- You can rebook for free until Friday.\n"
            "- The regulator ordered refunds for hotels, so keep your receipts.\n"
            "• Do not go to the terminal unless your flight is confirmed\n2) Call the helpline first.\n\n"
            "The outage began at 5 a.m. on Saturday - a faulty update was to blame.")
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "What travellers need to know:",
        "You can rebook for free until Friday.",
        "The regulator ordered refunds for hotels, so keep your receipts.",
        "Do not go to the terminal unless your flight is confirmed",
        "Call the helpline first.",
        "The outage began at 5 a.m. on Saturday - a faulty update was to blame.",
    ]


def test_a_month_abbreviation_with_no_day_or_year_after_it_ends_the_sentence() -> None:
    # "Jan." here is a name closing a blogger's aside; a month is written abbreviated only before its day or year.
    text = "The airline blamed a power cut. Sure, Jan. I'll believe it when I see the report. Fares rise Jan. 5 and Dec. 2027."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The airline blamed a power cut.", "Sure, Jan.", "I'll believe it when I see the report.",
        "Fares rise Jan. 5 and Dec. 2027."]


def test_a_bloggers_sneer_is_no_claim() -> None:
    from summarizer.extract.offline import extract_offline
    from summarizer.schema import Article

    text = ("The ferry company blamed a faulty pump for Friday's cancellations. Sure, Jan. I'll believe it when I "
            "see the inspection report. Some 40 sailings were cancelled.")
    claims = [c.text for c in extract_offline(Article(id="S1", uri="mem://s1", text=text)).claims]
    assert not any("believe" in c or "Jan" in c for c in claims)
    assert any("faulty pump" in c for c in claims)


def test_a_time_goes_on_past_its_am_pm_into_its_day_date_or_zone() -> None:
    """US news style writes 'at 2:15 p.m. Tuesday near the bridge': the day after 'p.m.' goes on telling
    the time, as a date or a time zone does; a sentence that opens after a time is still one."""
    text = ("The alarm was raised at about 2:15 p.m. Tuesday near the Orvel footbridge. Crews arrived within "
            "minutes. Voting closes at 8 p.m. EST on Sunday. The count starts at 9 a.m. Nov. 4 in the town hall. "
            "The hall opened at 7 a.m. The queue was already long.")
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The alarm was raised at about 2:15 p.m. Tuesday near the Orvel footbridge.",
        "Crews arrived within minutes.",
        "Voting closes at 8 p.m. EST on Sunday.",
        "The count starts at 9 a.m. Nov. 4 in the town hall.",
        "The hall opened at 7 a.m.",
        "The queue was already long.",
    ]


def test_a_time_phrase_alone_is_no_sentence() -> None:
    """'By 7 p.m.' before a count in digits opens the sentence; a sentence ending on a time still ends there."""
    text = "Rain fell all day. By 7 p.m. 52 barges were waiting at the weir. The gate shut at 9 p.m. 1,200 people watched."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Rain fell all day.",
        "By 7 p.m. 52 barges were waiting at the weir.",
        "The gate shut at 9 p.m.",
        "1,200 people watched.",
    ]


def test_a_time_after_a_determiner_or_an_owner_names_what_follows_and_ends_no_sentence() -> None:
    """'the railroad's 12:45 p.m. Summit Special' is a train: cut at 'p.m.', the briefing's lede and headline
    stopped mid-sentence. A time after 'at' still ends its sentence before a capital."""
    text = ("A slide trapped the Orrin line's 12:45 p.m. Coast Flyer near the tunnel. She took the 7 a.m. Harbour "
            "Express. The ferry left at 6 p.m. Crews followed.")
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "A slide trapped the Orrin line's 12:45 p.m. Coast Flyer near the tunnel.",
        "She took the 7 a.m. Harbour Express.",
        "The ferry left at 6 p.m.",
        "Crews followed.",
    ]
