"""`python -m bot eval-routing`: does a question the catalogue has no entry for, or a
long story of several hardships, reach the right body?

Two development sets, both written by the engineer who wrote bot/triage.py (so not
blind: they show what the rules do, not how they generalise):
  tests/data/gaps_dev.jsonl     questions inside the outline's domains on topics the
                                catalogue lacks (高龄津贴, 转学 …), each with the body
                                responsible (agencies.yml key) and the outline section;
  tests/data/stories_dev.jsonl  complaints and stories of 100–300 characters, each with
                                the bodies of its needs and the outline domains.

Each message is read as the first of a conversation, in the order the actions read
it (actions/service_answers.py): nothing to understand or an insult; several needs
in a long story; a topic the catalogue lacks (unless a service is named outright);
the finder's best service. Writes reports/routing_eval.md and .json.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List

from bot.settings import REPO_ROOT, Settings

GAPS_SET = REPO_ROOT / "tests" / "data" / "gaps_dev.jsonl"
STORIES_SET = REPO_ROOT / "tests" / "data" / "stories_dev.jsonl"
REPORT = REPO_ROOT / "reports" / "routing_eval.md"


@dataclass
class Offer:
    how: str  # triage | needs | service | gap | none
    bodies: List[str]  # agencies.yml keys of what is offered, first = the answer's body
    domains: List[int]


def first_reply(parse: Dict[str, Any], kb) -> Offer:
    from bot.finder import find_services
    from bot.triage import asks_about_a_named_service, domain_gap, is_story, message_kind, needs

    text = parse.get("text") or ""
    if message_kind(text) is not None:
        return Offer("triage", [], [])
    found = find_services(parse, kb)
    if is_story(text) and not asks_about_a_named_service(text, found.entities):
        services = [kb.service(sid) for _, sid in needs(text)]
        services = [s for s in services if s is not None]
        if len(services) >= 2 or (services and not found.named("service") and not found.confident):
            return Offer("needs", [s.agency_body for s in services], [s.domain for s in services])
    gap = domain_gap(text)
    if gap is not None and not found.named("service"):
        section = kb.catalogue.sections[gap.section]
        return Offer("gap", [gap.body], [section.domain])
    if found.in_scope and found.services:
        top = kb.service(found.top.id)
        return Offer("service", [top.agency_body], [top.domain])
    return Offer("none", [], [])


def _load(path: Path) -> List[Dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "—"


def main(settings: Settings) -> int:
    from bot.predict import Parser
    from knowledge_base import KnowledgeBase

    kb = KnowledgeBase(settings.kb_url)
    parser = Parser(str(settings.model))
    gaps, stories = _load(GAPS_SET), _load(STORIES_SET)

    gap_right, gap_rows = 0, []
    for row in gaps:
        offer = first_reply(parser.parse(row["text"]), kb)
        ok = offer.bodies[:1] == [row["body"]]
        gap_right += ok
        if not ok:
            gap_rows.append(f"- {row['text']} — expected `{row['body']}`, got {offer.how} {offer.bodies[:1] or 'nothing'}")

    any_right = several = found_needs = expected_needs = domain_right = 0
    story_rows = []
    for row in stories:
        offer = first_reply(parser.parse(row["text"]), kb)
        expected = set(row["bodies"])
        hit = expected & set(offer.bodies)
        any_right += bool(hit)
        several += offer.how == "needs"
        found_needs += len(hit)
        expected_needs += len(expected)
        domain_right += bool(set(row["domains"]) & set(offer.domains))
        story_rows.append(f"- {row['text'][:30]}… — {offer.how}: {', '.join(offer.bodies) or 'nothing'}"
                          f" (expected {', '.join(row['bodies'])})")

    summary = {
        "gaps": {"questions": len(gaps), "right_body": round(gap_right / len(gaps), 4) if gaps else None},
        "stories": {
            "stories": len(stories),
            "a_right_body_offered": round(any_right / len(stories), 4) if stories else None,
            "a_right_domain_offered": round(domain_right / len(stories), 4) if stories else None,
            "several_needs_offered": round(several / len(stories), 4) if stories else None,
            "needs_found": round(found_needs / expected_needs, 4) if expected_needs else None,
        },
    }
    lines = [
        "# Routing: topics the catalogue lacks, stories of several needs",
        "",
        "Development sets written by the engineer who wrote the rules (`bot/triage.py`): they show",
        "what the rules do, not how they generalise; no blind set of this kind exists yet.",
        "Reproduce with `make eval` (or `python -m bot eval-routing`).",
        "",
        f"`{GAPS_SET.relative_to(REPO_ROOT)}`: {len(gaps)} questions inside the outline's domains on topics the",
        f"catalogue has no entry for. Sent to the right body: **{_pct(gap_right, len(gaps))}** ({gap_right}/{len(gaps)}).",
        "",
        f"`{STORIES_SET.relative_to(REPO_ROOT)}`: {len(stories)} complaints and stories of 100–300 characters.",
        "",
        "| measure | |",
        "| --- | --- |",
        f"| a right body offered | {_pct(any_right, len(stories))} |",
        f"| a right outline domain offered | {_pct(domain_right, len(stories))} |",
        f"| several needs offered as choices | {_pct(several, len(stories))} |",
        f"| needs found (right bodies offered / bodies expected) | {_pct(found_needs, expected_needs)} |",
        "",
        f"Gap questions sent elsewhere ({len(gap_rows)}):",
        "",
        *gap_rows,
        "",
        "Stories:",
        "",
        *story_rows,
    ]
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    REPORT.with_suffix(".json").write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("\n".join(lines[:20]))
    print(f"report written to {REPORT.relative_to(REPO_ROOT)} (and .json)")
    return 0
