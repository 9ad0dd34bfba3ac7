"""Place rules of the places round of 1 December 2026 (issue 18, all development sets):
gazetteer hand entries for front-line quarters and villages, and cues that find names the
gazetteer lacks. Each test holds a fresh sentence (not one of a development set) and a
near-miss."""

from reviewer.suggest.engine import suggest


def _places(text: str) -> list[str]:
    return [s.text for s in suggest(text, kinds=("place",)) if s.kind == "place"]


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (s.text, s.value, s.extra.get("admin1"))
        for s in suggest(text, kinds=("place",))
        if s.kind == "place"
    ]


def test_jobar_and_al_marqab_are_in_the_gazetteer():
    assert _found("تجددت الاشتباكات على أطراف جوبر صباح اليوم.") == [("جوبر", "Jobar", "Damascus")]
    assert _found("أغلقت دورية الطريق عند جسر المرقب جنوب بانياس.")[0] == (
        "المرقب",
        "Al Marqab",
        "Tartous",
    )
    # near-miss: a family name built on the quarter's name is no place
    assert _places("قال الناشط أبو محمد الجوبري إن القصف توقف.") == []
