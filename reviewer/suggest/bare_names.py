"""Forces named by one word that is an everyday word elsewhere.

'التحالف' alone is the anti-IS coalition in Syrian news since it began its strikes
('بقصف للتحالف على هجين', 'المدعومة من التحالف'), but 'التحالف العربي' or 'التحالف الصليبي'
are other things: the word names the coalition only with no definite word after it that
would make it another alliance's name, and only in texts from the rule's date. 'النظام' is
the state's forces where a military post stands right before it ('حواجز للنظام', 'حاجز
المسمية التابع للنظام', 'وأخرى تابعة للنظام السوري'), not in 'إسقاط النظام'. Gunmen with no
group named ('مسلحين يستقلون دراجة نارية اغتالوا') are unidentified; 'الفلول' after the fall
are the old army, and armed groups ('مجموعات مسلحة') after it are groups the text does not name
(before it, state wires called the rebels so), unless the text says whose men they are ('من
فلول النظام', 'موالية للنظام السابق'). Each rule is data in resources/suggest/actors.json
(``bare_names``): the word's stem (read with the article, or without it where 'definite' is
false), the actor, 'followed_by' words one of which must follow within 'window' words in its
clause (or 'preceded_by' words precede, within 'window_before' words if given: soldiers captured,
'أسروا عشرات الجنود'; members of the security forces, 'عناصر من الأمن'), 'after'
or 'belonging' words before it, 'no_definite_after' (with 'definite_nisba_only' only a
nisba: 'التحالف العربي', not 'استهدف التحالف القوارب'), 'extend' words taken into the mention
after it ('السوري'), 'with_li' and 'from' (with 'needs_date', a text with no date is not
after it). A speaker cue right before the word ('نفى
التحالف') makes it a source, not a party. The words all rules share (subject openers, words of
belonging, the elided post, a speaker's links) are data too (``bare_names.words``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.speaker_offices import speaker_offices
from reviewer.suggest.text import Tok, fold

__all__ = ["bare_name_spans"]


@dataclass(frozen=True)
class _Rule:
    stem: str
    actor: str
    after: frozenset[str]
    belonging: frozenset[str]
    no_definite_after: bool
    extend: frozenset[str]
    since: date | None
    prefixed: bool
    definite: bool
    followed_by: frozenset[str]
    window: int
    preceded_by: frozenset[str]
    dated: bool
    not_after_noun: bool
    back: int
    needs_date: bool
    nisba_only: bool
    coordinated_with: tuple[str, ...]


@cache
def _rules() -> tuple[_Rule, ...]:
    raw = _data.rules("actors").get("bare_names", {}).get("rules", [])
    return tuple(
        _Rule(
            fold(r["stem"]),
            r["actor"],
            frozenset(fold(w) for w in r.get("after", [])),
            frozenset(fold(w) for w in r.get("belonging", [])),
            bool(r.get("no_definite_after", False)),
            frozenset(fold(w) for w in r.get("extend", [])),
            date.fromisoformat(r["from"]) if r.get("from") else None,
            bool(r.get("with_li", False)),
            bool(r.get("definite", True)),
            frozenset(fold(w) for w in r.get("followed_by", [])),
            int(r.get("window", 0)),
            frozenset(fold(w) for w in r.get("preceded_by", [])),
            bool(r.get("dated", False)),
            bool(r.get("not_after_noun", False)),
            int(r.get("window_before", r.get("window", 0))),
            bool(r.get("needs_date", False)),
            bool(r.get("definite_nisba_only", False)),
            tuple(r.get("coordinated_with", [])),
        )
        for r in raw
    )


@cache
def _by_reading() -> dict[tuple[str, bool], _Rule]:
    """Each rule under its word and whether the word takes the article."""
    return {(r.stem, r.definite): r for r in reversed(_rules())}


def _rule_of(tok: Tok) -> tuple[_Rule, int] | None:
    """The rule whose word the token is, with the article or (an indefinite rule) without,
    and where the mention starts: an indefinite word without its conjunction ('ومجموعات')."""
    table = _by_reading()
    for at, stem, article in tok.readings:
        rule = table.get((stem, article))
        if rule is not None:
            return rule, (tok.start if rule.definite else at)
    return None


def _acting(toks: list[Tok], i: int, rule: _Rule, placed_only: bool = False) -> bool:
    """The rule's words of action after or before the word, where it lists any (a rule of
    posts with none needs its post)."""
    if not rule.followed_by and not rule.preceded_by:
        return not placed_only
    after = bool(rule.followed_by) and _followed(toks, i, rule)
    return after or (bool(rule.preceded_by) and _preceded(toks, i, rule))


def _adjective_here(toks: list[Tok], i: int, rule: _Rule) -> bool:
    """The word follows a word in its clause that is none of the rule's verbs before it: it
    is that word's adjective or predicate ('هجوم مسلح', 'مصيره مجهول'), not a subject."""
    if i == 0 or not toks[i].joined:
        return False
    before = toks[i - 1]
    return not (before.forms() & rule.preceded_by) and before.norm not in _words("subject_openers")


