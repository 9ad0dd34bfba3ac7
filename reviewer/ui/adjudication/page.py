"""The Adjudication page: one article's coders' events, paired and decided field by field.

The page follows the article open on the Coding page. It lists the article's
groups of matched events (automatic pairing, or a person's); the pairing can
be confirmed, a group split, or two groups joined, and is then stored. For a
group of two or more coders the grid shows every field side by side; "Save
adjudicated event" creates the event that is reviewed and exported. Saving is
one step on the window's undo stack (Ctrl+Z takes the adjudicated event back).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.labels import vocab_label
from reviewer.matching import EventGroup
from reviewer.project import Project
from reviewer.team.adjudication import (
    Choice,
    adjudicate,
    adjudicated_event_for,
    compare,
    figures_to_conflicts,
    undo_adjudication,
)
from reviewer.team.assign import is_blind
from reviewer.team.coding import article_groups, save_pairing
from reviewer.ui.adjudication.grid import AdjudicationGrid
from reviewer.ui.core_messages import error_text
from reviewer.ui.event_fields import FIELD_LABELS
from reviewer.ui.language import current_language, isolate, translate
from reviewer.ui.name_display import project_names, shipped_names


def describe_group(number: int, group: EventGroup) -> str:
    first = group.members[group.coders[0]]
    language = current_language()
    what = (
        vocab_label("sub_event_type", first.get("sub_event_type"), language)
        or vocab_label("event_type", first.get("event_type"), language)
        or translate("AdjudicationPage", "(no type)")
    )
    when = isolate(first.get("event_date") or "") or translate("AdjudicationPage", "no date")
    place = shipped_names().place(first.get("location"), language, arabic=first.get("location_ar"))
    where = place or translate("AdjudicationPage", "no place")
    who = ", ".join(group.coders)
    found = (
        translate("AdjudicationPage", "found by {coders}")
        if len(group.members) > 1
        else translate("AdjudicationPage", "found by {coders} only")
    ).format(coders=who)
    mark = " ✓" if group.confirmed else ""
    comma = "، " if language == "ar" else ", "
    return f"{number}. {what}{comma}{when}{comma}{where} — {found}{mark}"


class AdjudicationPage(QWidget):
    open_conflicts = Signal(int)  # event id whose conflicting claims to show
    adjudicated = Signal(int)  # article id whose events changed

    def __init__(self, project: Project, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent, objectName="adjudicationPage")
        self.project = project
        self.undo_stack = undo_stack
        self._article_id: int | None = None
        self._groups: list[EventGroup] = []
        self.heading = QLabel(objectName="adjudicationHeading", wordWrap=True)
        self.group_box = QComboBox(objectName="adjudicationGroups")
        self.group_box.currentIndexChanged.connect(self._show_group)
        self.confirm_button = QPushButton(self.tr("Confirm pairing"), objectName="confirmPairing")
        self.split_button = QPushButton(self.tr("Split this group"), objectName="splitGroup")
        self.join_box = QComboBox(objectName="joinGroups")
        self.join_button = QPushButton(self.tr("Join with"), objectName="joinGroup")
        self.confirm_button.clicked.connect(self.confirm_pairing)
        self.split_button.clicked.connect(self.split_group)
        self.join_button.clicked.connect(self.join_group)
        self.grid = AdjudicationGrid(self)
        self.grid.choices_changed.connect(self._update_state)
        self.message = QLabel(objectName="adjudicationMessage", wordWrap=True)
        self.conflicts_button = QPushButton(
            self.tr("Open conflicting claims"), objectName="openConflicts"
        )
        self.conflicts_button.clicked.connect(self._open_conflicts)
        self.save_button = QPushButton(
            self.tr("Save adjudicated event"), objectName="saveAdjudication"
        )
        self.save_button.setShortcut(QKeySequence("Ctrl+Shift+Return"))
        self.save_button.clicked.connect(self.save)

        pairing = QHBoxLayout()
        pairing.addWidget(QLabel(self.tr("Event:")))
        pairing.addWidget(self.group_box, 1)
        for widget in (self.confirm_button, self.split_button, self.join_button, self.join_box):
            pairing.addWidget(widget)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addWidget(self.conflicts_button)
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(pairing)
        layout.addWidget(self.grid, 1)
        layout.addLayout(actions)
        self.show_article(None)

    # -- what is shown -----------------------------------------------------------------

    def show_article(self, article_id: int | None, title: str = "") -> None:
        self._article_id = article_id
        self._title = title
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        current = self.group_box.currentIndex() if select is None else select
        self._groups = []
        article_id = self._article_id
        if article_id is not None and is_blind(self.project.db, article_id, self.project.analyst):
            self.heading.setText(
                f"{self._title}\n"
                + self.tr(
                    "Coding of this article is blind until every assigned analyst "
                    "has marked their coding done."
                )
            )
        elif article_id is not None:
            self._groups = article_groups(self.project.db, article_id)
            several = sum(len(g.members) > 1 for g in self._groups)
            self.heading.setText(
                f"{self._title}\n"
                + self.tr(
                    "{events} events, {several} found by two or more coders. Click a coder's "
                    "value to take it, or type another; give a rationale."
                ).format(events=len(self._groups), several=several)
            )
        else:
            self.heading.setText(self.tr("Open an article on the Coding page to adjudicate it."))
        self.group_box.blockSignals(True)
        self.group_box.clear()
        for number, group in enumerate(self._groups, start=1):
            self.group_box.addItem(describe_group(number, group))
        self.group_box.blockSignals(False)
        if self._groups:
            self.group_box.setCurrentIndex(min(max(current, 0), len(self._groups) - 1))
        self._show_group()

    def current_group(self) -> EventGroup | None:
        index = self.group_box.currentIndex()
        return self._groups[index] if 0 <= index < len(self._groups) else None

    def _show_group(self, _index: int = -1) -> None:
        group = self.current_group()
        self.join_box.clear()
        if group is None:
            self.grid.show_group([], [], set())
            self._update_state()
            return
        for number, other in enumerate(self._groups, start=1):
            if other is not group and not set(other.members) & set(group.members):
                self.join_box.addItem(describe_group(number, other), number - 1)
        self._done_as = adjudicated_event_for(self.project.db, group.event_ids())
        self._to_conflicts = figures_to_conflicts(self.project.db, group)
        self.grid.names = project_names(self.project.db)  # the project's own entries too
        self.grid.show_group(
            group.coders, compare(group), self._to_conflicts, read_only=self._done_as is not None
        )
        self._update_state()

    def _update_state(self) -> None:
        group = self.current_group()
        several = group is not None and len(group.members) > 1
        done = several and getattr(self, "_done_as", None) is not None
        self.save_button.setEnabled(several and not done)
        self.split_button.setEnabled(several and not done)
        self.join_button.setEnabled(self.join_box.count() > 0)
        self.confirm_button.setEnabled(bool(self._groups))
        self.conflicts_button.setEnabled(bool(done or (several and self._to_conflicts)))
        if group is None:
            self.message.setText("")
        elif not several:
            self.message.setText(
                self.tr(
                    "Found by one coder only: nothing to compare. Join it with another coder's "
                    "event if they are the same event."
                )
            )
        elif done:
            code = self.project.db.execute(
                "SELECT event_id_cnty FROM events WHERE id = ?", [self._done_as]
            ).fetchone()
            self.message.setText(
                self.tr("Adjudicated as {event}.").format(
                    event=isolate(str(code[0] if code else self._done_as))
                )
            )
        else:
            left = self.grid.undecided()
            if not left:
                self.message.setText(
                    self.tr("Every difference is decided: save the adjudicated event.")
                )
            elif current_language() == "en":
                self.message.setText(
                    f"{len(left)} difference{'s' if len(left) > 1 else ''} to decide: "
                    f"{', '.join(left)}"
                )
            else:
                names = "، ".join(FIELD_LABELS.get(field, field) for field in left)
                self.message.setText(
                    self.tr("%n difference(s) to decide: {fields}", "", len(left)).format(
                        fields=names
                    )
                )

    # -- pairing -----------------------------------------------------------------------

    def _store(self, groups: list[list[int]]) -> None:
        if self._article_id is None:
            return
        save_pairing(self.project, self._article_id, groups)
        self.refresh()

    def confirm_pairing(self) -> None:
        self._store([g.event_ids() for g in self._groups])

    def split_group(self) -> None:
        group = self.current_group()
        if group is None:
            return
        groups = [g.event_ids() for g in self._groups if g is not group]
        groups += [[event_id] for event_id in group.event_ids()]
        self._store(groups)

    def join_group(self) -> None:
        group, other_index = self.current_group(), self.join_box.currentData()
        if group is None or other_index is None:
            return
        other = self._groups[other_index]
        groups = [g.event_ids() for g in self._groups if g is not group and g is not other]
        self._store([*groups, group.event_ids() + other.event_ids()])

    # -- deciding ----------------------------------------------------------------------

    def save(self) -> int | None:
        group, article_id = self.current_group(), self._article_id
        if group is None or article_id is None or len(group.members) < 2:
            return None
        try:
            choices = self.grid.choices()
            command = _AdjudicateCommand(self, article_id, group, choices)
            self.undo_stack.push(command)
        except ReviewerError as exc:
            self.message.setText(self.tr("Not saved: {reason}").format(reason=error_text(exc)))
            return None
        return command.event_id

    def _open_conflicts(self) -> None:
        group = self.current_group()
        event_id = getattr(self, "_done_as", None)
        if group is not None and event_id is not None:
            self.open_conflicts.emit(event_id)
        elif group is not None:
            self.message.setText(
                self.tr(
                    "Save the adjudicated event first: the coders' figure claims are carried to "
                    "it and their disagreement is decided on the Conflicts page."
                )
            )


class _AdjudicateCommand(QUndoCommand):
    """Saving an adjudicated event; undo deletes it, redo makes it again."""

    def __init__(
        self, page: AdjudicationPage, article_id: int, group: EventGroup, choices: dict[str, Choice]
    ) -> None:
        super().__init__(translate("AdjudicationPage", "adjudicate an event"))
        self.page, self.article_id, self.group, self.choices = page, article_id, group, choices
        # the first redo (on push) must not swallow a refusal: make the event now
        self.event_id: int | None = adjudicate(page.project, article_id, group, choices)
        self._first = True

    def redo(self) -> None:
        if not self._first:
            self.event_id = adjudicate(self.page.project, self.article_id, self.group, self.choices)
        self._first = False
        self._changed()

    def undo(self) -> None:
        if self.event_id is not None:
            undo_adjudication(self.page.project.db, self.event_id)
        self._changed()

    def _changed(self) -> None:
        self.page.refresh()
        self.page.adjudicated.emit(self.article_id)
