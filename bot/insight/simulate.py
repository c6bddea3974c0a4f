"""`python -m bot simulate`: synthetic conversations in a tracker store, with their counts known.

Each conversation is planned first (channel, day, district, the services asked about and
what was asked, eligibility checks and their verdicts, ratings, unanswered questions,
a hand-off), then written as the events the running assistant stores for such a
conversation (bot/insight/turns.py) through the tracker store's own row mapping
(bot/stores.py). The plan's counts go to a JSON file beside it: the truth the report
must reproduce. Every channel, district and county and every sub-area of the outline
is covered (the first conversations go round them), so a few hundred are enough for a test.

Unanswered questions come from TOPICS: several wordings of each question the catalogue
cannot answer, some with a phone number in them (masked before they are stored).
"""
from __future__ import annotations

import datetime as dt
import json
import random
import statistics
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Dict, List, Optional

from bot import answers
from bot.insight.conversations import CHINA, WIDGET
from bot.insight.tables import verdict_group
from bot.insight.turns import Recorder, payload, place_entity, service_entity
from knowledge_base import KnowledgeBase
from knowledge_base.eligibility import LIKELY_ELIGIBLE, NOT_ELIGIBLE, POSSIBLY_ELIGIBLE, UNDETERMINED

CHANNELS = {WIDGET: 0.45, "wechat": 0.4, "rest": 0.15}
NOT_SAID = None  # the resident named no district
DEFAULT_START = dt.date(2026, 9, 7)  # a Monday
DEFAULT_WEEKS = 12

# Questions the catalogue cannot answer, each in several wordings residents might use.
TOPICS: Dict[str, List[str]] = {
    "passport": ["护照怎么办理", "办护照需要带什么材料", "出国办护照去哪里申请", "护照过期了怎么换新护照",
                 "去哪里办护照，电话13912345678"],
    "driving_licence": ["驾驶证到期了怎么换证", "驾驶证换证去哪里换", "驾驶证快过期了怎么换证",
                        "机动车驾驶证到期换证流程"],
    "housing_fund": ["公积金怎么提取", "住房公积金提取需要什么手续", "怎么提取住房公积金", "公积金提取去哪里办"],
    "train_ticket": ["火车票怎么退票", "火车票退了钱多久到账", "买错火车票了能退票吗", "火车票退票要手续费吗"],
    "old_age_allowance": ["八十岁老人有高龄津贴吗", "高龄津贴怎么领", "九十岁老人高龄津贴发多少", "高龄津贴在哪里申请"],
    "broadband": ["家里宽带坏了打哪个电话报修", "宽带报修怎么弄", "宽带断网了找谁修", "宽带报修电话0572-2345678"],
    "dog_licence": ["养狗要办狗证吗", "狗证在哪里办理", "办狗证需要什么", "养狗登记狗证怎么办"],
}
NOISE = ["？？？", "👍", "asdf"]
QUESTION_FORMS = [("find_service", "{w}是什么"), ("find_service", "想了解一下{w}"), ("ask_how_to_apply", "{w}怎么申请"),
                  ("ask_documents", "{w}需要什么材料"), ("ask_amount", "{w}有多少钱")]
VERDICTS = [LIKELY_ELIGIBLE, NOT_ELIGIBLE, POSSIBLY_ELIGIBLE, UNDETERMINED]