def _preceded(toks: list[Tok], i: int, rule: _Rule) -> bool:
    """One of the rule's words within its window before token ``i`` in the clause."""
    k = i
    while k > 0 and toks[k].joined and i - k < rule.back:
        k -= 1
        if toks[k].forms() & rule.preceded_by:
            return True
    return False


def _followed(toks: list[Tok], i: int, rule: _Rule) -> bool:
    """One of the rule's words within its window after token ``i`` in the clause; not before
    'من', which names whose men they are ('مسلحين من الفصيلين اقتحموا'), nor opening a
    clause or a quote ('أن "مسلحين أطلقوا النار على قواتنا"': a party's word for its enemy)."""
    if i + 1 < len(toks) and toks[i + 1].norm in _words("whose"):
        return False
    if i > 0 and not toks[i].joined and toks[i].start > 0:
        return False  # '"مسلحين" أطلقوا النار': a party's own word for its enemy, quoted
    for k in range(i + 1, min(len(toks), i + 1 + rule.window)):
        if not toks[k].joined:
            return False
        if toks[k].forms() & rule.followed_by:
            return True
    return False


def bare_name_spans(
    text: str, toks: list[Tok], found: list[Suggestion], published: date | None
) -> list[tuple[int, int, str, bool]]:
    """(start, end, actor, dated) of each bare name a rule accepts, where no suggestion
    already covers it; 'dated': the actor is the state's, to be dated by the succession."""
    rules = _rules()
    if not rules:
        return []
    taken = [(s.start, s.end) for s in found]
    out: list[tuple[int, int, str, bool]] = []
    for i, tok in enumerate(toks):
        ruled = _rule_of(tok)
        if ruled is None:
            continue
        rule, start = ruled
        if rule.since and published and published < rule.since:
            continue
        if rule.needs_date and published is None:
            continue
        if any(a < tok.end and tok.start < b for a, b in taken):
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].joined else None
        end = tok.end
        if nxt is not None and nxt.norm in rule.extend:
            end = nxt.end
            if _whose_after(toks, i + 2):
                continue  # 'مجموعات مسلحة من فلول النظام': the text names whose men they are
        elif (
            rule.no_definite_after
            and nxt is not None
            and nxt.norm.startswith("ال")
            and (not rule.nisba_only or _nisba(nxt.norm))
        ):
            continue  # 'التحالف العربي', 'التحالف الذي'; 'استهدف التحالف القوارب' is the object
        li = not rule.prefixed or tok.norm.startswith("لل")  # 'حواجز للنظام'
        placed = (rule.after or rule.belonging) and li and _after_post(toks, i, rule)
        beside = start > tok.start and _beside_force(text, toks, i, found, rule)
        acting = placed or beside or _acting(toks, i, rule, bool(rule.after))
        if _speaking(toks, i) or not acting:
            continue
        if rule.not_after_noun and _adjective_here(toks, i, rule):
            continue  # 'اشتباك مسلح استهدف'، 'ومصيره مجهول': an adjective, no one acting
        if _quoted(text, toks, i):
            continue  # 'بتهمة التواصل مع "التحالف"': the word of a charge or slogan
        out.append((start, end, rule.actor, rule.dated))
        taken.append((start, end))
    return out


