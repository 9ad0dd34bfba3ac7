"""Persons counted by a pronoun and harmed, detained or released are mentions of the
pronoun's people (actor convention 31 of 2026-12-01; reviewer/suggest/counted_victims_of_them.py):
fresh sentences and near misses."""

from datetime import date

from reviewer.suggest.actors import find_actors

OLD = date(2019, 6, 2)


def actors(text):
    return [(s.text, s.value) for s in find_actors(text, published=OLD) if s.kind == "actor"]


def test_protesters_harmed_by_a_pronoun_count():
    text = "وأطلقت عناصر الحاجز النار على محتجين قطعوا الطريق، ما أدى إلى إصابة أربعة منهم بجروح."
    assert ("أربعة منهم", "Protesters (Syria)") in actors(text)


def test_detainees_released_or_still_held_by_a_pronoun_count():
    text = "واعتقلت الدورية ستة مزارعين من أبناء القرية قبل أن تفرج عن ثلاثة منهم مساء اليوم."
    assert ("ثلاثة منهم", "Civilians (Syria)") in actors(text)
    text = "واحتجزت القوة نحو أربعين شاباً، لا يزال سبعة منهم محتجزين لديها."
    assert ("سبعة منهم", "Civilians (Syria)") in actors(text)


def test_near_misses_a_described_part_of_a_toll_is_no_mention():
    # the condition of some of the wounded: no harm of their own
    text = "واستقبل المشفى عشرين جريحاً من المدنيين، حالة خمسة منهم حرجة."
    assert "خمسة منهم" not in [t for t, _ in actors(text)]
    # the displaced: no harm, arrest or release
    text = "ونزح آلاف المدنيين من البلدة، ولجأ المئات منهم إلى المدارس."
    assert "المئات منهم" not in [t for t, _ in actors(text)]


def test_a_verb_of_harm_in_any_person_and_voice_before_the_count():
    # 'فأصابوا': the plural past of 'أصاب' with its conjunction, no listed form
    text = "وفتح عناصر الحاجز النار على المحتجين أمام المبنى فأصابوا ثلاثة منهم بجروح."
    assert ("ثلاثة منهم", "Protesters (Syria)") in actors(text)
    # 'أعدموهم' is no count; 'قتلوا خمسة منهم' with an object suffix-free plural is
    text = "واختطف مسلحون مجهولون ثمانية رعاة قرب البلدة، وقتلوا خمسة منهم رمياً بالرصاص."
    assert ("خمسة منهم", "Civilians (Syria)") in actors(text)


def test_the_releasing_force_and_a_time_word_between_verb_and_count():
    text = (
        "اعتقلت دورية للشرطة العسكرية 12 شاباً من أبناء الحي، "
        "وأفرجت الدورية صباح اليوم عن أربعة منهم."
    )
    assert ("أربعة منهم", "Civilians (Syria)") in actors(text)


def test_a_release_told_after_the_count():
    text = (
        "واعتقلت قوات الأمن عشرات الطلاب من أمام الجامعة، وقال ناشطون إن ستة منهم أُطلق سراحهم ليلاً."
    )
    assert ("ستة منهم", "Civilians (Syria)") in actors(text)


def test_the_party_past_a_force_named_as_the_agent():
    text = "ووثقت الشبكة اعتقال 40 شخصاً على يد الأجهزة الأمنية خلال الشهر، أُفرج عن تسعة منهم لاحقاً."
    assert ("تسعة منهم", "Civilians (Syria)") in actors(text)


def test_near_misses_harm_told_after_the_count_and_no_verb_at_all():
    # harm after the count describes a toll told before (convention 31)
    text = "ووثقت الشبكة اعتقال 40 شخصاً خلال الشهر، ستة منهم قتلوا تحت التعذيب."
    assert "ستة منهم" not in [t for t, _ in actors(text)]
    # a verb further than the gap, past other words, reads nothing
    text = "وأفرجت السلطات بعد مفاوضات طويلة مع وجهاء البلدة عن خمسة منهم."
    assert "خمسة منهم" not in [t for t, _ in actors(text)]


def test_feminine_counts_and_pronouns():
    text = "واعتقلت الدورية ثماني نساء من القرية، قبل أن تفرج عن ثلاث منهن مساءً."
    assert ("ثلاث منهن", "Civilians (Syria)") in actors(text)


def test_near_miss_a_feminine_count_describing_a_toll():
    text = "وقتل عشر نساء في القصف، ثلاث منهن من عائلة واحدة."
    assert "ثلاث منهن" not in [t for t, _ in actors(text)]
