"""Sentences the core says to the user, as an id plus parameters.

The core never imports Qt, yet its refusals (a date in the future, a move the
review workflow forbids, a file it cannot import) must reach the window in the
analyst's language. So a refusal is a ``Message``: a ``str`` holding the English
sentence (what the command line prints, what logs and old callers see) that
also carries a stable ``id`` and its ``params``. The window looks the id up in
its translated catalogue (``reviewer/ui/core_messages.py``) and fills in the
parameters, translating those that are vocabulary (statuses, field names) and
keeping codes, dates and figures as they are.

Every id is listed in ``TEMPLATES`` below with its English form; a test checks
that the window's catalogue covers each one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

TEMPLATES: dict[str, str] = {
    # who a refusal is about (used as the {subject} of other messages)
    "subject.event": "event {event}",
    "subject.article": "article {article}",
    "subject.claim": "claim {claim}",
    "subject.conflict": "conflict {conflict}",
    "kind.event": "event",
    "kind.article": "article",
    "nothing": "nothing",
    "no_type": "no type",
    # lookups
    "not_found.event": "event {event}: no such event",
    "not_found.article": "article {article}: no such article",
    "not_found.claim": "claim {claim}: no such claim",
    "not_found.conflict": "conflict {conflict}: no such conflict",
    # review workflow
    "review.unknown_status": "{subject}: '{target}' is not a {kind} status",
    "review.bad_move": (
        "{subject}: cannot go from '{current}' to '{target}' (from '{current}' it can go to"
        " {options})"
    ),
    "review.name_needed": "{subject}: a name is needed to mark it {target}",
    "review.changed_elsewhere": (
        "{subject}: changed elsewhere since it was opened (version {version}, yours"
        " {expected}); reload it"
    ),
    "review.four_eyes": (
        "{subject}: {user} coded this event, and this project requires a different reviewer"
        " (four-eyes review); ask a colleague to review it"
    ),
    "review.open_conflicts": (
        "{subject}: has open conflicts{detail}; resolve them or accept them as a standing"
        " discrepancy before marking it reviewed"
    ),
    "review.conflict_fields": " ({fields})",
    "review.reject_with_events": (
        "{subject}: reports {count} event(s); unlink or delete them before rejecting it as"
        " irrelevant"
    ),
    "review.events_draft": "{subject}: {count} event(s) still draft; mark them coded first",
    "review.events_not_reviewed": "{subject}: {count} event(s) not reviewed yet",
    "review.incomplete": "{subject}: cannot be marked {target}; missing: {missing}",
    "event.only_report": (
        "event {event}: article {article} is its only report; delete the event instead"
    ),
    # event validation
    "event.not_a_field": "not an event field",
    "event.bad_type": "'{value}' is not an ACLED event type",
    "event.bad_sub_type": "'{value}' is not a sub-event type of '{event_type}'",
    "event.bad_date": "'{value}' is not a date (YYYY-MM-DD)",
    "event.date_future": "{date} is in the future",
    "event.date_after_publication": (
        "{date} is after article {article} reporting it was published ({published})"
    ),
    "event.bad_code": "'{value}' is not one of {codes}",
    "event.bad_inter": "'{value}' is not an ACLED inter label",
    "event.bad_count": "'{value}' is not a count of people (0 or more)",
    "event.estimates_order": (
        "{name} estimate {value} is below the {lower_name} estimate {lower}: low <= best <= high"
    ),
    "estimate.low": "low",
    "estimate.best": "best",
    "estimate.high": "high",
    "event.bad_iso": "{iso} is not a country in resources/countries.json",
    "event.bad_country": "'{value}' is not the name of iso {iso}",
    "event.bad_latitude": "{value} is not a latitude (-90..90)",
    "event.bad_longitude": "{value} is not a longitude (-180..180)",
    "event.outside_country": "{value} is outside {country} ({field} {low}..{high})",
    # grades
    "grade.bad_reliability": "'{value}' is not a grade A-F",
    "grade.bad_credibility": "'{value}' is not a grade 1-6",
    "grade.bad_scale": "'{value}' is not one of {scales}",
    "grade.bad_grade": "'{value}' is not a grade such as B2",
    "grade.in_grade": "'{value}': {problem}",
    "grade.outlet_changed": (
        "outlet {outlet}: its {column} was changed elsewhere (now {value}); shown again as stored"
    ),
    "grade.report_changed": (
        "report of article {article} on event {event}: its credibility was changed elsewhere"
        " (now {value}); shown again as stored"
    ),
    "column.reliability": "reliability",
    "column.scale": "scale",
    "not_set": "not set",
    "not_graded": "not graded",
    # claims
    "claim.changed_elsewhere": (
        "claim {claim}: changed elsewhere since it was read ({fields}); reload it"
    ),
    "claim.same_words": (
        "claim {claim} already records these words ({start}..{end}) for {field};"
        " change that claim instead"
    ),
    "claim.bad_field": "'{value}' is not a claim field ({known}, or custom:<name>)",
    "claim.not_a_field": "not a claim field",
    "claim.quote_needed": "quote the article's words for the claim",
    "claim.not_reporting": ("article {article} does not report event {event}; link it first"),
    "claim.choose_value": "choose one of {values}",
    "claim.bad_date": "a date is written YYYY-MM-DD (or YYYY-MM, YYYY)",
    "claim.value_needed": "give the {label} the article claims",
    "claim.bad_qualifier": "'{value}' is not one of {qualifiers}",
    "claim.bad_span": "bad quote span {start}..{end}",
    "claim.quote_mismatch": "the quote does not match article {article} at {start}..{end}",
    "claim.bad_figure": "'{value}' is not a whole number ≥ 0",
    "claim.no_figure": "no figure found in the quote; enter low, best or high",
    "claim.figures_order": "figures must satisfy low ≤ best ≤ high",
    # conflicts
    "conflict.self": "a claim cannot conflict with itself",
    "conflict.other_event": "the two claims belong to different events",
    "conflict.exists": "these claims are already in conflict {conflict}",
    "conflict.exists_closed": (
        "these claims are already in conflict {conflict} ({status}; reopen it first)"
    ),
    "conflict.changed_elsewhere": (
        "{subject}: changed elsewhere since it was shown (now {now}); reload it and decide again"
    ),
    "conflict.decided": "{subject}: already {now}; reopen it to decide again",
    "conflict.open_already": "{subject}: is open already",
    "conflict.value_needed": "give the chosen value or best/low/high",
    "conflict.figures_order": "figures must satisfy 0 ≤ low ≤ best ≤ high",
    "decision.open": "open",
    "decision.resolved": "resolved",
    "decision.dismissed": "dismissed",
    "decision.accepted": "accepted as a standing discrepancy",
    "decision.text": "{status}{by}{when}{chosen}{rationale}",
    "decision.by": " by {name}",
    "decision.on": " on {when}",
    "decision.chosen": ": {value}",
    "decision.why": " — {text}",
    "conflict.why_value": "say why this value was chosen",
    "conflict.why_dismissed": "say why this is not a conflict",
    "conflict.why_standing": "say why the discrepancy stands",
    # importing articles
    "import.missing": "no such file or folder",
    "import.broken_link": "broken symbolic link",
    "import.unreadable": "unreadable ({reason})",
    "import.unreadable_folder": "unreadable folder ({reason})",
    "import.not_regular": "not a regular file (a device, pipe or socket)",
    "import.not_article": "skipped: not an article file ({kind}; reviewer reads {kinds})",
    "import.no_suffix": "no file extension",
    "import.page_folder": "skipped: a saved page's own folder (its images and scripts)",
    "import.empty": "empty file",
    "import.binary": "binary file (contains NUL bytes)",
    "import.bad_bom_text": "invalid {encoding} text after its byte-order mark ({reason})",
    "import.bad_bom_page": "invalid {encoding} text after its byte-order mark",
    "import.undecodable": "undecodable: not UTF-8, UTF-16 with BOM, or Windows-1256 Arabic text",
    "import.binary_nul_chars": "binary file (contains NUL characters)",
    "import.binary_controls": "binary file (control characters in the text)",
    "import.only_space": "empty file (only white space)",
    "import.bad_utf8": "invalid UTF-8 at byte {byte} (a damaged or cut-short UTF-8 file)",
    "import.unknown_charset": "the page declares an unknown charset '{charset}'",
    "import.not_declared_charset": "not valid {charset} text, though the page declares it",
    "import.undecodable_html": (
        "undecodable: not UTF-8, no declared charset, not Windows-1256 Arabic"
    ),
    "import.bad_html": "HTML the parser cannot read ({reason})",
    "import.too_large": "too large ({size} MB; the limit is {limit} MB)",
    "import.empty_page": "empty page (no visible text)",
    "import.not_docx": "not a Word .docx file ({reason})",
    "import.docx_not_zip": "not a zip package",
    "import.docx_no_document": "no word/document.xml",
    "import.docx_too_large": "Word file unpacks to {size} MB (the limit is {limit} MB)",
    "import.bad_docx": "damaged Word file ({reason})",
    "import.empty_docx": "empty Word document (no text)",
    "import.pdf_encrypted": "encrypted PDF (it needs a password)",
    "import.bad_pdf": "damaged PDF ({reason})",
    "import.pdf_scanned": (
        "no text layer ({letters} letters in {pages} pages): a scanned PDF needs OCR"
    ),
    "import.arabic_visual_unrepairable": (
        "Arabic stored in visual order that could not be reliably put back in reading order"
    ),
    "import.arabic_mixed_order": (
        "Arabic in mixed or unclear order ({forwards} words read forwards, {backwards}"
        " backwards): it cannot be stored reliably"
    ),
    "import.not_a_feed": "not an RSS or Atom feed",
    "import.feed_without_text": "feed without items that have text",
    "import.write_failed": (
        "could not write to the project ({reason}); the {kept} articles imported before this"
        " batch are kept, run the import again for the rest"
    ),
    # an article's date and outlet, as the analyst says
    "article.bad_published": "published: '{value}' is not a date (YYYY-MM-DD)",
    "article.published_future": "published: {date} is in the future",
    # exporting
    "export.is_a_file": "{folder}: is a file, not a folder",
    "export.cannot_create": "{folder}: cannot create the folder ({reason})",
    "export.bad_date": "{option}: '{value}' is not a date (YYYY-MM-DD)",
    "export.dates_order": "--from {date_from} is after --to {date_to}",
    "export.cannot_write": "{folder}: cannot write here ({reason})",
    "export.no_temp_file": "{folder}: cannot create a temporary file",
    # a project's own places and actors (the pickers' "+ Add" dialogs)
    "vocab.actor_name_needed": "an actor needs a name",
    "vocab.actor_known": "'{name}' is already in the actor list",
    "vocab.place_name_needed": "a place needs an English name (ACLED's location)",
    "vocab.both_coordinates": "give both latitude and longitude, or neither",
    "vocab.outside_country": "{latitude}, {longitude} is outside {country}",
    # evidence spans
    "evidence.not_a_field": "not an event field that evidence can support",
    "evidence.outside": "span {start}..{end} is not inside article {article} (0..{length})",
    "evidence.not_reporting": "article {article} does not report event {event}",
    "not_found.evidence": "evidence {evidence}: no such span",
    # the project file and the disk, as any command (or the window) meets them
    "project.missing": (
        "{path}: no such project (nothing was created; check --db, or start one with"
        " 'reviewer import')"
    ),
    "project.in_file": "{path}: {reason}",
    "file.os_error": "{file}: {reason}",
    "db.disk_full": "the disk is full; nothing more was written (free some space and run it again)",
    "db.read_only": "cannot write to the project (read-only file or folder)",
    "db.locked": "another program kept the project locked; try again",
    "db.error": "database error ({reason})",
    "value.too_large": "a number is too large to store ({reason})",
    "backup.onto_itself": "{path}: is the project file itself",
    "report.cannot_write": "{path}: cannot write the report ({reason})",
    "sync.no_server": "no team server yet: give one with --server URL",
    # importing an ACLED-format CSV of events (one reason per rejected row)
    "csv.empty": "{path}: empty file",
    "csv.missing": "{path}: no such file",
    "csv.is_folder": "{path}: is a folder, not a CSV file",
    "csv.not_utf8": "{path}: not UTF-8 text ({reason})",
    "csv.bad_csv": "{path}: cannot be read as CSV ({reason})",
    "csv.unreadable": "{path}: cannot be read ({reason})",
    "events_csv.not_acled": "{path}: not an ACLED-format CSV (no column {columns})",
    "row.cells": "{cells} cells, the header has {header}",
    "row.field": "{column}: {reason}",
    "row.code_exists": "event_id_cnty '{code}' is already here",
    "row.number_too_large": "a number is too large to store",
    "row.bad_status": "x_status: '{value}' is not one of {values}",
    "row.year_mismatch": "year: {year} does not match event_date {date}",
    "row.open_conflict": "x_status 'reviewed' with x_conflict_status 'open': decide the conflict",
    "row.status_given": "x_status '{status}'",
    "row.status_default": "status 'coded' (no x_status)",
    "row.missing": "{status}: missing {missing}",
    "row.gap": "{label} ({columns})",
    "row.date_empty": "event_date: empty (only a draft may lack a date)",
    "row.bad_date": "event_date: '{value}' is not a date (YYYY-MM-DD)",
    "row.not_whole": "{column}: '{value}' is not a whole number",
    "row.too_large": "{column}: '{value}' is too large to store",
    "row.digits": "{start}… ({count} digits)",
    "row.not_one_of": "{column}: {value} is not one of {values}",
    "row.bad_type": "event_type: '{value}' is not an ACLED event type",
    "row.bad_sub_type": "sub_event_type: '{value}' is not a sub-event type of '{event_type}'",
    "row.bad_inter": "{column}: '{value}' is not an ACLED inter code or label",
    "row.bad_civilians": "civilian_targeting: '{value}' (expected '{expected}' or empty)",
    "row.not_number": "{column}: '{value}' is not a number",
    "row.outside": "{column}: {value} is outside -{limit}..{limit}",
    "row.negative": "{column}: {value} is negative",
    "row.best_differs": "x_fatalities_best: {best} differs from fatalities {fatalities}",
    "row.fatalities_order": "fatalities: low {low}, best {best}, high {high} are not in order",
    # an import manifest (CSV beside the articles)
    "manifest.unreadable": "{path}: cannot read manifest ({reason})",
    "manifest.missing_column": "{path}: manifest has no '{column}' column",
    "manifest.unknown_column": "{path}: unknown manifest column '{column}'",
    "manifest.bad_published": "{path}, line {line}: published '{value}' is not YYYY-MM-DD",
    # the project file: opening, backups, restoring, putting history back
    "db.is_folder": "{path}: is a folder, not a project file",
    "db.cannot_create_folder": "{folder}: cannot create the folder ({reason})",
    "db.read_only_file": (
        "{path}: cannot be changed here (read-only file or folder); list, show, search,"
        " export, check and backup still work"
    ),
    "db.foreign": "{path}: is an SQLite database of another program; it was left untouched",
    "db.damaged": "{path}: the project file is damaged ({damage}); it was left untouched{hint}",
    "db.damaged_found": "{path}: the project file is damaged ({damage}){hint}",
    "db.unreadable": (
        "{path}: not a reviewer project file or damaged ({reason}); it was left untouched{hint}"
    ),
    "db.backup_hint": ". The newest automatic backup is {backup}",
    "db.too_new": (
        "{path}: written by a newer version of reviewer (schema {version}, this version reads"
        " up to {supported}); upgrade reviewer. The file was not changed."
    ),
    "db.missing": "{path}: no such project file",
    "db.too_old_read_only": (
        "{path}: was written by an older version of reviewer and must be upgraded, which needs"
        " write access to its folder; copy the project somewhere writable"
    ),
    "db.busy": "{path}: another program has kept it locked for {seconds} s; try again",
    "db.upgrade_cancelled": (
        "{path}: updating the project for this version was cancelled; the step under way was"
        " undone, its search index kept, and the update starts again when it is next opened"
    ),
    "db.cannot_open": "{path}: cannot be opened ({reason})",
    "db.read_failed": "{path}: the project file cannot be read ({reason})",
    "db.unsaved_wal": (
        "{path}: its folder is read-only and it still has unsaved changes in {wal}; copy the"
        " project with that file to a writable folder and open it there"
    ),
    "backup.in_memory": "an in-memory database has no file to back up",
    "backup.exists": "{path}: already exists; choose a new name",
    "backup.cannot_create_folder": "{folder}: cannot create folder ({reason})",
    "backup.check_failed": "{path}: the copy fails SQLite's check ({verdict})",
    "backup.failed": "{path}: backup failed ({reason})",
    "restore.no_backup": "{path}: no such backup file",
    "restore.in_use": (
        "{path}: is open in reviewer or another program; close it and run restore again"
    ),
    "history.cannot_restore": "{table} {row}: cannot be put back ({reason})",
    "history.conflict_changed": "conflict {conflict} was changed meanwhile",
    # records and values of the project
    "article.bad_status": "status: '{value}' is not one of {values}",
    "value.not_one_of": "'{value}' is not one of {values}",
    "not_found.outlet": "source {source}: no such outlet",
    "outlet.name_needed": "give the outlet's name",
    "evidence.quote_mismatch": (
        "quote {quote} is not the article's text at {start}..{end} ({actual})"
    ),
    # accepting a suggestion
    "suggestion.not_a_field": "'{text}' is a {what}, not an event field",
    "suggestion.both_actors": "actor 1 and actor 2 are both set; clear one to accept this actor",
    "suggestion.no_date": "'{text}': no date known to resolve it against",
    "suggestion.bad_hint": "hint '{value}' is not an ACLED sub-event type",
    # team work: assigning, merging, adjudicating
    "assign.two_analysts": "double coding needs two or more analysts (e.g. --analysts A,B)",
    "assign.one_way": "choose the articles one way: a count, a percentage or a list",
    "assign.name_first": "give your name first: done is marked for an analyst",
    "assign.not_assigned": "article {article} is not assigned to {analyst}",
    "assign.bad_percent": "{percent}%: give a percentage above 0 and up to 100",
    "assign.bad_count": "give a count of 1 or more articles",
    "assign.bad_article_ids": "--articles {articles}: give article ids like 3,7,12",
    "merge.same_project": "{path}: is this same project (or a copy of it)",
    "merge.not_project": "{path}: is not a reviewer project file",
    "merge.too_new": (
        "{path}: written by a newer version of reviewer (schema {version}, this version reads"
        " up to {supported}); upgrade reviewer to merge it"
    ),
    "merge.unreadable": "{path}: cannot be read as a project file ({reason})",
    "adjudication.too_few": "adjudication compares two or more coders' events",
    "adjudication.not_adjudicated": "event {event} is not an adjudicated event",
    "adjudication.pick_value": "the coders differ here: pick a value or enter one",
    "adjudication.rationale": "give a rationale for this choice",
    "adjudication.not_whole": "'{value}' is not a whole number",
    "adjudication.not_number": "'{value}' is not a number",
    # the team server and syncing
    "server.cannot_connect": "{server}: cannot connect ({reason})",
    "server.too_new": (
        "{server}: set up by a newer reviewer (server schema {version}); upgrade reviewer"
    ),
    "server.setup_failed": "{server}: set-up failed ({reason})",
    "server.bad_role": "role '{role}': choose one of {roles}",
    "server.cannot_add_analyst": "{server}: cannot add analyst '{name}' ({reason})",
    "sync.who": "the server did not say who is logged in",
    "sync.no_conflict": "sync conflict {conflict}: no such open conflict",
    "sync.stopped": "{server}: sync stopped ({reason})",
    "sync.upload_stopped": "{server}: upload stopped ({reason})",
    # exporting, reporting and other commands
    "export.write_failed": "{file}: cannot write the export ({reason}); no file was changed",
    "export.cancelled": "export cancelled; no file was written",
    "report.cancelled": "report cancelled; no file was written",
    "render.bad_size": "--size: '{size}' is not WIDTHxHEIGHT",
    "suggest.no_article": "{article}: no such file (and not an article id)",
    # result summaries (a merge, a sync, an import of events), line by line
    "merge.summary": "merged {path}",
    "merge.nothing_new": "nothing new: everything in it is already here",
    "merge.added": "{table}: {count} added",
    "merge.marked_done": "assignments: {count} marked done",
    "merge.history": "history: {count} audit rows",
    "merge.renamed_code": "event code {old} is taken here: brought in as {new}",
    "merge.grade_differs": "outlet {outlet}: graded {theirs} there, {ours} here (kept)",
    "merge.sqlite_error": "{path}: the merge stopped on a database error ({reason})",
    "sync.summary": (
        "synced with {server} as {login}: pushed {pushed} records ({articles_pushed} articles,"
        " {reviews_pushed} reviews), pulled {pulled} ({articles_pulled} articles,"
        " {reviews_pulled} reviews)"
    ),
    "sync.refused_line": "refused by the server: {text}",
    "sync.conflict_line": "conflict to decide: {text}",
    "sync.not_yours": "{table} {uid}: not yours to change",
    "sync.refused_reason": "{table} {uid}: {reason}",
    "sync.conflict": "{table} {uid}: {fields} changed by {by} meanwhile",
    "sync.review_refused": (
        "review of event {uid}: only a reviewer who did not code it may review it"
    ),
    "sync.assign_refused": (
        "assignment of {analyst}: only admins and adjudicators assign articles"
    ),
    "sync.missing_parent": "{table} {uid}: its {missing} is not on this laptop",
    "sync.record": "{table} {identity}",
    "sync.outlet_graded": (
        "outlet {outlet}: {by} graded it on the server meanwhile; their grade is taken"
        " here (yours was {ours})"
    ),
    "sync.server_behind": (
        "{server}: the server's schema is version {version} and this reviewer needs"
        " {wanted}; an admin brings it up to date with 'reviewer server init'"
    ),
    "sync.outlet_refused": "outlet {outlet}: the server's grade was not applied ({reason})",
    "agreement.no_variation": "no variation: one value throughout",
    "agreement.no_units": "no unit has two values",
    "events_csv.summary": "{imported} events imported, {rejected} rows rejected",
    "events_csv.summary_resumed": (
        "{imported} events imported, {rejected} rows rejected (resumed an interrupted import"
        " of this file at row {row}; before that it had imported {imported_before} events and"
        " rejected {rejected_before} rows)"
    ),
    # the project's tables, as a summary names them (others stay as their code)
    "table.events": "events",
    "table.reports": "reports",
    "table.claims": "claims",
    "table.evidence": "evidence",
    "table.conflicts": "conflicts",
    "table.conflict_claims": "conflict_claims",
    "table.articles": "articles",
    "table.article_metadata": "article_metadata",
    "table.sources": "sources",
    "table.analysts": "analysts",
    "table.assignments": "assignments",
    "table.adjudications": "adjudications",
    "table.adjudication_choices": "adjudication_choices",
    "table.adjudication_sources": "adjudication_sources",
    "table.custom_actors": "custom_actors",
    "table.custom_places": "custom_places",
    "table.event_pairings": "event_pairings",
    "table.event_import_values": "event_import_values",
    "table.import_batches": "import_batches",
    "table.suggestion_rejections": "suggestion_rejections",
    "table.reviews": "reviews",
}


@dataclass(frozen=True)
class Terms:
    """Vocabulary values listed in a message ('date, actor 1'), each translatable.

    ``kind`` names the vocabulary for ``reviewer.labels.vocab_label``.
    """

    kind: str
    values: tuple[str, ...]

    def __str__(self) -> str:
        return ", ".join(self.values)


class Listed(tuple):
    """Messages said one after another, "a (x), b (y)": the window translates each one.

    (A plain list parameter is quoted item by item instead; see ``_english``.)
    """

    def __str__(self) -> str:
        return ", ".join(str(item) for item in self)


class Summary(str):
    """A result's report: a headline, then one indented line per detail, each a ``Message``.

    As a ``str`` it is the English the command line prints ("merged x.sqlite" and
    "  events: 3 added" below it); the window translates ``head`` and each of
    ``details`` on its own (``reviewer.ui.core_messages.translate_message``).
    """

    head: str
    details: tuple[str, ...]

    def __new__(cls, head: str, details: Iterable[str] = ()) -> Summary:
        details = tuple(details)
        summary = super().__new__(cls, "\n".join([str(head), *(f"  {d}" for d in details)]))
        summary.head, summary.details = head, details
        return summary

    @property
    def lines(self) -> tuple[str, ...]:
        return (self.head, *self.details)

    def __reduce__(self) -> tuple:
        return (Summary, (self.head, self.details))


def table_name(table: str) -> str:
    """A table's name as a summary says it: a ``Message`` when known, else the bare code."""
    return Message(f"table.{table}") if f"table.{table}" in TEMPLATES else table


def _english(value: Any) -> str:
    """A parameter as the English sentence shows it: lists quoted and joined."""
    if isinstance(value, Listed):
        return str(value)
    if isinstance(value, list | tuple):
        return ", ".join(f"'{item}'" for item in value) or str(Message("nothing"))
    return str(value)


class Message(str):
    """An English sentence that also knows its id and parameters (see module doc).

    ``Message("event.date_future", date="2030-01-01")`` equals the string
    "2030-01-01 is in the future"; ``.id`` and ``.params`` let the window
    translate it. Parameters that are themselves messages are translated too.
    """

    id: str
    params: dict[str, Any]

    def __new__(cls, id: str, **params: Any) -> Message:
        text = TEMPLATES[id].format(**{name: _english(v) for name, v in params.items()})
        message = super().__new__(cls, text)
        message.id = id
        message.params = params
        return message

    def __reduce__(self) -> tuple:  # pickled across the import's worker process
        return (_restore, (self.id, self.params))


def _restore(id: str, params: dict[str, Any]) -> Message:
    return Message(id, **params)


def message_ids(messages: Iterable[str]) -> list[str]:
    """The ids of those ``messages`` that are ``Message``s (for tests and logs)."""
    return [m.id for m in messages if isinstance(m, Message)]
