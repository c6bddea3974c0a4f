"""Runs the Rasa server or the action server with personal data masked in every log line.

    python -m bot.serve rasa run --model … --endpoints endpoints.yml …
    python -m bot.serve rasa_sdk --actions actions --port 5055

`python -m bot run` starts both servers this way. Before the server's own
code runs, bot.privacy installs its masking in the logging module (every
record, whatever handler Rasa, Sanic or coloredlogs attach later). For the
Rasa server it also adds the HTTP API's credentials from the environment
(RASA_AUTH_TOKEN, RASA_JWT_SECRET, RASA_JWT_METHOD), so no secret appears in
the process list, and it refuses to start when the API is enabled without
one, or when the server listens beyond loopback without one. It also limits
each call to the action server (bot/faults.py): a hung or failed action server
gets the resident an apology naming 12345 within seconds, and so does a turn that
fails outside the actions (Redis down or hung).
"""
from __future__ import annotations

import os
import runpy
import sys
from typing import List, Mapping, Optional

from bot import speedups
from bot.faults import action_timeout, install_action_guard, install_turn_guard
from bot.privacy import install_log_masking

SERVERS = ("rasa", "rasa_sdk")


class Refused(Exception):
    """The server must not start as configured; the message says why and what to set."""


def _option(args: List[str], name: str) -> Optional[str]:
    for i, arg in enumerate(args):
        if arg == name and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def is_loopback(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.")


def rasa_arguments(args: List[str], env: Mapping[str, str]) -> List[str]:
    """`rasa run` arguments with the API's credentials added from ``env``; Refused when unsafe."""
    if any(a == "--auth-token" or a.startswith("--auth-token=") or a.startswith("--jwt-secret") for a in args):
        raise Refused("pass the HTTP API's credentials in RASA_AUTH_TOKEN or RASA_JWT_SECRET, "
                      "not on the command line (anyone on the machine can read a process's arguments)")
    token = env.get("RASA_AUTH_TOKEN") or ""
    secret = env.get("RASA_JWT_SECRET") or ""
    host = _option(args, "--interface") or _option(args, "-i") or "0.0.0.0"
    if not (token or secret):
        if "--enable-api" in args:
            raise Refused("Rasa's HTTP API reads and changes every conversation and the model: "
                          "set RASA_AUTH_TOKEN (or RASA_JWT_SECRET) to enable it")
        if not is_loopback(host):
            raise Refused(f"the Rasa server would listen on {host}, beyond this machine, without an "
                          "API token: set RASA_AUTH_TOKEN (or RASA_JWT_SECRET), or HUZHOU_HOST=127.0.0.1")
    extra: List[str] = []
    # one argument each, "--auth-token=…": a token that starts with "-" (secrets.token_urlsafe gives
    # one in 64) would otherwise be read by argparse as another option, and Rasa would not start
    if token:
        extra += [f"--auth-token={token}"]
    if secret:
        extra += [f"--jwt-secret={secret}", "--jwt-method", env.get("RASA_JWT_METHOD") or "HS256"]
    return args + extra


def quiet_third_party_warnings() -> None:
    """No deprecation warnings of installed packages at start-up. PYTHONWARNINGS (QUIET_ENV) is not
    enough: importing Sanic turns DeprecationWarnings back on ("once"), and Rasa shows UserWarnings
    once, pyparsing's deprecations among them. A deprecation raised inside site-packages is not ours
    to fix and is not shown; the project's own warnings still are."""
    import warnings

    shown = warnings.showwarning

    def show(message, category, filename, lineno, file=None, line=None):
        if issubclass(category, DeprecationWarning) and "site-packages" in str(filename):
            return
        shown(message, category, filename, lineno, file, line)

    warnings.showwarning = show


def main(argv: Optional[List[str]] = None, env: Optional[Mapping[str, str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    env = os.environ if env is None else env
    if not argv or argv[0] not in SERVERS:
        print(f"usage: python -m bot.serve {{{'|'.join(SERVERS)}}} ARGUMENTS…", file=sys.stderr)
        return 2
    server, args = argv[0], argv[1:]
    try:
        if server == "rasa":
            args = rasa_arguments(args, env)
            timeout = action_timeout(env)
    except (Refused, ValueError) as refused:
        print(f"湖州市民服务助手: not starting the Rasa server: {refused}", file=sys.stderr)
        return 2
    install_log_masking()
    quiet_third_party_warnings()
    if server == "rasa":  # a hung or failed action server: an apology with 12345 within seconds (bot/faults.py)
        install_action_guard(timeout)
        install_turn_guard()  # the lock store or the tracker store failing: the same apology
        speedups.install()
    else:  # the knowledge base and dictionaries loaded before the first resident's message
        speedups.warm_up_actions()
    sys.argv = [server, *args]
    runpy.run_module(server, run_name="__main__", alter_sys=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
