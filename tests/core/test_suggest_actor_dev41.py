"""Named groups on development set 41 (issue 18, actor recall on named armed groups): a tribe's
fighters named again by its bare head, two nationality adjectives joined by 'و', militias named
by their patron, and short forms of a group's name. Fresh sentences and near misses, with what
the actor suggester must return."""

from datetime import date

from reviewer.suggest.actors import find_actors
from reviewer.suggest.engine import suggest

OLD = date(2016, 5, 3)
NEW = date(2025, 4, 22)
SYRIA, RUSSIA = "Military Forces of Syria (2000-2024)", "Military Forces of Russia (2000-)"
IRAN_BACKED, SNA = "Iran-backed Militias (Syria)", "Syrian National Army"


def actors(text, published=OLD):
    return [(s.text, s.value) for s in find_actors(text, published=published)]


def test_fighters_of_the_tribe_named_again_are_its_militia():
    text = (
        "هاجم مسلحون من عشيرة البكير حاجزاً للتنظيم قرب البلدة. "
        "وقال مصدر محلي إن مقاتلين من العشيرة قتلوا أربعة عناصر في الاشتباكات."
    )
    assert ("مقاتلين من العشيرة", "Bakir Tribal Militia (Syria)") in actors(text)


def test_the_side_the_tribes_sons_fight_on_is_their_militia():
    text = (
        "نزح العشرات من أبناء قبيلة الشعيطات إلى البادية. "
        "وكانت كتائب محلية قد قاتلت إلى جانب أبناء العشيرة قبل انسحابها."
    )
    assert ("أبناء العشيرة", "Shaitat Tribal Militia (Syria)") in actors(text)


def test_the_tribe_named_again_without_fighting_or_a_tribe_before_stays_out():
    text = "وقال وجهاء من عشيرة البكير إن أبناء العشيرة يطالبون بالإفراج عن المعتقلين."
    assert not [a for a in actors(text) if "Tribal" in str(a[1]) and a[0] == "أبناء العشيرة"]
    text = "وقال المصدر إن مقاتلين من العشيرة قتلوا أربعة عناصر في الاشتباكات."
    assert not [a for a in actors(text) if "Tribal" in str(a[1])]


def test_two_adjectives_joined_name_two_forces():
    found = actors("قتل تسعة مدنيين بغارات سورية وروسية على ريف إدلب الجنوبي.")
    assert {v for _, v in found} >= {SYRIA, RUSSIA}
    found = actors("وقتل أربعة أشخاص جراء غارات جوية روسية وسورية على البلدة.")
    assert {v for _, v in found} >= {SYRIA, RUSSIA}
    later = actors("وأصيب ثلاثة رعاة بقصف إسرائيلي وسوري متبادل قرب الحدود.", NEW)
    assert ("وسوري", "Military Forces of Syria (2024-)") in later


def test_syrias_adjective_alone_or_beside_no_force_is_no_force():
    assert actors("وزار الوفد مدناً سورية وروسية عدة.") == []
    found = actors('ودعت الإدارة القوات الأميركية والروسية إلى "تحمل مسؤولياتها".')
    assert ("والروسية", RUSSIA) not in found
    assert not [v for _, v in actors("وأصيب خمسة بغارات سورية على البلدة.") if v == SYRIA]


def test_militias_named_by_their_patron_are_its_category():
    text = "وتصدى المقاتلون لقوات من الفرقة الرابعة وميليشيات محلية مدعومة من إيران على أطراف الحي."
    found = actors(text)
    assert ("ميليشيات محلية مدعومة من إيران", IRAN_BACKED) in found
    assert not [v for _, v in found if v == "Pro-Government Militia (Syria)"]
    found = actors("وهاجمت فصائل سورية موالية لأنقرة قرية قرب منبج.", NEW)
    assert ("فصائل سورية موالية لأنقرة", SNA) in found


