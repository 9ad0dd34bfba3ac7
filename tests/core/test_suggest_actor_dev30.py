"""Actor rules of development set 30 (issue 18, actor recall): each rule with an Arabic
sentence written for the test (not taken from a development set), what the suggester must
return, and a near miss that must not give the actor."""

from datetime import date

from reviewer.suggest.actors import find_actors

OLD = date(2016, 3, 1)
NEW = date(2025, 5, 1)


def actors(text, published=OLD):
    return [(s.text, s.value) for s in find_actors(text, published=published)]


def valued(text, value, published=OLD):
    return [s.text for s in find_actors(text, published=published) if s.value == value]


ISRAEL = "Military Forces of Israel (1948-)"
CIVILIANS = "Civilians (Syria)"
UNDOF = "UNDOF: United Nations Disengagement Observer Force"


def test_civilians_named_after_a_toll_noun_and_min():
    # 'عدد القتلى من المدنيين': the partitive من between the toll noun and the civilians word
    text = "وأفادت الشبكة بأن عدد الضحايا من المدنيين في ريف بانياس وصل إلى 37 شخصاً."
    assert "37 شخصاً" in valued(text, CIVILIANS, NEW)
    # near miss: no toll noun before من المدنيين, and nothing else says they were harmed
    text = "وأفادت الشبكة بأن عدد العائدين من المدنيين إلى ريف بانياس وصل إلى 370 شخصاً."
    assert "370 شخصاً" not in valued(text, CIVILIANS, NEW)


def test_one_aggression_named_by_a_nationality_adjective():
    text = "وأصيب ثلاثة عسكريين جراء عدوان إسرائيلي بالصواريخ على محيط مطار المزة."
    assert ("عدوان إسرائيلي", ISRAEL) in actors(text)
    # near miss: the definite 'العدوان الإسرائيلي' of a statement is the aggression in general
    text = "وأدانت الخارجية في بيانها العدوان الإسرائيلي المستمر على الأراضي السورية."
    assert valued(text, ISRAEL) == []


def test_undof_by_the_un_forces_long_names():
    text = "وانسحبت قوات الأمم المتحدة لفك الاشتباك من موقعين قرب بلدة الرفيد."
    assert actors(text) == [("قوات الأمم المتحدة لفك الاشتباك", UNDOF)]
    text = "وسيّرت قوة الأمم المتحدة لمراقبة فك الاشتباك دورية في المنطقة العازلة."
    assert actors(text) == [("قوة الأمم المتحدة لمراقبة فك الاشتباك", UNDOF)]
    # near miss: the UN's forces with no word of the disengagement are no UNDOF
    assert valued("وطالب البيان بنشر قوات الأمم المتحدة في المنطقة.", UNDOF) == []


def test_the_islamic_states_soldiers_office():
    text = "واستهدفت غارة للتحالف الدولي مبنى ديوان الجند في مدينة الميادين."
    assert ("ديوان الجند", "Islamic State (Syria)") in actors(text)
    # near miss: another office by its own name
    assert valued("واجتمع وجهاء العشيرة في ديوان الشيخ.", "Islamic State (Syria)") == []


def test_men_and_children_in_the_accusative_plural():
    text = "وداهم عناصر الحاجز منازل في البلدة واعتقلوا رجالاً من عائلة واحدة."
    assert "رجالاً" in valued(text, CIVILIANS)
    # near miss: men who only attend, no party to any event
    assert valued("وقال إن رجالاً من البلدة حضروا مجلس العزاء.", CIVILIANS) == []


def test_a_headlines_present_verb_of_harm_counts_members():
    text = "مسيرة تركية تقتل أربعة عناصر من قسد قرب عين عيسى"
    found = [(s.text, s.value) for s in find_actors(text, published=NEW) if s.extra.get("members")]
    assert found == [("أربعة عناصر من قسد", "QSD: Syrian Democratic Forces")]
    # near miss: a present verb of no harm (a graduation) makes no party of the count
    text = "قسد تخرّج أربعين مقاتلاً من المجلس العسكري في الطبقة"
    found = [s for s in find_actors(text, published=NEW) if s.extra.get("members")]
    assert found == []


def test_a_ministry_acting_with_its_subject_first():
    text = "وقال مصدر محلي إن وزارة الدفاع دفعت بتعزيزات إلى ريف حماة الشرقي بعد الهجوم."
    assert ("وزارة الدفاع", "Military Forces of Syria (2024-)") in actors(text, NEW)
    # near miss: the ministry that only speaks, its verb of speech after it
    text = "وقال مصدر محلي إن وزارة الدفاع نفت في بيان إرسال تعزيزات إلى ريف حماة."
    assert valued(text, "Military Forces of Syria (2024-)", NEW) == []


def test_the_wounded_a_hospital_received():
    text = "وأفاد مصدر طبي بأن مشفى المدينة الوطني استقبل 23 جريحاً بعد منتصف الليل."
    assert "23 جريحاً" in valued(text, CIVILIANS)
    # near miss: wounded received after clashes are of both sides, left to the coder
    text = (
        "واندلعت اشتباكات عنيفة بين الفصيلين في المدينة. "
        "وأفاد مصدر طبي بأن مشفى المدينة الوطني استقبل 23 جريحاً بعد منتصف الليل."
    )
    assert "23 جريحاً" not in valued(text, CIVILIANS)


def test_fighter_jets_named_by_the_government_they_belong_to():
    text = "وقصفت مقاتلات تابعة لنظام الأسد سوقاً شعبية في مدينة الباب."
    assert ("مقاتلات تابعة لنظام الأسد", "Military Forces of Syria (2000-2024)") in actors(text)
    # near miss: fighter jets of no side named
    assert actors("وحلّقت مقاتلات على علو منخفض فوق المدينة.") == []
