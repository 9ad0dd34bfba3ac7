"""Figure rules found on development set 13 (tests/suggest_dev13, issue 18).

Short texts, one behaviour each: 'up to', counts after their noun, counts in brackets,
shares, and where the counted come from."""

from __future__ import annotations

from reviewer.suggest.figures import find_figures


def _figures(text: str) -> dict[str, tuple[int | None, int | None]]:
    return {s.text: s.value for s in find_figures(text)}


def test_up_to_is_an_upper_bound() -> None:
    assert _figures("وأصيب ما يصل إلى 60 آخرين") == {"ما يصل إلى 60 آخرين": (None, 60)}
    assert _figures("ليصل عدد القتلى إلى 30 شخصاً") == {"30 شخصاً": (30, 30)}


def test_a_number_after_their_count_counts_the_noun_before_it() -> None:
    found = find_figures("أعدم 11 من المعتقلين البالغ عددهم 40، الذين اعتقلوا أمس")
    assert [(s.text, s.value, s.extra["category"]) for s in found][-1] == (
        "40",
        (40, 40),
        "prisoners",
    )
    assert _figures("المشاركين في احتجاج الأربعاء، البالغ عددهم قرابة 4000، من النساء") == {
        "قرابة 4000": (3600, 4400)
    }
    assert _figures("المباني البالغ عددها 40") == {}


def test_the_remaining_count_as_others() -> None:
    assert _figures("وإن مصير الـ 29 الباقين لا يزال مجهولاً") == {"29 الباقين": (29, 29)}


def test_a_number_opening_brackets_after_a_figure_counts_the_same_noun() -> None:
    found = _figures("مقتل خمسة عناصر (3 من الأمن العسكري و2 من مجموعة محلية) في جاسم")
    assert [found[k] for k in ("خمسة عناصر", "3")] == [(5, 5), (3, 3)]
    assert sorted(found.values()) == [(2, 2), (3, 3), (5, 5)]
    assert "3" not in _figures("اندلعت اشتباكات (3 من الأمن العسكري)")


def test_a_share_in_hundredths_is_no_hundred() -> None:
    assert _figures("يشكل الأطفال 40 في المئة منهم، أي قرابة 160 ألف طفل") == {
        "قرابة 160 ألف طفل": (144000, 176000)
    }
    assert _figures("نحو 80 بالمئة منهم نساء") == {}


def test_a_town_after_min_says_where_the_counted_come_from() -> None:
    assert _figures("أفاد سكان بنزوح عشرات الآلاف من مدينة حماة نحو حمص.") == {
        "عشرات الآلاف": (20000, 99999)
    }
    assert _figures("قصفت الطائرات عشرات من القرى") == {}
    assert _figures("قتل خمسة مدنيين، وثلاثة من المنطقة") == {"خمسة مدنيين": (5, 5)}


def test_the_scale_repeated_after_a_half_belongs_to_the_figure() -> None:
    assert _figures("تهجير ما يصل إلى مليون ونصف المليون لاجئ سوري") == {
        "ما يصل إلى مليون ونصف المليون لاجئ": (None, 1500000)
    }


def test_a_number_after_and_their_count_counts_people() -> None:
    assert _figures("أن عناصر الخلية، وعددهم سبعة، متورطون") == {"سبعة": (7, 7)}


def test_a_vague_count_opening_a_headline_is_a_crowd() -> None:
    assert _figures("السويداء 24 | الآلاف في ساحة الكرامة") == {"الآلاف": (2000, 9999)}
    assert _figures("وأفاد بأن الآلاف في ساحة الكرامة") == {}
    assert _figures("السويداء 24 | 3 في ساحة الكرامة") == {}


def test_a_count_taken_back_by_rather_is_no_figure() -> None:
    found = _figures("السويداء 24 | عشرات بل مئات المحتجين في ساحة الكرامة")
    assert found == {"مئات المحتجين": (200, 999)}


def test_a_share_of_a_given_total_is_a_sub_count_not_a_figure() -> None:
    # The coordinator's decision (tests/suggest_labels/README.md): a share of a count
    # already given is a sub-count; only the total is a figure.
    found = _figures("بعودة نحو نصف النازحين البالغ عددهم 6000 إلى منازلهم")
    assert found == {"6000": (6000, 6000)}
    found = _figures(
        "وكان نحو نصف المشاركين في احتجاج الأربعاء، البالغ عددهم قرابة 4000، من النساء"
    )
    assert "نحو نصف المشاركين" not in found
    assert _figures("ربع المعتقلين البالغ عددهم 40") == {"40": (40, 40)}
    assert _figures("نزح نصف السكان") == {}
