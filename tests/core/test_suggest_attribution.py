"""Who says a claim: speaker, speaker kind and stance (reviewer.suggest.attribution)."""

from pathlib import Path

from reviewer.importing.corpus_import import read_article_file
from reviewer.suggest.attribution import Attributor
from reviewer.suggest.engine import suggest
from reviewer.suggest.quality import evaluate_attribution
from tests.attributing import who_says

ROOT = Path(__file__).resolve().parents[2]


def _sample(name: str) -> str:
    (path,) = (ROOT / "corpus").glob(f"{name}_*.txt")
    return read_article_file(path)[0]


def test_the_army_denies_entering_but_confirms_its_withdrawal():
    text = _sample("001")
    denial = who_says(text, "قد نفى في وقت سابق صحة")
    assert denial.speaker == "الجيش السوري"
    assert (denial.speaker_kind, denial.stance) == ("party", "denies")
    admitted = who_says(text, "بخسارة مدينة حماة شمال")
    assert (admitted.speaker_kind, admitted.stance) == ("party", "confirms")
    assert admitted.speaker == "الجيش السوري"


def test_3000_according_to_local_sources_vs_hundreds_in_the_parties_voice():
    text = _sample("000")
    local = who_says(text, "3000 سجين")
    assert local.speaker.endswith("المصادر المحلية")
    assert (local.speaker_kind, local.stance) == ("local", "asserts")
    party = who_says(text, "واطلقت مئات المعتقلين")
    assert (party.speaker, party.speaker_kind) == ("هيئة تحرير الشام", "party")


def test_the_outlets_own_voice_and_a_state_agency():
    text = "قُتل خمسة مدنيين بقصف على البلدة.\nوأفادت وكالة سانا بأن الطرق أعيد فتحها."
    own = who_says(text, "خمسة مدنيين")
    assert (own.speaker, own.speaker_kind, own.stance) == (None, "outlet", "asserts")
    assert who_says(text, "أعيد فتحها").speaker_kind == "party"


def test_trailing_according_to_and_monitor():
    text = "أسفر القصف عن مقتل أربعة مدنيين وإصابة 17 آخرين، بحسب الدفاع المدني."
    found = who_says(text, "17 آخرين")
    assert (found.speaker, found.speaker_kind) == ("الدفاع المدني", "monitor")


def test_intention_threat_and_hearsay():
    text = (
        "وقال المتحدث باسم الجيش إن قواته ستبقى في المنطقة. "
        "وتوعد القائد بالرد. وتداولت صفحات على فيسبوك صوراً قيل إنها للقصف."
    )
    assert who_says(text, "ستبقى في المنطقة").stance == "intends"
    assert who_says(text, "بالرد").stance == "intends"
    rumour = who_says(text, "قيل إنها")
    assert (rumour.speaker_kind, rumour.stance) == ("social", "hearsay")


def test_carried_over_speaker_and_anaphor():
    text = (
        "وقال مصدر في الأمن العام إن دوريات انتشرت في المدينة، مؤكداً أن الوضع مستقر. "
        "ولم تسجل أي إصابات، بحسب المصدر."
    )
    carried = who_says(text, "الوضع مستقر")
    assert carried.speaker.startswith("مصدر في الأمن العام")
    assert carried.stance == "confirms"
    assert who_says(text, "أي إصابات").speaker_kind == "party"


def test_a_party_statement_speaks_in_a_party_voice():
    text = "بيان صادر عن القيادة العامة\nتمكن مقاتلونا من صد الهجوم وقتلوا عشرين عنصراً."
    assert who_says(text, "عشرين عنصراً").speaker_kind == "party"


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
    said = who_says(text, "مقتل خمسة مدنيين")
    assert "أهالي" in (said.speaker or "")
    assert said.speaker_kind == "local"
