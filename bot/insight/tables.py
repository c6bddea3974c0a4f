"""The report's numbers: conversation records counted into tables, one CSV each.

Every count is of conversations (Rasa sessions), except the "提问数" columns, which
count the resident's messages answered about a service, and the rating tables, which
count ratings (the assistant asks for one once per service, so a rating is one
conversation's). No single resident may be picked out: a count from 1 to 4 is shown
as "<5", and so is a rate or a median resting on fewer than 5 conversations (a zero
is shown: it picks out no one).
"""
from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Optional, Sequence

from bot.answers import RATINGS
from bot.insight.conversations import Conversation, channel_label
from knowledge_base.eligibility import LIKELY_ELIGIBLE, NOT_ELIGIBLE
from knowledge_base.types import Catalogue

SMALL = 5
HIDDEN = "<5"
NO_PLACE = "未说明"
NO_SERVICE = "（未指明服务）"
# The verdicts of knowledge_base/eligibility.py in three: met, not met, and everything in between
# (possibly eligible, undetermined, a screening not finished).
MET, NOT_MET, UNKNOWN = "符合", "不符合", "不确定"
VERDICT_COLUMNS = (MET, NOT_MET, UNKNOWN)


def verdict_group(status: Optional[str]) -> str:
    return MET if status == LIKELY_ELIGIBLE else NOT_MET if status == NOT_ELIGIBLE else UNKNOWN


def shown(count: int) -> Any:
    """A count as the report shows it: "<5" from 1 to 4."""
    return HIDDEN if 0 < count < SMALL else count


def shown_rate(part: int, whole: int) -> Any:
    """part/whole as a percentage with one decimal, "<5" when either count would be hidden."""
    if whole < SMALL or 0 < part < SMALL:
        return HIDDEN
    return round(100.0 * part / whole, 1)


def shown_median(values: Sequence[int]) -> Any:
    return HIDDEN if len(values) < SMALL else float(statistics.median(values))


def number(value: Any) -> float:
    """A shown cell as a number for charts and sorting: "<5" counts as 0."""
    return 0.0 if value == HIDDEN or value is None else float(value)


