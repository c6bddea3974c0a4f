"""`python -m bot report`: what residents asked, where, and what went unanswered, as a web page and CSVs.

    python -m bot report --since 2026-09-07 --until 2026-11-29 --out build/report

reads the conversations of the tracker store (HUZHOU_TRACKER_URL, or --url) whose first
message falls in the period (China time, both days included) and writes DIR/index.html
(charts drawn as SVG inside the page: no script, nothing fetched from anywhere) and one
CSV per table (UTF-8 with a byte-order mark, so Excel opens the Chinese right). The
page and the CSVs show the same cells: counts of 1 to 4 as "<5", wordings masked.
"""
from __future__ import annotations

import csv
import datetime as dt
import html
import time
from pathlib import Path
from typing import Any, Dict, List, Optional

from bot.insight.charts import draw_all
from bot.insight.clusters import clusters_table, unanswered_clusters
from bot.insight.conversations import read_conversations
from bot.insight.tables import Table, build_tables
from knowledge_base import KnowledgeBase

SHOWN_ROWS = 20  # rows of a long table shown before "展开全部"

STYLE = """
body{font-family:'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Zen Hei','Microsoft YaHei',sans-serif;
margin:0;color:#1f2328;background:#f6f8fa}
header{background:#1d4f91;color:#fff;padding:20px 32px}header h1{margin:0 0 6px;font-size:26px}
main{padding:16px 32px;max-width:1280px}section{background:#fff;border:1px solid #d0d7de;border-radius:8px;
padding:16px 20px;margin:16px 0}h2{font-size:20px;margin:0 0 12px}.charts{display:grid;
grid-template-columns:repeat(auto-fit,minmax(560px,1fr));gap:16px}figure{margin:0;background:#fff;
border:1px solid #d0d7de;border-radius:8px;padding:8px}figure svg{width:100%;height:auto}
figcaption{font-weight:600;margin:4px 8px}table{border-collapse:collapse;font-size:14px;margin:8px 0}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eef2f6}
td.n{text-align:right}.note{color:#57606a;font-size:13px}.kpis{display:flex;flex-wrap:wrap;gap:12px}
.kpi{background:#eef4fb;border-radius:6px;padding:8px 14px}.kpi b{display:block;font-size:22px}
"""


def write_csv(table: Table, out: Path) -> Path:
    path = out / f"{table.name}.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(table.columns)
        writer.writerows(table.rows)
    return path


def _cell(value: Any) -> str:
    numeric = isinstance(value, (int, float)) or value == "<5"
    return f'<td class="n">{html.escape(str(value))}</td>' if numeric else f"<td>{html.escape(str(value))}</td>"


def html_table(table: Table, limit: Optional[int] = SHOWN_ROWS) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in table.columns)
    rows = [f"<tr>{''.join(_cell(v) for v in row)}</tr>" for row in table.rows]
    shown = rows if limit is None else rows[:limit]
    body = f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(shown)}</tbody></table>"
    if limit is not None and len(rows) > limit:
        rest = f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows[limit:])}</tbody></table>"
        body += f"<details><summary>展开其余{len(rows) - limit}行</summary>{rest}</details>"
    link = f'<a href="{table.name}.csv">{table.name}.csv</a>'
    return f'<section id="table-{table.name}"><h2>{html.escape(table.title)}</h2>{body}<p class="note">下载：{link}</p></section>'


def page(tables: Dict[str, Table], charts: List[Dict[str, str]], since: dt.date, until: dt.date) -> str:
    summary = tables["summary"]
    kpis = "".join(f'<div class="kpi"><b>{html.escape(str(v))}</b>{html.escape(k)}</div>' for k, v in summary.rows)
    figures = "".join(f'<figure id="chart-{c["id"]}" class="chart"><figcaption>{html.escape(c["title"])}</figcaption>'
                      f'{c["svg"]}</figure>' for c in charts)
    order = ["unanswered_clusters", "by_domain", "by_section", "by_service", "by_district", "district_domain",
             "by_channel", "by_week", "verdicts", "handoff_by_service", "handoff_by_channel", "ratings_by_service",
             "ratings_by_body"]
    sections = "".join(html_table(tables[name], None if name == "unanswered_clusters" else SHOWN_ROWS)
                       for name in order if name in tables)
    generated = dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).strftime("%Y-%m-%d %H:%M")
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>湖州市民服务助手 · 群众需求报告 {since} 至 {until}</title><style>{STYLE}</style></head>
<body><header><h1>湖州市民服务助手 · 群众需求报告</h1>
<div>统计期间：{since} 至 {until}（北京时间，按对话的第一条消息计）；生成于 {generated}</div></header>
<main>
<section id="summary"><h2>概况</h2><div class="kpis">{kpis}</div>
<p class="note">对话指一次会话（60分钟无消息即结束）。为保护个人信息，1至4个对话的格子显示为“&lt;5”（比率、中位数同理），
例句中的身份证号、电话、银行卡号、收入和残疾信息已遮盖。每张图的数字与同名CSV文件一致。
下载：<a href="summary.csv">summary.csv</a></p></section>
<section id="charts"><h2>图表</h2><div class="charts">{figures}</div></section>
{sections}
</main></body></html>
"""


def build_report(url: str, since: dt.date, until: dt.date, out: Path, kb: KnowledgeBase) -> Dict[str, Any]:
    """Reads, counts, groups, draws and writes; returns what it did and how long each step took."""
    if until < since:
        raise ValueError(f"--until {until} is before --since {since}")
    timings: Dict[str, float] = {}
    started = time.perf_counter()
    conversations = read_conversations(url, since, until, [p.name for p in kb.catalogue.places])
    timings["read"] = time.perf_counter() - started
    mark = time.perf_counter()
    tables = build_tables(conversations, kb.catalogue)
    timings["count"] = time.perf_counter() - mark
    mark = time.perf_counter()
    clusters, left_out = unanswered_clusters(conversations, kb)
    tables.append(clusters_table(clusters, left_out))
    timings["cluster"] = time.perf_counter() - mark
    mark = time.perf_counter()
    by_name = {t.name: t for t in tables}
    charts = draw_all(by_name)
    timings["draw"] = time.perf_counter() - mark
    out.mkdir(parents=True, exist_ok=True)
    files = [write_csv(t, out) for t in tables]
    index = out / "index.html"
    index.write_text(page(by_name, charts, since, until), encoding="utf-8")
    timings["total"] = time.perf_counter() - started
    return {"conversations": len(conversations), "messages": sum(c.messages for c in conversations),
            "files": [index, *files], "tables": by_name, "charts": [c["id"] for c in charts], "timings": timings}


def main(url: str, since: dt.date, until: dt.date, out: Path, kb_url: str) -> int:
    kb = KnowledgeBase(kb_url)
    try:
        result = build_report(url, since, until, out, kb)
    except (LookupError, ValueError) as e:
        print(f"report: {e}")
        return 2
    finally:
        kb.dispose()
    t = result["timings"]
    print(f"report: {result['conversations']} conversations from {since} to {until} -> {out / 'index.html'} "
          f"and {len(result['files']) - 1} CSV files")
    print("seconds: " + ", ".join(f"{k} {v:.2f}" for k, v in t.items()))
    return 0
