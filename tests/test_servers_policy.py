"""When a server a test needs is absent (tests/servers.py): skipped on a developer's machine, a
failure under CI, where .ci/run guarantees every server of the list."""
from types import SimpleNamespace

import pytest

from tests import conftest, servers
from tests.conftest import REPO_ROOT


@pytest.fixture
def missing(monkeypatch):
    """A server that is never there, known to tests/servers.py for this test only."""
    monkeypatch.setitem(servers.SERVERS, "nothing", (lambda: False, "nothing is answering at 127.0.0.1:1"))
    monkeypatch.setattr(servers, "_present", {})
    return "nothing"


def test_ci_is_read_from_the_environment():
    assert servers.in_ci({"CI": "true"}) and servers.in_ci({"CI": "1"}) and servers.in_ci({"CI": "TRUE "})
    assert not servers.in_ci({}) and not servers.in_ci({"CI": ""}) and not servers.in_ci({"CI": "false"})


def test_an_absent_server_skips_the_test_with_the_reason(missing, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="nothing is answering at 127.0.0.1:1"):
        servers.require(missing)


def test_under_ci_an_absent_server_fails_the_test(missing, monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="nothing is answering.*guarantees it"):
        servers.require(missing)


def test_the_marker_is_checked_before_the_test(missing, monkeypatch):
    monkeypatch.setenv("CI", "true")

    def item(*markers):
        return SimpleNamespace(get_closest_marker=lambda name: name if name in markers else None)

    conftest.pytest_runtest_setup(item("servers", "postgres_unrelated"))  # no marker of a missing server: runs
    with pytest.raises(pytest.fail.Exception):
        conftest.pytest_runtest_setup(item("servers", missing))


def test_a_present_server_lets_the_test_run(monkeypatch):
    monkeypatch.setitem(servers.SERVERS, "here", (lambda: True, "unused"))
    monkeypatch.setenv("CI", "true")
    servers.require("here")


# What .ci/run does for each: starts the service, or installs the Debian package
CI_RUN_STEP = {"postgres": "postgresql:5432", "redis": "redis-server:6379", "rabbitmq": "rabbitmq-server:5672",
               "haproxy": "install -y -qq haproxy", "chromium": "install -y -qq chromium", "cjk_font": "fonts-noto-cjk"}


def test_every_server_is_a_marker_and_guaranteed_by_ci_run(request):
    """A failure under CI is fair only for what .ci/run installs or starts."""
    markers = {line.split(":")[0] for line in request.config.getini("markers")}
    ci_run = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert set(servers.SERVERS) == set(CI_RUN_STEP)
    for name in servers.SERVERS:
        assert name in markers, f"register the marker {name!r} in pyproject.toml"
        assert CI_RUN_STEP[name] in ci_run, f".ci/run does not guarantee {name}"