class Simulation:
    def __init__(self, kb: KnowledgeBase, seed: int, start: dt.date = DEFAULT_START, weeks: int = DEFAULT_WEEKS):
        self.kb = kb
        self.rng = random.Random(seed)
        self.start, self.weeks = start, weeks
        catalogue = kb.catalogue
        self.services = list(catalogue.services)
        self.sections = sorted(catalogue.sections)
        self.places: List[Optional[str]] = [p.name for p in catalogue.places]
        order = self.services[:]
        self.rng.shuffle(order)  # some services asked far more than others, as in life
        self.popularity = {s.id: 1.0 / (rank + 1) ** 0.8 for rank, s in enumerate(order)}
        self.truth = Truth()

    # -- planning --------------------------------------------------------------------------
    def pick_services(self, i: int) -> List[Any]:
        count = self.rng.choice((1, 1, 1, 2, 2, 3))
        chosen = []
        if i < len(self.sections):  # the first conversations go round every sub-area
            chosen.append(self.rng.choice([s for s in self.services if s.section == self.sections[i]]))
        while len(chosen) < count:
            s = self.rng.choices(self.services, weights=[self.popularity[x.id] for x in self.services])[0]
            if s not in chosen:
                chosen.append(s)
        return chosen

    def conversation(self, i: int, room: int = 2) -> Recorder:
        """The ``i``-th resident's conversation, and (with ``room`` for two) sometimes a return visit."""
        rng = self.rng
        channels = list(CHANNELS)
        channel = channels[i] if i < len(channels) else rng.choices(channels, weights=list(CHANNELS.values()))[0]
        if i < len(self.places):
            place = self.places[i]
        else:
            place = rng.choice(self.places) if rng.random() < 0.6 else NOT_SAID
        sender = {WIDGET: "web-%032x", "wechat": "oSim%024x", "rest": "rest-%016x"}[channel] % rng.getrandbits(
            128 if channel == WIDGET else 96 if channel == "wechat" else 64)
        recorder = Recorder(sender, "rest" if channel == WIDGET else channel, rng)
        day = self.start + dt.timedelta(days=rng.randrange(self.weeks * 7))
        moment = dt.datetime.combine(day, dt.time(rng.randrange(8, 22), rng.randrange(60)), CHINA)
        self.say(recorder, moment, channel, place, self.pick_services(i) if rng.random() > 0.08 else [])
        if rng.random() < 0.04 and room >= 2:  # a resident back a few days later: a new session, a second conversation
            later = moment + dt.timedelta(days=rng.randrange(1, 4), hours=2)
            if later.date() < self.start + dt.timedelta(days=self.weeks * 7):
                self.truth.counts["total"]["return_visits"] += 1
                self.say(recorder, later, channel, NOT_SAID, self.pick_services(len(self.sections) + i)[:1])
        return recorder

    def say(self, r: Recorder, moment: dt.datetime, channel: str, place: Optional[str], services: List[Any]) -> None:
        """One conversation: plays the plan into the recorder and counts it into the truth."""
        rng = self.rng
        r.session(moment.timestamp())
        facts = Conversation(channel, moment.date(), place)
        if not services or rng.random() < 0.3:
            r.user("你好", "greet")
            r.action("utter_greet", [("您好，我是湖州市民服务助手。", [])], utter="utter_greet")
            facts.messages += 1
        place_said = False
        verdicts: List[Dict[str, Any]] = []
        for n, service in enumerate(services):
            word = rng.choice((service.name, *service.aliases))
            intent, form = rng.choice(QUESTION_FORMS)
            text = form.format(w=word)
            self.answer(r, service, text, intent, [service_entity(text, word, service.id)], facts)
            if n == 0 and rng.random() < 0.35:  # 好差评 on the first answer, by button or typed
                rating = rng.choice(answers.RATINGS)
                r.user(payload("rate_service", rating=rating) if rng.random() < 0.7 else rating, "rate_service",
                       [{"entity": "rating", "value": rating}] if rng.random() < 0.7 else [])
                r.action("action_record_rating", [("谢谢您的评价！还有什么可以帮您？", [])],
                         {"rating": rating, "rated_service": service.id})
                facts.messages += 1
                facts.ratings.append((service, rating))
            if place and not place_said and rng.random() < 0.7:
                place_said = self.say_place(r, service, place, facts)
            if service.criteria and rng.random() < 0.35:
                verdicts = self.screen(r, service, verdicts, facts)
        if place and not place_said:  # 户籍 said while being screened: the answer reader's fact
            r.user(f"我户口在{place}", "inform", [], {"hukou_place": place})
            r.action("action_answer_service", [(answers.NOT_UNDERSTOOD, [])], {"failed_attempts": 0.0})
            facts.messages += 1
        for _ in range(rng.choice((0, 0, 0, 0, 1, 1, 2))):
            topic = rng.choice(sorted(TOPICS))
            text = rng.choice(TOPICS[topic])
            if rng.random() < 0.8:
                r.user(text, "out_of_scope")
                r.action("action_out_of_scope", [(answers.NOT_UNDERSTOOD, [])], utter="utter_out_of_scope")
            else:  # the NLU fell back, and no rule knew what to do next
                r.user(text, "nlu_fallback")
                r.action("action_default_fallback", [("抱歉，这个我没能接上。", [("转人工", "/human_handoff")])])
            facts.messages += 1
            facts.unanswered.append((topic, text))
        if rng.random() < 0.05:
            r.user(rng.choice(NOISE), "nlu_fallback")
            r.action("action_clarify", [(answers.NOT_UNDERSTOOD, [])], {"failed_attempts": 1.0})
            facts.messages += 1
        if rng.random() < 0.12:
            r.user("转人工" if rng.random() < 0.6 else payload("human_handoff"), "human_handoff")
            r.action("action_handoff", [("好的，正在为您转接人工服务。", []), ("【转人工摘要】", [])],
                     {"handoff_requested": True}, custom={"handoff": {"conversation": r.sender}})
            facts.messages += 1
            facts.handoff = True
        self.truth.add(facts, self.kb)

    def answer(self, r: Recorder, service, text: str, intent: str, entities, facts: "Conversation") -> None:
        r.user(text, intent, entities)
        aspect = answers.ASPECT_OF_INTENT.get(intent, answers.OVERVIEW)
        r.action("action_answer_service", [(answers.answer(self.kb, service, aspect), []),
                                           (answers.RATING_PROMPT, [(x, payload("rate_service", rating=x)) for x in answers.RATINGS])],
                 {"current_service": service.id, "failed_attempts": 0.0})
        facts.messages += 1
        facts.about(service)

    def say_place(self, r: Recorder, service, place: str, facts: "Conversation") -> bool:
        aliases = next((p.aliases for p in self.kb.catalogue.places if p.name == place), ())
        word = self.rng.choice((place, *aliases))
        if self.rng.random() < 0.5:
            text = f"在{word}去哪里办"
            r.user(text, "ask_where", [place_entity(text, word, place)], {"place": place})
        else:
            text = f"我住在{word}"
            r.user(text, "inform", [place_entity(text, word, place)],
                   {"place": place, "residence_place": place, "works_or_lives_in_huzhou": True})
        r.action("action_answer_where", [(answers.where(self.kb, service, place), [])],
                 {"current_service": service.id, "failed_attempts": 0.0})
        facts.messages += 1
        facts.about(service)
        return True

    def screen(self, r: Recorder, service, verdicts: List[Dict[str, Any]], facts: "Conversation") -> List[Dict[str, Any]]:
        """我能申请吗, the form's questions (one to three), and the verdict."""
        text = "我能申请吗" if self.rng.random() < 0.5 else payload("check_eligibility", service=service.id)
        r.user(text, "check_eligibility", [{"entity": "service", "value": service.id}] if text.startswith("/") else [])
        r.action("action_start_eligibility", [], {"eligibility_service": service.id, "current_service": service.id,
                                                  "requested_slot": None, "pending_confirmation": None,
                                                  "failed_attempts": 0.0}, listen=False)
        facts.messages += 1
        facts.about(service)
        keys = list(service.facts())[: self.rng.randint(1, 3)] or ["age"]
        questions = self.kb.catalogue.facts
        for k, key in enumerate(keys):
            question = questions[key].question if key in questions else "请问您多大年纪？"
            r.form((question, [("是", "是"), ("不是", "不是")]), key, start=k == 0)
            r.user(self.rng.choice(("是的", "不是", "不知道", "有的")), self.rng.choice(("affirm", "deny", "dont_know")))
            facts.messages += 1
            facts.about(service)  # eligibility_form answers it: a message about this service
        status = self.rng.choice(VERDICTS)
        r.form_done()
        verdicts = [v for v in verdicts if v["service"] != service.id] + [
            {"service": service.id, "status": status, "conditions": []}]
        r.action("action_eligibility_verdict", [(f"关于【{service.name}】的初步判断（以受理部门审核为准）。",
                                                 [("去哪里办", "/ask_where"), ("转人工", "/human_handoff")])],
                 {"verdicts": verdicts, "eligibility_service": None})
        facts.verdicts[service.id] = status
        return verdicts


