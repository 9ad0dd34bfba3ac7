"""Place rules of the places/figures/dates round on development set 38 (issue 18): quarters
named by 'حارة', feminine and numbered quarter names, 'المحطة' and 'البو', words next to
places that are no names, and gazetteer names for Damascus quarters and short forms. Each
test holds a fresh sentence (not one of a development set) and a near-miss."""

from reviewer.suggest.engine import suggest


def _places(text: str) -> list[str]:
    return [s.text for s in suggest(text, kinds=("place",)) if s.kind == "place"]


def _values(text: str) -> list[str]:
    return [s.value for s in suggest(text, kinds=("place",)) if s.kind == "place"]


def test_a_haara_is_a_quarter_like_a_hayy():
    assert "البيادر" in _places("داهمت الدورية منازل في حارة البيادر بمدينة جاسم.")
    assert _places("تركزت الحملة في حارتي الزهور والمساكن بمدينة الرقة.")[:2] == [
        "الزهور",
        "المساكن",
    ]
    # near-miss: a quarter's name after 'حي' is found as before
    assert "البيادر" in _places("داهمت الدورية منازل في حي البيادر بمدينة جاسم.")
    assert _places("داهمت الدورية منازل في حارة مجاورة.") == []


def test_a_feminine_suffix_after_hayy_belongs_to_the_name():
    assert "العزيزية الشرقية" in _places("اندلعت اشتباكات في حي العزيزية الشرقية ليلاً.")
    # near-miss: a masculine adjective may describe the quarter, not name it
    assert "العزيزية" in _places("اندلعت اشتباكات في حي العزيزية القديم ليلاً.")


def test_a_known_quarter_with_its_plan_number():
    assert "المزة 86" in _places("اندلع حريق في حي المزة 86 يلتهم منازل.")
    assert "المزة" in _places("حوصر حي المزة 20 يوماً.")
    # near-miss: without a number it is the gazetteer's Mezzeh
    assert _values("داهمت دورية حي المزة فجراً.") == ["Mezzeh"]


def test_mahatta_ends_a_city_quarter_and_albu_opens_a_clan_name():
    assert "درعا المحطة" in _places("أقيم حاجز عند مدخل درعا المحطة مساء أمس.")
    assert "البو حسن" in _places("قال أحد سكان حي البو حسن إن الطائرات حلقت فوق المدينة.")
    # near-miss: the city alone stays the city
    assert _values("أقيم حاجز عند مدخل درعا مساء أمس.") == ["Daraa"]


def test_words_next_to_places_that_are_no_names():
    assert _places("توافد المحتجون من مختلف بلدات المحافظة وقراها إلى الساحة.") == []
    assert _places("هاجم المسلحون حماة على جبهة تمتد على خمسين كيلومتراً.") == ["حماة"]
    assert "المقابر" not in " ".join(_places("تقدم المهاجمون من محور المقابر نحو المطار."))
    assert "النظام" not in " ".join(_places("قصفت الطائرات سراقب والنظام يتقدم نحوها."))
    assert _places("سقطت القذائف عند الساعة العاشرة صباحاً.") == []
    # near-miss: a village after 'محور' and the town spelt right stay places
    assert "البغيلية" in _places("تقدم المهاجمون من محور البغيلية نحو المطار.")
    assert _places("قصفت الطائرات بلدة العشارة.") == ["العشارة"]


def test_damascus_quarters_and_short_names_from_the_gazetteer():
    assert _values("شنت قوات الأمن حملة دهم في برزة والقابون.") == ["Barzeh", "Al Qabun"]
    assert _values("انفجرت عبوة على الطريق بين الشدادي ومركدة.")[0] == "Ash Shaddadah"
    assert _values("هاجم مسلحون حاجزاً عند مدخل المعرة.") == ["Maarrat an Numan"]
    # near-miss: 'معرة' heading a longer village name is not Maarrat an Numan
    assert "Maarrat an Numan" not in _values("قصفت الطائرات بلدات كفرنبل ومعرة حرمة.")


