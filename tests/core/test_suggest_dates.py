"""Dates resolved against the publication date; header dates do not win."""

from datetime import date

from reviewer.suggest.dates import best_date, find_dates, infer_anchor

THU = date(2024, 12, 5)  # a Thursday


def dates(text, published=THU):
    return [(s.text, s.value) for s in find_dates(text, published)]


def test_today_with_weekday():
    assert dates("أعلنت الهيئة، اليوم الخميس، السيطرة") == [("اليوم الخميس", "2024-12-05")]


def test_yesterday_in_brackets():
    assert dates("أفادت الوكالة أمس (الأربعاء) بأن") == [("أمس (الأربعاء)", "2024-12-04")]


def test_weekday_resolves_across_a_week_boundary():
    monday = date(2025, 1, 13)
    assert dates("قصفت المسيرات يوم الجمعة مواقع", monday) == [("يوم الجمعة", "2025-01-10")]
    assert dates("مساء السبت دخلت الفصائل", monday) == [("مساء السبت", "2025-01-11")]
    (found,) = find_dates("مساء السبت دخلت الفصائل", monday)
    assert found.extra["day_part"] == "evening"


def test_last_and_next_weekday():
    assert dates("يوم الخميس الماضي") == [("يوم الخميس الماضي", "2024-11-28")]
    assert dates("الخميس المقبل") == [("الخميس المقبل", "2024-12-12")]
    assert dates("والخميس انسحبت القوات") == [("الخميس", "2024-12-05")]


def test_month_names_of_both_calendars():
    assert dates("محدث 08 كانون الأول 2024") == [("08 كانون الأول 2024", "2024-12-08")]
    assert dates("في 3 شباط/فبراير 2025") == [("3 شباط/فبراير 2025", "2025-02-03")]
    assert dates("في ٥ كانون الأول/ديسمبر ٢٠٢٤") == [("٥ كانون الأول/ديسمبر ٢٠٢٤", "2024-12-05")]


def test_day_and_month_without_year_take_the_nearest_past_year():
    assert dates("في 27 نوفمبر الماضي") == [("27 نوفمبر", "2024-11-27")]
    assert dates("في 28 كانون الثاني", date(2025, 2, 4)) == [("28 كانون الثاني", "2025-01-28")]


def test_numeric_dates():
    assert dates("أعلن في 12/01/2025 أنه") == [("12/01/2025", "2025-01-12")]
    assert dates("بتاريخ 2024-12-07") == [("2024-12-07", "2024-12-07")]


def test_without_anchor_weekdays_stay_unresolved():
    (found,) = find_dates("اليوم الخميس", None)
    assert found.value is None and found.extra["weekday"] == "Thursday"


HEADER = (
    "السبت 22 مارس / مارس 2025\n"
    "المعارضة تسيطر على حمص محدث 08 كانون الأول 2024\n"
    "تمكنت الفصائل، مساء السبت، من دخول حمص. وفي 30 نوفمبر سيطرت على حلب. "
    "وقال سكان مساء السبت إنهم رأوا القوات تغادر."
)


def test_a_far_page_header_date_does_not_win():
    assert infer_anchor(HEADER) == date(2024, 12, 8)
    found = find_dates(HEADER, None)
    header = found[0]
    assert header.value == "2025-03-22" and header.extra["far"] is True
    assert best_date(found).value == "2024-12-07"  # the Saturday the text is about
    assert best_date(find_dates(HEADER, date(2024, 12, 8))).value == "2024-12-07"