class Conversation:
    """What the truth needs of one planned conversation."""

    def __init__(self, channel: str, day: dt.date, place: Optional[str]):
        self.channel, self.day, self.place = channel, day, place
        self.messages = 0
        self.services: Counter = Counter()  # service id -> messages about it
        self.ratings: List[Any] = []
        self.verdicts: Dict[str, str] = {}
        self.unanswered: List[Any] = []
        self.handoff = False

    def about(self, service) -> None:
        self.services[service.id] += 1


class Truth:
    """The plan's counts, in the report's terms (conversations unless said otherwise)."""

    def __init__(self) -> None:
        self.conversations = 0
        self.lengths: Dict[str, List[int]] = defaultdict(list)
        self.counts: Dict[str, Counter] = defaultdict(Counter)
        self.unanswered: Dict[str, List[str]] = defaultdict(list)

    def add(self, c: Conversation, kb: KnowledgeBase) -> None:
        self.conversations += 1
        self.lengths[c.channel].append(c.messages)
        n = self.counts
        week = (c.day - dt.timedelta(days=c.day.weekday())).isoformat()
        services = [s for s in (kb.service(sid) for sid in c.services) if s is not None]
        n["channel"][c.channel] += 1
        n["channel_messages"][c.channel] += c.messages
        n["district"][c.place or ""] += 1
        n["week"][week] += 1
        n["week_with_service"][week] += bool(services)
        n["week_unanswered"][week] += len(c.unanswered)
        for key, attr in (("domain", "domain"), ("section", "section"), ("service", "id")):
            for value in {str(getattr(s, attr)) for s in services}:
                n[key][value] += 1
            for s in services:
                n[key + "_messages"][str(getattr(s, attr))] += c.services[s.id]
        for domain in {s.domain for s in services}:
            n["district_domain"][f"{c.place or ''}|{domain}"] += 1
        if c.handoff:
            n["handoff_channel"][c.channel] += 1
            for s in services:
                n["handoff_service"][s.id] += 1
        for sid, status in c.verdicts.items():
            n["verdict"][f"{sid}|{verdict_group(status)}"] += 1
        for s, rating in c.ratings:
            n["rating_service"][f"{s.id}|{rating}"] += 1
            n["rating_body"][f"{s.agency_current}|{rating}"] += 1
        for topic, text in c.unanswered:
            self.unanswered[topic].append(text)
        n["total"]["conversations"] += 1
        n["total"]["messages"] += c.messages
        n["total"]["with_service"] += bool(services)
        n["total"]["handoffs"] += c.handoff
        n["total"]["unanswered"] += len(c.unanswered)
        n["total"]["ratings"] += len(c.ratings)

    def as_dict(self, start: dt.date, weeks: int) -> Dict[str, Any]:
        everyone = [m for lengths in self.lengths.values() for m in lengths]
        return {
            "since": start.isoformat(), "until": (start + dt.timedelta(days=weeks * 7 - 1)).isoformat(),
            "median_length": statistics.median(everyone) if everyone else None,
            "median_length_by_channel": {k: statistics.median(v) for k, v in self.lengths.items()},
            "counts": {k: dict(v) for k, v in sorted(self.counts.items())},
            "unanswered": {k: v for k, v in sorted(self.unanswered.items())},
        }


