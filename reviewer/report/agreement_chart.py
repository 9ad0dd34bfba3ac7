"""The report's agreement chart: Krippendorff's alpha per field, with the usual thresholds.

Krippendorff's guidance: rely on data with alpha >= 0.800, draw tentative
conclusions from 0.667 to 0.800, and discard what lies below. The chart shows
each field's alpha as a bar coloured by that rule, labelled with its level of
measurement and its number of pairable units, plus event detection agreement.
"""

from __future__ import annotations

from typing import Any

from reviewer.report.charts import _axis_label, _figure, _finish, _legend, bilingual, labels

RELIABLE, TENTATIVE = 0.8, 0.667
_COLOURS = {"reliable": "#2e8b57", "tentative": "#b8860b", "low": "#c0392b"}


def _colour(alpha: float) -> str:
    if alpha >= RELIABLE:
        return _COLOURS["reliable"]
    return _COLOURS["tentative"] if alpha >= TENTATIVE else _COLOURS["low"]


def agreement_figure(data: Any):
    """Horizontal bars, one per field with a defined alpha, detection first."""

    report = data.agreement
    rows: list[tuple[str, float]] = []
    if report is not None and report.articles:
        if report.detection.alpha is not None:
            d = report.detection
            rows.append((f"event detection ({d.found_by_all}/{d.events} found by all)", d.alpha))
        rows += [
            (f"{f.field} ({f.level}, {f.units} units)", f.alpha)
            for f in report.fields
            if f.alpha is not None
        ]
    figure, ax = _figure(10, max(3.2, 1.8 + 0.36 * len(rows)))
    if rows:
        rows = rows[::-1]  # first row on top
        positions = list(range(len(rows)))
        values = [max(alpha, -1.0) for _, alpha in rows]
        ax.barh(positions, values, height=0.65, color=[_colour(a) for _, a in rows])
        for y, (_, alpha) in zip(positions, rows, strict=True):
            ax.text(max(alpha, 0) + 0.01, y, f"{alpha:.3f}", va="center", fontsize=8)
        ax.set_yticks(positions, [name for name, _ in rows], fontsize=9)
        ax.set_xlim(min(0, *values) - 0.05, 1.12)
        ax.axvline(0, color="#333333", linewidth=0.8)
        ax.axvline(TENTATIVE, color="#555555", linestyle=":", linewidth=1, label="0.667 tentative")
        ax.axvline(RELIABLE, color="#555555", linestyle="--", linewidth=1, label="0.8 reliable")
        _legend(ax, "upper left")
        _axis_label(ax, "x", bilingual(labels()["axes"]["alpha"]))
        ax.text(
            0.99, 0.01, f"coders: {', '.join(report.coders)} · {report.articles} articles",
            transform=figure.transFigure, ha="right", va="bottom", fontsize=8, color="#555555",
        )  # fmt: skip
    _finish(ax, "agreement", empty=not rows)
    return figure
