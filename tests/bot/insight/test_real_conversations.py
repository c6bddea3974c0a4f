"""The report reads what the running assistant stores, not only what the simulation writes:
conversations over REST (one from a web-widget sender id) through the session's real servers,
then the report over their tracker store."""
from __future__ import annotations

import datetime as dt
import secrets

import pytest

from bot.insight.conversations import CHINA, read_conversations

pytestmark = [pytest.mark.servers, pytest.mark.cjk_font]


def test_the_report_reads_conversations_the_assistant_stored(servers, client, kb, tmp_path):
    from bot.insight.report import build_report

    rest, web = f"report-{secrets.token_hex(6)}", f"web-{secrets.token_hex(16)}"
    for message in ("护理补贴我能领吗", "有的", "二级", "是的", "在长兴县去哪里办", "转人工"):
        client.say(rest, message)
    for message in ("低保怎么申请", '/rate_service{"rating": "满意"}', "我想问一下火车票怎么退，电话13912345678"):
        client.say(web, message)
    today = dt.datetime.now(CHINA).date()
    since = today - dt.timedelta(days=1)
    url = servers.settings.tracker_url
    conversations = {c.sender: c for c in read_conversations(url, since, today, [p.name for p in kb.catalogue.places])}

    screened = conversations[rest]
    assert screened.channel == "rest" and screened.messages == 6
    assert screened.services == ["severe_disability_care_subsidy"]
    assert screened.verdicts == {"severe_disability_care_subsidy": "likely_eligible"}
    assert screened.place == "长兴县" and screened.handoff and not screened.unanswered
    assert screened.service_messages["severe_disability_care_subsidy"] >= 4  # the question, the form's answers, where

    rated = conversations[web]
    assert rated.channel == "widget" and rated.messages == 3 and not rated.handoff
    assert rated.services == ["minimum_living_allowance"]
    assert rated.ratings == [["minimum_living_allowance", "满意"]]
    assert rated.unanswered == ["我想问一下火车票怎么退，电话139****5678"]  # stored masked

    result = build_report(url, since, today, tmp_path, kb)
    assert result["conversations"] >= 2 and (tmp_path / "index.html").exists()
    assert "13912345678" not in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_simulated_events_have_the_shape_the_assistant_stores(servers, client, simulated):
    """Every kind of event the simulation writes, with the same keys, and every slot it sets, as the
    running assistant stores them (a conversation held now over REST)."""
    from bot.insight.conversations import read_rows

    sender = f"report-shape-{secrets.token_hex(6)}"
    for message in ("护理补贴我能领吗", "有的", "二级", "是的", "在长兴县去哪里办", "非常满意", "转人工"):
        client.say(sender, message)
    today = dt.datetime.now(CHINA).date()

    def shapes(rows):
        kinds, slots = {}, set()
        for _, type_name, data in rows:
            kinds.setdefault(type_name, set()).update(data)
            if type_name == "user":
                kinds.setdefault("parse_data", set()).update(data["parse_data"])
            if type_name == "slot":
                slots.add(data["name"])
        return kinds, slots

    real_kinds, real_slots = shapes(r for r in read_rows(servers.settings.tracker_url, today - dt.timedelta(days=1), today)
                                    if r[0] == sender)
    url, truth, _ = simulated
    simulated_kinds, simulated_slots = shapes(read_rows(url, dt.date.fromisoformat(truth["since"]),
                                                        dt.date.fromisoformat(truth["until"])))
    assert set(simulated_kinds) <= set(real_kinds)
    for kind, keys in simulated_kinds.items():
        assert keys <= real_kinds[kind], (kind, keys - real_kinds[kind])
    assert {"intent", "entities", "text", "message_id", "metadata", "intent_ranking"} <= simulated_kinds["parse_data"]
    import yaml

    from bot.settings import REPO_ROOT

    declared = set(yaml.safe_load((REPO_ROOT / "domain.yml").read_text(encoding="utf-8"))["slots"]) | {"requested_slot"}
    assert simulated_slots <= declared, simulated_slots - declared
    read = {"current_service", "eligibility_service", "place", "residence_place", "verdicts", "handoff_requested",
            "rating", "rated_service"}  # what the report reads, set by the assistant and by the simulation alike
    assert read <= real_slots and read <= simulated_slots
