"""The report's charts: matplotlib drawing the tables' own cells as SVG, Chinese labels as text.

Labels stay text in the SVG (svg.fonttype "none"), so a browser draws them with a CJK
font and they can be searched and copied; matplotlib lays them out with the same font,
found with fontconfig (Debian's fonts-noto-cjk or fonts-wqy-zenhei). A hidden cell
("<5") is drawn as nothing and labelled "<5", exactly as the CSV shows it.
"""
from __future__ import annotations

import io
import subprocess
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Sequence

from bot.insight.tables import HIDDEN, NO_PLACE, Table, number

# Preferred first: the browser uses the first of these it has.
CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Noto Sans CJK JP")
COLOURS = ("#2f6db5", "#e07b39", "#4f9d69", "#c44e52", "#8172b2", "#937860", "#da8bc3", "#8c8c8c")
RATING_COLOURS = ("#1a7f37", "#57ab5a", "#c9b458", "#e07b39", "#c44e52")
VERDICT_COLOURS = ("#1a7f37", "#c44e52", "#9a9a9a")


class NoCJKFont(RuntimeError):
    pass


def _font_files() -> List[str]:
    try:
        listed = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        listed = ""
    files = [line.split(":")[0].strip() for line in listed.splitlines() if line.strip()]
    if not files:
        files = [str(p) for root in ("/usr/share/fonts",) for p in Path(root).rglob("*")
                 if p.suffix in (".ttc", ".ttf", ".otf") and any(k in p.name for k in ("CJK", "wqy", "Han"))]
    # a regular weight of a sans face first: what the charts' labels need
    return sorted(files, key=lambda f: ("Sans" not in f and "wqy" not in f, "Regular" not in f and "wqy" not in f, f))


@lru_cache(maxsize=1)
def setup() -> str:
    """matplotlib on the SVG backend with a CJK font; returns the font family's name."""
    import warnings

    with warnings.catch_warnings():  # matplotlib 3.5 uses pyparsing names newer pyparsing deprecates
        warnings.simplefilter("ignore", DeprecationWarning)
        import matplotlib

        matplotlib.use("svg")
        from matplotlib import font_manager, pyplot, rcParams  # noqa: F401 (pyplot: its import warns too)

    files = _font_files()
    if not files:
        raise NoCJKFont("no Chinese font found: install one (apt-get install fonts-noto-cjk) so the charts' labels render")
    font_manager.fontManager.addfont(files[0])
    name = font_manager.FontProperties(fname=files[0]).get_name()
    rcParams.update({"font.family": [name], "svg.fonttype": "none", "axes.unicode_minus": False,
                     "svg.hashsalt": "huzhou-report", "axes.spines.top": False, "axes.spines.right": False})
    return name


def _svg(figure) -> str:
    import matplotlib.pyplot as plt

    name = setup()
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight")
    plt.close(figure)
    text = buffer.getvalue()
    text = text[text.index("<svg"):]  # inline in the page: no XML declaration or DOCTYPE
    families = ", ".join(f"'{f}'" for f in dict.fromkeys((*CJK_FAMILIES, name))) + ", sans-serif"
    return text.replace(f"'{name}'", families).replace(f'"{name}"', families)


def _figure(width: float, height: float):
    setup()
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=(width, height))


def _colour_map(name: str):
    import matplotlib

    registry = getattr(matplotlib, "colormaps", None)  # matplotlib 3.5 has cm.get_cmap only
    return (registry[name] if registry is not None else matplotlib.cm.get_cmap(name)).copy()


def _label_bars(ax, bars, cells: Sequence) -> None:
    for bar, cell in zip(bars, cells):
        ax.annotate(str(cell), (bar.get_width(), bar.get_y() + bar.get_height() / 2), xytext=(3, 0),
                    textcoords="offset points", va="center", fontsize=9)


def _short(text: str, most: int = 16) -> str:
    """A long service name cut for an axis (the tables have it whole)."""
    return text if len(text) <= most else text[:most - 1] + "…"


def horizontal_bars(table: Table, label: str, value: str, title: str, limit: int = 0) -> str:
    rows = table.rows[:limit] if limit else table.rows
    labels = [_short(str(r[table.columns.index(label)])) for r in rows][::-1]
    cells = [r[table.columns.index(value)] for r in rows][::-1]
    fig, ax = _figure(8, 0.42 * len(rows) + 1.2)
    bars = ax.barh(labels, [number(c) for c in cells], color=COLOURS[0])
    _label_bars(ax, bars, cells)
    ax.set_title(title)
    ax.set_xlabel(value)
    ax.margins(x=0.12)
    return _svg(fig)


