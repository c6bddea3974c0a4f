"""Ages and years read across a whole message (part of numbers_reader.py): one spouse's age
from the other's, the one child of several the resident asks about, contributions never paid."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, List

from bot.reading.quantities import Number, numbers

if TYPE_CHECKING:  # the reader that owns this one
    from bot.reading.reader import _Reader


def _add(r: "_Reader", key: str, n: Number, confidence: float) -> None:
    fact = r.facts.get(key)
    if fact is None or fact.minimum is None or fact.maximum is None or not (fact.minimum <= n.low and n.high <= fact.maximum):
        return
    r.add(key, n.value, confidence if n.exact else confidence - 0.1)


# The one child of several the resident says they ask about: "问的是老二", "给小的问" (a child
# only named with the question, "小的能上幼儿园吗", leaves every age said: the family's children)
ASKED_CHILD = (r"(?:问的是|问的(?:这个|那个|就是)|(?:现在|这次|要)?(?:说|讲)的(?:是|就是)|给|帮|替|申请的是|是给|是问|这次问|主要问)(?:我|我们)?(?:家)?(?:[^，,。\s]{{0,8}}的)?({child})",
                # "要送的是老二", "要上幼儿园的是小的", "报名的是老二"
                r"(?:要|想|准备|打算)?(?:送|报|报名|上|读|进|入|申请|办)[^，,。\s是]{{0,5}}的(?:是|就是)(?:我|我们)?(?:家)?({child})",
                r"(?:^|[，,。\s])(?:就|只|我)?问({child})(?:$|[，,。\s的])")


# a child the resident leaves out of the question ("小的不管他", "大的不用管")
_LEFT_OUT = r"(?:先)?(?:不用管|不管|不用问|不问|不用考虑|不考虑|不算|不是问)"


def relative_ages(r: "_Reader") -> None:
    """"她比我小两岁，我今年五十三": one spouse's age from the other's."""
    from bot.reading import lexicon as lex
    # ("我家里那位比我大一岁": the spouse, named by 那位)
    spouse = r"(?:我)?(?:她|老婆|妻子|爱人|老伴|媳妇|女方|孩子他妈|孩子她妈|孩子的妈|孩子妈|孩他妈|娃他妈|老太婆|老太太|老婆子|(?:家|屋里)?那口子|(?:家里|家|屋里)那位"
    # ("我屋里的比我小九岁": Wu 屋里的, one's wife, read as 家里的)
    spouse += r"|(?:家里|屋里)的(?=[\s，,]*比我))"
    found = r.out.found
    # "媳妇是姐姐 大我两岁": the elder (or younger) of the two, then the gap
    spouse += r"(?:(?:是|算)(?:姐姐|妹妹|老姐|小妹|大姐)(?:[\s，,]+)?)?"
    # "她是我老婆 比我整整小五岁": the spouse just named, then the gap (整整, 足足: exactly)
    for pattern, mine in ((spouse + r"(?:[\s，,]+)?比我(?:整整|足足|正好|刚好|要|还)?(?P<d>小|大)(?:了)?(?P<g>\S{1,3}?)岁", True), (r"我比" + spouse + r"(?P<d>大|小)(?P<g>\S{1,3}?)岁", False),
                          (spouse + r"(?P<d>小|大)我(?P<g>\S{1,3}?)岁", True), (r"我(?P<d>大|小)" + spouse + r"(?P<g>\S{1,3}?)岁", False),
                          # "老婆跟我差三岁，她小": the gap, then who is the younger
                          (spouse + r"(?:跟|和|同|与)我(?:相)?差(?:了)?(?P<g>\S{1,3}?)岁[，,\s]*(?:[^，,。\s]{0,6}[，,\s]+)?(?:她|老婆|爱人|老伴|媳妇)(?:要|是)?(?:比我)?(?P<d>小|大)", True)):
        m = re.search(pattern, r.text)
        if not m:
            continue
        gap = numbers(m.group("g"))
        if not gap or not gap[0].exact:
            continue
        delta = gap[0].low * (-1 if m.group("d") == "小" else 1)
        known_key, other_key = ("age", "woman_age") if mine else ("woman_age", "age")
        if mine and r.asked == "age" and "age" not in found and r.people.applicant == lex.SPOUSE:
            # "我六十四 老伴比我小五岁 问的是老伴" asked the applicant's age: the spouse's, from the resident's
            own = re.search(r"(?:^|[，,。\s])我(?:自己|本人)?(?:是)?(?:今年|都|已经|也|早就|早)?(?:有|过|过了)?([一二三四五六七八九十\d]{2,4})(?:周岁|岁)?(?=$|[了啦，,。\s])", r.text)
            said = numbers(own.group(1)) if own else []
            if said and said[0].exact:
                value = said[0].low + delta
                found.pop("woman_age", None)
                _add(r, "age", Number(0, 0, value, value, m.group(0)), 0.8)
                return
        base = found[known_key].value if known_key in found else r.known.get(known_key)
        other = found[other_key].value if other_key in found else r.known.get(other_key)
        if mine and other_key in found and known_key in found and other == base:
            # "我今年五十五，孩子他妈小我三岁" asked her age: 55 is the resident's, hers is told apart
            del found[other_key]
        if isinstance(base, (int, float)) and not isinstance(base, bool) and other_key not in found:
            value = base + delta
            _add(r, other_key, Number(0, 0, value, value, m.group(0)), 0.8)
        elif isinstance(other, (int, float)) and not isinstance(other, bool) and known_key not in found and not (
                other_key == "age" and other_key in found and not re.search(
                    r"(?:^|[，,。\s])我(?:自己|本人)?(?:今年|都|已经|也)?(?:有)?[一二三四五六七八九十\d]{2,}", r.text)):
            # "我比我爱人大五岁，我今年六十": hers from mine (not "申请的是我老伴 她七十 我比她大五岁":
            # the age told is hers, the resident's own is not said)
            value = other - delta
            _add(r, known_key, Number(0, 0, value, value, m.group(0)), 0.8)


# "老头子七十了，我比他小四岁": the resident's age from her husband's
_HUSBAND = r"(?:我)?(?:他|老头子|老头|老公|丈夫|男人|老伴)"


def husband_relative_age(r: "_Reader", ages: List[tuple]) -> None:
    """"老头子七十了，我比他小四岁，这回是替我自己问": her age, the husband's told; his
    age, read as hers, is taken back."""
    from bot.reading import lexicon as lex
    mine = re.search(r"我比" + _HUSBAND + r"(大|小)(\S{1,3}?)岁", r.text)
    m = mine or re.search(_HUSBAND + r"比我(大|小)(\S{1,3}?)岁", r.text)
    if m is None or r.known.get("woman_age") is not None:
        return
    gap = numbers(m.group(2))
    his = [n for role, n in ages if role == lex.HUSBAND and n.exact] or [
        n for role, n in ages if role == lex.SPOUSE and n.exact]  # "我老伴七十二，我比他大一岁": 他, a husband
    if not gap or not gap[0].exact or len(his) != 1:
        return
    delta = gap[0].low * (1 if (m.group(1) == "大") == (mine is not None) else -1)
    value = his[0].low + delta
    hers = r.out.found.get("woman_age")
    if hers is not None and hers.value != his[0].low:
        return  # the woman's age said apart
    r.out.found.pop("woman_age", None)  # ("我老伴七十二，我比他小一岁" asked her age: 72 is his, not hers)
    if r.asked == "woman_age":
        # asked the woman's age, the one with a husband is she ("老头子五十九，我比他大两岁": 61), as a
        # bare age given to that question is hers
        _add(r, "woman_age", Number(0, 0, value, value, m.group(0)), 0.8)
        return
    said = r.out.found.get("age")
    if said is None or said.value == his[0].low:
        r.out.found.pop("age", None)
        _add(r, "age", Number(0, 0, value, value, m.group(0)), 0.8)


def asked_child(names: List[str], ages: List[Any], text: str) -> List[Any]:
    """Of several children named, the age of the one the resident singles out
    ("老大5岁不用管，问的是老二，两岁半"); all their ages when none is."""
    words = sorted({name[len("child:"):] for name in names if name.startswith("child:")}, key=len, reverse=True)
    if len(words) < 2 or len(names) != len(set(names)):
        return ages
    child = "|".join(re.escape(w) for w in words)
    asked = {m.group(1) for pattern in ASKED_CHILD for m in re.finditer(pattern.format(child=child), text)}
    if not asked:  # "小的才3岁不管他", "大女儿十一岁不用管": the other one is asked about
        left = {m.group(1) for m in re.finditer(rf"({child})[^，,。]{{0,8}}?{_LEFT_OUT}", text)}
        rest = [w for w in words if w not in left and "child:" + w in names]
        if len(left) == 1 and len(rest) == 1:
            asked = set(rest)
    if len(asked) != 1:
        return ages
    one = "child:" + asked.pop()
    return [age for name, age in zip(names, ages) if name == one][-1:] or ages


def none_paid(r: "_Reader", text: str) -> None:
    """"农保一分钱也没交过", "失业保险从来没交过": no year of contributions."""
    m = re.search(r"(农保|居民养老保险|养老保险|失业保险)[^，,。]{0,4}?(?:一分钱?|一年|一天|一次|一个月)?(?:也|都)?(?:从来|从)?"
                  r"(?:没有|没|未)(?:交|缴|参加|参保|买)(?:过)?", text)
    if m is None:  # "失业保险那块一直是空的": nothing paid
        m = re.search(r"(农保|居民养老保险|养老保险|失业保险)(?:那块|那一块|这块|这一块|那部分|这部分)?(?:一直|从来|都|也|还)*(?:是)?(?:空的|空着|空白)", text)
    if m is None or re.search(r"(?:没有|没|未)(?:交|缴)(?:过)?(?:满|够|到)", text[m.end() - 3:m.end() + 2]):
        return  # "没交满十五年": some years, not none
    if re.search(r"职工(?:的|那个|那块)?$", text[:m.start()]):
        return  # "职工的养老保险从来没交": the employee pension, not the residents' years
    key = "unemployment_contribution_years" if m.group(1) == "失业保险" else "pension_contribution_years"
    if key not in r.out.found:
        r.add(key, 0, 0.85)
