"""The hotline console in a real headless browser (Debian's chromium via Playwright)
against the session's running servers: an operator types a caller's words and
sees the suggestion, opens the card, ticks the checklist (evaluated by the
server's rules), copies the 工单, and works a resident's hand-off from the queue.
Writes the README's screenshot, docs/hotline/console.png."""
from __future__ import annotations

import uuid

import pytest

from bot.settings import REPO_ROOT
from channels.hotline.conversation import CLAIMED_TEXT

pytestmark = pytest.mark.servers
SCREENSHOT = REPO_ROOT / "docs" / "hotline" / "console.png"
TIMEOUT = 30_000  # ms; an answer normally takes well under a second


@pytest.fixture
def console(browser, hotline):
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, locale="zh-CN",
                                  extra_http_headers={"Authorization": f"Bearer {hotline.token}"})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=hotline.base_url.split("/webhooks")[0])
    page = context.new_page()
    page.goto(hotline.base_url + "console")
    page.get_by_role("textbox", name="来电人说的话").wait_for(timeout=TIMEOUT)
    yield page
    context.close()


def test_without_the_token_the_console_is_a_login_page(browser, hotline):
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    response = page.goto(hotline.base_url + "console")
    assert response.status == 401 and page.locator("input[name=token]").count() == 1
    page.fill("input[name=token]", hotline.token)
    page.click("button[type=submit]")
    page.get_by_role("textbox", name="来电人说的话").wait_for(timeout=TIMEOUT)  # the cookie lets the page in
    context.close()


def test_caller_words_suggestion_card_checklist_and_work_order(console):
    page = console
    page.get_by_role("textbox", name="接线员姓名").fill("王芳")
    box = page.get_by_role("textbox", name="来电人说的话")
    box.press_sequentially("来电人说她妈妈瘫在床上，问护理补贴怎么领，住在长兴县，电话13812345678", delay=15)
    suggestion = page.locator("button[data-service=severe_disability_care_subsidy]")
    suggestion.wait_for(timeout=TIMEOUT)
    assert page.locator("button.suggestion").first.get_attribute("data-service") == "severe_disability_care_subsidy"
    suggestion.click()

    card = page.get_by_role("article", name="服务卡片：重度残疾人护理补贴")
    card.wait_for(timeout=TIMEOUT)
    assert "湖州市民政局" in card.inner_text() and "长兴县民政局" in card.inner_text()
    condition = card.locator("li[data-condition=c1] .badge")
    assert condition.get_attribute("data-status") == "unknown"
    card.locator("li[data-condition=c1]").get_by_role("radio", name="是", exact=False).first.check()
    page.wait_for_function("() => document.querySelector('li[data-condition=c1] .badge').dataset.status === 'met'",
                           timeout=TIMEOUT)
    card.locator("li[data-condition=c2] select").select_option("三级")
    page.wait_for_function("() => document.querySelector('li[data-condition=c2] .badge').dataset.status === 'consult'",
                           timeout=TIMEOUT)
    card.locator("li[data-condition=c2] select").select_option("一级")
    card.locator("li[data-condition=c3] input[type=radio]").first.check()  # 是
    page.wait_for_function("() => document.querySelector('.verdict').dataset.status === 'likely_eligible'",
                           timeout=TIMEOUT)
    assert [b.get_attribute("data-status") for b in card.locator(".badge").all()] == ["met", "met", "met"]

    card.get_by_role("button", name="复制工单").click()
    card.get_by_role("status").filter(has_text="已复制").wait_for(timeout=TIMEOUT)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("【12345工单（草稿）】") and "匹配服务：重度残疾人护理补贴" in copied
    assert "所在区县：长兴县" in copied and "建议承办单位：长兴县民政局" in copied
    assert "138****5678" in copied and "13812345678" not in copied
    assert "需要长期照护" in copied or "长期照护" in copied  # the ticked answers are in the work order

    page.get_by_role("textbox", name="检索词").fill("公租房")
    page.get_by_role("region", name="知识库检索").get_by_role("button", name="公共租赁住房").wait_for(timeout=TIMEOUT)


def test_an_operator_claims_and_answers_a_handoff_from_the_queue(console, client):
    page = console
    sender = f"rest-{uuid.uuid4().hex}"
    client.say(sender, "公租房怎么申请")
    client.say(sender, "转人工")
    page.get_by_role("textbox", name="接线员姓名").fill("李明")
    page.get_by_role("textbox", name="来电人说的话").fill("孩子上小学要什么材料，户口在吴兴区")
    page.locator("button.suggestion").first.wait_for(timeout=TIMEOUT)
    page.locator("button.suggestion").first.click()
    page.locator("article.card").wait_for(timeout=TIMEOUT)

    queue = page.get_by_role("region", name="转人工队列")
    entry = queue.locator("button.entry").filter(has_text="公共租赁住房").last
    entry.wait_for(timeout=TIMEOUT)
    handoff_id = entry.get_attribute("data-handoff")
    entry.click()
    queue.get_by_role("button", name="接起").click()
    reply_box = queue.get_by_role("textbox", name="回复居民")
    reply_box.wait_for(timeout=TIMEOUT)
    page.mouse.move(0, 0)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=False)
    reply_box.fill("您好，公租房请向户籍所在地的住房保障部门申请，我把材料清单发给您。")
    queue.get_by_role("button", name="发送").click()
    queue.locator(".transcript li.operator").filter(has_text="材料清单").wait_for(timeout=TIMEOUT)
    updates = client.get(f"/webhooks/rest/updates?sender={sender}&since=0")
    assert [m["text"] for m in updates["messages"]][:1] == [CLAIMED_TEXT]
    assert "材料清单" in updates["messages"][-1]["text"]
    queue.get_by_role("button", name="结束，交还助手").click()
    queue.locator(f"button.entry[data-handoff='{handoff_id}']").wait_for(state="detached", timeout=TIMEOUT)
    assert client.text(sender, "低保怎么申请")  # the assistant answers again
