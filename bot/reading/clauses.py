"""Clauses and the scope of Chinese negation.

An answer is read clause by clause: "没房，外地来的，在南浔做了四年" holds three
statements. Negation does not cross a clause: in "厂里倒闭了，又不是我要辞职"
the 不是 denies only "我要辞职". Inside a clause a negator denies what follows
it closely ("没有劳动能力", "也没抱养") or, after a noun, what precedes it
("收入都没有", "证还没办"); two negators cancel ("不是不能干").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import FrozenSet, List, Optional, Tuple

# Clause boundaries: punctuation, and conjunctions that start a new statement.
_BOUNDARY = re.compile(r"(?:[，,。;；！!？?、\n]|(?<!\d)\.|\.(?!\d))+|\s+|(?=但是|可是|不过|而且|然后|所以|因为)")
# Negators, longest first so that 没有 is one negator, not 没 + 有.
NEGATORS = ("怎么可能", "怎可能", "哪可能", "不可能",  # "怎么可能低": asked back, a no (怎可能: 么 read as a particle)
            "并没有", "从来没", "从没有", "从没", "从未", "并非", "并不", "哪里是", "哪里有", "哪里还", "哪还", "哪是",
            "哪里来", "哪儿来", "哪来",  # "哪里来的退休工资": none
            "哪里能", "哪儿能", "哪里会", "哪会",  # "哪能干活", "哪会有收入": asked back, a denial
            "哪有", "哪能", "不是", "没有", "木有", "么得", "没得", "不", "没", "无", "未", "非", "否", "勿", "甭")
_NEGATOR = re.compile("|".join(NEGATORS))
_RHETORICAL_LEAD = re.compile(r"(?:哪(?:里|儿)?|怎么|咋)$")
# "有没有", "是不是", "能不能": a question, not a denial.
_A_NOT_A = re.compile(r"(?<![没不])(\w{1,2}?)(?:没|不)\1(?!\1)")


class _ANotA:
    """"有没有", "登没登记": a question — but not where the first half ends a word ("中考没考上": 中考, then 没考上)."""

    @staticmethod
    def _real(text: str, m: "re.Match[str]") -> bool:
        if m.start() == 0 or not re.match(r"[\u4e00-\u9fff]", text[m.start() - 1]):
            return True
        import jieba

        bounds, position = {0}, 0
        for token in jieba.lcut(text):
            if position < m.start() < position + len(token) and not jieba.get_FREQ(token):
                return True  # "这个钱会不会影响": 钱会 is no word of the dictionary, only glued by guess
            position += len(token)
            bounds.add(position)
        return m.start() in bounds

    def finditer(self, text: str):
        return (m for m in _A_NOT_A.finditer(text) if self._real(text, m))

    def search(self, text: str) -> "Optional[re.Match[str]]":
        return next(iter(self.finditer(text)), None)

    def sub(self, replacement: str, text: str) -> str:
        for m in sorted(self.finditer(text), key=lambda m: -m.start()):
            text = text[:m.start()] + replacement + text[m.end():]
        return text


A_NOT_A = _ANotA()
# A negator after a noun denies it: "收入都没有", "证还没办", "房子没有", "特困那个名头没给我评上".
_TITLE = re.compile(r"(?:那个|这个|的)?(?:名头|名额|名分|帽子|资格|身份)")
_POST_NEGATION = re.compile(
    r"^(?:\s*(?:什么的|之类的?|的?(?:那种|这种|这些|那些)(?:东西|[\u4e00-\u9fff]{1,4}?)?|[、和跟及]?[\u4e00-\u9fff]{1,4}?(?=哪样|哪一样|两样|样样)|[、和跟及]?[\u4e00-\u9fff]{1,4}?(?:这种|那种|这些|那些)(?:东西)?|那样的?|这样的?|那一类|这一类|(?:那个|这个|的)?(?:名头|名额|名分|帽子|资格|身份)|那个|这个|的?(?:钱|钞票|铜钿)|的(?:门路|路子|来路|渠道|地方)|的(?=也|都|倒|还)|的?(?:事情?|事儿)(?=跟|和|同)|的?(?:那一套|这一套|那套|这套)(?=跟|和|同|都|也|我|他|她))?(?:跟|和|同)?(?:我们家里|我们家|我家里|咱们家|咱家|俺家|家里|我们|我家|我伲|阿拉|我|他们|他|她|伊拉|伊|谁|哪个|哪一个|哪家|哪一家)?(?:是)?\s*(?:倒是|倒|都|也|还|又|根本|完全|从来|压根|一直|从|一点儿?|一分钱?|一个|一样|样样|哪一样|哪样|两样|一(?:天|日|年|次|回|趟|毛钱?|分钱?|个月|套|间|处|栋|幢|平方米?|平米|寸|块砖|片瓦)|什么|啥)?\s*(?:都|也|还)?(?:没有|没|无|木有|么得|没得|不可能(?!不)|不是(?=$|的|个(?:$|[，,。\s])|[，,。]|啊|呀|吧)|不沾边|不搭界|不搭边|八竿子打不着|八杆子打不着|打不着|挨不着|挨不上|扯不上|不相干|不沾(?!光)|(?:领|拿|收|得)(?:不到|不着|不了)|不(?:拿|领|收|享受)(?:过)?(?=$|[，,。\s的])))")
# ("进钱的门路都没有": the way to it, denied, denies it)
# ... and words that hold a negator but deny nothing: 非常 ("very"), 无论, 不管, 不仅
# "经营不下去关门了", "房租交不起": 不 in a verb's complement denies the verb, not what follows
_OWN_WORD = re.compile(r"(?:不|没)(?:好|行|错|少|多|大|小|高|低|太|舒服|方便|灵|便)|没(?:有)?(?:问题|啥问题|什么问题|事儿?(?![做干]))|非常|无论|不管|不仅|不但|不过|不然|不如|要不|不久"
                       r"|不下去|不下来|不起|(?<=[\u4e00-\u9fff])不(?:动|了)(?!产)")
# The resident takes back what they said: "说错了", "打错了", "前面少算了两年", "我算了下，其实是…"
CORRECTION = re.compile(
    r"说错了|搞错了|答错了|选错了|点错了|弄错了|讲错了|记错了|写错了|打错了|算错了|看错了|记岔了|说岔了|讲岔了|搞岔了|记混了|搞混了|弄混了|"
    r"不对不对|更正一下|纠正一下|改一下|少算了|多算了|我算了(?:一)?下|准确(?:地|的)?(?:说|讲)|"
    r"刚才(?:说|答|选)?的?不对|前面(?:说|答)?的?不对|(?:说|讲|答)(?:得|的)不对|"
    # "喔唷勿对，五十九个是阿拉妹妹", "哦不对 我把证翻出来看了": an interjection and 不对 opening a message that goes on
    r"^\s*(?:哦|噢|喔|呃|哎|诶|唉|哎呀|哎哟|啊)(?:唷|哟|呦|呀)?[，,\s]*(?:不对|勿对|弗对)(?=[，,。\s！!]+\S)")
# What the resident heard of, not their case
# ("听小姐妹说", "听隔壁邻居讲": someone named between 听 and 说)
HEARSAY = re.compile(r"听说|听人(?:家)?(?:讲|说)|听讲|听别人(?:讲|说)|据说|人家(?:讲|说)|听(?!不|得|懂|着)[\u4e00-\u9fff]{1,5}?(?:讲|说)(?!话)")
# A case supposed, not said: "孩子转过来的话", "要是申请上了"
HYPOTHETICAL = re.compile(r"^\s*(?:我|我们|他|她)?(?:如果|要是|假如|假设|倘若|万一)(?!说)|的话\s*$")
# after a denied phrase, "也没…" with more words: a second thing denied ("没退休金也没人贴补")
_NOR = re.compile(r"^(?:也|又)(?:没有|没|不是|不|无)(?![了的啊呀吧呢]*$)[\u4e00-\u9fff]")
# "没老婆没孩子", "无儿无女": a negator with its own noun just before a phrase that starts with a
# negator denies that noun only (a list of things missing), not the phrase again ("不是没孩子" does)
_PARALLEL_DENIAL = re.compile(r"(?:没有|没|无)(?![是说])[\u4e00-\u9fff]{1,4}[，,、\s]*(?:也|又|还|更)?$")
# no one at all at the head of a clause ("没有哪个老板", "没哪家单位", "没有谁"): a subject denied, who did nothing
_NO_ONE = r"\s*(?:从来|从|也|都|还)?(?:没有|没)(?:哪个|哪一个|哪家|哪一家|一个|一家|谁)(?=[\u4e00-\u9fff]{2,})"
PRE_WINDOW = 6  # a negator this close before a phrase denies it ("没被认定过什么困难对象")


@dataclass(frozen=True)
class Clause:
    text: str
    start: int  # offset in the whole message

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def clauses(text: str) -> List[Clause]:
    """The clauses of a message, with their offsets."""
    result: List[Clause] = []
    position = 0
    for match in _BOUNDARY.finditer(text):
        if match.start() > position:
            result.append(Clause(text[position:match.start()], position))
        position = max(position, match.end())
    if position < len(text):
        result.append(Clause(text[position:], position))
    return [c for c in result if c.text.strip()]


def negators_before(clause: str, start: int, consumed: FrozenSet[int] = frozenset(), window: int = PRE_WINDOW) -> int:
    """How many negators stand in the few characters before ``start``.

    A negator inside another phrase already read (``consumed`` positions: the
    没 of "没房子" in "没房子住厂里") belongs to that phrase, not to this one.
    """
    low = max(0, start - window)
    before = "".join("□" if i in consumed else clause[i] for i in range(low, start))
    before = A_NOT_A.sub("", before)
    # "合同还没到期就让我走了": a negator before 就/才/却 denies the verb it stands with, not what follows
    # "既没生也没抱养": 没…也 denies the verb before 也; what follows has its own negator
    # "没活了叫我们都回家": 了 closes what the negator denied ("没活了"), the phrase after is not denied
    barrier = max((m.end() for m in re.finditer(r"就|才|便|却|结果|(?<=[^不没无未非\s])[也又]|(?<=[^不没无未非有\s])了(?!解)", before)),
                  default=0)
    before = before[barrier:]
    # "脚不好做不动": 不 denies 好, an adjective, not what follows it
    before = _OWN_WORD.sub(" ", before)
    count = len(_NEGATOR.findall(before))
    # "没有哪个老板给他交过职工的": no one at all, said at the head of the clause, denies what was done
    # however far the verb's object stands (no 就, 才, 了 between)
    head = re.match(_NO_ONE, clause[:start])
    if head and clause.find("没", head.start()) < low and not any(i in consumed for i in range(head.start(), head.end())) and not re.search(
            r"就|才|便|却|结果|了|[，,。]", clause[head.end():start]):
        count += 1
    # "哪能干活" with the phrase 能干活: the 能 of the rhetorical 哪能 is the phrase's own
    if clause[start:start + 1] in ("能", "会", "有") and _RHETORICAL_LEAD.search(before):
        count += 1
    return count


def negated_after(clause: str, end: int, consumed: FrozenSet[int] = frozenset()) -> bool:
    """A negator right after a phrase denies it ("收入都没有"), unless it
    starts another phrase already read ("没再生也没抱养": the second 没 is 没抱养's)."""
    if end and clause[end - 1] in "领拿收得" and re.match(r"(?:也|都|还)?(?:不到|不着|不了)", clause[end:end + 3]):
        return True  # "养老金…领" then "领不到": the verb's complement denies it
    topic = _TITLE.match(clause[end:])  # "特困那个名头一直没…": the window starts after the title
    # (a second thing listed before 这种东西 widens it: "退休工资养老金这种东西我一样都没到手过" — the lead's session 23)
    listed = re.match(r"[、和跟及]?[\u4e00-\u9fff]{1,4}?(?:这种|那种|这些|那些)东西", clause[end:])
    match = _POST_NEGATION.match(clause[end:end + 10 + (topic.end() if topic else 0) + (4 if listed else 0)])
    if not match:
        return False
    negator = end + match.end() - (2 if clause[end + match.end() - 2:end + match.end()] == "没有" else 1)
    if _OWN_WORD.match(clause, negator):
        return False  # "养老的钱没少拿": 没少 is a word of its own (plenty), no denial
    return not any(end + i in consumed for i in range(match.start(), match.end()))


def polarity(
    clause: str, start: int, end: int, phrase_is_negative: bool = False, consumed: FrozenSet[int] = frozenset(),
    after: bool = True, before_counts: bool = True, after_end: Optional[int] = None,
) -> Tuple[bool, int]:
    """(value, negations) of a phrase at clause[start:end].

    A positive phrase under one negator is denied; a negative phrase ("干不动")
    under one negator is affirmed ("也不是干不动"); two negators cancel.
    ``after_end``: where the denial after the phrase is looked for, when the phrase
    heads a list of its fact's words ("工资养老金一样都不沾": after 养老金).
    """
    before = negators_before(clause, start, consumed) if before_counts else 0
    if before and phrase_is_negative and clause[start:start + 1] in ("没", "无") and \
            _PARALLEL_DENIAL.search(clause[max(0, start - PRE_WINDOW):start]):
        before -= 1  # "没老婆没孩子": the first 没 denies 老婆, the phrase has its own
    # "没退休金也没人贴补": neither … nor …, the second 没 denies what follows it, not the phrase again
    after = after and not (before and _NOR.match(clause[end:]))
    end = end if after_end is None else after_end
    count = before + (1 if after and negated_after(clause, end, consumed) else 0)
    value = not phrase_is_negative
    if count % 2 == 1:
        value = not value
    return value, count


def is_question(clause: str) -> bool:
    return bool(A_NOT_A.search(clause))
