"""Members of a group counted by a figure: '14 عنصراً من قوات النظام', 'مقتل عنصرين' after an
attack on the group's post (actor convention 1 of the night of 2026-11-30).

A noun of members (عنصر، مقاتل، جندي، شرطي، مسلح، انغماسي ...) counted by a figure (a number,
a dual, 'عشرات') is a mention of the group whose members they are, where the text says
whose and its sentence reports something done to or by them. Whose:
- the force the actor suggester found right after it and 'من' (also after 'من عناصر',
  'من مقاتلي'; 'سبعة من عناصر "الحرس الثوري"'), or right after a member noun in construct
  ('عشرات من مسلحي تنظيم الدولة'), also past the members' nationality ('45 جندياً فيجياً من
  قوة مراقبة فض الاشتباك'): count and group are one mention, the group's suggestion
  widened over the count ('14 عنصراً من قوات النظام'), also past a noun of the kind of group
  ('عشرة مقاتلين من فصيل "جيش العزة"');
- members who defect ('انشقاق عشرين عنصراً عن قسد', 'نحو أربعين جندياً انشقوا'): the force
  they leave, named after 'عن', or for soldiers the state's army the text names;
- else, with a word of harm next to the count and nothing after it, the force its sentence
  says was fired at ('أطلقوا النار على حاجز لقوات النظام ... ما أدى إلى مقتل عنصرين', 'النار على
  قوات حفظ النظام ... استشهاد عنصرين'): the count is a mention of its own; or the one force
  whose post, patrol or position the sentence names as hit ('الهجوم على دورية للأمن العام ...
  مقتل عنصرين', the sets labelled so since the convention-8 relabel). Or, killed or captured
  by the sentence's subject ('وقتلوا 15 عنصراً', 'قتلوا 14 عنصراً منها'), the one force it
  named as what the subject attacked or repelled ('صدوا محاولة تقدم لقوات النظام', 'هاجموا
  حاجزاً لقوات النظام').
Bare heads ('من التنظيم', 'من الفصائل': convention 2) name no group here unless the
text named one with that head (convention 9); a pronoun ('خمسة من مقاتليها', 'تسعة عناصر منها')
is the group it refers to (convention 15 of 2026-12-01, ``_pronoun_group``); former members ('عنصراً
سابقاً في'), both sides ('من الطرفين', 'من قوات النظام والفصائل'), a toll mixed with civilians
('من عناصر الأمن والمدنيين') and a sub-count of a group already named ('بينهم ضابطان') stay
out; members counted in a toll of persons ('مقتل 142 شخصاً، بينهم 71 عنصراً من قوات الأمن',
'بين القتلى 25 عنصراً من قسد') are their group's mention. Where the group comes from context
(round of 2026-12-01 morning): a noun of a kind of group refers back to the last armed group
named ('ستة من عناصر الفصيل', ``_named_by_category``); 'من الفصائل' with no faction named so
is the opposition at large before the change of government (``_rebels_by_head``); men the
subject killed are of the force the rest of the sentence names as fought or repelled
(``_enemy_after``); the toll of the lead's attack on a post (``_lead_start``); soldiers
harmed or defecting in a text naming no army are the state's army of the day. The words are
data in resources/suggest/actors.json (``counted_members``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache
from itertools import takewhile
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.actor_index import name_index
from reviewer.suggest.model import Suggestion
from reviewer.suggest.persons_tolls import (
    full_stop_after,
    full_stop_before,
    index_at,
    index_from,
    word_before,
)
from reviewer.suggest.text import Tok, fold
from reviewer.suggest.verb_bases import listed_bases, verb_forms

__all__ = ["counted_member_spans", "defecting_group_spans", "former_words", "generic_names"]


@cache
def _rule() -> dict[str, Any]:
    raw = _data.rules("actors").get("counted_members", {})
    words = {k: frozenset(fold(w) for w in v) for k, v in raw.items() if isinstance(v, list)}
    words["generic"] = frozenset(raw.get("not_groups", []))
    words["rebel_plural_not_with"] = frozenset(raw.get("rebel_plural_not_with", []))
    return words


def _words(key: str) -> frozenset[str]:
    return _rule().get(key, frozenset())


@cache
def _possessives() -> frozenset[str]:
    """Member nouns with a pronoun: the listed ones ('possessive') and every construct noun
    with each of 'possessive_suffixes' ('حراسه', 'ضباطها', 'منتسبيهم', 'عناصرهما')."""
    made = {c + p for c in _words("construct") for p in _words("possessive_suffixes")}
    return _words("possessive") | frozenset(made)


@cache
def _nested(section: str, key: str) -> frozenset[str]:
    """The folded words of a list inside a section of the rules ('pronoun_heads', 'speech')."""
    raw = _data.rules("actors").get("counted_members", {}).get(section, {})
    return frozenset(fold(w) for w in raw.get(key, []))


def _bare(tok: Tok) -> set[str]:
    """The token's stems without the article ('التنظيم' -> 'تنظيم')."""
    return {s[2:] if s.startswith("ال") else s for s in tok.forms()}


def counted_member_spans(
    text: str,
    toks: list[Tok],
    found: list[Suggestion],
    figures: list[Suggestion],
) -> list[tuple[int, int, Suggestion]]:
    """(start, end, the group's suggestion) of each counted phrase of members whose group the
    text names, where no suggestion already covers the phrase. A group named right after the
    count ('14 عنصراً من قوات النظام') is that very suggestion, to be widened over the count."""
    members = _words("members")
    if not members:
        return []
    forces = [s for s in found if s.kind == "actor" and s.value not in _rule()["generic"]]
    soldiers = _nested("own_army", "soldiers")  # soldiers are the army of the day (_own_army)
    if not forces and "وزار" not in text and not any(t.forms() & soldiers for t in toks):
        return []  # a ministry may speak of its men ('عناصرها')
    taken = [(s.start, s.end) for s in found if s.kind == "actor"]
    generic = {
        (s.start, s.end) for s in found if s.kind == "actor" and s.value in _rule()["generic"]
    }
    starts = [t.start for t in toks]
    out: list[tuple[int, int, Suggestion]] = []
    for fig in figures:
        if fig.kind != "figure":
            continue
        noun = _member_noun(toks, starts, fig)
        if noun is None:
            noun = _ranks_noun(toks, starts, fig)
        if noun is None:
            noun = _partitive_count(text, toks, starts, fig, found)
        others = noun is None
        if others:
            noun = _others_noun(toks, starts, fig)
        if noun is None:
            attackers = _attackers_count(text, toks, starts, fig, forces)
            if attackers is not None:  # 'فيما قُتل 15 من المهاجمين' (convention 26)
                a, b, attacker = attackers
                if not any(x < b and a < y for x, y in taken):
                    out.append((a, b, attacker))
                    taken.append((a, b))
                continue
            cell_noun = _cell_noun(toks, starts, fig)
            if cell_noun is not None:
                at = int(fig.extra.get("quantity_start", fig.start))
                first = min(max(bisect_right(starts, at) - 1, 0), cell_noun)
                cell = _cell_group(text, toks, first, cell_noun, forces)
                a, b = max(toks[first].start, at), toks[cell_noun].end
                held = [(x, y) for x, y in taken if (x, y) not in generic]  # 'أشخاص' arrested
                if cell is not None and not any(x < b and a < y for x, y in held):
                    out.append((a, b, cell))
                    taken.append((a, b))
                continue
            epithet = _epithet_count(text, toks, starts, fig, forces)
            if epithet is not None and not any(a < epithet[1] and fig.start < b for a, b in taken):
                out.append((fig.start, epithet[1], epithet[2]))
                taken.append((fig.start, epithet[1]))
            continue
        at = int(fig.extra.get("quantity_start", fig.start))
        first = min(max(bisect_right(starts, at) - 1, 0), noun)
        start, end = max(toks[first].start, at), toks[noun].end  # 'وعنصرين': not the و
        if start >= end:  # 'أفرادها الأحد عشر': the count after its noun, no count of members
            continue
        if any(a < end and start < b for a, b in taken):
            continue
        if _sub_count(text, toks, first) and not _group_of_its_own(text, toks, first, noun, forces):
            continue
        if others:  # 'مقتل ثلاثة عناصر وإصابة اثنين آخرين': the members counted just before
            group = _coordinated(text, toks, starts, first, noun, out, others=True)
        else:
            group = (
                _group(text, toks, first, noun, forces)
                or _coordinated(text, toks, starts, first, noun, out)
                or _own_army(text, toks, first, noun, forces)
                or _toll_of_group(toks, first, forces)
                or _speakers_own(text, toks, first, noun, forces)
            )
        cell = None if group is not None else _cell_group(text, toks, first, noun, forces)
        if cell is not None:  # 'خلية لمرتزقة داعش مؤلفة من أربعة أشخاص'
            out.append((start, end, cell))
            taken.append((start, end))
            continue
        if group is None:
            continue
        if not (_in_an_event(text, toks, noun) or _fell(toks, first)):
            continue
        out.append((start, end, group))
        taken.append((start, end))
    return out


def defecting_group_spans(
    toks: list[Tok], found: list[Suggestion]
) -> list[tuple[int, int, Suggestion]]:
    """'وانشقاق مجموعة من الجنود في الرستن', 'أن مجموعة جديدة من الجنود انشقت': a group of
    soldiers ('defecting_groups.groups', perhaps one adjective, 'من', a 'soldiers' noun with
    the article) that defects (a 'defect' word right before the group or right after the
    noun) is the state's army the text names (actor convention 16), as counted soldiers are.
    Read after the victims' rules: a defection is no toll's party."""
    forces = [s for s in found if s.kind == "actor" and s.value not in _rule()["generic"]]
    taken = [(s.start, s.end) for s in found if s.kind == "actor"]
    groups = _nested("defecting_groups", "groups")
    if not groups:
        return []
    army = _state_army(forces)
    if army is None:
        return []
    defect, soldiers = _words("defect"), _words("soldiers")
    out: list[tuple[int, int, Suggestion]] = []
    for i, tok in enumerate(toks):
        if not tok.forms() & groups:
            continue
        k = i + 1
        if k < len(toks) and toks[k].joined and toks[k].norm != "من":
            k += 1  # 'مجموعة جديدة من الجنود'
        if not (k + 1 < len(toks) and toks[k].norm == "من" and toks[k + 1].joined):
            continue
        if not _bare(toks[k + 1]) & soldiers:
            continue
        before = i > 0 and bool(toks[i - 1].forms() & defect)
        after = k + 2 < len(toks) and toks[k + 2].joined and bool(toks[k + 2].forms() & defect)
        start, end = tok.start, toks[k + 1].end
        if (before or after) and not any(a < end and start < b for a, b in taken):
            out.append((start, end, army))
    return out


