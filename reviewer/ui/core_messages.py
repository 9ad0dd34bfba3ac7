"""The core's messages (refusals, import and export reasons) in the interface language.

The core raises ``reviewer.messages.Message`` strings: English text plus an id
and parameters. Here the id's sentence is looked up in Qt's translation
catalogue (context "CoreMessage", listed for lupdate by the generated
``core_message_texts.py``) and the parameters are filled in: messages nested
as parameters are translated in turn, workflow states and field names are
shown by their labels, and anything else that reads left to right (a code, a
date, a figure, a path) is wrapped in a left-to-right isolate so that it keeps
its order inside an Arabic sentence.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from reviewer.errors import ReviewerError, ValidationError
from reviewer.labels import vocab_label
from reviewer.messages import TEMPLATES, Listed, Message, Summary, Terms
from reviewer.textdir import is_right_to_left
from reviewer.ui.language import current_language, display_digits, isolate

CONTEXT = "CoreMessage"
# Parameters that name a workflow state, by the kind of thing the state belongs to.
_STATE_PARAMS = {"current", "target", "options"}


def translate_message(text: str) -> str:
    """``text`` in the interface language when it is a ``Message``, else unchanged.

    A ``Summary`` (a merge's or a sync's report) is translated line by line.
    """
    if isinstance(text, Summary) and current_language() != "en":
        details = [f"  {translate_message(line)}" for line in text.details]
        return "\n".join([translate_message(text.head), *details])
    if not isinstance(text, Message) or current_language() == "en":
        return str(text)  # English is the core's own wording, word for word
    template = QCoreApplication.translate(CONTEXT, TEMPLATES[text.id])
    kind = text.params.get("kind") or _subject_kind(text.params.get("subject"))
    params = {name: _render(name, value, kind) for name, value in text.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return str(text)


def field_label(field: str) -> str:
    """An event or claim field's label in the interface language."""
    from reviewer.ui.event_fields import FIELD_LABELS  # the form's own labels

    if field in FIELD_LABELS:
        return QCoreApplication.translate("EventFields", FIELD_LABELS[field])
    return vocab_label("claim_field", field, current_language())


def error_text(error: BaseException) -> str:
    """What to show the analyst for ``error``: translated when the core said it with an id."""
    if isinstance(error, ValidationError):
        if isinstance(error.message, Message):
            return f"{field_label(error.field)}: {translate_message(error.message)}"
        return str(error)
    if isinstance(error, ReviewerError):
        return translate_message(error.text)
    return str(error)


def error_line(error: BaseException) -> str:
    """``error_text`` as one line for a status line or a label: its first line, or the
    exception's type where it says nothing (a search or a suggestion that failed)."""
    return (error_text(error) or type(error).__name__).splitlines()[0]


def _subject_kind(subject: Any) -> str | None:
    if isinstance(subject, Message) and subject.id.startswith("subject."):
        return subject.id.removeprefix("subject.")
    return None


def _render(name: str, value: Any, kind: str | None) -> str:
    language = current_language()
    if isinstance(value, Message):
        return translate_message(value)
    if isinstance(value, Listed):
        return ("، " if language == "ar" else ", ").join(translate_message(m) for m in value)
    if isinstance(value, Terms):
        separator = "، " if language == "ar" else ", "
        return separator.join(vocab_label(value.kind, term, language) for term in value.values)
    if name in _STATE_PARAMS and kind in ("event", "article"):
        states = value if isinstance(value, list | tuple) else (value,)
        labels = [vocab_label(f"{kind}_status", state, language) for state in states]
        if not labels:
            return translate_message(Message("nothing"))
        return ("، " if language == "ar" else ", ").join(labels)
    if name == "kind":
        return translate_message(Message(f"kind.{value}"))
    if name == "field":
        return field_label(str(value))
    text = display_digits(str(value))
    return text if is_right_to_left(text) else isolate(text)
