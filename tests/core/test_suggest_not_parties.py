"""Victims of mines, war remnants, hunger or cold are no party (convention 8's exclusions;
reviewer/suggest/counted_victims_not_parties.py): fresh sentences and near-misses."""

from datetime import date

from reviewer.suggest.actors import find_actors

OLD = date(2019, 6, 2)


def civilians(text):
    found = find_actors(text, published=OLD)
    return [s.text for s in found if s.kind == "actor" and s.value == "Civilians (Syria)"]


def protesters(text):
    found = find_actors(text, published=OLD)
    return [s.text for s in found if s.kind == "actor" and s.value == "Protesters (Syria)"]


def test_victims_no_force_harmed_are_no_party():
    assert civilians("وقُتل راعيان وأصيب طفل بانفجار لغم أرضي قرب قرية الشولا.") == []
    assert civilians("وقضى ثلاثة أطفال جوعاً في البلدة المحاصرة.") == []
    text = "وأصيب أربعة مزارعين بانفجار قنبلة من مخلفات الحرب في أرض زراعية."
    assert civilians(text) == []


def test_near_misses_keep_the_victims():
    # a strike named in the same clause; a mine in another clause
    text = "وقُتل راعيان بقصف مدفعي وانفجار لغم قرب قرية الشولا."
    assert civilians(text) == ["راعيان"]
    text = "وقُتل طفلان بقصف مدفعي على البلدة، فيما انفجر لغم قرب الطريق."
    assert civilians(text) == ["طفلان"]


def test_a_nationwide_toll_is_no_party():
    text = "ووثقت الشبكة مقتل 52 مدنياً في عموم سوريا يوم أمس جراء القصف."
    assert civilians(text) == []
    # near miss: one town's toll
    text = "ووثقت الشبكة مقتل 52 مدنياً في مدينة دوما يوم أمس جراء القصف."
    assert civilians(text) == ["مدنياً"]


def test_the_origin_of_civilians_or_detainees_is_no_mention_of_its_own():
    # actor convention (e): 'من أبناء X' after civilians or detainees says where they come from
    text = "وأعدم المسلحون ستة مدنيين من أهالي البلدة ميدانياً بقصف على منازلهم."
    assert civilians(text) == ["مدنيين"]
    text = "وأفرجت الأجهزة الأمنية عن ثلاثة معتقلين من أبناء مدينة الحراك."
    assert [t for t in civilians(text) if "أبناء" in t] == []
    # near miss: counted by itself the origin noun stays the mention
    text = "واعتقلت الدورية سبعة من أبناء بلدة الحراك."
    assert [t for t in civilians(text) if "أبناء" in t] != []


def test_a_former_member_killed_by_a_force_named_before_him_is_a_civilian():
    # convention 13: the object after the subject of the harm, as 'اغتال مسلحون مجهولون شاباً'
    text = "اغتال مسلحون مجهولون قيادياً سابقاً في فصائل المعارضة قرب منزله في بلدة طفس."
    assert civilians(text) == ["قيادياً"]
    # near miss: he serves somewhere now
    text = "اغتال مسلحون مجهولون قيادياً سابقاً في فصائل المعارضة يعمل حالياً في اللواء الثامن."
    assert civilians(text) == []


def test_the_group_a_former_member_victim_served_in_is_no_mention():
    # convention 13: 'عنصر سابق في جيش الأحرار' names no party of its own
    text = "اغتال مسلحون مجهولون عنصراً سابقاً في فصائل المعارضة في بلدة طفس."
    values = [s.value for s in find_actors(text, published=OLD) if s.kind == "actor"]
    assert "Opposition Rebels (Syria)" not in values
    # near miss: a current member's group stays
    text = "اغتال مسلحون مجهولون عنصراً في فصائل المعارضة في بلدة طفس."
    values = [s.value for s in find_actors(text, published=OLD) if s.kind == "actor"]
    assert "Opposition Rebels (Syria)" in values


def test_evacuated_civilians_are_no_party():
    # convention (c): people brought out of a siege, like those who flee, are no party
    assert civilians("وبدأت الأمم المتحدة إجلاء مئات المدنيين من الأحياء المحاصرة.") == []
    # near miss: civilians killed during the evacuation
    text = "وقُتل ثلاثة مدنيين بقصف مدفعي خلال عملية الإجلاء من الأحياء المحاصرة."
    assert civilians(text) == ["مدنيين"]


def test_a_denied_harm_makes_no_party():
    # convention 27 of 2026-12-01: the generic noun inside a denied harm stays out
    assert civilians("ونفت موسكو استهداف المدنيين، وقالت إن طائراتها ضربت مواقع للمسلحين.") == []
    assert civilians("ونفى الجيش الإسرائيلي إطلاق النار على مدنيين قرب البلدة.") == []
    text = "ونفى المصدر أن تكون دوريات الأمن قد أطلقت النار على المتظاهرين."
    assert protesters(text) == []
    text = "وقالت الوزارة إن وحداتها دمرت أوكاراً للمسلحين، من دون أن تشير إلى سقوط ضحايا مدنيين."
    assert civilians(text) == []


def test_near_misses_of_a_denial_keep_the_persons():
    # the harm the denier reports in its next clause; the deniers themselves; a counted report
    text = "ونفت الوزارة سقوط قتلى في صفوف قواتها، وقالت إن القصف أدى إلى مقتل مدنيين اثنين."
    assert civilians(text) == ["مدنيين"]
    assert protesters("ونفى عدد من المتظاهرين في الساحة أي صلة لهم بالمسلحين.") != []
    text = "ونفت الوزارة ما تداولته صفحات محلية عن اعتقال 19 رجلاً من أبناء البلدة."
    assert civilians(text) == ["رجلاً"]


def test_a_denied_role_in_a_harm_leaves_the_harm_reported():
    # the denier denies its own part, not that the civilians were harmed
    text = "نفت المعارضة المسلحة مسؤوليتها عن قصف الأحياء السكنية الذي أدى إلى مقتل مدنيين."
    assert civilians(text) == ["مدنيين"]
    assert civilians("ونفت روسيا أي دور لها في الغارات التي قتلت مدنيين في أريحا.") == ["مدنيين"]
    # near miss: the harm itself denied
    assert civilians("نفت وزارة الدفاع الروسية استهداف مدنيين في قرية إبلين.") == []


def test_a_former_member_named_again_by_the_definite_is_the_same_civilian():
    # convention 29 of 2026-12-01: the lead's 'العنصر السابق' after the headline's 'عنصر سابق'
    text = (
        "مقتل عنصر سابق في فصائل التسوية برصاص مجهولين\n\n"
        "قتل مسلحون مجهولون العنصر السابق في فصائل التسوية أحمد الحريري قرب بلدة المسيفرة."
    )
    assert civilians(text) == ["عنصر", "العنصر"]
    # near miss: no former member found before, the definite alone stays out
    text = "وقال العنصر السابق في فصائل التسوية إن الحاجز أغلق الطريق."
    assert civilians(text) == []
