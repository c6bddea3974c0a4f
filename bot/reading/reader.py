"""Reads a resident's message into facts of the catalogue.

Given the question being asked (if any), the facts already known and the
message, :func:`read` returns every fact the message states — for any fact
of the catalogue, not only the one asked — each with its value and a
confidence, or recognises a non-answer (see nonanswers.py).

How: the message is split into clauses; bare answers ("有的", "不是", "七十二",
"长兴") answer the question asked; the catalogue's words for each fact are
looked up in every clause with their negation ("又不是我要辞职"); numbers are
read only as the quantity their unit names ("两个人一个月六千": a household of
two, six thousand a month; see quantities.py); facts belong to the person they
are said of (people.py). A later clause corrects an earlier one ("三级，不对，
是二级"). What merely follows from what was said (户口在外地 and working in
Huzhou: a migrant worker) is not read here but by :func:`implied`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from bot import clock
from bot.reading import lexicon as lex
from bot.reading.ages import ASKED_CHILD
from bot.reading.bare import DISABILITY_FACTS, BareReading
from bot.reading.compound import poor_family_graduate
from bot.reading.clauses import A_NOT_A, CORRECTION, HEARSAY, HYPOTHETICAL, Clause, clauses, negators_before, polarity
from bot.reading.echo import COMPARED_WITH, EchoReading, question_words
from bot.reading.implied import implied
from bot.reading.nonanswers import ALREADY_SAID, ALREADY_SAID_RE, DONT_KNOW, NOT_UNDERSTOOD_RE, classify
from bot.reading.numbers_reader import NumberReader
from bot.reading.people import ADULT_OTHERS, People
from bot.reading.grades import PAST_AFTER, PAST_BEFORE, GradeReading
from bot.reading.places import HUZHOU, PlaceReading
from bot.reading.prepare import prepare
from bot.reading.result import ANSWERED, SAID, FactReading, Reading, _Collector
from bot.reading.swap import number_swap
from bot.reading.yesno import _INTERROGATIVE, _strip, bare_boolean, question_start
from knowledge_base.eligibility import UNKNOWN
from knowledge_base.types import APPLICANT, BOOLEAN, CHOICE, NUMBER, OUTSIDE_HUZHOU, Catalogue, Fact

__all__ = ["ANSWERED", "CORRECTION", "HUZHOU", "SAID", "FactReading", "Reading", "bare_boolean", "implied",
           "question_words", "read"]


_REPAIR = re.compile(r"^(?:不对|不是不是|错了|说错了|搞错了|我是说|应该是|(?:哦|噢|喔|呃|哎|诶|唉|哎呀|哎哟|啊)(?:唷|哟|呦|呀)?(?:不对|不是?)|不不)$")
# the facts of an applicant's children (whose children: the applicant's, not the resident's own when asking for another)
_CHILDREN_FACTS = ("only_child_lost", "only_one_child", "had_another_child")
# "X也好 Y也好 我一样都没到手过": things listed, then all of them denied in a clause of their own
_LISTED = re.compile(r"(?:也好|也罢|也行|也好啦)\s*$")
_ALL_DENIED = re.compile(r"(?:我|他|她|伊|阿拉|我们|他们|我家)?(?:一样|哪样|样样|哪一样|一个|哪个|统统|全部)?(?:都|也)(?:没|没有|不|勿|呒没|冇)")
# "…那种养老 我一样也没有": a clause that is nothing but a denial of everything, right after the thing it denies
_BARE_ALL_DENIED = re.compile(r"(?:我|他|她|伊|阿拉|我们|他们|我家)?(?:一样|哪样|样样|哪一样|一个|哪个|统统|全部)(?:都|也)"
                              r"(?:没|没有|不|勿|呒没|冇)(?:有|拿|领|沾|要|到手)?(?:过)?")
# "镇浪每个号头发个保底钞票 阿拉屋里从来勿曾拿着过": a clause that only says it was never had, right after the thing told
_NEVER_HAD = re.compile(r"(?:我|我们|我家|阿拉|俺|俺家|他|她|伊|他们)?(?:家里|屋里|屋头)?(?:从来|从|一直|至今|到现在|到如今)(?:都|也)?"
                        r"(?:没有|没|勿曾|弗曾|呒没|冇|未曾|未)(?:拿|领|吃|享受|评|轮|得)(?:到|着|上)?(?:过)?(?:的)?")
# "单位给交的那种社保 他这辈子一天也没有过": a clause that only says not once in a lifetime, right after the thing told (session 28)
_NEVER_ONCE = re.compile(r"(?:我|他|她|伊|我们|他们|俺|本人)?(?:家|家里|屋里)?(?:这辈子|一辈子|这一辈子|一生|一生一世|从小到大|长这么大|活到现在|到现在|从来)?"
                         r"(?:都|也)?(?:一天|一日|一次|一回|一年|一个月|一分钱|一分)(?:也|都)(?:没有|没|不曾|未曾|未)"
                         r"(?:交|缴|参加|上|拿|领|有|沾)?(?:过)?(?:的)?")
# words of doing work, beside a word of the body ("身体还好 还能下地")
_WORK_WORDS = re.compile(r"干活|做事|做工|做生活|上班|打工|劳动|下地|下田|种地|种田|挣钱|干得动|做得动|干点|做点|能干|能做")
# a clause going on in time ("现在…", "后来…", "退休以后…") about the adult the clause before told of (session 27)
_GOES_ON_IN_TIME = re.compile(r"(?:现在|如今|眼下|目前|后来|这几年|这些年|退休(?:以|之)?后|退了休(?:以后)?)")
_PENSION_FACTS = frozenset({"receiving_basic_pension", "has_income_source", "covered_by_employee_pension"})
# "是三年", "三年", "应该是十五年": a bare number said again after a repair
# ("到现在就半年", "算下来一年半": the span up to now, told again; 半年 a half)
_RETOLD_NUMBER = re.compile(r"(?:到现在|到今天|到如今|算下来|算起来|一共|总共)?(?:也)?(?:是|应该是|其实是|实际是|就|只有|才)?"
                            r"(?:[一二两三四五六七八九十百\d]+(?:个)?(?:年半|年|岁|个月|月|天|口|口人|个人)|半年|大半年)(?:多)?(?:了|吧|的)?")
# "十月份刚办下来的", "去年就评上了": after a repair, the thing just denied done after all
_DONE_AFTER_ALL = re.compile(r"(?:其实|后来|去年|今年|前年|上个月|这个月|[一二三四五六七八九十\d]{1,2}月份?(?:里|底|初)?)?(?:就|刚|才|已经|早就|刚刚)*"
                             r"(?:办|拿|领|评|批)(?:下来|到|好|上|出来)(?:了)?(?:的)?(?:了)?"
                             # "去年我妈陪我去办了": someone went with the resident, and it was done
                             r"|(?![^，,。\s]{0,6}?(?:明天|后天|下个|下礼拜|下周|过几天|过两天|准备|打算|想|要|会))"
                             r"(?:其实|后来|去年|今年|前年|上个月|这个月)?[^，,。\s]{0,4}?(?:陪|带|领)(?:我|她|他|伊)(?:去)?"
                             r"(?:办|拿|领|评)(?:下来|到|好|出来)?(?:了)?(?:的)?")
# a brother or sister of the resident's ("我弟", "弟弟"; not 表弟, 堂哥, 邻居)
_SIBLING = r"(?:我|俺|阿拉)?(?:哥|弟|姐|妹|哥哥|弟弟|姐姐|妹妹|大哥|二哥|大姐|二姐|小弟|小妹|阿哥|阿弟|阿姐|阿妹|老弟)"
_THEIRS = re.compile(r"(?:是|归)(?:我|我们)?(?:家)?(?:%s)(?:的|家的|名下)"
                     % "|".join(re.escape(w) for w in lex.PEOPLE[lex.PARENT] + lex.PEOPLE[lex.OTHER]))
# "儿子有个", "女儿有一个", "儿子女儿都有个": a child there, said with nothing else
_CHILD_THERE = re.compile(r"(?:儿子|女儿|子女|儿女|孩子)(?:女儿)?(?:也|都)?有(?:的|个|一个|两个|三个)?(?:的)?")
# "…，你先告诉我": the resident wants to hear something first; what they said before it is what they ask
# A trade's certificate ("城里人家请带小娃娃的阿姨 有证的工钱高得多 我想去学这个 拿个证"): a certificate to be earned by a
# course or an exam, in a message with no word of a disability, is no disability certificate
_TRADE_CERTIFICATE = re.compile(r"(?:考|拿|领|办|学)(?:一)?(?:个|张|本)(?:证|证书)|考证|有证的(?:工钱|工资|阿姨|师傅|保姆|月嫂|人工)"
                                r"|(?:上岗|资格|职业|技能|从业|健康|育婴|电工|焊工|厨师)证")
_DISABILITY_WORD = re.compile(r"残|聋|哑|盲|瞎|瘫|听不见|听不到|看不见|看不到|不会说话|智力|智障|精神|肢体|视力|听力|言语|脑瘫|自闭|孤独症|唐氏|截肢|残联|[一二三四1-4]级")
# "女儿跟我户口都…", "我和老伴户口都在…": two people, then what both share
_BOTH_OF_US = re.compile(r"(?:(?:跟|和|同|与)(?:我|俺|阿拉)|(?:我|俺|阿拉)(?:跟|和|同|与)[^，,。\s]{1,3})(?:的)?(?:户口|户籍|人)?(?:都|也都|全都|侪)")
_TELL_ME_FIRST = re.compile(r"(?:那)?(?:你|您)(?:先)?(?:告诉我|跟我说|给我说|跟我讲|给我讲|说说|讲讲|说一下|讲一下)(?:一下)?")
_SERVICE_OF = re.compile(r"(?:有|出了|搞了|推出了?)(?:个|一个|种|一种|项|一项|这个|那个|这种|那种)([^，,。\s]{1,10}?)(?:的)?(?:免费)?"
                         r"(?:检查|体检|补贴|补助|政策|项目|服务|优惠|福利|津贴|待遇)")
# "批下来没有", "评上了没", "办好了没有": whether it came through, asked of oneself
_OUTCOME_ASKED = r"(?:(?:批|办|评|审|弄|报)(?:下来|上去|上|好|成|掉|通过)?(?:了)?(?:没有|没|了没有?|了吗|没呢)|结果(?:怎么样|咋样|如何|是啥|是什么|出没出来|下来没有?))"
# "不晓得俺这样够不够": unsure whether one qualifies, said beside an answer
_QUALIFY_DOUBT = re.compile(r"(?:不知道|不清楚|不晓得|说不准)[^，,。？?！!\s]{0,3}(?:我|俺|阿拉|我们|他|她|伊)(?:这样|这种|迭种|这个样子|这情况|这种情况)"
                            r"(?:的)?(?:情况)?(?:够不够|算不算|行不行|能不能|可不可以|符不符合|符合不符合|够得上)")
# "听说政府有便宜的房子租": what a public body has or gives, heard of or asked about, is not the household's
_OFFERED = re.compile(r"(?:政府|国家|公家|上面|社区|村里|街道|镇上|民政)(?:那边|那里|这边)?(?:有|会给|能给|给不给|提供|有没有)"
                      r"(?!我|俺|阿拉|了)([^，,。？?！!\s]{1,12})")
# "村里每个月打钱的那种": money a public body pays is no supporter's and no earnings ("儿子每个月打钱" is)
_PAID_BY_A_BODY = re.compile(r"(?:政府|国家|公家|上面|社区|村里|村上|村委|村委会|街道|镇上|镇里|民政)(?:每个?月|每月|按月|每年|都|会|就|一直|定期)*"
                             r"((?:打|给|发|补|汇|转)(?:的|了|过来|来)?(?:钱|钞票|铜钿)?)")
_SERVICE_NOUN = re.compile(r"([^，,。\s的]{1,6}?)的(?:免费)?(?:检查|体检|补贴|补助|政策|项目|服务|津贴|待遇)")
EVENT_FACTS = ("sudden_hardship", "only_child_lost", "involuntary_job_loss")
_THAT_EVENT = re.compile(r"^(?:就是|正是|还不是|不就是|就因为|都是因为|都怪)[^，,。\s]{0,8}?那(?:一)?(?:场|次|回)[\u4e00-\u9fff]{1,6}")
# an event years ago: "前年", "三年前", "那年", "第三个年头", "早些年"
_LONG_AGO = re.compile(r"前年|大前年|(?:[一二两三四五六七八九十几\d]+|好几|多|好多)年(?:前|以前|了)|那年|那一年|那几年|"
                       r"第[二三四五六七八九十\d]+(?:个)?年头|早(?:些|几)?年|年轻(?:的)?时(?:候)?|小时候")


# a question listing things any one of which is a yes: "有生活来源吗（工资、养老金、子女给的钱等）"
_ANY_ONE = re.compile(r"有[^（？?]*吗[？?]?（([^）]+?)等）")
_LONG_AGO_OR_BEFORE = re.compile(r"以前|原来|过去|之前|早先|从前|本来")

# 低保 named as a measure of income: "低保标准", "低保那个数", "低保的两倍", "比低保高"
_A_MEASURE_AFTER = re.compile(r"^(?:的|那个|这个|那条|的那个)?(?:标准|线|数|水平|金额|倍|[一二两三四\d]+倍|两倍|双倍|一倍)")
_A_MEASURE_BEFORE = re.compile(r"(?:比|超过|超出|高于|低于|不到|达不到|够不着|够不上|够得上|够|达到|到|过|赶不上)(?:了)?(?:那个|这个)?$")

# a clause that only names a kind someone else spoke of ("村里说的那种特殊困难户", "你讲的这个低保")
_NAMED_BY_OTHERS = re.compile(r"[^，,。\s]{0,6}?(?:说|讲|提|问)的(?:那种|那个|这种|这个|那类|这类|那些|这些)"
                              r"[^，,。？?\s没不无未非是有在了过吗呢吧]{1,10}")
# who a service is for, as others told it: "老乡讲屋里有残疾人的", "听说家里有老人的"
_KIND_HEARD = re.compile(r"(?:听说|听人(?:家)?(?:讲|说)|听讲|据说|(?:老乡|邻居|村里人|别人|人家|朋友|亲戚|同事|工友)(?:讲|说))"
                         r"(?:的)?(?:像)?(?:屋里|家里|家中|家)?有[^，,。\s]{1,8}的(?:人家|家庭|人|话)?$")
_YEAR_SAID = re.compile(r"((?:19|20)\d\d|[一二][〇零九][〇零一二三四五六七八九]{2})年(?!级)")


# a death told without whose it is: "人已经没有了", "还是没挺过去", "没抢救过来"
_DIED_UNNAMED = r"人(?:已经|早就|早)?没(?:有)?了|没(?:有)?(?:挺|撑|熬)过(?:去|来)|没(?:有)?(?:抢)?救(?:过来|回来)"


def _long_ago(text: str) -> bool:
    """"那年", "前年", "二〇二一年大三的时候查出白血病": a time long past (two calendar years back or more)."""
    if _LONG_AGO.search(text):
        return True
    for m in _YEAR_SAID.finditer(text):
        digits = m.group(1).translate(str.maketrans("〇零一二三四五六七八九", "00123456789"))
        if digits.isdigit() and int(digits) <= clock.today().year - 2:
            return True
    return False


@lru_cache(maxsize=512)
def _words(text: str) -> tuple:
    import jieba

    return tuple(jieba.lcut(text))


# A card other than the disability certificate, said just before a bare 证
_OTHER_CARD = re.compile(r"(?:居住|暂住|身份|结婚|离婚|准生|出生|驾驶|驾|行驶|房产|不动产|毕业|学生|工作|资格|营业|健康|光荣|独生子女|准考|户口)$")

# "老伴早走了", "老伴前年走的", "老头子过世多年": the spouse dead
_SPOUSE_GONE = re.compile(r"(?:老伴儿?|老头子|老太婆|老婆子|老婆|老公|丈夫|妻子|爱人|男人)[^，,。\s]{0,5}?"
                          r"(?:走了|走的|走得早|去世|过世|不在了|没了|死了|病故|先走)")
# "也没孩子", "没有孩子", "膝下一个孩子也没养过", "孩子也没生过": no child ever, the whole clause
_NO_CHILD_EVER = re.compile(r"(?:也|又|还|我|我们|我俩|家里|膝下)*(?:没有?|无)(?:生过|养过|要过|生|养)?(?:个|一个)?(?:孩子|子女|小孩|儿女)(?:了|呢|啊)?"
                            r"|(?:膝下|我们|我俩)?(?:一个)?(?:孩子|子女|小孩|儿女)(?:也|都)?(?:一个)?(?:也|都)?没(?:有|生过|养过|要过|生|养)(?:了|过)?")

# A reading the rest of the message takes back: (fact, value read, words that take it back, words that keep it
# anyway, kept when that fact is the one asked). Left unread, the form asks; never read wrong.
CONTRADICTED: Tuple[Tuple[str, Any, "re.Pattern[str]", Optional["re.Pattern[str]"], bool], ...] = (
    # "老婆带着孩子走了", "只有一个囡嫁到江西去哉": the child went away with someone, or married away — no death
    ("only_child_lost", True,
     re.compile(r"(?:带着|带了|领着|抱着|跟着)(?:孩子|儿子|女儿|囡|小囡|伲子|闺女)[^，,。.；;！!？?\s]{0,4}(?:走了|走|去了)"
                r"|(?:嫁到|嫁去|嫁给|嫁在|去了|到)[^，,。.；;！!？?\s]{1,8}去了"),
     re.compile(r"去世|过世|没了|死|病故|淹|没抢救|没救|不在了|走脱了|离开人世|车祸|出事"), False),
    # a child told to run a business or be well off ("伲子勒上海开公司 …钞票一分也勿拨 …呒人管个老头子"): someone able to support
    # is there, even if he does not — "no one looks after me" is how it feels, not that no one is able (left to ask)
    # ("囡儿嫁到杭州去哉": a daughter married away is there too; whether she is able is asked, not read as no one)
    ("has_able_supporter", False,
     re.compile(r"(?:儿子|女儿|子女|儿女|伲子|囡|闺女)[^，,。.；;！!？?]{0,8}(?:开公司|开厂|办厂|做生意|当老板|开店|开饭店|有钱|发财|做老板"
                r"|嫁到|嫁在|嫁去|(?:在|勒)[^，,。.；;！!？?\s]{1,6}(?:上班|工作|打工|做生意))"), None, True),
    # "伲子有钞票个 就是勿肯拿出来": money the son has but will not give is no income source of the applicant's
    ("has_income_source", True,
     re.compile(r"不肯|不愿意?(?:给|拿|出)|不给|不拿出来|一分(?:也|都)不(?:给|拨|拿)|不拨|不管(?:我|他|她)"), None, True),
    # "名下还有一间店面…早卖掉了": a property sold, given away or not the household's is no asset beyond the home
    ("assets_within_local_rules", False,
     re.compile(r"卖掉|卖了|卖出去|卖给|转让|过户|转给|送给|不在我名下|不是我的|不是我们的|别人的|抵债|拍卖"), None, False),
)


class _Reader(PlaceReading, GradeReading, EchoReading, BareReading):
    def __init__(self, text: str, catalogue: Catalogue, asked: Optional[str], known: Mapping[str, Any],
                 relevant: Sequence[str]):
        self.text = text
        self.catalogue = catalogue
        self.facts: Mapping[str, Fact] = catalogue.facts
        self.asked = asked if asked in catalogue.facts else None
        self.known = known
        self.lex = lex.lexicon(catalogue)
        self.out = _Collector()
        age = known.get("age")
        self.people = People(self.lex, known.get("applicant"),
                             minor=isinstance(age, (int, float)) and not isinstance(age, bool) and age < 18)
        self.numbers = NumberReader(self, relevant)
        self.relevant = set(relevant)
        self.place: Optional[str] = None
        self.pending: List[tuple] = []  # (key, value, confidence, role): an applicant's fact said of someone else
        self.topic: Optional[str] = None  # the place fact the message is about (户口 or where one lives)
        self.districts: List[tuple] = []  # (fact, place, role), kept once whose place it is is known
        self.questions = 0  # clauses that ask something back
        self.clause_text = ""
        self.clause_start = 0
        self.given: List[tuple] = []  # (key, value, confidence): money someone else gives the applicant
        self.asked_of_us: set = set()  # starts of clauses that ask the assistant ("…，你先告诉我")
        self.told: List[tuple] = []  # (key, value, clause text) of every reading added, in order

    # -- the walk over clauses ------------------------------------------------
    def run(self) -> Reading:
        parts = clauses(self.text)
        self.people.detect_applicant(self.text)
        last_told: List[tuple] = []  # what the clause read last said
        taken_back: Dict[str, int] = {}  # fact -> where in self.told the repair came
        denied_then: List[str] = []  # the facts a repair just took back a no of
        retold: Optional[str] = None  # the one number a repair took back, told unasked: read as if asked after it
        for i, clause in enumerate(parts):
            bare = _strip(clause.text)
            if (_REPAIR.match(bare) and i < len(parts) - 1) or CORRECTION.fullmatch(bare):
                self.out.repaired = True
                for key, _, _ in last_told:  # "家里两口子都没活干 哦不对 我老婆…找到活了": the clause before is taken back
                    taken_back.setdefault(key, len(self.told))
                denied_then = [key for key, value, _ in last_told if value is False]
                # "社保交了五年 哦不对 …是三年" told unasked: the one number taken back is what the bare number after it says
                numbers = list(dict.fromkeys(key for key, _, _ in last_told if self.facts[key].type == NUMBER))
                retold = numbers[0] if self.asked is None and len(numbers) == 1 else retold
                last_told = []
                continue
            told_before = len(self.told)
            if i < len(parts) - 1 and re.fullmatch(r"(?:哦|噢|喔|啊|哎|诶|还有)?对了", clause.text.strip()):
                continue  # "哦对了，户口我说错了": "by the way", not a yes
            if _TELL_ME_FIRST.fullmatch(_strip(clause.text)) or (
                    i < len(parts) - 1 and _TELL_ME_FIRST.fullmatch(_strip(parts[i + 1].text))):
                self.questions += 1  # "湖州低保一个人每月能拿几百块，你先告诉我": asked of us, not said
                self.asked_of_us.add(clause.start)
                continue
            if self.asked and self._checked_back(parts, i):
                continue  # "着火那种？没有没有": the question's case asked back, then the answer
            if self.asked and i < len(parts) - 1 and self.text[clause.end:clause.end + 1] in ("？", "?") \
                    and len(_strip(clause.text)) <= 4 and not question_start(clause.text, "？") \
                    and bare_boolean(clause.text) is None and not re.search(r"\d|[一二两三四五六七八九十]", clause.text):
                continue  # "读书？我小学也没读完": the question's word asked back, then the answer
            if retold is not None and _RETOLD_NUMBER.fullmatch(bare):
                self.asked = retold  # ("是三年": the bare number, as the answer to what was taken back)
                self._clause(clause)
                self.asked = None
                again = self.out.found.get(retold)
                if again is not None and again.how == ANSWERED:  # (said, not answered: nothing was asked)
                    self.out.found[retold] = FactReading(retold, again.value, again.confidence, SAID)
            else:
                self._clause(clause)
            self.people.advance(clause.text)
            last_told = self.told[told_before:]
            if denied_then and not last_told and _DONE_AFTER_ALL.fullmatch(bare):
                # "我们没给她办残疾证 啊不对 十月份刚办下来的": the no taken back, and the thing done after all
                self.clause_text = clause.text
                for key in denied_then:
                    self.add(key, True, 0.8)
                last_told = self.told[told_before:]
            denied_then = []
        for key, at in taken_back.items():
            if self.facts[key].type != NUMBER and not any(k == key for k, _, _ in self.told[at:]):
                self.out.found.pop(key, None)  # not said again after the repair: left to ask
        self._resolve_people()
        self.numbers.finish()
        own = {key for key, _, role in self.districts if role in (None, "pronoun") or self.people.is_applicant(role)}
        for key, place, role in self.districts:
            if self._a_supporter(role):
                continue
            # "我住在吴兴道场" asking for one's spouse or child: they live together
            lives_with = key == "residence_place" and role == lex.SELF and self.people.applicant in (lex.SPOUSE, lex.CHILD)
            # "女儿跟我户口都落在飞英街道": the place told of both, the applicant and the resident
            lives_with = lives_with or role == lex.SELF and self.people.applicant in (lex.SPOUSE, lex.CHILD) \
                and bool(_BOTH_OF_US.search(self.text))
            adopted = key == self.asked and key not in own and role in ADULT_OTHERS and self.people.adopt(role, True)
            if role in (None, "pronoun") or self.people.is_applicant(role) or lives_with or adopted or (
                role and role.startswith("child:") and key not in own and self._child_place_is_family()
            ):  # "我在安徽老家，儿子在吴兴打工": the resident's own place wins
                self._district(key, place)
        facts = dict(self.out.found)
        certificate = facts.get("has_disability_certificate")
        if certificate is not None and certificate.value is True and self.asked != "has_disability_certificate" \
                and _TRADE_CERTIFICATE.search(self.text) and not _DISABILITY_WORD.search(self.text):
            del facts["has_disability_certificate"]
        for key, told in self.out.said.items():
            # "我应该算退役军人，回来在工地上干了几个月": of two options told, the one the resident says they count as
            fact = self.facts.get(key)
            options = list(dict.fromkeys(v for v in told if isinstance(v, str)))
            if fact is None or fact.type != CHOICE or len(options) < 2 or key not in facts:
                continue
            chosen = [v for v in options if re.search(rf"(?:算|算是|属于|应该是|应该算)(?:一个|个)?{re.escape(v)}", self.text)]
            if not chosen and set(options) == {"退休", "其他"} and not self.out.repaired:
                # "退休了 在家带孙子": what a retired one does at home (not "没工作…就在家带孙子": out of work, at
                # home, is 其他 as the resident tells it)
                chosen = ["退休"]
            if len(chosen) == 1:
                facts[key] = FactReading(key, chosen[0], 0.85, facts[key].how)
        disabled = (facts.get("has_disability_certificate") or FactReading("", None, 0, SAID)).value is True or \
            (facts.get("disability_grade") or FactReading("", None, 0, SAID)).value in ("一级", "二级", "三级", "四级")
        child_age = (facts.get("child_age") or FactReading("", None, 0, SAID)).value
        if child_age is None:
            child_age = self.known.get("child_age")
        grown = self.known.get("age") if self.people.applicant == lex.CHILD else None
        young = (isinstance(child_age, (int, float)) and not isinstance(child_age, bool) and child_age < 18) or bool(
            re.search(r"孩子|小孩|宝宝|娃|囡|幼儿园|小学|初中|上学|读书|念书|岁", self.text))
        if isinstance(grown, (int, float)) and not isinstance(grown, bool) and grown >= 18:
            young = False
        if self.people.applicant == lex.CHILD and disabled and "child_situation" not in facts and young:
            # "儿子四岁 有残疾证的"; not "我儿子是三级…申请的是儿子": a son of no age said may be grown
            facts["child_situation"] = FactReading("child_situation", "残疾儿童", 0.8, SAID)  # "儿子四岁 有残疾证的"
        grade = (facts.get("disability_grade") or FactReading("", None, 0, SAID)).value
        only_one = (facts.get("only_one_child") or FactReading("", None, 0, SAID)).value
        if only_one is None:
            only_one = self.known.get("only_one_child")
        if "only_child_lost" not in facts and grade in ("一级", "二级", "三级") and only_one is True and \
                re.search(r"儿子|女儿|孩子|闺女|伲子|囡", self.text):
            # "我们就一个儿子…摔下来…评的是肢体二级": the only child disabled at grade three or above
            facts["only_child_lost"] = FactReading("only_child_lost", True, 0.8, SAID)
        if "poor_family_graduate" not in facts and poor_family_graduate(self.text):
            facts["poor_family_graduate"] = FactReading("poor_family_graduate", True, 0.8,
                                                        ANSWERED if self.asked == "poor_family_graduate" else SAID)
        facts.update(number_swap(self.text, self.known, self.facts, facts))
        age = self.known.get("age")
        if "child_situation" in facts and self.asked != "child_situation" and isinstance(age, (int, float)) \
                and not isinstance(age, bool) and age >= 18 and "孤儿" not in self.text and "child_age" not in facts:
            del facts["child_situation"]  # "爸妈前些年都走了" of a man of 45: no orphan child
        poor = facts.get("child_situation")
        if poor is not None and poor.value == "家庭经济困难" and self.asked != "child_situation" \
                and "child_situation" not in self.relevant and self.known.get("child_age") is None \
                and "child_age" not in facts and self.people.applicant != lex.CHILD and self.asked != "training_group" \
                and (self.asked == "has_able_supporter"  # "两个女儿都嫁得远 自己日子也紧": the supporters' hardship
                     or not re.search(r"孩子|小孩|儿子|女儿|闺女|子女|儿女|娃|囡|宝宝|孙子|孙女|外孙|学生|读书|上学|念书|(?<!大专)(?<!大学)(?<!本科)(?<!研究生)毕业|孤儿", self.text)):
            del facts["child_situation"]  # "我们家是低保户" with no child spoken of: the household's, no child's situation
        if poor is not None and poor.value == "残疾儿童" and self.asked != "child_situation" \
                and "child_situation" not in self.relevant and not young and "child_age" not in facts \
                and self.known.get("child_age") is None and not re.search(r"学校|学生|老师|年级|班", self.text):
            del facts["child_situation"]  # "女儿的残疾证是肢体二级": a daughter of no age said may be grown
        self._only_elsewhere(facts)
        self._home_village_house(facts)
        self._moved_here(facts)
        self._hukou_back_home(facts)
        self._lives_there(facts)
        self._no_employee_pension(facts)
        self._never_employed(facts)
        self._pregnant_now(facts)
        self._applied_only(facts)
        self._only_child_not_saved(facts)
        self._another_child_living(facts)
        self._contradicted(facts)
        self._no_one_able(facts)
        self._widowed_childless(facts)
        self._one_of_several(facts)
        self._then_and_now(facts)
        self._listed_then_denied(facts)
        self._health_is_no_work(facts)
        dont_know = bool(DONT_KNOW.search(self.text))
        alternatives = self._alternatives()
        said = facts.get(self.asked) if self.asked else None
        if alternatives is None and said is not None and self.facts[said.key].type == NUMBER and dont_know \
                and isinstance(said.value, (int, float)) and not isinstance(said.value, bool) and said.value > 0 \
                and re.search(r"左右|上下|差不多|大概|大约", self.text) and re.search(r"(\w)[没不]\1", self.text):
            # "交了一年左右，到底满没满一年他自己也说不清": about that, maybe under it: a range around it
            alternatives = {"from": round(said.value * 0.85, 2), "to": round(said.value * 1.15, 2)}
        if alternatives is None and said is not None and self.facts[said.key].type == NUMBER \
                and isinstance(said.value, (int, float)) and not isinstance(said.value, bool) and said.value > 0 \
                and re.search(r"左右|上下|差不多|大概|大约", self.text) \
                and re.search(r"(?:也|又|还)?(?:可能|也许|说不定|兴许)(?:还)?(?:差(?:一点|一些|点|几天|几个月)|不到|不够|不满|没到|没满)", self.text):
            # "交了一年左右，也可能还差一点": about that, maybe under it: a range around it
            alternatives = {"from": round(said.value * 0.85, 2), "to": round(said.value * 1.15, 2)}
        if alternatives is not None and self.asked:
            # "可能十个月，也可能过了一年了": either, a range over both, not "don't know"
            facts[self.asked] = FactReading(self.asked, alternatives, 0.8, ANSWERED)
            dont_know = False
        if self.asked == "household_has_disabled" and self.asked not in facts and (
                (getattr(facts.get("disability_grade"), "value", None) == "无残疾"
                 or getattr(facts.get("has_disability_certificate"), "value", None) is False)
                and not any(r not in (lex.SELF, "pronoun") for _, _, r in self.people.mentions(self.text))):
            # "屋里人手脚都好，呒没残疾" to "家里有持证的残疾人吗": no one in the household ("阿拉两个老个手脚还来三
            # 呒没残疾证": no certificate, and no one but the speaker's own household named)
            facts[self.asked] = FactReading(self.asked, False, 0.8, ANSWERED)
        poor = facts.get("child_situation")
        if self.asked == "training_group" and self.asked not in facts and poor is not None and poor.value == "家庭经济困难" \
                and re.search(r"我是(?:家里|家中|他们|我们家)?(?:的)?(?:老大|老二|老三|老幺|老小|长子|长女|孩子|子女|儿子|女儿|小孩)", self.text):
            # "我家是村里建档立卡的，我是家里老大": a child of a poor family
            facts[self.asked] = FactReading(self.asked, "贫困家庭子女", 0.8, ANSWERED)
        veteran = facts.get("veteran")
        if self.asked == "training_group" and self.asked not in facts and veteran is not None and veteran.value is True:
            facts[self.asked] = FactReading(self.asked, "退役军人", 0.8, ANSWERED)  # "在部队待过五年，前年脱的军装"
        group = facts.get("training_group")
        if group is not None and group.value == "失业人员或转岗职工" and veteran is not None and veteran.value is True \
                and not self.out.repaired:
            # "当过五年兵 前年退下来的 现在没工作": a veteran out of work, of the veterans' group the resident told of
            facts["training_group"] = FactReading("training_group", "退役军人", group.confidence, group.how)
        if self.asked not in ("is_student", "employment_status") and re.search(
                r"(?:已经|早就|刚|去年|前年|今年|上个月)[^，,。\s]{0,4}毕业|毕业了", self.text) \
                and not re.search(r"还在(?:读|上|念)|在读|读研|考研|(?:现在|今年)[^，,。\s]{0,4}(?:读|上|念)", self.text):
            # "上大学全靠助学贷款 去年刚本科毕业": the school years told are over, no student now
            if getattr(facts.get("is_student"), "value", None) is True:
                del facts["is_student"]
            if getattr(facts.get("employment_status"), "value", None) == "在校学生":
                del facts["employment_status"]
        working = facts.get("employment_status")
        if self.asked == "is_student" and self.asked not in facts and working is not None and working.value in ("在职", "务农") \
                and not re.search(r"兼职|勤工俭学|实习|暑假|寒假|假期|课余|放学|周末|边读|一边", self.text) \
                and not (self.people.applicant is None and any(k == "is_student" for k, _, _, _ in self.pending)):
            # "小儿子在工地上干活" asked whether he is a student: at work now, not at school (not "儿子在读高中，
            # 我在厂里上班": which of the two is asked about is not said)
            facts[self.asked] = FactReading(self.asked, False, 0.75, ANSWERED)
        if self.asked == "sudden_hardship" and self.asked not in facts and any(
                _THAT_EVENT.search(c.text) and not re.search(r"没|不|无", c.text) and not _long_ago(c.text) for c in clauses(self.text)):
            # "就是上礼拜二那场塌方" asked about a sudden hardship: the story's event, pointed back to
            facts[self.asked] = FactReading(self.asked, True, 0.8, ANSWERED)
        if self.asked and self.asked not in facts:
            follows = implied({**self.known, **{k: r.value for k, r in facts.items()}})
            if self.asked in follows:  # "我又不残疾": no certificate either
                facts[self.asked] = FactReading(self.asked, follows[self.asked], 0.8, ANSWERED)
        outcome = re.search(r"(?:(\w)[没不]\1|" + _OUTCOME_ASKED + r").{0,8}(?:不知道|不清楚|说不准|不晓得|讲不清)", self.text)
        outcome_unknown = outcome is not None and not self._doubt_beside_number(facts, outcome)
        hedged = self.asked in facts and bool(
            ((facts[self.asked].confidence < 0.9 or dont_know) and re.search(r"好像|可能|大概|估计|应该", self.text))
            # "现在还有没有我不知道", "证是有一本，是不是第二代我不晓得": the doubt is about the answer
            or outcome_unknown
            # "不清楚标准，无法判断人均收入是否低于标准": the question is theirs too, not a no
            # ("钱时有时无…跟那个线比是高是低我真算不清": whether it is above or below, they cannot say)
            or (dont_know and facts[self.asked].confidence < 0.9 and re.search(
                r"是否|是不是|有没有|够不够|算不算|是高是低|是低是高|高还是低|低还是高|高不高|低不低", self.text)
                # ("残疾证一直没去办 不晓得俺这样够不够": the doubt is whether they qualify, not the answer — the lead's
                # session 23)
                and not _QUALIFY_DOUBT.search(self.text)))
        about_other = False  # the resident is unsure of something else than the question asked
        if dont_know and self.asked not in facts and (re.search(r"好像|可能|大概|估计|说不准", self.text) or re.search(
                _OUTCOME_ASKED + r".{0,8}(?:不知道|不清楚|说不准|不晓得|讲不清)", self.text)):
            for key, found in list(facts.items()):  # "低保好像去年申请过，批没批下来我不知道"
                if self.facts[key].type == BOOLEAN and found.confidence < 0.9:
                    facts[key] = FactReading(key, UNKNOWN, 0.9, found.how)
                    about_other = True
        if self.asked and dont_know and all(DONT_KNOW.search(c.text) for c in clauses(self.text)):
            hedged = True  # "不清楚，从来没算过": every clause says they do not know
        if hedged and self.asked in facts and self.facts[self.asked].type == NUMBER and isinstance(facts[self.asked].value, dict) \
                and not outcome_unknown:
            hedged = False  # "大概三到五年吧，记不清了": the doubt is the range said, not an unknown
        if self.asked and (self.asked not in facts or hedged) and dont_know and not about_other \
                and not NOT_UNDERSTOOD_RE.search(self.text):
            # "低保……好像报上去了，批没批下来我不知道": unknown, not a guess
            facts[self.asked] = FactReading(self.asked, UNKNOWN, 0.95, ANSWERED)
        if self.asked == "migrant_worker" and self.asked not in facts and getattr(facts.get("hukou_place"), "value", None) == OUTSIDE_HUZHOU \
                and re.search(r"(?:我|本人|自己)(?:是)?(?:从)?[^，,。\s]{1,6}?(?:来的|过来的|过来打工|来湖州)", self.text) \
                and not re.search(r"(?:我|本人|自己)(?:是|就是)?(?:湖州)?本地", self.text):
            # "我老婆是湖州本地的 我是河南来的": asked whether one came from elsewhere, one's home province said
            facts[self.asked] = FactReading(self.asked, True, 0.8, facts["hukou_place"].how)
        if self.asked and self.asked not in facts:
            rhetorical = self._rhetorical()
            if rhetorical is not None:
                facts[self.asked] = rhetorical
                self.questions = max(0, self.questions - 1)  # an answer, asked back: not a question
        if self.asked and self.asked not in facts and not NOT_UNDERSTOOD_RE.search(self.text):
            echo = self._echo()  # "财产规定？这说的是啥意思": the question's words, asked back, are no answer
            pieces = [_strip(c.text) for c in clauses(self.text)]
            if echo is not None and echo.value is True and len(pieces) == 2 and _BARE_ALL_DENIED.fullmatch(pieces[1]):
                # "每个月到点打钱的那种养老 我一样也没有": the question's words echoed, then a clause denying them all
                echo = FactReading(self.asked, False, min(echo.confidence, 0.8), echo.how)
            if echo is not None:
                facts[self.asked] = echo
        if self.asked in facts and self._asks_what_it_means():
            del facts[self.asked]  # "家庭财产符合当地规定，这个财产具体指哪些东西": the question's words, not understood
        non_answer = classify(self.text, self.asked, self.asked in facts, self.questions > 0,
                              said=bool(facts) and bool(CORRECTION.search(self.text)))
        if non_answer == ALREADY_SAID and re.fullmatch(
                r"\s*[\u4e00-\u9fff]{1,8}?(?:的事情?|这个事情?|那个事情?|这件事|那件事|的问题|的情况|这一条|那一条)"
                r"[\s，,]*(?:我|俺|阿拉|我们)?[^，,。\s]{0,14}"
                # "残疾证的事我上面说过了 你往上翻翻": where to look for it
                r"(?:[\s，,]+(?:你|您)?(?:再)?(?:往上|往前)?(?:翻翻|看看|翻一下|看一下|找找|翻一翻|看一看))?", self.text) \
                or non_answer == ALREADY_SAID and re.match(
                    r"\s*(?:哪|什么|啥|几|多少)[^，,。\s]{0,10}?的(?:事)?(?:我|俺|阿拉|我们)?", self.text):
            # "低保的事我开头就讲了呀": the topic named, the answer said before — nothing said now
            # ("哪天被辞退的我刚才都写在上面了": what was told, named by its question)
            facts = {}
        said_before = ALREADY_SAID_RE.search(self.text) if non_answer == ALREADY_SAID else None
        told_again = re.split(r"[，,。；;！!？?\s]", self.text[said_before.end():])[0] if said_before else ""
        if said_before and re.search(r"(?:哪里|哪儿|哪|什么|啥|几|多少)[^，,。\s]{0,8}的$", told_again) \
                and not re.search(r"没|不|无", told_again):
            facts = {}  # "我一开头就讲了我是从哪来打工的": what was told, named by its question, is not told again
        repeated = [c for c in clauses(self.text)
                    if re.fullmatch(r"[\u4e00-\u9fff]{1,8}?([有是办领交在算])[没不]\1(?:有)?(?:啊|呀|呢)?", c.text.strip())]
        if non_answer == ALREADY_SAID and repeated and all(
                c in repeated or re.fullmatch(r"(?:我|俺|阿拉)?[^，,。\s]{0,4}", ALREADY_SAID_RE.sub("", c.text).strip())
                for c in clauses(self.text)):
            facts = {}  # "残疾证有没有 我一开头就交代清楚了": the question repeated, the answer said before
        applicant = self.people.applicant if self.people.applicant != self.known.get("applicant") else None
        return Reading(facts, non_answer, bool(CORRECTION.search(self.text)), applicant, self.place, self.questions > 0)

    def _doubt_beside_number(self, facts: Dict[str, FactReading], doubt: "re.Match[str]") -> bool:
        """"交了十三四年 中间停没停过我说不准": a number asked for, told in a clause of its own, and a
        doubt whether something else happened (停没停, not 满没满 or 够不够 the number itself) — the
        number stands."""
        said = facts.get(self.asked) if self.asked else None
        if said is None or self.facts[said.key].type != NUMBER or isinstance(said.value, bool) \
                or not isinstance(said.value, (int, float, dict)):
            return False
        if doubt.group(1) is None or doubt.group(1) in "满够到足过超有":
            return False  # "满没满一年": the doubt is of the number
        told = [text for key, _, text in self.told if key == said.key]
        return bool(told) and all(doubt.group(1) not in text for text in told)  # ("交了十年 交没交满…": the number's own verb)

    def _asks_what_it_means(self) -> bool:
        """"家庭财产符合当地规定，这个财产具体指哪些东西": the resident repeats the question's words and
        asks what one of them means."""
        # ("政府规定的那种困难人员 具体指哪些人": the question's words, named as a rule's, before the question)
        # ("县级以上规定的困难人员 这是啥意思啊": the rule's own wording, with no 那种)
        head = re.match(r"\s*(?:[\u4e00-\u9fff]{0,6}?(?:规定|说|讲|提)的(?:那种|那个|这种|这个|那类|这类)?)?([\u4e00-\u9fff]{2,8})[\s，,？?]+(.+)$",
                        self.text)
        if head and self.asked is not None and NOT_UNDERSTOOD_RE.search(head.group(2)) \
                and any(word in head.group(1) for word in question_words(self.facts[self.asked])) \
                and not re.search(r"[没不无未]|有|是", head.group(1)) \
                and self.asked not in _Reader(head.group(2), self.catalogue, self.asked, self.known, ()).run().facts:
            # "特殊困难人员 我听不懂 是指什么人": the question's words alone, then not understood
            return True
        m = re.search(r"([\u4e00-\u9fff]{1,8}?)(?:具体|到底)?(?:指的是|是指|指)(?:啥|什么|哪些|哪几|哪种|哪一种|哪类|哪样)|"
                      r"([\u4e00-\u9fff]{1,8}?)(?:具体|到底)?(?:是)?(?:啥|什么)意思|"
                      # "事业单位是哪种单位 学校医院算不算": the question's term asked about
                      r"([\u4e00-\u9fff]{2,8}?)是(?:哪种|哪一种|哪类|哪一类)(?:单位|人|情况)", self.text)
        if m is None:
            return False
        term = re.sub(r"^(?:这个|那个|这|那|你说的|你讲的|你问的)", "", m.group(1) or m.group(2) or m.group(3))
        if term in ("句话", "句", "个词", "几个字", "个说法", "条") and self.asked is not None and any(
                word in self.text[:m.start()] for word in question_words(self.facts[self.asked])) \
                and not re.search(r"[没不无未]", self.text[:m.start()]):
            return True  # "支出突然增加超出承受能力 这句话啥意思": the question's words, repeated and asked about
        if term and self.asked is not None and m.start() == 0 and any(
                word in term or term in word for word in question_words(self.facts[self.asked])) \
                and not re.search(r"[没不无未有是]", term[:1]) and not (self.text[m.end():].strip() and self.asked in
                                                                 _Reader(self.text[m.end():], self.catalogue, self.asked,
                                                                         self.known, ()).run().facts):
            # "支出突然增加是指哪种": the question's words, said only to ask what they mean (no answer after them)
            return True
        # the answer is the question's words repeated, the term among them ("没存款，财产指的是啥": 没存款 answers)
        return bool(term) and self.asked is not None and term in self.text[:m.start()] and any(
            word in term or term in word for word in question_words(self.facts[self.asked]))

    def _applied_only(self, facts: Dict[str, FactReading]) -> None:
        """"低保是我妈去弄的", "低保报上去了，还在等", "低保我爸在办": an application, its
        outcome not said, is no status had: 不知道, never a guessed yes."""
        for key in ("dibao_household", "extreme_poverty_supported"):
            found = facts.get(key)
            if found is None or found.value is not True:
                continue
            if not re.search(r"(?:去|在|正在)(?:弄|办|申请|报|跑)(?:的|了|着)?(?!下来)|(?:报|递|交|提)上去|申请(?:了|过|的|着)|在审|审核中|等(?:批|审|消息|通知|结果)", self.text):
                continue
            if re.search(r"批(?:了|下来了|下来的|好了|掉了)|办(?:下来|好)了|评上了|开始(?:吃|领|拿|享受)|(?:已经|早就)(?:是|批|办|在吃|在领|享受)|在吃|吃着|领着|拿着|每个月(?:都)?(?:有|领|拿|发)|享受着?|是低保户|是特困|低保户了"
                         # "屋里拿低保个 前年村里帮报上去个": receiving it, the application long done
                         r"|(?<![想要能去])(?:拿|领|吃)(?:着)?(?:低保|特困)",
                         self.text):
                continue  # "低保是我妈去办的，每个月都有": the status had
            facts[key] = FactReading(key, UNKNOWN, 0.8, found.how)

    def _contradicted(self, facts: Dict[str, FactReading]) -> None:
        """A reading the rest of the message takes back (CONTRADICTED): left unread rather than read wrong."""
        for key, value, told, unless, kept_if_asked in CONTRADICTED:
            found = facts.get(key)
            if found is None or found.value is not value or (kept_if_asked and self.asked == key):
                continue
            if told.search(self.text) and not (unless and unless.search(self.text)):
                del facts[key]

    def _another_child_living(self, facts: Dict[str, FactReading]) -> None:
        """"儿子十年前就没了，女儿自己也在透析": a son lost and a daughter living — no only child lost."""
        lost = facts.get("only_child_lost")
        if lost is None or lost.value is not True or self.asked == "only_child_lost":
            return
        if re.search(r"独生|唯一|就一个|只有一个|独养|就这一个|失独|就这么一个|就伊一个", self.text):
            return
        kinds = {("son" if re.search(r"儿子|伲子|小子", w) else "daughter")
                 for w in re.findall(r"儿子|伲子|小子|女儿|闺女|囡", self.text)}
        if len(kinds) > 1:
            del facts["only_child_lost"]

    def _widowed_childless(self, facts: Dict[str, FactReading]) -> None:
        """"七十九了 老伴早走了 也没孩子", "老伴前年走的 膝下一个孩子也没养过": the spouse dead and no child
        ever had — no one bound to support the applicant, whatever was asked. Not with a child or grandchild
        named anywhere ("没孩子在身边": children there, only away), nor when the form is for someone else."""
        key = "has_able_supporter"
        if key in facts or key not in self.facts or self.people.applicant not in (None, lex.SELF):
            return
        if not _SPOUSE_GONE.search(self.text) or re.search(r"儿子|女儿|闺女|伲子|囡|孙|侄|外甥|兄弟|姐妹|哥|姐|弟|妹", self.text):
            return
        if any(_NO_CHILD_EVER.fullmatch(clause.text) for clause in clauses(self.text)):
            facts[key] = FactReading(key, False, 0.8, ANSWERED if self.asked == key else SAID)

    def _no_one_able(self, facts: Dict[str, FactReading]) -> None:
        """"能指望的只有一个侄子，他中风瘫着呢", "三个儿子，大的在坐牢，二的瘫着，小的失踪了": asked who could
        support the applicant, every one there is (told as all: 只有, 就一个, or as many as counted) cannot —
        no supporter. Without a word that they are all, nothing is read (others may be there)."""
        key = "has_able_supporter"
        if self.asked != key or key in facts:
            return
        counted = re.search(r"([两三四五2-5])个(?:儿子|女儿|孩子|子女|儿女|小孩)", self.text)
        only = re.search(r"只有|就一个|唯一|就剩|只剩|就这么一个|就这一个", self.text)
        if not (counted or only):
            return
        persons, pending, unable_items = 0, False, 0
        for clause in clauses(self.text):
            text = clause.text
            if counted and clause.start <= counted.start() < clause.end and re.fullmatch(
                    r"(?:我|我们|有|生了|养了|一共|总共|就)*" + re.escape(counted.group(0)) + r"(?:呢|啊)?", text):
                continue  # "三个儿子": the count heading the list
            named = [r for a, b, r in self.people.mentions(text) if r not in (lex.SELF, "pronoun") and text[a:b] not in lex.PRONOUNS + ("自己", "自个儿", "本人")]
            item = bool(re.match(r"(?:老|最)?(?:大|二|三|小)的|老[大二三四小]", text))
            pronoun = bool(re.search(r"他|她|伊", text)) and not named
            cannot = bool(_CANNOT_SUPPORT.search(text))
            if named or item:
                if pending:
                    return  # one named before, of whom nothing was said that they cannot
                persons += 1
                pending = not cannot
                unable_items += cannot
            elif pronoun or cannot:
                if pending and cannot:
                    pending = False
                    unable_items += 1
            if re.search(r"(?<![不没])(?:能|会|肯)(?:养|管|照顾|给钱|打钱)|孝顺|靠得住|常回来|打钱回来|寄钱", text):
                return
        if pending or persons == 0:
            return
        if counted and unable_items < {"两": 2, "三": 3, "四": 4, "五": 5}.get(counted.group(1), int(counted.group(1))
                                                                               if counted.group(1).isdigit() else 9):
            return  # "三个儿子，大的在坐牢": the other two not told of
        facts[key] = FactReading(key, False, 0.75, ANSWERED)

    def _only_child_not_saved(self, facts: Dict[str, FactReading]) -> None:
        """"我们就一个女儿……查出白血病……最后也没留住": the only child told of, then not saved — lost
        (not "老伴最后没留住": a spouse's death)."""
        if "only_child_lost" in facts or self.known.get("only_child_lost") is not None:
            return
        m = re.search(r"(?:没|没有|没能)(?:留住|留牢|救回来|救过来|抢救过来|保住)", self.text)
        if m is None:
            return
        named = [role for _, _, role in self.people.mentions(self.text[:m.start()]) if role not in ("pronoun", lex.SELF)]
        if not named or not (named[-1] == lex.CHILD or named[-1].startswith("child:")):
            return  # "老伴前年中风，最后没留住": the last one named before is someone else
        facts["only_child_lost"] = FactReading("only_child_lost", True, 0.8, SAID)

    def _pregnant_now(self, facts: Dict[str, FactReading]) -> None:
        """"她已经怀上了，之前一直在备孕": pregnant now is not planning a pregnancy, whatever
        else the message says of planning (before, or a check heard of)."""
        key = "planning_pregnancy"
        found = facts.get(key)
        if found is None or found.value is not True:
            return
        if re.search(r"(?<![没不未])(?<!没有)(?<!还没)(?:已经|现在)(?:怀上|怀孕|有了|有身孕)|(?<![没不未])(?<!没有)怀(?:上|孕)(?:了|[一二两三四五六七八九十\d]+个多?月)", self.text) \
                and not re.search(r"(?:再|又|还想|二胎|老二|下一个|第二个)[^，,。\s]{0,6}(?:要|生|怀)", self.text):
            facts[key] = FactReading(key, False, 0.8, found.how)

    def _no_employee_pension(self, facts: Dict[str, FactReading]) -> None:
        """"单位交的只有医保，养老那块一直是空的": the employer pays another insurance only, or
        the pension is said to be empty: no employee pension, whatever "单位交" sounded like."""
        key = "covered_by_employee_pension"
        if key not in self.facts or re.search(r"职工养老|职工社保|灵活就业|个体|五险|养老[^，,。\s]{0,6}(?:自己|个人)(?:在)?(?:交|缴)", self.text):
            return
        employer = r"(?:单位|公司|厂里|厂|老板)"
        other = r"(?:医保|医疗保险|失业保险|工伤保险|公积金|生育保险|工伤险|医疗险)"
        payer = r"(?:单位|公司|厂里|厂|老板|社保)"
        only = re.search(payer + r"[^，,。\s]{0,6}?(?:交|缴|买)[^，,。\s]{0,5}?(?:只有|只是|就是|只|光|就)(?:交了?|缴了?|买了?|有)?(?:个|一个)?" + other
                         + r"|" + payer + r"(?:只|就|光)(?:给)?(?:我|我们)?(?:交|缴|买)(?:了)?(?:个|一个)?" + other
                         # "只有医保是单位交的"
                         + r"|(?:只有|只是|就)" + other + r"(?:是)?" + employer + r"(?:给)?(?:我|我们)?(?:交|缴|买)", self.text)
        if only and re.search("养老", self.text[only.end():only.end() + 3]) and not re.search(r"养老[^，,。\s]{0,6}(?:空|没)", self.text):
            return  # "单位只交了医保和养老": the pension too
        empty = re.search(r"养老(?:保险)?(?!金)(?:那块|那一块|这块|这一块|那部分|这部分|那头|那边)?(?:一直|从来|都|也|还|倒)*(?:是)?(?:空的|空着|空白|没有交|没交|没缴|没有缴|没有|没)(?![^，,。\s]{0,3}(?:满|够|到|领|拿))", self.text)
        if empty is None:  # "单位交了医保，没交养老"
            empty = re.search(r"(?:没有|没|未|不)(?:给)?(?:我|我们)?(?:交|缴|买)(?:过)?养老(?!金)", self.text)
        if empty is not None and (re.search(r"(?:以前|之前|原来|过去|早先|那几年|前几年)[^，,。\s]{0,4}$", self.text[:empty.start()])
                                  or re.search(r"(?:现在|后来|今年|如今|目前|已经)[^，,。\s]{0,6}(?:交|缴)(?!不)", self.text[empty.end():])):
            empty = None  # "以前没交养老，现在单位交了": the pension now
        stopped = None if only or empty else self._employer_pension_stopped(employer)
        if not (only or stopped or (empty and (self.asked == key or re.search(employer, self.text)))):
            return
        found = facts.get(key)
        if found is not None and found.value is False:
            return
        facts[key] = FactReading(key, False, 0.8, ANSWERED if self.asked == key else SAID)

    def _never_employed(self, facts: Dict[str, FactReading]) -> None:
        """"单位给我老公交的 我一直在家" asked whether the applicant (the resident) has an employee
        pension: the employer's pension is another's, the resident never worked for one — no."""
        key = "covered_by_employee_pension"
        if self.asked != key or key in facts or self.people.applicant not in (None, lex.SELF):
            return
        home = re.search(r"(?:^|[，,。\s])(?:我|我自己|本人)(?:一直|从来|都|就|也|向来|一辈子)*"
                         r"(?:在家(?:里)?(?:待着|呆着|带孩子|做家务|种地)?|没(?:有)?(?:上过班|工作过|进过厂|单位)|是家庭主妇"
                         # "我在家开小店没交": the resident's own, set apart from the one whose employer pays
                         r"|[^，,。\s]{0,8}?(?:没|没有|从没|从来没)(?:交|缴)(?:过)?)(?=$|[，,。\s的])",
                         self.text)
        if home is None or re.search(r"(?:以前|之前|原来|过去|年轻时|早年)[^，,。\s]{0,6}(?:上班|厂|单位|公司|工作)", self.text):
            return  # "我以前在厂里上班，现在一直在家": an employer then, its pension unsaid
        if not any(r in (lex.SPOUSE, lex.WIFE, lex.HUSBAND, lex.PARENT) or r.startswith("child:")
                   for _, _, r in self.people.mentions(self.text[:home.start()] + self.text[home.end():])):
            return  # someone else's pension is what the resident sets their own apart from
        facts[key] = FactReading(key, False, 0.75, ANSWERED)

    def _employer_pension_stopped(self, employer: str) -> bool:
        """"厂关了以后单位那边的就一直停着", "以前厂里交过几年，后来厂关了就断了", "单位交的早就断了":
        what the employer paid has stopped (and nothing says it began again): no employee pension now."""
        stop = re.compile(r"(?<![没不未])(?<!没有)(?<!从没)(?:断|停)(?:了|掉|着|交|缴|保|缴了|交了)|"
                          r"(?:就|也|便|都)(?:不|没|没再|没有再|没有)(?:给(?:我|我们)?)?(?:交|缴)了|没人(?:给(?:我|我们)?)?(?:交|缴)了?")
        for m in stop.finditer(self.text):
            clause_start = max(self.text.rfind(c, 0, m.start()) for c in "，,。；;？?！! ") + 1
            here = self.text[clause_start:m.end()]
            about = re.search(employer + r"|养老|社保|离职|辞职|下岗|退工", here) or (
                self.asked == "covered_by_employee_pension" and re.search(employer + r"[^，,。\s]{0,6}(?:交|缴)", self.text[:m.start()]))
            if not about:
                continue
            if self.asked != "covered_by_employee_pension" and not re.search(r"养老|社保", self.text):
                continue
            if re.search(r"(?:停|断)[^，,。\s]{0,2}(?:几个月|一阵|一段|半年|一年|两年)|中间", self.text[clause_start:m.end() + 6]) \
                    or re.search(r"(?:现在|后来|如今|目前|又|重新|接着|继续|再)[^，,。\s]{0,6}(?:交|缴|续)(?!不)", self.text[m.end():]):
                continue  # "中间停过半年，现在又在交": paid again
            return True
        return False

    def _alternatives(self) -> Optional[Dict[str, float]]:
        """"不到一年吧，也可能正好一年", "可能十个月，也可能过了一年了": a number asked for, said
        as two possibilities: the range from the least to the most of them."""
        if not self.asked or self.facts[self.asked].type != NUMBER or self.out.repaired \
                or not re.search(r"(?:也|又|还)(?:有)?可能|说不定|没准|搞不好|要么|或者|兴许", self.text):
            return None
        lows, highs = [], []
        for value in self.out.said.get(self.asked, []):
            if isinstance(value, dict) and isinstance(value.get("from"), (int, float)) and isinstance(value.get("to"), (int, float)):
                lows.append(value["from"])
                highs.append(value["to"])
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                lows.append(value)
                highs.append(value)
            else:
                return None
        if len(lows) < 2 or min(lows) == max(highs):
            return None
        return {"from": min(lows), "to": max(highs)}

    def _checked_back(self, parts: List[Clause], i: int) -> bool:
        """"着火那种？没有没有", "是说低保吗？不是": a short clause asked back that only checks what the
        question means, followed by a bare yes or no — neither a question nor a statement of its own."""
        clause = parts[i]
        if i == len(parts) - 1 or self.text[clause.end:clause.end + 1] not in ("？", "?") or len(clause.text.strip()) > 10:
            return False
        if A_NOT_A.search(clause.text) or _INTERROGATIVE.search(clause.text):
            return False  # "要交多少？没有": a real question
        return bare_boolean(parts[i + 1].text) is not None

    def _child_place_is_family(self) -> bool:
        """A child's place is the family's in a screening about a child ("儿子在杭州" of a widow of 67: his own)."""
        said = self.out.found.get("age")
        age = said.value if said is not None else self.known.get("age")
        if isinstance(age, (int, float)) and not isinstance(age, bool) and age >= 45 and self.people.applicant != lex.CHILD:
            return False
        if self.people.applicant in (lex.SPOUSE, lex.PARENT):
            return False  # ("伲子勒上海上班 …阿拉老太婆好勿好拿": the son's place, asked for the wife, is his own — session 28)
        if self.asked in _CHILDREN_FACTS or "only_child_lost" in self.relevant:
            return False  # ("儿子好好的 在杭州上班" asked whether the only child was lost: a grown son's own place)
        child = {"child_age", "child_situation"}
        return not self.relevant or self.people.applicant == lex.CHILD or self.asked in child or bool(child & self.relevant)

    def _clause(self, clause: Clause) -> None:
        text = clause.text
        self.clause_start = clause.start
        self.clause_text = text
        if HYPOTHETICAL.search(text):  # "孩子转过来的话，…怎么弄": a case supposed, not said
            if question_start(text, self.text[clause.end:clause.end + 1]) is not None:
                self.questions += 1  # "如果没交满十五年能领吗": asked all the same
            return
        if _NAMED_BY_OTHERS.fullmatch(_strip(text)):
            return  # "村里说的那种特殊困难户": a kind named by others, nothing said of the household
        if _KIND_HEARD.search(text.strip()):
            return  # "老乡讲屋里有残疾人的 (租房子公家会贴一点)": who a service is for, heard of, is no fact
        if re.search(r"(?:听说|听讲|听人(?:家)?(?:讲|说)|据说)(?:像)?(?:这种|那种|这样|这类|那类|迭种)[^，,。\s]{1,10}的[^，,。\s]{0,4}?"
                     r"(?:政府|公家|国家|上面|民政|村里|街道)", text):
            return  # "听说这种没人养的残疾人政府能管起来": a kind of person a service is for, heard of, is no fact

        trailing = self.text[clause.end:clause.end + 1]
        rhetorical = re.match(r"^(?:刚才|刚刚|前面|之前|早就)?(?:我)?不是(?:已经)?(?:都)?(?:说|讲|告诉你|告诉)(?:了|过)?(.+?)(?:了)?(?:吗|嘛)$", text)
        if rhetorical:  # "我不是讲了二级吗": a statement
            text = rhetorical.group(1)
        else:
            # "没有没有": a no said twice, not "有没有" asked
            start = question_start(text, trailing) if bare_boolean(text) is None else None
            if start is not None:
                # "娃今年6岁了能报小学不": the question is "能报小学不"; what comes before is said
                if not DONT_KNOW.search(text):
                    self.questions += 1
                if re.search(r"(?:超过|超出|过了|不到|满|如果|要是|假如|万一)\S{0,8}还$", text[:start]):
                    return  # "超过一年还能申请仲裁吗": a case asked about, not a fact
                if re.search(r"(?:跟|和|与|同)\S{0,8}(?:差别|区别|差多少|不一样|一样)$", text[:start]):
                    return  # "交满十五年跟没交满差别大不大": two cases compared, asked about
                if re.match(r"算不算|属不属于|属于不属于|是不是算|能不能算|可不可以算|算是", text[start:]):
                    return  # "慢性病一直在吃药算不算重大疾病": a case asked about, not a fact
                if not re.search(r"还是|或者", text):
                    self._places(text)  # "在德清找哪个部门": where the resident is, said in the question
                # "备孕的检查还能去做吗": the words naming the service asked about are no fact
                # ("我残疾证的补贴能领吗": the resident's own certificate stays)
                text = _SERVICE_NOUN.sub(lambda m: m.group(0) if re.search(r"我|俺|自己", m.group(1)) else
                                         "□" * len(m.group(1)) + m.group(0)[len(m.group(1)):],
                                         self._without_services(text[:start]))
                if not text.strip():
                    return
        where = re.search(r"(?:要|得|该|应该)?(?:在|去|到|上)?(?:哪里|哪儿|哪|怎么|咋|找谁|找哪)\S{0,4}?(?:办|申请|领|弄|开)(?:理)?(?:呢|啊|呀)?$", text)
        if where and where.start() > 0 and not re.search(r"有|是|了|过|已|没|不|我|他|她", text[:where.start()]):
            self.questions += 1  # "残疾证在哪办": the thing to get, asked about, is not said to be had
            self._places(text)
            return
        if self.asked:
            self._bare(text)
        if self.asked == "has_able_supporter" and _CHILD_THERE.fullmatch(_strip(text)):
            self.add(self.asked, True, 0.8)  # "伲子有个": asked who could support them, a son there
        if re.search(r"听说|听人家说|想问|问问|问一下|了解一下|咨询|打听", text) or HEARSAY.search(text):
            text = self._without_services(text)  # "听说有特困供养": hearing of a service is no fact
        # "政府有个备孕的免费检查": a service described by whom it is for says nothing of the resident
        text = _SERVICE_OF.sub(lambda m: m.group(0)[:m.start(1) - m.start()] + "□" * len(m.group(1))
                               + m.group(0)[m.end(1) - m.start():], text)
        text = _OFFERED.sub(lambda m: m.group(0)[:m.start(1) - m.start()] + "□" * len(m.group(1)), text)
        text = _PAID_BY_A_BODY.sub(lambda m: m.group(0)[:m.start(1) - m.start()] + "□" * len(m.group(1)), text)
        consumed = self._phrases(text)
        self._child_lost(text)
        self._grades(text)
        self.numbers.clause(text, consumed)
        self._places(text)

    def _without_services(self, text: str) -> str:
        """"特困供养这种我好申请伐", "听说有特困供养": a service named is no fact about
        the resident — unless the resident says they have it ("我们是低保户", "在吃低保")."""
        for word in self.lex.services:
            if word not in text:  # a plain test first: hundreds of words, each a pattern Python would compile
                continue
            for m in list(re.finditer(re.escape(word), text)):
                before, after = text[:m.start()], text[m.end():]
                if re.search(r"(?:是|属于|评上了?|认定为?|享受着?|在吃|吃着|领着|办了|拿着|已经是)$", before) or \
                        re.match(r"^(?:户|家庭|对象|人员|边缘|证)", after):
                    continue
                text = text[:m.start()] + "□" * len(word) + text[m.end():]
        return text

    def _ends_inside_a_word(self, text: str, start: int, end: int) -> bool:
        """The last character of text[start:end] begins a word of three characters or more ("翻身份证": 身份证)."""
        position = 0
        for token in _words(text):
            if start < position < end < position + len(token) and len(token) >= 3:
                return True  # (a word of three or more: "大三", "高二", "保养" are read across)
            position += len(token)
        return False

    def _of_another_household(self, text: str, start: int) -> bool:
        owner = self.people.owner(text, start)
        if owner and not self.people.is_applicant(owner) and re.search(r"那边|那里|家|户", text[start:start + 12]):
            return True  # "低保是我爸妈那边在吃": their household, not the applicant's
        after = [(s, e, r) for s, e, r in self.people.mentions(text) if s > start and r != lex.SELF]
        if after and after[0][2] != "pronoun" and not self.people.is_applicant(after[0][2]) \
                and re.fullmatch(r"[^，,。\s]{0,4}?的(?:是|归)(?:我|我们|阿拉|俺)?(?:家)?", text[start:after[0][0]]) \
                and re.match(r"(?:子|子家)?(?:家|那边|那里|那一?[房户]|这一?[房户])", text[after[0][1]:]):
            return True  # "吃低保的是我大伯子那一房": his household, named after what it has
        before = [(s, e, r) for s, e, r in self.people.mentions(text) if e <= start]
        if not before or before[-1][2] in (lex.SELF, "pronoun") or self.people.is_applicant(before[-1][2]):
            return False
        s, e, role = before[-1]
        if text[s:e] in lex.PRONOUNS and any(
                r == role and re.match(r"(?:都|也|早就|早|已经|前年|去年)*(?:没了|去世|过世|走了|不在了|死了)", self.text[b:])
                for a, b, r in self.people.mentions(self.text) if self.text[a:b] not in lex.PRONOUNS):
            return False  # "公婆都没了…她们家是镇里评的低保户": 她们 is not the parents who died, no household of theirs
        # ("低保是我弟弟那一户吃着": his household; 我弟, then its doubled 弟)
        return text[e:e + 1] == "家" or text[e:e + 2] in ("那边", "那里") or text[s:e] in ("娘家", "婆家") \
            or bool(re.match(r"(?:%s)?那一?户" % re.escape(text[e - 1]), text[e:]))

    def _child_lost(self, text: str) -> None:
        """"我伲就一个儿子，前年出车祸没了": the only child the message spoke of died."""
        died = re.search(r"没了|走了|走掉|走脱|去世|过世|不在了|死了|病故|病死|淹脱了|淹死|溺水|淹掉了|" + _DIED_UNNAMED, text)
        if not died or (self.known.get("only_child_lost") is True and self.asked != "only_child_lost"):
            return  # (told before: the death recalled while answering another question is nothing new)
        # "她走了以后我们也没再要": the person who died is the one named before the word, not the last named
        named = [(e, r) for _, e, r in self.people.mentions(text) if e <= died.start()]
        role = named[-1][1] if named and re.fullmatch(r"(?:也|都|已经|早就|后来|前年|去年)?", text[named[-1][0]:died.start()]) else None
        if not (role and role.startswith("child:")):
            role = self.people.at(text, len(text))
        if not (role and role.startswith("child:")) and re.fullmatch(_DIED_UNNAMED, died.group(0)) \
                and all(r in (lex.SELF, "pronoun") for _, r in named):
            # "我们就一个儿子 …今年春天还是没挺过去", "讲我囡…被车子撞了 我赶过去人已经没有了": a death told
            # without its person is of the last other person the message named before
            before = [r for _, _, r in self.people.mentions(self.text[:self.clause_start]) if r not in (lex.SELF, "pronoun")]
            role = before[-1] if before else None
        if role and role.startswith("child:") and (
            self.asked == "only_child_lost" or re.search(r"独生|独女|独子|独苗|独养|就一个|只有一个|只得一个|唯一|就这一个|独苗|(?<!不是)(?<!不)(?:只|就)(?:生|养|生育)(?:过|了)?一个", self.text)
        ):
            self.add("only_child_lost", True, 0.85)

    def add(self, key: str, value: Any, confidence: float) -> None:
        self.told.append((key, value, self.clause_text))
        self.out.add(key, value, confidence, ANSWERED if key == self.asked else SAID)

    def _listed_then_denied(self, facts: Dict[str, FactReading]) -> None:
        """"退休工资也好 村里那种按月的钱也好 我一样都没到手过": things listed with 也好, then all denied in a clause of their own
        (session 25; each listed thing had been read as had)."""
        if self.out.repaired or not any(_ALL_DENIED.match(_strip(c.text)) or _NEVER_HAD.fullmatch(_strip(c.text))
                                        or _NEVER_ONCE.fullmatch(_strip(c.text)) for c in clauses(self.text)):
            return
        said = [_strip(c.text) for c in clauses(self.text)]
        # (one thing told, then a clause that only denies everything: "每个月到点打钱的那种养老 我一样也没有" — session 26)
        # (or one that only says it was never had: "…发个保底钞票 阿拉屋里从来勿曾拿着过" — session 27)
        denied_next = {said[i] for i in range(len(said) - 1)
                       if _BARE_ALL_DENIED.fullmatch(said[i + 1]) or _NEVER_HAD.fullmatch(said[i + 1])
                       or _NEVER_ONCE.fullmatch(said[i + 1])}
        for key, found in list(facts.items()):
            told = [(v, text) for k, v, text in self.told if k == key]
            if found.value is True and told and all(v is True and (_LISTED.search(text) or _strip(text) in denied_next)
                                                    for v, text in told):
                if key == "has_income_source" and self.asked != key and self.asked in _PENSION_FACTS:
                    del facts[key]  # "退休工资也好 养老金也好 我一样都没领到过": no pension, other income untold
                    continue
                facts[key] = FactReading(key, False, min(found.confidence, 0.8), found.how)

    def _health_is_no_work(self, facts: Dict[str, FactReading]) -> None:
        """"阿拉两家头身体还好 呒没啥个残疾个本子" asked whether anyone is disabled: the body told well, as no disability,
        says nothing of being able to work (session 28; it had been read as a capacity, the question asked again). Asked
        anything else ("没出过什么意外，我身体也还行"), the body told well is still read as able."""
        found = facts.get("has_labour_capacity")
        if found is None or found.value is not True or self.asked not in ("household_has_disabled", *DISABILITY_FACTS):
            return
        told = [text for k, v, text in self.told if k == "has_labour_capacity"]
        if told and all(re.search(r"身体|身子", t) and not _WORK_WORDS.search(t) for t in told):
            del facts["has_labour_capacity"]

    def _then_and_now(self, facts: Dict[str, FactReading]) -> None:
        """"房子是自己买的 以前租房子住": a yes and a no of the same fact, one told of before (以前, 原来, 过去 …) and the other
        not — the one told of now stands (session 25; the later clause had won whatever it said of when)."""
        if self.out.repaired:
            return
        for key, found in list(facts.items()):
            if key not in self.facts or self.facts[key].type != BOOLEAN or not isinstance(found.value, bool):
                continue
            told = [(v, text) for k, v, text in self.told if k == key and isinstance(v, bool)]
            then = {v for v, text in told if _LONG_AGO_OR_BEFORE.search(text)}
            now = {v for v, text in told if not _LONG_AGO_OR_BEFORE.search(text)}
            if len(now) == 1 and then and then != now:
                value = next(iter(now))
                if value != found.value:
                    facts[key] = FactReading(key, value, min(found.confidence, 0.8), found.how)
        working = facts.get("employment_status")
        jobs = [text for k, _, text in self.told if k == "employment_status"]
        if working is not None and working.value == "在职" and self.asked != "employment_status" and jobs \
                and all(re.match(r"\s*(?:我们|我|他|她|俺|阿拉)?(?:以前|原来|过去|早先|从前|年轻时候?|年轻的时候)", t) for t in jobs):
            del facts["employment_status"]  # "以前跑车一家过得去": a job then, nothing said of now

    def _one_of_several(self, facts: Dict[str, FactReading]) -> None:
        """"工资有的 养老金没有" to "有生活来源吗（工资、养老金、子女给的钱等）": where the question
        lists things any one of which makes it a yes, one said to be there is a yes, whatever
        another of them is said not to be (not when the same thing is said then denied)."""
        for key, found in list(facts.items()):
            m = _ANY_ONE.search(self.facts[key].question) if key in self.facts else None
            if m is None or found.value is not False or self.out.repaired:
                continue
            items = [w[:2] for w in re.split(r"[、，,]", m.group(1)) if len(w) >= 2]
            told = [(v, text) for k, v, text in self.told if k == key]
            yes = [text for v, text in told if v is True and not _LONG_AGO_OR_BEFORE.search(text)]
            no = [text for v, text in told if v is False]
            named_no = [{w for w in items if w in text} for text in no]
            if not yes or not all(named_no):
                continue  # "没有收入": nothing at all is there
            if any(any(w in text for names in named_no for w in names) for text in yes):
                continue  # "工资有过 后来工资没了": the same thing said, then denied
            facts[key] = FactReading(key, True, 0.8, found.how)

    def said(self, fact: Fact, value: Any, confidence: float, role: Optional[str]) -> None:
        """A reading of ``fact`` said of ``role``; an applicant's fact said of
        someone else waits until the whole message is read (_resolve_people)."""
        if fact.key in _CHILDREN_FACTS and self.people.applicant == lex.OTHER \
                and re.match(r"\s*(?:我家|我们家|我自己家|我屋里|阿拉屋里|我自己)(?:的|个|里)?", self.clause_text):
            return  # "替我妹妹问 她家就一个闺女 前年车祸没了 我家的孩子都健在": the resident's own children, not the sister's
        if fact.key == "has_income_source" == self.asked and value is True and not self.people.is_applicant(role) and role != lex.SELF \
                and re.search(r"给|打|寄|转|汇", self.clause_text):
            self.given.append((fact.key, value, confidence))  # "儿子每个月会打五百块生活费": given to the applicant
            return
        if fact.subject == APPLICANT and fact.key != self.asked and role is None and fact.key not in DISABILITY_FACTS \
                and re.match(r"(?:我们)?(?:家里人|家人|一家人|家里的人|全家人?)", self.clause_text):
            return  # "家里人身体也都还行": the family's, not a fact of the applicant's own
        if role is None and fact.subject == APPLICANT and fact.key != self.asked and self._of_the_child_before():
            return  # "儿子好好的 在杭州上班" asked whether the only child was lost: the son's work, not the applicant's
        if (self._a_supporter(role) or role == lex.SELF and self._of_the_supporter_named(self.clause_text)) and fact.key != self.asked:
            return  # "有个弟弟在外地打工" asked who could support the applicant: the brother's work, not theirs
        if role and role.startswith("child:") and fact.subject == APPLICANT and self._children_named() > 1 \
                and self._child_asked() not in (None, role[len("child:"):]):
            return  # "大女儿在读四年级，问的是小女儿": the other child's, not the applicant's
        if fact.subject == APPLICANT and role in ADULT_OTHERS + (lex.OTHER,) and self._someone_else_named(role):
            return  # "哥哥在读大一 弟弟没考上 问的是弟弟": the one not asked about, though of the same kin
        if fact.key in ("has_local_housing", "rural_housing") and value is True and role in (lex.PARENT, lex.OTHER) \
                and not self.people.is_applicant(role) and self._theirs():
            return  # "那套房子是我公婆的": theirs, not the resident's
        if fact.subject != APPLICANT or self.people.is_applicant(role) or (
            # "儿子在上海管不了我": whether someone supports the applicant is said of the supporters
            fact.key == "has_able_supporter" and role not in (None, lex.SELF, "pronoun")
        ):
            self.add(fact.key, value, confidence)
        else:
            self.pending.append((fact.key, value, confidence, role))

    def _of_the_child_before(self) -> bool:
        """Asked of the family's child, a clause naming no one after one about a child goes on about the child."""
        return self.asked in _CHILDREN_FACTS and self.people.last_child is not None \
            and not self.people.mentions(self.clause_text)

    def _child_asked(self) -> Optional[str]:
        """The word naming the one child of several the resident asks about ("问的是老二"), or None."""
        words = sorted({role[len("child:"):] for _, _, role in self.people.mentions(self.text) if role.startswith("child:")},
                       key=len, reverse=True)
        if len(words) < 2:
            return None
        child = "|".join(re.escape(w) for w in words)
        asked = {m.group(1) for pattern in ASKED_CHILD for m in re.finditer(pattern.format(child=child), self.text)}
        return asked.pop() if len(asked) == 1 else None

    def _someone_else_named(self, role: str) -> bool:
        """The resident names the one they ask about ("问的是弟弟"), and the clause read is of
        another person of the same kin ("哥哥在读大一")."""
        words = [self.text[a:b] for a, b, r in self.people.mentions(self.text) if r == role and self.text[a:b] not in lex.PRONOUNS]
        if len(set(words)) < 2:
            return False
        alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
        asked = {m.group(1) for m in re.finditer(rf"(?:问的是|申请的是|要问的是|(?:要)?办的是|是给|是帮|是替|这次问|问的)(?:我|我们)?(?:家)?(?:的)?({alternatives})",
                                                 self.text)}
        if len(asked) != 1:
            return False
        here = [self.clause_text[a:b] for a, b, r in self.people.mentions(self.clause_text) if r == role]  # (他 too: not another)
        return bool(here) and here[0] in words and here[0] not in asked

    def _children_named(self) -> int:
        """How many children the message names by different words ("老大…老二": two)."""
        return len({role for _, _, role in self.people.mentions(self.text) if role.startswith("child:")})

    def _a_supporter(self, role: Optional[str]) -> bool:
        """Asked whether someone can support the applicant, a person the answer names
        is that someone ("有个弟弟在外地打工"): what is said of them is not the applicant's."""
        return self.asked == "has_able_supporter" and role is not None and role not in (lex.SELF, "pronoun")

    def _of_the_supporter_named(self, clause: str) -> bool:
        """"亲戚就一个舅舅 在外地自己也瘫在床上" asked who could support the applicant: 自己 with no 我 in its clause
        is the relative just named (a reflexive), not the resident."""
        return self.asked == "has_able_supporter" and bool(re.search(r"自己(?:也|都|还)", clause)) \
            and not re.search(r"我|俺|阿拉|本人", clause) \
            and any(r not in (lex.SELF, "pronoun") for _, _, r in self.people.mentions(self.text))

    def _theirs(self) -> bool:
        """The clause says the thing is someone else's ("是我公婆的", "归我哥")."""
        return bool(_THEIRS.search(self.clause_text))

    def _resolve_people(self) -> None:
        """"我爸当过兵，我没当过": the resident's own answer wins; "我爸？他早退休了":
        with no answer of their own, the person they answer about is the applicant;
        "我老伴二级": someone in the household is disabled."""
        disabled = {role for key, _, _, role in self.pending if key in DISABILITY_FACTS + ("needs_long_term_care",)}
        certified = {role for key, _, _, role in self.pending if key in DISABILITY_FACTS}
        if len(disabled) > 1 and len(certified) == 1:
            disabled = certified  # "儿子办了二级残疾证…家里还有个老人要照顾": the one with the certificate
        opening = not any(k in self.facts for k in self.known)  # nothing known yet: the first message
        if opening and self.asked is None and len(disabled) == 1 and self.people.applicant is None and not any(
            k in self.out.found for k in DISABILITY_FACTS
        ) and not re.search(r"我(?:能不能|能|可以|可不可以|还能|好)(?:领|申请|拿|办|享受)", self.text):  # "…我能领失业金吗": for the resident
            # "我老伴中风瘫掉了，残疾证上写的是三级…护理补贴好领伐": a disability said of one
            # person in the family, none of the resident's own: that person is the applicant
            role = next(iter(disabled))
            if role and role not in (lex.SELF, "pronoun"):
                self.people.applicant = (lex.CHILD if role.startswith("child:") else
                                         lex.SPOUSE if role in (lex.WIFE, lex.HUSBAND) else role)
        # money given to the applicant first: "我奶奶自己没收入，我们每个月给她钱" has a source of living
        self.pending[:0] = [(key, value, confidence, None) for key, value, confidence in self.given]
        # "…，我是安徽嫁过来的": the resident says what they are, apart from the other ("我也…" is alike)
        # ("退休工资是老头子个 阿拉自家一分养老钞票也勿曾拿过": the resident's own, set apart from the husband's — session 27)
        self_apart = self.asked is not None and bool(re.search(r"(?:^|[，,。；;\s])我(?:自己|本人)?是"
                                                               r"|是[^，,。；;\s]{1,5}(?:的|个)[，,。；;\s]+我(?:自己|本人)(?!也)",
                                                               self.text)) \
            and "我也" not in self.text
        asked_child = self._child_asked() if self.people.applicant is None else None
        for key, value, confidence, role in self.pending:
            if self.people.is_applicant(role) or (asked_child and role == "child:" + asked_child):
                # "老大在上海读博士 老二去年进了银行上班 问的是老二": the child of several named as the one asked about
                self.add(key, value, confidence)
                continue
            adult = role in (lex.PARENT, lex.SPOUSE, lex.WIFE, lex.HUSBAND)
            # ("我老公是本地人，我是安徽嫁过来的…": the resident set themself apart; the husband's is his)
            if adult and key not in self.out.found and not self_apart and self.people.adopt(role, key == self.asked):
                self.add(key, value, confidence - 0.05)
            elif key == self.asked and (key in ("is_student", "training_group") or key in DISABILITY_FACTS and value not in (False, "无残疾")
                                        # "我哥没被列进过什么困难名单" asked of the applicant: the answer begins with the one
                                        # relative it is about, so the screening is theirs
                                        or role == lex.OTHER and self.people.subject(self.text)[0] == lex.OTHER) \
                    and role and (role.startswith("child:") or role == lex.OTHER) \
                    and self.people.applicant is None \
                    and not any(self.facts[k].subject == APPLICANT and self._told_of_someone(k) for k in self.out.found) \
                    and len({r for k, _, _, r in self.pending if r and (r.startswith("child:") or r == lex.OTHER)}) == 1:
                # "我女儿在湖州职业技术学院读一年级", "我弟弟还在读大专" asked whether a student:
                # the one child or sibling answered about is the applicant
                self.people.applicant = lex.CHILD if role.startswith("child:") else lex.OTHER
                self.add(key, value, confidence - 0.05)
            elif key in DISABILITY_FACTS and (role not in (None, lex.OTHER) or role == lex.OTHER and self._kin_at_home()) and not (
                key == "disability_grade" and value == "无残疾"
            ) and not (key == "has_disability_certificate" and value is False):
                self.add("household_has_disabled", True, 0.85)
                if role and role.startswith("child:") and (self.asked == "child_situation" or "child_situation" in self.relevant
                                                           or self.known.get("child_age") is not None
                                                           or any(r and r.startswith("child:") for r, _ in self.numbers.ages)):
                    self.add("child_situation", "残疾儿童", 0.8)  # "儿子四岁，有残疾证的"

    def _told_of_someone(self, key: str) -> bool:
        """A fact read in a clause that names someone ("我在厂里上班"), not only one that goes on about whoever
        was named before ("女儿早就毕业了 现在在杭州一家公司上班": the daughter's work)."""
        return not any(k == key for k, _, _ in self.told) or any(
            k == key and self.people.mentions(text) for k, _, text in self.told)

    def _kin_at_home(self) -> bool:
        """"弟弟那本证是精神三级 法院判的我当他监护人" to "家里有持证的残疾人吗": asked of the household,
        the brother or sister the answer names is of it (not a neighbour, a friend or a cousin)."""
        if self.asked != "household_has_disabled":
            return False
        words = [self.text[a:b] for a, b, r in self.people.mentions(self.text) if r == lex.OTHER]
        return any(re.fullmatch(_SIBLING, w) for w in words) and all(re.fullmatch(_SIBLING, w) or w in lex.PRONOUNS for w in words)

    # -- the catalogue's words for each fact -------------------------------------
    def _phrases(self, text: str) -> set:
        consumed: set = set()
        matches = []
        # The question asked decides between two readings of the same words
        # ("没有残疾证" answers the certificate question, not the grade).
        found = [(m, phrase) for phrase in self.lex.phrases if not (phrase.if_asked and phrase.fact != self.asked)
                 for m in phrase.pattern.finditer(text)]
        # the asked fact first, then the longest stretch of words ("没被认定过特困" before "特困供养")
        found.sort(key=lambda mp: (mp[1].fact != self.asked, -(mp[0].end() - mp[0].start()), -mp[1].length))
        taken: Dict[str, set] = {}  # per fact: the words it has read
        spans: List[tuple] = []
        # "在公租房准入线以下": 租房, the tail of a service's name, is no fact (not renting);
        # the head of one is ("着火" of the alias 着火了)
        named = [(m.start(), set(range(m.start(), m.end()))) for word in self.lex.services if found and word in text
                 for m in re.finditer(re.escape(word), text)]
        hearsay = bool(HEARSAY.search(text))
        for m, phrase in found:
            span = set(range(m.start(), m.end()))
            if any(span < service and m.start() > start for start, service in named):
                continue
            if re.search(r"[十百千]$", phrase.text) and re.match(r"(?:多|来)?万", text[m.end():]):
                continue  # "存款就几百万": a sum of ten thousands, not of hundreds
            if phrase.length <= 2 and lex.GAP not in phrase.text and self._ends_inside_a_word(text, m.start(), m.end()):
                continue  # "得翻身份证看": 翻 then 身份证, no 翻身
            if phrase.text.endswith("养") and re.match(r"老(?:钱|金|保险|钞票|保|费|的|那份)", text[m.end():]):
                continue  # "村里收养老钱个辰光": 收 then 养老钱, no adoption
            if phrase.text == "一下子" and self.asked != phrase.fact and not re.match(
                    r"(?:就|又|都)?(?:多|大|涨|增|加|花|要|用|交|付|出|拿|掏|欠|借|病|住院|倒)", text[m.end():]) \
                    and not re.search(r"花|开销|开支|支出|费|住院|看病|治病", self.text):
                continue  # "日子一下子没了着落": all at once, nothing spent said
            if phrase.text == "农民" and re.match(r"[房屋工]", text[m.end():m.end() + 1]):
                continue  # "租的农民房", "农民工": a farmer's house, a migrant worker — no farming said
            if phrase.fact == "has_disability_certificate" and not phrase.negative and phrase.text.startswith(("有证", "持证")) \
                    and re.search(r"(?:要|得|需要|必须|要求|须|才能|才好|规定)$", text[max(0, m.start() - 3):m.start()]):
                continue  # "敬老院在招护理员 要有证": a certificate a job asks for, not one the resident holds
            if phrase.fact == "employment_status" and re.search(r"学(?:会|习|点|门)?$", text[max(0, m.start() - 3):m.start()]):
                continue  # "我想去学照顾老人的本事": a trade to learn, not what the resident does now
            if phrase.text.startswith("证") and _OTHER_CARD.search(text[max(0, m.start() - 5):m.start()]):
                continue  # "居住证办了三年了", "身份证办好了": another card, not the disability certificate
            if phrase.text in ("认定过", "被认定") and any(
                    p2.fact != phrase.fact and m.end() <= m2.start() <= m.end() + 1 and lex.GAP not in p2.text for m2, p2 in found):
                continue  # "没有被认定过特困": the status named after the verb is what was (not) recognised
            if phrase.fact == "unemployment_registered" and "失业" not in phrase.text and self.asked != phrase.fact \
                    and (re.search(r"(?:来|上门|下来|过来)$", text[:m.start()])
                         or re.search(r"户口本|户口簿|户口上|户籍|户头上", text[:m.start()])):
                continue  # "镇里也没来登记过": an office that came to register the household; "户口本上登记了五口人": the hukou's register
            if phrase.fact == "only_one_child" and phrase.text.endswith("一个") and (
                    re.match(r"人|[^，,。\s]{0,2}(?:房|钱|证)", text[m.end():]) or any(
                        s2 == m.end() and not r2.startswith("child:") and r2 not in (lex.SELF, "pronoun")
                        for s2, _, r2 in self.people.mentions(text))):
                continue  # "能指望的只有一个侄子", "家里只有一个人": not the only child
            if re.fullmatch(r"大[一二三四]", phrase.text) and (re.match(r"(?:周岁|岁|轮|点|些|个月|号|码)", text[m.end():])
                                                          or re.search(r"比[^，,。\s]{1,4}$", text[:m.start()])):
                continue  # "她比我大一岁", "大一轮": older by so much, not a university year
            if phrase.fact == "has_disability_certificate" and phrase.if_asked and phrase.text.endswith(("没办过", "一直没办")) \
                    and re.search(r"低保|补贴|补助|救助|保险|养老|医保|社保|登记|手续|证明|户口|卡|贷款|别的|其他|其它|啥|什么", text[:m.start()]):
                continue  # "证有的 低保没办过": something else not applied for, no certificate denied
            if phrase.text.endswith("级") and not phrase.text.endswith("年级") and text[max(0, m.end() - 2):m.end()] == "年级":
                continue  # "儿子上三年级了": a school year, not a grade of disability
            if re.search(r"[一二两三四五六七八九十几]个$", phrase.text) and re.match(
                    r"(?:半|多)?(?:月|星期|礼拜|小时|钟头|工作日|年头)", text[m.end():]):
                continue  # "伤了有两个半月了": a count of months, not of children
            if (re.match(r"(?:的|那条|那个|这条|那根)?(?:标准|线|[两2]倍|一倍半)", text[m.end():])
                    or phrase.fact == "dibao_household" and COMPARED_WITH.search(text[:m.start()])) and not (
                    # "讲勿到标准", "不到那个标准": asked whether below the line, a comparison with it is the answer
                    phrase.fact == self.asked and re.search(r"不到|没到|低于|高于|超过|超出|达不到|够不上|够得上", phrase.text)) or (
                    self.facts[phrase.fact].type == CHOICE and (re.match(
                        r"保险|险|(?:那|这|一)(?:一)?栏|(?:那块|那一块|这块|这一块|那项|那一项|这项|这一项|那部分|这部分)[^，,。]{0,6}?(?:交|缴|断|停)", text[m.end():])
                        # "单位帮我交失业那一项": an insurance paid, no status ("失业那一项 公司帮我交了四年": paid after)
                        or re.fullmatch(r"(?:那|这)一?(?:项|块|栏|部分)\s*", text[m.end():]) and re.search(r"交|缴", self.text)
                        or re.search(r"(?:交|缴)(?:了|过|的)?$", text[:m.start()]) and re.match(r"(?:的)?(?:那|这)一?(?:项|块|栏|部分)", text[m.end():]))):
                continue  # "不清楚低保标准", "比低保线少", "比低保的两倍要高": the line, not the benefit; "失业保险", "失业那块缴了五年", "失业那栏": an insurance
            if any(s2 < m.end() < e2 and s2 >= m.start() for s2, e2, _ in self.people.mentions(text)):
                continue  # "照顾我妈": the phrase's 我 begins another person's word (我妈), it is not the resident
            if phrase.fact == "involuntary_job_loss" and not phrase.one_way and (_NOT_THE_EMPLOYER.search(text[:m.start()]) or (
                    re.search(r"医生|大夫|医院|郎中", text[:m.start()])
                    and not re.search(r"老板|厂|公司|单位|领导|主管|车间|工地", text[:m.start()]))):
                continue  # "医生不让我干活": a doctor, not the employer, keeps the resident from work
            if phrase.fact == "income_below_housing_line" and self.asked != phrase.fact and "公租房" not in phrase.text \
                    and (re.search(r"低保|特困|救助|困难户", self.text) or (self.asked is not None and phrase.negative)) \
                    and not re.search(r"公租房|住房|租房|房子", self.text):
                continue  # "没评上低保 收入超了一点": over the dibao line, nothing said of the housing line
                # ("他们家没评过 收入超了" asked another fact: not the housing line either)
            if phrase.fact in ("dibao_household", "extreme_poverty_supported") and phrase.if_asked and not phrase.negative and re.search(
                    r"(?:想|准备|打算|能不能|可不可以|好不好)(?:去|来)?(?:申请|要|办|弄|拿|领|吃|评)?(?:个|一个|那个|这个|下)?$", text[:m.start()]):
                continue  # "想申请保底的钱", "我们想要个保底钱": a benefit wished for, not had (the words said only as the answer)
            if phrase.fact == "has_local_housing" and re.search(
                    r"(?:店面|门面|铺面|商铺|铺子|店铺|摊位|档口|厂房|仓库|车间)(?:房)?[^，,。\s]{0,4}$", text[:m.start()]):
                continue  # "店面是租别人的": premises for a business rented, nothing said of a home
            if phrase.fact == "has_local_housing" and not phrase.negative and re.search(
                    r"(?:政府|公家|国家|单位)(?:的|给的|分的|盖的)?(?:房子|房)", text[m.start():m.end() + 2]):
                continue  # "听说这边有政府的房子租金便宜": the government's houses, sought, not the resident's home
            if phrase.fact == "rural_housing" and _VILLAGE_OFFICE.match(text[m.end():]):
                continue  # "村里的养老交了十七年": the village's pension scheme, not a house in the village
            if self.facts[phrase.fact].type == CHOICE and re.match(r"(?:的)?(?:那个|这个|那|这)?(?:登记|证明|手续)", text[m.end():]) \
                    and not re.search(r"[是算]$", text[:m.start()]):
                continue  # "失业登记还没去弄": the registration named, not a status said
            if phrase.fact == "training_group" and phrase.value == "贫困家庭子女" and self.asked != phrase.fact \
                    and not re.search(r"孩子|子女|儿子|女儿|闺女|儿女|小孩|老大|老二|老小", text):
                continue  # "就是家里穷一点": a poor household, not said to be a child of it (asked something else)
            if phrase.fact == "covered_by_employee_pension" and (re.search(
                    r"失业保险|失业金|(?:交|缴)失业|失业(?:那|这)一?(?:项|块|栏|部分)|医保|医疗保险|工伤保险", self.text)
                    # "单位交了六年" asked the years of unemployment insurance: that insurance, paid
                    or self.asked == "unemployment_contribution_years" and not phrase.negative) \
                    and not re.search(r"养老|社保|五险", self.text):
                continue  # "失业保险交了四年，都是厂里给交的": the unemployment insurance, not the pension
            if hearsay and not phrase.negative and (re.search(r"(?:好|能|可以|可)$", text[: m.start()])
                                                    or re.match(r"(?:好|能|可以|可)(?:拿|领|享受)", text[m.end():])):
                continue  # "听人家讲现在好领养老金": what one could get, heard of, is no fact
            # words already read for this fact, or inside a longer phrase of
            # another fact ("没有残疾" inside "没有残疾证"), are not read again
            if span & taken.get(phrase.fact, set()) or any(
                span < other and lex.GAP not in p.text for other, p in spans
            ):
                continue
            taken.setdefault(phrase.fact, set()).update(span)
            spans.append((span, phrase))
            consumed |= span
            gaps = "".join(g or "" for g in m.groups())
            matches.append((m.start(), m.end(), phrase, gaps))
        denied = set()  # facts a clause denies ("没被认定过什么困难对象": the denial wins)
        ordered = sorted(matches, key=lambda x: x[0])
        for start, end, phrase, gaps in ordered:
            own = set(range(start, end))
            # a negator inside another phrase belongs to it ("没房子住厂里"), unless
            # the two phrases overlap ("没考上高中": 没 denies both)
            # — or the other phrase is a bare denied verb whose object this phrase is
            # ("没有领过什么退休金": 没有领过 denies the 退休金 it took)
            others = frozenset(i for span, p in spans if not span & own and not _denied_verb_of(p, span, start, text)
                               for i in span)
            # "工资养老金一样都不沾": words of one fact side by side, then one denial of them all
            after_end = end
            for s2, e2, p2, _ in ordered:
                if s2 >= after_end and p2.fact == phrase.fact and not p2.negative and \
                        re.fullmatch(r"(?:和|跟|与|、|或者?|还有)?", text[after_end:s2]):
                    after_end = e2
            fact = self.facts[phrase.fact]
            if gaps and any(role != lex.SELF and not (role == "pronoun" or self.people.is_applicant(role))
                            and gaps[s:e] not in lex.PRONOUNS  # "给她钱": whom, said with a pronoun
                            # "抱的妹妹家的小女儿": the household a child was taken in from, not who did it
                            and not (phrase.fact == "had_another_child" and gaps[e:e + 1] == "家")
                            # "只生了儿子一个": the one child born is what the phrase counts, not someone else
                            and not (phrase.fact == "only_one_child" and role.startswith("child:"))
                            for s, e, role in self.people.mentions(gaps)):
                continue  # "孩子爸妈都没了": the gap holds another person; "孩子…没了" is not said
                # ("厂里不跟他续签了" asking for him: the applicant in the gap does not stop it)
            if fact.subject == "household" and self._of_another_household(text, start):
                continue  # "我娘家是低保户", "我女儿家是低保": their household, not the applicant's
            names_someone = bool(self.people.mentions(text[start:end]))
            # "儿女也没有": the children named are the object; a disability said of
            # the person named before ("我老头子是二级残疾，有证的") carries over
            carry = fact.key in DISABILITY_FACTS and not names_someone
            role = self.people.at(text, start, carry=carry)
            if role is None and fact.subject == APPLICANT and self.people.other_topic and not self.people.mentions(text[:start]) \
                    and re.match(r"(?:但是?|可是?|不过|却|倒是?|就是|只是|还|也)|[^，,。]{0,3}自己", text):
                # "申请的是我妈…；我爸也有病，但能自己照顾自己": going on about the father (not "我爸走得早，没有退休金")
                role = self.people.other_topic
            if role is None and fact.key in _PENSION_FACTS and self.people.last in ADULT_OTHERS and not self.people.mentions(text) \
                    and _GOES_ON_IN_TIME.match(text) and not self.people.is_applicant(self.people.last):
                # "老头子年纪轻个辰光勒竹器厂做 现在每个号头拿厂里个退休工资": the husband's life, told on in time — his pension
                role = self.people.last
            if role is None and self.people.last_child and not self.people.mentions(text) and self._children_named() > 1:
                # "七岁的是老大，已经在读二年级，要送的是老二": of several children, the one just named is in school
                role = self.people.last_child
            if role is None and self.asked not in (fact.key, "is_student") and self.people.applicant in (None, lex.SELF) and (
                    fact.key == "is_student" or (fact.key == "employment_status" and phrase.value == "在校学生")):
                # (asked whether the applicant is at school, "儿子…现在读大二": the son the answer is of, at school)
                at = self.text.find(text)
                before_roles = [r for _, _, r in self.people.mentions(self.text[:max(at, 0)]) if r != "pronoun"]
                if before_roles and (before_roles[-1] == lex.CHILD or before_roles[-1].startswith("child:")):
                    continue  # "儿子十岁 在读四年级", "就一个女儿 读书也好": the child just named is at school
            if (fact.key == "is_student" or (fact.key == "employment_status" and phrase.value == "在校学生")) and \
                    re.match(r"(?:的)?(?:时候|时|那会儿?|那阵子?|那几年|那年|期间)", text[end:]):
                continue  # "他读大学时户口迁到了德清": the time something else happened, no student now
            inside = negators_before(gaps, len(gaps), window=20) if gaps else 0
            if fact.type == BOOLEAN and _ASKED_DONE_OR_NOT.search(text):
                continue  # "证办了没有", "退休工资领了没": asked (V了没有), neither a yes nor a no
            if fact.key == "has_labour_capacity" and text[end:].startswith("的") and re.search(
                    r"(?:家里|家中|屋里|我们家|家里头|一家)(?:人)?(?:几个|那几个|这几个|的)?$", text[:start]):
                continue  # "家里几个能干活的 没一个有班上": those of the family able to work, no one's capacity said
            if fact.key == "has_income_source" and phrase.negative and re.search(r"(?:别的|其他|其它|另外的?|额外的?)$", text[:start]):
                continue  # "养老钞票一个号头一千多 别个进项呒没": no other income, not none (found talking to make run, session 28)
            if fact.key == "dibao_household" and phrase.text == "低保" and (
                    _A_MEASURE_AFTER.match(text[end:]) or _A_MEASURE_BEFORE.search(text[:start])):
                continue  # "连低保那个数都够不着", "超过低保的两倍": the 低保 line as a measure, no 低保 received
            if fact.type == BOOLEAN:
                # an event is not denied by what follows it ("出车祸没了": died, not "no accident")
                # "独生子没了": a person "没了" has died, the person is not denied
                died = bool(re.match(r"^(?:也|都|早就|已经|前年|去年)?没(?:了|的)", text[end:])) and any(
                    phrase.text.endswith(word) for word, _ in self.lex.people)
                # "没存款没车": a phrase that starts with its own negator, then the next item's 没, is a list
                listed = phrase.text.startswith(("没", "无", "不", "未"))
                # "除了老屋，啥也没有": the no after "besides X" is of everything else, not of X
                besides = phrase.text.startswith("除了")
                # "技校没读完就出来了": the negator denies what stands before 就 in the phrase, not the leaving
                value, negations = polarity(text, start, end, phrase.negative, others,
                                            after=fact.key not in EVENT_FACTS and not died and not listed and not besides,
                                            before_counts=not (phrase.negative and re.search(r"(?:读完|念完|毕业|读好|念好)(?:以后|后)?就", phrase.text)),
                                            after_end=after_end)
                if inside % 2:
                    value = not value  # "单位从来不给我们交": the negation is inside the phrase
                explicit = phrase.negative or negations or inside
                if phrase.one_way and (negations + inside) % 2:
                    continue  # "合同还没到期就让我走了": no contract's end, but no resignation either
                if fact.key in denied and not explicit:
                    continue
                if fact.key == "has_able_supporter" and phrase.if_asked and value is True and role in (None, lex.SELF, "pronoun"):
                    continue  # "条件不错", "开公司" are a supporter's only said of someone else ("我自己条件不错": not)
                if fact.key == "had_another_child" and re.search(r"(?:打算|准备|想|计划|考虑)(?:过)?[^，,。\s]{0,2}$", text[:start]):
                    continue  # "我们不打算再要了": a plan (planning_pregnancy's), no child born or taken in since
                if fact.key == "zero_employment_household" and value is False and phrase.negative \
                        and re.search(r"(?:以前|原来|过去|之前|早先|从前|本来|那时候?)[^，,。\s]{0,8}$", text[:end]):
                    continue  # "老公原来在厂里上班": once worked, no one working now said
                if fact.key == "sudden_hardship" and value is True and self.asked != fact.key and _long_ago(text):
                    continue  # "她二十岁那年出车祸走了", "中风卧床第三个年头了": long past, not a sudden hardship now
                if explicit and value is False:
                    denied.add(fact.key)
                earlier = self.out.found.get(fact.key)
                if value is True and phrase.if_asked and earlier is not None and earlier.value is False \
                        and re.match(r"\s*(?:就是|只是|只不过|不过就是|不过|无非是?)", text):
                    continue  # "鉴定过 不算危房 就是漏雨": a sign it only has, after the fact itself denied, takes nothing back
                self.said(fact, value, 0.85 - 0.05 * (negations + inside), role)
            else:
                if re.match(r"的?(?:人)?(?:都|也)(?:没有|没|冇|呒没)", text[end:]):
                    continue  # "家里一个上班的都没有": nobody is, not an option said of the applicant
                if any(own <= sp and max(sp) == max(own) and p.negative and p.text.startswith(("没", "不", "无", "未"))
                       and p.fact != phrase.fact for sp, p in spans) and not str(phrase.value).startswith("都不"):
                    continue  # "没人给我们评过困难户": inside another fact's denial ("没…困难户"), the option is denied too
                if phrase.value == "家庭经济困难" and _TIGHT.fullmatch(text[start:end]) and not _TRULY_TIGHT.search(text) and (any(
                        p.fact == phrase.fact and str(p.value).startswith("都不") for _, _, p, _ in ordered) or any(
                        t[0] == phrase.fact and str(t[1]).startswith("都不") for t in self.told + self.pending)):
                    continue  # "没评过什么困难户 …就是两个一起读 手头紧": money tight, the hardship itself denied
                value, _ = polarity(text, start, end, False, others)
                if fact.key == "disability_grade" and text[start:end] == "一级" and re.search(r"[那这哪同上下每轻重低高]$", text[:start]):
                    continue  # "最轻的那一级", "上一级": 一 counts no grade there
                if phrase.value == "退休" and text[start:end].startswith("退下") and re.search(r"兵|部队|伍|军|服役", self.text):
                    continue  # "当过三年兵 退下来进了厂": out of the army, not retired
                if fact.key == "disability_grade" and (PAST_BEFORE.search(text[:start]) or PAST_AFTER.match(text[end:])):
                    continue  # "原来是三级", "三级是他刚办证那年的": the grade it was, not the grade now
                if phrase.value in ("失业", "失业人员或转岗职工") and re.search(r"还$", text[:start]) and any(
                        (k == "is_student" and v is True) or (k == "employment_status" and v == "在校学生")
                        for k, v in [(t[0], t[1]) for t in self.told] + [(t[0], t[1]) for t in self.pending]):
                    continue  # "女儿在师范学院读大二 还没工作": a student not working yet, not out of work
                if value and not inside:  # "不是失业" says nothing about which option
                    self.said(fact, phrase.value, 0.85, role)
                    if value and not inside and fact.key == "employment_status" and phrase.value == "在职" and (
                            self.asked == "zero_employment_household" or "zero_employment_household" in self.relevant) \
                            and not re.search(r"(?:以前|原来|过去|之前|早先|从前|本来|那时候?)[^，,。\s]{0,8}$", text[:start]):
                        # "老婆在超市做收银": someone works (not "女婿以前当保安": worked once)
                        self.add("zero_employment_household", False, 0.8)
        return consumed



# money short for a while, no hardship of its own ("手头紧", "日子紧"): beside a hardship denied, it is none
# ... but said as a hardship against the rating ("没评过困难户 可日子是真紧"): a hardship all the same
_TRULY_TIGHT = re.compile(r"^(?:可|但|可是|但是|不过|只是)|真|很|实在|特别|太|非常|确实|紧得")
_TIGHT = re.compile(r"(?:手头|日子|家里|手上|钱上)[^，,。\s]{0,3}?紧(?:得)?|(?:手头|手上)[^，,。\s]{0,3}?不宽裕")


# what keeps a person from supporting anyone: in prison, paralysed, missing, dead, gravely ill
_CANNOT_SUPPORT = re.compile(r"瘫|中风|坐牢|牢里|服刑|判了|失踪|找不到人|联系不上|没音讯|不在了|走了|去世|过世|没了|死了|植物人|"
                             r"痴呆|智障|精神病|卧床|躺在床|癌|透析|化疗|自身难保|管不了|顾不上|自己都顾不过来")


def _denied_verb_of(phrase: "lex.Phrase", span: set, start: int, text: str) -> bool:
    """A phrase that is only a negator and a verb of getting ("没有领过", "从没拿过") just before
    ``start`` (with at most 什么/啥/任何/过 between): its negator denies what it got, too."""
    if not phrase.negative or not re.fullmatch(r"(?:从来|从|一直|还|都|也)?(?:没有|没|未|不曾)(?:领|拿|吃|享受|交|缴|收|得)(?:到)?(?:过)?(?:着)?",
                                               phrase.text):
        return False
    return 0 <= start - (max(span) + 1) <= 3 and bool(
        re.fullmatch(r"(?:什么|啥|任何|过|的)*", text[max(span) + 1:start]))


# who keeps a resident from work without being the employer: a doctor, the family ("医生不让我干活")
_NOT_THE_EMPLOYER = re.compile(r"(?:医生|大夫|医院|郎中|护士|家里人|老婆|老公|老伴|儿子|女儿|孩子|家里)(?:也|都|说|讲|就|死活)?$")
# the village as an office or a scheme, not where the house is ("村里的养老", "乡下的合作医疗")
_VILLAGE_OFFICE = re.compile(r"(?:养老|保险|社保|医保|合作医疗|低保|干部|书记|主任|会计|证明|补贴|补助|救助|政策|人|领导|广播|通知)")


# a clause that ends asking whether something was done ("证办了没有", "领了没"): a question, no answer
_ASKED_DONE_OR_NOT = re.compile(r"了(?:没有|没)(?:呢|啊|呀|哦)?[？?]?\s*$")


def read(
    text: str,
    catalogue: Catalogue,
    asked: Optional[str] = None,
    known: Optional[Mapping[str, Any]] = None,
    relevant: Sequence[str] = (),
) -> Reading:
    """Every fact ``text`` states, as an answer to ``asked`` (a fact key, or None).

    ``known`` holds the facts recorded so far (and "applicant": whom the
    screening is for); ``relevant`` the facts of the service being screened,
    which decide between two readings of an ambiguous number ("交了十年").
    """
    normalized = prepare(text)
    if not normalized:
        return Reading()  # nothing said, or "算了": the resident stops, nothing is answered
    reading = _Reader(normalized, catalogue, asked, dict(known or {}), relevant).run()
    if asked is None and reading.correction and not reading.facts:
        # "哦不对，我说错了，是五十八" with no question asked: a bare number takes back the one
        # number said before (the age of 六十八), read as the answer to that fact's question
        numbers = [k for k, v in (known or {}).items() if k in catalogue.facts and catalogue.facts[k].type == NUMBER
                   and isinstance(v, (int, float)) and not isinstance(v, bool)]
        fits = []  # each known number the new one could stand for: read as the answer to its question
        for key in numbers:
            again = _Reader(normalized, catalogue, key, dict(known or {}), relevant).run()
            found = again.facts.get(key)
            fact = catalogue.facts[key]
            if found is not None and set(again.facts) == {key} and isinstance(found.value, (int, float)) and (
                    fact.minimum is None or found.value >= fact.minimum) and (fact.maximum is None or found.value <= fact.maximum):
                fits.append(found)
        if len(fits) == 1:  # ("是五十八" after 六十八 and a household of one: the age, the only one it can be)
            found = fits[0]
            return Reading({found.key: FactReading(found.key, found.value, found.confidence, SAID)}, None,
                           True, reading.applicant, reading.place, reading.asks)
    return reading