def _toll_of_group(toks: list[Tok], first: int, forces: list[Suggestion]) -> Suggestion | None:
    """'ترتفع حصيلة مقاتلي قسد الذين استشهدوا ... إلى 16 مقاتلاً', 'عدد قتلى التنظيم منذ بدء
    هجومه ... ارتفع إلى 71 عنصراً': a count reached ('toll_group.reached' right before it) by a
    toll ('toll_group.tolls') of a group's dead or members ('toll_group.of') named right after
    it, up to 'toll_window' words before, is that group's: a force found there, or a bare head
    read as the last group named with it (``_named_by_head``)."""
    reached = _nested("toll_group", "reached")
    if first < 1 or not toks[first - 1].forms() & reached:
        return None
    tolls, of = _nested("toll_group", "tolls"), _nested("toll_group", "of")
    for k in range(first - 2, max(first - 3 - _toll_window(), -1), -1):
        if not toks[k].forms() & tolls or not toks[k + 1].forms() & of:
            continue
        if not (toks[k + 1].joined and k + 2 < first and toks[k + 2].joined):
            return None
        return _named_at(toks, k + 2, forces) or _named_by_head(toks, first, k + 2, forces)
    return None


def _own_army(
    text: str, toks: list[Tok], first: int, noun: int, forces: list[Suggestion]
) -> Suggestion | None:
    """'مقتل ثمانية جنود', 'زعمت مقتل أكثر من مئة جندي', 'الغارات أدت إلى مقتل جنديين': soldiers
    of a regular army ('own_army.soldiers') counted with no group named are the Syrian army the
    text names ('own_army.armies': the last one found before the count, else the first after
    it; in a text naming none, 'استشهد تسعة عسكريين' of state media, the state's army of the
    day, dated by ``_with_counted_members``); a rank names a state's men, and the state in a
    Syrian text is Syria unless its sentence names another by its adjective ('مصدر عسكري روسي
    أن جنديين قتلا': nationality_means' adjectives) or the soldiers carry their own ('81 جندياً
    فلبينياً'). Only with a word of harm next to the count (``_harm_near``: 'تعزيزات تضم آلاف
    الجنود' is no party); not soldiers who defect (``_defected_from``) or whose group follows
    ('من', 'عن')."""
    rule = _data.rules("actors").get("counted_members", {}).get("own_army", {})
    soldiers = _nested("own_army", "soldiers")
    if not toks[noun].forms() & soldiers or not _harm_near(toks, first, noun):
        return None
    if first > 0 and toks[first - 1].forms() & _words("defect"):
        return None
    nxt = toks[noun + 1] if noun + 1 < len(toks) and toks[noun + 1].joined else None
    if nxt is not None and (
        nxt.norm in ("من", "عن") or nxt.forms() & _words("defect") or _foreign_nisba(nxt)
    ):
        return None
    floor = _sentence_start(text, toks, first, 1)
    last = full_stop_after(text, toks[noun].end)
    foreign = _foreign_adjectives()
    if any(t.forms() & foreign for t in toks if floor <= t.start < last):
        return None
    armies = [s for s in forces if s.value in rule.get("armies", [])]
    start, end = toks[first].start, toks[noun].end
    if not armies:  # 'استشهد تسعة عسكريين' in a text naming no army: the state's of the day
        return _army_of_the_day(start, end, text[start:end])
    before = [s for s in armies if s.end <= toks[first].start]
    army = before[-1] if before else armies[0]
    return Suggestion("actor", start, end, text[start:end], army.value, {**army.extra})


def _nisba(tok: Tok) -> bool:
    """A nisba adjective ('فلبينياً', 'روسيين': one of 'nisba_endings', 5+ letters); not a word
    after 'و', the next item of a list ('تسعة عسكريين ومدنيان اثنان')."""
    if tok.norm.startswith("و") and len(tok.norm) > 5:
        return False
    return tok.norm.endswith(tuple(_words("nisba_endings"))) and len(tok.norm) > 4


def _foreign_nisba(tok: Tok) -> bool:
    """A nisba of the soldiers that makes them another state's ('جندياً فلبينياً'); not one the
    other side calls the Syrian army's men by ('own_army.own_nisbas': 'جندياً نصيرياً',
    'جنود سوريين')."""
    if not _nisba(tok):
        return False
    own = _nested("own_army", "own_nisbas")
    return not any(tok.norm.startswith(w) for w in own)


@cache
def _foreign_adjectives() -> frozenset[str]:
    """Every country adjective of nationality_means (روسي، التركية، الأمريكيين ...)."""
    raw = _data.rules("actors").get("nationality_means", {}).get("adjectives", {})
    return frozenset(fold(w) for forms in raw.values() for w in forms)


def _coordinated(
    text: str,
    toks: list[Tok],
    starts: list[int],
    first: int,
    noun: int,
    out: list[tuple[int, int, Suggestion]],
    others: bool = False,
) -> Suggestion | None:
    """'مقتل 20 عنصراً من القوات النظامية وأسر ثلاثة ضباط': a count joined by و and a word of
    harm ('harm') to the members counted just before it in its clause, with no group of its
    own after it, counts the same group's members. Not in a sentence of fighting when the
    member noun switches ('مقتل 11 عنصراً من قوات النظام وإصابة أربعة مقاتلين': in a clash the
    other side), see ``_same_side_noun``."""
    if not out or first < 2 or not toks[first].joined:
        return None
    verb = toks[first - 1]
    if not (verb.text.startswith("و") and verb.forms() & _words("harm") and verb.joined):
        return None
    nxt = toks[noun + 1] if noun + 1 < len(toks) and toks[noun + 1].joined else None
    if nxt is not None and (nxt.norm == "من" or nxt.forms() & _words("partitive")):
        return None  # 'وأسر ثلاثة من الفصائل': whose, the text says (or leaves to the coder)
    start, end, group = out[-1]
    end = max(end, group.end)  # '20 عنصراً من القوات النظامية': the group named after it
    between = toks[bisect_left(starts, end) : first - 1]
    if len(between) > 2 or any(not t.joined for t in [*between, verb]):
        return None
    if any(t.norm.startswith("و") for t in between):
        return None  # 'تسعة عسكريين ومدنيان اثنان وأصيب 14 آخرون': a list of two parties
    if others:  # 'وأسر ما يزيد على ثلاثين آخرين': others are more of the same side
        return group
    if _in_a_clash(text, toks, first) and not _same_side_noun(toks, starts, start, noun, group):
        return None
    return group


def _in_a_clash(text: str, toks: list[Tok], first: int) -> bool:
    """A word of fighting between sides ('clash': اشتباكات، معارك، مواجهات) before the count
    in its sentence."""
    floor = _sentence_start(text, toks, first, 1)
    clash = _words("clash")
    return any(t.forms() & clash for t in toks[:first] if t.start >= floor)


def _same_side_noun(
    toks: list[Tok], starts: list[int], start: int, noun: int, group: Suggestion
) -> bool:
    """The member noun at ``noun`` is of the family of the one counted at ``start``
    ('member_families': عناصر ... عنصرين), or a rank of a regular army ('state_ranks':
    ضباط، جنود) after a state's force: a switch to another noun ('مقاتلين' after 'عناصر من
    قوات النظام') in a clash signals the other side."""
    mine = _family(toks[noun])
    k = bisect_left(starts, start)
    before = next((t for t in toks[k:noun] if _family(t)), None)
    if mine is None or before is None:
        return False
    if mine == _family(before):
        return True
    state = group.extra.get("inter") in ("State forces", "External/Other forces")
    return state and mine in _words("state_ranks")


def _family(tok: Tok) -> str | None:
    """The lemma of the member noun ``tok`` is a form of ('member_families'), or None."""
    families = _member_families()
    return next((families[f] for f in tok.forms() if f in families), None)


@cache
def _member_families() -> dict[str, str]:
    raw = _data.rules("actors").get("counted_members", {}).get("member_families", {})
    return {fold(form): fold(lemma) for lemma, forms in raw.items() for form in forms}


def _in_an_event(text: str, toks: list[Tok], noun: int) -> bool:
    """The sentence reports something done to or by them (killed, captured, attacking,
    mourned, defecting or surrendering): '17 ألف مقاتل من قسد' in an estimate of strength is
    no party."""
    events = _words("events") | _words("harm")
    first = _sentence_start(text, toks, noun, 1)
    last = full_stop_after(text, toks[noun].end)
    k = bisect_left(toks, first, key=lambda t: t.start)
    told = list(takewhile(lambda t: t.start < last, toks[k:]))
    if any(t.forms() & events or _leaves(told, n) for n, t in enumerate(told)):
        return True
    harm = _harm_bases()  # a word of harm in any person ('خطفوا ثلاثة من عناصر الجيش')
    return any(verb_forms(t, harm) for t in told)


@cache
def _harm_bases() -> frozenset[str]:
    return listed_bases(_words("harm"))


def _fell(toks: list[Tok], first: int) -> bool:
    """'وسقوط ثلاثة مقاتلين من الجيش الحر': fallen (killed), the word of falling right before
    the count ('fell'); elsewhere in the sentence it is a fall of something else (سقوط النظام،
    سقطت قذيفة)."""
    return first > 0 and toks[first].joined and bool(toks[first - 1].forms() & _words("fell"))


def former_words() -> frozenset[str]:
    """The words of 'former' ('سابقاً'): a member counted with one serves no longer; a group
    after one and 'في' is where he came from (actors._without_former_groups)."""
    return _words("former")


def generic_names() -> frozenset[str]:
    """The generic parties (civilians, protesters, prisoners) no group's members are."""
    return frozenset(_rule()["generic"])


def _cell(key: str) -> frozenset[str]:
    return _nested("cells", key)


def _attackers_count(
    text: str, toks: list[Tok], starts: list[int], fig: Suggestion, forces: list[Suggestion]
) -> tuple[int, int, Suggestion] | None:
    """'قُتل 15 من المهاجمين': a count of 'the attackers' with no member noun is the attacking
    force's members (``_attacker_named``), in a sentence that reports an event."""
    k = bisect_right(starts, fig.end) - 1
    if k < 2 or toks[k].end > fig.end or not toks[k].forms() & _words("attackers"):
        return None
    if toks[k - 1].norm != "من":
        return None
    at = int(fig.extra.get("quantity_start", fig.start))
    first = max(bisect_right(starts, at) - 1, 0)
    group = _attacker_named(text, toks, first, forces)
    if group is None or not _in_an_event(text, toks, k):
        return None
    return max(toks[first].start, at), toks[k].end, group


