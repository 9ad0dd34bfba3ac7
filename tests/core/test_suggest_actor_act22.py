"""Actor recall on short names, states acting as forces and protesters (issue 18, round of
2026-12-01 morning, from the visible fresh sets 45, 47 and 49 and the older development sets):
fresh sentences and near misses, with what the actor suggester must return."""

import json
from datetime import date
from pathlib import Path

from reviewer.suggest.actors import find_actors
from reviewer.suggest.text import fold
from tests.built_lists import assert_built_by

ROOT = Path(__file__).resolve().parents[2]
WORDS = ROOT / "resources" / "suggest" / "short_name_words.json"
BUILD = ROOT / "packaging" / "build_short_name_words.py"

OLD = date(2016, 5, 3)
RUSSIA, TURKEY = "Military Forces of Russia (2000-)", "Military Forces of Turkey (2016-)"
UNKNOWN = "Unidentified Military Forces"


def actors(text, published=OLD):
    return [(s.text, s.value) for s in find_actors(text, published=published)]


def test_two_aircraft_named_by_a_dual_and_a_nationality_are_that_states_forces():
    text = "وقال ناشطون إن طائرتين حربيتين روسيتين قصفتا سوق البلدة ظهر اليوم."
    assert ("طائرتين حربيتين روسيتين", RUSSIA) in actors(text)
    text = "وحلقت مروحيتان تركيتان فوق القرية دون أن تقصفا."
    assert ("مروحيتان تركيتان", TURKEY) in actors(text)


def test_two_of_a_thing_that_is_no_means_of_war_stay_out():
    text = "وزار وفد من مدينتين روسيتين المعرض في دمشق."
    assert not [a for a in actors(text) if a[1] == RUSSIA]


def test_air_strikes_whose_owner_is_unknown_are_unidentified_forces():
    text = "استهدفت ضربات جوية لم تعرف هويتها فجر اليوم مواقع للميليشيات قرب الحدود."
    assert ("ضربات جوية لم تعرف هويتها", UNKNOWN) in actors(text)
    text = "وقصفت طائرتان حربيتان مجهولتا الهوية محيط المطار."
    assert ("طائرتان حربيتان مجهولتا الهوية", UNKNOWN) in actors(text)


def test_a_shell_of_unknown_source_is_no_air_force():
    text = "سقطت قذائف مجهولة المصدر على حي الجورة دون وقوع إصابات."
    assert not [a for a in actors(text) if a[1] == UNKNOWN]


def test_a_state_joined_to_a_force_that_attacks_fights_beside_it():
    text = "وتتواصل الغارات لليوم العاشر ضمن الهجوم الذي تشنه قوات النظام وروسيا على ريف حماة."
    assert ("روسيا", RUSSIA) in actors(text)


def test_a_state_on_the_other_side_of_talks_with_a_force_stays_out():
    text = "وعقدت جولة مفاوضات بين قوات النظام وروسيا في قاعدة حميميم أمس."
    assert not [a for a in actors(text) if a[1] == RUSSIA]


ZENKI = "Nour al-Din al-Zenki Movement"


def test_a_groups_distinctive_last_word_unquoted_names_it_again():
    text = (
        "تجددت الاشتباكات بين جبهة النصرة وحركة نور الدين الزنكي في ريف حلب الغربي. "
        "وقال مصدر محلي إن عناصر الجبهة حاصروا مقرات للزنكي في قبتان الجبل، "
        "بعد أسابيع من خروج الزنكي من غرفة العمليات المشتركة."
    )
    found = actors(text)
    assert found.count(("للزنكي", ZENKI)) == 1 and found.count(("الزنكي", ZENKI)) == 1


def test_the_last_word_without_the_group_named_or_after_a_river_stays_out():
    assert not [a for a in actors("وقال إن الزنكي انسحب من المنطقة.") if a[1] == ZENKI]
    text = "هاجمت قوات حرس الخابور مسلحين قرب تل تمر، على الضفة الشرقية لنهر الخابور."
    assert [a[0] for a in actors(text) if a[1] == "Khabour Guards"] == ["قوات حرس الخابور"]


