"""Attribution forms of the attribution round on development set 44 (issue 18): who says it
in long pieces with many speakers. Each rule with a sentence of its own and a near miss."""

from tests.attributing import who_says


def test_go_on_with_a_quotation_reports_what_the_earlier_speaker_says():
    text = (
        'وقال أحد الجرحى إن "الدورية أطلقت النار علينا من السطح". '
        'وتابع "كنا نسير في الشارع بلا سلاح. أصيب ثلاثة من رفاقنا أمامي".'
    )
    found = who_says(text, "أصيب ثلاثة من رفاقنا")
    assert (found.speaker, found.speaker_kind) == ("أحد الجرحى", "local")
    named = (
        'وقال طبيب في المشفى الميداني إن المشفى "يعمل بلا كهرباء". '
        'وتابع الطبيب "استقبلنا عشرات الجرحى منذ الفجر. توفي اثنان منهم بسبب نقص الدم".'
    )
    assert who_says(named, "توفي اثنان منهم").speaker_kind == "local"
    # near miss: 'تابع' of a quoted name goes on its way ('followed'), it reports nothing
    road = 'وقال أحد الجرحى إن الدورية انسحبت. وتابعت "الحسبة" طريقها نحو البلدة واعتقلت شابين.'
    assert who_says(road, "اعتقلت شابين").speaker is None


def test_a_sites_dot_before_a_quotation_ends_no_sentence():
    text = (
        "حمص - العربية.نت\n\n"
        'وقال الناشط أبو سامر، عضو تنسيقية الحي، لـ"العربية.نت" عبر سكايب: "كنا نحو ألف متظاهر. '
        'أطلقوا الرصاص علينا. شاهدت شاباً يسقط أمامي".'
    )
    found = who_says(text, "شاهدت شاباً يسقط")
    assert found.speaker is not None and "أبو سامر" in found.speaker
    # near miss: a real sentence end between the verb and the quotation
    ended = (
        "حمص - العربية.نت\n\n"
        "وقال الناشط أبو سامر إن الأمن حاصر الحي. ونقلت العربية.نت صوراً للمظاهرة، "
        'وكُتب على لافتة: "كنا نحو ألف متظاهر. شاهدت شاباً يسقط أمامي".'
    )
    assert who_says(ended, "شاهدت شاباً يسقط").speaker != found.speaker
