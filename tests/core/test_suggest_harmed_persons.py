"""Persons named by a noun of what they are, in the slot of a harm (harmed_persons.py; actor
conventions 2, 8, 12, 37 and (a)): refugees, kin, companions, workers and owners killed,
wounded, detained or abducted are Civilians though no figure counts them. Fresh sentences
and near misses, with what the actor suggester must return."""

from datetime import date

from reviewer.suggest.actors import find_actors

OLD = date(2016, 5, 3)
C = "Civilians (Syria)"


def civilians(text, published=OLD):
    return [s.text for s in find_actors(text, published=published) if s.value == C]


def test_a_refugee_or_worker_right_after_a_word_of_harm():
    assert civilians("مقتل نازحة سورية برصاص مجهولين في مخيم الركبان") == ["نازحة"]
    assert civilians("وأسفر القصف عن إصابة المتسوقين في السوق الشعبي.") == ["المتسوقين"]
    text = "وأفادت مصادر محلية باختطاف مسافرين على طريق دمشق - السويداء."
    assert civilians(text) == ["مسافرين"]


def test_kin_and_companions_carrying_a_pronoun():
    text = "وقتل القيادي على الفور، فيما أصيب شقيقه بجروح خطيرة."
    assert civilians(text) == ["شقيقه"]
    text = "ما أدى إلى مقتل الطفل وإصابة والده بجروح."
    assert civilians(text) == ["والده"]
    text = "وأصيب ابن عمه الذي كان برفقته."
    assert civilians(text) == ["ابن عمه"]
    text = "وصادر عناصر الحاجز الدراجات واحتجزوا أصحابها لساعات."
    assert civilians(text) == ["أصحابها"]


def test_after_a_count_word_or_one_of():
    text = "وأدى انفجار العبوة إلى إصابة عدد من زملائه في الورشة."
    assert civilians(text) == ["زملائه"]
    text = "وقالت المنظمة إن القصف أدى إلى مقتل أحد مسعفيها."
    assert civilians(text) == ["مسعفيها"]


def test_bare_kin_and_words_that_only_look_like_persons_stay_out():
    # kin bare are everyday words; a word ending in ة carries no pronoun
    assert civilians("وطالت الغارات مرافق عامة في المدينة.") == []
    assert civilians("وتنشط في المنطقة عصابات الخطف وتجارة المخدرات.") == []
    # no word of harm in the slot
    assert civilians("وعاد النازحون إلى قراهم بعد توقف القصف.") == []
    assert civilians("وقال أحد المسعفين إن الوضع مأساوي.") == []


def test_a_named_person_a_demand_or_a_slogan_makes_no_party():
    # the definite singular names a person by his name (convention 13's last line)
    assert civilians("ما أدى إلى مقتل الناشط محمد العلي.") == []
    text = "ورفع المحتجون لافتات تطالب بوقف اعتقال الطلاب على الحواجز."
    assert civilians(text) == []
    text = 'وهتف المتظاهرون "النظام يقتل أطفالنا" في ساحة البلدة.'
    assert civilians(text) == []
    text = "وقطع مسلحون الطريق احتجاجاً على مقتل أحد أقاربهم."
    assert civilians(text) == []


def test_a_negated_harm_makes_no_party():
    assert civilians("وقالت المصادر إن المسلحين لم يختطفوا ركاب الحافلة.") == []


def test_carried_by_what_a_strike_hit():
    text = "واستهدفت غارة روسية حافلة تقل عمالاً على طريق سراقب."
    assert civilians(text) == ["عمالاً"]
    # carried with no strike: a trip, no party
    assert civilians("وانطلقت حافلة تقل طلاباً إلى جامعة حلب.") == []


def test_joined_by_wa_to_fighters_killed():
    text = "فيما قُتل أربعة من عناصر قوات النظام وطبيبة برصاص قناص."
    assert civilians(text) == ["طبيبة"]
    # joined to a civilian victim found, it was a victim with her already
    assert civilians("ما أدى إلى مقتل امرأة وطفلها.") == ["امرأة"]


def test_the_object_after_the_force_that_harmed():
    text = "واعتقلت قوات الأمن الصحفيين المشاركين في التغطية."
    assert civilians(text) == ["الصحفيين"]
    # a verb whose subject is its pronoun: the force after it is its object
    assert civilians("واحتجز المسلحون عناصر الدورية رهائن.") == []


def test_owners_named_by_what_they_are():
    # convention 11: people whose property a force burns or takes, named by their role
    text = "وأحرق عناصر الفصيل منازل عدد من الصحفيين في البلدة."
    assert civilians(text) == ["الصحفيين"]
    # the noun after them is their adjective, no second party
    text = "وأحرقت القوات منازل عدد من الناشطين المطلوبين."
    assert civilians(text) == ["الناشطين"]


def test_pulled_from_under_the_rubble():
    text = "وأخرج الأهالي طفلة ووالدتها من تحت أنقاض منزلهما بعد الغارة."
    assert civilians(text) == ["طفلة ووالدتها"]
    assert civilians("وقال مسعف إنه رأى نساء تحت الركام.") == ["نساء"]
    # the trapped or missing are no noun of the class; bodies are the toll's
    assert civilians("ولا يزال عالقون تحت الأنقاض.") == []
    assert civilians("وانتشلت الفرق جثتي رجل وامرأة من تحت الأنقاض.") == []
