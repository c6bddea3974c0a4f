"""The first slice, end to end: a resident asks about kindergarten places over
the REST channel; the answer comes from the knowledge base through a custom
action and names the service and its responsible agency."""
import pytest

pytestmark = pytest.mark.servers


def test_servers_answer_status(client):
    status = client.get("/status")
    assert status["model_id"]
    assert "huzhou-assistant" in status["model_file"]


def test_kindergarten_question_gets_service_and_agency(client, kb):
    reply = client.text("e2e-kindergarten", "孩子明年就三岁了，想上幼儿园，怎么办？")
    service = kb.service("kindergarten_enrolment")
    assert service.name in reply
    assert service.agency_current in reply  # 湖州市教育局, read from the database
    assert "来源" in reply or "依据" in reply
    tracker = client.tracker("e2e-kindergarten")
    assert tracker["slots"]["current_service"] == "kindergarten_enrolment"
    actions = [e["name"] for e in tracker["events"] if e["event"] == "action"]
    assert "action_answer_service" in actions


def test_answer_comes_from_the_database_not_the_model(client, kb):
    """The action reads the catalogue at run time: what it says is the record."""
    reply = client.text("e2e-kindergarten-2", "学前教育")
    service = kb.service("kindergarten_enrolment")
    assert service.target_group.text in reply


def test_the_servers_start_without_deprecation_warnings_of_installed_packages(servers, client):
    client.text("warnings-check", "低保怎么申请")  # past start-up, one turn through both servers
    log = servers.log_path.read_text(encoding="utf-8")
    noisy = [line for line in log.splitlines() if "DeprecationWarning" in line and "site-packages" in line]
    assert noisy == [], noisy[:3]
