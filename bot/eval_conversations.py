"""Whole conversations, played against the running assistant over HTTP.

Each conversation (tests/data/conversations_*/<style>.yml) is a resident:
what they say, and how they answer each fact the assistant may ask
(``answers``). The runner plays them through the REST channel; when a screening
form asks a fact, it reads which one from the conversation's tracker and
answers with the resident's words (or "不知道" when the script has none). At the
end it checks, from the stored conversation: the service reached, the facts
recorded, that no fact was asked twice or asked after the resident said it,
the verdict, and the office named in the replies. A conversation succeeds
when every check holds; a verdict "not eligible" where the expected one is
not is a wrong 不符合, counted on its own.

    python -m bot.eval_conversations tests/data/conversations_dev [--url http://127.0.0.1:5005] [--report F] [--today D]

A set's dates ("十月二十九号") count from the day it was written
(tests/data/reference_dates.yml; ``--today`` overrides): every message carries that
date, which an assistant started with HUZHOU_ACCEPT_REFERENCE_DATE=1 reads dates from
(bot/clock.py). One started without it reads them from the real date, and a set's
date-bound expectations then drift.
"""
from __future__ import annotations

import argparse
import json
import sys
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

import yaml

from bot import clock
from bot.eval_answers import same

FORMS = ("eligibility_form", "household_form")
MAX_QUESTIONS = 20


