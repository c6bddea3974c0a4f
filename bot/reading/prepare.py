"""A message in the form the reader reads: normalised (bot/text.py), Wu particles and words
in standard Chinese, typos mended, spans of months and years as numbers of years."""
from __future__ import annotations

import datetime
import re

from bot import clock
from bot.reading import lexicon as lex
from bot.text import normalize, parse_number

# Common typos and Wu-dialect words of answers ("勿晓得", "困辣床上", "伊" for 他/她, "两家头": the two of them)
# (Wu 拨 before whom is 给: "饭店老板从来呒没拨阿拉交过" — the lead's session 23)
_TYPOS = {"拨阿拉": "给我", "拨伊": "给他", "拨我伲": "给我们", "出租屋": "出租房", "勿有": "没有", "阿拉两家头": "我们俩", "我伲两家头": "我们俩", "伊拉两家头": "他们俩", "两家头": "两个", "伲子": "儿子", "上个越": "上个月", "阿拉自家": "我自己", "侬问阿拉": "你问我", "呒没": "没有", "别样的": "别的", "别个进项": "别的进项", "别个收入": "别的收入", "侪": "都", "爷娘": "爸妈", "已径": "已经", "在值": "在职", "残几证": "残疾证", "残疾正": "残疾证", "残积证": "残疾证", "残急证": "残疾证", "残及证": "残疾证", "残级证": "残疾证", "覅": "不要", "勿": "不", "弗": "不", "自家": "自己", "木有": "没有",
          "么得": "没得", "莫得": "没得", "冇得": "没有", "冇": "没有", "低宝": "低保", "吃低报": "吃低保", "低报户": "低保户", "失叶": "失业", "底保": "低保", "低包": "低保", "辞推": "辞退", "不来三": "不行", "一家头": "一个人", "囡儿": "女儿", "走脱": "走", "床浪": "床上", "退修": "退休", "长心": "长兴",
          "辣": "在", "困在床": "躺在床", "阿拉": "我", "我伲": "我们", "伲": "我们", "侬": "你", "交关": "很", "晓得": "知道",
          "小人": "孩子", "做生活": "做工", "用场": "开销", "吃不消": "负担不起", "屋里": "家里", "服侍": "照顾",
          "一天到夜": "整天", "安及": "安吉", "南寻": "南浔", "样样": "什么都", "不清爽": "不清楚", "老早": "早就", "户囗": "户口",
          "啥个": "啥", "迭种": "这种", "迭个": "这个", "迭桩": "这件", "物事": "东西", "个事体": "的事", "事体": "事情", "哉": "了", "没有生活做": "没有工作", "没生活做": "没工作", "伊个": "那个", "爹娘": "爸妈", "爹妈": "爸妈",
          "宝险": "保险", "独身子女": "独生子女", "独身子": "独生子", "独身女": "独生女", "按吉": "安吉", "备运": "备孕", "残疾症": "残疾证",
          "户口搭人": "户口和人", "人搭户口": "人和户口", "户口搭屋里": "户口和家", "layoff": "裁员", "Layoff": "裁员", "laid off": "被裁员", "被layoff": "被裁员", "无兴区": "吴兴区", "吴星区": "吴兴区", "常兴县": "长兴县", "德青县": "德清县", "南循区": "南浔区", "登计": "登记", "等记": "登记", "残废": "残疾", "工姿": "工资", "公资": "工资",
          "救转来": "救回来", "救勿转来": "救不回来", "迭一个": "这一个",  # Wu: "呒没救转来" (not saved), "就迭一个囡"
          "呒": "没"}  # Wu 呒 (after 呒没): 没 ("啥个退休钞票也呒拿过")  # Wu 啥个 is 什么 ("还读啥个书")
_STOP = re.compile(r"(?:那)?(?:就)?(?:算了|不问了|不用了|不查了|不要了|不弄了|不办了|先这样|就这样吧?)(?:吧|啊|呀)?")


def _years_and_months(m: "re.Match[str]") -> str:
    years, months = parse_number(m.group(1)), parse_number(m.group(2))
    if years is None or months is None or months >= 12:
        return m.group(0)
    return f"{round(years + months / 12, 2):g}年"


