"""Attribution forms the night review (2026-11-30) found read wrong: the reviewer's own
sentence and a fresh near-miss of ordinary Syrian news Arabic for each rule."""

from tests.attributing import who_says


def test_the_outlet_a_speaker_spoke_to_between_commas_is_no_part_of_the_speaker():
    text = "وقال مصدر في وزارة الداخلية، لوكالة رويترز، إن 6 عناصر قتلوا"
    assert who_says(text, "6 عناصر").speaker == "مصدر في وزارة الداخلية"
    assert who_says("وقال قائد اللواء، لعنب بلدي، إن 4 مقاتلين قتلوا", "4 مقاتلين").speaker == (
        "قائد اللواء"
    )
    fresh = "وقال عضو في لجنة المصالحة، لشبكة السويداء 24، إن 9 أشخاص أصيبوا بجروح."
    assert who_says(fresh, "9 أشخاص").speaker == "عضو في لجنة المصالحة"
    # a name between commas is still the speaker, even one opening with ل or ب
    named = "وقال قائد الفوج، لؤي الحمد، إن ثلاثة عناصر قتلوا."
    assert who_says(named, "ثلاثة عناصر").speaker == "قائد الفوج، لؤي الحمد"


def test_no_link_right_after_a_count_describes_the_people_counted():
    text = "قال ناشطون إن قوات الأمن اعتقلت 15 شابا لا علاقة لهم بالاحتجاجات."
    assert who_says(text, "15 شابا").stance == "asserts"
    fresh = "وذكرت شبكة محلية أن دورية للأمن العسكري اعتقلت سبعة مدنيين لا صلة لهم بأي نشاط مسلح."
    assert who_says(fresh, "سبعة مدنيين").stance == "asserts"
    # said of the people the speaker defends, as a predicate, it still denies
    denial = "وقال أحد وجهاء البلدة إن الموقوفين مزارعون لا علاقة لهم بالهجوم."
    assert who_says(denial, "مزارعون لا علاقة لهم").stance == "denies"


def test_a_count_inside_a_future_clause_is_never_asserted():
    text = "حذر المرصد السوري من أن القصف سيؤدي إلى نزوح الآلاف من المدنيين."
    assert who_says(text, "الآلاف").stance == "intends"
    text = "حذر المرصد السوري من أن القصف سيؤدي إلى مقتل المئات."
    assert who_says(text, "المئات").stance == "intends"
    fresh = "وحذرت منظمة محلية من أن استمرار الحصار على مضايا قد يؤدي إلى وفاة عشرات الأطفال."
    assert who_says(fresh, "عشرات الأطفال").stance == "intends"
    # a past 'أدى' and 'قد' before a past verb report what happened
    past = "وقال المرصد إن القصف أدى إلى مقتل 12 مدنيا، وقد قتل 3 آخرون في قصف سابق."
    assert who_says(past, "12 مدنيا").stance == "asserts"
    assert who_says(past, "3 آخرون").stance == "asserts"


def test_a_definite_word_after_an_indefinite_plural_speaker_is_the_verbs_object():
    text = "وصف ناشطون الهجوم الذي أودى بحياة 11 شخصا بأنه مجزرة."
    assert who_says(text, "11 شخصا").speaker == "ناشطون"
    fresh = "واعتبر مسعفون القصف الذي استهدف سوق معرة النعمان وأودى بحياة 8 مدنيين الأعنف منذ أشهر."
    assert who_says(fresh, "8 مدنيين").speaker == "مسعفون"
    # an outlet's noun in -ون is no plural: its name goes on
    outlet = "وقال تلفزيون الإخبارية إن 5 عناصر قتلوا في الهجوم."
    assert who_says(outlet, "5 عناصر").speaker == "تلفزيون الإخبارية"


def test_an_according_to_phrase_in_the_claims_own_clause_names_its_source():
    text = "نشرت وزارة الدفاع الروسية بيانا…، والتي قتل فيها 9 مدنيين بحسب الدفاع المدني"
    assert who_says(text, "9 مدنيين").speaker == "الدفاع المدني"
    fresh = (
        "ونشرت القيادة العامة للجيش بيانا عن العملية في ريف إدلب، التي قتل فيها 4 أطفال"
        " وفق المرصد السوري لحقوق الإنسان."
    )
    assert who_says(fresh, "4 أطفال").speaker == "المرصد السوري لحقوق الإنسان"
    # in the speaker's own reported clause the speaker keeps it
    own = "وقال المرصد إن 5 مدنيين قتلوا بحسب مصادر طبية في المدينة."
    assert who_says(own, "5 مدنيين").speaker == "المرصد"