def _cell_noun(toks: list[Tok], starts: list[int], fig: Suggestion) -> int | None:
    """The index of a noun of persons ('cells.persons': 'أشخاص') that ends the figure."""
    k = bisect_right(starts, fig.end) - 1
    if k < 0 or toks[k].end > fig.end or toks[k].start < fig.start:
        return None
    return k if toks[k].forms() & _cell("persons") else None


def _cell_group(
    text: str, toks: list[Tok], first: int, noun: int, forces: list[Suggestion]
) -> Suggestion | None:
    """The group of a cell the count makes up (actor conventions 1 and 19): 'خلية لمرتزقة داعش
    مؤلفة من أربعة أشخاص', 'خلية تابعة لمرتزقة داعش تضم خمسة عناصر', 'الخلية "تضم سبعة أشخاص'
    after 'خلية من فلول النظام البائد', 'خلية مؤلفة من سبعة أشخاص من فلول النظام البائد',
    'أربعة أشخاص من أفراد خلية تابعة لتنظيم داعش': a 'composed' word (perhaps with 'من')
    right before the count and a 'cells' word at most 'reach' words before it, or 'من' and a
    'cells' word after the noun; the group is the force named right after the cell word (or
    after the count), else, for a definite 'الخلية', after the last cell named before."""
    reach = _words_int("cell_reach")
    cells, composed = _cell("cells"), _cell("composed")
    j = first - 1
    while j >= 0 and (toks[j].norm == "من" or toks[j].forms() & _cell("persons")):
        j -= 1  # 'مؤلفة من'; 'من أفراد'
    cell_at = None
    if j >= 0 and toks[j].forms() & composed:
        cell_at = next(
            (m for m in range(j - 1, max(j - 1 - reach, -1), -1) if toks[m].forms() & cells), None
        )
    after = noun + 1
    if cell_at is None and after + 1 < len(toks) and toks[after].norm == "من":
        m = after + 1
        if toks[m].forms() & _cell("persons") and m + 1 < len(toks):
            m += 1  # 'من أفراد خلية'
        if toks[m].forms() & cells and not toks[m].norm.startswith("ال"):
            cell_at = m  # not 'من الخلية': sets differ on a bare head's count (set 4)
    if cell_at is None:
        return None
    if after + 1 < len(toks) and toks[after].norm == "من" and cell_at < noun:
        named = _named_at(toks, after + 1, forces)
        if named is not None:
            return named  # 'مؤلفة من سبعة أشخاص من فلول النظام البائد'
    return _cell_named_or_before(toks, cell_at, cells, forces)


def _possessive_group(
    text: str, toks: list[Tok], first: int, forces: list[Suggestion], noun: Tok
) -> Suggestion | None:
    """The group of a member noun with a pronoun: a feminine one ('أفرادها', 'عناصرها') whose
    nearest cell word before the count, in its sentence or the one before, names a cell of a
    group ('ألقت القبض على ستة من أفرادها' after 'خلية تتبع لفلول النظام البائد') is that
    group's; else the group the pronoun refers to (``_pronoun_group``)."""
    if noun.norm.endswith("ها"):
        start = _sentence_start(text, toks, first, 2)
        cells = _cell("pronoun_cells")  # 'خلية': not 'خلايا' accused by the speaker
        for m in range(first - 1, -1, -1):
            if toks[m].start < start:
                break
            if toks[m].forms() & cells:
                group = _cell_named_or_before(toks, m, cells, forces)
                if group is not None:
                    return group
                break
    return _pronoun_group(text, toks, first, forces, noun)


_CELL_BACK = 60  # words searched back from a bare 'الخلية' for the cell named before


def _cell_named_or_before(
    toks: list[Tok], m: int, cells: frozenset[str], forces: list[Suggestion]
) -> Suggestion | None:
    """The force named after the cell word at ``m``; for a bare definite one ('الخلية'), the
    force named after the last of ``cells`` in the ``_CELL_BACK`` words before it: the cell
    the text named before."""
    group = _cell_named(toks, m, forces)
    if group is None and toks[m].norm.startswith("ال"):
        for j in range(m - 1, max(m - _CELL_BACK, -1), -1):
            if toks[j].forms() & cells and (group := _cell_named(toks, j, forces)) is not None:
                break
    return group


def _cell_named(toks: list[Tok], m: int, forces: list[Suggestion]) -> Suggestion | None:
    """The force named within three words after the cell word at ``m`` ('خلية لمرتزقة داعش',
    'خلية تابعة لتنظيم داعش', 'خلية من فلول النظام')."""
    for k in range(m + 1, min(m + 4, len(toks))):
        named = _named_at(toks, k, forces)
        if named is not None:
            return named
    return None


def _epithet_count(
    text: str, toks: list[Tok], starts: list[int], fig: Suggestion, forces: list[Suggestion]
) -> tuple[int, int, Suggestion] | None:
    """'حيدت 11 إرهابياً" من حزب العمال الكردستاني', 'القبض على 18 مطلوباً من فلول النظام البائد':
    a count of an epithet noun or of wanted men ('epithet_nouns', 'group_named_nouns',
    actor conventions 34 and 19) is a mention of the group named right after it after 'من'
    (a quote mark may close the count first), in a sentence that reports an event; the bare
    epithet count with no group named so stays out (actor convention 34). (noun index, end,
    group) or None."""
    k = bisect_right(starts, fig.end) - 1
    if k < 0 or k + 2 >= len(toks) or toks[k].end > fig.end:
        return None
    if not toks[k].forms() & (_words("epithet_nouns") | _words("group_named_nouns")):
        return None
    between = text[toks[k].end : toks[k + 1].start]
    if toks[k + 1].norm != "من" or between.strip(" \"«»“”'") != "":
        if not toks[k].forms() & _words("epithet_nouns"):
            return None
        first = bisect_right(starts, int(fig.extra.get("quantity_start", fig.start))) - 1
        enemy = _enemy_after(text, toks, max(first, 0), k, forces)  # '400 إرهابي خلال التصدي'
        return None if enemy is None else (k, toks[k].end, enemy)
    group = _named_at(toks, k + 2, forces)
    if group is None or not _in_an_event(text, toks, k):
        return None
    if toks[k].forms() & _words("group_named_nouns") and _wanted_by(text, toks, k, group, forces):
        return None  # 'اعتقلت قوات النظام 7 مطلوبين من الأفرع الأمنية': wanted by them
    return k, toks[k].end, group


def _wanted_by(
    text: str, toks: list[Tok], k: int, group: Suggestion, forces: list[Suggestion]
) -> bool:
    """The group after wanted men is a state's force of the same state and period as a force
    named before them in their sentence ('اعتقلت قوات النظام 7 مطلوبين من الأمن العسكري'): the
    authority they are wanted by, no group of theirs; not the old army's remnants hunted by the
    new state ('القبض على 18 مطلوباً من فلول النظام البائد' by 'الأمن العام')."""
    side = _state_side(group)
    if side is None:
        return False
    start = _sentence_start(text, toks, k, 1)
    return any(
        start <= s.start and s.end <= toks[k].start and _state_side(s) == side for s in forces
    )


def _state_side(s: Suggestion) -> str | None:
    """'Syria (2000-2024)' of 'Police Forces of Syria (2000-2024)': a state's forces' country
    and period, or None for a force of no state."""
    value = str(s.value)
    if s.extra.get("inter") != "State forces" or " Forces of " not in value:
        return None
    return value.split(" Forces of ", 1)[1]


def _member_noun(toks: list[Tok], starts: list[int], fig: Suggestion) -> int | None:
    """The index of the member noun a figure counts (its last member word), or None."""
    members = _words("members") | _words("construct") | _possessives()
    k = bisect_right(starts, fig.end) - 1
    while k >= 0 and toks[k].end > fig.start:  # 'وعنصرين': the figure starts after the و
        if toks[k].end <= fig.end and toks[k].forms() & members:
            return k
        k -= 1
    return None


def _speakers_own(
    text: str, toks: list[Tok], first: int, noun: int, forces: list[Suggestion]
) -> Suggestion | None:
    """'أعلنت مديرية الأمن العام مقتل عنصرين وإصابة خمسة آخرين': members ('own_members': عناصر،
    مقاتلين، جنود, not 'مسلحين', a side's word for its enemy) counted right after a noun of harm
    that befell them ('own_losses': مقتل، إصابة، استشهاد) in a sentence whose speaker is a force,
    with no other force named between, are the speaker's own losses."""
    own_members, losses = _words("own_members"), _words("own_losses")
    if first < 1 or not toks[noun].forms() & own_members:
        return None
    if not toks[first - 1].forms() & losses:
        return None
    nxt = noun + 1
    if nxt < len(toks) and toks[nxt].joined and toks[nxt].norm == "من":
        return None  # 'مقتل 31 عنصراً من "المرتزقة"': whose, the text says (the enemy)
    own = _sentence_start(text, toks, first, 1)
    before = [s for s in forces if own <= s.start and s.end <= toks[first].start]
    if not before or not _spoken_by(toks, before[-1]):
        return _ministry_speaker(text, toks, own, first)  # 'أعلنت وزارة الدفاع مقتل عنصرين'
    return before[-1]


@cache
def _ministries() -> tuple[frozenset[str], dict[str, str]]:
    """The head nouns of a ministry and the forces of each ministry (acting_ministries), folded."""
    raw = _data.rules("actors").get("acting_ministries", {})
    heads = frozenset(fold(w) for w in raw.get("heads", []))
    return heads, {fold(k): v for k, v in raw.get("ministries", {}).items()}


def _ministry_named(toks: list[Tok], k: int, heads: frozenset[str]) -> Suggestion | None:
    """The state's forces of a ministry named at token ``k`` by one of ``heads`` and the
    ministry's word ('وزارة الدفاع'), dated by the succession (``extra['dated']``), or None."""
    if k + 1 >= len(toks) or not toks[k].forms() & heads or not toks[k + 1].joined:
        return None
    name = _ministries()[1].get(toks[k + 1].norm)
    if name is None:
        return None
    start, stop = toks[k].start, toks[k + 1].end
    return Suggestion("actor", start, stop, "", name, {"inter": "State forces", "dated": True})


