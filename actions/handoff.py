"""Hand-off to a person: a summary for the operator, and what the resident does next."""
from __future__ import annotations

import datetime as dt
import os
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import kb, services_discussed
from actions.facts import known_facts
from bot import handoff_queue
from bot.triage import domain_gap

CHINA = dt.timezone(dt.timedelta(hours=8))
DEFAULT_HOURS = "1-5 09:00-17:00"  # the operator desk's own hours; set HUZHOU_OPERATOR_HOURS
WEEKDAYS = "一二三四五六日"


def operator_hours(spec: Optional[str] = None):
    """Parses "1-5 09:00-17:00" (ISO weekdays, start-end) into (days, start, end)."""
    spec = spec or os.environ.get("HUZHOU_OPERATOR_HOURS") or DEFAULT_HOURS
    days, times = spec.split()
    first, last = (int(d) for d in days.split("-"))
    start, end = (dt.time.fromisoformat(t) for t in times.split("-"))
    return range(first, last + 1), start, end


def describe_hours(spec: Optional[str] = None) -> str:
    days, start, end = operator_hours(spec)
    return f"周{WEEKDAYS[days[0] - 1]}至周{WEEKDAYS[days[-1] - 1]} {start:%H:%M}—{end:%H:%M}"


def desk_open(now: Optional[dt.datetime] = None, spec: Optional[str] = None) -> bool:
    now = (now or dt.datetime.now(CHINA)).astimezone(CHINA)
    days, start, end = operator_hours(spec)
    return now.isoweekday() in days and start <= now.time() < end


def summary(tracker: Tracker) -> Dict[str, Any]:
    """What an operator needs to pick up the conversation without asking again."""
    base = kb()
    facts = base.catalogue.facts
    services = [base.service(sid) for sid in services_discussed(tracker)]
    return {
        "conversation": tracker.sender_id,
        "services": [{"id": s.id, "name": s.name, "agency": s.agency_current} for s in services if s],
        "facts": [
            {"fact": key, "label": facts[key].label, "answer": value, "said": facts[key].describe(value)}
            for key, value in known_facts(tracker).items()
        ],
        "applicant": tracker.get_slot("applicant"),
        "place": tracker.get_slot("place"),
        "verdicts": tracker.get_slot("verdicts") or [],
        "topics": topics_asked(tracker),
    }


def topics_asked(tracker: Tracker) -> List[Dict[str, str]]:
    """Matters the resident asked about that the catalogue has no entry for ("楼道灯坏了找谁"),
    with the body responsible (or 12345 where none of the catalogue's bodies is)."""
    bodies = kb().catalogue.bodies
    topics: List[Dict[str, str]] = []
    for event in tracker.events:
        text = event.get("text") or "" if event.get("event") == "user" else ""
        gap = domain_gap(text) if text and not text.startswith("/") else None
        if gap is not None and gap.topic not in [t["topic"] for t in topics]:
            body = bodies.get(gap.body) if gap.body else None
            topics.append({"topic": gap.topic, "body": body.name if body else "12345政务服务便民热线"})
    return topics


def summary_text(data: Dict[str, Any]) -> str:
    base = kb()
    lines = ["【转人工摘要】"]
    names = "、".join(s["name"] for s in data["services"]) or "（未涉及具体服务）"
    lines.append(f"咨询的服务：{names}")
    if data["place"]:
        lines.append(f"所在区县：{data['place']}")
    if data.get("applicant") and data["applicant"] != "self":
        who = {"parent": "父母", "spouse": "配偶", "child": "子女"}.get(data["applicant"], data["applicant"])
        lines.append(f"申请人：居民的{who}")
    for topic in data.get("topics") or []:
        lines.append(f"目录外的事项：{topic['topic']}（{topic['body']}）")
    for fact in data["facts"]:
        lines.append(f"· {fact['said']}")
    status_words = {"likely_eligible": "很可能符合", "possibly_eligible": "可能符合，建议咨询", "not_eligible": "不符合",
                    "undetermined": "待确认", "need_more_answers": "未问完"}
    for v in data["verdicts"]:
        service = base.service(v["service"])
        lines.append(f"评估：{service.name if service else v['service']} — {status_words.get(v['status'], v['status'])}")
    return "\n".join(lines)


class ActionHandoff(Action):
    def name(self) -> Text:
        return "action_handoff"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        data = summary(tracker)
        during_hours = desk_open()
        # in the queue at any hour: outside the desk's hours the request waits for the morning
        handoff_queue.shared().request(
            tracker.sender_id, handoff_queue.channel_of(tracker.sender_id, tracker.get_latest_input_channel()),
            data, summary_text(data), during_hours=during_hours)
        if during_hours:
            dispatcher.utter_message(
                text="好的，正在为您转接人工服务。工作人员会看到您刚才咨询的内容，不用再重复；请稍候，他们会在这里回复您。"
                "着急的话也可以拨打12345政务服务便民热线。"
            )
        else:
            dispatcher.utter_message(
                text=f"现在不是人工在线服务时间（{describe_hours()}）。您的咨询摘要已经记下（见下），"
                "请在服务时间再说“转人工”；着急的话请拨打12345政务服务便民热线。"
            )
        dispatcher.utter_message(text=summary_text(data), json_message={"handoff": data})
        return [SlotSet("handoff_requested", True)]
