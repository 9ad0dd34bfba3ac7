"""Actor conventions 4, 6 and 7 of the night of 2026-11-30 (/work/CONVENTIONS_NIGHT.md, written
into tests/suggest_labels/README.md): unidentified aircraft, tribesmen who fight and the
notables of a tribe, and US forces by administration; each with an Arabic sentence and what
the suggester must return."""

from datetime import date

import pytest

from reviewer.suggest.actors import find_actors


def actors(text, published=None):
    return [(s.text, s.value) for s in find_actors(text, published=published) if s.kind == "actor"]


@pytest.mark.parametrize(
    ("published", "name"),
    [
        (date(2016, 5, 1), "Military Forces of the United States (2009-2017)"),
        (date(2019, 5, 1), "Military Forces of the United States (2017-2021)"),
        (date(2022, 5, 1), "Military Forces of the United States (2021-2025)"),
        (date(2025, 1, 20), "Military Forces of the United States (2021-2025)"),
        (date(2025, 5, 1), "Military Forces of the United States (2025-)"),
    ],
)
def test_us_forces_are_named_by_the_administration_of_the_day(published, name):
    text = "وأعلنت القوات الأمريكية مقتل قيادي في التنظيم بغارة قرب الحسكة."
    assert ("القوات الأمريكية", name) in actors(text, published)


def test_unidentified_aircraft_are_unidentified_military_forces():
    day = date(2021, 3, 1)
    text = "قُتل ثلاثة عناصر من الميليشيات بغارة نفذتها طائرة مسيّرة مجهولة قرب البوكمال."
    assert ("طائرة مسيّرة مجهولة", "Unidentified Military Forces") in actors(text, day)
    text = "رصد المرصد غارات نفذتها طائرات مجهولة الهوية على مواقع للميليشيات."
    assert ("طائرات مجهولة الهوية", "Unidentified Military Forces") in actors(text, day)


def test_tribesmen_who_fight_are_the_tribal_militia():
    text = "وقد تمكن أبناء العشائر خلال الأيام الماضية من طرد الميليشيات من بلدات ذيبان والشحيل."
    assert ("أبناء العشائر", "Arab Tribal Militia (Syria)") in actors(text, date(2023, 9, 1))


def test_tribesmen_who_protest_or_flee_are_no_militia():
    text = "وتظاهر المئات من أبناء العشائر العربية في منبج احتجاجاً على القصف."
    assert ("أبناء العشائر العربية", "Arab Tribal Militia (Syria)") not in actors(text)
    text = "وأعلن المحافظ أن نحو ألفين من أبناء العشائر البدوية أُجلوا من القرى."
    assert all("Tribal" not in value for _, value in actors(text, date(2025, 7, 20)))


def test_a_tribe_named_as_where_its_notables_come_from_is_no_party():
    text = "وعقد ممثلون عن التحالف اجتماعاً مع وجهاء من عشيرة البكير في قاعدة العمر."
    assert all("Tribal" not in value for _, value in actors(text, date(2023, 9, 1)))
    text = "وتوعد شيخ قبيلة العكيدات إبراهيم الهفل قسد بالرد."
    assert all("Tribal" not in value for _, value in actors(text, date(2023, 9, 1)))
    text = "حيث هبّ أبناء قبيلة العكيدات نصرةً لأهلهم وسيطروا على بلدة ذيبان."
    assert ("قبيلة العكيدات", "Aqidat Tribal Militia (Syria)") in actors(text, date(2023, 9, 1))


def test_a_tribe_named_as_where_civilians_come_from_is_no_party():
    text = "أعدم تنظيم الدولة 30 شخصاً من أبناء عشيرة الشعيطات، بينهم أطفال."
    assert all("Tribal" not in value for _, value in actors(text, date(2014, 8, 1)))
    text = "قتل 30 شخصاً من أبناء عشيرة الشعيطات بقصف جوي."
    assert all("Tribal" not in value for _, value in actors(text, date(2014, 8, 1)))
    # near miss: fighters counted of the tribe are its militia
    text = "قتل سبعة مقاتلين من أبناء عشيرة الشعيطات في اشتباكات مع التنظيم."
    assert any("Shaitat" in value for _, value in actors(text, date(2014, 8, 1)))


def test_tribesmen_fight_whoever_reports_it_but_not_when_called_on_or_counted():
    day = date(2023, 9, 1)
    text = 'وقال مجلس شيوخ ووجهاء قبيلة العكيدات في بيان إن "أبناء العشائر انتفضوا ضد ظلم قسد".'
    assert ("أبناء العشائر", "Arab Tribal Militia (Syria)") in actors(text, day)
    text = "ودعا شيخ القبيلة أبناء القبائل إلى مواصلة القتال حتى طرد قسد."
    assert ("أبناء القبائل", "Arab Tribal Militia (Syria)") not in actors(text, day)
    text = "وجاء الهجوم رداً على مقتل أحد أبناء عشائر البدو في اشتباكات سابقة."
    assert all("Tribal" not in value for _, value in actors(text, day))


def test_bodies_of_children_named_without_a_count_are_victims():
    text = "وتناقلت قنوات صوراً قالت إنها لجثث أطفال قتلوا في القصف على المدينة."
    assert ("أطفال", "Civilians (Syria)") in actors(text, date(2017, 7, 1))


def test_tribes_listed_after_a_plural_head_are_each_their_militia():
    day = date(2023, 9, 1)
    text = "حيث هبّ أبناء قبيلة العكيدات وعشائر البكير والشعيطات والبوكامل نصرةً لأهلهم في القتال."
    found = actors(text, day)
    assert ("الشعيطات", "Shaitat Tribal Militia (Syria)") in found
    assert ("البوكامل", "Bu Kamil Tribal Militia (Syria)") in found
    text = "واجتمع المحافظ مع وجهاء عشائر البكير والشعيطات في ديوان المحافظة."
    assert all("Tribal" not in value for _, value in actors(text, day))
