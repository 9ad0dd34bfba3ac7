"""The report's charts by name, in the order the summary shows them.

A module of its own so that the agreement chart, which draws with the helpers of
``charts``, can import them without ``charts`` importing it back.
"""

from __future__ import annotations

from reviewer.report.agreement_chart import agreement_figure
from reviewer.report.charts import conflicts_figure, governorates_figure, timeline_figure

FIGURES = {
    "timeline": timeline_figure,
    "governorates": governorates_figure,
    "conflicts": conflicts_figure,
    "agreement": agreement_figure,
}
