"""Numbers as residents say them, and what they are numbers of.

"七十二", "七十有二", "三岁半", "两千五", "1.5万" are exact; "七十多", "十来年",
"一两年", "快八十了", "差不多六十" are ranges: a range decides a rule only when
both its ends do ("七十多" is over 60; "一两年" against "满1年" is not decided).
A number is only ever read as the quantity its unit or its words say: "你等一下"
holds no age and "三楼的王阿姨" no household size.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import List, Optional, Set

from bot import clock
from bot.text import parse_chinese_integer

_CN = "零〇一二两俩三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟"
_NUMBER = re.compile(rf"\d+(?:\.\d+)?|[{_CN}]+几?(?:有[一二三四五六七八九])?|几十")
# Words where a numeral is not a number: 一下, 一起, 第一, 万一 …
_NOT_A_NUMBER_AFTER = re.compile(
    r"^(?:下|会|起|点|些|直|样|定|般|切|边|方面|律|向|旦|时|阵|共|致|同|再|路|辈子|步|次性|口气|线|手|楼|层|号楼|维码|把手|手房|胎|孩|宝"
    r"|口一?口|口[吃喂饭水酒]|口锅|口灶|口[^，,。\s人]{0,3}(?:腔|话|口音)"  # "一口上海腔": an accent  # "一口口喂", "一口饭", "一口锅吃饭": mouthfuls and pots, not people
    r"|对(?!夫妻|夫妇|双胞胎|龙凤胎|儿女|子女))"  # "拿本子给我一对": checked against, no number
)
_NOT_A_NUMBER_BEFORE = re.compile(r"(?:第|万|周|星期|礼拜|初|老|小|统|唯|同|专|单|逐)$")
# "头一年还回贵州", "头两个月": the first of them, an ordinal (not 里头一个人, 丫头五岁)
_ORDINAL_TOU = re.compile(r"(?<![里外上下前后年钟号个骨石枕念苗码奔盼丫])头$")
_ORDINAL_TOU_UNIT = re.compile(r"^(?:个)?(?:年|回|次|趟|个月|月|天|礼拜|星期|胎)")
# A consecutive pair is a range: 一两 (1–2), 三五 (3–5), 七八十 (70–80)
_PAIR = re.compile(r"^([一二两三四五六七八九])([二两三四五六七八九])(十|百|千|万)?$")
# "快八十", "将近五年", "不到一年": below the round number, a range; "X出头": just above it.
# "大概五千", "五千左右" are that number (said roughly, but one number).
_BELOW = re.compile(r"(?:快|将近|接近|不到|没到|不满|还差|(?:没|未)(?:交|缴)?满|没(?:交|缴)够)$")
_ABOVE = re.compile(r"^(?:年|岁|周岁|个月|块|元|平方?)?(?:出头|挂零|开外)")
_TENS_PAIR = re.compile(r"^([二三四五六七八九]?十)([一二三四五六七八])([二三四五六七八九])$")  # 四十七八


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    low: float
    high: float
    text: str

    @property
    def exact(self) -> bool:
        return self.low == self.high

    @property
    def value(self):
        """A plain number, or a range {"from", "to"} the eligibility rules understand."""
        if self.exact:
            return int(self.low) if float(self.low).is_integer() else self.low
        low = int(self.low) if float(self.low).is_integer() else self.low
        high = int(self.high) if float(self.high).is_integer() else self.high
        return {"from": low, "to": high}


def _chinese(token: str) -> Optional[float]:
    if "有" in token:  # 七十有二 = 72
        head, _, tail = token.partition("有")
        a, b = parse_chinese_integer(head), parse_chinese_integer(tail)
        return float(a + b) if a is not None and b is not None else None
    value = parse_chinese_integer(token)
    return float(value) if value is not None else None


def _value(token: str) -> Optional[tuple]:
    """(low, high) of a numeral token."""
    if re.fullmatch(r"\d+(?:\.\d+)?", token):
        v = float(token)
        return v, v
    tens = _TENS_PAIR.match(token)
    if tens:
        base = _chinese(tens.group(1))
        a, b = _chinese(tens.group(2)), _chinese(tens.group(3))
        if base is not None and a is not None and b == a + 1:
            return base + a, base + b
    pair = _PAIR.match(token)
    if pair:
        a, b = _chinese(pair.group(1)), _chinese(pair.group(2))
        unit = {"十": 10, "百": 100, "千": 1000, "万": 10000}.get(pair.group(3) or "", 1)
        if a is not None and b is not None and b == a + 1 or (a == 3 and b == 5):
            return a * unit, b * unit
    if token.startswith("几十"):
        return 20.0, 90.0
    if token.endswith("几"):  # 十几, 二十几
        base = _chinese(token[:-1])
        return (base + 1, base + 9) if base is not None else None
    value = _chinese(token)
    return (value, value) if value is not None else None


def numbers(text: str) -> List[Number]:
    """Every number in ``text`` that is a number (not 一下, 第一, 一起)."""
    found: List[Number] = []
    for match in _NUMBER.finditer(text):
        token, start, end = match.group(0), match.start(), match.end()
        if re.match(r"[百千万]", token) and text[:start].endswith("几"):
            continue  # "几百万": some millions, of no size the reader can take (not a million)
        if re.fullmatch(r"[一二两三四五六七八九十零〇]+[百千万][一二两三四五六七八九]?一", token) and re.match(r"个(?:月|号头)", text[end:]):
            token, end = token[:-1], end - 1  # "两千一个月", "一千二一个月": the 一 is of 一个月 (2000, 1200 a month)
        after, before = text[end:], text[:start]
        if token in ("万", "千", "百") or _NOT_A_NUMBER_AFTER.match(after) and not re.match(r"^\d", token):
            continue
        if _NOT_A_NUMBER_BEFORE.search(before) or (_ORDINAL_TOU.search(before) and _ORDINAL_TOU_UNIT.match(after)):
            continue
        bounds = _value(token)
        if bounds is None:
            continue
        low, high = bounds
        # 1.5万, 6千, 两万: a multiplier written after Arabic digits
        multiplier = re.match(r"^(万|千|k|K|w|W)", after)
        if multiplier and re.match(r"\d", token):
            factor = {"万": 10000, "w": 10000, "W": 10000}.get(multiplier.group(1), 1000)
            low, high, end = low * factor, high * factor, end + 1
            after = text[end:]
        # 七十多, 三千多, 十来年: more than the round number
        more = re.match(r"^(多|余|来)", after)
        if more and low == high:
            step = _step(low)
            # (来 is about the figure, a little either side: 十来年 10-13, 两千来块 2000-2300, not 2000-2003)
            low, high = (low + 1 if more.group(1) != "来" else low), low + (step - 1 if more.group(1) != "来" else max(3, step * 0.3))
            end += 1
        elif re.match(r"^(?:岁|周岁|年|个月|天|平方|块|元)?多", after) and low == high and low.is_integer():
            low, high = low, low + 1  # 一年多: between one and two
        if re.match(r"^(?:元|块|岁|年|个月|平方米|平方|平米|平)?(?:不到|还不到|都不到)", text[end:]) and low == high:
            low, high = low - _step(low), low - 0.5  # "两千不到"
        elif _BELOW.search(before) and low == high:
            if re.search(r"(?:不到|没到|不满|还差|(?:没|未)(?:交|缴)?满|没(?:交|缴)够)$", before):
                low, high = (0.0 if low <= 1 else low - _step(low)), low - (0 if low <= 1 else 0.5)
            else:
                low, high = low - max(1, _step(low) * 0.3), low - (0 if low < 10 else 1)
        elif _ABOVE.match(text[end:]) and low == high:
            low, high = low, low + max(1, _step(low) * 0.3)
        if re.search(r"(?:估摸|估计|估算|猜)(?:着|了|是|下来)?(?:有|大概|差不多)?$", before) and low == high and low >= 10:
            low, high = float(int(low * 0.85)), float(int(high * 1.15 + 0.99))  # "估摸着二十": a guess, not a figure
        found.append(Number(start, end, low, high, text[start:end]))
    return _spans(text, found)


def _spans(text: str, found: List[Number]) -> List[Number]:
    """"十五到十六平", "四千到五千之间": two numbers joined by 到 are one range."""
    merged: List[Number] = []
    for n in found:
        last = merged[-1] if merged else None
        between = text[last.end:n.start] if last else ""
        # ("十七八平到二十平": the unit may follow the first number too)
        joined = re.fullmatch(
            r"\s*(?:元|块钱?|岁|周岁|年|个月|天|平方米|平米|平方|平)?(半)?\s*(?:到|至|~|～|-|—|－)\s*", between) if last else None
        if last is not None and joined and last.low <= n.low:
            # ("两岁半到三岁": the first end with its half)
            low = last.low + 0.5 if joined.group(1) and last.low == last.high else last.low
            merged[-1] = Number(last.start, n.end, low, n.high, text[last.start:n.end])
            continue
        # ("五岁半还是六岁": the first with its half, the span of both in whole years)
        either = re.fullmatch(r"\s*(岁|周岁|元|块钱?|年|个月|天|平方米|平米|平)?(半)?\s*(?:还是|或者|或是)"
                              r"(?:已经|早就|刚刚?|才|都)?(?:满|到|过|有)?\s*", between) if last else None
        if last is not None and either:
            # "十三四年还是十五年", "五十九还是已经满六十": one of two numbers, not known which: the span of both
            # (a half of a year told, "十年半还是十一年", counts; of an age, "五岁半", the whole years do)
            low = last.low + 0.5 if either.group(2) and last.low == last.high and either.group(1) not in ("岁", "周岁") else last.low
            merged[-1] = Number(last.start, n.end, min(low, n.low), max(last.high, n.high), text[last.start:n.end])
            continue
        merged.append(n)
    return merged


def _step(value: float) -> float:
    """The rounding unit of a spoken number: 70 → 10, 3000 → 1000, 7 → 1."""
    if value >= 10 and value % 10 == 0:
        return 10 ** (len(str(int(value))) - len(str(int(value)).rstrip("0")))
    return 1


# Durations before now: "三个月前", "半年了", "去年", "上个月" -> days.
_DURATION = re.compile(r"^(?P<more1>多|来)?(?P<ge>个)?(?P<half0>半)?(?P<more2>多|来)?(?P<unit>星期|礼拜|周|月|年|天|日)(?P<half>半)?(?P<more3>多)?")
# A time said roughly ("差不多一年", "一年左右"): a span around it, not the figure
_ABOUT = re.compile(r"(?:差不多|大概|大约|约莫|约|估计|可能)(?:有|是)?$")
_ABOUT_AFTER = re.compile(r"^(?:前|以前|之前)?(?:左右|上下|的样子)|^前后(?!来)")  # "一年前后": about a year ago
_DAYS = {"星期": 7, "礼拜": 7, "周": 7, "月": 30, "年": 365, "天": 1, "日": 1}
_RELATIVE = {
    "今天": (0, 0), "昨天": (1, 1), "前天": (2, 2), "大前天": (3, 3), "上周": (7, 13), "上个星期": (7, 13), "上礼拜": (7, 13),
    "上个礼拜": (7, 13), "上上周": (14, 20), "上上个星期": (14, 20), "上上星期": (14, 20), "上上礼拜": (14, 20), "上上个礼拜": (14, 20), "这个月": (0, 30), "上个月": (30, 60), "上月": (30, 60), "前几天": (2, 9), "前两天": (2, 3),
    "最近": (0, 60), "今年": (0, 365), "去年": (30, 730), "前年": (365, 1095), "半年": (180, 180), "半个月": (15, 15),
    "大半年": (210, 330), "半年多": (181, 330), "好几年": (730, 3650), "好几个月": (60, 300), "几个月": (60, 300),
    "这几天": (1, 7), "过年前": (30, 120),
}


# A month of the calendar: "去年十月份", "今年3月", "八月份的时候" (not "八个月": that is a span).
_MONTH = re.compile(r"(?:(?P<year>今年|去年|前年)|(?P<ynum>(?:19|20)\d\d|[一二][零〇九][零〇一二三四五六七八九]{2})年)?(?P<month>十[一二]|[一二三四五六七八九十]|1[0-2]|[1-9])月(?:份)?(?:(?P<day>三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]|[12]\d|3[01]|[1-9])[日号])?")
_YEARS_BACK = {"今年": 0, "去年": 1, "前年": 2}
# A day of this or last week: "上礼拜五", "上个星期三", "这周一" (not "上礼拜" alone: a week ago, roughly)
# ("上上个礼拜三": the week before last)
_WEEKDAY = re.compile(r"(?P<which>上上个?|上个?|这个?|本)(?:礼拜|星期|周)(?P<day>[一二三四五六日天])")
# A day of this or last month: "上个月十五号", "这个月三号" (not "上个月" alone: a month ago, roughly)
_MONTH_DAY = re.compile(r"(?P<which>上个?月|这个?月|本月)(?P<day>三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]|[12]\d|3[01]|[1-9])[日号]")
# part of a month: "九月底" the last ten days of it, "四月初" the first ten
_MONTH_PART = re.compile(r"^(?:份)?(?:的)?(?P<part>最后一天|最后那一?天|最后一日|底|末|初|上旬|中旬|下旬)")


def month_ago(year_word: Optional[str], month: int, today: datetime.date, day: Optional[int] = None,
              year_number: Optional[int] = None) -> Optional[tuple]:
    """Days from the end and from the start of that month (or from that day) to ``today``:
    "去年十月" on 2 December 2026 is 398–428; with no year, the last such month past
    (``year_number``: the year said in figures, "二〇二四年十二月一号")."""
    year = year_number if year_number is not None else today.year - _YEARS_BACK.get(year_word or "", 0)
    if year_word is None and year_number is None and (month, day or 1) > (today.month, today.day):
        year -= 1
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    last = (following - datetime.timedelta(days=1)).day
    if day is not None and not 1 <= day <= last:
        return None
    start = datetime.date(year, month, day or 1)
    if start > today:
        return None  # "今年十二月" said in June: a plan, not a time ago
    end = min(datetime.date(year, month, day or last), today)
    return (today - end).days, (today - start).days


def _year_number(token: str) -> Optional[int]:
    """"2024", "二〇二四": the year in figures."""
    if token.isdigit():
        return int(token)
    digits = "".join(str("零一二三四五六七八九".index(c.replace("〇", "零"))) for c in token)
    return int(digits) if len(digits) == 4 else None


def durations(text: str, today: Optional[datetime.date] = None, before: str = "") -> List[Number]:
    """Spans of time in days: "三个月前" is 90, "一年多" 366–729, "去年" 30–730,
    "去年十月份" the days since that month."""
    found: List[Number] = []
    taken: Set[int] = set()
    now = today or clock.today()
    for hit in _MONTH_DAY.finditer(text):
        day = hit.group("day")
        day_number = int(day) if day.isdigit() else parse_chinese_integer(day)
        if day_number is None:
            continue
        first = now.replace(day=1)
        if hit.group("which").startswith("上"):
            first = (first - datetime.timedelta(days=1)).replace(day=1)
        try:
            then = first.replace(day=day_number)
        except ValueError:
            continue
        taken |= set(range(hit.start(), hit.end()))
        if then > now:
            continue  # "这个月二十号" said on the 3rd: a plan, not a time ago
        found.append(Number(hit.start(), hit.end(), float((now - then).days), float((now - then).days), hit.group(0)))
    for hit in _WEEKDAY.finditer(text):
        weekday = "一二三四五六".find(hit.group("day"))
        weekday = 6 if weekday < 0 else weekday  # 日, 天: Sunday
        back = 14 if hit.group("which").startswith("上上") else 7 if hit.group("which").startswith("上") else 0
        monday = now - datetime.timedelta(days=now.weekday() + back)
        then = monday + datetime.timedelta(days=weekday)
        taken |= set(range(hit.start(), hit.end()))
        if then > now:
            continue  # "这礼拜五" said on a Monday: a plan, not a time ago
        found.append(Number(hit.start(), hit.end(), float((now - then).days), float((now - then).days), hit.group(0)))
    for hit in _MONTH.finditer(text):
        if taken & set(range(hit.start(), hit.end())):
            continue
        month = int(hit.group("month")) if hit.group("month").isdigit() else parse_chinese_integer(hit.group("month"))
        day = hit.group("day")
        day_number = (int(day) if day.isdigit() else parse_chinese_integer(day)) if day else None
        year_word = hit.group("year")
        year_number = _year_number(hit.group("ynum")) if hit.group("ynum") else None
        if year_word is None and year_number is None:
            # "去年冬天的事 是十一月底还是十二月初": the year said before the months holds for them
            # (``before``: the message's words before this clause)
            told = list(re.finditer(r"今年|去年|前年", (before + text[:hit.start()])[-16:]))
            year_word = told[-1].group(0) if told else None
        span = month_ago(year_word, month, now, day_number, year_number) if month else None
        end = hit.end()
        part = _MONTH_PART.match(text[end:]) if span is not None and day_number is None else None
        if span is not None and part is not None:
            # "九月底": the last days of September; "四月初": its first ten days
            least, most = span
            length = most - least  # days of the month, less one (when the month is over)
            if part.group("part").startswith("最后"):
                span = (least, least)  # "十一月的最后一天": the month's last day
            elif part.group("part") in ("底", "末", "下旬"):
                span = (least, least + min(9, length))
            elif part.group("part") in ("初", "上旬"):
                span = (max(least, most - 9), most)
            else:
                span = (max(least, most - 19), max(least, most - 10))
            end += part.end()
        if span is not None:
            taken |= set(range(hit.start(), end))
            found.append(Number(hit.start(), end, float(span[0]), float(span[1]), text[hit.start():end]))
    for hit in re.finditer(r"(?:今年|去年|前年)?[上下]半年", text):
        taken |= set(range(hit.start(), hit.end()))  # "今年下半年": a part of a year, not half a year ago
    for word, (least, most) in sorted(_RELATIVE.items(), key=lambda kv: -len(kv[0])):
        for hit in re.finditer(word, text):
            if taken & set(range(hit.start(), hit.end())):
                continue
            taken |= set(range(hit.start(), hit.end()))
            found.append(Number(hit.start(), hit.end(), float(least), float(most), hit.group(0)))
    for n in numbers(text):
        if taken & set(range(n.start, n.end)):
            continue
        m = _DURATION.match(text[n.end:])
        if not m or (m.group("unit") == "月" and not m.group("ge")) or (m.group("unit") in ("星期", "礼拜") and False):
            continue  # "三月" is March, not three months
        if text[n.end + m.end():].startswith("级"):
            continue  # "读四年级" is a school year, not four years
        if re.search(r"最后(?:那)?$", text[:n.start]):
            continue  # "这个月的最后一天": a day of the calendar, not a span of one day
        days = _DAYS[m.group("unit")]
        low, high = n.low * days, n.high * days
        about = m.group("more2") == "来"  # "一个来月": about a month, as "差不多一个月"
        if low == high and days == 365 and (about or _ABOUT.search(text[:n.start]) or _ABOUT_AFTER.match(text[n.end + m.end():])):
            low, high = float(int(low * 0.85)), float(int(high * 1.15))  # "差不多一年": maybe less, maybe more
        if m.group("half") or m.group("half0"):  # 一年半, 一个半月
            low, high = low + days / 2, high + days / 2
        if m.group("more1") or (m.group("more2") and not about) or m.group("more3"):
            high = high + days - 1
        end = n.end + m.end()
        found.append(Number(n.start, end, low, high, text[n.start:end]))
        taken |= set(range(n.start, end))
    found.sort(key=lambda n: n.start)
    joined: List[Number] = []
    for n in found:  # "十个月到一年半": two spans joined by 到 are one, from the least to the most
        last = joined[-1] if joined else None
        # "十一月底还是十二月初": either, so the span of both
        if last is not None and (re.fullmatch(r"\s*(?:到|至|~|～|-|—|－)\s*", text[last.end:n.start]) and last.low < n.high
                                 or re.fullmatch(r"\s*(?:还是|或者|或是|或)\s*", text[last.end:n.start])):
            joined[-1] = Number(last.start, n.end, min(last.low, n.low), max(last.high, n.high), text[last.start:n.end])
        else:
            joined.append(n)
    return joined