def weekly_line(table: Table, title: str) -> str:
    weeks = [w[5:] for w in table.column("周")]  # MM-DD of each Monday
    fig, ax = _figure(9, 3.6)
    for i, name in enumerate(("对话数", "涉及服务的对话", "未能回答的提问")):
        cells = table.column(name)
        ax.plot(weeks, [number(c) for c in cells], marker="o", color=COLOURS[i], label=name)
        for x, cell in zip(weeks, cells):
            if cell == HIDDEN:
                ax.annotate(HIDDEN, (x, 0), xytext=(0, 4), textcoords="offset points", ha="center", fontsize=8)
    ax.set_title(title)
    ax.set_xlabel("周（周一的日期）")
    ax.set_ylabel("数量")
    ax.set_ylim(bottom=0)
    ax.legend(frameon=False, ncol=3, loc="upper center", bbox_to_anchor=(0.5, -0.2))
    if len(weeks) > 12:
        ax.tick_params(axis="x", labelrotation=45)
    return _svg(fig)


def heat_map(table: Table, title: str) -> str:
    import numpy as np

    rows = [r[0] for r in table.rows]
    columns = table.columns[1:]
    cells = [r[1:] for r in table.rows]
    values = np.array([[number(c) for c in row] for row in cells])
    fig, ax = _figure(1.15 * len(columns) + 2, 0.55 * len(rows) + 1.6)
    colours = _colour_map("Blues")
    colours.set_bad("#f2f2f2")  # no conversation, or a hidden "<5"
    # The scale follows the districts residents named: the 未说明 row, usually the largest, saturates.
    named = [i for i, r in enumerate(rows) if r != NO_PLACE]
    top = float(values[named].max()) if named and values[named].size else float(values.max() if values.size else 0)
    image = ax.imshow(np.ma.masked_where(values == 0, values), cmap=colours, aspect="auto", vmin=0, vmax=top or 1)
    ax.set_xticks(range(len(columns)), labels=[c.replace("基本", "") for c in columns], rotation=30, ha="right")
    ax.set_yticks(range(len(rows)), labels=rows)
    for i, row in enumerate(cells):
        for j, cell in enumerate(row):
            dark = top and number(cell) > top * 0.6
            ax.text(j, i, str(cell), ha="center", va="center", fontsize=9, color="white" if dark else "#222")
    ax.set_title(title)
    ax.spines[:].set_visible(False)
    fig.colorbar(image, ax=ax, shrink=0.8, label="对话数")
    return _svg(fig)


def stacked_bars(table: Table, label: str, parts: Sequence[str], colours: Sequence[str], title: str,
                 limit: int = 10) -> str:
    rows = table.rows[:limit][::-1]
    labels = [_short(str(r[table.columns.index(label)])) for r in rows]
    fig, ax = _figure(8.5, 0.45 * max(len(rows), 1) + 1.4)
    left = [0.0] * len(rows)
    for part, colour in zip(parts, colours):
        cells = [r[table.columns.index(part)] for r in rows]
        widths = [number(c) for c in cells]
        bars = ax.barh(labels, widths, left=left, color=colour, label=part)
        for bar, cell, width in zip(bars, cells, widths):
            if cell == HIDDEN or width:
                ax.annotate(str(cell), (bar.get_x() + bar.get_width() / 2, bar.get_y() + bar.get_height() / 2),
                            ha="center", va="center", fontsize=8, color="white" if width else "#222")
        left = [a + b for a, b in zip(left, widths)]
    ax.set_title(title)
    ax.legend(frameon=False, ncol=len(parts), loc="upper center", bbox_to_anchor=(0.5, -0.08))
    return _svg(fig)


def draw_all(tables: Dict[str, Table]) -> List[Dict[str, str]]:
    """Every chart of the report: (id, title, svg)."""
    from bot.answers import RATINGS
    from bot.insight.tables import VERDICT_COLUMNS

    charts = [
        ("domains", "各领域的咨询对话数", horizontal_bars(tables["by_domain"], "领域", "对话数", "各领域的咨询对话数")),
        ("weeks", "每周的对话数", weekly_line(tables["by_week"], "每周的对话数")),
        ("districts", "区县 × 领域的对话数", heat_map(tables["district_domain"], "区县 × 领域的对话数")),
        ("channels", "各渠道的对话数", horizontal_bars(tables["by_channel"], "渠道", "对话数", "各渠道的对话数")),
        ("services", "咨询最多的服务", horizontal_bars(tables["by_service"], "服务", "对话数", "咨询最多的15项服务", limit=15)),
        ("verdicts", "资格评估结果", stacked_bars(tables["verdicts"], "服务", VERDICT_COLUMNS, VERDICT_COLOURS,
                                            "资格评估结果（评估最多的10项服务）")),
        ("ratings", "好差评", stacked_bars(tables["ratings_by_body"], "负责部门", RATINGS, RATING_COLOURS,
                                        "好差评：各负责部门")),
    ]
    return [{"id": cid, "title": title, "svg": svg} for cid, title, svg in charts]
