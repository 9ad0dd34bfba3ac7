"""Members of a group counted by a figure are a mention of the group (actor convention 1 of
the night of 2026-11-30; reviewer/suggest/counted_members.py): each rule with an Arabic
sentence and what the suggester must return."""

from datetime import date

from reviewer.suggest.actors import find_actors

OLD = date(2016, 5, 1)


def members(text, published=OLD):
    found = find_actors(text, published=published)
    return [(s.text, s.value) for s in found if s.kind == "actor" and s.extra.get("members")]


def test_members_named_with_their_group_after_min_are_one_mention_with_it():
    text = "أفاد المرصد بمقتل 14 عنصراً من قوات النظام في المعارك."
    assert members(text) == [("14 عنصراً من قوات النظام", "Military Forces of Syria (2000-2024)")]
    text = 'وقُتل سبعة من عناصر "هيئة تحرير الشام" في الاشتباكات.'
    assert members(text) == [('سبعة من عناصر "هيئة تحرير الشام', "Hayat Tahrir al-Sham")]
    text = "وقُتل 11 عنصراً من قوات النظام والمسلحين الموالين لها في هجوم لتنظيم داعش."
    assert members(text) == [("11 عنصراً من قوات النظام", "Military Forces of Syria (2000-2024)")]


def test_bare_heads_name_no_group_of_their_own_and_pronouns_the_group_named():
    # a bare head with no group named before it (conventions 1, 2, 9); a pronoun's count is
    # the group it refers to (convention 15 of 2026-12-01, which replaced 'left to the coder')
    assert members("وقُتل 23 مقاتلاً من الفصائل في المعارك.") == []
    text = "وأعلنت قوات سوريا الديمقراطية مقتل 25 من المسلحين وخسارة تسعة من مقاتليها."
    assert members(text) == [("تسعة من مقاتليها", "QSD: Syrian Democratic Forces")]


def test_members_the_subject_killed_of_the_force_it_repelled():
    text = "وقالت الفصائل إن مقاتليها صدوا محاولة تقدم لقوات النظام وقتلوا 14 عنصراً منها."
    assert members(text) == [("14 عنصراً", "Military Forces of Syria (2000-2024)")]
    text = "وهاجم مقاتلون محليون حاجزاً لقوات النظام عند مدخل البلدة وأسروا قرابة عشرين عنصراً."
    assert members(text, date(2021, 7, 30)) == [
        ("قرابة عشرين عنصراً", "Military Forces of Syria (2000-2024)")
    ]
    # two forces repelled: which one the count belongs to the text does not say
    text = "وصدوا محاولة تقدم لقوات النظام والميليشيات الموالية لها وقتلوا 12 عنصراً."
    assert members(text) == []


def test_members_of_the_force_fired_at():
    text = "وأطلق مسلحون النار على حاجز لقوات النظام قرب بصرى الحرير، ما أدى إلى مقتل عنصرين."
    assert members(text) == [("عنصرين", "Military Forces of Syria (2000-2024)")]
    text = "وأطلقت مجموعة مسلحة النار على عناصر حفظ النظام، ما أدى إلى استشهاد شرطيين اثنين."
    assert members(text) == [("شرطيين", "Police Forces of Syria (2000-2024)")]
    # an attack on a post or patrol of one force: the sets label its members since the
    # convention-8 relabel (dev24_11, dev6_18, dev5_02 and extra_04 were shortfalls)
    text = "وكانت الخلية قد نفذت الهجوم على دورية للأمن العام، والذي أسفر عن مقتل عنصرين."
    assert members(text, date(2025, 4, 1)) == [("عنصرين", "Police Forces of Syria (2024-)")]