def _ministry_at(toks: list[Tok], k: int) -> Suggestion | None:
    """A ministry of force named at token ``k`` ('وزارة الدفاع', 'وزارتي الدفاع والداخلية'):
    its state's forces (acting_ministries' map; the first of two), dated by the succession."""
    return _ministry_named(toks, k, _ministries()[0] | {fold("وزارتي")})


def _ministry_speaker(text: str, toks: list[Tok], own: int, first: int) -> Suggestion | None:
    """A ministry speaking of its own men before the count in its sentence ('أعلنت وزارة الدفاع
    السورية', a headline's 'وزارة الدفاع السورية: مقتل عنصرين'): its state's forces, as
    acting_ministries.py maps them (dated later by the succession: ``extra['dated']``)."""
    heads = _ministries()[0]
    speech = _nested("pronoun_heads", "speech")
    k = bisect_left(toks, own, key=lambda t: t.start)
    for m in range(k, first - 1):
        ministry = _ministry_named(toks, m, heads)
        if ministry is None:
            continue
        spoken = m > 0 and toks[m - 1].forms() & speech
        end = m + 2 if m + 2 < first and toks[m + 2].joined else m + 1
        colon = ":" in text[toks[end].end : toks[end + 1].start] if end + 1 < len(toks) else False
        if spoken or colon:  # 'أعلنت وزارة الدفاع ...', 'وزارة الدفاع السورية: مقتل عنصرين'
            return ministry
    return None


def _others_noun(toks: list[Tok], starts: list[int], fig: Suggestion) -> int | None:
    """'وإصابة اثنين آخرين', 'وأصيب خمسة آخرون': a figure ending in a word of others ('others')
    counts more of a party named just before (convention 18 of 2026-12-01)."""
    k = bisect_right(starts, fig.end) - 1
    if k < 1 or toks[k].end <= fig.start or not toks[k].forms() & _words("others"):
        return None
    return k


def _partitive_count(
    text: str, toks: list[Tok], starts: list[int], fig: Suggestion, found: list[Suggestion]
) -> int | None:
    """'وأسروا ستة منهم', 'مقتل اثنين منهم': a figure ending in a partitive pronoun ('partitive')
    with no noun of members counts a group's men (convention 15) only where the last party the
    sentence or the one before names is a force: after people ('اعتقلت ثلاثة رعاة وأفرجت عن
    اثنين منهم') the pronoun is theirs, for the generic parties' rules; nor the force that is
    the subject of a word of harm right before it and the count its object ('واعتقلت قوات
    الأمن 15 منهم'), nor the force named as the doer ('من قبل الشبيحة')."""
    k = bisect_right(starts, fig.end) - 1
    if k < 1 or toks[k].end <= fig.start or not toks[k].forms() & _words("partitive"):
        return None
    floor = _sentence_start(text, toks, k, 2)
    before = [s for s in found if s.kind == "actor" and floor <= s.start and s.end <= fig.start]
    if not before or before[-1].value in _rule()["generic"]:
        return None
    m = bisect_left(starts, before[-1].end)
    first = bisect_right(starts, int(fig.extra.get("quantity_start", fig.start))) - 1
    if m < first and toks[m].forms() & _words("acting"):
        return None  # 'ووحدات حماية الشعب أعادت القبض على 89 منهم': not the subject itself
    n = bisect_left(starts, before[-1].start)
    if m == first and n >= 1 and toks[n].joined and toks[n - 1].forms() & _words("harm"):
        return None  # 'واعتقلت قوات الأمن 15 منهم': the subject right before its object
    if n >= 2 and toks[n].joined and _agent_before(toks[n - 2], toks[n - 1]):
        return None  # 'لإطلاق نار من قبل الشبيحة، وأصيب خمسة منهم': the harm's doer
    if any(_people_plural(toks[j]) for j in range(m, first)):
        return None  # 'مسلحين من أبناء البلدة ... مقتل ستة منهم': the nearer people's
    return k


def _agent_before(first: Tok, second: Tok) -> bool:
    """'من قبل' / 'على يد' right before a force ('agents'): it is named as the doer of a harm."""
    pairs = {tuple(w.split()) for w in _words("agents")}
    return second.joined and (first.norm, second.norm) in pairs


def _people_plural(tok: Tok) -> bool:
    """A plural noun of persons ('السجناء', 'مهربي', 'المهاجمين', 'أشخاص'): a sound masculine
    plural of five letters or more, or one of 'people_plurals', also with 'ها' / 'هم' of whose
    they are ('شبانها') unless a noun of members ('عناصرها')."""
    bare = _bare(tok) | {tok.norm}
    plurals = _words("people_plurals")
    if bare & plurals:
        return True
    owned = {b[: -len(p)] for b in bare for p in ("ها", "هم") if b.endswith(p)}
    owned |= {o[:-1] + "ء" for o in owned if o.endswith("ي")}  # 'أبنائها': the hamza's seat
    if owned & plurals and not owned & _words("members"):
        return True  # 'عدداً من شبانها': the village's young men; not 'عناصرها', a group's
    return any(len(b) >= 5 and b.endswith(("ين", "ون", "يي", "ي")) and b[-2:] != "ني" for b in bare)


def _pronoun_group(
    text: str, toks: list[Tok], first: int, forces: list[Suggestion], pronoun: Tok
) -> Suggestion | None:
    """The group a pronoun of members refers to ('خمسة من عناصره', 'تسعة عناصر منها', 'ستة من
    مقاتلينا': actor convention 15 of 2026-12-01), among the forces the sentence or the one
    before names before the count whose name agrees with the pronoun ('ـه' a name headed by a
    masculine singular noun, 'pronoun_heads.masculine': التنظيم، الجيش، لواء، فصيل ...; 'ـها'
    any other: قوات، قسد، الفصائل؛ 'ـهم', 'ـنا' any): the speaker of the count's sentence
    ('أعلنت فصائل المعارضة ... مقتل خمسة من مقاتليها'), but never the speaker where the count
    is killed or captured by the subject ('مؤكدة أن مقاتليها ... وقتلوا 31 من عناصرها': the
    enemy's), else the nearest, not an owner named
    after a word of belonging ('لواء صقور الغاب التابع للجيش الحر ... خمسة من مقاتليه'). A post
    or unit noun of the pronoun's gender nearer to the count ('هاجموا مخفراً للشرطة ... وأسروا
    خمسة من عناصره', 'خلية ... اثنين من أفرادها') is what it refers to: the force named right
    after that noun, or none."""
    masculine = _nested("pronoun_heads", "masculine")
    units = {g: _nested("pronoun_heads", g) for g in ("units_m", "units_f")}
    word = pronoun.norm
    gender = "f" if word.endswith("ها") else "m" if word.endswith("ه") else None
    floor = _sentence_start(text, toks, first, 2)
    own = _sentence_start(text, toks, first, 1)

    def agrees(s: Suggestion) -> bool:
        m = index_at(toks, s.start)
        office = _office_gender(toks, m) if m is not None else None
        if gender is None or office == gender:  # 'المركز الإعلامي لقسد ... من مقاتليه'
            return True
        male = m is not None and bool(_bare(toks[m]) & masculine)  # 'لواء', not 'و' + 'اء'
        return male == (gender == "m")

    if word.endswith("نا"):  # 'ستة من مقاتلينا': the speaker's own, else the statement's issuer
        spoken = [s for s in forces if own <= s.start < toks[first].start and _spoken_by(toks, s)]
        if spoken:
            return spoken[-1]
        office = _office_of_a_bare_head(toks, own, first, forces)
        if office is not None:  # 'بيان للمركز الإعلامي للقوات: ... وفقدنا ستة من مقاتلينا'
            return office
        source = _source_office(toks, own, first)
        if source is not None:  # 'وقال قائد الأمن الداخلي في حمص إن ... قتل أربعة من عناصرنا'
            return source
        denied = _nested("pronoun_heads", "denials") | _nested("pronoun_heads", "speech")
        if any(t.forms() & denied for t in toks if own <= t.start < toks[first].start):
            return None  # 'ننفي ... عن مقتل العشرات من مقاتلينا'; 'وقال قائد ... عناصرنا'
        return _issuer(toks, first, forces)
    agreeing = [s for s in forces if floor <= s.start and s.end <= toks[first].start and agrees(s)]
    near = [s for s in agreeing if not _owner(toks, s)]
    if gender is not None:
        since = near[-1].end if near else own
        unit = _unit_between(toks, since, toks[first].start, units[f"units_{gender}"])
        owner = _unit_owner(toks, unit, first, forces) if unit is not None else None
        if owner is not None or (unit is not None and near):
            return owner  # 'هاجموا حاجزاً للتنظيم وأسروا ثلاثة من عناصره'
    ministry = _ministry_speaker(text, toks, own, first) if gender == "f" else None
    if not near:
        return ministry or _bare_subject(toks, own, first, forces, gender, masculine)
    speakers = [s for s in near if s.start >= own and _spoken_by(toks, s)]
    if ministry is not None and not speakers:
        return ministry  # 'أعلنت وزارة الدفاع السورية مقتل اثنين من عناصرها'
    verbs = _words("killing_verbs")
    if any(toks[m].forms() & verbs for m in range(max(first - 3, 0), first)):
        # 'وقتلوا 31 من عناصرها': the enemy's, also an owner ('لمجموعات تابعة لجبهة النصرة')
        others = [s for s in agreeing if s not in speakers]
        return others[-1] if others else None
    if speakers:
        return speakers[-1]
    if _unfound_speaker(toks, own, first, forces):
        return None  # 'قال لواء أحرار الحولة في بيان إن اثنين من مقاتليه': a group no list knows
    return near[-1]