class StoreNotEmpty(RuntimeError):
    pass


def simulate(url: str, kb: KnowledgeBase, conversations: int, seed: int, start: dt.date = DEFAULT_START,
             weeks: int = DEFAULT_WEEKS, truth_path: Optional[Path] = None, batch: int = 250) -> Dict[str, Any]:
    """Writes ``conversations`` conversations (about 4% of them residents' return visits) to the store at ``url``."""
    from bot.stores import TrackerStore

    store = TrackerStore(url=url)
    with store.session_scope() as session:  # the truth counts this run only: the store must start empty
        stored = session.query(store.SQLEvent).count()
    if stored:
        store.engine.dispose()
        raise StoreNotEmpty(f"{url} already holds {stored} events: simulate into an empty store")
    simulation = Simulation(kb, seed, start, weeks)
    try:
        i = 0
        while simulation.truth.conversations < conversations:
            with store.session_scope() as session:
                for _ in range(batch):
                    room = conversations - simulation.truth.conversations
                    if room <= 0:
                        break
                    recorder = simulation.conversation(i, room)
                    session.add_all([store.event_row(recorder.sender, e) for e in recorder.events])
                    i += 1
                session.commit()
    finally:
        store.engine.dispose()
    truth = simulation.truth.as_dict(start, weeks)
    if truth_path is not None:
        truth_path.parent.mkdir(parents=True, exist_ok=True)
        truth_path.write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth
