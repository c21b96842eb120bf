"""Units of one measure written in different sizes ('2,140 kilograms', '2.1 tonnes', '2.140 kilos'), read as one.

The quantity reader (:mod:`summarizer.quantities`) states such a figure in its measure's base unit, so outlets
weighing one haul in kilograms and in tonnes are compared figure for figure; the figure keeps the unit it was
written in, and how finely it was written: '2.1 tonnes' is a rounding of anything from 2,050 to 2,150 kilograms.
Only units whose size does not depend on the country are listed: a 'ton' is 907, 1,000 or 1,016 kilograms.
"""

from __future__ import annotations

# The counted noun's stem -> (the measure's base unit, the unit's size in it).
SIZES: dict[str, tuple[str, float]] = {
    **dict.fromkeys(["kilogram", "kilogramm", "kilo", "kg", "kgs"], ("kilogram", 1.0)),
    "tonn": ("kilogram", 1000.0),
    "gram": ("kilogram", 0.001),
}


def size_of(unit: str | None) -> tuple[str, float] | None:
    """(base unit, size) of a unit of a listed measure, else None."""
    return SIZES.get(unit) if unit else None


def rounding(value: float, size: float) -> float:
    """Half the last written place of ``value`` (as written, before scaling), in the base unit: 2.1 t -> 50 kg."""
    written = f"{value:.6f}".rstrip("0")
    places = len(written) - written.index(".") - 1
    return 0.5 * 10.0**-places * size


def written_apart(a: tuple[str, float, float] | None, b: tuple[str, float, float] | None) -> float:
    """The rounding two figures of one measure written in different units allow, from each figure's measure (the
    unit as written, its size, its rounding): '2.1 tonnes' / '2,140 kilograms' may differ by 50 kilograms, as the
    tonnes were written to the nearest 50; 0 where both are written in one unit (or neither is a listed measure).
    The merger's figure check and the aligner's number constraint both allow it."""
    if (a[0] if a else None) == (b[0] if b else None):
        return 0.0
    return max(m[2] for m in (a, b) if m is not None)
