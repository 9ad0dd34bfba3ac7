"""Place rules found on development set 10 (tests/suggest_dev10, issue 18).

Short texts, one behaviour each: other names before a known place in brackets (the Kurdish
and the Arabic name of one town), lists of villages, camps, quarter names."""

from __future__ import annotations

from reviewer.suggest.engine import suggest


def _places(text: str) -> dict[str, tuple[str, bool]]:
    return {
        s.text: (s.value, bool(s.extra.get("new")))
        for s in suggest(text, None, kinds=("place",))
        if s.kind == "place"
    }


def test_unknown_words_before_a_known_place_in_brackets_are_its_other_name() -> None:
    text = (
        "سري كانيه - هاوار\n"
        "تتواصل الهجمات على مدينة سري كانيه (رأس العين)، وقصفت الطائرات قرى ناحية سري كانيه."
    )
    places = _places(text)
    assert places["سري كانيه"] == ("Ras al Ayn", False)  # every mention, the dateline too
    assert sum(s.text == "سري كانيه" for s in suggest(text, None, kinds=("place",))) == 3
    assert "سري" not in places


def test_a_governorate_or_a_dateline_in_brackets_names_no_other_name() -> None:
    assert _places("قصفت الطائرات قرية الكرك (درعا) أمس")["الكرك"][0] != "Dar'a"
    assert "تدمر" in _places("تدمر (حمص) - وكالات\nقتل عنصران")
