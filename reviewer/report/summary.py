"""A one-page HTML summary of the project, embedding the charts.

One self-contained file (the PNGs are embedded as data URIs, and also written
beside it) that can be mailed or archived. Arabic in the HTML is logical-order
text marked ``dir="rtl" lang="ar"``: browsers shape it themselves, so it is never
reshaped here (only the PNG labels may be, see reviewer.report.charts).

Like the export, the report is all or nothing: every file is written to a
hidden temporary file beside its final name and renamed only when all are
written, so a failure or a cancel leaves no half-written file and an earlier
report in the folder as it was. ``progress(done, total)`` and ``cancel()`` let
the window show and stop the work, which it runs off its GUI thread.
"""

from __future__ import annotations

import base64
import html
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from reviewer import __version__
from reviewer.errors import ReviewerError
from reviewer.messages import Message
from reviewer.report.chart_set import FIGURES
from reviewer.report.charts import (
    ReportData,
    governorate_names_ar,
    labels,
    load_report_data,
    save_png,
)
from reviewer.storage.articles import count_by_status

SUMMARY_NAME = "summary.html"


@dataclass(frozen=True)
class Report:
    summary: Path
    charts: dict[str, Path]


class ReportCancelled(ReviewerError):
    """The user stopped the report; nothing was written."""


def write_report(
    db: sqlite_utils.Database,
    out_dir: str | Path,
    *,
    project_name: str = "",
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Report:
    """Write the charts and ``summary.html`` into ``out_dir`` (created if needed).

    Progress counts steps (reading the data, each chart, the page); cancel is
    honoured between them.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    steps = len(FIGURES) + 2
    staged: list[tuple[Path, Path]] = []

    def step(done: int) -> None:
        if cancel is not None and cancel():
            raise ReportCancelled(Message("report.cancelled"))
        if progress is not None:
            progress(done, steps)

    try:
        step(0)
        data = load_report_data(db)
        step(1)
        charts: dict[str, Path] = {}
        for done, (name, make) in enumerate(FIGURES.items(), start=2):
            charts[name] = save_png(make(data), _stage(out, f"{name}.png", staged))
            step(done)
        page = render_html(db, data, charts, project_name=project_name)
        _stage(out, SUMMARY_NAME, staged).write_text(page, encoding="utf-8")
        step(steps)
    except BaseException:
        for temp, _final in staged:
            temp.unlink(missing_ok=True)
        raise
    for temp, final in staged:
        os.replace(temp, final)
    return Report(out / SUMMARY_NAME, {name: out / f"{name}.png" for name in charts})


def _stage(folder: Path, final_name: str, staged: list[tuple[Path, Path]]) -> Path:
    """A hidden temporary name beside ``final_name`` (same file system: atomic rename)."""
    temp = folder / f".{final_name}.{secrets.token_hex(6)}.partial"
    staged.append((temp, folder / final_name))
    return temp


def _ar(text: str) -> str:
    return f'<span dir="rtl" lang="ar">{html.escape(text)}</span>'


def _bilingual(key: dict[str, str]) -> str:
    return f"{html.escape(key['en'])} · {_ar(key['ar'])}"


def _counts_row(name: str, counts: dict[str, int]) -> str:
    detail = ", ".join(f"{html.escape(s.replace('_', ' '))} {n}" for s, n in counts.items())
    return f"<tr><th>{name}</th><td>{sum(counts.values())}</td><td>{detail or '-'}</td></tr>"


def _governorate_rows(data: ReportData) -> str:
    totals: dict[str | None, dict[str, int]] = {}
    for (admin1, status), n in data.governorates.items():
        totals.setdefault(admin1, {})[status] = n
    rows = []
    for admin1 in sorted(totals, key=lambda g: (g is None, -sum(totals[g].values()), g or "")):
        by_status = totals[admin1]
        if admin1 is None:
            name = _bilingual(labels()["unknown_governorate"])
        else:
            arabic = governorate_names_ar().get(admin1)
            name = html.escape(admin1) + (f" · {_ar(arabic)}" if arabic else "")
        cells = "".join(f"<td>{by_status.get(s, 0)}</td>" for s in ("draft", "coded", "reviewed"))
        rows.append(f"<tr><th>{name}</th>{cells}<td>{sum(by_status.values())}</td></tr>")
    return "\n".join(rows)


def render_html(
    db: sqlite_utils.Database,
    data: ReportData,
    charts: dict[str, Path],
    *,
    project_name: str = "",
) -> str:
    titles = labels()["titles"]
    figures = "\n".join(
        f'<figure><img alt="{html.escape(titles[name]["en"])}" '
        f'src="data:image/png;base64,{base64.b64encode(path.read_bytes()).decode("ascii")}">'
        f"<figcaption>{_bilingual(titles[name])}</figcaption></figure>"
        for name, path in charts.items()
    )
    conflicts = {s: n for s, n in sorted(data.conflicts.items())}
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    governorates = _governorate_rows(data) or '<tr><td colspan="5">none</td></tr>'
    heading = "reviewer summary" + (f": {html.escape(project_name)}" if project_name else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{heading}</title>
<style>
  body {{ font-family: "DejaVu Sans", "Noto Sans", sans-serif; margin: 2em auto;
         max-width: 60em; color: #222; }}
  [lang="ar"] {{ font-family: "Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", serif; }}
  table {{ border-collapse: collapse; margin: 1em 0; }}
  th, td {{ border: 1px solid #c9d6dc; padding: 0.3em 0.8em; text-align: left; }}
  td {{ text-align: right; }}
  figure {{ margin: 1.5em 0; }}
  img {{ max-width: 100%; }}
  figcaption, footer {{ color: #555; font-size: 0.9em; }}
</style>
</head>
<body>
<h1>{heading}</h1>
<p>Generated {stamp} by reviewer {__version__}.</p>
<table>
<tr><th></th><th>total</th><th>by status</th></tr>
{_counts_row("articles", count_by_status(db, "articles"))}
{_counts_row("events", count_by_status(db, "events"))}
{_counts_row("conflicts", conflicts)}
</table>
{figures}
<h2>{_bilingual(titles["governorates"])}</h2>
<table>
<tr><th>governorate</th><th>draft</th><th>coded</th><th>reviewed</th><th>total</th></tr>
{governorates}
</table>
<footer>Governorate names: GeoNames (CC BY 4.0). Event types: ACLED codebook.</footer>
</body>
</html>
"""
