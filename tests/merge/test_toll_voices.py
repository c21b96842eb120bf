"""A toll told by several parties: each outlet may cite more than one count of the same dead, and every such
count is a position of the one toll; a bound ('at least 3') never makes one position of two rival counts."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge


def _toll() -> list[tuple[str, list[str]]]:
    a = Doc("S1").say("A blast at the Varnholm depot killed at least two workers on Sunday, police said.", attribution="police")
    b = Doc("S2").say("The explosion at the depot in Varnholm killed at least three people, officials said.",
                      attribution="officials")
    c = (Doc("S3").say("The city council says five people have been killed.", attribution="the city council")
         .say("Hospital sources say the death toll stands at 10.", attribution="hospital sources"))
    briefing = merge(*build(a, b, c))
    (toll,) = [d for d in briefing.discrepancies if d.kind == "number"]
    return [(p.value, p.sources) for p in toll.positions]


def test_each_party_an_outlet_cites_gives_a_position_of_the_toll() -> None:
    positions = _toll()
    assert ("10", ["S3"]) in positions
    assert any("5" in value and "S3" in sources for value, sources in positions)


def test_a_bound_does_not_join_two_rival_counts_into_one_position() -> None:
    values = [value for value, _ in _toll()]
    (ten,) = [v for v in values if "10" in v]
    assert "5" not in ten and any("5" in v for v in values)
