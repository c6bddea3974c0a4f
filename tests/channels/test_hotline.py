"""The hotline console's API on the running servers: who may call it, the assist
contract, the checklist, knowledge-base search, and a hand-off end to end over
REST and WeChat (转人工 → queue → claim → the assistant silent → the operator's
reply reaches the resident → close gives the conversation back)."""
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest

from channels.hotline.auth import refusal, session_value
from channels.hotline.conversation import CLAIMED_TEXT, CLOSED_TEXT

pytestmark = pytest.mark.servers
TOKEN = "s3cret-token"


# -- who may call ----------------------------------------------------------------------------------

@pytest.mark.parametrize("token, headers, ip, cookies, expected", [
    (TOKEN, {"authorization": f"Bearer {TOKEN}"}, "10.1.2.3", {}, None),
    (TOKEN, {"authorization": f"bearer {TOKEN}"}, "127.0.0.1", {}, None),
    (TOKEN, {}, "127.0.0.1", {}, "no_token"),  # a token is set: loopback is no excuse
    (TOKEN, {"authorization": "Bearer nope"}, "127.0.0.1", {}, "bad_token"),
    (TOKEN, {"authorization": f"Basic {TOKEN}"}, "127.0.0.1", {}, "bad_token"),
    (TOKEN, {}, "10.1.2.3", {"hotline_session": session_value(TOKEN)}, None),
    (TOKEN, {}, "10.1.2.3", {"hotline_session": TOKEN}, "no_token"),  # the cookie is not the token
    ("", {}, "127.0.0.1", {}, None),
    ("", {}, "::1", {}, None),
    ("", {}, "::ffff:127.0.0.1", {}, None),
    ("", {}, "10.1.2.3", {}, "loopback_only"),
    ("", {}, "192.168.1.20", {}, "loopback_only"),
    ("", {"x-forwarded-for": "203.0.113.9"}, "127.0.0.1", {}, "loopback_only"),  # through a proxy
    ("", {"forwarded": "for=203.0.113.9"}, "127.0.0.1", {}, "loopback_only"),
    ("", {}, None, {}, "loopback_only"),
])
def test_who_may_call(token, headers, ip, cookies, expected):
    problem = refusal(token, headers, ip, cookies)
    assert (problem[1] if problem else None) == expected
    if problem:
        assert problem[0] == (401 if token else 403) and problem[2]


@pytest.mark.parametrize("path, body", [
    ("handoffs", None), ("assist", {"text": "低保怎么申请"}), ("handoffs/1/claim", {"operator": "王芳"}),
    ("search?q=低保", None), ("check", {"service": "public_rental_housing", "answers": {}}),
])
def test_every_route_needs_the_token(hotline, path, body):
    for token, code in ((None, "no_token"), ("wrong-token", "bad_token")):
        status, answer = hotline.call(path, body, token=token)
        assert status == 401 and answer["error"] == code and answer["message"]
    assert hotline.call(path.replace("/1/", "/999999/"), body)[0] in (200, 404)


