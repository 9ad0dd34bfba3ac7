"""Date forms beyond weekdays and numbered days (issue 18): ordinal days, days ago, and
'اليوم' or a weekday that names no date."""

from datetime import date

from reviewer.suggest.dates import find_dates

PUBLISHED = date(2025, 3, 12)  # a Wednesday


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.value) for s in find_dates(text, PUBLISHED)]


def test_an_ordinal_day_of_a_named_or_the_current_month():
    assert _dates("في الثالث من آذار 2024") == [("الثالث من آذار 2024", "2024-03-03")]
    assert _dates("في العاشر من الشهر الجاري") == [("العاشر من الشهر الجاري", "2025-03-10")]
    found = _dates("في الحادي والعشرين من الشهر الماضي")
    assert found == [("الحادي والعشرين من الشهر الماضي", "2025-02-21")]
    assert _dates("الجيل الثالث من الشباب") == []


def test_days_ago_but_not_days_before_another_day():
    assert _dates("قبل يومين") == [("قبل يومين", "2025-03-10")]
    assert _dates("قبل ثلاثة أيام") == [("قبل ثلاثة أيام", "2025-03-09")]
    assert _dates("قبل يومين من الانتخابات") == []
    assert _dates("تتواصل الاشتباكات منذ 5 أيام") == []


def test_today_and_a_weekday_that_name_no_date():
    assert _dates("في اليوم التالي") == []
    assert _dates("بمناسبة اليوم العالمي للمرأة") == []
    assert _dates("تظاهر المئات بعد صلاة الجمعة") == []
    assert _dates("قتل اليوم ثلاثة") == [("اليوم", "2025-03-12")]