def _source_office(toks: list[Tok], own: int, first: int) -> Suggestion | None:
    """'وقال قائد الأمن الداخلي في محافظة حمص إن ... أربعة من عناصرنا', 'المتحدث باسم وزارة
    الدفاع': the force a source word ('pronoun_heads.sources', perhaps with one of
    'source_links') names right after it in the count's sentence, before the count: the
    speaker whose men 'ـنا' are. The actor suggester leaves such an office out as a speaker,
    so the name is read from the actor index here (a ministry by ``_ministry_at``), dated by
    the succession."""
    sources, links = _nested("pronoun_heads", "sources"), _nested("pronoun_heads", "source_links")
    generic = _rule()["generic"]
    for m in range(bisect_left(toks, own, key=lambda t: t.start), first - 1):
        if not toks[m].forms() & sources:
            continue
        j = m + 1 if toks[m + 1].norm in links and toks[m + 1].joined else m
        j += 1
        if j >= first or not toks[j].joined:
            continue
        ministry = _ministry_at(toks, j)
        if ministry is not None:
            return ministry
        hit = name_index().match(toks, j)
        actor = next((p[1] for p in hit.payloads if p[0] == "actor"), None) if hit else None
        if hit is None or actor is None:
            continue
        entry = _data.actors()[actor]
        if entry["name"] in generic:
            continue
        extra = {"inter": entry.get("inter"), "dated": True}
        return Suggestion("actor", toks[j].start, toks[hit.stop - 1].end, "", entry["name"], extra)
    return None


def _office_of_a_bare_head(
    toks: list[Tok], own: int, first: int, forces: list[Suggestion]
) -> Suggestion | None:
    """An office noun before the count in its sentence ('المركز الإعلامي للقوات') whose owner is
    a bare head, read as the last group named with it (convention 9)."""
    offices = _nested("pronoun_heads", "offices_m") | _nested("pronoun_heads", "offices_f")
    k = bisect_left(toks, own, key=lambda t: t.start)
    for m in range(k, first):
        if not _bare(toks[m]) & offices:
            continue
        for j in (m + 1, m + 2):
            if j < first and toks[j].joined and toks[j].norm.startswith("لل"):
                return _named_by_head(toks, first, j, forces)
    return None


def _issuer(toks: list[Tok], first: int, forces: list[Suggestion]) -> Suggestion | None:
    """The statement's issuer: the first force before the count named after an office noun
    ('المكتب الإعلامي لجيش الإسلام', 'القيادة العامة لـ'), the masthead of a party's text."""
    for s in forces:
        if s.end > toks[first].start:
            return None
        m = index_at(toks, s.start)
        if m is not None and _office_gender(toks, m) is not None:
            return s
    return None


def _bare_subject(
    toks: list[Tok],
    own: int,
    first: int,
    forces: list[Suggestion],
    gender: str | None,
    masculine: frozenset[str],
) -> Suggestion | None:
    """'إن التنظيم خسر العشرات من مسلحيه': with no force named near, a bare head of the pronoun's
    gender before the count in its sentence, read as the last group named with it (convention
    9, ``_named_by_head``)."""
    k = bisect_left(toks, own, key=lambda t: t.start)
    for m in range(first - 1, k - 1, -1):
        tok = toks[m]
        if not tok.norm.startswith("ال") or not _bare(tok) & _words("bare_heads"):
            continue
        if gender is not None and bool(_bare(tok) & masculine) != (gender == "m"):
            continue
        return _named_by_head(toks, first, m, forces)
    return None


def _office_gender(toks: list[Tok], m: int) -> str | None:
    """'المركز الإعلامي لقسد', 'القيادة العامة لجيش الإسلام': the gender of an office noun
    ('offices_m', 'offices_f') one or two words before the force's mention, or None. A
    preposition written apart before a quoted name ('المركز الإعلامي لـ"قسد"') is passed over,
    and so is the quote mark after it."""
    if m >= 1 and toks[m - 1].norm == "ل":
        m -= 1  # 'لـ"قسد"': the name starts after the quote; read from the preposition
    for j in (m - 1, m - 2):
        if j < 0 or not toks[j + 1].joined:
            return None
        for g in ("m", "f"):
            if _bare(toks[j]) & _nested("pronoun_heads", f"offices_{g}"):
                return g
    return None


def _unfound_speaker(toks: list[Tok], own: int, first: int, forces: list[Suggestion]) -> bool:
    """A verb of speaking before the count in its sentence with a group's head noun right after
    it ('bare_heads' without the article: 'قال لواء ...') that no found force covers."""
    speech = _nested("pronoun_heads", "speech")
    heads = _words("bare_heads")
    k = bisect_left(toks, own, key=lambda t: t.start)
    for m in range(k, first - 1):
        spoken = toks[m].forms() & speech and toks[m + 1].norm in heads
        if spoken and not _names_here(toks, m + 1, forces):
            return True
    return False


def _unit_owner(
    toks: list[Tok], unit: int, first: int, forces: list[Suggestion]
) -> Suggestion | None:
    """The force a post or unit noun belongs to: named right after it ('حاجزاً للتنظيم', by a
    bare head too), or within two more words of its clause past an adjective or 'من' ('مجموعة
    إرهابية من "لواء الإسلام"'); None where the text does not say."""
    if unit + 1 >= len(toks):
        return None
    owner = _named_at(toks, unit + 1, forces) or _named_by_head(toks, first, unit + 1, forces)
    j = unit + 2
    while owner is None and j < min(unit + 4, first) and toks[j].joined:
        owner = _named_at(toks, j, forces)
        j += 1
    return owner


def _owner(toks: list[Tok], s: Suggestion) -> bool:
    """The force is named after a word of belonging ('التابع للجيش الحر'): another group's
    owner, not the group itself."""
    m = index_at(toks, s.start)
    return m is not None and m > 0 and bool(toks[m - 1].forms() & _words("belonging"))


def _spoken_by(toks: list[Tok], s: Suggestion) -> bool:
    """The force is the subject of a verb of speaking right before it ('speech'), or names
    the source that speaks ('أفادت مصادر في "الفرقة الثانية الساحلية"': 'sources' and a link)."""
    m = index_at(toks, s.start)
    speech = _nested("pronoun_heads", "speech")
    if m is None or m < 1:
        return False
    if toks[m - 1].forms() & speech:
        return True
    sources = _nested("pronoun_heads", "sources")
    links = _nested("pronoun_heads", "source_links")
    if m >= 2 and toks[m - 1].forms() & sources and toks[m - 2].forms() & speech:
        return True  # 'وقال قائد الأمن الداخلي': the source in construct with its force
    if _office_gender(toks, m) is not None and any(
        toks[j].forms() & speech for j in range(max(m - 4, 0), m)
    ):
        return True  # 'قال المركز الإعلامي لقسد
    return (
        m >= 3
        and toks[m - 1].norm in links
        and bool(toks[m - 2].forms() & sources)
        and bool(toks[m - 3].forms() & speech)
    )


def _unit_between(toks: list[Tok], start: int, end: int, nouns: frozenset[str]) -> int | None:
    """The last post or unit noun of the pronoun's gender between two offsets, or None."""
    k = bisect_left(toks, start, key=lambda t: t.start)
    found = None
    while k < len(toks) and toks[k].end <= end:
        if _bare(toks[k]) & nouns:
            found = k
        k += 1
    return found


def _ranks_noun(toks: list[Tok], starts: list[int], fig: Suggestion) -> int | None:
    """'أوقعوا أكثر من 30 قتيلاً في صفوف المليشيات': a noun of the dead, wounded or captured
    ('ranks_nouns') ending the figure, with 'في صفوف' or 'من' right after it, also after 'هم'
    ('identity': 'ثلاثة من القتلى هم من عناصر التنظيم'), counts the members of whose ranks
    they were."""
    k = bisect_right(starts, fig.end) - 1
    if k < 0 or toks[k].end <= fig.start or not toks[k].forms() & _words("ranks_nouns"):
        return None
    if k + 1 < len(toks) and toks[k + 1].joined and toks[k + 1].forms() & _words("identity"):
        return k if _of_whom(toks, k + 2) else None  # 'ثلاثة من القتلى هم من عناصر التنظيم'
    return k if _in_ranks(toks, k + 1) or _of_whom(toks, k + 1) else None


def _of_whom(toks: list[Tok], k: int) -> bool:
    """'عشرة جرحى من عناصر قوات النظام', 'ثلاثة أسرى من قسد': 'من' right after a noun of the
    dead, wounded or captured, then whose they are (read by ``_group`` as for members: a
    force found there, or none, and then no mention)."""
    return k + 1 < len(toks) and toks[k].joined and toks[k + 1].joined and toks[k].norm == "من"


def _sub_count(text: str, toks: list[Tok], first: int) -> bool:
    """'بينهم ضابطان': a sub-count of a group named before; inside a toll of persons
    ('مقتل 142 شخصاً، بينهم 71 عنصراً') the members are their group's mention, the toll up to
    'toll_window' words before the sub-count word in its sentence ('مقتل 27 شخصاً في عمليات
    اغتيال بمحافظة درعا منذ مطلع تشرين الثاني، بينهم 11 عنصراً من قوات النظام')."""
    subs, totals = _words("sub_count_words"), _words("toll_totals")
    for k in range(first - 1, max(first - 9, -1), -1):
        if not toks[k + 1].joined:
            break  # not past a comma ('مقرات لهم، مشيراً إلى أن ثلاثة من القتلى')
        if toks[k].forms() & subs:
            # 'بين القتلى 25 عنصراً من قسد': the total right after the word is a toll
            if any(toks[m].forms() & totals for m in (k, k + 1) if m < len(toks)):
                return False
            return not _toll_before(text, toks, k)
    return False


def _group_of_its_own(
    text: str, toks: list[Tok], first: int, noun: int, forces: list[Suggestion]
) -> bool:
    """'مقتل 26 شخصاً في دوما، قال إن بينهم مقاتلين اثنين من "جيش الإسلام"': a sub-count that
    names a group of its own right after it (من and a force), one no force named before it in
    the sentence is, counts that group inside a toll of no single party (convention (b))."""
    k = noun + 1
    while k < len(toks) and toks[k].joined and toks[k].norm in _words("two"):
        k += 1  # 'مقاتلين اثنين من'
    if not (k + 1 < len(toks) and toks[k].joined and toks[k].norm == "من"):
        return False
    group = _named_at(toks, k + 1, forces)
    if group is None:
        return False
    at = toks[first].start
    floor = max(full_stop_before(text, at), text.rfind(":", 0, at))  # a colon ends it too
    totals = _words("toll_totals")
    if not any(t.forms() & totals for t in toks if floor <= t.start < toks[first].start):
        return False  # no toll before it in its sentence ('وأضاف: بينهم ...' past a colon)
    return not any(s.value == group.value for s in forces if floor <= s.start < toks[first].start)


def _toll_before(text: str, toks: list[Tok], k: int) -> bool:
    """A 'toll_totals' word up to 'toll_window' words before token ``k`` in its sentence."""
    return word_before(text, toks, k, _words("toll_totals"), _toll_window())


@cache
def _toll_window() -> int:
    return int(_data.rules("actors").get("counted_members", {}).get("toll_window", 8))


