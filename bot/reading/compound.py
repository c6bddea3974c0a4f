"""Facts made of two statements a resident says apart: "我是建档立卡家庭出来的，今年刚毕业"
is a graduate of a poor family, though no clause says both."""
from __future__ import annotations

import re
from typing import Optional

from bot.reading.clauses import negators_before

_POOR = re.compile(r"建档立卡|低保户|低保家庭|(?:家里|家|我们家|我家)(?:是|吃|在吃|吃的|拿)低保|低边户|低收入户|低收入家庭|贫困户|贫困家庭|困难家庭|困难户|家里(?:很|特别|比较|太)?(?:穷|困难)")
# a recent graduate of a university or college (高校毕业生), not of a middle school
_GRADUATE = re.compile(r"(?:刚刚|刚|今年|去年|才)(?:从)?(?:大学|大专|本科|研究生|高校)?毕业|(?:大学|大专|本科|高校)(?:刚刚|刚|才)?毕业|应届|毕业生"
                       # "女儿刚从大学出来还在找工作": just out of university
                       r"|(?:刚刚|刚|今年|才)从(?:大学|大专|高校|学院|本科)(?:里)?出来")
_SCHOOL = re.compile(r"(?:初中|高中|中专|小学|职高)(?:刚刚|刚|才)?毕业")


def poor_family_graduate(text: str) -> Optional[bool]:
    """True when the message says both a poor family and a recent graduation, neither denied."""
    poor, graduate = _POOR.search(text), _GRADUATE.search(text)
    if poor is None or graduate is None or _SCHOOL.search(text):
        return None
    for start, window in ((poor.start(), 4), (graduate.start(), 3)):
        clause = re.split(r"[，,。;；！!？?\s]", text[:start])[-1]  # a negation does not cross a clause
        if negators_before(clause, len(clause), window=window):
            return None  # "不是困难家庭", "还没毕业"
    return True