def _months_and_days(m: "re.Match[str]") -> str:
    months, days = parse_number(m.group(1)), parse_number(m.group(2))
    if months is None or days is None or days >= 31:
        return m.group(0)
    return f"{int(months * 30 + days)}天"


def _short_of(m: "re.Match[str]") -> str:
    mark, missing = parse_number(m.group(1)), parse_number(m.group(3))
    if mark is None or missing is None or not 0 < missing < mark:
        return m.group(0)
    return f"，一共{int(mark - missing)}{m.group(2)}"


def _months_as_years(m: "re.Match[str]") -> str:
    months = parse_number(m.group(2))
    if months is None or months >= 12 and months % 12:
        return m.group(0)
    return f"{m.group(1)}{round(months / 12, 2):g}年"


def _months_as_age(m: "re.Match[str]") -> str:
    months = parse_number(m.group(2))
    if months is None or not 12 <= months < 72:
        return m.group(0)
    return f"{m.group(1)}{int(months // 12)}岁"


# "退休金、养老金，哪一样都还没到手": a list of things, then a denial of every one of them
_DENIED_LIST = re.compile(r"^((?:[\u4e00-\u9fff]{1,6}[、，,]\s*){2,})(?:哪一样|哪样|哪个|一样|两样|几样|样样)?(?:都|也)(?:还|从来)?"
                          r"(?:没有?|不是|未)(?:到手|领|领过|拿|拿过|有|办|办过|交|交过|批|评上|沾)?(?=$|[，,。了的啊呀])")


def _items_denied(text: str) -> str:
    m = _DENIED_LIST.match(text)
    if m is None:
        return text
    items = [i for i in re.split(r"[、，,]\s*", m.group(1)) if i]
    return "、".join("没" + i for i in items) + "，" + text[m.end(1):]


# Holidays on a fixed day of the calendar ("国庆节前一天", "去年圣诞节"); lunar ones (春节, 中秋) move
# from year to year and are left as said
_HOLIDAYS = {"国庆节": (10, 1), "国庆": (10, 1), "元旦": (1, 1), "圣诞节": (12, 25), "圣诞": (12, 25),
             "五一劳动节": (5, 1), "劳动节": (5, 1), "五一节": (5, 1), "儿童节": (6, 1), "六一儿童节": (6, 1), "建军节": (8, 1),
             "双十一": (11, 11), "双11": (11, 11), "双十二": (12, 12), "双12": (12, 12),
             "三八妇女节": (3, 8), "三八节": (3, 8), "妇女节": (3, 8), "教师节": (9, 10), "建党节": (7, 1), "情人节": (2, 14),
             "植树节": (3, 12)}
_HOLIDAY = re.compile(r"(%s)(?:节)?(?:那天|当天)?(?:的)?(前一天|前两天|前三天|后一天|后两天|后三天|第二天|第三天|次日|隔天|第二日)?"
                      % "|".join(sorted(map(re.escape, _HOLIDAYS), key=len, reverse=True)))


# Solar terms fall on nearly the same day each year ("二〇二二年立秋前后出生的": August 2022)
_SOLAR_TERMS = {"立春": 2, "雨水": 2, "惊蛰": 3, "春分": 3, "清明": 4, "谷雨": 4, "立夏": 5, "小满": 5, "芒种": 6, "夏至": 6,
                "小暑": 7, "大暑": 7, "立秋": 8, "处暑": 8, "白露": 9, "秋分": 9, "寒露": 10, "霜降": 10, "立冬": 11,
                "小雪": 11, "大雪": 12, "冬至": 12, "小寒": 1, "大寒": 1}
# ("儿子落地那天是二〇二一年的夏至": 二〇二一年6月, session 25)
_SOLAR_TERM = re.compile(r"(?<=年)(?:的)?(%s)(?:节气)?(?:前后|左右|那几天|那阵子?|那会儿?|的时候|时候)?" % "|".join(_SOLAR_TERMS))