def _group(
    text: str, toks: list[Tok], first: int, noun: int, forces: list[Suggestion]
) -> Suggestion | None:
    """The force whose members the counted noun at ``noun`` (its count from ``first``) are,
    or None."""
    defected = _defected_from(toks, first, noun, forces)
    if defected is not None:
        return defected
    k = noun + 1
    skip = _words("skip") | _words("two") | _words("identity")  # 'هم من عناصر التنظيم'
    while k < len(toks) and toks[k].joined and toks[k].forms() & skip:
        k += 1  # 'على الأقل', 'مقاتلين اثنين من'
    if _nisba_before_from(toks, k):
        k += 1  # '45 جندياً فيجياً من قوة مراقبة فض الاشتباك': their nationality, then whose
    nxt = toks[k] if k < len(toks) and toks[k].joined else None
    if nxt is not None and nxt.forms() & _words("former"):
        return None  # 'عنصراً سابقاً في فصائل المعارضة': no longer theirs
    if toks[noun].forms() & _possessives() or toks[noun].forms() & _words("partitive"):
        return _possessive_group(text, toks, first, forces, toks[noun])  # 'تسعة من مقاتليه'
    partitive = nxt is not None and bool(nxt.forms() & _words("partitive"))
    if toks[noun].forms() & _words("construct") and nxt is not None and nxt.norm != "من":
        if partitive:  # 'وقتلت ثمانية عناصر منها': no construct; the force hit or repelled
            return _force_before(text, toks, first, noun, forces, nxt)
        group = _named_at(toks, k, forces) or _named_before(text, toks, first, k, forces)
        if group is None:  # 'من التنظيم': whether another party is joined, said at the head
            group = _named_by_head(toks, first, k, forces)
            group = group or _named_by_category(text, toks, first, k, forces)
            group = group or _rebels_by_head(text, toks, first, k, forces)
            if group is None and nxt.text.startswith("و") and nxt.forms() & _words("harm"):
                return _post_before(text, toks, first, noun, forces)  # 'ثلاثة عناصر وإصابة'
            return group
        return None if _with_other_side(toks, group, forces) else group
    if _in_ranks(toks, k):
        k += 2  # 'أوقعوا أكثر من 30 قتيلاً في صفوف المليشيات'
        group = _named_at(toks, k, forces)
        return None if group is None or _with_other_side(toks, group, forces) else group
    if nxt is not None and nxt.norm == "من" and k + 1 < len(toks) and toks[k + 1].joined:
        k += 1
        if toks[k].forms() & _possessives():
            return _possessive_group(text, toks, first, forces, toks[k])  # 'خمسة من عناصره'
        if toks[k].forms() & _words("construct") and k + 1 < len(toks) and toks[k + 1].joined:
            k += 1  # 'سبعة من عناصر "الحرس الثوري"'
        if _category_before_name(toks, k, forces):
            k += 1  # 'عشرة مقاتلين من فصيل "جيش العزة"': the kind of group, then its name
        if toks[k].norm in _words("attackers"):
            return _attacker_named(text, toks, first, forces)
        ministry = _ministry_at(toks, k)
        if ministry is not None:  # '71 عنصراً من وزارتي الدفاع والداخلية'
            return ministry
        group = _named_at(toks, k, forces) or _named_before(text, toks, first, k, forces)
        if group is None:  # 'من التنظيم': whether another party is joined, said at the head
            group = _named_by_head(toks, first, k, forces)
            group = group or _named_by_category(text, toks, first, k, forces)
            return group or _rebels_by_head(text, toks, first, k, forces)
        return None if _with_other_side(toks, group, forces) else group
    if nxt is not None and _names_here(toks, k, forces):
        return None
    return _force_before(text, toks, first, noun, forces, nxt if partitive else None)


def _force_before(
    text: str,
    toks: list[Tok],
    first: int,
    noun: int,
    forces: list[Suggestion],
    pronoun: Tok | None = None,
) -> Suggestion | None:
    """The force the sentence before the count named as the one fired at, the one the
    subject attacked or repelled, or the one whose post was hit; else, for a partitive
    pronoun after the noun ('12 عنصراً منها'), the group that pronoun refers to."""
    return (
        _target_before(text, toks, first, noun, forces)
        or _attacker_before(text, toks, first, noun, forces, pronoun is not None)
        or _enemy_after(text, toks, first, noun, forces)
        or _post_before(text, toks, first, noun, forces)
        or (None if pronoun is None else _pronoun_group(text, toks, first, forces, pronoun))
    )


def _defected_from(
    toks: list[Tok], first: int, noun: int, forces: list[Suggestion]
) -> Suggestion | None:
    """'انشقاق نحو 15 جندياً عن اللواء 15', 'نحو أربعين جندياً انشقوا في مدينة الرستن': members
    who defect or surrender (a 'defect' or 'surrender' word, in any person (verb_bases.py), right
    before the count or a few words after the noun in its clause) are members of
    the force they leave: the one named after 'عن' within a few words, else (also after 'عن'
    and a unit or bare head the text names no force by: 'عن اللواء 15', 'عن الجيش'), for
    soldiers of a regular army ('state_ranks', 'soldiers', with the article too: 'انشق عشرات
    الجنود'), the state's army the text names (actor convention 16 of 2026-12-01)."""
    before = first > 0 and _leaves(toks, first - 1)
    after = _leaving_after(toks, noun)
    if not before and after is None:
        return None
    stop = max(noun + 5, after + 3 if after is not None else 0)
    post = False  # 'انشق 12 عنصراً عن حاجز في مدينة تلكلخ': a post of no force named
    for k in range(noun + 1, min(stop, len(toks) - 1)):
        if toks[k].norm == "عن":
            named = _named_at(toks, k + 1, forces)
            if named is not None:
                return named
            post = bool(toks[k + 1].forms() & (_words("targets") - _words("not_posts")))
            break  # 'عن اللواء 15', 'عن الجيش': a unit or bare head; soldiers leave the army
    ranks = _bare(toks[noun]) | {toks[noun].norm}
    if not post and not ranks & (_words("state_ranks") | _words("soldiers")):
        return None
    army = _state_army(forces)
    if army is not None:
        return army
    # no state force named: the army of the day, as for soldiers harmed (``_own_army``)
    return _army_of_the_day(toks[first].start, toks[noun].end)


def _army_of_the_day(start: int, end: int, quote: str = "") -> Suggestion | None:
    """The state's army for soldiers in a text naming none: the first of 'own_army.armies',
    marked 'dated' so that ``_with_counted_members`` gives the army of the text's date."""
    armies = _data.rules("actors").get("counted_members", {}).get("own_army", {}).get("armies")
    if not armies:
        return None
    extra = {"inter": "State forces", "dated": True}
    return Suggestion("actor", start, end, quote, str(armies[0]), extra)


@cache
def _leaving() -> frozenset[str]:
    """The bases of the words of defecting and surrendering ('defect', 'surrender')."""
    return listed_bases(_words("defect") | _words("surrender"))


def _leaving_after(toks: list[Tok], noun: int) -> int | None:
    """A verb of defecting or surrendering, in any person, at most 'leaving_reach' words
    after the counted noun in its clause ('نحو 30 عنصراً من أبناء العشائر انشقوا عن قسد',
    'مئات الجنود ألقوا أسلحتهم وسلموا أنفسهم'), or None; not its verbal noun after a
    preposition or the article (``_leaving_noun``)."""
    for k in range(noun + 1, min(noun + 1 + _words_int("leaving_reach"), len(toks))):
        if not toks[k].joined:
            return None
        if _leaves(toks, k) and not _leaving_noun(toks[k]):
            return k
    return None


def _leaves(toks: list[Tok], k: int) -> bool:
    """Token ``k`` is a word of defecting or surrendering in any person; one that surrenders
    only with a reflexive object ('surrender_reflexive': 'سلموا أنفسهم', 'سلّم عشرات الجنود
    أنفسهم') needs one of 'reflexives' within 'leaving_reach' words after it: 'سلّمت ملف النفط'
    hands something over and 'السلم الأهلي' is peace."""
    if verb_forms(toks[k], _leaving()):
        return True
    if not verb_forms(toks[k], _reflexive_leaving()):
        return False
    stop = min(k + 1 + _words_int("leaving_reach"), len(toks))
    return any(t.joined and t.forms() & _words("reflexives") for t in toks[k + 1 : stop])


@cache
def _reflexive_leaving() -> frozenset[str]:
    """The bases of the verbs that surrender only with a reflexive object ('سلموا أنفسهم'):
    kept apart from ``_leaving`` because alone they hand something over ('سلّمت ملف النفط')."""
    return listed_bases(_words("surrender_reflexive"))


def _leaving_noun(tok: Tok) -> bool:
    """A verbal noun of leaving with the article or a preposition ('بالانشقاق', 'الاستسلام',
    'للانشقاق'): what they are urged to or refuse ('لإقناع نحو 400 عنصر ... بالانشقاق'),
    no defection told; the verbs ('انشقوا', 'وسلموا') begin with none of these."""
    norm = tok.norm[1:] if tok.norm[:1] in ("و", "ف") else tok.norm
    return norm.startswith(("ال", "ب", "ل"))


def _state_army(forces: list[Suggestion]) -> Suggestion | None:
    """The first force found that is a state's army ('state_armies'), or None."""
    return next(
        (s for s in forces if isinstance(s.value, str) and fold(s.value) in _words("state_armies")),
        None,
    )


def _category_before_name(toks: list[Tok], k: int, forces: list[Suggestion]) -> bool:
    """'من فصيل "جيش العزة"', 'من ميليشيا "لواء الباقر"': an indefinite noun of a kind of group
    ('category_heads', without the article) at token ``k`` with a force's name found right
    after it; the name says whose members they are. Not where the found name starts at ``k``
    itself ('ميليشيا الدفاع الوطني' is one name)."""
    return (
        k + 1 < len(toks)
        and toks[k + 1].joined
        and toks[k].norm in _words("category_heads")
        and _named_at(toks, k, forces) is None
        and _named_at(toks, k + 1, forces) is not None
    )


def _in_ranks(toks: list[Tok], k: int) -> bool:
    """'30 قتيلاً في صفوف المليشيات': 'في' and a word of ranks ('in_ranks') right after the
    count, then whose ranks."""
    return (
        k + 2 < len(toks)
        and all(toks[j].joined for j in (k, k + 1, k + 2))
        and toks[k].norm == "في"
        and bool(toks[k + 1].forms() & _words("in_ranks"))
    )


