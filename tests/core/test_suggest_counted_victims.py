"""Persons a figure counts as killed or injured by a strike, shelling, bombing, massacre or
gunfire are Civilians (actor convention 8 of the night of 2026-11-30;
reviewer/suggest/counted_victims.py): fresh sentences and near-misses, with what the
suggester must return."""

from datetime import date

from reviewer.suggest.actors import find_actors

OLD = date(2017, 3, 14)


def victims(text, published=OLD):
    found = find_actors(text, published=published)
    return [(s.text, s.value) for s in found if s.kind == "actor" and s.extra.get("victims")]


def test_counted_dead_and_injured_of_a_strike_are_civilians():
    text = "مصادر محلية: 19 قتيلاً في قصف صاروخي على سوق بلدة كفرنبل"
    assert victims(text) == [("19 قتيلاً", "Civilians (Syria)")]
    text = "وأسفرت الغارات على حي الصالحين عن مقتل أحد عشر شخصاً وإصابة نحو أربعين جريحاً."
    assert victims(text) == [
        ("أحد عشر شخصاً", "Civilians (Syria)"),
        ("نحو أربعين جريحاً", "Civilians (Syria)"),
    ]


def test_a_car_bomb_by_any_of_its_names():
    text = "وقال مسعفون إن سبعة أشخاص قتلوا عندما انفجرت سيارة ملغومة قرب سوق الخضار في المدينة."
    assert victims(text) == [("سبعة أشخاص", "Civilians (Syria)")]


def test_the_means_may_stand_in_the_sentence_before():
    # a lead's barrel bombs, then their toll
    text = (
        "ألقت المروحيات براميل متفجرة على حي الكلاسة صباح اليوم. "
        "وقال ناشطون إن 14 شخصاً قتلوا بينهم أطفال."
    )
    assert victims(text) == [("14 شخصاً", "Civilians (Syria)")]


def test_near_misses_stay_out():
    # a toll of clashes mixes fighters; counted fighters or civilians among them; fighters'
    # losses a side claims; a sub-count; the displaced counted; no means named
    assert victims("وأسفرت الاشتباكات في محيط البلدة عن سقوط 17 قتيلاً.") == []
    assert victims("وقتل 20 شخصاً في غارات على البلدة، بينهم ستة عناصر من الفصائل.") == []
    assert victims("وقتل 33 شخصاً في قصف على المنطقة، بينهم 12 مدنياً.") == []
    assert victims("وقال الجيش إنه كبد المسلحين عشرات القتلى بقصف مدفعي.") == []
    text = "قتل 15 مدنياً بقصف على البلدة، بينهم خمسة أطفال."
    assert ("خمسة أطفال", "Civilians (Syria)") not in victims(text)
    assert victims("ودفع القصف المدفعي نحو 600 شخص إلى النزوح من القرية.") == []
    assert victims("ووثق المكتب مقتل 21 شخصاً في المحافظة خلال الشهر الماضي.") == []
    text = "وارتفع عدد الغارات منذ مطلع العام إلى 40 غارة، قتل فيها 35 شخصاً."
    assert victims(text) == []


def test_civilians_named_after_the_count_keep_one_mention():
    # 'قتيلين مدنيين': the count goes on into the civilians' own mention, found already
    text = "وأفاد ناشطون بأن قتيلين مدنيين سقطا جراء قصف مدفعي على أطراف البلدة."
    found = [(s.text, s.value) for s in find_actors(text, published=OLD) if s.kind == "actor"]
    assert found == [("مدنيين", "Civilians (Syria)")]


def test_a_headline_toll_read_with_its_lead_and_a_toll_named_civilian():
    text = (
        "الدفاع المدني: 12 قتيلاً في ريف حلب الغربي\n"
        "قُتل 12 مدنياً، بينهم ثلاثة أطفال، اليوم الخميس في غارات جوية على بلدة الأتارب."
    )
    assert victims(text) == [("12 قتيلاً", "Civilians (Syria)")]
    text = "وارتفع عدد القتلى المدنيين منذ بدء الحملة إلى 88 شخصاً، بحسب الشبكة."
    assert victims(text) == [("88 شخصاً", "Civilians (Syria)")]
    text = "وقالت المنظمة إن عدد القتلى بلغ 64 شخصاً على الأقل، معظمهم من المدنيين."
    assert victims(text) == [("64 شخصاً", "Civilians (Syria)")]