# The two solar terms residents name as a day (清明节 the day of the graves, 冬至 the longest night): the day
# each fell on, by year ("今年清明节上山扫墓": 4月5号 in 2026); said with 前后, 那几天, … they stay a month
_TERM_DAYS = {
    "清明": {2018: 5, 2019: 5, 2020: 4, 2021: 4, 2022: 5, 2023: 5, 2024: 4, 2025: 4, 2026: 5, 2027: 5, 2028: 4, 2029: 4, 2030: 5},
    "冬至": {2018: 22, 2019: 22, 2020: 21, 2021: 21, 2022: 22, 2023: 22, 2024: 21, 2025: 21, 2026: 22, 2027: 22, 2028: 21,
             2029: 21, 2030: 22},
}
_TERM_MONTH = {"清明": 4, "冬至": 12}
_TERM_DAY = re.compile(r"(?<![一二三四五六七八九十〇零\d年大])(今年|去年|前年)?(?:的)?(清明|冬至)(?:节)?(?!前后|左右|那几天|那阵|那会|前|后|以前|以后|之前|之后|节气)(?:那天|当天|那一天)?")


def _term_day(m: "re.Match[str]") -> str:
    """"去年冬至那天": the day it fell on (2025: 去年12月21号); with no year, the last one past."""
    today = clock.today()
    year = today.year - _YEARS_BACK[m.group(1)] if m.group(1) else today.year
    days = _TERM_DAYS[m.group(2)]
    if year not in days:
        return m.group(0)
    day = datetime.date(year, _TERM_MONTH[m.group(2)], days[year])
    said = m.group(1) or ""
    if not said and day > today:  # this year's is still to come: last year's
        if year - 1 not in days:
            return m.group(0)
        day = datetime.date(year - 1, _TERM_MONTH[m.group(2)], days[year - 1])
        said = "去年"
    if day > today:
        return m.group(0)
    return f"{said}{day.month}月{day.day}号"


# A birth told by a year named from this one ("大前年十月生的", "是前年十月 属兔的"): that year's number,
# so the month counts as in "2023年10月生的" (not a year's range)
_YEARS_BACK = {"今年": 0, "去年": 1, "前年": 2, "大前年": 3}
_BORN_IN_A_YEAR_NAMED = re.compile(r"(?<![一二三四五六七八九十\d])(大前年|前年|去年|今年)(?=(?:的)?(?:[一二三四五六七八九十\d]{1,3}月(?:份)?(?:[一二三四五六七八九十\d]{1,3}[号日])?)?"
                                   r"(?:的时候|那会儿?)?(?:出生|生的(?!病|气)|生下|出世|落地|[，,\s]?属[鼠牛虎兔龙蛇马羊猴鸡狗猪]))")


# The first day of the lunar year, by the calendar (the days of 正月 count from it: "大年初一", "正月初五")
_NEW_YEARS_DAY = {2018: (2, 16), 2019: (2, 5), 2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10),
                  2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3)}
_FIRST_MONTH_DAY = re.compile(r"(?<![一二三四五六七八九十\d])(今年|去年|前年)?(?:的)?(?:大年|正月)初([一二三四五六七八九十])(?![一二三四五六七八九十])")


def _first_month_day(m: "re.Match[str]") -> str:
    """"今年大年初一": the day it fell on (2026: 2月17号); with no year, the last one past."""
    offset = "一二三四五六七八九十".index(m.group(2))
    today = clock.today()
    year = today.year - _YEARS_BACK[m.group(1)] if m.group(1) else today.year
    if year not in _NEW_YEARS_DAY:
        return m.group(0)
    day = datetime.date(year, *_NEW_YEARS_DAY[year]) + datetime.timedelta(days=offset)
    said = m.group(1) or ""
    if not said and day > today:  # this year's is still to come: last year's
        if year - 1 not in _NEW_YEARS_DAY:
            return m.group(0)
        day = datetime.date(year - 1, *_NEW_YEARS_DAY[year - 1]) + datetime.timedelta(days=offset)
        said = "去年"
    if day > today:
        return m.group(0)
    return f"{said}{day.month}月{day.day}号"


