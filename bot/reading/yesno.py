"""Yes and no said bare ("是的", "没有", "不是没有"), and where a clause starts asking something."""
from __future__ import annotations

import re
from typing import Optional

from bot.reading.clauses import A_NOT_A, NEGATORS
from bot.reading.nonanswers import is_question

_PARTICLES = "啊呀吧呢的了啦嘛哦哈咯噢喔嘞哇哩么滴嗯呗咧"
_ADVERBS = r"(?:也|就|都|还|倒|可|真|确实|肯定|当然|已经|早就|一直|应该|好像|基本上|暂时|目前|现在|本来|是啊|那|哪能)"
_YES_CORE = re.compile(
    r"^(?:是|有|对|要|需要|用|能|可以|会|在|办|办好|弄好|交|缴|领|登记|参加|没错|当然|嗯+|恩|好|行|低|够|符合|属于|"
    r"yes|ok|y|对头|正是|确实是|就是|可能是|是低|是够|是符合|算|算是)(?:过|了|好了|着|个)?$", re.I)
_ENDS_AS_QUESTION = re.compile(r"(?:吗|(?<!什)么|伐|啵|不|没|没有)[啊呀]?$|^.{0,3}呢$")  # ("剩不下什么": no 么 question)  # "还没去登记呢" is said, "那我呢" asked
_QUESTION_HEAD = re.compile(r"能不能|可不可以|是不是|有没有|要不要|会不会|算不算|好不好|能|可以|好|会")
# Interrogative words; 什么/啥 after a negation are emphatic ("没出什么事", "啥都没有"),
# and 几 after a numeral or 就/才/只有 is a vague number ("十几年", "存款就几百").
_INTERROGATIVE = re.compile(
    r"(?<![没不])怎么(?!可能)|哪(?:里|儿|个|些|家|张|种|一张|一种)(?!来)(?![^，,。？?\s]{0,6}?(?:也|都)(?:没|不|无))|多少|为什么|为啥|(?<![没])(?<!没有)谁|多久|(?<![没不无])(?<!没有)(?<!没出)(?<!没得)(?<!没领过)(?<!没交过)(?<!没办过)(?<!没有过)(?:什么|啥)(?![都也])"
    r"|(?<![十百千万一二两三四五六七八九\d好就才只])(?<!只有)(?<!没)(?<!没有)(?<!不到)几(?:[个天年月号点岁级块万千百]?|块钱)(?:钱)?(?:[？?啊呀呢]|$)"
    r"|(?<![十百千万一二两三四五六七八九\d好])几(?:月份|号|点钟|点|时)(?=开始|报名|截止|办|申请|能|可以|去|下班|上班|开门|关门|结束|休息)"  # "几月份开始报名"
    r"|(?:要|需要|得)(?:带|交|准备|拍|复印|填)几(?:张|份|本|样)")  # "去办的时候要带几张一寸照片"


