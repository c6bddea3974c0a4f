"""The report's page in a real headless browser (Debian's chromium via Playwright, as the widget's
tests drive it): every chart drawn, its labels Chinese text in a CJK font, nothing fetched from
the network. The README's screenshots are taken the same way, by `make report-bench`."""
from __future__ import annotations

import re

import pytest

from channels.widget.bench import CHROMIUM, CHROMIUM_ARGS
from tests.servers import require

CHARTS = ("domains", "weeks", "districts", "channels", "services", "verdicts", "ratings")
# Shapes each chart draws at least besides its axes: a bar per domain, a line and points per week,
# a bar per channel, the 15 services, the stacked parts of verdicts and ratings.
MARKS = {"domains": 8 + 2, "weeks": 3 + 2, "channels": 3 + 2, "services": 15 + 2, "verdicts": 5, "ratings": 5}
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def page(report):
    require("chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, device_scale_factor=1)
        requests = []
        context.on("request", lambda r: requests.append(r.url))
        tab = context.new_page()
        tab.goto((report["out"] / "index.html").as_uri())
        tab.requests = requests
        yield tab
        browser.close()


def test_every_chart_is_drawn_with_chinese_labels(page):
    assert report_charts(page) == list(CHARTS)
    for chart in CHARTS:
        drawn = page.evaluate("""(id) => {
            const svg = document.querySelector(`#chart-${id} svg`);
            const box = svg.getBoundingClientRect();
            const marks = [...svg.querySelectorAll('path, rect, use, image')].filter(e => {
                const b = e.getBoundingClientRect(); return b.width > 0 && b.height > 0; });
            const texts = [...svg.querySelectorAll('text')].map(t => ({
                text: t.textContent, width: t.getBoundingClientRect().width,
                font: getComputedStyle(t).fontFamily }));
            const images = [...svg.querySelectorAll('image')].map(i => i.getBoundingClientRect())
                .filter(b => b.width > 200 && b.height > 100);
            return {width: box.width, height: box.height, marks: marks.length, images: images.length, texts};
        }""", chart)
        assert drawn["width"] > 300 and drawn["height"] > 150, chart
        if chart == "districts":  # the heat map: one picture of its cells, each cell's number on it
            assert drawn["images"] == 1
            assert sum(1 for t in drawn["texts"] if re.fullmatch(r"\d+|<5", t["text"])) >= 7 * 8
        else:
            assert drawn["marks"] >= MARKS[chart], chart  # a bar per domain, a point per week …
        chinese = [t for t in drawn["texts"] if CJK.search(t["text"])]
        assert chinese, chart
        assert all(t["width"] > 0 for t in chinese), chart  # laid out, not empty
        assert "Noto Sans CJK SC" in chinese[0]["font"], chart


def test_the_labels_are_drawn_in_a_chinese_font(page):
    """Characters a font lacks are all drawn as the same box: 湖 and 州, drawn in the charts' own
    font family, must come out as two different, non-empty pictures."""
    pictures = page.evaluate("""() => {
        const font = getComputedStyle(document.querySelector('figure.chart svg text')).fontFamily;
        const draw = (ch) => {
            const canvas = document.createElement('canvas'); canvas.width = canvas.height = 48;
            const c = canvas.getContext('2d'); c.font = `40px ${font}`; c.fillText(ch, 2, 40);
            return Array.from(c.getImageData(0, 0, 48, 48).data).join(',');
        };
        const blank = draw('');
        return {hu: draw('湖'), zhou: draw('州'), blank};
    }""")
    assert pictures["hu"] != pictures["blank"] and pictures["zhou"] != pictures["blank"]
    assert pictures["hu"] != pictures["zhou"]


def test_the_page_needs_nothing_from_the_network(page):
    assert all(url.startswith("file://") for url in page.requests), page.requests


def test_the_tables_and_the_unanswered_groups_are_on_the_page(page, report):
    text = page.inner_text("body")
    assert "未能回答的提问：相似问题归类" in text and "建议归属子领域" in text
    assert "各区县的咨询" in text and "好差评：各负责部门" in text
    assert f"{report['conversations']}" in page.inner_text("#summary")
    links = page.eval_on_selector_all("a[href$='.csv']", "as => as.map(a => a.getAttribute('href'))")
    assert set(links) == {p.name for p in report["out"].glob("*.csv")}


def test_screenshot_of_the_charts(page, report):
    """The picture an official sees (the README's is taken the same way by `make report-bench`)."""
    from bot.insight.bench import screenshot

    paths = screenshot(page, report["out"] / "screenshots")
    assert [p.name for p in paths] == ["report-summary.png", "report-charts.png", "report-unanswered.png"]
    assert (report["out"] / "screenshots" / "report-charts.png").stat().st_size > 50_000


def report_charts(page):
    return page.eval_on_selector_all("figure.chart", "fs => fs.map(f => f.id.replace('chart-', ''))")
