"""Place and actor rules found on development set 4 (tests/suggest_dev4, issue 18).

Short texts, one behaviour each; the set itself is checked last (development data)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reviewer.suggest.engine import suggest
from reviewer.suggest.quality import evaluate, load_labels

DEV4 = Path(__file__).resolve().parents[1] / "suggest_dev4" / "labels.json"


def _found(text: str, kind: str, published: date | None = None) -> dict[str, object]:
    return {s.text: s.value for s in suggest(text, published, kinds=(kind,)) if s.kind == kind}


def test_a_list_of_towns_goes_on_after_a_known_first_town() -> None:
    places = _found("طال القصف بلدات آفس والنيرب وقميناس، ما أدى إلى دمار", "place")
    assert places["آفس"] == "Afis"
    assert {"النيرب", "قميناس"} <= set(places)


def test_a_governorate_after_a_plural_noun_starts_no_list() -> None:
    assert set(_found("قرى حلب والدولة", "place")) == {"حلب"}


def test_a_joined_village_head_keeps_a_name_that_ends_like_a_pronoun() -> None:
    places = _found("سيطروا على بلدات خان العسل وكفرناها في الريف", "place")
    assert "كفرناها" in places
    assert "يسكنها" not in _found("في قرية يسكنها مئات", "place")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("خلية كانت تخطط لتفجير داخل مقام السيدة زينب جنوب دمشق", "As Sayyidah Zaynab"),
        ("غارات على مدينة إدلب وبلدة الأتارب وسرمدا", "Sarmada"),
    ],
)
def test_towns_added_by_hand_to_the_gazetteer(text: str, value: str) -> None:
    assert value in _found(text, "place").values()


def test_local_factions_are_sweidas_druze_only_where_the_paragraph_is_in_sweida() -> None:
    sweida = "اشتباكات في مدينة السويداء، وسيطر مسلحون من الفصائل المحلية على مبنى الشرطة."
    assert _found(sweida, "actor")["الفصائل المحلية"] == "Druze Militia (Syria)"
    daraa = (
        "تشهد مدينة جاسم فوضى أمنية بين قوات النظام وفصائل محلية.\n"
        "وفي مدينة درعا خرجت مظاهرة.\n"
        "ورددوا هتافات تضامنية مع أهالي السويداء."
    )
    assert "فصائل محلية" not in _found(daraa, "actor", date(2023, 9, 16))


def test_the_sna_military_police_needs_the_north_in_the_paragraph_or_the_one_before() -> None:
    raqqa = (
        "مظاهرات في مدينة الرقة ضد التجنيد.\n"
        "وداهمت دوريات الشرطة العسكرية منازل في المدينة.\n"
        "ونزح شبان نحو تل أبيض ورأس العين."
    )
    assert "الشرطة العسكرية" not in _found(raqqa, "actor", date(2024, 6, 10))
    bab = "اشتباكات في مدينة الباب.\nثم تدخلت الشرطة العسكرية وفرضت حظراً للتجول."
    assert _found(bab, "actor", date(2023, 5, 1))["الشرطة العسكرية"] == "Syrian National Army"


def test_a_quoted_name_after_ism_is_an_operation_but_a_spokesman_speaks_for_a_force() -> None:
    operation = 'أطلقت الفصائل عملية عسكرية باسم "فجر الحرية" ضد قسد'
    assert "فجر الحرية" not in _found(operation, "actor")
    launched = 'هجوم واسع أطلقته هيئة تحرير الشام تحت اسم "ردع العدوان" في ريف حلب'
    assert "ردع العدوان" not in _found(launched, "actor")
    spokesman = "وقال المتحدث باسم إدارة العمليات العسكرية إن قواتها دخلت حماة"
    assert (
        _found(spokesman, "actor")["إدارة العمليات العسكرية"]
        == "Military Operations Command (Syria)"
    )


def test_air_defence_and_the_new_intelligence_service_are_state_forces() -> None:
    old = _found("وتصدت وسائط الدفاع الجوي للصواريخ", "actor", date(2024, 1, 20))
    assert old["وسائط الدفاع الجوي"] == "Military Forces of Syria (2000-2024)"
    new = _found("بالتعاون مع جهاز الاستخبارات العامة", "actor", date(2025, 8, 9))
    assert new["جهاز الاستخبارات العامة"] == "Police Forces of Syria (2024-)"


def test_truffle_hunters_are_civilians_where_they_are_attacked() -> None:
    attacked = _found("هاجمت خلايا داعش جامعي الكمأة في البادية", "actor")
    assert attacked["جامعي الكمأة"] == "Civilians (Syria)"
    assert "جامعو الكمأة" not in _found("ويتخذ جامعو الكمأة من الموسم مصدر رزق", "actor")


def test_fourth_development_set_loads_and_its_places_and_actors_are_found() -> None:
    """tests/suggest_dev4: fifteen longer articles (development data, rules tuned on it)."""
    assert len(load_labels(DEV4)) == 15  # raises when a labelled count disagrees
    scores = evaluate(DEV4)
    places, actors = scores["place"], scores["actor"]
    assert places.labelled >= 250 and actors.labelled >= 170
    assert places.precision >= 0.95, places.false_positives
    assert places.recall >= 0.9, places.misses
    assert actors.precision >= 0.9, actors.false_positives
    assert actors.recall >= 0.9, actors.misses


def test_an_alias_ending_in_a_prepositions_phrase_has_its_indefinite_form() -> None:
    iran = _found("حيث تنتشر مواقع لميليشيات مدعومة من إيران", "actor")
    assert iran["ميليشيات مدعومة من إيران"] == "Iran-backed Militias (Syria)"
    turkey = _found("مناطق تسيطر عليها فصائل موالية لتركيا", "actor")
    assert turkey["فصائل موالية لتركيا"] == "Syrian National Army"


def test_security_forces_are_the_police_of_their_period() -> None:
    text = "قتل 16 عنصراً من قوات الأمن في هجوم"
    wide = "16 عنصراً من قوات الأمن"  # counted members are one mention with their group
    assert _found(text, "actor", date(2025, 3, 7))[wide] == "Police Forces of Syria (2024-)"
    assert _found(text, "actor", date(2023, 3, 7))[wide] == "Police Forces of Syria (2000-2024)"
    iraq = _found("اعتقلت قوات الأمن العراقية مهربين", "actor")
    assert iraq["قوات الأمن العراقية"] == "Military Forces of Iraq (2022-)"


def test_civilians_assaulted_are_a_party() -> None:
    found = _found("ستحاسب الدولة كل من اعتدى على المدنيين", "actor")
    assert found["المدنيين"] == "Civilians (Syria)"


@pytest.mark.parametrize(
    ("text", "quarter"),
    [
        ("سيطر المقاتلون على حي حلب الجديدة غرب المدينة", "حلب الجديدة"),
        ("وفي درعا البلد خرجت مظاهرة بعد الصلاة", "درعا البلد"),
        ("تنشط خلايا في حي طريق السد ومخيم درعا.", "مخيم درعا"),
    ],
)
def test_a_city_name_that_names_a_quarter_or_a_camp_is_that_new_place(
    text: str, quarter: str
) -> None:
    found = [s for s in suggest(text, None, kinds=("place",)) if s.kind == "place"]
    assert [s.text for s in found][-1:] == [quarter]  # (حي طريق السد is a quarter too)
    assert found[-1].extra.get("new")


def test_a_city_alone_stays_the_city() -> None:
    assert _found("دخل المقاتلون مدينة درعا", "place") == {"درعا": "Daraa"}


def test_fighters_from_the_arab_tribes_are_the_tribal_militia() -> None:
    found = _found("اشتباكات بين مقاتلين من العشائر العربية وقسد في ذيبان", "actor")
    assert found["مقاتلين من العشائر العربية"] == "Arab Tribal Militia (Syria)"