def _named_before(
    text: str, toks: list[Tok], first: int, k: int, forces: list[Suggestion]
) -> Suggestion | None:
    """'قتل فيها نحو 15 عنصراً من الأخيرة': a word of 'the latter' ('latter') at token ``k``
    is the last force named before the count in its sentence. A bare head there ('من
    التنظيم', 'من مقاتلي اللواء', 'من القوات المهاجمة') is read by ``_named_by_head``."""
    if toks[k].norm not in _words("latter"):
        return None
    floor = _sentence_start(text, toks, first, 1)
    before = [s for s in forces if floor <= s.start and s.end <= toks[first].start]
    return before[-1] if before else None


def _named_by_head(
    toks: list[Tok], first: int, k: int, forces: list[Suggestion]
) -> Suggestion | None:
    """'مقتل 12 عنصراً من التنظيم', 'أربعة من مقاتلي اللواء', '20 عنصراً من القوات المهاجمة':
    a bare head of a group's name ('bare_heads', with its article) at token ``k`` says only
    which group: the last force found before the count whose name starts with the same head
    ('تنظيم "الدولة الإسلامية"' ... 'التنظيم', 'لواء التوحيد' ... 'اللواء', 'قوات النظام' ...
    'القوات') or is written after it ('فصائل الجبهة الوطنية للتحرير' ... 'الفصائل', 'خلية تابعة
    لتنظيم داعش' ... 'الخلية'). Not when the head is joined by و to another party ('من الفصائل
    والجهاديين'), and not when the article named no group with that head (convention 1)."""
    tok = toks[k]
    definite = tok.norm.startswith(("ال", "لل"))  # 'للتنظيم' after a post noun
    if not definite or toks[first].forms() & _words("vague"):
        return None  # 'ومعه عدد من عناصر التنظيم': no count of a party
    head = _bare(tok) & _words("bare_heads")
    if not head:
        return None
    after = k + 1
    if after < len(toks) and toks[after].joined and toks[after].norm.startswith("ال"):
        after += 1  # 'من القوات المهاجمة': an adjective of the head
    if after < len(toks) and toks[after].joined and toks[after].norm.startswith("و"):
        rest = toks[after].norm[1:]
        if rest and not rest[0].isdigit() and rest.startswith("ال"):
            return None  # 'من الفصائل والجهاديين': more than one party
    floor = toks[first].start
    starts = [t.start for t in toks]
    for s in reversed(forces):
        if s.end > floor:
            continue
        m = bisect_right(starts, s.start) - 1
        while m + 1 < len(toks) and toks[m].end <= s.start:
            m += 1
        if m >= 0 and (_bare(toks[m]) & head or _head_before(toks, m, head)):
            return s
    return None


def _named_by_category(
    text: str, toks: list[Tok], first: int, k: int, forces: list[Suggestion]
) -> Suggestion | None:
    """'نقلت عن مسؤول في "كتائب حزب الله" ... أن ستة من عناصر الفصيل قتلوا': a noun of a kind of
    group with the article ('category_heads': الفصيل، التنظيم، الحركة، الجماعة، الميليشيا) at
    token ``k`` that no group named with that head explains (``_named_by_head``) refers back,
    as Arabic news does, to the last armed group not of a state ('category_inters', not
    'category_not_states') named in its sentence or the one before. Not when the head is
    joined by و to another party."""
    tok = toks[k]
    if not tok.norm.startswith(("ال", "لل")) or toks[first].forms() & _words("vague"):
        return None
    if not _bare(tok) & _words("category_heads"):
        return None
    nxt = k + 1
    if nxt < len(toks) and toks[nxt].joined and toks[nxt].norm.startswith("وال"):
        return None  # 'من الفصيل والجيش': more than one party
    floor = _lead_start(text, _sentence_start(text, toks, first, 1))
    inters = _words("category_inters")
    states = tuple(_words("category_not_states"))  # a foreign state's forces are no group
    before = [s for s in forces if floor <= s.start and s.end <= toks[first].start]
    for s in reversed(before):
        if fold(str(s.extra.get("inter", ""))) in inters and not fold(str(s.value)).startswith(
            states
        ):
            return s
    return None


def _rebels_by_head(
    text: str, toks: list[Tok], first: int, k: int, forces: list[Suggestion]
) -> Suggestion | None:
    """'مقتل 11 عنصراً من قوات النظام وثمانية مقاتلين من الفصائل', 'سبعة من مقاتلي الكتائب':
    the plural head of the armed opposition ('rebel_plurals': الفصائل، الكتائب) that names no
    group with that head (``_named_by_head``) is the opposition's fighters at large, where the
    text names no faction that the head would stand for in the north ('rebel_plural_not_with':
    the Syrian National Army). Marked 'undated_rebels': after the change of government
    'الفصائل' are the new state's factions, so ``_with_counted_members`` drops it there."""
    tok = toks[k]
    if not tok.norm.startswith("ال") or toks[first].forms() & _words("vague"):
        return None
    if not _bare(tok) & _words("rebel_plurals"):
        return None
    nxt = k + 1
    if nxt < len(toks) and toks[nxt].joined and toks[nxt].norm.startswith("وال"):
        return None  # 'من الفصائل والجهاديين': more than one party
    if any(s.value in _rule()["rebel_plural_not_with"] for s in forces):
        return None
    name = "Opposition Rebels (Syria)"
    extra = {"inter": "Rebel group", "undated_rebels": True}
    return Suggestion("actor", tok.start, tok.end, tok.text, name, extra)


def _head_before(toks: list[Tok], m: int, head: set[str]) -> bool:
    """'فصائل الجبهة الوطنية للتحرير', 'خلية تابعة لتنظيم داعش': the head noun stands right
    before the name found at token ``m``, perhaps with a word of belonging between."""
    j = m - 1
    if j >= 0 and toks[m].joined and toks[j].forms() & _words("belonging"):
        j -= 1
    return j >= 0 and toks[j + 1].joined and bool(_bare(toks[j]) & head)


def _nisba_before_from(toks: list[Tok], k: int) -> bool:
    """Token ``k`` is a nationality or other nisba adjective of the counted members
    ('فيجياً', 'عراقيين', 'روسيان': one of 'nisba_endings') with من right after it."""
    if k + 1 >= len(toks) or not (toks[k].joined and toks[k + 1].joined):
        return False
    if toks[k + 1].norm != "من" or toks[k].forms() & _words("former"):
        return False
    return toks[k].norm.endswith(tuple(_words("nisba_endings"))) and len(toks[k].norm) > 4


def _harm_near(toks: list[Tok], first: int, noun: int) -> bool:
    """A word of harm within two words of the count at tokens ``first``..``noun`` ('ما أدى
    إلى استشهاد عنصرين'): what ties the members to a force named earlier in the sentence."""
    harm = _words("harm")
    near = range(max(min(noun - 3, first - 2), 0), min(noun + 3, len(toks)))
    return any(toks[m].forms() & harm for m in near)


def _post_before(
    text: str, toks: list[Tok], first: int, noun: int, forces: list[Suggestion]
) -> Suggestion | None:
    """Members killed or wounded (a word of harm within two words of the count) in an attack
    on a post, patrol or position of the one force their sentence names right after such a
    noun ('الهجوم على دورية للأمن العام ... مقتل عنصرين', 'قصفت المسيرات مواقع لوحدات حماية الشعب
    ... مقتل عنصرين'); not after a word of belonging or an advance ('not_posts': 'سيارة تابعة
    لـ', 'محاولة تقدم لـ'), and with two such forces which one the text does not say."""
    if not _harm_near(toks, first, noun):
        return None
    floor = _sentence_start(text, toks, noun, 1)
    nouns = _words("targets") - _words("not_posts")
    posts = []
    named = [s for s in forces if floor <= s.start and s.end <= toks[noun].start]
    if not named and _result_of_lead(text, toks, floor, first):
        # 'هاجم مسلحون حاجزاً لقوات النظام. وأسفر الهجوم عن مقتل ثلاثة عناصر': the lead's post
        lead = _lead_start(text, floor)
        named = [s for s in forces if lead <= s.start and s.end <= floor]
    for s in named:
        m = index_at(toks, s.start)
        if m is not None and m >= 2 and toks[m - 1].norm in _words("li"):
            m -= 1  # 'حاجزاً لـ"قسد"': the preposition written apart before a quoted name
        if m is None or m < 1 or not (toks[m - 1].forms() & nouns or _post_of(toks, m - 1)):
            continue
        after = index_from(toks, s.end)
        nxt = toks[after] if after is not None else None
        joined = nxt is not None and nxt.joined and nxt.norm.startswith("و")
        if nxt is not None and joined and any(nxt.start <= f.start < nxt.end for f in forces):
            return None  # 'مواقع لقوات النظام والميليشيات': which one?
        posts.append(s)
    if len({s.value for s in posts}) > 1 and _harm_near(toks, first, noun):
        last = posts[-1]  # 'تظاهرة أمام مقر الأسايش ... هاجموا حاجزاً لقسد، ما أدى إلى إصابة عنصرين'
        between = [t for t in toks if last.end <= t.start < toks[first].start]
        if len(between) <= _words_int("post_reach") and not any(
            t.forms() & _words("post_nouns_again") for t in between
        ):
            return last
    return posts[0] if len({s.value for s in posts}) == 1 else None


def _result_of_lead(text: str, toks: list[Tok], floor: int, first: int) -> bool:
    """The count's sentence, before the count, names the lead's event again by a definite
    noun ('lead_events': 'وأسفر الهجوم عن', 'وأدى الانفجار إلى'): its toll is that event's."""
    events = _words("lead_events")
    return any(t.forms() & events for t in toks if floor <= t.start < toks[first].start)


def _lead_start(text: str, floor: int) -> int:
    """Where the sentence before the one starting at code point ``floor`` starts ('.' and a
    line break between them end one sentence)."""
    at = floor
    while at > 0 and text[at - 1] in " \t\u00a0.\n؟?!":
        at -= 1
    return max(full_stop_before(text, at), 0)


def _words_int(key: str) -> int:
    return int(_data.rules("actors").get("counted_members", {}).get(key, 0))


