"""Alpha reproduces Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability"."""

import pytest

from reviewer.agreement import agreement_fields, alpha

# 4 coders x 12 units, None = not coded (the paper's ".")
_ = None
PAPER = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]


@pytest.mark.parametrize(
    ("level", "published"),
    [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)],
)
def test_the_four_published_values(level, published):
    assert round(alpha(PAPER, level), 3) == published


def test_undefined_alpha_is_none_not_a_number():
    assert alpha([[1, _], [_, 2]], "nominal") is None  # nothing pairable
    assert alpha([[3, 3], [3, 3]], "nominal") is None  # no variation at all


def test_every_level_in_the_rules_is_a_known_level():
    levels = agreement_fields()
    assert levels["event_type"] == "nominal" and levels["event_date"] == "interval"
    assert levels["fatalities"] == "ratio" and levels["credibility"] == "ordinal"
    assert levels["reliability"] == "ordinal" and levels["admin1"] == "nominal"