def question_start(text: str, trailing: str = "") -> Optional[int]:
    """Where the question in a clause begins, or None when the clause asks nothing.

    "特困和低保有什么区别" is all question; in "娃今年6岁了能报小学不" the
    question is the part from its last modal on ("能报小学不"). A question mark
    alone after a statement ("交了十年？") is a tentative answer, not a question.
    """
    if re.match(r"^(?:来电人|我|我们)?(?:还|再|另外|又)?(?:询问|咨询|想问问?|想咨询|想了解|打听)(?!一下$)(?=.)", text):
        return 0  # hotline "询问仲裁受理部门": a question reported, asked back
    if re.match(r"^(?:怎么|哪|哪里)可能", text):
        return None  # "怎么可能低": a no, asked back
    if re.match(r"^(?:你|您)(?:说|讲|问)的", text):
        return 0  # "你说的突发困难": the assistant's words, asked about
    if re.match(r"^还是(?:一定|必须|非得|非要)(?:要|得)?", text):
        return 0  # "(户口本是拍个照就行) 还是一定要带那本红皮的过去": the second of two ways, asked
    for m in _INTERROGATIVE.finditer(text):
        if (m.group(0) in ("什么", "啥") or m.group(0) in ("哪个", "哪些", "哪家")
                and re.search(r"(?:没|未|呒没)(?:有)?(?:被|把|让|给)?[^，,。？?\s]{0,3}(?:列|评|认定|算|定|选|纳)", text[max(0, m.start() - 10):m.start()])) \
                and re.search(r"没|不|无|呒", text[max(0, m.start() - 8):m.start()]):
            # "没被认定过什么困难对象", "没把我们列进过什么困难名单", "没被列进政府哪个特殊困难的单子": emphatic, not asked
            continue
        if m.group(0) in ("什么", "啥") and re.match(r"^[^，,。？?]{0,10}?(?:从来|根本|从)(?:就|也)?(?:没|不|未|呒没|勿)", text[m.end():]):
            continue  # "别的啥个退休工资阿拉从来呒没拿过": none ever, not which
        if m.group(0) in ("什么", "啥") and re.match(r"^[^，,。]{0,3}?(?:都|也)", text[m.end():]):
            continue  # "什么活都干不了", "啥也没有": every, not which
        if m.group(0) in ("什么", "啥") and re.match(r"^[^，,。？?]{0,8}?(?:名单|单子|名册|花名册)(?:上|里|里面)?(?:都|也)?(?:没|没有|不|呒没)", text[m.end():]):
            continue  # "县里什么特殊困难的名单上没有他们家": on no such list, not which list
        if m.group(0) == "谁" and re.match(r"^(?:都|也)(?:还|从来|根本)?(?:没|不|未|呒|勿)", text[m.end():]):
            continue  # "两口子加上儿子 谁都没有残疾证", "谁也没领过": no one, not who
        if m.group(0) == "谁" and re.match(r"^(?:都|也)[\u4e00-\u9fff]{1,2}(?:不|勿)(?:了|起|动|上|着|住|牢)", text[m.end():]) \
                and not re.search(r"[吗么呢？?]$", text):
            continue  # "谁也养不了我", "谁都管不了": no one can, not who
        if m.group(0).startswith("哪") and re.search(r"(?:没有|没|无|呒没|勿有)(?:一)?$", text[:m.start()]):
            continue  # "母女俩身体都好 没有哪个是残疾的", "没哪个领过": no one, not which
        if m.group(0) in ("什么", "啥") and re.match(r"^[^，,。]{0,6}?(?:都|也)(?:还|从来|根本)?(?:没|不|未)", text[m.end():]):
            continue  # "什么养老待遇都还没开始领", "啥补贴都没拿过": none at all, not which
        if m.group(0) == "多少" and re.match(r"^(?:年|个月|天|回|次|趟)(?:了)?(?:都|也)?(?:没|不|未)", text[m.end():]):
            continue  # "学校门都多少年没进了": for years on end, not how many
        return 0  # "零就业家庭是什么", "职工社保和农保哪个划算": all of it is asked
    if trailing in ("？", "?") and re.search(r"还是(?!老|原来|以前|那|在|没|不)", text):
        return 0  # "是按家庭算还是按人头算？": a choice asked
    if re.search(r"还是[^，,。\s]{1,8}?(?:就行|就可以|就够|才行)(?:吗|呢|啊|呀)?$", text):
        return 0  # "户口簿要原件还是复印件就行": which of two will do, asked
    choice = re.search(r"是[^，,。]{1,12}?还是(?!老|原来|以前|那|在|没|不)([^，,。]{2,})$", text)
    if choice and not re.fullmatch(r"[\d零一二两三四五六七八九十百千万几多半]+(?:周岁|岁|年|个月|月|天|块|元|平方|平|级|口|个人|个)?[吧的了呀啊]*",
                                   choice.group(1)) and not re.fullmatch(
            # "是刚满六岁还是差几个月": a number of one's own, or just under it — unsure, not asking us
            r"(?:还)?(?:差|不到|没满|没到)(?:一点|一些|点|几天|几个月|[\d一二两三四五六七八九十几半]+(?:个)?(?:月|天|年|岁))?[吧的了呀啊]*",
            choice.group(1)):
        return 0  # "补贴是一次性的还是每个月都有": a choice asked, with no question mark (not "是十一年还是十二年")
    pair = A_NOT_A.search(text)
    if pair:
        return pair.start()
    ends = bool(_ENDS_AS_QUESTION.search(text)) and (
        not text.endswith(("不", "没", "没有")) or re.search(r"能|可以|好|会|要|有", text[:-1])
    )
    if not ends and not is_question(text):
        return None
    heads = [m.start() for m in _QUESTION_HEAD.finditer(text)]
    if not heads:
        return 0 if ends or trailing in ("？", "?") else None
    return heads[-1]


def _strip(text: str) -> str:
    text = re.sub(rf"[{_PARTICLES}]+$", "", text.strip())
    text = re.sub(rf"^{_ADVERBS}+", "", text)
    return re.sub(rf"[{_PARTICLES}]+$", "", text)


def bare_boolean(text: str) -> Optional[bool]:
    """"是的", "没有", "不是没有", "有的有的": a yes or no with nothing else in it."""
    # "一分没有", "一点都没有", "啥也没有", "什么都没交": an emphatic no (什么 before the particles go: it holds 么)
    text = re.sub(r"^(?:什么|啥)(?:都|也)?(?=" + "|".join(NEGATORS) + ")", "", _strip(text))
    core = re.sub(rf"[{_PARTICLES}]", "", _strip(text))
    if not core:
        return None
    core = re.sub(r"^(.{1,3}?)\1+$", r"\1", core)  # 有的有的, 对对对
    # "一分没有", "一点都没有", "啥也没有": an emphatic no
    core = re.sub(r"^(?:一分钱?|一点儿?|一毛钱?|一个|啥|什么)(?:都|也)?(?=" + "|".join(NEGATORS) + ")", "", core)
    negations = 0
    while True:
        for negator in NEGATORS:
            if core.startswith(negator):
                negations += 1
                core = _strip(core[len(negator):])
                break
        else:
            break
    if negations and core in ("个", "的个"):
        core = ""  # Wu "勿是个", "呒没个": a no with its particle 个
    if not core:
        return None if negations == 0 else negations % 2 == 0
    if _YES_CORE.match(core):
        return negations % 2 == 0
    return None