def _post_of(toks: list[Tok], k: int) -> bool:
    """'سيارة عسكرية تابعة لقوات X', 'حاجز تابع لـ X': a word of belonging ('belonging') at
    token ``k`` right after a post or vehicle noun ('targets' that are no 'not_posts'), perhaps
    with one adjective between (actor convention 10 of late 2026-11-30: members killed in
    their force's vehicle or post are its mention); 'خلية تابعة لـ' is no post."""
    if not toks[k].forms() & _words("belonging") or not toks[k].joined:
        return False
    posts = _words("targets") - _words("not_posts")
    for j in (k - 1, k - 2):
        if j < 0 or not toks[j + 1].joined:
            return False
        if toks[j].forms() & posts:
            return True
    return False


def _attacker_before(
    text: str,
    toks: list[Tok],
    first: int,
    noun: int,
    forces: list[Suggestion],
    partitive: bool = False,
) -> Suggestion | None:
    """Members the subject killed or captured ('وقتلوا 15 عنصراً', 'وأسروا قرابة عشرين عنصراً')
    belong to the one force the sentence named as what the subject attacked or repelled:
    right after a noun of an advance, attack or post ('صدوا محاولة تقدم لقوات النظام',
    'هاجم مسلحون حاجزاً للأمن العسكري', also 'تصدوا لهجوم شنه مسلحو العشائر ... وأسروا 12
    مسلحاً'); not when another force is named with it. With a partitive pronoun after the
    count ('partitive': 'صد محاولة تقدم لقوات النظام ... ومقتل أكثر من 15 عنصراً منهم') a noun
    of harm says it too: 'of them' are the attackers just named."""
    verbs = _words("killing_verbs") | (_words("harm") if partitive else frozenset())
    if not any(toks[m].forms() & verbs for m in range(max(min(noun - 3, first - 2), 0), noun)):
        return None
    floor = _sentence_start(text, toks, noun, 1)
    for s in [s for s in forces if floor <= s.start and s.end <= toks[noun].start]:
        m = index_at(toks, s.start)
        if m is not None and m >= 2 and toks[m - 1].norm in _words("li"):
            m -= 1  # 'محاولة تقدم لـ"قوات النمر"'
        if m is None or m < 1 or not _attacked_before(toks, m):
            continue
        after = index_from(toks, s.end)
        if after is not None and toks[after].joined and toks[after].norm.startswith("و"):
            other = toks[after]
            if any(
                other.start <= f.start < other.end and not f.extra.get("allies") for f in forces
            ):
                return None  # 'محاولة تقدم لقوات النظام ولواء القدس': which one?
            # 'لقوات النظام والميليشيات الموالية لها': its allies, one count of both (24)
        return s
    return None


def _enemy_after(
    text: str, toks: list[Tok], first: int, noun: int, forces: list[Suggestion]
) -> Suggestion | None:
    """'قال الجيش إن قواته قتلت 300 مسلح في معارك ضارية مع الفصائل', 'قتلت وأصابت أكثر من 400
    إرهابي خلال التصدي لهجوم واسع شنته فصائل مسلحة': men the subject killed or captured (an
    'enemy_verbs' word, active, up to two words before the count) are of the one force the rest
    of their sentence names as the one fought (after 'مع' up to two words after a 'clash' word;
    a bare head read by ``_named_by_head``) or as the attacker repelled (after a 'launched' verb
    up to two words after an attack noun). A passive 'قُتل' says nothing of who killed them."""
    verbs = _words("enemy_verbs")
    if not any(toks[m].forms() & verbs for m in range(max(first - 2, 0), first)):
        return None
    last = full_stop_after(text, toks[noun].end)
    clash, launched = _words("clash"), _words("launched")
    attacks = _words("attacked") - _words("attacked_posts")
    named: list[Suggestion] = []
    for m in range(noun + 1, min(noun + 1 + _words_int("enemy_reach"), len(toks) - 1)):
        if toks[m].start >= last:
            break
        near = [toks[j].forms() for j in (m - 1, m - 2) if j > noun]
        group = None
        if toks[m].norm == "مع" and any(f & clash for f in near):
            group = _named_at(toks, m + 1, forces) or _named_by_head(toks, first, m + 1, forces)
        elif toks[m].forms() & launched and any(f & attacks for f in near):
            group = _named_at(toks, m + 1, forces)
        if group is not None:
            named.append(group)
    if len({g.value for g in named}) != 1:
        return None
    at = toks[first].start  # the count's own mention: not widened over the words to the name
    return replace(named[0], start=at, end=toks[noun].end, text=text[at : toks[noun].end])


def _attacker_named(
    text: str, toks: list[Tok], first: int, forces: list[Suggestion]
) -> Suggestion | None:
    """'صدوا هجوماً لقوات النظام ... وقتلوا 12 عنصراً من المهاجمين': members 'of the attackers'
    ('attackers') are the force named right after a noun of attack or advance ('attacked':
    'هجوماً لـ', 'محاولة تقدم لـ', 'تقدم للقوات الحكومية') in their sentence or the one before
    it, the nearest; with allies joined to it ('لقوات النظام والمليشيات الموالية لها') the lead
    force, the first of the forces convention 26 lists; not two attacks of different forces."""
    floor = _sentence_start(text, toks, first, 2)
    named = []
    for s in forces:
        if not floor <= s.start < toks[first].start:
            continue
        m = index_at(toks, s.start)
        attacks = m is not None and m >= 1 and _attacked_before(toks, m, posts=False)
        if attacks or (m is not None and m >= 1 and _attacking(toks, s)):
            named.append(s)
    if not named:
        return None
    last = _sentence_start(text, toks, first, 1)
    near = [s for s in named if s.start >= last] or named
    if len({s.value for s in near}) != 1:
        return None
    return near[0]  # with allies joined to it, the lead force (convention 26 lists them all)


def _attacked_before(toks: list[Tok], m: int, posts: bool = True) -> bool:
    """An 'attacked' noun right before token ``m`` ('محاولة تقدم لقوات النظام'), or before a
    verb of launching it ('launched': 'تصدوا لهجوم شنه مسلحو العشائر'), perhaps with the
    attackers' noun and 'من' between ('هجوم شنّه جهاديون من تنظيم الدولة الإسلامية').
    ``posts``: a post of the force ('attacked_posts': 'حاجزاً لقوات النظام') counts too: what
    a subject attacked; the attackers themselves are never the post's force."""
    attacked = _words("attacked") if posts else _words("attacked") - _words("attacked_posts")
    if toks[m - 1].forms() & attacked:
        return True
    if m >= 4 and toks[m - 1].norm == "من" and toks[m - 1].joined and toks[m - 2].joined:
        m -= 2  # 'شنّه جهاديون من': the launching verb before the attackers' noun
    return (
        m >= 2
        and toks[m - 1].joined
        and bool(toks[m - 1].forms() & _words("launched"))
        and bool(toks[m - 2].forms() & attacked)
    )


def _attacking(toks: list[Tok], s: Suggestion) -> bool:
    """A verb of storming or attacking right after the force's name, in any person
    ('attacking': 'مقاتلين من الدولة الإسلامية اقتحموا مقراً للواء'): the force attacked."""
    k = index_from(toks, s.end)
    return (
        k is not None
        and toks[k].joined
        and verb_forms(toks[k], listed_bases(_words("attacking"))) is not None
    )


def _with_other_side(toks: list[Tok], group: Suggestion, forces: list[Suggestion]) -> bool:
    """'23 عنصراً من قوات النظام والفصائل': members of both sides of the fighting, no single
    group; 'من قوات النظام والمسلحين الموالين لها' is one side."""
    nxt = index_from(toks, group.end)
    if nxt is None or not toks[nxt].joined or not toks[nxt].norm.startswith("و"):
        return False
    if _bare(toks[nxt]) & {w[1:] for w in _words("mixed_with")}:
        return True  # 'من عناصر الأمن والمدنيين': a toll of both
    rebel = group.extra.get("inter") == "Rebel group"
    # the name after 'و' itself ('والفصائل', 'و "جيش الإسلام"'), not one after a new count
    # ('من قوات النظام وسبعة مقاتلين محليين': the next item of a toll, its own party)
    reach = toks[nxt].end + 2 if toks[nxt].norm == "و" else toks[nxt].end
    other = next((s for s in forces if toks[nxt].start <= s.start < reach), None)
    if other is not None:
        return (other.extra.get("inter") == "Rebel group") != rebel
    return not rebel and bool(_words("rebel_heads") & _bare(toks[nxt]))  # 'والفصائل': the rebels


def _names_here(toks: list[Tok], k: int, forces: list[Suggestion]) -> bool:
    return any(s.start <= toks[k].end and toks[k].start <= s.start for s in forces)


def _named_at(toks: list[Tok], k: int, forces: list[Suggestion]) -> Suggestion | None:
    """The force the actor suggester found at token ``k``: its alias starts in the token,
    after its article or ل ('للقوات'), not after ب ('بغارة مسيّرة مجهولة' is the means that
    killed them). A bare head there ('من التنظيم', 'من الفصائل') names no group (convention 2)."""
    tok = toks[k]
    for s in forces:
        if tok.start <= s.start < tok.end and "ب" not in tok.text[: s.start - tok.start]:
            return s
    return None


def _sentence_start(text: str, toks: list[Tok], k: int, sentences: int) -> int:
    """The code point where the sentence holding token ``k`` (and ``sentences - 1`` before
    it) starts."""
    at = toks[k].start
    for _ in range(sentences):
        cut = full_stop_before(text, at)
        if cut < 0:
            return 0
        at = cut
    return at


def _target_before(
    text: str, toks: list[Tok], first: int, noun: int, forces: list[Suggestion]
) -> Suggestion | None:
    """A force named earlier in the sentence as the one fired at ('أطلقوا النار على قوات حفظ
    النظام', 'النار على حاجز لقوات النظام', 'النار على دورية لقوات الأسايش'), when a word of
    harm stands within two words of the count ('ما أدى إلى استشهاد عنصرين')."""
    if not _harm_near(toks, first, noun):
        return None
    floor = _sentence_start(text, toks, noun, 1)
    for s in reversed([s for s in forces if floor <= s.start and s.end <= toks[noun].start]):
        m = index_at(toks, s.start)
        if m is None or m < 2:
            continue
        on = m - 1  # 'على قوات حفظ النظام'
        if toks[on].forms() & _words("targets") and on > 1:
            on -= 1  # 'على حاجز لقوات النظام'
        if not toks[on].forms() & _words("target_words"):
            continue
        # 'النار على', also 'النار على المصلين وعلى عناصر حفظ النظام'
        if any(toks[j].forms() & _words("fire") for j in range(max(on - 4, 0), on)):
            return s
    return None
