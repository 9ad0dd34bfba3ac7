"""Figures in longer reports: round figures with the noun left out, fractions, duals
(issue 18, development set 5)."""

from pathlib import Path

from reviewer.suggest.figures import find_figures
from reviewer.suggest.quality import evaluate

ROOT = Path(__file__).resolve().parents[2]


def _figures(text: str) -> list[tuple[str, tuple[int | None, int | None]]]:
    return [(s.text, s.value) for s in find_figures(text)]


def test_a_round_figure_without_its_noun_counts_what_the_figure_before_it_counted():
    text = (
        "وعاد قرابة 210 آلاف شخص من تركيا، يليهم العائدون من لبنان بنحو مئة وسبعين ألفاً، "
        "ثم من الأردن بأكثر من 75 ألفاً."
    )
    values = [value for _, value in _figures(text)]
    assert values == [(189000, 231000), (153000, 187000), (75000, None)]
    assert _figures("وبلغت الخسائر 20 ألفاً.") == []  # no figure of people before it


def test_a_bare_number_after_among_them_counts_the_same_people():
    text = "اعتقال 63 شخصاً بينهم 14 امرأة، من بينهن أربع كنّ مسؤولات عن الحسبة."
    assert ("أربع", (4, 4)) in _figures(text)


def test_a_nationality_counts_people():
    text = "بينهم قرابة 16 ألف عراقي ونحو 6500 من جنسيات أجنبية، و175 ألف سوري عادوا."
    values = [value for _, value in _figures(text)]
    assert (14400, 17600) in values and (5850, 7150) in values and (175000, 175000) in values


def test_a_dual_adjective_is_no_second_figure_and_at_least_two_has_no_upper_bound():
    assert _figures("قتل طفلين شقيقين بانفجار لغم.") == [("طفلين", (2, 2))]
    assert _figures("أسفر عن مقتل شخصين على الأقل.") == [("شخصين على الأقل", (2, None))]


def test_the_lowest_number_and_a_fraction_are_no_figures():
    assert _figures("وسجلت القنيطرة أدنى عدد من القتلى.") == []
    text = "تتوقع عودة ما يصل إلى مليون ونصف المليون لاجئ."
    assert all(value != (1000000, 1000000) for _, value in _figures(text))


def test_development_set_5_figures():
    figures = evaluate(ROOT / "tests" / "suggest_dev5" / "labels.json")["figure"]
    assert figures.labelled >= 150
    assert figures.precision >= 0.95, figures.false_positives
    assert figures.recall >= 0.88, figures.misses


def test_a_round_figure_counts_the_noun_after_adad_before_it():
    text = "ويقدر عدد اللاجئين السوريين في العالم بأكثر من ستة ملايين."
    assert _figures(text) == [("بأكثر من ستة ملايين", (6000000, None))]
    assert _figures("وبلغ عدد الغارات أكثر من 20 ألفاً.") == []