@dataclass
class Outcome:
    id: str
    style: str
    problems: List[str] = field(default_factory=list)
    transcript: List[str] = field(default_factory=list)
    wrong_refusal: bool = False
    unscripted: List[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class Assistant:
    """The REST channel and the tracker of the running assistant."""

    def __init__(self, url: str, token: Optional[str] = None):
        self.url = url.rstrip("/")
        self.token = token

    def _open(self, path: str, body: Optional[dict] = None):
        suffix = f"?token={self.token}" if self.token else ""
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(self.url + path + suffix, data=data,
                                         headers={"Content-Type": "application/json"}, method="POST" if data else "GET")
        with urllib.request.urlopen(request, timeout=120) as response:
            return json.loads(response.read().decode("utf-8"))

    def say(self, sender: str, text: str, metadata: Optional[Dict[str, Any]] = None) -> List[Dict[str, Any]]:
        body: Dict[str, Any] = {"sender": sender, "message": text}
        if metadata:
            body["metadata"] = metadata
        return self._open("/webhooks/rest/webhook", body)

    def tracker(self, sender: str) -> Dict[str, Any]:
        return self._open(f"/conversations/{sender}/tracker")


def asked_now(tracker: Dict[str, Any], confirmations: bool = True) -> Optional[str]:
    """The fact a form is asking; with ``confirmations`` False, not a confirmation of it."""
    loop = (tracker.get("active_loop") or {}).get("name")
    slots = tracker.get("slots") or {}
    requested = slots.get("requested_slot")
    if not confirmations and slots.get("pending_confirmation"):
        return None
    return requested if loop in FORMS and requested else None


def play(assistant: Assistant, conversation: Dict[str, Any]) -> Outcome:
    outcome = Outcome(conversation["id"], conversation.get("style", "?"))
    sender = f"eval-{conversation['id']}-{uuid.uuid4().hex[:8]}"
    answers: Dict[str, str] = {k: str(v) for k, v in (conversation.get("answers") or {}).items()}
    expect = conversation.get("expect") or {}
    answered: Dict[str, int] = {}  # fact -> times the resident answered it from the script
    asked_ever: List[str] = []
    after_last_say: List[str] = []
    metadata = clock.metadata_for(clock.parse(conversation.get(clock.METADATA_KEY)))

    def send(text: str, denied: Optional[str] = None) -> None:
        replies = assistant.say(sender, text, metadata)
        said = "\n".join(r.get("text", "") for r in replies if r.get("text"))
        outcome.transcript += [f"居民：{text}", f"助手：{said}"]
        after_last_say.append(said)
        fact = asked_now(assistant.tracker(sender), confirmations=False)
        if fact and fact != denied:
            # (the fact whose confirmation the resident just denied is asked again because they said
            # it was not so: that is not asking what they had said)
            asked_ever.append(fact)

    def answer(limit: int) -> None:
        for _ in range(limit):
            tracker = assistant.tracker(sender)
            fact = asked_now(tracker)
            if not fact:
                return
            if (tracker.get("slots") or {}).get("pending_confirmation"):
                # "我确认一下：…，对吗？" — the resident says whether that is what they meant
                truth = (expect.get("facts") or {}).get(fact)
                recorded = (tracker.get("slots") or {}).get(fact)
                right = truth is None or same(truth, recorded)
                send("对" if right else answers.get(fact, "不对"), denied=None if right else fact)
                continue
            if answered.get(fact, 0) >= 1:
                outcome.problems.append(f"asked again after answering: {fact}")
                if answered[fact] >= 2:
                    return
            answered[fact] = answered.get(fact, 0) + 1
            if fact not in answers:
                outcome.unscripted.append(fact)
            send(answers.get(fact, "不知道"))

    for turn in conversation.get("turns") or []:
        if "say" in turn:
            after_last_say.clear()
            send(str(turn["say"]))
        elif turn.get("answer_all"):
            answer(MAX_QUESTIONS)
        elif "answer" in turn:
            answer(int(turn["answer"]))

    final = assistant.tracker(sender)
    slots = final.get("slots") or {}
    for fact in expect.get("not_asked") or []:
        if fact in asked_ever:
            outcome.problems.append(f"asked what the resident had said: {fact}")
    for key, value in (expect.get("facts") or {}).items():
        if not same(value, slots.get(key)):
            outcome.problems.append(f"fact {key}: expected {value!r}, recorded {slots.get(key)!r}")
    service = expect.get("service")
    verdicts = [v for v in slots.get("verdicts") or [] if v.get("service") == service]
    wanted = expect.get("verdict")
    got = verdicts[-1]["status"] if verdicts else "none"
    if wanted and got != wanted:
        outcome.problems.append(f"verdict: expected {wanted}, gave {got}")
        outcome.wrong_refusal = got == "not_eligible"
    discussed = {slots.get("current_service"), slots.get("eligibility_service")} | {v.get("service") for v in verdicts}
    if service and service not in discussed:
        outcome.problems.append(f"service: expected {service}, ended on {slots.get('current_service')}")
    replies = "\n".join(after_last_say)
    for text in expect.get("reply_contains") or []:
        if text not in replies:
            outcome.problems.append(f"no reply after the last message names {text}")
    for text in expect.get("reply_lacks") or []:
        if text in replies:
            outcome.problems.append(f"a reply after the last message says {text}")
    return outcome


def load(folder: Path, today: Optional[Any] = None) -> List[Dict[str, Any]]:
    """The conversations of a set, each with the date its dates count from (``today``, else
    the set's in tests/data/reference_dates.yml, else none: the assistant's real date)."""
    conversations: List[Dict[str, Any]] = []
    for path in sorted(Path(folder).glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        conversations += data.get("conversations") or []
    return clock.dated(conversations, folder, today)


def report(outcomes: List[Outcome], title: str) -> str:
    total = len(outcomes)
    ok = sum(o.ok for o in outcomes)
    wrong = sum(o.wrong_refusal for o in outcomes)
    lines = [f"# {title}", "",
             f"{total} conversations: **{ok} succeeded ({100.0 * ok / total:.1f}%)**; "
             f"**{wrong} ended in a wrong 不符合**; "
             f"{sum(bool(o.unscripted) for o in outcomes)} met a question their script had no answer for.", "",
             "| style | conversations | succeeded | wrong 不符合 |", "| --- | --- | --- | --- |"]
    styles = sorted({o.style for o in outcomes})
    for style in styles:
        group = [o for o in outcomes if o.style == style]
        lines.append(f"| {style} | {len(group)} | {sum(o.ok for o in group)} | {sum(o.wrong_refusal for o in group)} |")
    lines += ["", "## Conversations that failed", ""]
    for o in outcomes:
        if o.ok:
            continue
        lines.append(f"### {o.id} ({o.style})")
        lines += [f"- {p}" for p in o.problems]
        lines.append("")
        lines.append("```")
        lines += o.transcript
        lines.append("```")
        lines.append("")
    return "\n".join(lines) + "\n"


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--url", default="http://127.0.0.1:5005")
    parser.add_argument("--token")
    parser.add_argument("--only", help="play only conversations whose id contains this")
    parser.add_argument("--report", type=Path)
    parser.add_argument("--today", type=clock.parse, help="play the sets as on this day (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    assistant = Assistant(args.url, args.token)
    conversations = [c for folder in args.folders for c in load(folder, args.today)]
    if args.only:
        conversations = [c for c in conversations if args.only in c["id"]]
    outcomes = []
    for conversation in conversations:
        outcome = play(assistant, conversation)
        outcomes.append(outcome)
        print(f"{'ok ' if outcome.ok else 'FAIL'} {outcome.id}: {'; '.join(outcome.problems)}", file=sys.stderr)
    text = report(outcomes, "Conversations: " + ", ".join(str(f) for f in args.folders))
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(text, encoding="utf-8")
    print(text.split("\n## Conversations that failed")[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