def test_the_console_page_asks_for_the_token_and_the_login_sets_a_cookie(hotline):
    status, page = hotline.get("console", token=None)
    assert status == 401 and 'name="token"' in page
    status, page = hotline.get("console")
    assert status == 200 and 'id="hotline-console"' in page and "长兴县" in page  # districts from the knowledge base
    assert hotline.get("hotline-console.js")[0] == 200

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    form = f"token={hotline.token}".encode()
    request = urllib.request.Request(hotline.base_url + "login", data=form,
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    with pytest.raises(urllib.error.HTTPError) as redirected:
        opener.open(request, timeout=30)
    assert redirected.value.code == 303
    cookie = redirected.value.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and hotline.token not in cookie
    value = cookie.split(";")[0]
    assert hotline.get("handoffs", token=None, headers={"Cookie": value})[0] == 200
    status, _ = hotline.call("login", token=None, raw=b"token=wrong",
                             headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 401


# -- assist ---------------------------------------------------------------------------------------

def test_assist_returns_the_predict_object_and_cards_for_the_top_services(hotline):
    status, answer = hotline.post("assist", {"text": "来电人说她是二级残疾，需要人照顾，住在长兴县，问护理补贴怎么领，电话13812345678"})
    assert status == 200
    assert {"text", "intent", "confidence", "in_scope", "entities", "groups", "services"} <= set(answer)
    assert answer["in_scope"] and answer["services"][0]["id"] == "severe_disability_care_subsidy"
    assert set(answer["services"][0]) == {"id", "name", "section", "agency", "agency_current", "score"}
    assert answer["district"] == "长兴县" and "13812345678" not in json.dumps(answer, ensure_ascii=False)
    assert 1 <= len(answer["top"]) <= 3
    card = answer["top"][0]
    assert card["office"]["agency"] == "湖州市民政局" and card["office"]["local_office"] == "长兴县民政局"
    assert "12345" in card["office"]["hotline"] or card["office"]["hotline"]
    assert [c["label"] for c in card["checklist"]] == ["持有残疾人证（第二代）", "残疾等级为一级或二级", "需要长期照护"]
    assert all(c["source"] and all(f["question"] for f in c["facts"]) for c in card["checklist"])
    assert card["facts_said"].get("disability_grade") == "二级"
    assert "【重度残疾人护理补贴】" in card["script"] and "湖州市民政局" in card["script"]
    order = card["work_order"]
    assert order["service"]["name"] == "重度残疾人护理补贴" and order["district"] == "长兴县"
    assert order["suggested_body"] == "长兴县民政局"
    assert "138****5678" in order["text"] and "二级残疾" not in order["text"]  # disability details masked too


@pytest.mark.parametrize("text, body", [("我想问问高龄津贴怎么领", "民政局"), ("今天天气怎么样", None)])
def test_out_of_scope_gets_the_closest_bodies_and_12345_never_an_answer(hotline, text, body):
    status, answer = hotline.post("assist", {"text": text})
    assert status == 200 and answer["services"] == [] and answer["top"] == []
    oos = answer["out_of_scope"]
    assert "转12345" in oos["guidance"] or "12345" in oos["guidance"]
    if body:
        assert any(body in b for b in oos["bodies"])
    assert answer["work_order"]["suggested_body"] == "12345相关部门"


@pytest.mark.parametrize("raw, status, code", [
    (b"not json", 400, "bad_request"), (b"[1]", 400, "bad_request"), (b'{"text": ""}', 400, "empty_text"),
    (b'{"text": "x", "district": 5}', 400, "bad_district"), (b"{" + b" " * 70000 + b"}", 400, "bad_request"),
])
def test_bad_assist_requests_get_a_json_reason(hotline, raw, status, code):
    got, answer = hotline.call("assist", raw=raw)
    assert got == status and answer["error"] == code and answer["message"]


# -- the checklist --------------------------------------------------------------------------------

def statuses(hotline, service, answers):
    status, result = hotline.post("check", {"service": service, "answers": answers})
    assert status == 200
    return result["status"], {c["id"]: c["status"] for c in result["conditions"]}, result


def test_checklist_of_public_rental_housing(hotline):
    status, card = hotline.get("service/public_rental_housing?district=安吉县")
    assert status == 200 and [c["id"] for c in card["checklist"]] == ["c1", "c2", "c3", "c4"]
    assert card["office"]["local_office"].startswith("安吉县")
    verdict, conditions, _ = statuses(hotline, "public_rental_housing", {})
    assert verdict == "need_more_answers" and conditions["c1"] == "unknown"
    answers = {"has_local_housing": False, "income_below_housing_line": True, "migrant_worker": False,
               "household_has_disabled": False}
    verdict, conditions, result = statuses(hotline, "public_rental_housing", answers)
    assert verdict == "likely_eligible"
    assert conditions == {"c1": "met", "c2": "met", "c3": "not_applicable", "c4": "not_met"}
    assert "很可能符合【公共租赁住房】" in result["text"]
    verdict, conditions, _ = statuses(hotline, "public_rental_housing", {**answers, "income_below_housing_line": "不知道"})
    assert conditions["c2"] == "unknown" and verdict in ("undetermined", "need_more_answers")
    verdict, conditions, _ = statuses(hotline, "public_rental_housing",
                                      {**answers, "has_local_housing": True, "per_capita_housing_area": 30})
    assert verdict == "not_eligible" and conditions["c1"] == "not_met"
    verdict, conditions, _ = statuses(hotline, "public_rental_housing",
                                      {**answers, "has_local_housing": True, "per_capita_housing_area": "12"})
    assert conditions["c1"] == "met"


def test_checklist_of_severe_disability_care_subsidy(hotline):
    service = "severe_disability_care_subsidy"
    verdict, conditions, result = statuses(hotline, service, {"has_disability_certificate": True,
                                                              "disability_grade": "二级", "needs_long_term_care": True})
    assert verdict == "likely_eligible" and set(conditions.values()) == {"met"}
    assert "重度残疾人护理补贴" in result["work_order"]["text"]
    # 三级: the source lets a county extend the subsidy, so the caller is sent to ask, not refused
    verdict, conditions, result = statuses(hotline, service, {"has_disability_certificate": True, "disability_grade": "三级"})
    assert conditions["c2"] == "consult" and "三、四级的可以向户籍所在地" in result["text"]
    verdict, conditions, _ = statuses(hotline, service, {"has_disability_certificate": True, "disability_grade": "无残疾"})
    assert verdict == "not_eligible" and conditions["c2"] == "not_met"
    verdict, conditions, _ = statuses(hotline, service, {"has_disability_certificate": "不知道"})
    assert conditions["c1"] == "unknown" and verdict == "need_more_answers"
    # a value that does not fit the fact is dropped, not guessed
    verdict, conditions, result = statuses(hotline, service, {"has_disability_certificate": "maybe", "disability_grade": 2})
    assert result["answers"] == {} and conditions["c1"] == "unknown"
    assert hotline.post("check", {"service": "no_such_service", "answers": {}})[0] == 404
    assert hotline.post("check", {"service": service, "answers": [1]})[0] == 400


def test_knowledge_base_search_by_words_section_and_body(hotline):
    status, found = hotline.get("search?q=" + urllib.parse.quote("护理补贴"))
    assert status == 200 and found["results"][0]["id"] == "severe_disability_care_subsidy"
    names = {r["id"] for r in hotline.get("search?section=" + urllib.parse.quote("社会救助"))[1]["results"]}
    assert "minimum_living_allowance" in names
    by_body = hotline.get("search?body=" + urllib.parse.quote("住房和城乡建设局"))[1]["results"]
    assert by_body and all("住房和城乡建设" in r["agency_current"] for r in by_body)
    assert hotline.get("search")[0] == 400


# -- hand-off end to end --------------------------------------------------------------------------

def queued(hotline, sender):
    status, listing = hotline.get("handoffs")
    assert status == 200
    return next((h for h in listing["handoffs"] if h["sender"] == sender), None)


def updates(client, sender, since=0.0):
    return client.get(f"/webhooks/rest/updates?sender={sender}&since={since}")


def test_handoff_over_rest_end_to_end(hotline, client):
    sender = f"rest-{uuid.uuid4().hex}"
    client.say(sender, "重度残疾人护理补贴在长兴县去哪里办")
    handed = client.text(sender, "转人工")
    assert "人工" in handed and "12345" in handed
    entry = queued(hotline, sender)
    assert entry and entry["status"] == "waiting" and entry["channel"] == "rest"
    assert "重度残疾人护理补贴" in entry["summary"] and entry["claimed_by"] is None and entry["waiting_seconds"] >= 0
    assert {"id", "channel", "sender", "waiting_since", "summary", "claimed_by"} <= set(entry)

    status, claimed = hotline.post(f"handoffs/{entry['id']}/claim", {"operator": "王芳"})
    assert status == 200 and claimed["status"] == "claimed" and claimed["claimed_by"] == "王芳"
    status, refused = hotline.post(f"handoffs/{entry['id']}/claim", {"operator": "李明"})
    assert status == 409 and "王芳" in refused["message"]
    assert hotline.post(f"handoffs/{entry['id']}/reply", {"operator": "李明", "text": "我来"})[0] == 409

    assert client.say(sender, "你好，我的残疾证快到期了怎么办") == []  # the assistant stays silent
    cursor = updates(client, sender)
    assert cursor["paused"] and [m["text"] for m in cursor["messages"]] == [CLAIMED_TEXT]

    reply = "您好，我是12345热线王芳。残疾人证到期请到长兴县残联换领，护理补贴不受影响。"
    status, sent = hotline.post(f"handoffs/{entry['id']}/reply", {"operator": "王芳", "text": reply})
    assert status == 200 and sent["delivered"]
    fresh = updates(client, sender, cursor["cursor"])
    assert [(m["role"], m["text"]) for m in fresh["messages"]] == [("operator", reply)]

    status, detail = hotline.get(f"handoffs/{entry['id']}")
    said = [(m["role"], m["text"]) for m in detail["transcript"]]
    assert ("user", "你好，我的残疾证快到期了怎么办") in said and ("operator", reply) in said
    assert [(e["action"], e["operator"]) for e in detail["log"]][-2:] == [("claim", "王芳"), ("reply", "王芳")]

    assert hotline.post(f"handoffs/{entry['id']}/close", {"operator": "李明"})[0] == 409
    status, closed = hotline.post(f"handoffs/{entry['id']}/close", {"operator": "王芳"})
    assert status == 200 and closed["status"] == "closed" and closed["closed_by"] == "王芳"
    after = updates(client, sender, fresh["cursor"])
    assert [m["text"] for m in after["messages"]] == [CLOSED_TEXT] and not after["paused"]
    assert queued(hotline, sender) is None
    assert "最低生活保障" in client.text(sender, "低保怎么申请")  # the assistant answers again
    events = [e["event"] for e in client.tracker(sender)["events"]]
    assert events.index("pause") < events.index("resume")


def test_two_concurrent_claims_through_the_api_exactly_one_wins(hotline, client):
    sender = f"rest-{uuid.uuid4().hex}"
    client.say(sender, "转人工")
    entry = queued(hotline, sender)
    barrier, results = threading.Barrier(2), {}

    def claim(name):
        barrier.wait()
        results[name] = hotline.post(f"handoffs/{entry['id']}/claim", {"operator": name})[0]

    threads = [threading.Thread(target=claim, args=(name,)) for name in ("王芳", "李明")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results.values()) == [200, 409], results
    winner = next(name for name, status in results.items() if status == 200)
    assert queued(hotline, sender)["claimed_by"] == winner
    assert [m["text"] for m in updates(client, sender)["messages"]] == [CLAIMED_TEXT]  # paused once
    assert hotline.post(f"handoffs/{entry['id']}/close", {"operator": winner})[0] == 200


def test_handoff_over_wechat_reaches_the_resident_as_a_customer_service_message(hotline, wechat, fake_wechat_api):
    from bot.wechat_peer import new_openid, text_xml

    openid = new_openid()
    answer = wechat.post(text_xml(openid, "转人工"))
    assert answer.status == 200 and "人工" in answer.text
    entry = queued(hotline, openid)
    assert entry["channel"] == "wechat"
    assert hotline.post(f"handoffs/{entry['id']}/claim", {"operator": "王芳"})[1]["delivered"]
    silent = wechat.post(text_xml(openid, "我想问低保的事"))
    assert silent.status == 200 and not silent.text  # the assistant says nothing while a person holds it
    reply = "您好，这里是12345热线，请问您想咨询什么？"
    status, sent = hotline.post(f"handoffs/{entry['id']}/reply", {"operator": "王芳", "text": reply})
    assert status == 200 and sent["delivered"]
    assert fake_wechat_api.wait_for(openid, count=2, settle=0.2)[-2:] == [CLAIMED_TEXT, reply]
    assert hotline.post(f"handoffs/{entry['id']}/close", {"operator": "王芳"})[0] == 200
    assert fake_wechat_api.wait_for(openid, count=3, settle=0.2)[-1] == CLOSED_TEXT


@pytest.mark.parametrize("query, code", [("", "bad_sender"), ("?sender=", "bad_sender"),
                                         ("?sender=resident-1&since=yesterday", "bad_since")])
def test_bad_rest_update_requests_get_a_json_reason(client, query, code):
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{client.base_url}/webhooks/rest/updates{query}", timeout=30)
    assert refused.value.code == 400 and json.loads(refused.value.read())["error"] == code


def test_rest_updates_of_a_conversation_nobody_answered_are_empty(client):
    sender = f"rest-{uuid.uuid4().hex}"
    client.say(sender, "低保怎么申请")
    answer = updates(client, sender)
    assert answer["messages"] == [] and answer["paused"] is False and answer["cursor"] > 0
