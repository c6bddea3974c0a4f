"""The web widget in a real headless browser (Debian's chromium via Playwright)
against the session's running servers: a conversation on the demo page,
buttons, history after a reload, HTML shown as text, 大字模式, a phone's
screen, the keyboard, an operator's reply, and failures that lose nothing.
The screenshots the README shows are written here, to docs/widget/."""
from __future__ import annotations

import json
import urllib.request

import pytest

from bot.answers import RATINGS
from bot.runner import free_port
from bot.settings import REPO_ROOT

pytestmark = pytest.mark.servers
SCREENSHOTS = REPO_ROOT / "docs" / "widget"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}
ANSWER_TIMEOUT = 30_000  # ms; an answer normally takes well under a second


@pytest.fixture
def open_page(browser):
    """A fresh browser context (empty localStorage) per test; records any dialog a page raises."""
    contexts = []

    def open_(url: str, viewport=DESKTOP, **options):
        context = browser.new_context(viewport=viewport, locale="zh-CN", **options)
        contexts.append(context)
        page = context.new_page()
        page.dialogs = []
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(url)
        ready(page)
        return page

    yield open_
    for context in contexts:
        context.close()


def ready(page):
    page.locator(".hz-panel[data-state=ready]").wait_for(timeout=ANSWER_TIMEOUT)


def bubbles(page, side: str):
    return page.locator(f".Message.{side} .Bubble")


def ask(page, text: str) -> None:
    """Types a question and presses Enter; waits for the answer (the typing indicator goes away)."""
    answers = bubbles(page, "left").count()
    box = page.get_by_role("textbox", name="输入您的问题，按回车发送")
    box.fill(text)
    box.press("Enter")
    wait_for_answer(page, answers)


def wait_for_answer(page, answers_before: int) -> None:
    page.wait_for_function(
        """([n]) => {
            const root = document.getElementById('huzhou-assistant').shadowRoot;
            return root.querySelectorAll('.Message.left .Bubble').length > n
                && !root.querySelector('.Message[data-type=typing]');
        }""",
        arg=[answers_before], timeout=ANSWER_TIMEOUT,
    )


def sender_of(page) -> str:
    return page.evaluate("localStorage.getItem('huzhou-assistant:sender')")


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.mouse.move(0, 0)  # no hover left on a button: the same picture every run
    page.wait_for_function("""() => {  // ChatUI scrolls to the newest message with an animation
        const list = document.getElementById('huzhou-assistant').shadowRoot.querySelector('.PullToRefresh');
        return !list || list.scrollHeight - list.scrollTop - list.clientHeight < 8;  // within rounding of the bottom
    }""")
    page.screenshot(path=str(SCREENSHOTS / name))


def demo(servers) -> str:
    return servers.rasa_url + "/widget/"


def test_a_conversation_with_buttons_survives_a_reload(servers, open_page):
    page = open_page(demo(servers))
    assert page.get_by_role("dialog", name="湖州市民服务助手").is_visible()
    ask(page, "孩子想上幼儿园找哪个部门")
    assert "教育局" in bubbles(page, "left").last.inner_text()
    choices = page.locator(".Message.left").last.locator(".hz-choice")
    title = choices.first.inner_text()
    answers = bubbles(page, "left").count()
    choices.first.click()
    wait_for_answer(page, answers)
    assert bubbles(page, "right").last.inner_text() == title  # the title, not the payload
    screenshot(page, "widget-1280.png")
    seen = [b.inner_text() for b in page.locator(".Message .Bubble").all()]

    page.reload()
    ready(page)
    assert [b.inner_text() for b in page.locator(".Message .Bubble").all()] == seen[1:]  # no greeting: history
    assert page.locator(".Message.left .hz-choice").count() > 0


def test_html_from_either_side_is_shown_as_text(servers, client, open_page):
    page = open_page(demo(servers))
    attack = "<img src=x onerror=alert(1)>"
    ask(page, attack)
    assert bubbles(page, "right").last.inner_text() == attack
    # An operator's reply carrying HTML comes back from the server the same way.
    operator_says(client, sender_of(page), "<script>alert(2)</script><b>粗体</b> 详见 https://www.huzhou.gov.cn/ 。")
    page.reload()
    ready(page)
    reply = page.locator(".Message.left").last
    assert reply.locator(".Message-author").inner_text() == "人工客服"
    assert reply.locator(".Bubble").inner_text().startswith("<script>alert(2)</script><b>粗体</b>")
    link = reply.locator(".Bubble a")
    assert link.get_attribute("href") == "https://www.huzhou.gov.cn/" and link.get_attribute("target") == "_blank"
    assert "noopener" in link.get_attribute("rel")
    assert page.locator(".MessageList img, .MessageList script, .MessageList b").count() == 0
    page.wait_for_timeout(300)  # time enough for an onerror to fire, were there an <img>
    assert page.dialogs == []


