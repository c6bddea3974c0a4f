"""Which fact a number in a message is: an age (of whom), years of
contributions or of work, days since an event, a floor area, a household's
size or income — decided by the number's unit and the words around it, never
by the number alone ("你等一下" is not an age of 1).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, List, Optional, Sequence

from bot import clock
from bot.reading.ages import asked_child, husband_relative_age, none_paid, relative_ages
from bot.reading import lexicon as lex
from bot.reading.clauses import CORRECTION, HEARSAY, clauses
from bot.reading.quantities import Number, durations, numbers
from bot.text import parse_number


if TYPE_CHECKING:  # the reader that owns this one
    from bot.reading.reader import _Reader

_AGE_UNIT = re.compile(r"^(?:多|来)?\s*(?:周岁|岁|週歲)")
_AREA_UNIT = re.compile(r"^(?:个)?(?:平方米|平方|平米|方|㎡|平(?!时|常|安|均|稳))")
# ("两口子都是龙泉人", "两口子跟两个孩子住一间": the couple told of, or part of a larger household — not its size)
_PEOPLE_UNIT = re.compile(r"^(?:口人|口|个人)(?![\d一二两三四五六七八九十]+\s*(?:平|个平方))(?!的|所得|账户|名义|卫生|养老|上班|打工|打零工|做|干|挣|赚|都|在上班|工资|收入|赚钱|挣钱|头上|摊|平均|平摊|分到|合)"
                          r"(?!子(?:都|也)(?:是|不是)|子(?:跟|和|同|带着?)(?:[两二三四五六七八九\d]个|儿子|女儿|孩子|小孩|老人|公婆|爸妈|父母))")
# Words that hold a numeral but are no number: 老二, 二宝, 二儿子 (masked before numbers are read)
_ORDINAL_PEOPLE = re.compile(r"老[大二三四五]|[大二三]宝|[二三]儿子|[二三]女儿|[二三]闺女")
_HOUSEHOLD = re.compile(r"两个人|俩|两口子|夫妻|全家|一家|家里|加起来|合起来|拢共|我们|我俩|总共|一共|家庭|[一二两三四五六七八]口|[一二两三四五六七八]个人|一个人过|一个人住")
_INCOME_BEFORE = re.compile(
    r"(?:一个月|每个月|每月|月收入|收入|工资|退休金|退休工资|挣|赚|拿|到手|年收入|一年(?:下来|到头)?)\s*"
    r"(?:能|有|就|才|大概|差不多|加起来|合起来|加在一起|拢共|一共|总共|也就|只有|左右|个)*\s*$")
# Whether an income is below a line set locally (the sources give no amount): an amount answered is kept
_INCOME_LINES = ("income_below_dibao_line", "income_below_housing_line", "income_within_200pct_dibao")
_FILLER = re.compile(
    r"今年|已经|都|快|有|了|啦|吧|呢|周岁|岁数|岁|年纪|差不多|大概|大约|左右|多|虚岁|实岁|足|满|整|刚好|正好|刚|才|将近|出头|挂零|开外|的|是|我|嗯|啊|呀|那个|就|跟|和|与|对|眼下|现在|目前|如今|还|到底|究竟|样子|光景|上下")
_ASKED_UNITS = re.compile(
    r"年|平方米|平方|平米|口人|口|个人|个|人|元|块钱|块|/月|每月|一个月|月|交了|缴了|交|缴|一共|总共|累计|加起来|再加上|加上|还有")


_DIGITS = "零一二三四五六七八九"


# the age in full years, said beside a 虚岁 ("虚岁七十六，实足七十五")
_TRUE_AGE = r"周岁|实岁|实足|足岁"
# a season of the year of birth ("六三年秋天生的"): its months (winter spans two years and is left out)
_SEASONS = {"春": (3, 5), "夏": (6, 8), "秋": (9, 11)}


# a death told right before an age ("…河里游水 淹脱哉 才十四岁", "没抢救过来 才十八岁"): the age at death
_DIED_JUST_BEFORE = re.compile(r"(?:走了|去了|没了|过世了?|去世了?|死了|淹[^\s，,。]{0,2}了|没抢救过来|没救过来|没救回来|没留住)"
                               r"[\s，,。]*(?:才|只有|刚|刚刚|那年)?\s*$")


# the latest solar month a lunar or solar festival can fall in, with slack for "前后"
_FEAST_LATEST = {"元宵": 3, "春节": 3, "过年": 3, "过完年": 3, "清明": 5, "端午": 7, "七夕": 9, "中秋": 10, "重阳": 11, "冬至": 12}
_FEASTS = "|".join(sorted(_FEAST_LATEST, key=len, reverse=True))


def _year(token: str) -> Optional[int]:
    """The calendar year a year's digits said after 到 name ("二〇二五", "2025", "25", "二五"), or None."""
    digits = "".join(str(_DIGITS.index(c.replace("〇", "零"))) if c in _DIGITS + "〇" else c for c in token)
    if not digits.isdigit():
        return None
    if len(digits) == 4 and digits[:2] in ("19", "20"):
        return int(digits)
    if len(digits) == 2:
        return 2000 + int(digits) if int(digits) <= clock.today().year % 100 else 1900 + int(digits)
    return None


_AGE_NOW = re.compile(r"现在(?:才|还|只有)?[一二三四五六七八九十\d]{1,2}(?:周)?岁")


def _month_passed(before: str) -> bool:
    """"今年九月就满三岁了" said in December: the month is past, the age reached (not "下个月满")."""
    m = re.search(r"(今年|去年)([一二三四五六七八九十\d]{1,2})月份?(?:底)?(?:就|才)?[^，,。\d]{0,4}满\s*$", before)
    if m is None:
        return False
    month = parse_number(m.group(2))
    return m.group(1) == "去年" or (month is not None and month < clock.today().month)


def _only_filler(text: str) -> bool:
    return not _FILLER.sub("", text).strip(" ，,。.、")


# Words of the event a time ago is the time of: an injury, or a worker's rights infringed
_INJURY_CUE = re.compile(r"受伤|受的伤|摔|砸|工伤|职业病|弄伤|伤到|伤了|伤(?:腰|手|脚|腿|的)|扭伤|压了|压伤|出事|出的事|出了事|(?:压|轧|夹|切|绞|截)断|卷进"
                         r"|骨折|(?:铲|撞|压|轧|夹|戳|刺|扎)(?:到|着)(?:了)?(?:脚|手|腿|腰|头|背)"
                         r"|(?:压|轧|夹|切|绞|割|锯|砸)(?:掉|伤|破)|(?:烫|烧|割|扎|刺|碰|撞)伤"
                         # "把脚背烫烂了一块", "手被机器轧烂了": burnt or crushed
                         r"|(?:烫|烧|轧|压|砸|夹|绞)(?:烂|坏|破|焦)")
_RIGHTS_CUE = re.compile(r"拖欠|欠薪|欠我|欠工资|辞退|开除|侵害|纠纷|没发工资|不发工资|克扣|解除合同|仲裁|加班费|讨薪|(?:要|讨)不回来"
                         r"|(?:开始|就|一直)(?:没|不)发|(?:工资|工钱)[^，,。]{0,10}拖|拖(?:着|了)?(?:工资|工钱)|开始欠|欠(?:的|了|着)(?:工资|工钱|钱)?"
                         # "七月三十一号厂里说不要他了 最后两个月工资和补偿都没给": let go, the pay withheld
                         r"|不要(?:他|我|她)了|(?:叫|让)(?:他|我|她)(?:签字|签个字)?走人|(?:工资|工钱|补偿)[^，,。\s]{0,8}(?:都)?(?:没给|不给|不肯给)"
                         # "让我别来了 也没给补偿", "那天就不让我上了": told not to come back, the compensation withheld
                         r"|(?:叫|让)(?:他|我|她)(?:别|不要|不用)(?:再)?(?:来|去)|不让(?:他|我|她)(?:再)?(?:上班|上工|上了|干了|做了|来了|进厂)"
                         r"|(?:没|不|不肯)给(?:经济)?(?:补偿|工资|工钱)"
                         # "主管说明天不用来了", "叫我把东西收走", "工钱一分没结", "一分补偿没有"
                         r"|(?:明天|以后|下个月)?不用(?:再)?来(?:上班)?了|(?:叫|让)(?:他|我|她)把(?:东西|铺盖)(?:收走|搬走|拿走|收拾)"
                         r"|(?:工资|工钱|补偿)[^，,。\s]{0,4}(?:没结|不结|没算|不算|没有|没)(?:给)?(?:$|[，,。\s]|了)")
_A_DATE = re.compile(r"[号日]|月(?:份)?(?:初|底|中|末)|(?:礼拜|星期|周)[一二三四五六日天]|大前天|前天|昨天")


# a year, then a start of contributions ("一二年开始交", "二〇一一年上门动员我才开的户")
# ("二〇一〇年村里动员的时候开始交": the time of the start told between, then the paying started)
_STARTED = r"^年(?:\S{0,3}?(?:开始|起)|[^，,。\s]{0,10}?(?:开的户|开了户|开户|参的保|参了保|入的保|入了保|(?:开始|起)(?:交|缴|参保)|(?:头一回|头一次|第一次|第一回|首次)(?:交|缴|参保)))"


