"""Date rules from development set 38 (issue 18): ordinal days that count, numbers and
names that look like weekdays or dates, tomorrow and a coming weekday in the feminine."""

from datetime import date

from reviewer.suggest.dates import find_dates

THU = date(2024, 12, 5)  # a Thursday


def dates(text, published=THU):
    return [(s.text, s.value) for s in find_dates(text, published)]


def test_an_ordinal_day_after_today_counts_days():
    assert dates("تواصلت المواجهات لليوم الرابع على التوالي في الريف") == []
    assert dates("تجمع المحتجون في اليوم الـ103 من الاحتجاجات") == []
    assert dates("اعتصم الأهالي لليوم الـ 150 على التوالي") == []
    assert dates("وصفه ناشطون بأنه اليوم الأكثر دموية") == []
    # near miss: today before a count of the dead is still today
    assert dates("قتل اليوم 12 مدنياً") == [("اليوم", "2024-12-05")]
    assert dates("في اليوم الخميس") == [("اليوم الخميس", "2024-12-05")]


def test_that_night_and_the_same_night_are_no_dates():
    assert dates("وفي وقت لاحق من الليلة ذاتها انفجرت عبوة") == []
    assert dates("لم تنفذ أي ضربة تلك الليلة") == []
    assert dates("وفي الليلة انفجرت عبوة") == [("الليلة", "2024-12-05")]


def test_a_weekday_before_eleven_or_a_feminine_ordinal_is_none():
    assert dates("القبض على أفرادها الأحد عشر بعد عملية") == []
    assert dates("احتشد الآلاف للجمعة الثانية على التوالي") == []
    assert dates("خرجت التظاهرات في الجمعة الخامسة من الحراك") == []
    assert dates("خرجت التظاهرات الأحد في المدينة") == [("الأحد", "2024-12-01")]


def test_a_weekday_in_a_place_name_after_sheikh():
    assert dates("باتجاه قرية كسرة شيخ الجمعة") == []
    assert dates("شيخ عشيرة قال الجمعة إن") == [("الجمعة", "2024-11-29")]


def test_a_calendar_date_naming_a_street_or_a_week():
    assert dates("سقطت قذيفة في شارع الثامن من آذار") == []
    assert dates("قتل خلال الأسبوع الأول من شباط/فبراير 2025 ستة") == []
    assert dates("سقطت قذيفة في الثامن من آذار 2024") == [("الثامن من آذار 2024", "2024-03-08")]


def test_tomorrow_and_a_coming_weekday_in_the_feminine():
    assert dates("دعا ناشطون إلى إضراب يوم غد الجمعة") == [("يوم غد الجمعة", "2024-12-06")]
    assert dates("بتظاهرات أكبر يوم الجمعة المقبلة") == [("يوم الجمعة المقبلة", "2024-12-06")]
    assert dates("تقدمت قوات تيار الغد نحو المدينة") == []


def test_a_bare_in_the_day_is_per_day():
    assert dates("يعيش السكان على وجبة واحدة في اليوم، بحسب ناشطين") == []
    # near-miss: 'اليوم' alone and 'في اليوم' with its weekday stay today
    assert dates("يعيش السكان اليوم على وجبة واحدة") == [("اليوم", "2024-12-05")]
    assert dates("وقع الانفجار في اليوم الخميس") == [("اليوم الخميس", "2024-12-05")]


def test_an_ordinal_of_the_month_ending_its_clause_is_this_months():
    sep20 = date(2023, 9, 20)
    assert dates("قتل مسلحون شاباً مساء الخامس عشر من الشهر. كما", sep20) == [
        ("مساء الخامس عشر من الشهر", "2023-09-15")
    ]
    # in a report early in the next month, the fifteenth still to come is last month's
    assert dates("قتل مسلحون شاباً مساء الخامس عشر من الشهر. كما", date(2023, 10, 3)) == [
        ("مساء الخامس عشر من الشهر", "2023-09-15")
    ]
    # near-miss: another month's name after 'شهر' is no date this rule reads
    assert dates("في العاشر من شهر رمضان", sep20) == []


def test_until_a_weekday_after_a_curfew_is_the_coming_one():
    thu = date(2025, 5, 15)
    assert dates("أعلنت قيادة الأمن العام حظر تجول حتى صباح السبت.", thu) == [
        ("صباح السبت", "2025-05-17")
    ]
    # near-miss: after a past verb the day has passed
    assert dates("بعد اشتباكات استمرت حتى فجر الأحد.", thu) == [("فجر الأحد", "2025-05-11")]


def test_a_weekday_after_a_verb_granting_a_deadline_is_the_coming_one():
    # misfire review of 2026-12-01: 'أمهلت ... حتى الجمعة' gave the Friday before
    mon = date(2018, 7, 2)
    text = "أمهلت قوات النظام الأهالي حتى الجمعة لتسليم السلاح."
    assert dates(text, mon) == [("الجمعة", "2018-07-06")]
    # near miss: fighting that went on until Friday is the past one
    assert dates("استمرت الاشتباكات حتى الجمعة.", mon) == [("الجمعة", "2018-06-29")]


def test_a_weekday_after_a_future_verb_of_lasting_is_the_coming_one():
    # misfire review of 2026-12-01: 'ستبقى ... حتى الأحد' gave the Sunday before
    fri = date(2019, 5, 10)
    assert dates("وستبقى المعابر مغلقة حتى الأحد.", fri) == [("الأحد", "2019-05-12")]
    # near miss: the past verb keeps the past Sunday
    assert dates("وبقيت المعابر مغلقة حتى الأحد.", fri) == [("الأحد", "2019-05-05")]


def test_a_weekday_after_a_past_verb_of_lasting_and_a_truces_noun_stays_past():
    # misfire review of 2026-12-01: 'وبقي الإغلاق حتى الأحد' gave the coming Sunday
    fri = date(2019, 5, 10)
    assert dates("وبقي الإغلاق حتى الأحد، ثم فتحت المعابر.", fri) == [("الأحد", "2019-05-05")]
    assert dates("واستمرت الهدنة حتى الأحد.", fri) == [("الأحد", "2019-05-05")]
    # near miss: a curfew imposed until Sunday is still the coming one
    assert dates("فرضت قوات الأمن حظر تجول حتى الأحد.", fri) == [("الأحد", "2019-05-12")]
