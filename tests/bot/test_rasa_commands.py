"""Rasa's own commands from the root: endpoints.yml and credentials.yml read their settings from
the environment (${...}); `eval "$(python -m bot env)"` gives a plain `rasa shell`, `rasa test`
or `rasa run actions` what `make run` gives its servers."""
import os
import subprocess
import sys

from tests.conftest import REPO_ROOT

READ = ("from rasa.core.utils import read_endpoints_from_path; from rasa.shared.utils.io import read_config_file; "
        "e = read_endpoints_from_path('endpoints.yml'); c = read_config_file('credentials.yml'); "
        "print(e.action.url, e.tracker_store.type, sorted(c))")


def run(script: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", script], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_the_endpoints_need_the_environment_and_bot_env_gives_it():
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("HUZHOU_", "ACTION_ENDPOINT", "WECHAT_")) and k != "PYTHONPATH"}
    bare = run(f'{sys.executable} -c "{READ}"', env)
    assert bare.returncode != 0 and "ACTION_ENDPOINT_URL" in bare.stderr  # a plain `rasa shell` fails like this
    exported = run(f'eval "$({sys.executable} -m bot env)" && {sys.executable} -c "{READ}"',
                   {**env, "PYTHONPATH": str(REPO_ROOT)})
    assert exported.returncode == 0, exported.stderr[-2000:]
    assert "http://127.0.0.1:5055/webhook bot.stores.TrackerStore" in exported.stdout
    assert "channels.wechat.WeChatInput" in exported.stdout and "channels.hotline.HotlineInput" in exported.stdout
    printed = run(f"{sys.executable} -m bot env", {**env, "PYTHONPATH": str(REPO_ROOT), "RASA_AUTH_TOKEN": "secret-x"})
    assert "secret-x" not in printed.stdout  # the API token is never printed