def _beside_force(text: str, toks: list[Tok], i: int, found: list[Suggestion], rule: _Rule) -> bool:
    """'الحملة التي تشنها قوات النظام وروسيا': the word joined by و right after a force found
    whose name starts with one of the rule's 'coordinated_with' fights beside it; not in talks
    or a deal between the two ('اتفاق بين قوات النظام وروسيا')."""
    if not rule.coordinated_with or not toks[i].joined:
        return False
    start = toks[i].start
    force = next(
        (
            s
            for s in found
            if s.kind == "actor" and s.end <= start and not text[s.end : start].strip()
        ),
        None,
    )
    if force is None or not str(force.value).startswith(rule.coordinated_with):
        return False
    k = next((n for n, t in enumerate(toks) if t.start >= force.start), i)
    between = _words("between")
    return not (k > 0 and toks[k].joined and toks[k - 1].forms() & between)


def _whose_after(toks: list[Tok], k: int) -> bool:
    """Token ``k``, in the clause, says whose men the mention before it are."""
    if k >= len(toks) or not toks[k].joined:
        return False
    return toks[k].norm in _words("whose") | _words("whose_feminine")


def _after_post(toks: list[Tok], i: int, rule: _Rule) -> bool:
    """A post word right before the name ('حواجز للنظام'), or a word of belonging whose own
    head is a post or elided aircraft ('حاجز المسمية التابع للنظام'، 'وأخرى تابعة للنظام')."""
    if i == 0 or not toks[i].joined:
        return False
    before = toks[i - 1].forms()
    if before & rule.after:
        return True
    if not before & rule.belonging:
        return False
    for k in (i - 2, i - 3):
        if k < 0 or not toks[k + 1].joined:
            return False
        if toks[k].forms() & (rule.after | _words("elided")):
            return True
    return False


@cache
def _words(name: str) -> frozenset[str]:
    """A word list every bare-name rule shares (``bare_names.words`` in actors.json)."""
    raw = _data.rules("actors").get("bare_names", {}).get("words", {})
    return frozenset(fold(w) for w in raw.get(name, []))


def _speaking(toks: list[Tok], i: int) -> bool:
    """'نفى التحالف'، 'مصدر في التحالف'، 'ولم يعلن التحالف': the name as a speaker or a
    source is no party to the event (the labelling convention)."""
    for back in (1, 2):
        k = i - back
        if k < 0 or not toks[k + 1].joined:
            return False
        if toks[k].forms() & speaker_offices()[1]:
            return True
        if toks[k].norm not in _words("speaker_links"):
            return False
    return False


def _quoted(text: str, toks: list[Tok], i: int) -> bool:
    """The word inside quotation marks opened in its sentence ('بتهمة "العمالة للتحالف"'): the
    speaker's own word for it, a charge or a slogan."""
    start = toks[i].start
    opened = max(text.rfind(c, 0, start) for c in ".\n؟!") + 1
    before = text[opened:start]
    if before.count('"') % 2 == 1 or before.count("'") % 2 == 1:
        return True
    return any(before.count(a) > before.count(b) for a, b in ("«»", "“”"))


def _nisba(norm: str) -> bool:
    """'العربي', 'الصليبية': a nisba adjective, which after the word makes another name."""
    if norm in _RELATIVES:
        return True  # 'التحالف الذي يقاتل دعماً للحكومة': which alliance the clause says
    return norm.endswith(("ي", "يه", "يين", "يون")) and len(norm) > 4


_RELATIVES = frozenset(fold(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين"))