def test_groups_linked_to_others_than_the_patrons_stay_as_they_were():
    found = actors("واتهمت قسد مجموعات محلية مرتبطة بالنظام بإشعال الفتنة.", NEW)
    assert not [v for _, v in found if v in (IRAN_BACKED, SNA)]
    assert not [v for _, v in actors("وقالت فصائل معارضة لإيران إنها ستقاتل.") if v == IRAN_BACKED]


def test_a_short_form_after_a_members_noun_is_the_group():
    text = (
        'وتدور المعارك بين "كتائب الفاروق" وقوات النظام في المدينة، '
        "وقال ناشط إن مقاتلي الفاروق يقاتلون شارعاً شارعاً."
    )
    assert ("الفاروق", "Farouq Brigades") in actors(text)


def test_a_word_after_a_members_noun_that_names_no_group_found_stays_out():
    assert [v for _, v in actors("وقال ناشط إن مقاتلي الفاروق انسحبوا.")] == []
    text = "وهاجمت هيئة تحرير الشام مواقع النظام، وقال إن مقاتلي الهيئة تقدموا."
    assert "الهيئة" not in [t for t, _ in actors(text)]


def test_a_quoted_pair_of_a_groups_first_words_is_the_group():
    text = (
        'وسيطرت الفصائل المنضوية في "إدارة العمليات العسكرية" على أحياء حلب، '
        'فيما نفى مصدر في "إدارة العمليات" وقوع انتهاكات.'
    )
    assert ("إدارة العمليات", "Military Operations Command (Syria)") in actors(
        text, date(2024, 12, 1)
    )


def test_a_quoted_pair_no_group_begins_with_stays_out():
    text = 'وسيطرت "هيئة تحرير الشام" على المدينة، وقال "المجلس المحلي" إن الوضع هادئ.'
    assert "المجلس المحلي" not in [t for t, _ in actors(text, date(2024, 12, 1))]


def test_a_ministry_with_its_units_or_acting_with_the_subject_is_its_forces():
    found = actors("الساحل: هجمات للفلول ووصول تعزيزات لوزارة الدفاع إلى جبلة", NEW)
    assert [t for t, v in found if v == "Military Forces of Syria (2024-)"] == ["لوزارة الدفاع"]
    text = "وقالت الداخلية إن وحدات الأمن العام نفذت بالتعاون مع وزارة الدفاع حملة في ريف جبلة."
    assert ("وزارة الدفاع", "Military Forces of Syria (2024-)") in actors(text, NEW)


def test_a_ministry_only_speaking_or_of_another_state_stays_out():
    text = "وقالت وزارة الدفاع في بيان بالتعاون مع وسائل الإعلام إن الوضع هادئ."
    assert not [v for _, v in actors(text, NEW) if v == "Military Forces of Syria (2024-)"]
    found = actors("وصلت تعزيزات لوزارة الدفاع الروسية إلى حميميم.", NEW)
    assert not [v for _, v in found if "Syria" in str(v) and "Military" in str(v)]


def test_a_state_blamed_for_a_harm_is_a_party():
    text = "وحمّلت المنظمة النظام وروسيا مسؤولية قصف المشافي في ريف إدلب."
    assert ("النظام", SYRIA) in actors(text) and ("روسيا", RUSSIA) in actors(text)
    text = "واتهم البيان الجانب التركي باستهداف قرى ريف منبج بالمدفعية."
    assert ("الجانب التركي", "Military Forces of Turkey (2016-)") in actors(text, NEW)


def test_a_state_accused_of_support_or_named_without_blame_stays_out():
    text = "واتهمت الإدارة الذاتية تركيا بتسهيل عبور المقاتلين عبر الحدود."
    assert actors(text, NEW) == []
    assert actors("وقال إن روسيا تسعى إلى تسوية سياسية في سوريا.") == []


COALITION = "Global Coalition Against Daesh"


def test_the_coalition_before_its_verbs_object_is_the_coalition():
    text = "وغرق ثلاثة مدنيين بعدما استهدف التحالف القوارب التي كانت تقلهم عبر النهر."
    assert ("التحالف", COALITION) in actors(text, date(2017, 8, 1))


