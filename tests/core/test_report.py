"""Charts and the HTML summary: Arabic labels in the form matplotlib draws correctly."""

import base64
import re

import pytest
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg

from reviewer.arabic import display_for_terminal
from reviewer.cli import EXIT_OK, main
from reviewer.paths import resource_path
from reviewer.report import charts
from reviewer.report.charts import (
    ARABIC_FAMILY,
    ReportData,
    chart_text,
    conflicts_figure,
    governorates_figure,
    load_report_data,
    timeline_figure,
)
from reviewer.report.summary import write_report

NOW = "2024-12-10T00:00:00Z"


def _event(db, *, day, event_type, admin1, status):
    db.execute(
        """INSERT INTO events (event_date, event_type, admin1, status, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?)""",
        [day, event_type, admin1, status, NOW, NOW],
    )


def _conflict(db, field, status):
    db.execute(
        """INSERT INTO conflicts (event_id, field, origin, status, created_at)
           VALUES (1, ?, 'detected', ?, ?)""",
        [field, status, NOW],
    )


@pytest.fixture
def coded_db(sample_db):
    db = sample_db
    _event(db, day="2024-12-05", event_type="Battles", admin1="Hama", status="reviewed")
    _event(db, day="2024-12-05", event_type="Battles", admin1="Hama", status="reviewed")
    _event(
        db, day="2024-12-07", event_type="Strategic developments", admin1="Homs", status="reviewed"
    )
    _event(db, day="2024-12-07", event_type="Battles", admin1="Homs", status="draft")
    _event(db, day=None, event_type=None, admin1=None, status="coded")
    for article in (1, 2, 3):
        db.execute(
            """INSERT INTO claims (event_id, article_id, field, verbatim, created_at)
               VALUES (1, ?, 'fatalities', 'مئات', ?)""",
            [article, NOW],
        )
    _conflict(db, "fatalities", "open")
    _conflict(db, "prisoners_released", "resolved")
    _conflict(db, "date", "open")
    return db