def _holiday(m: "re.Match[str]") -> str:
    month, day = _HOLIDAYS[m.group(1)]
    shift = m.group(2)
    if not shift and re.match(r"(?:假期)?(?:放完假|放好假|放假回来|收假|假期结束)", m.string[m.end():]):
        return m.group(0)  # "国庆放完假回去那天": the day back after the holiday, not the holiday itself
    if shift:
        # ("国庆节第二天", "元旦次日": the day after, counted from the holiday as its first day)
        after = {"第二天": 1, "第二日": 1, "次日": 1, "隔天": 1, "第三天": 2}.get(shift)
        days = after if after is not None else {"一": 1, "两": 2, "三": 3}[shift[1]] * (-1 if shift[0] == "前" else 1)
        moved = datetime.date(2001, month, day) + datetime.timedelta(days=days)  # a year of 365 days
        if moved.year != 2001:
            return m.group(0)  # "元旦前一天": the year changes too; left as said
        month, day = moved.month, moved.day
    return f"{month}月{day}号"


# "村里个本子浪一年一只章 阿拉数过 十五只": one stamp, or one payment, a year — then the count of them is the years
_ONE_A_YEAR = re.compile(r"(?:一年|每年|年年)(?:都)?(?:盖|敲|打|交|缴|印|按)?(?:一)(只|个|枚|次|回|笔)(章|戳|印|手印)?")
_SAME_MARK = {"只": "只个枚", "个": "只个枚", "枚": "只个枚", "次": "次回笔", "回": "次回笔", "笔": "次回笔"}


# "本子浪十六只章": the stamps in the pension book, one a year, counted
_STAMPS_COUNTED = re.compile(r"((?:本子|本本|折子|缴费本)(?:上|浪|里|高头)?(?:已经)?(?:盖了|敲了|有|是)?)"
                             r"([二两三四五六七八九十百\d][一二两三四五六七八九十百\d]{0,2})(?:只|个|枚)(?:章|戳|印)")


def _marks_a_year(text: str) -> str:
    text = _STAMPS_COUNTED.sub(r"\1盖章\2年", text)
    m = _ONE_A_YEAR.search(text)
    if m is None or not re.search(r"交|缴|章|戳|养老|农保|社保|保险", text):
        return text  # (a yearly check-up done three times is no years paid)
    counted = (rf"([二两三四五六七八九十百\d][一二两三四五六七八九十百\d]{{0,2}})(?:[{_SAME_MARK[m.group(1)]}])(?:{m.group(2)})?"
               rf"(?=$|[，,。.!！?？\s了啦的])" if m.group(2) else
               rf"([二两三四五六七八九十百\d][一二两三四五六七八九十百\d]{{0,2}})(?:[{_SAME_MARK[m.group(1)]}])(?=$|[，,。.!！?？\s了啦的])")
    tail, n = re.subn(counted, r"\1年", text[m.end():])
    if not n:
        return text  # ("每年交一次": how often, no count of them said)
    return text[:m.start()] + "每年" + ("盖章" if m.group(2) else "交") + tail


