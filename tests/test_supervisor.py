"""The supervisor of `python -m bot run` (bot/runner.py) on small stand-in processes: a server
that dies is restarted after a back-off that doubles, and the restart is logged; a server that
refuses to start (exit code 2: a wrong setting) is not restarted in a loop. The real servers
killed with SIGKILL mid-conversation: tests/test_cluster.py."""
import io
import os
import signal
import sys
import threading
import time

from bot.runner import Servers
from bot.settings import Settings

SLEEP = [sys.executable, "-c", "import time; time.sleep(120)"]


class StandIns(Servers):
    def __init__(self, commands, log):
        super().__init__(Settings.from_env({"HUZHOU_MODEL": __file__}), log)
        self._commands = commands

    def commands(self):
        return self._commands


def wait_for(condition, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_a_killed_server_is_restarted_with_a_growing_back_off_and_logged():
    log = io.StringIO()
    servers = StandIns({"actions": SLEEP, "rasa": SLEEP}, log).start()
    outcome = {}
    supervisor = threading.Thread(target=lambda: outcome.setdefault("code", servers.supervise(poll=0.05)))
    supervisor.start()
    try:
        other = servers.running["actions"].pid
        first = servers.running["rasa"].pid
        os.kill(first, signal.SIGKILL)
        assert wait_for(lambda: servers.running["rasa"].pid != first), log.getvalue()
        restarted_at = time.monotonic()
        second = servers.running["rasa"].pid
        os.kill(second, signal.SIGKILL)  # dies again at once: the next wait is longer
        assert wait_for(lambda: servers.running["rasa"].pid != second), log.getvalue()
        assert time.monotonic() - restarted_at >= 1.9
        assert servers.running["rasa"].poll() is None and servers.running["actions"].pid == other
    finally:
        servers.stop()
        supervisor.join(10)
    lines = log.getvalue().splitlines()
    assert "[supervisor] rasa exited with code -9 after 0s; restarting it in 1s (restart 1 in a row)" in lines
    assert "[supervisor] rasa exited with code -9 after 0s; restarting it in 2s (restart 2 in a row)" in lines
    assert sum("rasa restarted (pid" in line for line in lines) == 2
    assert outcome["code"] == 0 and not any(p.poll() is None for p in servers.processes)


def test_a_server_that_refuses_to_start_is_not_restarted():
    log = io.StringIO()
    refuse = [sys.executable, "-c", "import sys; sys.exit(2)"]
    servers = StandIns({"actions": SLEEP, "rasa": refuse}, log).start()
    try:
        assert servers.supervise(poll=0.05) == 2
    finally:
        servers.stop()
    assert "[supervisor] rasa refused to start (exit code 2); not restarting it" in log.getvalue()
    assert "restarted" not in log.getvalue()