def _new(text: str) -> list[str]:
    return [s.text for s in suggest(text, kinds=("place",)) if s.extra.get("new")]


def test_names_joined_to_one_known_village_that_close_cleanly_are_villages():
    assert _new("توغلت دورية في أطراف قرية الرفيد وعين زيوان في الريف الجنوبي.") == ["عين زيوان"]
    assert _new("تواصل القصف على الكسرة وحمرة ناصر.") == ["حمرة ناصر"]
    # near-misses: the list closes on another word, or names no village
    assert _new("وصلت التعزيزات إلى قرية الرفيد وعادت أخرى إلى المدينة.") == []
    assert _new("قتل 18 مدنياً في معرة النعمان وحدها.") == []
    assert _new("قصفت الطائرات الطبقة ومعمل السكر شرقي المدينة.") == []
    assert _new("سقط قتيلان في اللطامنة وآخران في حماة.") == []


def test_a_stadium_or_a_motorway_named_after_a_town_is_in_it():
    assert _places("اقتادوهم إلى مقر في ملعب الرقة البلدي.") == ["الرقة"]
    assert _places("انفجرت عبوة على أوتوستراد بانياس صباحاً.") == ["بانياس"]
    # near-miss: a street, a market or a mosque's name stays no place
    assert _places("سقطت قذيفة في سوق الحميدية.") == []


def test_an_airdrop_is_no_village():
    assert _places("قتل مدنيون في إنزال جنوب الحسكة.") == ["الحسكة"]
    assert _new("قتل مدنيون في الصباغية جنوب الحسكة.") == ["الصباغية"]


def test_the_hirak_of_protesters_is_no_town():
    assert _places("نشر الفصيل عناصره لمنع أي اعتداء على الحراك في المدينة.") == []
    assert _places("دعا الشيخ إلى الحفاظ على سلمية الحراك.") == []
    # near-miss: the Daraa town after its noun or a preposition of place
    assert _places("قصفت قوات النظام بلدة الحراك.") == ["الحراك"]


def test_a_notables_seat_and_a_coordination_committee_cue_their_town():
    assert _places("ألقى الشيخ كلمة أمام المحتجين في دارة قنوات.") == ["قنوات"]
    assert _values("وقال ناشطو تنسيقية المعرة إن الحاجز انسحب.") == ["Maarrat an Numan"]
    # near-miss: the everyday word without such a cue stays no town
    assert _places("نقلت قنوات التلفزة الخبر.") == []


def test_an_outlet_named_after_its_town_still_names_it_after_a_source():
    assert _values("نفاه شهود عيان تحدثوا للسويداء 24 مساء أمس.") == ["As-Suwayda"]
    # near-miss: a channel the source spoke to is no town
    assert _places("أكد مصدر عسكري سوري للميادين أن القصف توقف.") == []


def test_a_list_of_villages_after_its_peoples_noun():
    found = _places("خرج مئات من أبناء الطيانة والكشكية وغرانيج في مظاهرات ليلية.")
    assert found == ["الطيانة", "الكشكية", "غرانيج"]
    # near-miss: the people's noun itself is never part of the first village's name
    assert not any(p.startswith("أبناء") for p in found)
    assert _places("خرج مئات من أبناء العشائر والقبائل في مظاهرات.") == []


def test_a_name_listed_before_a_place_noun_and_its_name_is_a_place():
    assert _new("فتح الجيش معابر في بستان الباشا وحي الميسر، واتهمها") == ["بستان الباشا", "الميسر"]
    assert _new("انفجرت عبوة على الطريق بين التويمين وقرية العريشة، دون إصابات.") == ["التويمين"]
    # near-misses: a common noun before the place noun, or no preposition of place before it
    assert _new("وصلت تعزيزات إلى المدينة وقرية العريشة.") == []
    assert _new("قال التويمين وقرية العريشة متجاورتان.") == []
