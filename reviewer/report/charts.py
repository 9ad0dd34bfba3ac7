"""The report's charts as PNG, with Arabic labels drawn joined and right-to-left.

Matplotlib is used through ``Figure`` and the Agg canvas only (no pyplot, no GUI
backend), so charts can be made from the CLI, a server or the Qt app alike.

Arabic text: matplotlib >= 3.11 lays text out with libraqm, which shapes and
reorders Arabic itself, so it must get logical-order text, like Qt. Older
matplotlib draws code points one by one, left to right, so it needs the text
already shaped and in visual order (arabic-reshaper + python-bidi).
``chart_text`` picks by asking matplotlib's font module; giving reshaped text to
a libraqm build would draw it reversed.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import sqlite_utils

from reviewer.arabic import display_for_terminal
from reviewer.paths import load_resource_json, resource_path

ARABIC_FONT_FILES = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")
ARABIC_FAMILY = "Noto Naskh Arabic"
LATIN_FAMILY = "DejaVu Sans"  # ships with matplotlib, so it is always there
CHART_NAMES = ("timeline", "governorates", "conflicts", "agreement")
EVENT_STATUS_ORDER = ("draft", "coded", "reviewed")
CONFLICT_STATUS_ORDER = ("open", "resolved", "dismissed", "accepted")
DPI = 110

_EVENT_TYPE_COLOURS = (
    "#1b7f8e", "#e8630a", "#6a51a3", "#c0392b", "#2e8b57", "#b8860b", "#7f7f7f",
)  # fmt: skip
_STATUS_COLOURS = {"draft": "#c9d6dc", "coded": "#7fb3c0", "reviewed": "#1b7f8e"}
_CONFLICT_COLOURS = {
    "open": "#e8630a", "resolved": "#2e8b57", "dismissed": "#7f939d", "accepted": "#1b7f8e",
}  # fmt: skip


# -- Arabic for matplotlib ------------------------------------------------------------


def matplotlib_shapes_text() -> bool:
    """True when this matplotlib lays out text with libraqm (shaping + bidi)."""
    from matplotlib import ft2font

    return bool(getattr(ft2font, "__libraqm_version__", None))


def chart_text(text: str) -> str:
    """``text`` in the form this matplotlib draws correctly (see the module doc)."""
    if matplotlib_shapes_text() or not _has_arabic(text):
        return text
    return "\n".join(display_for_terminal(line) for line in text.split("\n"))


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in text)


@cache
def register_fonts() -> tuple[str, ...]:
    """Register the bundled Arabic font with matplotlib (once per process)."""
    from matplotlib import font_manager

    for name in ARABIC_FONT_FILES:
        font_manager.fontManager.addfont(str(resource_path("fonts", name)))
    return ARABIC_FONT_FILES


def font_families(text: str) -> list[str]:
    """Noto Naskh for text with Arabic (Latin letters fall back to DejaVu), else DejaVu."""
    return [ARABIC_FAMILY, LATIN_FAMILY] if _has_arabic(text) else [LATIN_FAMILY]


def _font(text: str) -> dict[str, Any]:
    """Keyword arguments giving a text artist the right font for ``text``."""
    return {"fontfamily": font_families(text)}


# -- data -----------------------------------------------------------------------------


@dataclass
class ReportData:
    """Counts the charts draw; ``load_report_data`` fills it from a project."""

    # (day, event_type) -> reviewed events
    timeline: dict[tuple[str, str], int] = field(default_factory=dict)
    # (admin1 or None, status) -> events
    governorates: dict[tuple[str | None, str], int] = field(default_factory=dict)
    # status -> conflicts
    conflicts: dict[str, int] = field(default_factory=dict)
    # inter-coder agreement (reviewer.agreement.AgreementReport), drawn by agreement_chart
    agreement: Any = None


def load_report_data(db: sqlite_utils.Database) -> ReportData:
    data = ReportData()
    for day, event_type, n in db.execute(
        """SELECT event_date, COALESCE(event_type, ''), COUNT(*) FROM events
           WHERE status = 'reviewed' AND event_date IS NOT NULL AND event_date != ''
           GROUP BY 1, 2 ORDER BY 1, 2"""
    ):
        data.timeline[(day, event_type)] = n
    for admin1, status, n in db.execute(
        "SELECT NULLIF(admin1, ''), status, COUNT(*) FROM events GROUP BY 1, 2"
    ):
        data.governorates[(admin1, status)] = n
    for status, n in db.execute("SELECT status, COUNT(*) FROM conflicts GROUP BY 1"):
        data.conflicts[status] = n
    from reviewer.agreement import compute_agreement

    agreement = compute_agreement(db)
    data.agreement = agreement if agreement.articles else None
    return data


@cache
def labels() -> dict[str, Any]:
    return load_resource_json("report_labels.json")


@cache
def governorate_names_ar() -> dict[str, str]:
    """ACLED admin1 spelling -> Arabic name, from the bundled gazetteer."""
    places = json.loads(
        resource_path("gazetteer", "syria_places.json").read_text(encoding="utf-8")
    )["places"]
    return {
        p["admin1"]: p["name_ar"]
        for p in places
        if p.get("kind") == "governorate" and p.get("admin1") and p.get("name_ar")
    }


def bilingual(key: dict[str, str]) -> str:
    return f"{key['en']}\n{key['ar']}"


def event_type_label(event_type: str) -> str:
    arabic = labels()["event_types"].get(event_type)
    name = event_type or "type not set"
    return f"{name} · {arabic}" if arabic else name


def governorate_label(admin1: str | None) -> str:
    if admin1 is None:
        unknown = labels()["unknown_governorate"]
        return f"{unknown['en']} · {unknown['ar']}"
    arabic = governorate_names_ar().get(admin1)
    return f"{admin1} · {arabic}" if arabic else admin1


# -- figures ----------------------------------------------------------------------------


def _figure(width: float, height: float):
    from matplotlib.figure import Figure

    register_fonts()
    figure = Figure(figsize=(width, height), dpi=DPI, layout="constrained")
    return figure, figure.add_subplot()


def _finish(ax, title_key: str, *, empty: bool) -> None:
    title = bilingual(labels()["titles"][title_key])
    ax.set_title(chart_text(title), fontsize=12, **_font(title))
    if empty:
        ax.set_axis_off()
        note = bilingual(labels()["empty"][title_key])
        ax.text(
            0.5, 0.5, chart_text(note), transform=ax.transAxes, ha="center", va="center",
            fontsize=13, color="#555555", **_font(note),
        )  # fmt: skip
    ax.spines[["top", "right"]].set_visible(False)


def _legend(ax, loc: str) -> None:
    """A legend beside the axes, where it cannot hide bars (constrained layout makes room)."""
    texts = "".join(ax.get_legend_handles_labels()[1])
    ax.legend(
        loc=loc, bbox_to_anchor=(1.01, 1 if "upper" in loc else 0), frameon=False,
        prop={"family": font_families(texts), "size": 9},
    )  # fmt: skip


def _axis_label(ax, axis: str, text: str) -> None:
    setter = ax.set_ylabel if axis == "y" else ax.set_xlabel
    setter(chart_text(text), **_font(text))


def timeline_figure(data: ReportData):
    """Stacked bars: reviewed events per day, one colour per event type."""
    import matplotlib.dates as mdates

    figure, ax = _figure(10, 4.2)
    days = sorted({day for day, _ in data.timeline})
    types = sorted({event_type for _, event_type in data.timeline})
    if days:
        x = [date.fromisoformat(day) for day in days]
        bottom = [0] * len(days)
        for i, event_type in enumerate(types):
            counts = [data.timeline.get((day, event_type), 0) for day in days]
            ax.bar(
                x, counts, bottom=bottom, width=0.8, label=chart_text(event_type_label(event_type)),
                color=_EVENT_TYPE_COLOURS[i % len(_EVENT_TYPE_COLOURS)],
            )  # fmt: skip
            bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
        span = (x[-1] - x[0]).days
        locator: mdates.DateLocator
        if span < 10:  # a day is the smallest unit here: never hour ticks (one day alone)
            locator = mdates.DayLocator()
            ax.set_xlim(x[0] - timedelta(days=1), x[-1] + timedelta(days=1))
        else:
            locator = mdates.AutoDateLocator(maxticks=10)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.yaxis.get_major_locator().set_params(integer=True)
        _axis_label(ax, "y", bilingual(labels()["axes"]["events"]))
        _legend(ax, "upper left")
    _finish(ax, "timeline", empty=not days)
    return figure


def governorates_figure(data: ReportData):
    """Horizontal stacked bars: events per governorate, by status."""
    totals: dict[str | None, int] = defaultdict(int)
    for (admin1, _status), n in data.governorates.items():
        totals[admin1] += n
    # Most events at the top; the unknown governorate last.
    order = sorted(totals, key=lambda g: (g is None, -totals[g], g or ""))[::-1]
    figure, ax = _figure(10, max(3.2, 1.4 + 0.42 * len(order)))
    if order:
        left = [0] * len(order)
        positions = list(range(len(order)))
        for status in EVENT_STATUS_ORDER:
            counts = [data.governorates.get((g, status), 0) for g in order]
            if not any(counts):
                continue
            arabic = labels()["event_statuses"][status]
            ax.barh(
                positions, counts, left=left, height=0.65, label=chart_text(f"{status} · {arabic}"),
                color=_STATUS_COLOURS[status],
            )  # fmt: skip
            left = [a + b for a, b in zip(left, counts, strict=True)]
        names = [governorate_label(g) for g in order]
        ax.set_yticks(positions, [chart_text(n) for n in names], **_font("".join(names)))
        ax.xaxis.get_major_locator().set_params(integer=True)
        _axis_label(ax, "x", bilingual(labels()["axes"]["events"]).replace("\n", " · "))
        _legend(ax, "lower left")
    _finish(ax, "governorates", empty=not order)
    return figure


def conflicts_figure(data: ReportData):
    """Bars: conflicts by status, open first."""
    figure, ax = _figure(7, 3.8)
    empty = not any(data.conflicts.values())
    if not empty:
        statuses = [s for s in CONFLICT_STATUS_ORDER if s in data.conflicts] + sorted(
            s for s in data.conflicts if s not in CONFLICT_STATUS_ORDER
        )
        names = labels()["conflict_statuses"]
        counts = [data.conflicts[s] for s in statuses]
        bars = ax.bar(
            range(len(statuses)), counts, width=0.6,
            color=[_CONFLICT_COLOURS.get(s, "#7f7f7f") for s in statuses],
        )  # fmt: skip
        ax.bar_label(bars, padding=2)
        ticks = [f"{s}\n{names[s]}" if s in names else s for s in statuses]
        ax.set_xticks(range(len(statuses)), [chart_text(t) for t in ticks], **_font("".join(ticks)))
        ax.yaxis.get_major_locator().set_params(integer=True)
        _axis_label(ax, "y", bilingual(labels()["axes"]["conflicts"]))
        ax.margins(y=0.15)
    _finish(ax, "conflicts", empty=empty)
    return figure


def save_png(figure, path: Path) -> Path:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    figure.savefig(path, format="png", dpi=DPI, facecolor="white")
    return path