class NumberReader:
    def __init__(self, reader: "_Reader", relevant: Sequence[str]):
        self.r = reader
        self.relevant = set(relevant)
        self.children: List[tuple] = []  # (word naming the child, age)
        self.ages: List[tuple] = []  # (role, value) of every age said, resolved at the end
        self.areas: List[tuple] = []  # (clause, Number) resolved once the household size is known
        self.times: List[tuple] = []  # (fact, clause, Number): each time ago read, for whose it is
        self.incomes: List[tuple] = []  # (Number, said as a total) of a household's monthly income
        self.twins = False  # "双胞胎" said, its age not yet read
        self.twin_ages: set = set()  # ids of the ages said of twins (two children)

    @property
    def asked(self):
        return self.r.facts.get(self.r.asked) if self.r.asked else None

    def clause(self, text: str, consumed: set) -> None:
        masked = _ORDINAL_PEOPLE.sub(lambda m: "甲" * len(m.group(0)), text)
        found = numbers(masked)
        if re.search(r"虚岁", masked) and re.search(_TRUE_AGE, self.r.text):
            found = [n for n in found if not re.search(r"虚岁\s*$", masked[:n.start])]  # "48周岁，虚岁49"
        if "双胞胎" in text:
            self.twins = True
        for n in found:
            self._number(text, n)
        self._came_when(text)
        for m in re.finditer(r"第([一二两三四五六七八九十\d]{1,3})(?:个)?年(?:头)?(?=了|啦)", text):
            count = parse_number(m.group(1))
            if count is not None and count >= 1:  # "来湖州第四年了": three years done and into the fourth
                self._years(text, Number(m.start(1), m.end(1), count - 1, count, m.group(1)))
        self._durations(text)
        none_paid(self.r, text)

    def _calendar_year(self, text: str, n: Number, person: Optional[str]) -> bool:
        """"1958年出生的", "从08年开始交的", "零八年来的湖州": a year of the calendar,
        read as the time since then (a range: the month is not said), never as 58 or 8."""
        after, before = text[n.end:], text[:n.start]
        token = n.text
        # "从一二年交到二四年": a year, then 到 another, is a span of the calendar (一二 is no "one or two" there)
        until = re.match(r"^年\S{0,3}?(?:交|缴|干|做|上)?到(?:((?:19|20)\d\d|\d\d|[零〇一二三四五六七八九]{2,4})年|今年|现在)"
                         r"(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])月)?", after)
        at = self.r.text.find(text) if text else -1
        if until is None and at >= 0 and re.match(r"^年(?:开始|起)?(?:交|缴)(?:起|的)?\s*$", after):
            # "从二〇〇九年交起 交到二〇二三年": the end of the span told in the next clause
            until = re.match(r"^[\s，,。]*(?:一直|后来|就)?(?:交|缴)到(?:((?:19|20)\d\d|\d\d|[零〇一二三四五六七八九]{2,4})年|今年|现在)"
                             r"(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])月)?", self.r.text[at + len(text):])
        until_month = parse_number(until.group(2)) if until and until.group(2) else None
        last = (_year(until.group(1)) if until.group(1) else clock.today().year) if until else None
        spanned = re.fullmatch(r"\d\d|[零〇一二三四五六七八九]{2}", token) and last and _year(token)
        if not spanned and re.fullmatch(r"一二|二三", token) and re.match(r"^年(?:开始|起)", after) and _year(token):
            # "一二年开始交，到今年没断过": 一二 right before 年开始 is a year (2012), no "one or two years"
            spanned = True
        if re.match(r"^年", after) and re.search(r"年\S{0,3}?(?:交|缴|干|做|上)?到\s*$", before) and _year(token):
            return True  # the end of a span of years, read with its start
        # "六七年一月生的": two digits that could be a span ("six or seven") are a year before 年…生
        born_digits = not n.exact and re.fullmatch(r"[五六七八九][零〇一二三四五六七八九]", token) and re.match(
            r"^年(?:[一二三四五六七八九十\d]{1,2}月(?:份)?(?:[一二三四五六七八九十\d]{1,3}[号日])?|正月(?:份|里)?)?(?:出生|生的|生人|生)", after)
        if not re.match(r"^年(?!多|半|了|来(?!的|湖州|这|的))", after) or not (n.exact or spanned or born_digits):
            return False
        spanned_year = _year(token) if spanned else None
        if spanned_year is not None:
            year = spanned_year
        elif re.fullmatch(r"(?:19|20)\d\d", token):
            year = int(token)
        elif re.fullmatch(r"0\d", token) or (re.fullmatch(r"[5-9]\d", token) and re.match(
                # "66年12月10号生的": a month and day between the year and 生
                r"^年(?:[\d一二三四五六七八九十]{1,2}月(?:份)?(?:[\d一二三四五六七八九十]{1,3}[号日])?)?(?:的|出生|生|开始|起|来|就|以后)", after)):
            year = 2000 + int(token) if token.startswith(("0", "1", "2")) else 1900 + int(token)
        elif re.fullmatch(r"1\d|2[0-6]", token) and re.match(
                # "19年10月生的", "21年2月进的厂": two digits of this century before 年, a month or a birth after it
                # (not "交了19年": a count of years)
                r"^年(?:(?:[\d一二三四五六七八九十]{1,2}月(?:份)?(?:[\d一二三四五六七八九十]{1,3}[号日])?)(?:的|出生|生|开始|起|来|进|到|就|以后)"
                r"|(?:出生|生的|生人))", after):
            year = 2000 + int(token)
        elif re.fullmatch(r"[零〇][一二三四五六七八九]|[五六七八九][零〇一二三四五六七八九]", token):
            tail = int("".join(str(_DIGITS.index(c.replace("〇", "零"))) for c in token))
            year = 2000 + tail if token[0] in "零〇" else 1900 + tail
        elif re.fullmatch(r"一[三四五六七八九]|二[零〇一二四五六七八九]", token) and re.match(
                r"^年(?:的时候|出生|生|开始|起|来|过来|就|以后|到|过完年|过了年|春节|正月|(?:十[一二]?|[一二三四五六七八九])月)", after):
            # "一六年来的湖州", "二四年来的": 2016, 2024 (not "一两年"/"两三年": 一二, 二三 are spans, never read so)
            year = 2000 + int("".join(str(_DIGITS.index(c.replace("〇", "零"))) for c in token))
        elif re.fullmatch(r"一九[零〇一二三四五六七八九]{2}|二[零〇][零〇一二三][零〇一二三四五六七八九]", token):
            year = int("".join(str(_DIGITS.index(c.replace("〇", "零"))) for c in token))  # "一九六三年出生的"
        else:
            return False
        now = clock.today()
        since = now.year - year
        if since < 0:
            return True
        span = Number(n.start, n.end, max(0, since - 1), since, n.text)
        # ("二〇二三年十月 属兔的": the sign of the year after the month is a birth too)
        born = re.match(r"^年(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(?:(\S{1,3})[号日]|上旬|中旬|下旬|初|底|中|末)?"
                        r"(?:出生|生的|生|的生日|生日|[，,\s]?属[鼠牛虎兔龙蛇马羊猴鸡狗猪])", after)
        if born is None and (self.r.asked in ("age", "child_age", "woman_age") or re.search(r"出生|生日|身份证|户口本", before) or (
                # "儿子二〇二〇年十月的": a child (or the resident) then a year and month, "的", is a birth told
                re.search(r"(?:儿子|女儿|闺女|孩子|小孩|宝宝|小家伙|囡|伢|娃|我|他|她)(?:是)?\s*$", before)
                and re.match(r"^年(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(?:\S{1,3}[号日])?的(?=$|[，,。\s])", after))):
            # "出生日期是一九六六年十二月五号", "身份证上是一九五八年三月", asked an age: a birth date said before it
            born = re.match(r"^年(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(?:(\S{1,3})[号日])?(?![\S]{0,2}(?:进|来|开始|起|到|交|缴|参|干|做|上))", after)
        month = parse_number(born.group(1)) if born else None
        # ("女儿生日跟儿童节是同一天 二〇二二年的": the day normalised to 6月1号)
        later = re.search(r"生日(?:是|在|跟|和|同|就是|正好是|刚好是)(?:阳历|公历|新历)?(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:(\S{1,3}?)[号日])?", self.r.text) \
            if born is None and re.match(r"^年(?:的|出生|生的|生)", after) else None
        if later is not None:  # "七六年的，生日在三月": the birthday's month told after the year
            month = parse_number(later.group(1))
        if born is None and later is None and re.search(r"(?:生|出生|出世|落地)(?:在|于)\s*$", before):
            # "小家伙生在二〇二二年 过完国庆没几天就落地了": the month of the birth told after the year
            at = self.r.text.find(text)
            told = re.match(r"^年[^。？?]{0,16}?(\d{1,2}|十[一二]?|[一二三四五六七八九])月[^。？?，,]{0,12}?(?:生|落地|出世)",
                            self.r.text[at + n.end:]) if at >= 0 else None
            if told is not None:
                month = parse_number(told.group(1))
        if born is None and re.match(r"^年正月(?:份|里)?(?:初\S|\S{1,3}[号日])?(?:出生|生的|生个|生|的生日|生日)", after) and now.month >= 4:
            # "阿拉是六四年正月生个": the lunar first month falls in January to March — past by April
            month = 1
        if born is None and month is None:
            # "二〇二一年端午前后生的": a festival's birth falls by its latest solar month (with a few weeks' slack for
            # 前后); once that month is past this year, the birthday has passed — otherwise left a range
            feast = re.match(r"^年(?:的)?(端午|中秋|七夕|重阳|清明|元宵|春节|过年|过完年|冬至)(?:节)?(?:前后|左右|那天|那几天|前|后|的时候|时候)?"
                             r"[^，,。\s]{0,3}?(?:出生|生的|生|落地|出世)", after)
            at = self.r.text.find(text)
            if feast is None and at >= 0 and re.search(r"(?:生|出生)(?:在|于)\s*$", before):
                # "我爱人生在一九七七年 五月初五端午那天": the festival of the birth told after the year
                feast = re.match(rf"^年[^。？?]{{0,10}}?({_FEASTS})", self.r.text[at + n.end:])
            if feast is None and re.match(r"^年(?:的|出生|生的|生)", after):
                # "女儿生日跟儿童节是同一天 二〇二二年的": the birthday is a festival's day
                feast = re.search(rf"生日(?:跟|和|同|就是|是|在|正好是|刚好是)({_FEASTS})(?:节)?(?:是)?(?:同一天|一天|那天|当天)?", self.r.text)
            latest = _FEAST_LATEST.get(feast.group(1)) if feast else None
            if latest is not None and latest < now.month:
                month = latest
        day = parse_number(born.group(2)) if born and born.group(2) else None
        if later is not None and later.group(2):
            day = parse_number(later.group(2))  # "一九六六年生 生日是十二月九号": the day told after, too
        told = re.match(r"^年(?:的)?(春|夏|秋)(?:天|季|上)[^，,。]{0,10}?(?:出生|生的|生)", after) if month is None else None
        season = _SEASONS[told.group(1)] if told else None
        if season is None and month is None and re.match(r"^年(?:的)?(?:出生|生的|生人|生)", after):
            # "都是一九七五年生的 她是春天的生日": the season of the birthday told apart
            apart = re.search(r"(春|夏|秋)(?:天|季)(?:里)?(?:的)?(?:生日|生的|出生)|生日(?:是|在)(春|夏|秋)(?:天|季)", self.r.text)
            season = _SEASONS[apart.group(1) or apart.group(2)] if apart else None
        # "一八年十二月进的这个厂": a time since a month of a year, counted in whole years
        # ("二〇一九年国庆以后来的湖州": 国庆 is 10月1号 by now, the day before 以后)
        began = re.match(r"^年(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(?:[\d一二三四五六七八九十]{1,3}[号日](?:(?:以后|之后|后)"
                         # "二〇一九年国庆节后头一个礼拜坐大巴来的湖州": a week or so after the day
                         r"(?:头)?(?:(?:一|两|二|三|几)个?(?:礼拜|星期|周|天))?"
                         # "二〇二一年五一劳动节那会儿过来的": about that day
                         r"|(?:那会儿?|那时候?|那阵子?|前后|左右)))?"
                         r"(?:\S{0,2}?|(?:坐|乘|搭|开)[^，,。\s]{1,4}?)(?:进|来|开始|起|到)", after)
        start_month = parse_number(began.group(1)) if began and not born else None
        if start_month is not None and until is None and self.r.asked in ("pension_contribution_years", "unemployment_contribution_years"):
            # "二〇二三年十月起头的 今年四月厂里就断了": paid from one month until another this year or last
            stop = re.search(r"(今年|去年)(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(?:里|底|初)?[^，,。\s]{0,6}?"
                             r"(?:断|停|不交|没交|不缴|没缴|辞|不干|关门|倒闭)", self.r.text[max(0, self.r.text.find(text)) + n.end:])
            if stop is not None:
                last, until_month = clock.today().year - (1 if stop.group(1) == "去年" else 0), parse_number(stop.group(2))
        festival = not born and re.match(r"^年(?:的)?(?:过完年|过了年|(?:过完|过了)春节|春节(?:后|以后|过后)|正月(?:里|底)?|开春|开年|年初)"
                                         r"(?:\S{0,4}?|[^，,。\s]{0,10}?(?=来的|来了|过来|到了|到的))(?:就)?(?:进|来|开始|起|到)", after)
        if start_month is None and festival:
            start_month = 2  # "二〇一五年过完年就来湖州了": just after the Spring Festival, in February
        if re.match(r"^年\S{0,3}?(?:交|缴|干|做|上)?到去年", after):
            span = Number(n.start, n.end, since, since, n.text)  # "从〇九年交到去年": both years counted
        elif last is not None and year <= last and last < now.year:
            # "从二〇〇九年交到二〇二五年": both years counted, as "交到去年" is
            span = Number(n.start, n.end, last - year + 1, last - year + 1, n.text)
        elif re.match(_STARTED, after) and re.search(r"(?:交|缴|干|做)到去年(?:年底|底)?(?:就|才)?(?:停|断|不|没|为止|$|[，,。\s])", self.r.text):
            span = Number(n.start, n.end, since, since, n.text)  # "一二年开始交 交到去年就停了": both years counted
        elif re.match(_STARTED, after) and re.search(
                r"(?:交|缴)到今年|今年\S{0,4}?(?:也|都)\S{0,2}(?:交|缴)(?!不)|到今年\S{0,2}(?:没断|没停|没落|一年不落|都交|都缴)", self.r.text) and not re.search(r"今年\S{0,4}?(?:没|还没|未)(?!断|停|落)", self.r.text):
            span = Number(n.start, n.end, since + 1, since + 1, n.text)  # "一二年开始每年都交，今年这笔也交掉了": both ends counted
        elif start_month is not None and 1 <= start_month <= 12 and last is not None and until_month is not None:
            # "从二〇二四年三月交到今年九月": the months between, in years (two and a half)
            months = (last - year) * 12 + until_month - start_month
            if months >= 0:
                span = Number(n.start, n.end, round(months / 12, 2), round(months / 12, 2), n.text)
        elif start_month is not None and 1 <= start_month <= 12:
            exact = since if start_month <= now.month else max(0, since - 1)
            span = Number(n.start, n.end, exact, exact, n.text)
        if month is not None and 1 <= month <= 12 and month != now.month:
            # "五八年三月生的": the month says whether this year's birthday has passed
            exact = since if month < now.month else max(0, since - 1)
            span = Number(n.start, n.end, exact, exact, n.text)
        elif month == now.month and day is not None and 1 <= day <= 31:
            # "一九七五年十二月二十号生的" on 3 December: the day says whether the birthday has passed
            exact = since if day <= now.day else max(0, since - 1)
            span = Number(n.start, n.end, exact, exact, n.text)
        elif season is not None and (season[1] < now.month or season[0] > now.month):
            # "六三年秋天生的" in December: every month of that season is past (or, in spring, to come)
            exact = since if season[1] < now.month else max(0, since - 1)
            span = Number(n.start, n.end, exact, exact, n.text)
        elif re.search(r"生日(?:[^，,。\s]{0,6}?)(?:已经|早就|早|刚)?过(?:完)?(?:了|掉)|生日(?:[^，,。\s]{0,6}?)(?:已经|早就|早|刚)过完|过了生日|过过生日", self.r.text):
            span = Number(n.start, n.end, since, since, n.text)  # "一九六三年出生的，生日已经过了": 63
        elif re.search(r"生日(?:还)?(?:没|未)(?:有)?过|还没过生日|生日(?:就是|就在|是|在)?(?:明天|后天|下个?月|下周|下礼拜|下星期|过几天|快到|还没到|马上就到)"
                       r"|(?:明天|后天|下个?月|下周|下礼拜|下星期|过几天)(?:就是|就|是|才)?(?:他|她|伊|孩子|小孩)?(?:的)?(?:过)?生日", self.r.text):
            # "生日就是明天", "下个月才过生日": this year's birthday still to come
            span = Number(n.start, n.end, max(0, since - 1), max(0, since - 1), n.text)
        if self.r.asked in ("pension_contribution_years", "unemployment_contribution_years") and re.match(
                r"^年\S{0,4}?(?:开始|起|交|缴|参保)", after):
            # "二〇〇九年开始交的 中间断过两年 今年的也交了": the years between, less the years missed
            gap = re.search(r"(?:中间|其中|当中|期间)(?:有)?(?:断|停|断交|停交|断缴|停缴|没交|没缴|漏交|漏缴)(?:了|过|掉)*"
                            r"([一二两三四五六七八九十\d]{1,2})(?:个)?年|(?:中间|其中|当中|期间)(?:有)?([一二两三四五六七八九十\d]{1,2})年"
                            r"(?:是)?(?:断|停|没交|没缴|漏交|漏缴|空)", self.r.text)
            missed = numbers(gap.group(1) or gap.group(2)) if gap else []
            if missed and missed[0].exact and 0 < missed[0].low <= span.low:
                span = Number(span.start, span.end, span.low - missed[0].low, span.high - missed[0].low, span.text)
        # "二〇二〇年九月生的": a month (and day) between the year and 生 is still a birth date
        if re.match(r"^年(?:份)?(?:[一二三四五六七八九十\d]{1,3}月(?:份)?(?:[一二三四五六七八九十\d]{1,3}[号日]|上旬|中旬|下旬|初|底|中|末)?)?"
                    r"(?:出生|生的|生人|生|[，,\s]?属|的(?:$|[，,。人]))", after) \
                or self.r.asked in ("age", "child_age", "woman_age"):
            self._age(span, person, text)
        elif self.r.asked and self.r.facts[self.r.asked].unit == "年" and re.match(
                r"^年\S{0,4}?(?:开始|起|以来|到现在|就|来|过来|交|缴|参保|进(?:的|了)?(?:厂|这|单位|公司))", after) or (
                self.r.asked and self.r.facts[self.r.asked].unit == "年" and (festival or re.match(_STARTED, after))):
            self._add(self.r.asked, span, 0.85)
        elif last is not None and self.r.asked and self.r.facts[self.r.asked].unit == "年":
            self._add(self.r.asked, span, 0.85)  # "从2015年干到2023年" asked the years
        elif re.match(r"^年\S{0,4}?(?:开始|起|以来|就)\S{0,3}(?:交|缴|参保)", after):
            self._years(text, span)
        elif (re.match(r"^年(?:[\d一二三四五六七八九十]{1,2}月(?:份)?(?:[\d一二三四五六七八九十]{1,3}[号日])?)?\S{0,4}?"
                       r"(?:来的|来湖州|过来|到湖州|来这|在这|到的(?:湖州|这))", after)
              or began and re.search(r"(?:来的|来了)(?:湖州|这边|这里)|(?:来|到)湖州", began.group(0) + after[began.end():began.end() + 3])) \
                and not re.match(r"^年\S{0,2}?(?:退伍|复员|转业|退役|毕业|出院|放假)", after):
            self._add("local_work_years", span, 0.85)  # (not "零九年退伍回来的": back from the army, not come to work)
        return True

    def _number(self, text: str, n: Number) -> None:
        after, before = text[n.end:], text[:n.start]
        people = self.r.people
        person = people.at(text, n.start)
        if person == "pronoun" and people.subject_child and text.lstrip().startswith(("他", "她", "伊", "现在他", "现在她", "今年他", "今年她")):
            person = people.subject_child  # "儿子归我 现在他五岁": the child the clause before was about
        if self._calendar_year(text, n, person):
            return
        # (a child's only: "我说的三岁是虚岁 周岁才两岁一个月" tells of the one who said it, not whose age)
        if person is None and self.r.out.repaired and self.ages and str(self.ages[-1][0] or "").startswith("child:") \
                and not people.mentions(text) \
                and re.match(r"^(?:周岁|岁)", after):
            person = self.ages[-1][0]  # "我孙子三岁了 哦不对 我记岔了 是两岁十个月": the age taken back, said again
        asked = self.r.asked
        if asked and asked in self.r.out.found and isinstance(self.r.out.found[asked].value, (int, float, dict)) \
                and not isinstance(self.r.out.found[asked].value, bool) and not self.r.out.repaired \
                and re.search(r"(?:总归|反正|至少|起码|最少|少说|肯定|怎么(?:说)?也)(?:也|都)?(?:是|有)?(?:过|超过|超|满|够|有)(?:了)?\s*$", before):
            return  # "十六七年 总归是过了十五年的": a floor the number told is over, not another number
        if re.search(r"(?:多了|多出了?|多出来|超了|超出了?)\s*$", before) and re.match(r"^(?:周岁|岁)", after) \
                and not re.search(r"比[^，,。\s]{0,6}$", before):  # ("比他多了两岁": older than him, read below)
            # "反正过了六十了 多了一两岁的样子": one or two years over the age just told, not an age of one or two
            if self.ages:
                whose, last = self.ages.pop()
                self.ages.append((whose, Number(last.start, last.end, last.low + n.low, last.high + n.high, last.text)))
            return
        if n.low == n.high and n.low >= 1 and re.search(r"(?:离|距离|距)$", before) and re.match(r"^(?:周岁|岁)(?:还|都)?(?:差|缺|不到)", after):
            n = Number(n.start, n.end, n.low - 1, n.low - 1, n.text)  # "离六岁还差几个月": five, six not yet reached
        whose = re.match(r"^(?:多)?(?:周岁|岁)(?:半)?(?:多)?(?:的|大的)(?:是|就是|那个是|那个)?", after)  # "七岁的是老大"
        named: List[str] = []
        if whose:  # "带着十二岁的女儿": the age of the person it describes
            named = [role for start, _, role in people.mentions(text) if start == n.end + whose.end()] or [
                # (read on its own where a longer word of the clause hides it: "一个八十多岁的外婆")
                role for start, _, role in people.mentions(after[whose.end():whose.end() + 4]) if start == 0 and role != "pronoun"]
            person = named[0] if named else person
        if re.search(r"(?:到了|到|满了?)\s*$", before) and re.match(r"^(?:周岁|岁)?[^，,。]{0,6}就", after):
            return  # "听人讲到了六十岁就好领": the age in a rule heard of, not anyone's
        if re.search(r"都\s*$", before) and re.search(r"我(?:跟|和|与|同)|我们|我伲|两口子|我俩|老两口", self.r.text):
            person = None  # "我跟老伴两个人，都七十多了": the resident's age too
        sibling = re.search(r"(?<![我你他她])(哥哥|姐姐|弟弟|妹妹)(?:今年|现在|才|已经|刚|是)?\s*$", before)
        if sibling and self.r.asked == "child_age" and person == lex.OTHER:
            person = "child:" + sibling.group(1)  # "哥哥八岁，妹妹五岁" asked the child's age: the children, by each other
        if re.search(r"一个\s*$", before) and not (whose and named) and (re.search(r"孩子|小孩|儿子|女儿|娃|宝宝|小囡", self.r.text)
                                                                   or self.r.asked == "child_age"):
            person = "child:一个"  # "两个小孩，一个九岁一个五岁"
        if re.search(r"虚岁\s*$", before) and n.exact and re.search(_TRUE_AGE, self.r.text):
            return  # "48周岁，虚岁49": the 周岁 is the age
        if re.search(r"虚岁\s*$", before) and n.exact:
            n = Number(n.start, n.end, n.low - 2, n.low - 1, n.text)  # 虚岁七十: 68 or 69 周岁
        last_year = re.search(r"(去年|前年)(?:的)?(?:(春|夏|秋)(?:天|季)?|(?:[一二三四五六七八九十\d]{1,2})月份?(?:底|初)?|年底|年初)?"
                              r"(?:就|才|刚|已经|也)*(?:满|过了|到了)\s*$", before)
        if last_year and n.exact:
            # "去年春天就满六十了": reached a year or two ago, one or two more now (the birthday past
            # this year when its season is)
            years = 1 if last_year.group(1) == "去年" else 2
            season = _SEASONS.get(last_year.group(2) or "")
            month = re.search(r"([一二三四五六七八九十\d]{1,2})月", last_year.group(0))
            month_number = parse_number(month.group(1)) if month else (1 if "年初" in last_year.group(0) else None)
            latest = season[1] if season else month_number
            if latest is not None and latest < clock.today().month:
                n = Number(n.start, n.end, n.low + years, n.low + years, n.text)
            else:
                n = Number(n.start, n.end, n.low + years - 1, n.low + years, n.text)
        elif re.search(r"(?:下个月|下月|明年|年底|月底|快|马上|就要|要|[一二三四五六七八九十\d]{1,2}月份?(?:底)?就?|就"
                     # "还有半个月满六周岁", "再过两个月就满五岁": not yet that age
                     r"|(?:还有|还差|再过|再有)[^，,。]{1,6}?(?:天|礼拜|星期|周|月)(?:就|才)?)"
                     r"[^，,。\d]{0,4}满\s*$", before) and n.exact and not re.search(r"(?:刚|已经|已)满\s*$", before) \
                and not (_month_passed(before) and not _AGE_NOW.search(self.r.text)):
            # ("女儿现在五岁，今年九月初满六周岁": told as before that month, with the age now said)
            n = Number(n.start, n.end, n.low - 1, n.low - 1, n.text)  # "下个月满六岁": 5 now
        named_before = re.search(r"(?:" + "|".join(w for w, _ in self.r.lex.people) + r"|她|他|伊|一个)(?:今年|也|都|已经|是)?\s*$",
                                 before)
        if re.search(r"不是\s*$", before):
            return  # "不是六十七，是七十六", "是四岁不是八岁": the number taken back
        if re.search(r"(?:少算|多算|漏算|算漏|少写|多写|少说|多说)(?:了)?\s*$", before):
            return  # "是十五年，前面少算了两年": the difference, not the value
        if re.search(r"(?:比(?:我|她|他)|[小大](?:我|她|他)|比[^，,。\s\d]{1,5}[小大])\s*[小大]?\s*(?:整整|足足|整|差不多|大概)?\s*$", before) \
                or re.search(r"比(?:我|她|他|伊)(?:多了?|多出了?|老了?|年轻了?)\s*(?:整整|足足|整|差不多|大概)?\s*$", before) \
                and re.match(r"^\s*(?:周岁|岁)", after):
            return  # "老婆小我三岁", "她比我小两岁", "比他多了两岁": a difference of ages, read with the ages it relates
        if re.search(r"从\s*$", before) and re.match(r"^(?:周岁|岁)", after) \
                or re.match(r"^(?:周岁|岁)(?:开始|起)?(?:就)?(?:交|缴)(?:到|起)", after):
            return  # "从四十三岁交到今年", "四十五岁交到今年": the age something began at, not the age now
        if re.search(r"(?:读书|念书|上学|书|学)(?:只|就|才|一直)?(?:读|念|上)?到\s*$", before) and re.match(r"^(?:周岁|岁)", after):
            return  # "我读书只读到十一岁 早就不读了": the age schooling ended at, not the age now (the lead's session 23)
        if re.match(r"^(?:周岁|岁)(?:那年|那一年|那会儿?|那时候?|的时候|时候|时|(?:个|的)?辰光)", after) or (
                # "学校的门我二十几岁以后就没进过", "三十岁之前在厂里": a time of life then, not the age now
                re.match(r"^(?:周岁|岁)(?:多|半|出头)?(?:以后|之后|以前|之前)", after)
                and not re.search(r"(?:今年|现在|目前|已经|都|才|刚|刚满|满|快|马上)\s*$", before)) or (
                # "两岁多查出来自闭症", "三岁时发现听力不好": the age when an illness was found, not the age now
                re.match(r"^(?:周岁|岁)(?:多|半)?(?:的时候|时候|时|那会儿?)?(?:就|才)?(?:被)?(?:开始|起)?(?:查出|检查出|发现|确诊|诊断|得了|得的|生了一场|落下|发病|发作|发癫|发羊|犯病|抽风|发高烧|出的事|出事|走了|去了(?=$|[\s，,。])|没了|过世|去世|走的|没的)", after)
                and not re.search(r"(?:今年|现在|目前|已经|才|刚|刚满|满)\s*$", before) or
                re.match(r"^(?:周岁|岁)(?:多)?就(?:跟着|出来|出去|去|开始|不读|不念|辍学|嫁|当|学|进|下学|没读|没念|不上学|外出|打工|做工|上班|工作|结婚|成家|退学|毕业|结扎|绝育|上环|放环|做了结扎|去结扎)", after)
                and not re.search(r"(?:今年|现在|目前|已经|都|才|刚|刚满|满)\s*$", before)) or (
                # "五十四岁再开始交个", "四十岁才开始交养老": the age something began at, not the age now
                # ("四十二岁开始的", "从四十八岁交起": the age paying began at)
                re.match(r"^(?:周岁|岁)(?:多|半|出头)?(?:的时候|时候|时|那年)?(?:再|才|又|就)?(?:(?:开始|起)(?:交|缴|参保|买|上班|工作|打工|做|的)|(?:交|缴)起)", after)
                and not re.search(r"(?:今年|现在|目前|已经|都|刚|刚满|满)\s*$", before)) or (
                # "她妈四十五岁起每年去村委会缴一笔": from that age on, the age something began at
                re.match(r"^(?:周岁|岁)(?:多|半|出头)?(?:那年|那会儿?)?(?:起|开始)(?!来|码|床|身|了(?:$|[，,。\s]))", after)
                and not re.search(r"(?:今年|现在|目前|已经|都|刚|刚满|满)\s*$", before)) or (
                # "三十几岁拨竹梢戳瞎一只眼睛", "十九岁在工地摔断了腿": an injury at that age, not the age now
                re.match(r"^(?:周岁|岁)(?:多|半|出头)?(?:的时候|时候|时|那年)?(?:就|才)?[^，,。\s]{0,5}?(?:戳瞎|弄瞎|打瞎|瞎了|瞎脱|摔断|摔瘫|摔坏|压断|轧断|炸伤|烫伤|截肢|瘫了|聋了|出了车祸|出车祸)", after)
                and not re.search(r"(?:今年|现在|目前|已经|都|刚|刚满|满)\s*$", before)):
            return  # "她二十岁那年出车祸走了", "十五岁就跟着师傅学修车": an age then, not anyone's age now
        at = self.r.text.find(text) if text else -1
        told_before = self.r.text[:at] if at >= 0 else ""
        if re.search(_DIED_JUST_BEFORE, told_before + before) and re.match(r"^(?:周岁|岁)", after):
            return  # "…河里游水 淹脱哉 才十四岁": the age at death, not anyone's age now
        if re.search(r"(?:像|好像|就像|相当于|跟|和)(?:个|一个|是)?\s*$", before) and re.match(r"^(?:周岁|岁)(?:的|大的)?(?:孩子|小孩|小人|娃|囡|样)", after):
            return  # "现在像个七八岁的孩子": a likeness, not an age
        if re.search(r"(?:过了年|过完年|过年|明年|开年|到明年|后年)(?:开春|春天|年初|年底|(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月份?)?"
                     r"(?:就|便|才)?(?:要|到)?\s*$", before) and \
                (re.search(r"(?:现在|眼下|目前|如今|今年|实际)(?:还是|还|才|是|只有)?\s*[一二两三四五六七八九十\d]", self.r.text)
                 # "二〇二二年一月生的 过完年就五岁": the birth date says the age now
                 or re.search(r"年[^，,。\s]{0,6}(?:生的|出生|生人)", self.r.text)):
            return  # "过了年就六十三，眼下还是六十二": an age to come, beside the age now
        if re.match(r"^(?:周岁|岁)?(?:那是|是|要到|得到|要等到|等到)(?:明年|下半年|后年|下个月|年底)", after):
            return  # "五岁是明年，她现在才四周岁": an age to come, not the age now
        if re.match(r"^个月", after) and re.search(r"(?:周岁|岁)(?:零|又)?\s*$", before):
            return  # "两周岁零三个月": the months of an age already read
        if n.low == 1 and re.match(r"^(?:个人|个|年|天|次|分钱?|毛钱?|个月)?\s*(?:也|都)\s*(?:没|不|无)", after) or (
            n.low == 1 and re.search(r"(?:没有|没|无)\s*$", before)
        ):
            return  # "一年都没交过", "没有一个人有工作": no number, a denial
        if n.low == 1 and re.match(r"^(?:年|个月|天)\s*(?:也|都)?\s*(?:没|不)(?:断|停|落下|落|少|缺)", after):
            return  # "交了十八年，一年没断": not one year missed, not a year of contributions
        if re.match(r"^(?:多)?(?:年|个月)(?:多)?(?:是|都|也|就是)?(?:断|停|没交|没缴|没有交|没有缴|漏|欠|空)", after) and re.search(
                r"(?:中间|其中|当中|里面|里头|期间|这中间|有)(?:有|还有|也有)?(?:大概|差不多|将近)?\s*$", before) or re.search(
                r"(?:中间|其中|当中|期间)?(?:断|停|断缴|停缴|断交|停交|漏交|漏缴|欠缴|没交|没缴|空)(?:了|过|掉|脱|有)*\s*$", before) \
                and re.match(r"^(?:多)?(?:年|个月)", after):
            return  # "交了十二年，中间有两年断了", "中间断过两年": a gap within the years told, not the years
        if re.search(r"(?:其中|中间|当中|这中间|这当中|里面|里头)(?:有|还有|也有)?(?:大概|差不多|将近)?\s*$", before) \
                and re.match(r"^(?:多)?(?:年|个月)", after) and re.search(r"[一二两三四五六七八九十\d](?:多)?年", self.r.text[:self.r.text.find(text)]
                                                                      + before):
            return  # "交了十二年，其中两年是补交的": a part of the years told, not the years
        if re.match(r"^(?:周岁|岁)多", after):
            n = Number(n.start, n.end, n.low, n.low, n.text)  # "两岁多": 2 周岁
        if n.exact and n.low >= 1 and re.match(r"^(?:周岁|岁)(?:了)?(?:还是|或者)(?:还)?(?:差|不到|没满|没到)", after):
            n = Number(n.start, n.end, n.low - 1, n.low, n.text)  # "刚满六岁还是差几个月": 5 or 6, a range
        if re.match(r"^(?:周岁|岁)(?:的)?生日", after) and re.search(r"(?:没到|没过|不到|没满|未满|还差)\s*$", before):
            top = int(n.high) if float(n.high).is_integer() else int(n.high) + 1
            n = Number(n.start, n.end, top - 1, top - 1, n.text)  # "还没到七岁生日": 6 周岁
        said_of_age = re.search(r"(?:周岁|实岁|实足|足岁|实际)(?:年龄|年纪|岁数)?(?:才|是|有|只有)?\s*$", before)  # "周岁才五十九"
        corrected_age = re.search(r"年纪|岁数|年龄|岁", self.r.text) and (self.r.out.repaired or CORRECTION.search(self.r.text)) \
            and 16 <= n.low <= 110 \
            and self.r.asked not in ("age", "child_age", "woman_age") and not re.match(r"^(?:年|个|天|平|口|块|元)", after)
        repeated_age = bool(self.ages) and not people.mentions(text) and 16 <= n.low <= 110 and _only_filler(text[:n.start] + after) and \
            self.r.asked not in ("child_age",) and not (self.asked and self.asked.unit != "周岁")
        if repeated_age:  # "八十多了，八十二": the same person's age, said more exactly
            person = self.ages[-1][0]
        spoken_age = n.start == 0 and re.match(r"^(?:多)?\s*(?:了|啦)", after) and 40 <= n.low <= 110 and bool(people.last)
        if spoken_age:  # "有个老人，八十多了": the age of whoever was just named
            person = people.last
        # "我江西上饶的 …平时打零工 搬家装空调都做 三十五了": a bare age in a clause of its own, the resident
        # the last one spoken of: the resident's own (a younger age than spoken_age's, so only said so alone)
        own_spoken = n.start == 0 and bool(re.fullmatch(r"\s*(?:了|啦)\s*", after)) and n.exact and 18 <= n.low <= 110 \
            and people.resident_last and people.last is None and not spoken_age
        if own_spoken:
            spoken_age, person = True, lex.SELF
        # "孩子妈过了五十了", "她刚过六十": a round age just passed, asked an age: that age (the lower end)
        passed_age = re.search(r"(?:刚|已经|早就|都|才)?过了?\s*$", before) and n.exact and n.low % 10 == 0 and 20 <= n.low <= 110 \
            and self.r.asked in ("age", "woman_age") and not re.match(r"^(?:年|个|天|平|口|块|元|万|千|号|月|次)", after) \
            and (not re.search(r"具体|要看|身份证|记不清|不清楚|说不准|不知道|大概|左右|几岁", self.r.text)  # (a doubt: a range)
                 # "过了六十了 多了一两岁的样子 身份证锁在抽屉里": the years over it, told, are the doubt's range
                 or bool(re.search(r"(?:多了|多出了?|多出来|超了|超出了?)[一二两三四五六七八九\d]{1,2}(?:个)?(?:周岁|岁)", self.r.text[n.end:])))
        if re.match(r"^个月大", after) and (self.r.asked == "child_age" or re.search(r"孩子|宝宝|小孩|娃", self.r.text)):
            self._age(Number(n.start, n.end, n.low // 12, n.low // 12, n.text), person or "child:孩子", text)
            return  # "八个月大": 0 周岁
        if re.search(r"(?:^|[，,。\s])(?:那年|那一年|那时候?|那会儿?|当时|当年)(?:他|她|伊|我|人)?(?:才|刚|刚刚|只有|也就)?\s*$", before) \
                and re.match(r"^(?:周岁|岁)?(?:多)?(?:$|[，,。\s])", after) and 1 <= n.low <= 110:
            return  # "有天早上同事发现他没气了 那年他二十四": the age then, not anyone's age now
        if re.match(r"^(?:周岁|岁)(?:那年|那一年|那会儿?|的时候|时候|时|(?:就|便)?(?:初中|高中|小学|中专|技校)?(?:毕业|下学|辍学|退学|结婚|嫁|出来打工|出去打工|当兵|参军)"
                    # "十六岁离开上饶的中学": the age one left school (or home) at, not the age now
                    r"|(?:就|便)?(?:离开|离了|出了|走出)[^，,。\s]{0,6}?(?:学校|中学|小学|初中|高中|学堂|家|老家|村)"
                    # "阿拉囡十九岁跟人家去新疆种棉花": the age one went away at, with others
                    r"|(?:就|便)?跟(?:着)?(?:人家|别人|人|老乡|亲戚)(?:去|到|出去|跑)[^，,。\s]{1,4}"
                    # "我四十四岁去做了试管", "三十岁生了老二": the age at a birth or a treatment done, not now
                    r"|(?:又|才|就|去|再)*(?:做了|做的|生了|生的|怀了|怀上|怀的)(?:试管|人工|个|一个|老二|老三|二胎|女儿|儿子|孩子|[，,。\s]|$))", after):
            return  # "十六岁初中毕业就在家帮着养蚕了", "儿子十二岁那年夏天…": the age at a time past, not now
        # "去年春天就满六十了": an age reached, told by when
        reached = bool(last_year) and 20 <= n.low <= 110 and not re.match(r"^(?:年|个|天|平|口|块|元|万|千|号|月|次)", after)
        if _AGE_UNIT.match(after) or said_of_age or corrected_age or repeated_age or spoken_age or passed_age or reached or (
            re.search(r"(?:今年|都|已经|也|快|有)(?:大概|大约|差不多|估计|可能)?(?:刚好|正好|刚|才|已经)?(?:满)?\s*$", before)
            and (re.match(r"^(?:多)?\s*(?:了|啦)", after) or (re.fullmatch(r"\s*(?:的样子|样子|的光景|光景)?\s*", after)
                                                              and "今年" in before))
            and 16 <= n.low <= 110
        ) or (  # "阿拉一世呒没成家 现在七十一 一个人住": the age now, said in a clause of its own
            re.search(r"(?:^|[，,。\s])(?:我|阿拉|俺|我自己|本人)?(?:现在|如今|眼下)(?:也|都|已经)?\s*$", before)
            and re.fullmatch(r"(?:多)?\s*(?:了|啦)?\s*", after) and 40 <= n.low <= 110
        ) or (named_before and 1 <= n.low <= 110 and _only_filler(after)
               # "老伴拿缴费本给我一对": 一 before a verb is doing it once ("一对", "一查"), not an age
               and not (n.text == "一" and re.match(r"^(?:对|查|看|算|问|翻|比|核|听)", after))) or (
            # "明年三月满七十" asked an age: the age at a birthday to come (one less now, read above)
            re.search(r"满\s*$", before) and self.r.asked in ("age", "woman_age", "child_age") and n.exact
            and 1 <= n.low <= 110 and _only_filler(after)) or (
            # "阿拉下个号头满六十" opening a story: one's own birthday to come, told with no question asked
            re.search(r"(?:^|[，,。\s])(?:(?:我|阿拉|俺|本人|我自己)(?:老太婆|老头子|老婆|老伴|老公|爱人)?|老太婆|老头子|老伴)"
                      r"(?:下个月|下月|明年|年底|月底|快|马上|就要|就)[^，,。\s\d]{0,3}满\s*$", before)
            and n.exact and 40 <= n.low <= 110 and _only_filler(after)) or (
            # "今年八月里刚满六十": the age reached this year, by the month of the birthday
            # ("她妈妈这个月刚满六十", "上礼拜刚满六十": reached a few days or weeks ago)
            re.search(r"(?:今年(?:[一二三四五六七八九十\d]{1,2}月(?:份)?(?:里|底|初|头上)?)(?:刚刚|刚|才|已经|就)?|"
                      r"(?:这个月|这月|本月|上个月|上月|前几天|前两天|前些天|前些日子|上个?礼拜|上个?星期|上周|昨天|前天)(?:刚刚|刚|才))满\s*$", before)
            and n.exact and 16 <= n.low <= 110 and _only_filler(after)):
            self._age(n, person, text)
            return
        if re.match(r"^根蜡烛", after) and re.search(r"吹(?:了|的|过|掉)?\s*$", before) and n.exact and n.low <= 110:
            self._age(n, person, text)  # "生日吹的四根蜡烛": four years old
            return
        if re.match(r"^张嘴", after) and re.search(r"吃饭|吃的|开饭|张嘴吃", self.r.text) and n.exact and 1 <= n.low <= 20 \
                and not re.search(r"(?:靠|养)[^，,。\s]{0,6}$", before):
            self.r.add("household_size", n.value, 0.8)  # "吃饭的一共六张嘴": six people at the table
            return
        if _AREA_UNIT.match(re.sub(r"^(?:出头|挂零|开外)", "", after)):  # ("每个人摊二十出头平方": 出头 is in the number)
            self.areas.append((text, n))
            return
        if n.low == 1 and re.search(r"家里?(?:就|只有|只)(?:我|他|她)\s*$", before) and re.match(r"^个(?:人)?(?:$|了|啊|呀)", after):
            self.r.add("household_size", 1, 0.8)  # "家里就我一个"
            return
        if n.low == 1 and re.match(r"^个人\s*(?:在[^，,。]{0,8})?(?:上班|打工|挣|赚|干活|做工|工作|养|撑|扛|顶)", after) \
                and re.search(r"(?:靠|就|只有|只)(?:我|他|她)?\s*$", before):
            return  # "家里就靠我一个人在超市上班": the one who earns, not the household's size
        if n.low == 1 and re.match(r"^个人\s*(?:在[^，,。]{0,8})?(?:上班|打工|干活|做工|工作)", after) \
                and not re.search(r"家|户口|共同生活|住", text):
            return  # "她在上海一个人上班顾不过来": working alone, no household of one told
        if re.match(r"^个人\s*(?:搭手|帮忙|帮手|抬|扶|架|搀|按|护理|伺候|照顾|轮流|换着|守着|看着|陪着|盯着)", after) and re.search(
                r"(?:得|要|需要|靠|都得|都要|才能|才|离不开|离不了|少不了)\s*$", before):
            return  # "翻个身都得两个人搭手", "一天到晚离不开一个人守着": the hands it takes, not the household's size
        if n.low == 1 and re.match(r"^个人", after) and re.search(r"靠(?:着)?(?:我|他|她|孩子他爸|孩子他妈|老公|老婆)?\s*$", before):
            return  # "家里就靠我一个人" (said alone): who the household lives on, not its size
        if n.low == 1 and re.match(r"^个人\s*(?:待|呆|留|放)(?:在家里?)?(?:着)?\s*(?:会|就|要|怕|不行|不放心|出事|危险)", after):
            return  # "他一个人待着会出事": left alone, a danger — not a household of one
        if n.low == 1 and re.match(r"^个人\s*(?:带|拉扯|养活?|照顾|伺候|供|撑)着?\s*(?:[两二三四五六七八九十几俩仨\d]+个|孩子|小孩|娃|老人|一家|全家|儿子|女儿|囡|闺女|丫头|孙子|孙女|外孙|小子)", after):
            return  # "一个人带两个孩子": a parent alone with children, not a household of one
        if 2 <= n.low <= 3 and n.exact and re.search(r"(?:家里|屋里|家)\S{0,2}(?:就|只有|只剩)(?:我们|我俩|阿拉|我伲|他们|她们)?\s*$", before) \
                and re.match(r"^个(?:老的|老人家|老人|老头老太)(?:$|[，,。了啊呀])", after):
            self.r.add("household_size", n.value, 0.8)  # "家里就我们两个老的": the household is the two of them
            return
        if n.low == 1 and re.match(r"^(?:个人|人|口人)\s*(?:(?:一个月|每个月|每月|一年|一年到头)?\s*(?:平均|平摊|摊|分摊|算|合|能分|分到|分不到|分得到|分不了|摊不到|合不到|才有|才分到|只能分|只分到)"
                                   r"|(?:一个月|每个月|每月|一年)的?(?:收入|进账|工资))", after):
            return  # "一个人摊下来十七八个平方", "一个人一个月的收入": per person, not a household of one
        if n.low == 1 and re.match(r"^(?:个人|人)\s*(?:就|才|也就|大概|差不多|有|能有)?\s*(?:\d{3,}|[一二两三四五六七八九几]+[百千万])", after):
            return  # "算下来一个人两千多": an amount per person, not a household of one
        if re.search(r"(?:顶|抵|抵得上|顶得上|赛过|比得上|当|顶得|抵得)(?:上)?(?:好|差不多)?\s*$", before) and _PEOPLE_UNIT.match(after):
            return  # "无人机一架飞一天顶十个人", "一个人当两个人用": a comparison of work, not a household's size
        if (_PEOPLE_UNIT.match(after) and not (n.high > 10 and after.startswith("个") and not re.search(r"家|屋里|户口本|共同生活", text))) \
                or re.search(r"一家$", before) or (  # "我们有十几个人" with no family word: workmates
            # ("都住一个屋": one room, not one person)
            re.match(r"^个(?!屋|房|院|楼|套|间|村|地方|小区|宿舍|大院)", after) and re.search(r"住(?:了|着)?(?:我们)?\s*$", before)
        ):
            self.r.add("household_size", n.value, 0.85)  # "两个人一个月六千", "一家三口", "住了四个人"
            return
        if _INCOME_BEFORE.search(before) or (re.match(r"^(?:块|元|块钱)", after) and re.search(r"收入|工资|挣|一个月|每月", text)) \
                or (self.r.asked == "household_monthly_income" and n.high >= 100):
            self._income(text, n, before)
            return
        if re.search(r"(?:离|距离|距)\s*$", before) and re.match(r"^(?:年|个月|天)(?:还|都|也)?(?:差|缺|不到|远)", after):
            return  # "交了十三四年 离十五年还差一截": the mark not reached, not the years
        if re.match(r"^(?:多)?年[^，,。\s]{0,8}?(?:都|也)?(?:没|没有|不|未)(?:交|缴|上过?保险|买过?保险)", after):
            return  # "工地上那二十年一分保险都没交": years not paid, no years of contributions
        if re.match(r"^(?:多|来)?年(?!级)", after) and not re.match(r"^(?:多|来)?年(?:前|以前|之前)", after) \
                and not re.search(r"(?<![以之])前\s*$", before) and self._years(text, n):
            # (not "前两年伲子替阿拉补交脱": a couple of years ago, not a number of years)
            return
        if re.match(r"^个月", after) and self.r.asked and self.r.facts[self.r.asked].unit == "年":
            self._add(self.r.asked, Number(n.start, n.end, n.low / 12, n.high / 12, n.text), 0.85)  # "十二个月": a year
            return
        asked = self.asked
        recount = self.r.out.repaired or bool(re.search(r"(?:再|还要)?(?:加上|算上)[^，,。]{0,8}(?:是|就是|一共|总共)\s*$", before))
        if asked is None or asked.type != "number" or (asked.key in self.r.out.found and not (
                # "四个，哦不是，五个", "五个，再加上我婆婆是六个": the count said again, corrected, stands
                recount and asked.key == "household_size" and re.match(r"^个(?:人)?(?:$|[，,。了啊呀吧])", after))):
            return  # "四口人，我和老公，两个小孩": the number said with its unit stands
        if re.match(r"^个(?:" + "|".join(w for w, _ in self.r.lex.people) + ")", after):
            return  # "两个小孩", "一个孙子": people of one kind, not the household
        rest = text[:n.start] + text[n.end:]
        rest_without_people = re.sub("|".join(w for w, _ in self.r.lex.people), "", rest)
        if asked.unit == "周岁" and _only_filler(rest):
            self._age(n, person, text)
        elif asked.unit not in ("周岁", "天") and _only_filler(_ASKED_UNITS.sub("", rest_without_people)):
            if asked.unit == "平方米":
                self.areas.append((text, n))
            elif asked.unit == "元" and n.high < 50 and not re.match(r"^(?:千|万|k)", after):
                return
            else:
                self._add(asked.key, n, 0.9)

    def _add(self, key: str, n: Number, confidence: float) -> None:
        fact = self.r.facts.get(key)
        if fact is None or fact.minimum is None or fact.maximum is None or not (fact.minimum <= n.low and n.high <= fact.maximum):
            return
        earlier = self.r.out.found.get(key)
        top = earlier.value.get("to") if earlier is not None and isinstance(earlier.value, dict) else \
            earlier.value if earlier is not None and isinstance(earlier.value, (int, float)) and not isinstance(earlier.value, bool) else None
        if isinstance(top, (int, float)) and not n.exact and top <= n.high and not self.r.out.repaired and \
                re.search(r"(?:不到|没到|不满|没满|未满|还没到|还不到|没交满|没缴满)\s*$", self.r.clause_text[:n.start]):
            return  # "十三四年，没到十五年": a bound the number already told keeps to, not a new number
        self.r.add(key, n.value, confidence if n.exact else confidence - 0.1)

    def _age(self, n: Number, person: Optional[str], text: str) -> None:
        if n.low == 0 and n.high == 1 and re.search(r"(?:不到|没到|不满|未满)$", text[:n.start]) \
                and re.match(r"^\s*(?:周岁|岁)", text[n.end:]):
            n = Number(n.start, n.end, 0, 0, n.text)  # "还不到一周岁": under one, an age of 0 (ages are whole years)
        if n.exact and re.match(r"^\s*(?:周岁|岁)?\s*(?:上下|左右)", text[n.end:]):  # "六十岁上下": about, to be asked
            n = Number(n.start, n.end, n.low - 2, n.high + 2, n.text)
        if self.twins:
            self.twins = False
            self.twin_ages.add(id(n))  # "最小的是双胞胎，5岁": two children of five
        self.ages.append((person, n))

    def _resolve_ages(self) -> None:
        said = self.r.people.age_facts(self.ages, self.r.asked, self.r.text, self.r.known, self.relevant)
        # "三岁多快四岁了", "五十二，七四年生的": the exact age said, not the range around it
        exact = {(key, n.low) for key, _, n in said if n.exact}
        said = [(key, role, n) for key, role, n in said
                if n.exact or not any(k == key and n.low <= v <= n.high for k, v in exact)]
        grown = [(role, n) for key, role, n in said if key == "age" and role and role.startswith("child:")]
        if len({role for role, _ in grown}) > 1:
            # "孙子十四 孙女十七 给孙子办": the applicant's age is the age of the child singled out
            one = asked_child([role for role, _ in grown], [n for _, n in grown], self.r.text)
            if len(one) == 1:
                said = [(key, role, n) for key, role, n in said
                        if not (key == "age" and role and role.startswith("child:")) or n is one[0]]
        for key, role, n in said:
            if key == "child_age":
                self.children.append((role or "child:孩子", int(n.low) if n.exact else n.value))
                if id(n) in self.twin_ages:
                    self.children.append(("twin", int(n.low) if n.exact else n.value))
            else:
                self._add(key, n, 0.85)

    def _income(self, text: str, n: Number, before: str) -> None:
        if not (self.r.asked in ("household_monthly_income", *_INCOME_LINES) or _HOUSEHOLD.search(self.r.text)):
            return  # ("一个月能挣个七八百" asked whether below the line: the amount, for the office to compare)
        if n.high < 50 and not re.match(r"^(?:千|万|k)", text[n.end:]):
            return  # "一个月" itself, not an amount
        if re.search(r"(?:年收入|一年)\S{0,6}$", before):
            n = Number(n.start, n.end, n.low / 12, n.high / 12, n.text)
        if re.search(r"(?:一天|每天|日薪|一日|一天能|一天就)\s*(?:能|就|有|挣|赚|拿)?\s*$", before):
            # "一天一百五，一个月做二十天": the month's pay; a day's pay alone is no month's
            days = re.search(r"(?:一个月|每个月|每月|一月)(?:能|就|大概|差不多)?(?:做|干|上|出工|开工)?(?:个)?(\S{1,3}?)(?:来)?天", self.r.text)
            count = numbers(days.group(1)) if days else []
            if not count:
                return
            n = Number(n.start, n.end, n.low * count[0].low, n.high * count[0].high, n.text)
        self.incomes.append((n, bool(re.search(r"加起来|合起来|加在一起|拢共|一共|总共|合计|全家", before))))

    def _resolve_income(self) -> None:
        """"我三千，老婆两千五": the household's income is the sum; a total said wins."""
        if not self.incomes:
            return
        totals = [n for n, total in self.incomes if total]
        if not totals and len(self.incomes) == 2 and re.search(r"(?:少|差|淡)的(?:时候|话|月份?)|最少", self.r.text) \
                and re.search(r"(?:多|好|旺)的(?:时候|话|月份?)|最多", self.r.text):
            # "少的时候四千五 多的时候五千出头": from the least to the most
            low, high = min(n.low for n, _ in self.incomes), max(n.high for n, _ in self.incomes)
            self._add("household_monthly_income", Number(0, 0, low, high, "~"), 0.8)
        elif totals:
            self._add("household_monthly_income", totals[-1], 0.85)
        elif len(self.incomes) > 1 and self.r.asked == "household_monthly_income" and all(n.exact for n, _ in self.incomes) \
                and len({r for _, _, r in self.r.people.mentions(self.r.text)}) > 1:
            whole = sum(n.low for n, _ in self.incomes)
            self._add("household_monthly_income", Number(0, 0, whole, whole, "+"), 0.8)
        else:
            self._add("household_monthly_income", self.incomes[-1][0], 0.85)

    def _years(self, text: str, n: Number) -> bool:
        """"交了十年" (contribution years) or "在南浔做了四年" (years of local work)."""
        if re.search(r"(?:要|得|需要|必须|规定|起码|至少)(?:交|缴)(?:费)?(?:满|够|足)\s*$", text[:n.start]):
            return True  # "伊交了十二年 阿拉听讲要交满十五年": the years of a rule heard of, not the years paid
        candidates = []
        if re.search(r"交|缴|缴费|交费|参保|农保|养老|社保|失业保险", text):
            if "失业保险" in text:
                candidates.append("unemployment_contribution_years")
            elif re.search(r"农保|居民养老|养老保险|养老", text):
                candidates.append("pension_contribution_years")
            elif "失业" in self.r.text and not re.search(r"农保|养老", self.r.text):
                candidates.append("unemployment_contribution_years")  # "失业保险厂里是交的，就交了半年"
            elif re.search(r"农保|养老", self.r.text) and "失业" not in self.r.text:
                candidates.append("pension_contribution_years")  # "农保是前几年才交的，一共三年"
            else:
                candidates += ["pension_contribution_years", "unemployment_contribution_years"]
        elif re.search(r"^\s*(?:一共|总共|合计|加起来|算下来|算起来|满打满算)\s*$", text[:n.start]) and (
                re.search(r"农保|养老|失业保险", self.r.text)
                # "从那年起每年按时缴村里收的那份 一年也没落下 算下来九年": the total of the years paid told before
                or re.search(r"交|缴", self.r.text[:max(0, self.r.text.find(text))])):
            # "农保是前几年才交的，一共三年": the total of the contributions told before
            candidates.append("unemployment_contribution_years" if "失业" in self.r.text else "pension_contribution_years")
        elif re.match(r"^年(?:都|也|从来|一直)?(?:没(?:有)?(?:断|停|落|歇)(?:过)?|不断|一年不落)", text[n.end:]) and (
                re.search(r"农保|养老|失业保险", self.r.text) and re.search(r"交|缴", self.r.text[:max(0, self.r.text.find(text))])):
            # "在村里交那种养老是四十二岁开始的 十六年没断过": the years of the contributions told before
            candidates.append("unemployment_contribution_years" if "失业" in self.r.text and "养老" not in self.r.text
                              else "pension_contribution_years")
        # "在家待了一年", "之前在部队待了两年": years at home or in the army, no years of work here
        idle = re.search(r"(?:在家|在屋里|家里|部队|军队|军营|海军|陆军|空军|武警|兵营|学校|医院)(?:里|上)?(?:一)?(?:闲|歇|待|呆|蹲|干|服役)", text)
        if idle and not candidates and self.r.asked == "local_work_years":
            return True
        if re.search(r"做了|干了|工作了|上班|打工|来了|待了|呆了|在湖州|在这边|在这里|一直在"
                     r"|一(?:待|呆|干|做)(?:就)?(?:是)?[一二两三四五六七八九十\d]"  # "在织里绣花厂一待四年了": stayed on, so long
                     r"|在[^，,。]{1,6}?(?:开|跑|种|养|卖|修)了", text) and not idle \
                or re.search(r"在[^，,。\s]{1,6}?(?:打杂|做|干)[^，,。\s]{0,3}$", text[:n.start]) and not idle \
                or self._came_here(text):
            candidates.append("local_work_years")  # "在长兴开了五年货车"; not "在家待了一年", "在部队待了两年"
        asked = self.r.asked
        if re.match(r"^年半", text[n.end:]):
            # 一年半; "一到一年半": the half is the upper end's only
            n = Number(n.start, n.end, n.low + (0.5 if n.exact and not re.search(r"到|至", n.text) else 0), n.high + 0.5, n.text)
        if re.search(r"(?<![一二两三四五六七八九十\d])大?半年多?\s*(?:到|至|~|～|-|—)\s*$", text[:n.start]):
            n = Number(n.start, n.end, 0.5, n.high, n.text)  # "半年到一年半": from half a year
        if asked in candidates or (not candidates and asked and self.r.facts[asked].unit == "年"):
            earlier = self.r.out.found.get(asked)
            role = self.r.people.at(text, n.start)
            if earlier is not None and role not in (None, lex.SELF, "pronoun") and not self.r.people.is_applicant(role) \
                    and self.r.people.mentions(text[:n.start]):
                return True  # "我交了十六年，我老伴才交八年": the resident's own years stand, not the other's
            if earlier is not None and isinstance(earlier.value, (int, float)) and re.search(
                r"(?:又|再|多|补)(?:多|补)?(?:交|缴)(?:了)?\s*$", text[:n.start]
            ):  # "交满十五年了，后来又多交了两年": seventeen
                n = Number(n.start, n.end, n.low + earlier.value, n.high + earlier.value, n.text)
                self.r.out.found.pop(asked)
            self._add(asked, n, 0.9)
            return True
        chosen = [c for c in candidates if c in self.relevant] or candidates
        if len(chosen) == 1:
            self._add(chosen[0], n, 0.85)
            return True
        corrected = None if candidates or (asked and self.r.facts[asked].unit == "年") else self._corrected("年")
        if corrected is not None:  # "等一下我翻了缴费本子，是十五年，前面少算了两年"
            self._add(corrected, n, 0.85)
            return True
        return False

    def _came_when(self, text: str) -> None:
        """"我是前年才过来的" asked the years of work here: the resident's own arrival, by the calendar
        (前年: one to two whole years, as a year said in figures is), before anyone else's years."""
        if not (self.r.asked == "local_work_years" or "local_work_years" in self.relevant):
            return
        m = re.search(r"(?:^|[，,。\s])我(?:自己|本人)?(?:是)?(大前年|前年|去年|今年)(?:才|刚|刚刚|就)?(?:过来|来|到)(?:的|了)?", text)
        if m is None:
            return
        back = {"今年": 0, "去年": 1, "前年": 2, "大前年": 3}[m.group(1)]
        self._add("local_work_years", Number(m.start(1), m.end(1), max(0, back - 1), back, m.group(1)), 0.85)

    def _came_here(self, text: str) -> bool:
        """"来长兴泗安的厂里三年了", "来湖州五年了": come to a place in Huzhou (not "从长兴来", "回德清")."""
        for start, end, place in lex.longest_matches(self.r.lex.places, text):
            if place != lex.OUTSIDE_HUZHOU and re.search(r"(?:^|[^从回])(?:来|来到|到)(?:了)?$", text[:start]):
                return True
        return bool(re.search(r"(?:^|[^从回])(?:来|来到|到)(?:了)?(?:湖州|这边|这里|这儿)", text))

    def _corrected(self, unit: str) -> Optional[str]:
        """The one fact told before in ``unit`` that a correction with no other
        context is about ("不对，是三个月前", "打错了，是十五年"), or None."""
        if not (CORRECTION.search(self.r.text) or re.match(r"\s*(?:不对|不是|哦不|噢不|其实是|实际上是)", self.r.text)):
            return None
        told = [k for k, v in self.r.known.items() if k in self.r.facts and self.r.facts[k].type == "number"
                and self.r.facts[k].unit == unit and v is not None and not isinstance(v, (bool, str))]
        if len(told) > 1:
            told = [k for k in told if k in self.relevant]
        return told[0] if len(told) == 1 else None

    def _durations(self, text: str) -> None:
        if HEARSAY.search(text):
            return  # "听说劳动仲裁一年就过期": a time in a rule heard of, not how long ago
        at = self.r.text.find(text)
        for d in durations(text, before=self.r.text[:at] if at > 0 else ""):
            if re.search(r"不是\s*$", text[:d.start]):
                continue  # "是两年，不是两个月": the time taken back
            if re.search(r"(?:前后|上下|左右|相)?差(?:个|了|那么|不了|不到|不过)?\s*$", text[:d.start]):
                continue  # "差不多一年了，前后差个半个月": a margin around the time, not a time
            if re.search(r"(?:过了|超过|超出|满)\s*$", text[:d.start]) and re.match(
                    r"^\s*(?:了)?(?:就|便|的话|以后|还)", text[d.end:]):
                continue  # "又说过了一年就不受理了": a rule's time limit, not how long ago
            if re.search(r"比[^，,。]{0,6}(?:早|晚|迟|多|少)(?:了)?\s*$", text[:d.start]):
                continue  # "工友比我早一个礼拜": a difference between two times, not a time ago
            if re.match(r"^\s*(?:的)?(?:工资|工钱|房租|钱)", text[d.end:]):
                continue  # "欠了我三个月工资": an amount owed, not a time
            if re.match(r"^\s*(?:能|就|才|也就|大概|差不多|有|挣|赚|拿|收入|工资)?\s*[\d一二两三四五六七八九十百千万几]+\s*(?:多)?(?:块|元|千|万|百)",
                        text[d.end:]) or re.search(r"(?:每|隔|每隔|隔上)\s*$", text[:d.start]):
                continue  # "一个月三千块": the period of a pay, not a time ago ("我隔两天去送饭": how often)
            if re.match(r"^\s*(?:就|才|只|也就|能|要)?(?:回来|回家|回去|来|去|过来|见)?(?:个)?[一两二三四五六七八九十几]+(?:趟|次|回)", text[d.end:]):
                continue  # "我在外面打工 一年回来两趟": how often, not a time ago
            if re.search(r"(?:住了|待了|呆了|躺了|治了|休息了|休了|养了|干了|做了|开了|跑了|当了|带了|看了|种了|卖了|修了|判了|判|坐了|关了|蹲了)\s*$", text[:d.start]):
                continue  # "在医院住了两个月", "在建材厂开了四年铲车", "判了十年": how long something lasted, not how long ago
            if re.search(r"(?:要|得|需要|起码|至少|最少|还要|还得)(?:再)?(?:躺|养|休息|休养|住院|卧床|歇|治|恢复)(?:上|个)?\s*$", text[:d.start]):
                continue  # "医生说起码躺三个月": a time still to come, not how long ago
            if re.search(r"(?:工作了|上班了|打工|务工|干活|交|缴|缴费|交费|参保|保险)(?:了|满|够|有)?\s*$", text[:d.start]):
                continue  # "失业保险缴纳满三年": years of contributions (or of work), not how long ago
            key = None
            if self.r.asked in ("days_since_injury", "days_since_rights_infringed"):
                key = self.r.asked
            elif _INJURY_CUE.search(self.r.text):
                key = "days_since_injury"
                if re.search(r"走了|没了|去世|过世|死了|走的|不在了", text) and re.search(
                        r"独生|唯一|就这一个|就一个|独养|失独|只有一个|就伊一个", self.r.text) and not re.search(r"受伤|伤了|伤到|工伤", text):
                    continue  # "就这一个儿子，十年前在工地上出事走了": when the only child died, no injury's time
                if not _INJURY_CUE.search(text) and re.search(r"犯了?事|判了?|坐牢|牢里|结婚|离婚|离了婚|嫁|生了|退伍|毕业", text):
                    continue  # "前年犯了事判了十年": the time of another event than the injury told
            elif _RIGHTS_CUE.search(self.r.text):
                key = "days_since_rights_infringed"
            else:  # "不对，是三个月前": the one time already told, corrected
                key = self._corrected("天")
                days = [k for k in ("days_since_injury", "days_since_rights_infringed") if k in self.relevant]
                if key is None and len(days) == 1 and re.search(r"(?:到今天|到现在|至今)\S{0,4}$", text[:d.start]):
                    key = days[0]  # "算下来到今天三百四十天" about the service screened
            if key is not None:
                self.times.append((key, text, d))
                self._add(key, d, 0.85)

    def _count_people(self, text: str) -> None:
        """"我、老伴、儿子儿媳，还有一个孙子": five people, when the household size is asked."""
        count = self._people_named(text)
        if count >= 2:
            self.r.add("household_size", count, 0.75)

    def _people_named(self, text: str, plural: bool = False) -> int:
        """How many people the message names (a couple two, "两个孙子" two; with ``plural``, "公婆" two too)."""
        found = self.r.people.mentions(text)
        starts = {start for start, _, _ in found}  # "我婆婆": 我 only says whose
        # "我们夫妻俩", "一儿一女": two people in one word; the resident among the couple
        pairs = [m for m in re.finditer(r"夫妻俩|夫妻两个|夫妻二人|夫妻两人|我们夫妻|两口子|老两口|我们俩|我俩|我们两个|一儿一女|一男一女|一子一女|儿女各一个", text)]
        paired = {i for m in pairs for i in range(m.start(), m.end())}
        couple = any(not m.group(0).startswith(("一", "儿")) for m in pairs)
        mentions = [m for m in found if m[2] not in ("pronoun", "child:双胞胎") and not (m[2] == "self" and m[1] in starts)
                    and not set(range(m[0], m[1])) & paired]
        if pairs:  # "我们夫妻俩…跟着我们过的婆婆": 我 of 我们 is the couple again, said once
            selves = [m for m in mentions if m[2] == "self"]
            mentions = [m for m in mentions if m[2] != "self"] + ([] if couple else selves[:1])
        else:  # "我家那套两居室 …住我跟老婆还有闺女": the resident, named twice, is one person
            selves = [m for m in mentions if m[2] == "self"]
            mentions = [m for m in mentions if m[2] != "self"] + selves[:1]
        # "还有两个孙子": two people of one word
        counts = [m.group(1) for m in (re.search(r"([两三四五2-5])个\s*$", text[:start]) for start, _, _ in mentions) if m]
        extra = sum(int(numbers(c)[0].low) - 1 for c in counts)
        if plural:  # "公婆住一间": two people of one word
            extra += sum(1 for start, end, _ in mentions if text[start:end] in lex.PLURAL and text[start:end] not in lex.PRONOUNS)
        return len(mentions) + 2 * len(pairs) + extra

    def _whose_time(self) -> None:
        """"我哥是上个月十五号伤的，我自己是三月份，问我哥那次": the time of the one asked about."""
        m = re.search(r"问(?:的是)?(?:我|我们|我家)?([\u4e00-\u9fff]{1,3}?)(?:的)?(?:那次|那回|这次|这回|那一次)", self.r.text)
        keys = {key for key, _, _ in self.times}
        if len(keys) != 1 or len(self.times) < 2:
            return
        if m is None and self.r.people.applicant == lex.SELF:
            # "我老公是国庆节受的伤 我是上礼拜三 问的是我": the time of the clause the resident tells of themself
            mine = [(key, n) for key, clause, n in self.times
                    if {r for _, _, r in self.r.people.mentions(clause)} == {lex.SELF}]
            if len(mine) == 1:
                key, n = mine[0]
                self.r.out.found.pop(key, None)
                self._add(key, n, 0.8)
            return
        if m is None:
            return
        who = m.group(1)
        if not (self.r.people.mentions(who) or self.r.people.mentions("我" + who)) or who in ("我", "自己"):
            return
        theirs = [(key, n) for key, clause, n in self.times if who in clause]
        if len(theirs) == 1:
            key, n = theirs[0]
            self.r.out.found.pop(key, None)
            self._add(key, n, 0.8)

    def _paid_throughout(self) -> None:
        """"在厂里做了五年，失业保险厂里一直给我交着": the insurance paid all the years worked."""
        key = "unemployment_contribution_years"
        if key not in self.r.facts or key in self.r.out.found or "local_work_years" not in self.r.out.found:
            return
        # (社保, the five insurances an employer pays, holds the unemployment insurance: "社保厂里一直给交着")
        if not re.search(r"(?:失业保险|社保|五险)[^，,。\s]{0,8}?(?:一直|都|全都|每个月都|每年都|从来都|从头到尾)(?:是)?(?:厂里|公司|单位|老板)?(?:给我|帮我|替我|给|在)?(?:交|缴)(?:着|的|了)?(?=$|[，,。\s])",
                         self.r.text) and not re.search(  # "厂里给俺交着保险": paid, the years one worked there
                r"(?:厂里|公司|单位|老板)(?:一直|都)?(?:给|帮|替)(?:我|俺|我们)?(?:一直)?(?:交|缴)着(?:保险|社保|五险)", self.r.text) \
                or re.search(r"(?:失业保险|社保|五险|保险)[^，,。\s]{0,10}?(?:没|不|断|停|漏|欠)", self.r.text):
            return
        if re.search(r"换|跳槽|别的|之前|以前|前面|前几年|前两年|又去|两个厂|几个厂", self.r.text):
            return  # "前两年在别的厂，失业保险现在厂里一直交着": not every year worked is this job's
        years = self.r.out.found["local_work_years"].value
        if isinstance(years, (int, float)) and not isinstance(years, bool):
            self._add(key, Number(0, 0, years, years, str(years)), 0.75)

    def _paid_since_age(self) -> None:
        """"村里个养老是四十五岁开始交个 一年勿脱", sixty now: the years from that age to this one, both counted."""
        key = "pension_contribution_years"
        if key not in self.r.facts or key in self.r.out.found or not (key in self.relevant or self.r.asked == key):
            return
        began = re.search(r"(?:养老|农保|社保)[^，,。\s]{0,6}?(?:是|从)?([一二三四五六七八九十\d]{2,3})(?:周)?岁(?:就|才)?(?:开始|起)(?:交|缴)",
                          self.r.text)
        if began is None or not re.search(r"一年(?:都|也)?(?:没|不)(?:断|落|脱|停|漏)|(?:没|不)(?:断|停)过|一年不落|每年都(?:交|缴)",
                                          self.r.text[began.end():]):
            return
        start = numbers(began.group(1))
        age = self.r.out.found.get("age")
        now = age.value if age is not None else self.r.known.get("age")
        if not start or not start[0].exact or not isinstance(now, (int, float)) or isinstance(now, bool):
            return
        if 16 <= start[0].low < now <= 60:  # (paying ends at sixty: later, the years are not told by the age)
            years = int(now - start[0].low + 1)
            self._add(key, Number(0, 0, years, years, began.group(0)), 0.75)

    def _dated_over_vague(self) -> None:
        """"眼睛是去年十一月三十号伤的 已经拖了一年多了", "去年十二月二十号…让我签字走人…最近听小姐妹说": a calendar
        date told beside a vague time ("一年多", "最近") is the event's time — the date in the clause naming the event
        when several are told ("十一月一号是复查住院的日子"); unsure when the vague time disagrees with it."""
        for key in dict.fromkeys(k for k, _, _ in self.times):
            told = [(clause, n) for k, clause, n in self.times if k == key]
            dated = [(clause, n) for clause, n in told if n.exact and _A_DATE.search(clause)]
            if not dated or len(told) < 2:
                continue
            cue = _INJURY_CUE if key == "days_since_injury" else _RIGHTS_CUE
            cued = [(clause, n) for clause, n in dated if cue.search(clause)]
            if len(dated) > 1 and len(cued) != 1:
                continue  # two dates and no telling which is the event's: as read
            _, n = (cued or dated)[-1]
            vague = [m for _, m in told if not m.exact]
            agrees = all(m.low <= n.low <= m.high for m in vague)
            self.r.out.found.pop(key, None)
            self._add(key, n, 0.85 if agrees else 0.6)

    def finish(self) -> None:
        self._dated_over_vague()
        self._whose_time()
        self._resolve_ages()
        relative_ages(self.r)
        husband_relative_age(self.r, self.ages)
        self._resolve_income()
        if (self.r.asked == "household_size" or (
                # "七十二平方 我们夫妻俩加两个孩子住" asked the area a head: the area shared by the people who live there
                self.r.asked == "per_capita_housing_area" and self.areas and "household_size" not in self.r.known
                and re.search(r"住(?!院|宿|不下|不惯)", self.r.text))) and "household_size" not in self.r.out.found and not re.search(
            r"问问|等一下|去问", self.r.text
        ):
            self._count_people(self.r.text)
        oldest = self.r.facts["child_age"].maximum if "child_age" in self.r.facts else None
        if oldest is not None:  # "女儿十九岁": a grown child's age is no child's age
            self.children = [(name, age) for name, age in self.children
                             if not (isinstance(age, (int, float)) and age > oldest)]
        if self.children:
            names = [name for name, _ in self.children]
            ages = [age for _, age in self.children]
            if len({str(a) for _, a in self.children}) == 1 and not re.search(r"双胞胎|两个|俩|一个.{0,8}一个", self.r.text):
                self.children = self.children[-1:]  # "过了三岁生日，是三岁": one child, said twice
            # "孩子五岁，孩子三岁": the child word said again with another age, nothing of time between
            # (no 去年/今年/满/生日 of one child growing): two children
            named_twice = len(re.findall(r"(?:孩子|小孩|娃娃?|宝宝)(?:今年|现在|是|才|都|已经)?[一二两三四五六七八九十\d]{1,2}岁", self.r.text)) >= 2 \
                and not re.search(r"去年|前年|今年|明年|满|生日|生的|出生|快|马上|到时候|那时", self.r.text)
            if named_twice:
                pass
            elif set(names) <= {"pronoun", "child:孩子"} and not re.search(
                    r"双胞胎|两个|俩|三个|一个.{0,8}一个|大的|小的|老大|老二|老三|大宝|二宝|小宝|还有(?:一)?个|另(?:外)?(?:一)?个|[他她]们", self.r.text):
                # "她是二二年十月生的 去年十月就满三岁了 今年都四岁了": one child, her age told over time — the last
                self.children = self.children[-1:]
            distinct = {(n, str(a)) for n, a in self.children}
            several = any(name == "twin" for name in names) or len(distinct) > 1 and (len(set(names)) > 1 or "child:双胞胎" in names or named_twice or
                                             re.search(r"一个.{0,8}一个|两个孩子|两个小孩|俩孩子|三个孩子", self.r.text))
            known = self.r.known.get("child_age")
            if not several and isinstance(known, (int, float, list)) and not self.r.out.repaired and re.search(
                r"还有(?:一)?个|另外(?:一)?个|另一个|老二|小的|大的|二宝|大宝|老大", self.r.text
            ) and "child_age" != self.r.asked and not re.search(  # "是我记成小的那个了": a mix-up, not one more child
                r"(?:记|当|搞|看|弄|算|说)(?:成|混|错)(?:了)?(?:那个|成)?(?:小的|大的|老大|老二|二宝|大宝)", self.r.text):
                earlier = list(known) if isinstance(known, list) else [known]
                if ages[-1] not in earlier:  # "对了我还有个小的，三岁": one more child
                    ages, several = earlier + ages[-1:], True
            if several:
                ages = asked_child(names, ages, self.r.text)
                several = len(ages) > 1 and len({str(a) for a in ages}) > 1  # twins of one age: that age
            told = [a for a in ages if isinstance(a, (int, float)) and not isinstance(a, bool)]
            if not several and len(told) == len(ages) > 1 and len(set(told)) > 1 and len(set(names)) == 1 \
                    and not self.r.out.repaired and re.search(r"(?:也|又|还)(?:有)?可能|说不定|没准|搞不好|要么|或者|兴许", self.r.text):
                # "外孙五岁多快六岁了 也可能刚满六岁": one child's age said as two possibilities, the range of both
                self.r.add("child_age", {"from": min(told), "to": max(told)}, 0.8)
            else:
                self.r.add("child_age", ages if several else ages[-1], 0.85)
        for text, n in self.areas:
            self._area(text, n)
        self._paid_throughout()
        self._paid_since_age()

    def _area(self, text: str, n: Number) -> None:
        per_capita = re.search(r"人均|每人|每个人|一个人|(?<![家])一人(?!家)|每口人|一口人|摊到每个|按人头", text)  # "住三个人 一人二十平"
        size = self.r.out.found.get("household_size")
        size_value = size.value if size else self.r.known.get("household_size")
        if per_capita:
            self._add("per_capita_housing_area", n, 0.85)
        elif size is not None and self.r.asked not in ("household_size", "per_capita_housing_area") \
                and isinstance(size_value, (int, float)) and self._people_named(self.r.text) > size_value \
                and not re.search(r"一家[两三四五六七八九十\d]口|[两三四五六七八九十\d]口人|[两三四五六七八九十\d]个人(?:都)?(?:挤|住|一起住)", self.r.text):
            # (not a household told as such, "一家三口，我、老婆和读初中的儿子，住的是我爸留下的老公房": the father named is
            # whose the flat was)
            # "…两个人加起来一个月七千 …公婆住一间 我们两口子跟两个孩子住一间": more live there than the two who earn —
            # the people told room by room, when every room's are
            rooms = [c.text for c in clauses(self.r.text) if re.search(r"住(?:了|着)?(?:一|一个|这|那|另一|另外一)间", c.text)]
            total = sum(self._people_named(room, plural=True) for room in rooms)
            if len(rooms) >= 2 and all(self._people_named(room, plural=True) for room in rooms) and total > size_value:
                self._add("per_capita_housing_area", Number(n.start, n.end, n.low / total, n.high / total, n.text), 0.75)
            return
        elif isinstance(size_value, (int, float)) and size_value > 0:
            self._add("per_capita_housing_area", Number(n.start, n.end, n.low / size_value, n.high / size_value, n.text), 0.8)
        elif self.r.asked == "per_capita_housing_area" and n.high <= 40:
            self._add("per_capita_housing_area", n, 0.8)