def test_only_rare_last_words_of_named_groups_are_listed():
    words = json.loads(WORDS.read_text(encoding="utf-8"))["words"]
    assert {fold("الزنكي"), fold("العمشات")} <= set(words)
    assert not {fold(w) for w in ("النصر", "الرحمن", "الشامية", "التركمانية", "الكورد")} & set(
        words
    )


def test_the_short_name_words_are_what_the_build_script_gives(tmp_path):
    assert_built_by(WORDS, BUILD, tmp_path)


PROTESTERS = "Protesters (Syria)"


def test_persons_who_act_in_a_protest_are_protesters():
    text = (
        "وفي مدينة شهبا، أغلق محتجون الطريق العام بالإطارات، فيما مزق شبان صورة كبيرة "
        "لرأس النظام في الساحة."
    )
    assert ("شبان", PROTESTERS) in actors(text)
    text = "وقال ناشطون إن سكان أحياء القصور والغوطة خرجوا في مظاهرة مسائية تنديداً بالقصف."
    assert ("سكان", PROTESTERS) in actors(text)
    text = "وأفاد مراسلنا أن قرابة 80 شخصاً شاركوا في اعتصام أمام مبنى المحافظة."
    assert ("شخصاً", PROTESTERS) in actors(text)


def test_persons_who_leave_are_victims_or_speak_to_a_protest_are_no_marchers():
    text = "وقال المحافظ إن مئات الأشخاص خرجوا منذ الجمعة من الحي، بعد أسبوع من المظاهرات."
    assert not [a for a in actors(text) if a[1] == PROTESTERS]
    text = "وقال المحافظ للصحفيين إن عدد من تظاهروا في الساحة لم يتجاوز المئة."
    assert not [a for a in actors(text) if a[1] == PROTESTERS]
    text = "ومزق شبان صورة كبيرة لرأس النظام في الساحة."
    assert not [a for a in actors(text) if a[1] == PROTESTERS]


def test_protesters_named_in_the_construct_state_are_protesters():
    text = "أطلق عناصر الأمن النار على متظاهري حي بستان القصر مساء اليوم."
    assert ("متظاهري", PROTESTERS) in actors(text)


def test_a_counted_crowd_after_its_verb_of_protest_is_protesters():
    text = "وفي بلدة عرمان، أغلق محتجون مبنى البلدية، فيما تجمّع قرابة 200 شخص في الساحة."
    assert ("شخص", PROTESTERS) in actors(text)
    text = "وفي بلدة عرمان تجمّع قرابة 200 شخص أمام الفرن بانتظار توزيع الخبز."
    assert not [a for a in actors(text) if a[1] == PROTESTERS]


def test_those_who_hold_a_protest_named_after_it_are_protesters():
    text = "فرّقت دورية للشرطة وقفة احتجاجية لأمهات معتقلين أمام قصر العدل في حمص."
    assert ("أمهات", PROTESTERS) in actors(text)
    text = "ونظم ناشطون اعتصاماً لطلاب الجامعة أمام مبنى الكلية."
    assert ("طلاب", PROTESTERS) in actors(text)


def test_a_protest_noun_for_someone_it_is_not_held_by_stays_out():
    text = "وقال المتحدث إن المظاهرة لصالح الحكومة، وإن وقفة للشرطة انتشرت قرب الساحة."
    assert not [a for a in actors(text) if a[1] == PROTESTERS]


def test_a_model_name_may_stand_between_a_vehicle_and_its_nationality():
    text = "وأفاد ناشطون بأن طائرات سوخوي روسية أغارت على أطراف البلدة."
    assert ("طائرات سوخوي روسية", RUSSIA) in actors(text)


def test_a_vehicle_carrying_foreign_goods_names_no_foreign_force():
    text = "وضبطت دورية للشرطة آليات تحمل أسلحة تركية على طريق المطار."
    assert not [a for a in actors(text) if a[1] == TURKEY]