def test_tolls_naming_both_sides_or_a_part_of_a_toll_stay_out():
    text = "قصفت الطائرات البلدة. وقالت مصادر إن نحو 30 قتيلاً سقطوا، بينهم مدنيون."
    assert victims(text) == []
    text = "وانتشلت فرق الإنقاذ جثث ثمانية من القتلى من تحت أنقاض السوق بعد الغارة."
    assert victims(text) == []
    text = "وشن الطيران غارات على مواقع المسلحين وأوقع في صفوفهم عشرات القتلى."
    assert victims(text) == []
    text = "وقصفت الطائرات المدينة. ووثق المرصد مقتل 50 شخصاً، بينهم 20 مدنياً."
    assert victims(text) == []


def test_the_injured_counted_by_any_noun_are_victims():
    # convention 17 of 2026-12-01: 'مصابين', 'مصاباً', 'إصابات' like 'جريحاً'
    text = "وقال مصدر طبي إن مشفى البلدة استقبل 14 مصاباً بعد غارة جوية على السوق."
    assert victims(text) == [("14 مصاباً", "Civilians (Syria)")]
    text = "سقطت قذائف هاون على حي الميدان، وسجلت المصادر الطبية ست إصابات."
    assert victims(text) == [("ست إصابات", "Civilians (Syria)")]
    text = "وأسعفت فرق الهلال الأحمر تسعة مصابين إلى مشفى المدينة."
    assert victims(text) == [("تسعة مصابين", "Civilians (Syria)")]


def test_the_ill_and_injured_no_force_harmed_stay_out():
    # an illness's cases; the injured of clashes; a mine's
    assert victims("وسجلت مديرية الصحة 40 إصابة جديدة بالكوليرا في المحافظة.") == []
    assert victims("وأسفرت الاشتباكات بين الطرفين عن سقوط 12 مصاباً.") == []
    assert victims("وأصيب ثلاثة مصابين بانفجار لغم من مخلفات الحرب.") == []


def test_the_means_right_after_the_count_is_what_killed_them():
    # a second event joined by و (clashes, a defection) does not mix the toll of the strike
    text = "ناشطون: 12 قتيلاً بغارات روسية على سراقب واشتباكات عنيفة في ريف حلب الجنوبي"
    assert victims(text) == [("12 قتيلاً", "Civilians (Syria)")]
    text = "إدلب: تسعة قتلى في قصف على معرة النعمان وانشقاق عناصر من الجيش في جسر الشغور"
    assert victims(text) == [("تسعة قتلى", "Civilians (Syria)")]


def test_the_means_right_after_but_no_civilians():
    # the clash itself; the strike hit a force's post; a mixed toll before the و
    assert victims("ناشطون: 17 قتيلاً في اشتباكات على أطراف البلدة") == []
    text = "مصادر: 20 قتيلاً بقصف على مواقع لقوات النظام واشتباكات في الريف"
    assert victims(text) == []
    assert victims("مصادر: 14 قتيلاً بغارات على البلدة بينهم ستة عناصر واشتباكات في الريف") == []


def test_the_victims_of_a_massacre_named_before_them():
    # 'راح ضحيتها' after the massacre: its victims whatever protests the sentence tells of
    text = "وكانت البلدة قد شهدت مظاهرات عام 2011، وتعرضت لمجزرة في آب 2012 راح ضحيتها 300 شخص."
    assert victims(text) == [("300 شخص", "Civilians (Syria)")]


def test_victims_of_near_misses():
    # the pronoun stands for no violence (a flood); the massacre in another clause
    assert victims("وضربت السيول القرية وراح ضحيتها 12 شخصاً.") == []
    text = "وتذكر الأهالي المجزرة، وفي حادث سير راح ضحيته 12 شخصاً أمس."
    assert victims(text) == []
