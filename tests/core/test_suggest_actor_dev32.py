"""Generic-party rules of development set 32 (issue 18, actor recall): each rule with an
Arabic sentence written for the test (not taken from a development set), what the suggester
must return, and a near miss that must not give the actor."""

from datetime import date

from reviewer.suggest.actors import find_actors

OLD = date(2014, 3, 1)
NEW = date(2025, 5, 1)

CIVILIANS = "Civilians (Syria)"
PRISONERS = "Prisoners (Syria)"
PROTESTERS = "Protesters (Syria)"


def valued(text, value, published=OLD):
    return [s.text for s in find_actors(text, published=published) if s.value == value]


def test_the_abducted_named_by_a_passive_participle():
    # 'المخطوفين' / 'مختطفَين': people named by what was done to them are the victims
    text = "وأطلقت العصابة سراح المخطوفين الأربعة بعد أن قبضت الفدية من ذويهم."
    assert "المخطوفين" in valued(text, CIVILIANS, NEW)
    text = "وتمكنت دورية من تحرير مختطفَين كانا محتجزين في بناء مهجور."
    assert "مختطفَين" in valued(text, CIVILIANS, NEW)
    # near miss: no event around them, the abducted are only talked about
    text = "وتحدث الكاتب في مقاله عن المخطوفين في روايته الأخيرة."
    assert valued(text, CIVILIANS, NEW) == []


def test_the_abducted_never_turn_protesters():
    # the kidnappers' demand is no protest of the abducted
    text = "وقال قريب أحد المخطوفين إن الخاطفين طالبوا بمبلغ كبير لقاء الإفراج عنه."
    assert valued(text, PROTESTERS, NEW) == []
    # near miss: residents who demand are protesters as before
    text = "وتجمع الأهالي أمام مبنى المحافظة وطالبوا بالكشف عن مصير أبنائهم."
    assert "الأهالي" in valued(text, PROTESTERS, NEW)


def test_a_threat_conditions_a_release():
    # 'هددوا بعدم الإفراج عنهم قبل إطلاق سراح المخطوفين': the abducted are only demanded back
    text = "واحتجز شبان من البلدة خمسة عمال، وهددوا بعدم إطلاقهم قبل الإفراج عن المخطوفين."
    assert "المخطوفين" not in valued(text, CIVILIANS, NEW)
    # near miss: released in the reported event, they are a party
    text = "وأفرجت المجموعة عن المخطوفين مساء أمس بعد وساطة من وجهاء المنطقة."
    assert "المخطوفين" in valued(text, CIVILIANS, NEW)


def test_torture_in_the_imperfect_makes_detainees_a_party():
    text = "وأكد أحد المفرج عنهم أن السجانين كانوا يعذبون الموقوفين كل ليلة."
    assert "الموقوفين" in valued(text, PRISONERS) + valued(text, CIVILIANS)
    # near miss: no act done to them
    text = "وأكد أحد المحامين أن الحديث عن الموقوفين كان طويلاً."
    assert valued(text, PRISONERS) + valued(text, CIVILIANS) == []


def test_protest_verbs_in_the_imperfect():
    # a headline's 'أهالي X يتظاهرون'
    text = "أهالي البلدة يتظاهرون ضد الحواجز"
    assert "أهالي البلدة" in valued(text, PROTESTERS) or "أهالي" in " ".join(
        valued(text, PROTESTERS)
    )
    # near miss: residents who only complain
    text = "أهالي البلدة يشتكون من انقطاع الكهرباء"
    assert valued(text, PROTESTERS) == []


def test_a_person_harmed_by_a_verb_after_him():
    # the victim before a passive verb of harm, perhaps after his age
    text = "وذكرت مصادر محلية أن رجلاً في الخمسين من عمره قُتل برصاص مجهولين قرب منزله."
    assert "رجلاً" in valued(text, CIVILIANS, NEW)
    text = "وأفاد الناشط بأن فتاة أصيبت بشظايا القذيفة أثناء عودتها من المدرسة."
    assert "فتاة" in valued(text, CIVILIANS, NEW)
    # near miss: a sub-count inside a toll already given
    text = "وقتل خمسة مدنيين في القصف، بينهم طفل قُتل مع والدته."
    assert "طفل" not in valued(text, CIVILIANS, NEW)
    # near miss: no verb of harm after the person
    text = "وقال الناشط إن رجلاً في الخمسين من عمره وصل إلى البلدة أمس."
    assert valued(text, CIVILIANS, NEW) == []


def test_the_word_of_harm_across_a_short_pronoun():
    text = "وكانت غارة قد استهدفت السوق الشعبي، قُتل فيها شاب وأصيب آخرون."
    assert "شاب" in valued(text, CIVILIANS, NEW)
    # near miss: a pronoun with no word of harm before it
    text = "وكان المجلس قد عقد اجتماعاً، تحدث فيه شاب عن مشكلات البلدة."
    assert valued(text, CIVILIANS, NEW) == []


def test_the_participants_of_a_protest():
    text = "وخرجت مظاهرة في ساحة البلدة بعد صلاة الجمعة، ردد المشاركون فيها شعارات ضد الفساد."
    assert "المشاركون" in valued(text, PROTESTERS, NEW)
    # near miss: participants of a meeting, no protest and no harm
    text = "وعقد المجلس المحلي ندوة في المركز الثقافي، وناقش المشاركون فيها خطة الخدمات."
    assert valued(text, PROTESTERS, NEW) + valued(text, CIVILIANS, NEW) == []


def test_more_conjugations_of_harm_around_a_generic_noun():
    # verbs of harm the generic parties lacked: 'اقتادت', 'قنصت', 'اغتالوا', 'أصيبوا' ...
    text = "وذكر الناشط أن الدورية اقتادت الأهالي إلى ساحة القرية بعد منتصف الليل."
    assert "الأهالي" in valued(text, CIVILIANS, NEW)
    text = "وقال مصدر محلي إن المدنيين أصيبوا أثناء عودتهم إلى منازلهم."
    assert "المدنيين" in valued(text, CIVILIANS, NEW)
    # near miss: the residents only named, no act done to them
    text = "وذكر الناشط أن الأهالي في القرية يعتمدون على الزراعة."
    assert valued(text, CIVILIANS, NEW) == []


def test_a_bare_crowd_that_goes_out_to_protest():
    text = "وفي مدينة منبج خرج المئات في ساحة السوق القديم تنديداً بحملة الاعتقالات."
    assert "المئات" in valued(text, PROTESTERS, NEW)
    text = "واحتشد الآلاف أمام مبنى المحافظة مطالبين بالإفراج عن المعتقلين."
    assert "الآلاف" in valued(text, PROTESTERS, NEW)
    # near miss: a crowd that goes out with no protest in the sentence
    text = "وخرج المئات من السوق بعد إغلاق المحال مع غروب الشمس."
    assert valued(text, PROTESTERS, NEW) == []


def test_drones_that_strike_are_no_march():
    # 'المسيّرات' is a drone, not a march ('مسيرات'), where a word of attack stands by it
    text = "وبلغ عدد القتلى المدنيين بضربات المسيّرات التركية في المنطقة أربعة عشر."
    assert valued(text, PROTESTERS, NEW) == []
    # near miss: marches of residents stay a protest
    text = "وشارك الأهالي في مسيرات جابت شوارع المدينة تنديداً بالقصف."
    assert "الأهالي" in valued(text, PROTESTERS, NEW)
