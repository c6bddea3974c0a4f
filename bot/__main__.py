"""Runs, trains and evaluates the assistant.

    python -m bot generate   NLU data and jieba dictionary from the catalogue
    python -m bot train      train the Rasa model into models/
    python -m bot run        action server + Rasa server in the foreground, restarted if they exit
    python -m bot run --replicas N   N Rasa replicas behind HAProxy
    python -m bot chat       a conversation in the terminal
    python -m bot predict    JSON Lines in (field "text"), findings out
    python -m bot eval       score NLU and service finding on tests/data
    python -m bot eval-routing  topics the catalogue lacks, stories of several needs
    python -m bot bench      parse latency and memory
    python -m bot wechat-bench  round trip of a WeChat passive reply (p50/p99)
    python -m bot env        export lines for Rasa's own commands: eval "$(python -m bot env)"; rasa shell
    python -m bot report     demand report from the stored conversations (HTML + CSV)
    python -m bot simulate   synthetic conversations with known counts, for tests and demos
    python -m bot load       the whole assistant under load (reports/load.md)
    python -m bot purge --older-than 90d   delete conversations past the retention period
    python -m bot lock-bench         Rasa's RedisLockStore against the atomic one, two replicas
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import List, Optional

from bot.settings import REPO_ROOT, Settings, quiet

TRAINING_DATA = ["nlu_data", "bot/data"]


def train(settings: Settings, extra: List[str]) -> int:
    settings.model.parent.mkdir(parents=True, exist_ok=True)
    name = settings.model.name.replace(".tar.gz", "")
    command = [
        sys.executable, "-m", "rasa", "train",
        "--config", "config.yml", "--domain", "domain.yml",
        "--data", *TRAINING_DATA,
        "--out", str(settings.model.parent),
        "--fixed-model-name", name,
        *extra,
    ]
    return subprocess.call(command, cwd=REPO_ROOT, env=settings.child_env())


def run(settings: Settings, replicas: int = 0) -> int:
    """The servers in the foreground under a supervisor that restarts any that exits (with back-off).

    ``replicas`` 0: one Rasa server and the action server; N: N Rasa replicas behind HAProxy."""
    import signal

    from bot.runner import Servers

    def terminate(signum, frame):  # `kill` or a supervisor: stop both servers like Ctrl-C does
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, terminate)
    problem = settings.security_problem()
    if problem:
        print(f"湖州市民服务助手: not starting: {problem}", file=sys.stderr)
        return 2
    layout = ""
    if replicas:
        from bot.cluster import Cluster

        cluster = Cluster(settings, replicas)
        problems = cluster.problems()
        if problems:
            print(f"湖州市民服务助手: not starting: {'; '.join(problems)}", file=sys.stderr)
            return 2
        layout = (f"  Replicas:      {replicas} Rasa servers behind HAProxy\n"
                  f"  HAProxy statistics: http://127.0.0.1:{cluster.stats_port}/stats\n")
        servers: Servers = cluster
    else:
        servers = Servers(settings)
    try:
        servers.start()
        servers.wait_ready()
        api = (f"http://127.0.0.1:{settings.rasa_port}/status?token=…  (RASA_AUTH_TOKEN)" if settings.auth_token
               else "on, JWT (RASA_JWT_SECRET)" if settings.jwt_secret else "off (set RASA_AUTH_TOKEN to enable it)")
        print(
            f"\n湖州市民服务助手 is up.\n"
            f"  REST channel:  POST http://127.0.0.1:{settings.rasa_port}/webhooks/rest/webhook\n"
            f"                 body {{\"sender\": \"某位居民\", \"message\": \"孩子上幼儿园怎么办\"}}\n"
            f"  Rasa HTTP API: {api}\n"
            f"  Actions:       http://127.0.0.1:{settings.actions_port}/health\n{layout}"
            f"A server that exits is restarted (after 1 s, then 2, 4 … up to 60 s). Ctrl-C stops all.\n",
            flush=True,
        )
        return servers.supervise()
    except KeyboardInterrupt:
        print("\nstopping the servers …", flush=True)
        return 0
    except (RuntimeError, TimeoutError, ValueError, FileNotFoundError) as error:
        print(f"湖州市民服务助手: {error}", file=sys.stderr)
        return 1
    finally:
        servers.stop()


def chat(settings: Settings) -> int:
    from bot.runner import Servers

    actions = Servers(settings)
    env = settings.child_env()
    process = subprocess.Popen(actions.actions_command(), cwd=REPO_ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # through bot.serve, like `run`: personal data masked in every log line, a hung action
        # server answered with the apology; the shell's own server only on loopback
        command = [sys.executable, "-m", "bot.serve", "rasa", "shell", "--model", str(settings.model),
                   "--endpoints", "endpoints.yml", "--interface", "127.0.0.1", "--port", str(settings.rasa_port)]
        return subprocess.call(command, cwd=REPO_ROOT, env=env)
    except KeyboardInterrupt:
        return 0
    finally:
        process.terminate()
        process.wait()


# What endpoints.yml and credentials.yml read (${...}), and what a Rasa command run by hand needs
# besides: the project's packages on the path, no telemetry. Secrets (RASA_AUTH_TOKEN, WECHAT_APP_SECRET …) are printed only when set already.
RASA_COMMAND_ENV = ("ACTION_ENDPOINT_URL", "HUZHOU_KB_URL", "HUZHOU_TRACKER_URL", "HUZHOU_LOCK_URL", "HUZHOU_BROKER_URL",
                    "HUZHOU_BROKER_QUEUE", "PYTHONPATH")


def rasa_env(settings: Settings) -> str:
    import shlex

    from bot.settings import WECHAT_VARIABLES

    env = settings.child_env()
    lines = [f"export {name}={shlex.quote(env.get(name, ''))}" for name in (*RASA_COMMAND_ENV, *WECHAT_VARIABLES)]
    lines += ["export RASA_TELEMETRY_ENABLED=false", "export SQLALCHEMY_SILENCE_UBER_WARNING=1"]
    return "\n".join(lines)


def main(argv: Optional[List[str]] = None) -> int:
    quiet()
    parser = argparse.ArgumentParser(prog="python -m bot", description="湖州市民服务助手")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("generate", help="write NLU data and the jieba dictionary from the catalogue")
    t = sub.add_parser("train", help="train the Rasa model")
    t.add_argument("extra", nargs=argparse.REMAINDER, help="passed on to `rasa train`")
    r = sub.add_parser("run", help="start the action server and the Rasa server (restarted if they exit)")
    r.add_argument("--replicas", type=int, default=0, help="N Rasa replicas behind HAProxy (default: one, no proxy)")
    sub.add_parser("chat", help="talk to the assistant in the terminal")
    sub.add_parser("env", help="export lines for Rasa's own commands from the root: eval \"$(python -m bot env)\"")
    p = sub.add_parser("predict", help="JSON Lines with a 'text' field on stdin, findings on stdout")
    p.add_argument("--limit", type=int, default=5, help="services per message")
    e = sub.add_parser("eval", help="evaluate NLU and service finding")
    e.add_argument("--report", default="reports/nlu_eval.md")
    e.add_argument("--skip-crossval", action="store_true")
    e.add_argument("--data", default=None, help="JSON Lines of labelled questions (default tests/data/dev.jsonl)")
    sub.add_parser("eval-dialogue", help="score answer understanding and whole conversations; writes reports/")
    sub.add_parser("eval-routing", help="score topics the catalogue lacks and stories of several needs; writes reports/")
    sub.add_parser("bench", help="measure parse latency and memory")
    w = sub.add_parser("wechat-bench", help="round trip of a WeChat passive reply over loopback")
    w.add_argument("--messages", type=int, default=200, help="messages per mode")
    r = sub.add_parser("report", help="demand report from the stored conversations: DIR/index.html and DIR/*.csv")
    r.add_argument("--since", type=day, default=None, help="first day, YYYY-MM-DD (default: 28 days before --until)")
    r.add_argument("--until", type=day, default=None, help="last day, YYYY-MM-DD, included (default: today)")
    r.add_argument("--out", type=Path, default=REPO_ROOT / "build" / "report", help="directory written")
    r.add_argument("--url", default=None, help="tracker store URL (default HUZHOU_TRACKER_URL)")
    s = sub.add_parser("simulate", help="fill a tracker store with synthetic conversations whose counts are known")
    s.add_argument("--conversations", type=int, default=5000)
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--url", default=f"sqlite:///{SIMULATED_STORE}", help="tracker store URL (default: %(default)s)")
    s.add_argument("--truth", type=Path, default=None, help="the counts as JSON (default: beside a SQLite store, else build/)")
    s.add_argument("--start", type=day, default=None, help="first day, a Monday (default 2026-09-07)")
    s.add_argument("--weeks", type=int, default=12)
    pu = sub.add_parser("purge", help="delete conversations whose last message is older than the retention period")
    pu.add_argument("--older-than", required=True, help="an age like 90d, 12h, 2w")
    pu.add_argument("--facts-older-than", default=None,
                    help="remove personal facts (disability, income) said before this age; default HUZHOU_FACT_RETENTION "
                         "or 30d")
    pu.add_argument("--dry-run", action="store_true", help="count only")
    lb = sub.add_parser("lock-bench", help="Rasa's RedisLockStore against the atomic one on two replicas; "
                                          "writes reports/lock_race.md")
    lb.add_argument("--rounds", type=int, default=200, help="conversations, one after the other")
    lb.add_argument("--messages", type=int, default=20, help="messages sent at once in each conversation")
    lb.add_argument("--stores", default="atomic,rasa", help="comma-separated: atomic, rasa")
    lb.add_argument("--lifetime", type=int, default=60, help="ticket lifetime in seconds (TICKET_LOCK_LIFETIME)")
    lb.add_argument("--time-limit", type=float, default=None, help="minutes per lock store: no new round after")
    lb.add_argument("--report", default="reports/lock_race.md")
    lo = sub.add_parser("load", help="the whole assistant under load; writes reports/load.md")
    lo.add_argument("--setups", default="sqlite,postgres,cluster", help="comma-separated: sqlite, postgres, cluster")
    lo.add_argument("--rates", default="10,20,30,50", help="offered messages per second, comma-separated")
    lo.add_argument("--duration", type=float, default=30.0, help="measured seconds per rate")
    lo.add_argument("--report", default="reports/load.md")
    lo.add_argument("--profile", default=None, help="directory: py-spy samples both servers during the first rate")
    args = parser.parse_args(argv)
    settings = Settings.from_env()

    if args.command == "generate":
        from bot.generate import generate

        for path in generate():
            print(f"wrote {path.relative_to(REPO_ROOT)}")
        return 0
    if args.command == "train":
        return train(settings, args.extra)
    if args.command == "run":
        return run(settings, args.replicas)
    if args.command == "chat":
        return chat(settings)
    if args.command == "predict":
        from bot.predict import main as predict_main

        return predict_main(settings, args.limit)
    if args.command == "eval":
        from bot.evaluation import main as eval_main

        from bot.evaluation import DEV_SET

        return eval_main(settings, args.report, crossval=not args.skip_crossval, data=args.data or DEV_SET)
    if args.command == "eval-dialogue":
        from bot.eval_dialogue import main as dialogue_main

        return dialogue_main(settings)
    if args.command == "eval-routing":
        from bot.eval_routing import main as routing_main

        return routing_main(settings)
    if args.command == "bench":
        from bot.benchmark import main as bench_main

        return bench_main(settings)
    if args.command == "wechat-bench":
        from bot.wechat_benchmark import main as wechat_bench_main

        return wechat_bench_main(settings, args.messages)
    if args.command == "env":
        print(rasa_env(settings))
        return 0
    if args.command == "report":
        from bot.insight.report import main as report_main

        until = args.until or dt.date.today()
        since = args.since or until - dt.timedelta(days=27)
        return report_main(args.url or settings.tracker_url, since, until, args.out, settings.kb_url)
    if args.command == "simulate":
        return simulate(settings, args)
    if args.command == "purge":
        from bot.purge import main as purge_main

        return purge_main(settings.tracker_url, args.older_than, args.dry_run,
                          args.facts_older_than or os.environ.get("HUZHOU_FACT_RETENTION") or "", settings.kb_url)
    if args.command == "lock-bench":
        from bot.cluster_race import main as lock_bench_main

        command = "python -m bot " + " ".join(argv if argv is not None else sys.argv[1:])
        return lock_bench_main(args.rounds, args.messages, [s for s in args.stores.split(",") if s], args.lifetime,
                               REPO_ROOT / args.report, command,
                               args.time_limit * 60 if args.time_limit else None)
    if args.command == "load":
        from bot.load import main as load_main

        command = "python -m bot load " + " ".join(a for a in (argv if argv is not None else sys.argv[1:])[1:])
        return load_main([x for x in args.setups.split(",") if x], [float(r) for r in args.rates.split(",")],
                         args.duration, REPO_ROOT / args.report, command.strip(),
                         Path(args.profile) if args.profile else None)
    return 2


SIMULATED_STORE = REPO_ROOT / "build" / "simulated_tracker.sqlite3"


def day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-09-07") from None


def simulate(settings: Settings, args: argparse.Namespace) -> int:
    from bot.insight.simulate import DEFAULT_START, StoreNotEmpty, simulate as fill
    from bot.stores import sqlite_path
    from knowledge_base import KnowledgeBase

    if args.conversations < 1:
        print("simulate: --conversations must be at least 1")
        return 2
    store = sqlite_path(args.url)
    truth = args.truth or (store.with_name(store.stem + "_truth.json") if store else REPO_ROOT / "build" / "simulated_truth.json")
    if store == SIMULATED_STORE and store.exists():
        store.unlink()  # the demo store is the simulation's own: start it afresh
    kb = KnowledgeBase(settings.kb_url)
    try:
        counts = fill(args.url, kb, args.conversations, args.seed, args.start or DEFAULT_START, args.weeks, truth)
    except StoreNotEmpty as e:
        print(f"simulate: {e}")
        return 2
    finally:
        kb.dispose()
    total = counts["counts"]["total"]
    print(f"simulate: {total['conversations']} conversations ({total['messages']} messages) written to {args.url}; "
          f"counts in {truth}")
    print(f"report them: python -m bot report --url '{args.url}' --since {counts['since']} --until {counts['until']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