def test_members_of_the_post_hit_and_near_misses():
    text = (
        "واستهدف مسلحون مجهولون بالرصاص مخفراً لقوات النظام في بلدة المسيفرة، "
        "ما أدى إلى إصابة ثلاثة عناصر."
    )
    assert members(text) == [("ثلاثة عناصر", "Military Forces of Syria (2000-2024)")]
    # two forces at the post: which one the text does not say
    text = "وقصف الطيران مواقع لقوات النظام والميليشيات الإيرانية، ما أدى إلى مقتل ستة عناصر."
    assert members(text) == []
    # a vehicle belonging to one force: its men are its mention (actor convention 10 of late
    # 2026-11-30; before it this was left to the coder)
    text = "وانفجرت عبوة ناسفة بسيارة تابعة لقوات النظام، ما أسفر عن مقتل عنصرين."
    assert members(text) == [("عنصرين", "Military Forces of Syria (2000-2024)")]


def test_no_group_no_mention():
    # whose members they are the text never says; former members; both sides; a sub-count
    assert members("وقُتل عنصران في انفجار عبوة ناسفة.") == []
    assert members("اغتال مسلحون مجهولون 3 عناصر سابقين في فصائل المعارضة.") == []
    text = "اندلعت اشتباكات بين جيش الإسلام وفيلق الرحمن قتل فيها تسعة مقاتلين من الطرفين."
    assert members(text) == []
    text = "قُتل 11 عنصراً من قوات النظام، بينهم ضابطان، في هجوم لتنظيم داعش."
    assert members(text) == [("11 عنصراً من قوات النظام", "Military Forces of Syria (2000-2024)")]


def test_members_in_a_toll_of_persons_are_their_groups_mention():
    text = "ووثق المرصد مقتل 142 شخصاً منذ بدء الأحداث، بينهم 71 عنصراً من قوات الأمن العام."
    found = [("71 عنصراً من قوات الأمن العام", "Police Forces of Syria (2024-)")]
    assert members(text, date(2025, 3, 8)) == found
    text = "وأوضح المرصد أن بين القتلى 25 عنصراً من قسد و9 مدنيين."
    assert members(text, date(2023, 9, 1)) == [("25 عنصراً من قسد", "QSD: Syrian Democratic Forces")]


def test_a_group_counted_with_the_other_side_or_civilians_is_no_single_group():
    text = "ووثق المرصد مقتل 23 عنصراً من قوات النظام والفصائل في الاشتباكات."
    assert members(text) == []
    text = "في أحداث قُتل فيها ما يزيد على مئتين من عناصر الأمن والمدنيين."
    assert members(text, date(2025, 4, 1)) == []


def test_a_count_in_no_event_is_no_mention():
    text = "ويقدر عدد عناصر التنظيم بألفي عنصر، مقابل نحو 17 ألف مقاتل من قسد."
    assert members(text, date(2018, 12, 1)) == []


def test_a_nationality_between_the_count_and_its_group():
    """'N جندياً فيجياً من قوة ...': the members' nationality (a nisba adjective) stands
    between the count and 'من' and its group; former members stay out."""
    found = [
        (s.text, s.value)
        for s in find_actors("احتجز مسلحون 12 جندياً هندياً من قوة مراقبة فض الاشتباك قرب الرفيد.")
    ]
    assert ("12 جندياً هندياً من قوة مراقبة فض الاشتباك", UNDOF) in found
    near = [s.text for s in find_actors("قُتل عنصران سابقان من كتائب حزب الله بغارة قرب القائم.")]
    assert near == ["كتائب حزب الله"]


UNDOF = "UNDOF: United Nations Disengagement Observer Force"


def test_members_fallen_right_before_the_count():
    """'وسقوط ثلاثة مقاتلين من X': fallen is killed; the fall of a regime elsewhere in the
    sentence makes no event of a count of fighters who join a ministry."""
    found = [
        (s.text, s.value) for s in find_actors("وسقوط أربعة مقاتلين من جيش الإسلام على جبهة حرستا.")
    ]
    assert found == [("أربعة مقاتلين من جيش الإسلام", "Jaysh al-Islam")]
    near = [
        s.text for s in find_actors("وبعد سقوط النظام انضم 500 مقاتل من جيش الإسلام إلى الوزارة.")
    ]
    assert near == ["جيش الإسلام"]
