"""Who says a claim, what kind of speaker that is, and how they say it.

"قال المرصد السوري إن ..." makes the Observatory the speaker of what follows, a monitoring
group, asserting; "نفى الجيش دخول ..." makes the army the speaker, a party to the fighting,
denying; "3000 سجين" after "أشارت المصادر المحلية أن" is a local source's figure, not
the outlet's. An analyst weighs a figure by exactly this, so every figure suggestion and
every claim carries it.

How a claim finds its speaker (all words are data in resources/suggest/attribution.json):

1. the nearest reporting cue before the claim in its sentence: a verb (قال، نفت، أكد،
   توعد، قيل) or a preposition whose speaker follows (بحسب، وفق، نقلا عن);
2. else a preposition after the claim in the same sentence ("..., بحسب الدفاع المدني");
3. else a headline's "speaker: claim" prefix;
4. else the text's own voice: the outlet's, or a party's when the text is a party's
   statement or state media.

A verb's speaker is the phrase after it (verb-subject order, the usual one in news), else
the words before it in its clause ("المرصد يوثق"), else the previous speaker ("وأضاف").
A participle ("مؤكدا", "متوعدة") always continues the previous speaker; a party statement's
first-person verb ("ننفي", "نتوعد") and a passive one ("قيل", "يُرجّح") speak in the text's
own voice (inside a quotation, 'وأضاف البيان: "ننفي"', its opener's; "ننفي ما يشاع عن"
denies, the rumour reports nothing); a negated verb, a verbal noun after عدم and a relative
clause ("في تصريح نقلته الوزارة") report nothing. A claim inside a quotation belongs to the
verb that opened it.
A bare "المصدر" or "الوزارة" refers back to the last speaker containing it. The
speaker's kind comes from keywords, the actor list (a party) and the source list. The
stance is the cue's, turned into "intends" by a future or intention word (or a negated vow,
"لا ثأر") in the claim's clause and into "hearsay" by a hedge or a passed-on report there.
A plural threat verb with no subject inside an earlier speaker's "إن ..." is what that
speaker reports ("قال مصدر إن الخاطفين ... وهددوا"); with no speaker earlier in its sentence
it takes the subject of an earlier clause ("احتجز مسلحون ... وهددوا").

Verbs that also mean something else report only in their reporting form: "وتابع أن" (or a
quotation of more than a name: 'وتابع الطبيب "أجرينا ..."'),
"علمت X من Y" (Y speaks), "نقل" with عن/أن, "نشر" of a statement (not of checkpoints),
"ردت ... بالقول", "وجاء في البيان أن". After a verb of accusing or addressing another party
("اتهم سكان عناصر من فرقة ... بـ", "أمهلت العشائر قسد") the speaker ends where that party
starts. A speaking verb after a comma with an addressee ("قال مسؤول، تحدث للحرة ...، إن")
describes the speaker before it; a verb after "فإنه" speaks for the clause before's subject
("وإذ يدين المجلس ...، فإنه يطالب قوات التحالف"). A source between commas after a verb's
speaker, a postposed according-to phrase followed by a clause opener, reports nobody signs
("تحدثت أنباء") and a speaker calling a report untrue ("عارية عن الصحة") are handled as their forms
say (issue 18, dev sets 11-17).

The package is one class built in layers, a module each, each layer reading only the ones
before it: ``lexicon`` (the cue words, loaded once), ``records`` (``Attribution``, the
per-cue record), ``forms`` (break marks and small closed word classes), ``reading``
(tokens, sentences, clause breaks), ``source_lines`` (the text's own voice from its header),
``speaker_kind`` (what kind of speaker a phrase names), ``speaker_phrase`` (where a speaker
begins and ends), ``cues`` (finding reporting cues), ``speakers`` (each cue's speaker),
``stance``, ``headlines`` ("speaker: claim" headlines) and ``claims`` (``Attributor``:
which cue covers a claim).
"""

from reviewer.suggest.attribution.claims import Attributor, attribute
from reviewer.suggest.attribution.records import KINDS, STANCES, Attribution

__all__ = ["KINDS", "STANCES", "Attribution", "Attributor", "attribute"]