def prepare(text: str) -> str:
    """The message as the reader reads it; empty when nothing is said or the resident stops ("算了")."""
    # Wu 额 for 的 after a word ("当过兵额", "哪里来额退休工资"), not in 金额, 名额, 额度
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?<![金名限定超差余份配总数面巨])额(?![度外])", "的", text or "")
    # Wu 勒 for 在 ("户口勒菱湖", "儿子勒上海"), 哉 for 了 ("走了五年哉")
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?<!勾)勒(?![索令紧])", "在", text)
    text = re.sub(r"哉(?=$|[，,。.!！?？\s])", "了", text)
    # Wu 嘞 ending a clause is 了 too ("我伲今年七十九嘞")
    text = re.sub(r"(?<=[\u4e00-\u9fff])嘞(?=$|[，,。.!！?？\s])", "了", text)
    # "我是当兵回来的 呃不是 当兵的是我哥": an interjection glued to 不是, after something told, takes it back
    # (the interjection is a filler normalize drops, which would leave a bare 不是, a no)
    text = re.sub(r"(?<=[\u4e00-\u9fff])([，,\s]+)(?:呃|哦|噢|喔|诶)+不是(?=[，,。\s]+[\u4e00-\u9fff])", r"\1不对", text)
    normalized = normalize(text)
    if _STOP.fullmatch(normalized.strip(" ，,。.!！")):
        return ""  # "算了", "不问了": the resident stops, nothing is answered
    # 繁體 著 for the particle 着 ("一直給我交著": opencc keeps 著, a character of 显著, 著名 too)
    normalized = re.sub(r"(?<=[\u4e00-\u9fff])(?<![显土原编论名专巨])著(?![名作称述录书者])", "着", normalized)
    for typo, right in _TYPOS.items():
        normalized = normalized.replace(typo, right)
    normalized = re.sub(r"(?:不|未)曾", "没", normalized)  # "从来勿曾拿过": 不曾/未曾 is 没
    # Wu 来三 for 行 after 还/都 ("手脚还来三", "身体还来三": still able), not "还来三次"
    normalized = re.sub(r"(?<=[还都也蛮])来三(?![次趟回个天年月号遍岁])", "行", normalized)
    # Wu 搭 for 给/帮 before whom it is done for ("厂里一直搭阿拉交个": 给我交), and 浪 for 上 after a
    # thing ("工资单浪扣养老", "证浪写个": 工资单上, 证上; not 浪费, 流浪, 波浪, nor 勒浪: there)
    normalized = re.sub(r"搭(?=(?:我们|我|他们|他|她|伊|你|伲)(?:一直|每个月|每年)?(?:交|缴|付|办|弄|买|扣))", "给", normalized)
    normalized = re.sub(r"(?<=[\u4e00-\u9fff])(?<![流波海巨风热声在勒辣拉])浪(?![费漫潮花头子涛])", "上", normalized)
    # Wu 拨 for the passive 被 ("拨汽车撞脱", "拨老板辞脱"), and 脱 completing a verb of loss ("撞脱": 撞了)
    normalized = re.sub(r"拨(?=[\u4e00-\u9fff]{1,4}?(?:撞|打|咬|压|轧|骗|偷|辞|开除|炒|裁|烧))", "被", normalized)
    normalized = re.sub(r"(?<=[撞压轧烧辞裁偷骗])脱", "了", normalized)
    # ... and 拨 for 给, giving someone money ("囡每个号头拨我伲三百块铜板": 给我们三百块)
    normalized = re.sub(r"拨(?=(?:我们|我|他们|他|她|伊|你|伊拉)(?:点|一点|些)?[一二两三四五六七八九十百千万几\d]*(?:块|元|百|千|万|钱|铜|生活费|零用))",
                        "给", normalized)
    # ... and 拨 after a verb of handing over ("租拨人家卖衣裳", "借拨伊"): 租给, 借给
    normalized = re.sub(r"(?<=[租借送卖让])拨", "给", normalized)
    normalized = re.sub(r"什么都(?:都|也)", "什么都", normalized)  # "样样都没有" (样样: 什么都)
    normalized = lex.canonical(normalized)  # "一分铜钿", "出啥事体": the words the phrases are written in
    normalized = normalized.replace("廿", "二十").replace("卅", "三十")  # "农保交了廿年"
    # Wu 号头 for a month of the calendar ("上个号头二十号": 上个月二十号; "两个号头" stays a span)
    # "没工作的登记": the registration of being out of work is 失业登记, not a denial ("没工作的登记上礼拜办好了")
    normalized = re.sub(r"没(?:有)?(?:工作|活干|事做)(?:的|那个|个)?登记", "失业登记", normalized)
    # Wu 今年子 for 今年 ("阿拉今年子六十一"; not 今年子女…)
    normalized = re.sub(r"今年子(?!女)", "今年", normalized)
    normalized = re.sub(r"(上|这|本|下)(?:个|只)?号头", r"\1个月", normalized)  # ("下个号头满六十": 下个月)
    # ... and for a month as a span or a rate ("一个号头三千", "每个号头", "两个号头了")
    normalized = re.sub(r"([一二两三四五六七八九十几半每\d])个号头", r"\1个月", normalized)
    # Wu 回头 for a dismissal, said of the one dismissed ("被厂里回头了": 被厂里辞退了; not "回头再说")
    normalized = re.sub(r"(被[^，,。\s]{0,5}?)回头(?=了|的|掉|$|[，,。\s])", r"\1辞退", normalized)
    # 老版 for 老板 where the boss acts ("老版一句话", "老版叫我走"); "老版的证" is an old card
    normalized = re.sub(r"老版(?=一句话|叫|让|把|说|不要|要我|开除|辞|炒)", "老板", normalized)
    # "今年五一那天": May Day, told by a day's word after it (not 五一 of a number)
    normalized = re.sub(r"(?<![一二三四五六七八九十〇零百\d])五一(?=那天|当天|假期|放假|长假|前后|的时候|期间)", "五一节", normalized)
    normalized = _HOLIDAY.sub(_holiday, normalized)  # "国庆节前一天": 9月30号
    # "她比我年轻两岁": younger by two years, as 小 says it
    normalized = re.sub(r"(比(?:我|他|她|伊))年轻(?=(?:了)?[一二两三四五六七八九十\d]{1,3}(?:周岁|岁))", r"\1小", normalized)
    normalized = _FIRST_MONTH_DAY.sub(_first_month_day, normalized)  # "今年大年初一": 今年2月17号
    normalized = _TERM_DAY.sub(_term_day, normalized)  # "今年清明节": 今年4月5号
    normalized = _BORN_IN_A_YEAR_NAMED.sub(lambda m: f"{clock.today().year - _YEARS_BACK[m.group(1)]}年", normalized)
    # "二〇二三年十月 属兔的": the sign of the year goes with the birth before it, in one clause
    normalized = re.sub(r"(年(?:[一二三四五六七八九十\d]{1,3}月(?:份)?)?)[，,\s]+(?=属[鼠牛虎兔龙蛇马羊猴鸡狗猪])", r"\1", normalized)
    # "六四年夏天七月里出世的": the month said, the season before it says nothing more
    normalized = re.sub(r"(?<=年)(?:的)?(?:春|夏|秋|冬)(?:天|季)(?:里)?(?=[一二三四五六七八九十\d]{1,2}月)", "", normalized)
    # "七月里出世的", "七月底生的": the month of a birth ("里", 出世 and 落地 are 生)
    normalized = re.sub(r"(?<=[一二三四五六七八九十\d]月)(?:里|份里)?(?:出世|落地)", "生", normalized)
    # "二十出头个平方": 出头 with a measure word after it
    normalized = re.sub(r"出头个(?=平|人|月|年)", "出头", normalized)
    normalized = _SOLAR_TERM.sub(lambda m: f"{_SOLAR_TERMS[m.group(1)]}月", normalized)  # "二二年立秋前后": 二二年8月
    # a rhetorical question is a denial: "哪有什么退休工资" (none), "哪是什么事业单位" (it is not one)
    normalized = re.sub(r"(?<![去在到从找])哪(?:里|儿)?有(?:什么|啥|啥子|啥个)", "没有", normalized)
    normalized = re.sub(r"(?<![去在到从找])哪(?:里|儿)?是(?:什么|啥|啥子|啥个)", "不是", normalized)
    # "哪里顾得上我", "哪还管得了我": asked back, a denial (顾不上我, 管不了我)
    normalized = re.sub(r"(?<![去在到从找])哪(?:里|儿)?(?:还)?(顾|管|养|照顾)得(上|了|过来|起)", r"\1不\2", normalized)
    # "哪里还会再养", "哪儿还能再生": asked back of doing it again, a denial read as "哪还会再养" (no place asked)
    normalized = re.sub(r"(?<![去在到从找])哪(?:里|儿)(?=还(?:会|能|敢|肯|想|要)再)", "哪", normalized)
    normalized = re.sub(r"(?<![一二两三四五六七八九十\d])半个多月(?!大)", "15到29天", normalized)  # "半个多月前": over a fortnight, under a month
    normalized = re.sub(r"([一二两三四五六七八九十\d]{1,3})个年头", r"\1年", normalized)  # "交了十八个年头": 18 years
    normalized = _marks_a_year(normalized)  # "一年一只章 …数过 十五只": fifteen years
    # "交到第十二个年头": paid into the twelfth year, twelve years told
    normalized = re.sub(r"(交|缴|缴费|交费)到第([一二两三四五六七八九十\d]{1,3})年(?![前后以底初])", r"\1了\2年", normalized)
    # "社保单上缴费月数写着二十七": a count of months paid, read off a record (27 months paid)
    normalized = re.sub(r"(?:缴费|交费|参保|缴纳)月数(?:上|那里|这里)?(?:写着|写的是|写的|显示|显示的是|是|有|为|一共|共|总共)?"
                        r"([一二两三四五六七八九十百\d]{1,4})(?![一二两三四五六七八九十百\d个年岁月天])", r"交了\1个月", normalized)
    # "失业保险正好交了半年": half a year of contributions is a number of years like any other
    normalized = re.sub(r"((?:交|缴|缴纳|参保|买)(?:了|过)?(?:失业保险|养老保险|社保|农保|保险)?(?:正好|刚好|刚刚|才|只|就|差不多|大概|将近|有|也有|都有)?)半年(?!多)",
                        r"\g<1>0.5年", normalized)
    # "新厂才交了半年多": more than half a year, less than one
    normalized = re.sub(r"((?:交|缴|缴纳|参保|买)(?:了|过)?(?:失业保险|养老保险|社保|农保|保险)?(?:正好|刚好|刚刚|才|只|就|差不多|大概|将近|有|也有|都有)?)半年多",
                        r"\g<1>0.5到1年", normalized)
    normalized = re.sub(r"((?:交|缴|缴纳|参保)(?:了|过)?(?:正好|刚好|刚刚|才|只|就|差不多|大概|将近)?)([一二两三四五六七八九十\d]{1,2})个月",
                        _months_as_years, normalized)  # "就交了六个月": half a year of contributions
    normalized = re.sub(r"([一二两三四五六七八九十\d]{1,3})年(?:零|又|另加|另|外加|再加|加上|加)([一二两三四五六七八九十\d]{1,2})个月", _years_and_months,
                        normalized)  # "缴满四年零三个月": 4.25 years
    normalized = re.sub(r"([一二两三四五六七八九十\d]{1,2})个(?:多)?月(?:零|又)([一二两三四五六七八九十\d]{1,3})天", _months_and_days,
                        normalized)  # "受伤到现在一个月零五天": 35 days
    # "宝宝十一个月": a child under one is 0 years old
    normalized = re.sub(r"((?:宝宝|孩子|小孩|娃娃?|小囡|囡囡|儿子|女儿)(?:现在|今年|才|刚|刚刚|刚满|满)?)"
                        r"(?:十一|十|[一二两三四五六七八九]|1[01]|[1-9])个(?:多)?月(?:大)?(?![前后以])", r"\g<1>0岁", normalized)
    # "孩子十八个月了": a child counted in months past a year is as many whole years old (1 周岁)
    normalized = re.sub(r"((?:宝宝|孩子|小孩|娃娃?|小囡|囡囡|儿子|女儿)(?:现在|今年|才|刚|刚刚|刚满|满|有|已经)?)"
                        r"([一二两三四五六七八九十\d]{1,4})个(?:多)?月(?:大)?(?=$|[了啦的，,。\s])", _months_as_age, normalized)
    normalized = re.sub(r"(?:(?<=[孩子宝娃囡])|(?<=^))(?:刚|才|刚刚)?满月(?:了)?", "0岁", normalized)  # "刚满月": one month old
    normalized = re.sub(r"([一二三四1-4])急", r"\1级", normalized)  # "二急": a typo of 二级
    normalized = re.sub(r"([一二三四1-4])(?:极|及)(?=$|[，,。.!！?？\s的残伤智肢视听精证吧啊呀哦])", r"\1级", normalized)  # "二极"
    normalized = _items_denied(normalized)
    # "缴费本上第一笔是二〇〇八年，最后一笔是二〇二二年": paid from the one year to the other
    normalized = re.sub(r"(?:第一笔|头一笔|开头那?一笔)(?:钱)?(?:是|在)?((?:19|20)\d\d|[一二][〇零九][〇零一二三四五六七八九]{2})年(?:的)?"
                        r"([，,\s]*)(?:最后一笔|末一笔|最后那一?笔)(?:钱)?(?:是|在)?((?:19|20)\d\d|[一二][〇零九][〇零一二三四五六七八九]{2})年",
                        r"从\1年交到\3年", normalized)
    # "交了十二年 离十五年还差三年": the mark less what is missing (the years had, 12)
    normalized = re.sub(r"离([一二两三四五六七八九十\d]{1,3})(年|岁)(?:还|都)?差([一二两三四五六七八九十\d]{1,2})\2", _short_of, normalized)
    # "住在，嗯，和孚的乡下": a marker whose place follows after a pause
    normalized = re.sub(r"(住在|户口在|户口是|户籍在|老家在|家在)[，,]\s*", r"\1", normalized)
    return normalized
