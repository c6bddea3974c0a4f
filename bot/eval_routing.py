"""`python -m bot eval-routing`: does a question the catalogue has no entry for, or a
long story of several hardships, reach the right body?

Two development sets, both written by the engineer who wrote bot/triage.py (so not
blind: they show what the rules do, not how they generalise), and their blind
counterparts gaps_test.jsonl and stories_test.jsonl (reports/routing_test.md):
  tests/data/gaps_dev.jsonl     questions inside the outline's domains on topics the
                                catalogue lacks (高龄津贴, 转学 …), each with the body
                                responsible (agencies.yml key) and the outline section;
  tests/data/stories_dev.jsonl  complaints and stories of 100–300 characters, each with
                                the bodies of its needs and the outline domains.

Each message is read as the first of a conversation, in the order the actions read
it (actions/service_answers.py): nothing to understand or an insult; several needs
in a long story; a topic the catalogue lacks (unless a service is named outright);
the finder's best service. Writes reports/routing_eval.md, routing_test.md and .json.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Tuple

from bot.settings import REPO_ROOT, Settings

DATA = REPO_ROOT / "tests" / "data"
GAPS_SET, STORIES_SET = DATA / "gaps_dev.jsonl", DATA / "stories_dev.jsonl"
# The blind sets, written by a helper that never saw bot/ (tests/data/conversations_test4/NOTES.md);
# gap rows with a "service" key are catalogue services in everyday words: the right service is expected
GAPS_TEST, STORIES_TEST = DATA / "gaps_test.jsonl", DATA / "stories_test.jsonl"
# blind set 10 (tests/data/conversations_test5/NOTES.md): held out on 2026-12-02, studied since
GAPS_TEST2, STORIES_TEST2 = DATA / "gaps_test2.jsonl", DATA / "stories_test2.jsonl"
# blind set 11 (tests/data/conversations_test6/NOTES.md): held out on 2026-12-02, studied since 2026-12-03
GAPS_TEST3, STORIES_TEST3 = DATA / "gaps_test3.jsonl", DATA / "stories_test3.jsonl"
# blind set 12 (tests/data/conversations_test7/NOTES.md): held out on 2026-12-03, studied since
GAPS_TEST4, STORIES_TEST4 = DATA / "gaps_test4.jsonl", DATA / "stories_test4.jsonl"
# blind set 13 (tests/data/conversations_test8/NOTES.md): first scored on 2026-12-03 (reports/routing_test5_first_scoring.md), studied since
GAPS_TEST5, STORIES_TEST5 = DATA / "gaps_test5.jsonl", DATA / "stories_test5.jsonl"
# Blind sets 14 onwards (tests/data/conversations_test9/ …): gaps_testN.jsonl and stories_testN.jsonl, each scored
# first on the day it landed (reports/routing_testN_first_scoring.md) and studied since — found by blind_sets().
REPORT = REPO_ROOT / "reports" / "routing_eval.md"


def _number(path: Path) -> int:
    """A blind set's number in its file's name: gaps_test.jsonl is 1, gaps_test7.jsonl is 7."""
    return int(re.fullmatch(r"gaps_test(\d*)\.jsonl", path.name).group(1) or 1)  # type: ignore[union-attr]


def blind_sets() -> List[Tuple[Path, Path, Path]]:
    """(gaps, stories, report) of every blind set, in order: gaps_testN.jsonl, stories_testN.jsonl, routing_testN.md."""
    from bot.evaluation import numbered

    found = numbered(DATA, r"gaps_test(\d*)\.jsonl")
    return [(gaps, DATA / gaps.name.replace("gaps_", "stories_"),
             REPO_ROOT / "reports" / gaps.name.replace("gaps_", "routing_").replace(".jsonl", ".md")) for gaps in found]


@dataclass
class Offer:
    how: str  # triage | needs | service | gap | none
    bodies: List[str]  # agencies.yml keys of what is offered, first = the answer's body
    domains: List[int]
    service: str = ""  # the service answered, when how == "service"


# The intents whose action lists a story's needs (actions/service_answers.py: action_answer_service,
# action_clarify, action_out_of_scope; actions/routing.py: action_answer_where; actions/eligibility.py:
# action_start_eligibility). A story read as another intent (greet, thanks, affirm …) gets what that
# intent's rule does. `routed=True` scores what the resident sees.
NEEDS_LISTED_FOR = frozenset(
    {"find_service", "ask_how_to_apply", "ask_documents", "ask_amount", "inform", "nlu_fallback", "out_of_scope",
     "ask_where", "check_eligibility"})


def first_reply(parse: Dict[str, Any], kb, routed: bool = False) -> Offer:
    from bot.finder import find_services
    from bot.triage import asks_about_a_named_service, domain_gap, gap_aside, is_story, message_kind, needs

    text = parse.get("text") or ""
    if message_kind(text) is not None:
        return Offer("triage", [], [])
    found = find_services(parse, kb)
    listed = not routed or (parse.get("intent") or {}).get("name") in NEEDS_LISTED_FOR
    if listed and is_story(text) and not asks_about_a_named_service(text, found.entities):
        services = [kb.service(sid) for _, sid in needs(text)]
        services = [s for s in services if s is not None]
        if len(services) >= 2 or (services and not found.named("service") and not found.confident):
            return Offer("needs", [s.agency_body for s in services], [s.domain for s in services])
    gap = None if gap_aside(text, found, kb) else domain_gap(text)
    if gap is not None and not found.named("service"):
        if not gap.body:  # a public matter no body of the catalogue does: 12345, no body named
            return Offer("gap", [], [])
        section = kb.catalogue.sections[gap.section]
        return Offer("gap", [gap.body], [section.domain])
    if found.in_scope and found.services:
        top = kb.service(found.services[0].id)
        return Offer("service", [top.agency_body], [top.domain], top.id)
    return Offer("none", [], [])


def _load(path: Path) -> List[Dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "—"


def _gap_right(row: Dict[str, Any], offer: Offer) -> bool:
    if row.get("service"):  # a catalogue service in everyday words: that service, not a gap
        return offer.how == "service" and offer.service == row["service"]
    return offer.bodies[:1] == [row["body"]]


def score(parser, kb, gaps_path: Path, stories_path: Path, blind: bool) -> Tuple[Dict[str, Any], List[str]]:
    """The summary and the report's lines for one gap set and one story set."""
    gaps, stories = _load(gaps_path), _load(stories_path)
    gap_right, gap_rows = 0, []
    services = [row for row in gaps if row.get("service")]
    service_right = 0
    for row in gaps:
        offer = first_reply(parser.parse(row["text"]), kb)
        ok = _gap_right(row, offer)
        gap_right += ok
        if row.get("service"):
            service_right += ok
        if not ok:
            expected = f"service `{row['service']}`" if row.get("service") else f"`{row['body']}`"
            got = offer.service if offer.how == "service" else (offer.bodies[:1] or "nothing")
            gap_rows.append(f"- {row['text']} — expected {expected}, got {offer.how} {got}")

    any_right = several = found_needs = expected_needs = domain_right = offered = wrong = with_wrong = 0
    seen_several = seen_found = seen_wrong = 0
    story_rows = []
    for row in stories:
        parse = parser.parse(row["text"])
        offer = first_reply(parse, kb)
        seen = first_reply(parse, kb, routed=True)  # through the actions as they are
        seen_several += seen.how == "needs"
        seen_found += len(set(row["bodies"]) & set(seen.bodies))
        seen_wrong += len(set(seen.bodies) - set(row["bodies"]))
        bodies = set(row["bodies"])
        hit = bodies & set(offer.bodies)
        any_right += bool(hit)
        several += offer.how == "needs"
        found_needs += len(hit)
        expected_needs += len(bodies)
        domain_right += bool(set(row["domains"]) & set(offer.domains))
        # precision: a body offered that the story does not need (the same body offered twice counts once)
        extra = set(offer.bodies) - bodies
        offered += len(set(offer.bodies))
        wrong += len(extra)
        with_wrong += bool(extra)
        story_rows.append(f"- {row['text'][:30]}… — {offer.how}: {', '.join(offer.bodies) or 'nothing'}"
                          f" (expected {', '.join(row['bodies'])})" + (f" — not expected: {', '.join(sorted(extra))}" if extra else ""))

    summary = {
        "gaps": {"questions": len(gaps), "right": round(gap_right / len(gaps), 4) if gaps else None,
                 "catalogue_services": len(services),
                 "catalogue_services_right": round(service_right / len(services), 4) if services else None},
        "stories": {
            "stories": len(stories),
            "a_right_body_offered": round(any_right / len(stories), 4) if stories else None,
            "a_right_domain_offered": round(domain_right / len(stories), 4) if stories else None,
            "several_needs_offered": round(several / len(stories), 4) if stories else None,
            "needs_found": round(found_needs / expected_needs, 4) if expected_needs else None,
            "bodies_offered": offered,
            "wrong_bodies_offered": wrong,
            "stories_with_a_wrong_body": with_wrong,
            "through_the_actions": {
                "several_needs_offered": round(seen_several / len(stories), 4) if stories else None,
                "needs_found": round(seen_found / expected_needs, 4) if expected_needs else None,
                "wrong_bodies_offered": seen_wrong,
            },
        },
    }
    notes = f"conversations_test{_number(gaps_path) + 3}" if blind else ""  # set N's gaps came with conversations_test(N+3)
    origin = ("Blind sets, written by a helper that never saw `bot/`, `actions/` or `nlu_data/` "
              f"(`tests/data/{notes}/NOTES.md`)." if blind else
              "Development sets written by the engineer who wrote the rules (`bot/triage.py`): they show "
              "what the rules do, not how they generalise (the blind sets: `reports/routing_test.md`).")
    if blind and gaps_path.name in ("gaps_test2.jsonl", "gaps_test3.jsonl"):
        origin += " Their failures have since been studied (issue #10): these figures are no longer blind."
    gap_line = (f"`{gaps_path.relative_to(REPO_ROOT)}`: {len(gaps)} questions inside the outline's domains. "
                f"Right: **{_pct(gap_right, len(gaps))}** ({gap_right}/{len(gaps)})")
    if services:
        gap_line += (f"; of them {len(services)} are catalogue services in everyday words (right = that service): "
                     f"{_pct(service_right, len(services))}, the {len(gaps) - len(services)} topics the catalogue lacks "
                     f"(right = the body responsible): {_pct(gap_right - service_right, len(gaps) - len(services))}")
    lines = [
        "# Routing: topics the catalogue lacks, stories of several needs",
        "",
        origin,
        "Reproduce with `make eval` (or `python -m bot eval-routing`).",
        "",
        gap_line + ".",
        "",
        f"`{stories_path.relative_to(REPO_ROOT)}`: {len(stories)} complaints and stories of 100–300 characters.",
        "",
        "| measure | |",
        "| --- | --- |",
        f"| a right body offered | {_pct(any_right, len(stories))} |",
        f"| a right outline domain offered | {_pct(domain_right, len(stories))} |",
        f"| several needs offered as choices | {_pct(several, len(stories))} |",
        f"| needs found (right bodies offered / bodies expected) | {_pct(found_needs, expected_needs)} |",
        f"| wrong bodies offered (a body the story does not need) | {wrong} of {offered} offered,"
        f" in {with_wrong} of {len(stories)} stories |",
        f"| through the actions as they are (the story's intent decides which action answers): several needs"
        f" / needs found / wrong bodies | {_pct(seen_several, len(stories))} / {_pct(seen_found, expected_needs)}"
        f" / {seen_wrong} |",
        "",
        f"Gap questions answered otherwise ({len(gap_rows)}):",
        "",
        *gap_rows,
        "",
        "Stories:",
        "",
        *story_rows,
    ]
    return summary, lines


def main(settings: Settings) -> int:
    from bot.predict import Parser
    from knowledge_base import KnowledgeBase

    kb = KnowledgeBase(settings.kb_url)
    parser = Parser(str(settings.model))
    sets = [(GAPS_SET, STORIES_SET, REPORT, False)] + [(gaps, stories, report, True) for gaps, stories, report in blind_sets()]
    for gaps, stories, report, blind in sets:
        if not (gaps.exists() and stories.exists()):
            continue
        summary, lines = score(parser, kb, gaps, stories, blind)
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text("\n".join(lines) + "\n", encoding="utf-8")
        report.with_suffix(".json").write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("\n".join(lines[:18]))
        print(f"report written to {report.relative_to(REPO_ROOT)} (and .json)\n")
    return 0
