"""Who says a claim: speaker, speaker kind and stance (reviewer.suggest.attribution)."""

from pathlib import Path

from reviewer.importing.corpus_import import read_article_file
from reviewer.suggest.attribution import Attributor, attribute
from reviewer.suggest.engine import suggest
from reviewer.suggest.quality import evaluate_attribution

ROOT = Path(__file__).resolve().parents[2]


def _sample(name: str) -> str:
    (path,) = (ROOT / "corpus").glob(f"{name}_*.txt")
    return read_article_file(path)[0]


def _of(text: str, claim: str):
    start = text.index(claim)
    return attribute(text, start, start + len(claim))


def test_the_army_denies_entering_but_confirms_its_withdrawal():
    text = _sample("001")
    denial = _of(text, "قد نفى في وقت سابق صحة")
    assert denial.speaker == "الجيش السوري"
    assert (denial.speaker_kind, denial.stance) == ("party", "denies")
    admitted = _of(text, "بخسارة مدينة حماة شمال")
    assert (admitted.speaker_kind, admitted.stance) == ("party", "confirms")
    assert admitted.speaker == "الجيش السوري"


def test_3000_according_to_local_sources_vs_hundreds_in_the_parties_voice():
    text = _sample("000")
    local = _of(text, "3000 سجين")
    assert local.speaker.endswith("المصادر المحلية")
    assert (local.speaker_kind, local.stance) == ("local", "asserts")
    party = _of(text, "واطلقت مئات المعتقلين")
    assert (party.speaker, party.speaker_kind) == ("هيئة تحرير الشام", "party")


def test_the_outlets_own_voice_and_a_state_agency():
    text = "قُتل خمسة مدنيين بقصف على البلدة.\nوأفادت وكالة سانا بأن الطرق أعيد فتحها."
    own = _of(text, "خمسة مدنيين")
    assert (own.speaker, own.speaker_kind, own.stance) == (None, "outlet", "asserts")
    assert _of(text, "أعيد فتحها").speaker_kind == "party"


def test_trailing_according_to_and_monitor():
    text = "أسفر القصف عن مقتل أربعة مدنيين وإصابة 17 آخرين، بحسب الدفاع المدني."
    found = _of(text, "17 آخرين")
    assert (found.speaker, found.speaker_kind) == ("الدفاع المدني", "monitor")


def test_intention_threat_and_hearsay():
    text = (
        "وقال المتحدث باسم الجيش إن قواته ستبقى في المنطقة. "
        "وتوعد القائد بالرد. وتداولت صفحات على فيسبوك صوراً قيل إنها للقصف."
    )
    assert _of(text, "ستبقى في المنطقة").stance == "intends"
    assert _of(text, "بالرد").stance == "intends"
    rumour = _of(text, "قيل إنها")
    assert (rumour.speaker_kind, rumour.stance) == ("social", "hearsay")


def test_carried_over_speaker_and_anaphor():
    text = (
        "وقال مصدر في الأمن العام إن دوريات انتشرت في المدينة، مؤكداً أن الوضع مستقر. "
        "ولم تسجل أي إصابات، بحسب المصدر."
    )
    carried = _of(text, "الوضع مستقر")
    assert carried.speaker.startswith("مصدر في الأمن العام")
    assert carried.stance == "confirms"
    assert _of(text, "أي إصابات").speaker_kind == "party"


def test_a_party_statement_speaks_in_a_party_voice():
    text = "بيان صادر عن القيادة العامة\nتمكن مقاتلونا من صد الهجوم وقتلوا عشرين عنصراً."
    assert _of(text, "عشرين عنصراً").speaker_kind == "party"


def test_figure_suggestions_carry_their_attribution():
    text = _sample("000")
    (figure,) = [s for s in suggest(text, kinds=["figure"]) if s.text.startswith("3000")]
    assert figure.extra["speaker_kind"] == "local"
    assert figure.extra["stance"] == "asserts"


def test_many_claims_in_one_text_read_it_once():
    text = _sample("002")
    attributor = Attributor(text)
    assert attributor.attribute(0, 5).speaker_kind in ("outlet", "party")


def test_development_labels_are_attributed_well():
    score = evaluate_attribution(ROOT / "tests" / "suggest_labels" / "labels.json")
    assert score.labelled >= 60
    assert score.accuracy >= 0.9, score.errors


def test_residents_speaking_are_a_local_source_not_a_party():
    """Civilians and protesters are actors, but their voice is a local one."""
    text = "وقال أهالي البلدة إن القصف أدى إلى مقتل خمسة مدنيين."
    said = _of(text, "مقتل خمسة مدنيين")
    assert "أهالي" in (said.speaker or "")
    assert said.speaker_kind == "local"
