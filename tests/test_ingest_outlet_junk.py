"""An outlet's talk about itself is no news: its shop, its paying tier's perks, its sponsor, the links under
"Related posts", a station's sign-off (invented pages)."""

from __future__ import annotations

import json

from summarizer.ingest.clean import clean_text

_PROSE = ("The harbour board said on Monday that the slipway would stay shut until divers had checked every "
          "pile, and that ferries would use the north quay meanwhile.")


def _blog(tail: str) -> str:
    return f"Quay Notes\n\nSlipway shut again\n\n{_PROSE}\n\n{_PROSE.replace('Monday', 'Tuesday')}\n\n{tail}"


def test_shop_stock_announcement_with_a_quoted_product_goes() -> None:
    cleaned = clean_text(_blog('NEW IN THE SHOP: "Save the Slipway" mugs, £8, all profits to the fund\n\n'
                               '"Quayside Crew" beanies back in stock!'))
    assert "mugs" not in cleaned.text and "beanies" not in cleaned.text
    assert "north quay" in cleaned.text


def test_paying_tier_perk_goes() -> None:
    cleaned = clean_text(_blog("Patreon supporters ($4/month) get my ferry timetable cheat sheet first."))
    assert "cheat sheet" not in cleaned.text


def test_outlet_naming_its_sponsor_goes_but_news_of_a_sponsor_stays() -> None:
    text = ("HARBOUR NOTES WEEKLY\nMonday, June 9, 2031\n\nSlipway shut\n\n"
            f"{_PROSE}\n\nThe regatta is sponsored by Tidewell Marine, the board said.\n\n"
            "Harbour Notes Weekly is sponsored by Brindle Charts.")
    cleaned = clean_text(text)
    assert "Brindle" not in cleaned.text
    assert "Tidewell Marine" in cleaned.text


def test_links_under_a_related_heading_go() -> None:
    cleaned = clean_text(_blog("RELATED POSTS\n- Why the pile inspections keep slipping\n- The dredger nobody "
                               "wanted: a history\n\n23 comments"))
    assert "pile inspections" not in cleaned.text and "dredger" not in cleaned.text


def test_bulleted_facts_without_a_heading_stay() -> None:
    cleaned = clean_text(_blog("What we know:\n- The slipway stays shut until Friday.\n- Ferries use the north quay."))
    assert "stays shut until Friday" in cleaned.text


def test_station_sign_off_ending_the_bulletin_is_cut_from_its_sentence() -> None:
    record = json.dumps({"text": f"{_PROSE} Quay Radio news, more on the hour."})
    cleaned = clean_text(json.loads(record)["text"])
    assert cleaned.text.endswith("north quay meanwhile.")
    assert clean_text(f"{_PROSE}\n\nNext news at the top of the hour.").text.endswith("meanwhile.")


def test_tag_list_goes() -> None:
    cleaned = clean_text(_blog("Tags: slipway, harbour board, ferries"))
    assert "Tags" not in cleaned.text


def test_a_labelled_sponsor_slot_goes_even_with_a_quoted_slogan() -> None:
    cleaned = clean_text(_blog('This month\'s sponsor: Kelda Rope & Chain - "Holding fast since 1961."\n\n'
                               "Sponsor of the week: The Fenwick Bakery, open late on Fridays."))
    assert "Kelda" not in cleaned.text and "Fenwick" not in cleaned.text
    assert "north quay" in cleaned.text


def test_news_that_opens_with_a_sponsor_or_quotes_one_stays() -> None:
    news = ("The sponsor said the regatta would go ahead next year.\n\n"
            "Sponsors withdrew from the regatta after the vote, the organisers said.")
    cleaned = clean_text(_blog(news))
    assert "go ahead next year" in cleaned.text and "Sponsors withdrew" in cleaned.text
