"""The coordinator's attribution conventions of 2026-11-30 (issue 18; written in
tests/suggest_labels/README.md): a party's own outlet, and its correspondent, speak as the party."""

from tests.attributing import who_says


def test_hawar_own_voice_is_a_party_whatever_the_dateline_form():
    for text in (
        "قامشلو - هاوار: استشهد مدنيان اثنان جراء قصف تركي على القرية.",
        "سري كانيه - هاوار\nاستشهد مدنيان اثنان جراء قصف تركي على القرية.",
        "قصف تركي على قرى تل تمر\n\nالحسكة - هاوار\n\nاستشهد مدنيان اثنان جراء قصف تركي.",
    ):
        found = who_says(text, "مدنيان اثنان")
        assert (found.speaker, found.speaker_kind, found.stance) == (None, "party", "asserts")


def test_an_independent_outlets_own_voice_stays_an_outlet():
    for text in (
        "القامشلي - نورث برس\nاستشهد مدنيان اثنان جراء قصف تركي على القرية.",
        "دير الزور – فرات بوست\nاستشهد مدنيان اثنان جراء قصف تركي على القرية.",
    ):
        assert who_says(text, "مدنيان اثنان").speaker_kind == "outlet"


def test_amaqs_own_voice_is_a_party():
    text = "وكالة أعماق\nقتل مقاتلو الدولة الإسلامية 15 عنصراً في هجوم على عين عيسى."
    assert who_says(text, "15 عنصراً").speaker_kind == "party"


def test_a_party_outlets_own_correspondent_speaks_for_the_party():
    for speaker in ("مراسل وكالتنا", "مراسلنا", "مراسل هاوار"):
        text = f"الحسكة - هاوار\nوقال {speaker} إن القصف استهدف قرية الدردارة."
        found = who_says(text, "استهدف قرية")
        assert found.speaker.startswith(speaker)
        assert found.speaker_kind == "party"


def test_another_outlets_correspondent_in_a_party_outlets_text_is_an_outlet():
    text = "الحسكة - هاوار\nوقال مراسل الجزيرة إن القصف استهدف قرية الدردارة."
    assert who_says(text, "استهدف قرية").speaker_kind == "outlet"
    text = "الحسكة - نورث برس\nوقال مراسل وكالتنا إن القصف استهدف قرية الدردارة."
    assert who_says(text, "استهدف قرية").speaker_kind == "outlet"


def test_an_addressee_of_our_site_is_no_correspondent():
    text = "حمص – سانا\nوقال مختار القرية لموقعنا إن الجرافات جرفت أراضي زراعية."
    assert who_says(text, "جرفت أراضي").speaker_kind == "local"


def test_official_tv_quoted_by_name_is_state_media():
    text = "حمص – أورينت نت\nواستهدف الجيش، بحسب ما نقلت قناة الإخبارية الرسمية، تجمعات المسلحين."
    found = who_says(text, "تجمعات المسلحين")
    assert (found.speaker, found.speaker_kind) == ("قناة الإخبارية الرسمية", "party")