def test_the_alliance_named_by_an_adjective_or_a_relative_clause_stays_out():
    text = 'وأعدم التنظيم شاباً بتهمة "التعامل مع التحالف الصليبي" في الرقة.'
    assert ("التحالف", COALITION) not in actors(text, date(2017, 8, 1))
    text = "ونقلت الوكالة عن قائد في التحالف الذي يقاتل دعماً للحكومة قوله إن الهجوم بدأ."
    assert not [v for _, v in actors(text, date(2017, 8, 1)) if v == COALITION]


def new_groups(text, published=OLD):
    found = suggest(text, published, kinds=("actor",))
    return [s.text for s in found if s.extra.get("new")]


def test_a_group_led_by_a_named_leader_is_a_new_group():
    text = "وقال المراسل إن مجموعة تابعة لأحمد اللحام شاركت في اقتحام البلدة."
    assert new_groups(text, NEW) == ["مجموعة تابعة لأحمد اللحام"]
    text = "وهاجمت مجموعة يقودها عماد أبو زريق حاجزاً في بلدة نصيب."
    assert new_groups(text, NEW) == ["مجموعة يقودها عماد أبو زريق"]


def test_a_group_of_a_known_force_or_of_one_bare_name_is_no_new_group():
    assert new_groups("وهاجمت مجموعة تابعة للفرقة الرابعة حاجزاً في الريف.") == []
    assert new_groups("وانتشرت مجموعة تابعة لمحمد في الحي الشرقي.") == []
    assert new_groups("وقالت مجموعة تابعة لتنظيم الدولة إنها نفذت الهجوم.") == []


def test_the_faction_a_victim_once_belonged_to_is_no_party():
    text = "اغتال مسلحون مجهولون قيادياً سابقاً في فصائل المعارضة أمام منزله في بلدة طفس."
    assert ("فصائل المعارضة", "Opposition Rebels (Syria)") not in actors(text, NEW)
    text = "وقتل شاب وهو عنصر سابق في جيش الأحرار برصاص مجهولين في ريف إدلب."
    assert not [v for _, v in actors(text) if v == "Jaysh al-Ahrar"]


def test_a_faction_named_without_former_or_a_states_unit_stays():
    text = "وقال قيادي في فصائل المعارضة إن مقاتليه صدوا الهجوم على البلدة."
    assert ("فصائل المعارضة", "Opposition Rebels (Syria)") in actors(text)
    text = "وهاجمت مجموعة يقودها ضابط سابق في الفرقة الرابعة حاجزاً للأمن العام."
    assert [t for t, _ in actors(text, NEW) if t == "الفرقة الرابعة"] == ["الفرقة الرابعة"]


def tribal(text, published=NEW):
    return [(t, v) for t, v in actors(text, published) if "Tribal" in str(v)]


def test_a_tribes_council_speaking_and_tribes_joined_to_notables_are_no_party():
    assert tribal("وقال مجلس قبيلة العكيدات في بيان إن الهدنة صامدة في ريف دير الزور.") == []
    text = "وعقد اجتماع بمشاركة وجهاء من قبيلة طي وقبيلة شمر وعشيرة الجبور في القامشلي."
    assert tribal(text) == []


def test_tribes_that_fight_next_to_a_council_word_stay_parties():
    text = "ويحيي المجلس أبناء عشائر ريف الرقة الذين انتفضوا وطردوا الميليشيات من البلدات."
    assert tribal(text) != []
    text = "وهاجم مقاتلون من قبيلة شمر وقبيلة طي مواقع التنظيم قرب الهول."
    assert len(tribal(text)) == 2


def test_a_group_noun_before_a_bare_head_is_no_new_group():
    text = "وقال الناطق باسم الجبهة الوطنية للتحرير إن فصائل الجبهة قصفت مواقع النظام."
    assert new_groups(text) == []
    assert new_groups("وقال إن فصائل الهيئة انسحبت من البلدة بعد المعارك.") == []


