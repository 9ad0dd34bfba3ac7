"""'N others' harmed after a first count are more of its party (actor convention 18 of
2026-12-01; reviewer/suggest/counted_victims_others.py): fresh sentences and near-misses."""

from datetime import date

from reviewer.suggest.actors import find_actors

OLD = date(2016, 5, 3)


def others(text, published=OLD):
    found = find_actors(text, published=published)
    return [(s.text, s.value) for s in found if s.kind == "actor" and s.extra.get("others")]


def test_others_injured_after_the_killed_are_their_party():
    text = "قُتل سبعة مدنيين وأصيب 22 آخرون جراء قصف مدفعي على بلدة كفرزيتا."
    assert others(text) == [("22 آخرون", "Civilians (Syria)")]
    text = "وأطلق عناصر الأمن الرصاص على المتظاهرين فقتلوا ثلاثة محتجين وجرحوا تسعة آخرين."
    assert others(text) == [("تسعة آخرين", "Protesters (Syria)")]


def test_read_past_a_sub_count_and_after_the_force():
    text = "قُتل 11 مدنياً، بينهم أربعة أطفال، وأصيب أكثر من 30 آخرين في غارات على السوق."
    assert others(text) == [("أكثر من 30 آخرين", "Civilians (Syria)")]
    text = "اعتقلت دورية للأمن العسكري ثمانية شبان في المدينة، و12 آخرين في القرى المجاورة."
    assert others(text) == [("12 آخرين", "Civilians (Syria)")]
    text = "وقال ناشطون إن ثلاثة مدنيين قُتلوا، في حين جلد عناصر الحسبة خمسة آخرين في الساحة."
    assert others(text) == [("خمسة آخرين", "Civilians (Syria)")]


def test_near_misses_stay_out():
    # a sub-count with no harm of its own; no harm at all; members named uncounted first;
    # a mine; a feud's fight
    assert others("قُتل 12 شخصاً بقصف جوي، بينهم ثلاثة أطفال وخمسة آخرون.") == []
    assert others("وصل ثلاثة مدنيين إلى المشفى ووصل خمسة آخرون إلى المعبر.") == []
    assert others("قُتل عنصر من الشرطة وأصيب ثلاثة آخرون بانفجار عبوة ناسفة.") == []
    assert others("قُتل طفلان وأصيب ثلاثة آخرون بانفجار لغم من مخلفات الحرب.") == []
    text = "ما أدى إلى مقتل شابين وإصابة أربعة آخرين، قبل أن تتدخل وجهاء لفض الاشتباك."
    assert others(text) == []


def test_others_of_a_side_of_their_own_are_not_the_first_counts():
    # 'من المهاجمين' or another party found right after them: the other side of the fight
    assert others("قتل 20 عنصراً من قوات النظام، بينما قتل 8 آخرون من المهاجمين.") == []
    text = "قتل 12 مقاتلاً من فصائل المعارضة، وقتل 9 آخرون من قوات النظام في الاشتباكات."
    assert others(text) == []
    # near miss: 'من' and persons of the same party are still the first count's party
    text = "قتل ثلاثة مدنيين وأصيب خمسة آخرون من أبناء البلدة بقصف لقوات النظام."
    assert others(text) == [("خمسة آخرون", "Civilians (Syria)")]