def _texts(figure) -> list[str]:
    FigureCanvasAgg(figure).draw()  # tick labels are filled in at draw time
    return [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text"))]


def test_report_data_counts_only_reviewed_events_on_the_timeline(coded_db):
    data = load_report_data(coded_db)
    assert data.timeline == {
        ("2024-12-05", "Battles"): 2,
        ("2024-12-07", "Strategic developments"): 1,
    }
    assert data.governorates == {
        ("Hama", "reviewed"): 2,
        ("Homs", "reviewed"): 1,
        ("Homs", "draft"): 1,
        (None, "coded"): 1,
    }
    assert data.conflicts == {"open": 2, "resolved": 1}


@pytest.mark.parametrize("shapes", [False, True], ids=["old-matplotlib", "libraqm"])
def test_labels_passed_to_matplotlib_are_reshaped_only_when_it_cannot_shape(
    coded_db, monkeypatch, shapes
):
    monkeypatch.setattr(charts, "matplotlib_shapes_text", lambda: shapes)
    data = load_report_data(coded_db)
    figure = governorates_figure(data)
    ax = figure.axes[0]
    _texts(figure)
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    logical = ["not set · غير محدَّد", "Homs · حمص", "Hama · حماة"]
    expected = [display_for_terminal(t) for t in logical] if not shapes else logical
    assert ticks == expected
    if not shapes:
        # only presentation forms remain: no base Arabic letter for matplotlib to misdraw
        assert ticks[2].startswith("Hama · ")
        assert not any("\u0621" <= ch <= "\u064a" for ch in ticks[2])
        assert "حماة" not in ticks[2] and display_for_terminal("حماة") in ticks[2]
    title_lines = ax.get_title().split("\n")
    assert title_lines[1] == (
        display_for_terminal("الأحداث حسب المحافظة") if not shapes else "الأحداث حسب المحافظة"
    )
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert chart_text("reviewed · مُراجَع") in legend
    for tick in ax.get_yticklabels():
        assert tick.get_fontfamily()[0] == ARABIC_FAMILY


def test_chart_text_follows_this_matplotlib():
    # matplotlib >= 3.11 ships libraqm and must get logical text; older ones the visual form.
    from matplotlib import ft2font

    has_raqm = bool(getattr(ft2font, "__libraqm_version__", None))
    assert charts.matplotlib_shapes_text() is has_raqm
    assert chart_text("حماة") == ("حماة" if has_raqm else display_for_terminal("حماة"))
    assert chart_text("Hama") == "Hama"


def test_arabic_labels_use_the_bundled_font():
    charts.register_fonts()
    found = font_manager.findfont(
        font_manager.FontProperties(family=ARABIC_FAMILY), fallback_to_default=False
    )
    assert found == str(resource_path("fonts", "NotoNaskhArabic-Regular.ttf"))


def test_timeline_stacks_event_types_per_day(coded_db):
    figure = timeline_figure(load_report_data(coded_db))
    ax = figure.axes[0]
    heights = sorted(round(p.get_height()) for p in ax.patches)
    assert heights == [0, 0, 1, 2]  # Battles 2 + 0, Strategic developments 0 + 1
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == [
        chart_text("Battles · معارك"),
        chart_text("Strategic developments · تطورات استراتيجية"),
    ]


def test_a_single_day_timeline_has_day_ticks_not_hour_ticks(sample_db):
    _event(sample_db, day="2024-12-05", event_type="Battles", admin1="Hama", status="reviewed")
    figure = timeline_figure(load_report_data(sample_db))
    texts = _texts(figure)
    ax = figure.axes[0]
    ticks = ax.get_xticks()
    assert len(ticks) >= 1 and all(float(t).is_integer() for t in ticks)  # whole days
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert not any(":" in label for label in labels + texts), labels  # no 00:00, 06:00
    assert any("05" in label for label in labels)


def test_conflicts_chart_shows_open_before_resolved(coded_db):
    figure = conflicts_figure(load_report_data(coded_db))
    ax = figure.axes[0]
    _texts(figure)
    assert [round(p.get_height()) for p in ax.patches] == [2, 1]
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        chart_text("open\nمفتوح"),
        chart_text("resolved\nمحسوم"),
    ]


def test_empty_project_gives_charts_with_a_note(db, tmp_path):
    data = load_report_data(db)
    assert data == ReportData()
    for make, note in (
        (timeline_figure, "لا توجد أحداث مُراجَعة بعد"),
        (governorates_figure, "لا توجد أحداث بعد"),
        (conflicts_figure, "لا توجد تعارضات مسجّلة"),
    ):
        figure = make(data)
        assert not figure.axes[0].patches
        assert any(chart_text(note) in text for text in _texts(figure))
    report = write_report(db, tmp_path / "empty")
    assert all(path.stat().st_size > 5000 for path in report.charts.values())


def test_report_command_writes_pngs_and_a_self_contained_summary(coded_db, db_path, tmp_path):
    coded_db.close()
    out = tmp_path / "report"
    assert main(["report", "--db", str(db_path), "--out", str(out)]) == EXIT_OK
    for name in ("timeline", "governorates", "conflicts"):
        png = (out / f"{name}.png").read_bytes()
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        width = int.from_bytes(png[16:20], "big")
        assert width == (700 if name == "conflicts" else 1000) * charts.DPI // 100
    page = (out / "summary.html").read_text(encoding="utf-8")
    embedded = re.findall(r'src="data:image/png;base64,([^"]+)"', page)
    assert len(embedded) == 4
    assert base64.b64decode(embedded[0]) == (out / "timeline.png").read_bytes()
    # the browser shapes Arabic: the HTML holds the logical text
    assert 'Hama · <span dir="rtl" lang="ar">حماة</span>' in page
    assert "<th>events</th><td>5</td>" in page