@dataclass
class Table:
    name: str  # the CSV's file name, without .csv
    title: str
    columns: List[str]
    rows: List[List[Any]]

    def column(self, name: str) -> List[Any]:
        i = self.columns.index(name)
        return [row[i] for row in self.rows]

    def as_dicts(self) -> List[Dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


def _by_count(rows: List[List[Any]], column: int) -> List[List[Any]]:
    """Most first; hidden cells count as equal, so the order tells nothing about them."""
    return sorted(rows, key=lambda r: -number(r[column]))


def build_tables(conversations: Sequence[Conversation], catalogue: Catalogue) -> List[Table]:
    services = {s.id: s for s in catalogue.services}
    domains: Dict[int, str] = {}
    for section in sorted(catalogue.sections.values(), key=lambda s: (s.domain, int(s.code.split(".")[1]))):
        domains.setdefault(section.domain, section.domain_name)
    places = [p.name for p in catalogue.places] + [NO_PLACE]

    by_service: Dict[str, set] = defaultdict(set)
    messages_by_service: Counter = Counter()
    for i, c in enumerate(conversations):
        for sid in c.services:
            if sid in services:
                by_service[sid].add(i)
        messages_by_service.update({k: v for k, v in c.service_messages.items() if k in services})

    def union(ids: Iterable[str]) -> set:
        found: set = set()
        for sid in ids:
            found |= by_service.get(sid, set())
        return found

    tables = [summary(conversations)]
    rows = []
    for code, name in domains.items():
        ids = [s.id for s in catalogue.services if s.domain == code]
        rows.append([code, name, shown(len(union(ids))), shown(sum(messages_by_service[i] for i in ids))])
    tables.append(Table("by_domain", "各领域的咨询", ["领域编号", "领域", "对话数", "提问数"], rows))
    rows = []
    for section in sorted(catalogue.sections.values(), key=lambda s: (s.domain, int(s.code.split(".")[1]))):
        ids = [s.id for s in catalogue.services if s.section == section.code]
        rows.append([section.code, section.name, section.domain_name, shown(len(union(ids))),
                     shown(sum(messages_by_service[i] for i in ids))])
    tables.append(Table("by_section", "各子领域的咨询", ["子领域编号", "子领域", "领域", "对话数", "提问数"], _by_count(rows, 3)))
    rows = [[s.id, s.name, s.section, s.domain_name, s.agency_current, shown(len(by_service.get(s.id, ()))),
             shown(messages_by_service[s.id])] for s in catalogue.services]
    tables.append(Table("by_service", "各项服务的咨询",
                        ["服务编号", "服务", "子领域编号", "领域", "负责部门", "对话数", "提问数"], _by_count(rows, 5)))

    place_of = [c.place or NO_PLACE for c in conversations]
    counts = Counter(place_of)
    tables.append(Table("by_district", "各区县的咨询（居民说到的区县）", ["区县", "对话数"],
                        [[p, shown(counts[p])] for p in places]))
    rows = []
    for p in places:
        row = [p]
        for code in domains:
            ids = [s.id for s in catalogue.services if s.domain == code]
            row.append(shown(sum(1 for i in union(ids) if place_of[i] == p)))
        rows.append(row)
    tables.append(Table("district_domain", "区县 × 领域的对话数", ["区县", *domains.values()], rows))

    tables.append(by_channel(conversations))
    tables.append(by_week(conversations))
    tables.append(verdicts(conversations, catalogue))
    tables.extend(handoffs(conversations, catalogue, by_service))
    tables.extend(ratings(conversations, catalogue))
    return tables


def summary(conversations: Sequence[Conversation]) -> Table:
    lengths = [c.messages for c in conversations]
    rows = [
        ["对话数", shown(len(conversations))],
        ["居民消息数", shown(sum(lengths))],
        ["对话长度中位数（居民消息条数）", shown_median(lengths)],
        ["涉及至少一项服务的对话", shown(sum(1 for c in conversations if c.services))],
        ["未能回答的提问", shown(sum(len(c.unanswered) for c in conversations))],
        ["有未能回答提问的对话", shown(sum(1 for c in conversations if c.unanswered))],
        ["转人工的对话", shown(sum(1 for c in conversations if c.handoff))],
        ["转人工率（%）", shown_rate(sum(1 for c in conversations if c.handoff), len(conversations))],
        ["给出资格评估的对话", shown(sum(1 for c in conversations if c.verdicts))],
        ["好差评条数", shown(sum(len(c.ratings) for c in conversations))],
    ]
    return Table("summary", "概况", ["指标", "数值"], rows)


def by_channel(conversations: Sequence[Conversation]) -> Table:
    groups: Dict[str, List[Conversation]] = defaultdict(list)
    for c in conversations:
        groups[c.channel].append(c)
    rows = []
    for channel, members in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        handed = sum(1 for c in members if c.handoff)
        rows.append([channel_label(channel), channel, shown(len(members)), shown(sum(c.messages for c in members)),
                     shown_median([c.messages for c in members]), shown(handed), shown_rate(handed, len(members))])
    return Table("by_channel", "各渠道的咨询和转人工",
                 ["渠道", "渠道代码", "对话数", "居民消息数", "对话长度中位数", "转人工对话数", "转人工率（%）"], rows)


def by_week(conversations: Sequence[Conversation]) -> Table:
    weeks: Dict[Any, List[Conversation]] = defaultdict(list)
    for c in conversations:
        weeks[c.week].append(c)
    rows = []
    if weeks:
        week, last = min(weeks), max(weeks)
        while week <= last:  # weeks without a conversation are shown as 0, so the line is honest
            members = weeks.get(week, [])
            rows.append([week.isoformat(), shown(len(members)), shown(sum(1 for c in members if c.services)),
                         shown(sum(len(c.unanswered) for c in members))])
            week += dt.timedelta(days=7)
    return Table("by_week", "每周的对话数（周一为一周之始）", ["周", "对话数", "涉及服务的对话", "未能回答的提问"], rows)


def verdicts(conversations: Sequence[Conversation], catalogue: Catalogue) -> Table:
    counts: Dict[str, Counter] = defaultdict(Counter)
    for c in conversations:
        for sid, status in c.verdicts.items():
            counts[sid][verdict_group(status)] += 1
    rows = []
    for s in catalogue.services:
        if s.id in counts:
            n = counts[s.id]
            rows.append([s.id, s.name, shown(sum(n.values())), *(shown(n[k]) for k in VERDICT_COLUMNS)])
    return Table("verdicts", "资格评估结果（每个对话每项服务取最后一次）",
                 ["服务编号", "服务", "评估次数", *VERDICT_COLUMNS], _by_count(rows, 2))


def handoffs(conversations: Sequence[Conversation], catalogue: Catalogue, by_service: Dict[str, set]) -> List[Table]:
    rows = []
    for s in catalogue.services:
        members = by_service.get(s.id, set())
        if members:
            handed = sum(1 for i in members if conversations[i].handoff)
            rows.append([s.id, s.name, shown(len(members)), shown(handed), shown_rate(handed, len(members))])
    per_service = Table("handoff_by_service", "各项服务的转人工率（对话涉及该服务）",
                        ["服务编号", "服务", "对话数", "转人工对话数", "转人工率（%）"], _by_count(rows, 2))
    channel = by_channel(conversations)
    keep = ["渠道", "渠道代码", "对话数", "转人工对话数", "转人工率（%）"]
    per_channel = Table("handoff_by_channel", "各渠道的转人工率", keep,
                        [[row[channel.columns.index(k)] for k in keep] for row in channel.rows])
    return [per_service, per_channel]


def ratings(conversations: Sequence[Conversation], catalogue: Catalogue) -> List[Table]:
    services = {s.id: s for s in catalogue.services}
    per_service: Dict[Optional[str], Counter] = defaultdict(Counter)
    for c in conversations:
        for sid, rating in c.ratings:
            if rating in RATINGS:
                per_service[sid if sid in services else None][rating] += 1
    rows = []
    per_body: Dict[str, Counter] = defaultdict(Counter)
    for sid, n in per_service.items():
        service = services.get(sid) if sid else None
        per_body[service.agency_current if service else NO_SERVICE].update(n)
        rows.append([sid or "", service.name if service else NO_SERVICE, shown(sum(n.values())),
                     *(shown(n[r]) for r in RATINGS)])
    by_service = Table("ratings_by_service", "好差评：各项服务", ["服务编号", "服务", "评价数", *RATINGS], _by_count(rows, 2))
    rows = [[body, shown(sum(n.values())), *(shown(n[r]) for r in RATINGS)] for body, n in per_body.items()]
    by_body = Table("ratings_by_body", "好差评：各负责部门", ["负责部门", "评价数", *RATINGS], _by_count(rows, 1))
    return [by_service, by_body]
