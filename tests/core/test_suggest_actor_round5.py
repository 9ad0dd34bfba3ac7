"""Actor rules of the fifth actor round (issue 18, development set 21): forms of parties the
earlier rules missed, each with an Arabic sentence and what the suggester must return."""

from datetime import date

from reviewer.suggest.actors import find_actors


def actors(text, published=None):
    return [(s.text, s.value) for s in find_actors(text, published=published) if s.kind == "actor"]


def test_one_civilian_right_after_a_word_of_harm():
    text = "استهدفت مسيرة سيارة على الطريق، ما أدى إلى استشهاد عضوين وإصابة مدني كان يمر بالمكان."
    assert ("مدني", "Civilians (Syria)") in actors(text, date(2022, 8, 20))
    text = "وفي ريف حمص الشمالي، استشهد مدني برصاص قناص."
    assert ("مدني", "Civilians (Syria)") in actors(text, date(2016, 1, 1))


def test_civilian_as_an_adjective_or_without_harm_stays_out():
    assert actors("وقال مصدر مدني إن الطريق مغلق.") == []
    assert actors("أصيب عنصر من الدفاع المدني.") == []
    assert actors("وكان مدني قد شاهد الحادثة.") == []


def test_members_of_the_security_forces_by_the_bare_word():
    text = "وقال المرصد إن عناصر من الأمن والشبيحة أطلقوا النار على المحتجين."
    assert ("الأمن", "Police Forces of Syria (2000-2024)") in actors(text, date(2012, 1, 20))
    text = "وفي القرداحة، قال سكان إن عناصر أمن داهموا منازل واعتقلوا نحو عشرة رجال."
    assert ("أمن", "Police Forces of Syria (2024-)") in actors(text, date(2025, 3, 8))


def test_security_of_another_state_or_a_named_branch_is_not_the_bare_word():
    text = "وقالت مصادر إن عناصر الأمن التركي اعتقلوا ثلاثة شبان على الحدود."
    assert ("الأمن", "Police Forces of Syria (2000-2024)") not in actors(text, date(2020, 1, 1))
    text = "واعتقلت عناصر الأمن العسكري شابين على الحاجز."
    assert ("الأمن العسكري", "Police Forces of Syria (2000-2024)") in actors(text, date(2020, 1, 1))


def test_the_civil_police_of_the_turkish_held_north_is_the_sna():
    text = 'وقالت مصادر محلية إن "الشرطة المدنية" في عفرين اعتقلت سبعة عناصر من الفصيلين.'
    assert ("الشرطة المدنية", "Syrian National Army") in actors(text, date(2020, 10, 11))
    text = "وقالت مصادر إن الشرطة المدنية في حمص اعتقلت شابين."
    police = ("الشرطة المدنية", "Police Forces of Syria (2000-2024)")
    assert police in actors(text, date(2020, 1, 1))


def test_the_southern_front_in_daraa_and_a_southern_front_line_elsewhere():
    text = "أعلنت الجبهة الجنوبية في بيان أن مقاتليها سيطروا على تل الجموع في ريف درعا."
    assert ("الجبهة الجنوبية", "Southern Front") in actors(text, date(2014, 10, 5))
    text = "تقدمت قوات النظام على الجبهة الجنوبية لمدينة حلب."
    army = "Military Forces of Syria (2000-2024)"
    assert [value for _, value in actors(text, date(2016, 8, 1))] == [army]


def test_armed_groups_after_the_fall_are_unidentified_unless_the_text_says_whose():
    text = "وقعت اشتباكات بين مسلحين من أبناء المدينة ومجموعات مسلحة هاجمتها ليلاً."
    unknown = ("مجموعات مسلحة", "Unidentified Armed Group (Syria)")
    assert unknown in actors(text, date(2025, 4, 29))
    assert unknown not in actors(text, date(2013, 4, 29))  # state wires' word for the rebels
    text = "قتل عناصر في كمين نصبته مجموعات مسلحة من فلول النظام السابق."
    assert unknown not in actors(text, date(2025, 3, 7))
    text = "ذكرت مصادر أن مجموعات مسلحة مجهولة نهبت مستودعات في المدينة."
    assert ("مجموعات مسلحة مجهولة", "Unidentified Armed Group (Syria)") in actors(
        text, date(2024, 12, 1)
    )


def test_people_fired_at_are_a_party_though_uncounted():
    text = "أطلقت قوات الاحتلال النار على رعاة أغنام قرب قرية المعلقة."
    assert ("رعاة", "Civilians (Syria)") in actors(text, date(2025, 2, 1))
    text = "وأطلقت الدورية النار فوق رؤوس مزارعين حاولوا الاقتراب من أراضيهم."
    assert ("مزارعين", "Civilians (Syria)") in actors(text, date(2025, 2, 1))
    # a definite plural fired on is a party too since actor convention 20 (fired_on tests);
    # one that no fire or harm reaches is not
    assert actors("عرض الفيلم مشاهد النساء والأطفال في المخيم.") == []


def test_soldiers_and_advisers_named_by_a_plural_nationality():
    text = "أسفر القصف عن مقتل 14 شخصاً بينهم عسكريون إيرانيون."
    assert ("عسكريون إيرانيون", "Military Forces of Iran (1989-)") in actors(text)
    text = "غارات على حي المزة ومقتل مستشارين إيرانيين."
    assert ("مستشارين إيرانيين", "Military Forces of Iran (1989-)") in actors(text)


def test_a_group_after_a_battle_word_or_a_spokesman_is_no_operation_name():
    text = "وبدأت معركة جبهة ثوار سوريا مع النصرة في جبل الزاوية."
    front = ("جبهة ثوار سوريا", "Syria Revolutionaries Front")
    assert front in actors(text, date(2014, 11, 1))
    text = 'وقال الناطق باسم "مغاوير الثورة" إن مقاتليه صدوا هجوماً.'
    assert ("مغاوير الثورة", "Revolutionary Commando Army") in actors(text, date(2017, 6, 1))


def test_an_operation_named_after_its_word_is_still_no_actor():
    assert actors('أطلقت الفصائل عملية باسم "فجر الحرية" ضد المواقع.', date(2024, 12, 1)) == []
    text = 'أعلنت الفصائل بدء معركة "جيش الفتح" في ريف إدلب.'
    assert ("جيش الفتح", "Jaysh al-Fatah") not in actors(text, date(2015, 3, 24))


def test_counted_detainees_of_a_reported_arrest_are_civilians_unless_released():
    text = (
        "أعلنت الوزارة القبض على ثمانية أشخاص في ريف دمشق، ليرتفع عدد الموقوفين منذ مطلع الشهر"
        " إلى تسعة عشر موقوفاً."
    )
    assert ("موقوفاً", "Civilians (Syria)") in actors(text, date(2025, 3, 1))
    text = "اعتقلت قسد شباناً في الرقة. وفي مدينة الطبقة، أفرجت قسد عن 30 معتقلاً بوساطة الشيوخ."
    assert ("معتقلاً", "Prisoners (Syria)") in actors(text, date(2023, 1, 1))