def test_a_group_noun_before_a_name_is_still_a_new_group():
    assert new_groups("وهاجمت كتائب الصحابة حاجزاً قرب البلدة.") == ["كتائب الصحابة"]


def test_a_state_said_to_stand_behind_an_act_is_a_party():
    assert ("النظام", SYRIA) in actors('وقال في بيان إن "النظام يقف وراء تفجير السوق".')
    text = 'وقالت إنها "أحبطت هجوماً تقف وراءه روسيا" على مواقعها.'
    assert ("روسيا", RUSSIA) in actors(text)


def test_standing_behind_with_no_state_or_a_state_only_supported_stays_out():
    assert actors("وقال إن الأهالي يقفون خلف أبنائهم في الجيش.") == []
    assert actors("وقال إن روسيا تقف إلى جانب الحكومة في المفاوضات.") == []


def test_a_ministry_whose_speech_follows_it_or_that_does_not_comment_is_a_speaker():
    text = 'وكانت وزارة الدفاع التركية قد أعلنت "تحييد" عشرات المقاتلين في المنطقة.'
    assert not [v for _, v in actors(text, NEW) if "Turkey" in str(v)]
    text = "أما وزارة الدفاع الروسية فأعلنت أن قاذفاتها دمرت مقرات للمسلحين."
    assert not [v for _, v in actors(text) if v == RUSSIA]
    text = "وهو ما لم تعلق عليه وزارة الدفاع التركية حتى مساء اليوم."
    assert not [v for _, v in actors(text, NEW) if "Turkey" in str(v)]


def test_a_ministrys_forces_acting_stay_a_party():
    text = "وأرسلت وزارة الدفاع السورية تعزيزات إلى ريف اللاذقية بعد الهجمات."
    assert ("وزارة الدفاع السورية", "Military Forces of Syria (2024-)") in actors(text, NEW)


def test_a_name_in_quotes_after_a_group_noun_is_a_new_group():
    assert new_groups('واشتبك فصيل "أنصار الحق" مع عناصر النظام في الريف.') == ["أنصار الحق"]
    text = 'هاجم مقاتلو ما يسمى "لواء أحرار الجنوب" حاجزاً قرب البلدة.'
    assert new_groups(text) == ["لواء أحرار الجنوب"]
    text = 'وقال قيادي في تنظيم "حراس العقيدة" إن مقاتليه قتلوا خمسة عناصر.'
    assert new_groups(text) == ["حراس العقيدة"]


def test_an_epithet_or_a_speakers_name_in_quotes_is_no_new_group():
    assert new_groups('وقالت الوكالة إن "مجموعة إرهابية مسلحة" هاجمت الحاجز.') == []
    text = "وقال «مجلس قبيلة العكيدات العسكري» في بيان إن مقاتليه صامدون."
    assert new_groups(text) == []
    assert new_groups('وهاجم "التنظيم" البلدة فجراً.') == []


def test_a_plural_name_head_takes_a_direction_or_region_after_it():
    assert new_groups("وهاجمت حركة أحرار الشمال مواقع للنظام قرب البلدة.") == ["حركة أحرار الشمال"]


def test_a_direction_after_a_group_noun_alone_is_no_name():
    assert new_groups("وانسحبت الكتائب نحو الشمال بعد المعارك.") == []
    assert new_groups("وتقدم لواء من الشمال نحو البلدة.") == []


def test_a_short_form_after_a_members_noun_may_take_the_article():
    text = "وقال قيادي في حركة أحرار الشام إن مقاتلي الأحرار صدوا الهجوم على البلدة."
    assert ("الأحرار", "Ahrar al-Sham") in actors(text)


def test_a_tribes_bare_head_after_a_members_noun_is_no_short_form():
    text = "وقتل ستة من أبناء عشيرة الشعيطات، وقال المراسل إن مقاتلي العشيرة انسحبوا."
    assert "العشيرة" not in [t for t, _ in actors(text, date(2014, 8, 7))]
