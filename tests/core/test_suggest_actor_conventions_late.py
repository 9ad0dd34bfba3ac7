"""The actor conventions decided late on 2026-11-30 (9-14, tests/suggest_labels/README.md):
each rule with an Arabic sentence written for it (no development text) and a near miss that
must not give the actor."""

from datetime import date

from reviewer.suggest.actors import find_actors

OLD = date(2016, 5, 1)
NEW = date(2025, 4, 1)


def actors(text, published=OLD):
    return [(s.text, s.value) for s in find_actors(text, published=published) if s.kind == "actor"]


def members(text, published=OLD):
    found = find_actors(text, published=published)
    return [(s.text, s.value) for s in found if s.kind == "actor" and s.extra.get("members")]


def test_counted_members_of_a_group_named_by_a_bare_head():
    # convention 9: the bare head says which group, the last one named with that head
    text = (
        "سيطر تنظيم الدولة الإسلامية على قرية الخريطة بعد معارك مع قوات سوريا الديمقراطية. "
        "وقالت مصادر محلية إن 17 عنصراً من التنظيم قتلوا في المعارك."
    )
    assert members(text) == [("17 عنصراً", "Islamic State (Syria)")]
    text = "هاجمت حركة أحرار الشام نقاطاً لقوات النظام قرب البلدة، وقُتل ستة من مقاتلي الحركة."
    assert members(text) == [("ستة من مقاتلي", "Ahrar al-Sham")]
    text = "وتصدت فصائل المعارضة لهجوم قرب البلدة، وقُتل تسعة مقاتلين من الفصائل خلال ساعات."
    assert members(text) == [("تسعة مقاتلين", "Opposition Rebels (Syria)")]


def test_a_bare_head_of_a_group_named_with_the_head_before_it():
    # the head written before the name ('فصائل الجبهة ...', 'خلية تابعة لتنظيم ...'), and a group
    # named beside the other side ('فصائل المعارضة وقوات النظام'): which one, the head says
    text = (
        "اندلعت اشتباكات بين فصائل المعارضة وقوات النظام قرب البلدة، "
        "وقُتل خمسة مقاتلين من الفصائل خلال ساعات."
    )
    assert members(text) == [("خمسة مقاتلين", "Opposition Rebels (Syria)")]
    text = (
        "وداهمت قوات الأمن مزرعة تحصنت فيها خلية تابعة لتنظيم الدولة الإسلامية، "
        "وقتلت ثلاثة من عناصر الخلية."
    )
    assert members(text, NEW) == [("ثلاثة من عناصر", "Islamic State (Syria)")]


def test_a_bare_head_with_no_group_named_or_with_another_party_names_none():
    # the article never named a group with the head (convention 1)
    assert members("وقالت مصادر محلية إن 17 عنصراً من التنظيم قتلوا في المعارك.") == []
    # joined by و to another party: no single group
    text = "وتصدت فصائل المعارضة لهجوم، وقُتل 23 مقاتلاً من الفصائل والجهاديين خلال ساعات."
    assert members(text) == []
    # a vague word of number counts no party
    text = (
        "سيطر تنظيم الدولة الإسلامية على القرية. وحاصرت القوات مزرعة فيها قيادي ومعه عدد "
        "من عناصر التنظيم واعتقلت اثنين."
    )
    assert members(text) == []


def test_members_killed_in_their_forces_vehicle():
    # convention 10: 'سيارة ... تابعة لـ X' is X's vehicle
    text = (
        "استهدفت طائرة مسيرة تركية سيارة عسكرية تابعة لمجلس منبج العسكري قرب القرية، "
        "ما أدى إلى مقتل ثلاثة مقاتلين."
    )
    assert members(text, date(2022, 3, 1)) == [("ثلاثة مقاتلين", "Manbij Military Council")]
    # a cell 'belonging to' a group is no post of it
    text = (
        "اعتقلت قوى الأمن خلية تابعة لتنظيم الدولة الإسلامية قرب القرية، "
        "ما أدى إلى مقتل ثلاثة مقاتلين."
    )
    assert members(text, date(2022, 3, 1)) == []


def test_residents_whose_property_is_taken_are_a_party():
    # convention 11
    text = "وداهمت الدورية عدة منازل في القرية وصادروا هواتف السكان قبل أن ينسحبوا."
    assert ("السكان", "Civilians (Syria)") in actors(text, NEW)
    # the residents only named where something else happens to them
    text = "وداهمت الدورية عدة منازل في القرية قبل أن ينسحبوا، وعبّر السكان عن قلقهم."
    assert ("السكان", "Civilians (Syria)") not in actors(text, NEW)


def test_one_person_named_by_a_role_noun_made_a_party():
    # convention 12: the role noun as the object after the force
    text = "واعتقلت قوات النظام مهندساً من أبناء البلدة عند حاجز قرب المدينة."
    assert ("مهندساً", "Civilians (Syria)") in actors(text)
    text = "وأصيب سائق حافلة بجروح إثر سقوط قذيفة على الطريق."
    assert ("سائق", "Civilians (Syria)") in actors(text)
    text = "وأعلنت قيادة الشرطة تحرير مهندس خُطف قبل أسبوع على طريق المطار."
    assert ("مهندس", "Civilians (Syria)") in actors(text, NEW)
    # a role noun with no harm done to him
    text = "وقال مهندس في البلدية إن الطريق أعيد فتحه بعد تحرير المدينة، وتحدث سائق عن الازدحام."
    assert [v for _, v in actors(text)].count("Civilians (Syria)") == 0


def test_a_former_fighter_attacked_is_a_civilian():
    # convention 13
    text = "واغتال مسلحون مجهولون رجلاً في البلدة، كما قُتل عنصر سابق في الجيش الحر برصاص قناص."
    assert ("عنصر", "Civilians (Syria)") in actors(text)
    # he serves in a group now: his present group's mention, not a civilian
    text = "وقُتل عنصر سابق في المعارضة يعمل حالياً ضمن صفوف اللواء الثامن."
    assert ("عنصر", "Civilians (Syria)") not in actors(text, date(2021, 5, 1))


def test_a_ministry_that_acts_by_force_is_its_states_forces():
    # convention 14: the ministry as the subject of a verb of force, a headline's present,
    # 'قد' and a past verb, a unit 'من' the ministry, a force joined to it by و
    text = "وفي اليوم التالي، استقدمت وزارة الدفاع تعزيزات إلى أطراف المدينة."
    assert actors(text, NEW) == [("وزارة الدفاع", "Military Forces of Syria (2024-)")]
    text = "وزارة الداخلية تعتقل ثلاثة متهمين بتفجير سيارة في حمص"
    assert ("وزارة الداخلية", "Police Forces of Syria (2024-)") in actors(text, NEW)
    text = "وانتشرت دوريات من وزارة الداخلية في شوارع البلدة بعد الاشتباك."
    assert ("وزارة الداخلية", "Police Forces of Syria (2024-)") in actors(text, NEW)


def test_a_ministry_that_only_speaks_or_another_states_is_no_party():
    text = "وأكدت وزارة الدفاع في بيان أن وحداتها تصدت للهجوم على أطراف المدينة."
    assert ("وزارة الدفاع", "Military Forces of Syria (2024-)") not in actors(text, NEW)
    text = "ونفت وزارة الداخلية أي دور لقواتها في الحادثة."
    assert actors(text, NEW) == []
    text = "واستقدمت وزارة الدفاع في الحكومة المؤقتة تعزيزات إلى ريف حلب."
    assert ("وزارة الدفاع", "Military Forces of Syria (2024-)") not in actors(text, NEW)
