"""Figure rules found on development set 7 (tests/suggest_dev7, issue 18).

Short texts, one behaviour each, then the set itself (development data)."""

from __future__ import annotations

from pathlib import Path

from reviewer.quantities import find_quantities
from reviewer.suggest.engine import suggest
from reviewer.suggest.figures import find_figures
from reviewer.suggest.quality import evaluate

DEV7 = Path(__file__).resolve().parents[1] / "suggest_dev7" / "labels.json"


def _figures(text: str) -> dict[str, tuple[int | None, int | None]]:
    return {s.text: s.value for s in find_figures(text)}


def test_exceeded_before_a_number_is_more_than() -> None:
    assert _figures("قال المرصد إن حصيلة القتلى تجاوزت 70 شخصاً") == {"تجاوزت 70 شخصاً": (70, None)}
    assert _figures("إن عدد الموقوفين تجاوز مئة وعشرين شخصاً.") == {
        "تجاوز مئة وعشرين شخصاً": (120, None)
    }
    # the negated verb stays 'at most'
    assert [(q.low, q.high) for q, _, _ in find_quantities("لا تتجاوز 50")] == [(None, 50)]


def test_six_after_wa_is_a_number_but_not_after_li() -> None:
    assert _figures("من بين القتلى تسعة أطفال وست نساء.")["وست نساء"] == (6, 6)
    assert find_quantities("لست أدري") == []


def test_more_people_nouns_are_counted() -> None:
    found = _figures("احتج نحو مئة سائق أجرة، وأعادت القبض على 89 فاراً وأجلت 14 مريضاً")
    assert found == {"نحو مئة سائق": (90, 110), "89 فاراً": (89, 89), "14 مريضاً": (14, 14)}
    assert _figures("بينهم خمسة أطفال وسيدتان، جراء")["سيدتان"] == (2, 2)


def test_a_dual_in_construct_counts_two_of_what_follows() -> None:
    assert _figures("انتشلت فرقها جثتي الشابين من تحت الأنقاض") == {"جثتي الشابين": (2, 2)}
    assert _figures("عثر على جثتي شابين مقتولين") == {"جثتي شابين": (2, 2)}
    assert _figures("قتلوا عشرة بينهم راعيا أغنام")["راعيا"] == (2, 2)


def test_a_bare_count_after_a_verb_and_during_it() -> None:
    assert _figures("شنت القوات حملة دهم اعتقلت خلالها العشرات، وفق التنسيقية") == {
        "العشرات": (20, 99)
    }


def test_numbers_of_no_people_stay_out() -> None:
    text = (
        "طلب الخاطفون فدية قدرها خمسون ألف دولار، وهذه المرة الخمسين التي يتوغل فيها الجيش، "
        "وسيطروا على مقر اللواء 47 وحي مشروع 3000 شقة بعد سقوط عشرات البراميل"
    )
    assert _figures(text) == {}


def test_a_number_and_of_counts_the_forces_or_fighters_after_it() -> None:
    found = _figures('هم 35 من مقاتلي العشائر و25 من "قسد" و89 من قوات النظام.')
    assert found["25"] == (25, 25)  # counted like the figure before it
    assert found["89 من قوات"] == (89, 89)
    assert _figures("وخسارة تسعة من مقاتليها، مؤكدة")["تسعة من مقاتليها"] == (9, 9)


def test_a_definite_number_after_a_noun_with_a_possessive() -> None:
    assert _figures("مقتل رجل وزوجته وأطفالهما الثلاثة. كما")["وأطفالهما الثلاثة"] == (3, 3)


def test_a_number_of_is_offered_as_no_figure_but_counts_its_party() -> None:
    text = "وأصيب عدد من المدنيين، وقتل عنصران"
    offered = [s for s in suggest(text, None, kinds=("figure", "actor")) if s.kind == "figure"]
    assert [s.text for s in offered] == ["عنصران"]
    assert find_figures(text)[0].extra["vague"]


def test_cases_of_killing_or_arrest_count_people() -> None:
    assert _figures("وثقت الشبكة 43 حالة قتل خارج نطاق القانون") == {"43 حالة قتل": (43, 43)}
    assert _figures("سجلت 12 حالة اعتقال تعسفي") == {"12 حالة اعتقال": (12, 12)}
    assert _figures("سجلت 12 حالة تسمم") == {}


def test_a_noun_with_hamza_and_a_possessive() -> None:
    assert _figures("تبحث عن اثنين من أبنائها اعتقلا") == {"اثنين من أبنائها": (2, 2)}


def test_a_count_before_its_noun_after_what_it_rose_to() -> None:
    assert _figures("وبذلك يرتفع إلى 3960 عدد القتلى الذين وثقهم") == {
        "3960 عدد القتلى": (3960, 3960)
    }
    assert _figures("وقدّر مراسل السويداء 24 عدد المحتجين في الساحة") == {}


def test_remains_or_bodies_of_a_bare_count_are_the_dead() -> None:
    assert _figures("مقبرة جماعية تضم رفات العشرات.") == {"العشرات": (20, 99)}


def test_development_set_7_figures_hold() -> None:
    figure = evaluate(DEV7)["figure"]
    assert figure.precision >= 0.98
    assert figure.recall >= 0.97