def operator_says(client, sender: str, text: str) -> None:
    """What the hand-off console will do: append a bot event marked as an operator's to the tracker."""
    event = {"event": "bot", "text": text, "metadata": {"operator": {"name": "测试坐席"}}}
    request = urllib.request.Request(
        client.url(f"/conversations/{sender}/tracker/events"), method="POST",
        data=json.dumps(event, ensure_ascii=False).encode("utf-8"), headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 200


def test_an_operator_reply_reaches_the_open_widget(servers, client, open_page):
    page = open_page(demo(servers))
    answers = bubbles(page, "left").count()
    page.get_by_role("button", name="转人工服务").click()
    wait_for_answer(page, answers)
    assert bubbles(page, "right").last.inner_text() == "转人工"
    assert "转人工摘要" in page.locator(".Message.left").last.inner_text()
    assert "12345" in page.locator(".Message.left").nth(-2).inner_text()
    operator_says(client, sender_of(page), "您好，我是人工客服，请问还有什么需要帮忙？")
    # The widget polls every 5 s while a person has been asked for.
    page.locator(".Message.left .Message-author", has_text="人工客服").wait_for(timeout=15_000)
    assert bubbles(page, "left").last.inner_text() == "您好，我是人工客服，请问还有什么需要帮忙？"


def test_typing_indicator_then_the_answer_and_its_rating_buttons(servers, open_page):
    page = open_page(demo(servers))
    held = []
    page.route("**/webhooks/rest/webhook", lambda route: held.append(route))
    box = page.get_by_role("textbox", name="输入您的问题，按回车发送")
    box.fill("低保怎么申请")
    box.press("Enter")
    typing = page.locator(".Message[data-type=typing] .Typing")
    typing.wait_for(timeout=5_000)
    assert "正在回复" in typing.inner_text()
    assert box.input_value() == "" and len(held) == 1  # the question is on its way, held here
    held[0].continue_()
    page.unroute("**/webhooks/rest/webhook")
    typing.wait_for(state="detached", timeout=ANSWER_TIMEOUT)
    assert "最低生活保障" in page.locator(".MessageList").inner_text()
    # The 好差评 rating buttons come under the answer, as the dialogue sends them, and work.
    rating = page.locator(".Message.left").last
    assert rating.locator(".hz-choice").all_inner_texts() == list(RATINGS)
    answers = bubbles(page, "left").count()
    rating.get_by_role("button", name="满意", exact=True).click()
    wait_for_answer(page, answers)
    assert bubbles(page, "right").last.inner_text() == "满意"
    assert "谢谢您的评价" in bubbles(page, "left").last.inner_text()


def test_large_type_is_large_high_contrast_and_kept(servers, open_page):
    page = open_page(demo(servers), viewport=PHONE)
    ask(page, "孩子想上幼儿园找哪个部门")
    toggle = page.get_by_role("button", name="大字模式")
    assert toggle.get_attribute("aria-pressed") == "false"
    toggle.click()
    page.reload()
    ready(page)
    assert page.get_by_role("button", name="大字模式").get_attribute("aria-pressed") == "true"
    style = bubbles(page, "left").last.evaluate(
        "b => { const s = getComputedStyle(b); return [parseFloat(s.fontSize), s.color, s.backgroundColor]; }")
    assert style[0] >= 20
    assert style[1:] == ["rgb(0, 0, 0)", "rgb(255, 255, 255)"]  # black on white
    for control in (page.locator(".hz-choice").first, page.get_by_role("textbox")):
        assert control.evaluate("e => parseFloat(getComputedStyle(e).fontSize)") >= 20
    screenshot(page, "widget-375-large.png")
    page.set_viewport_size(DESKTOP)
    page.locator(".PullToRefresh").evaluate("list => { list.scrollTop = list.scrollHeight; }")  # as a resident would
    screenshot(page, "widget-1280-large.png")


def test_a_phone_screen_has_no_horizontal_scrolling(servers, open_page):
    page = open_page(demo(servers), viewport=PHONE)
    ask(page, "我是残疾人有什么补贴")
    ask(page, "https://www.example.com/a/very/long/address/that/does/not/break/anywhere/at/all/0123456789")
    widths = page.evaluate("""() => {
        const root = document.getElementById('huzhou-assistant').shadowRoot;
        const panel = root.querySelector('.hz-panel').getBoundingClientRect();
        const list = root.querySelector('.MessageList');
        return {page: document.documentElement.scrollWidth, view: window.innerWidth,
                panel: [panel.left, panel.width], list: [list.scrollWidth, list.clientWidth]};
    }""")
    assert widths["page"] <= widths["view"] == 375
    assert widths["panel"] == [0, 375]
    assert widths["list"][0] <= widths["list"][1]
    for name in ("转人工服务", "拨打12345政务服务便民热线"):
        box = page.get_by_role("link" if "12345" in name else "button", name=name).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 375 and box["y"] + box["height"] <= 740
    screenshot(page, "widget-375.png")


def test_the_keyboard_reaches_and_presses_the_buttons(servers, open_page):
    page = open_page(demo(servers))
    ask(page, "孩子想上幼儿园找哪个部门")
    box = page.get_by_role("textbox", name="输入您的问题，按回车发送")
    box.focus()
    active = "() => document.getElementById('huzhou-assistant').shadowRoot.activeElement"
    for _ in range(40):  # backwards from the input: the shortcuts, then the answer's buttons
        page.keyboard.press("Shift+Tab")
        if page.evaluate(f"({active})().classList.contains('hz-choice')"):
            break
    else:
        pytest.fail("Tab never reached an answer's button")
    title = page.evaluate(f"({active})().textContent")
    answers = bubbles(page, "left").count()
    page.keyboard.press("Enter")
    wait_for_answer(page, answers)
    assert bubbles(page, "right").last.inner_text() == title
    # Shift+Enter is a new line, not a send.
    box.focus()
    page.keyboard.type("第一行")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("第二行")
    assert box.input_value() == "第一行\n第二行"


def test_the_server_stopped_shows_12345_and_keeps_the_text(servers, embed_site, open_page):
    closed = f"http://127.0.0.1:{free_port()}"  # nothing listens there: the assistant is down
    page = open_page(embed_site.url(servers.rasa_url + "/widget/huzhou-widget.js", server=closed))
    assert "12345" in page.locator(".hz-notice").last.inner_text()  # the history could not be loaded
    box = page.get_by_role("textbox", name="输入您的问题，按回车发送")
    box.fill("低保怎么申请")
    box.press("Enter")
    page.locator(".hz-failed").wait_for(timeout=ANSWER_TIMEOUT)
    notice = page.locator(".hz-notice").last.inner_text()
    assert "连不上" in notice and "12345" in notice
    assert box.input_value() == "低保怎么申请"  # ready to send again
    assert bubbles(page, "right").last.inner_text() == "低保怎么申请"
    assert page.get_by_role("button", name="重新发送").is_visible()


def test_a_refused_message_says_why_and_keeps_the_text(servers, open_page):
    page = open_page(demo(servers))
    text = "我想问" * 400  # 1200 characters: over the REST channel's limit, refused with HTTP 413
    box = page.get_by_role("textbox", name="输入您的问题，按回车发送")
    box.fill(text)
    box.press("Enter")
    page.locator(".hz-failed").wait_for(timeout=ANSWER_TIMEOUT)
    notice = page.locator(".hz-notice").last.inner_text()
    assert "1000字以内" in notice and "12345" in notice
    assert box.input_value() == text


def test_another_site_embeds_it_with_two_lines_if_allowed(servers, embed_site, foreign_site, open_page):
    script = servers.rasa_url + "/widget/huzhou-widget.js"
    page = open_page(embed_site.url(script))
    ask(page, "孩子想上幼儿园找哪个部门")
    assert "教育局" in bubbles(page, "left").last.inner_text()
    # A site not in HUZHOU_ALLOWED_ORIGINS: the browser refuses the answers (CORS).
    page = open_page(foreign_site.url(script))
    box = page.get_by_role("textbox", name="输入您的问题，按回车发送")
    box.fill("低保怎么申请")
    box.press("Enter")
    page.locator(".hz-failed").wait_for(timeout=ANSWER_TIMEOUT)
    assert "12345" in page.locator(".hz-notice").last.inner_text()


def test_controls_have_names_and_the_panel_closes_and_opens(servers, open_page):
    page = open_page(demo(servers))
    for role, name in [("button", "大字模式"), ("button", "收起对话窗口"), ("button", "转人工服务"),
                       ("link", "拨打12345政务服务便民热线"), ("textbox", "输入您的问题，按回车发送"),
                       ("button", "发送"), ("status", None)]:
        assert page.get_by_role(role, name=name, exact=True).count() == 1, (role, name)
    page.keyboard.press("Escape")
    launcher = page.get_by_role("button", name="打开湖州市民服务助手")
    launcher.wait_for()
    assert launcher.evaluate("e => e.getRootNode().activeElement === e")
    launcher.click()
    ready(page)
    assert page.get_by_role("dialog", name="湖州市民服务助手").is_visible()
    page.get_by_role("button", name="收起对话窗口").click()
    page.evaluate("HuzhouAssistant.open()")  # what a link of the host page can call
    ready(page)


def test_a_new_conversation_forgets_the_old_one_in_this_browser(servers, open_page):
    page = open_page(demo(servers))
    ask(page, "低保怎么申请")
    before = sender_of(page)
    page.get_by_role("button", name="开始新对话（本机不再显示之前的对话）").click()
    assert sender_of(page) != before
    assert page.locator(".Message.right").count() == 0
    page.reload()
    ready(page)
    assert page.locator(".Message.right").count() == 0  # the new conversation is empty: only the greeting
