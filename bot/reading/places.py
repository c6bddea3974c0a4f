"""Whose place a place is: the 户籍 (户口在…), where one lives or works (住在…, 在…上班), or
the place the resident is asking about; a place under negation ("不是外地的") is none."""
from __future__ import annotations

import re
from typing import Any, Callable, Dict, List, Optional

from bot.reading import lexicon as lex
from bot.reading.clauses import negators_before
from bot.reading.people import People
from bot.reading.result import ANSWERED, SAID, FactReading, _Collector
from knowledge_base.types import HUZHOU_DISTRICTS, OUTSIDE_HUZHOU

HUZHOU = HUZHOU_DISTRICTS
# Markers of whose place a place is
_HUKOU_BEFORE = re.compile(
    r"(?:户口|户籍|户口本|老家|籍贯|落户|祖籍|出生在|出生于)(?:也|还|就|都|其实|确实|真的|本来|一直|仍然|还是|去年|今年|前年|早就|已经|上个月)*"
    r"(?:登记)?(?:是在|是|在|落在|迁到|迁在)?(?:老家)?\s*$"
    r"|(?:户口|户籍)[^，,。]{0,8}?(?:迁到|迁在|迁回|落到|落在|转到|挂在|放在)了?\s*$"  # "户口去年跟着老公迁到德清"
    # "女儿出生时跟她爸报在了安吉": a birth registered there (报户口)
    r"|(?:出生|生下来|生的)(?:时|的时候|时候|那会儿?)?[^，,。\s]{0,6}?(?:报在|报到|报进|上在|落在)了?\s*$"
    # "他的户口跟我一起都在孝丰镇", "伊个户口同阿拉一道侪勒孝丰镇": the 户籍 with someone else's, there
    r"|(?:户口|户籍)(?:跟|和|同|与)[^，,。\s]{1,4}?(?:一起|一道|一块|一样)(?:也|都|就|还)*(?:是在|在|勒)\s*$")
_BOTH_PLACES = re.compile(r"(?:(?:户口|户籍)(?:和|跟|与|同|、)(?:家|人|住的地方|住处|住的)|(?:家|人|住的地方)(?:和|跟|与|同|、)(?:户口|户籍)|(?:户口|户籍)人|(?<!家)人(?:户口|户籍))"
                          r"(?:也|就|都)*(?:在|是)\s*$")
_HUKOU_AFTER = re.compile(r"^(?:籍|人(?!家|民)|的人|户口|户籍|本地人|农村户口|那边的户口)")
# a place one lived or was in before: "住钟管是老黄历了", "以前住在钟管"
_PAST_AFTER = re.compile(r"^(?:那)?(?:是|都是|那是)(?:老黄历|以前的事|过去的事|老早的事|早就的事|很早的事|很久以前|以前|之前|过去)"
                         # "泗安是她出生的地方", "雷甸是原来上班的厂": where one was born or once worked, said beside the place now
                         r"|^(?:只|只不过|不过)?是(?:她|他|我|伊|我们|孩子|老人)?(?:的)?(?:出生的地方|出生地|生的地方|原来|以前|老家|娘家|上班的地方|工作的地方|打工的地方)")
_PAST_BEFORE = re.compile(r"(?:以前|之前|过去|早先|早些年|原先|从前|老早|小时候|年轻时候?|年轻的时候|年轻辰光|年轻那会儿?)(?:我|我们|阿拉|他|她)?"
                          r"(?:是|一直|都|就)?(?:住在|住|在|呆在|待在)\s*$")
_RESIDENCE_AFTER = re.compile(
    r"^(?:那边|这边|这里|那里|的)?[^，,。.]{0,8}?(?:上班|打工|工作|做事|做工|做了|干活|干了|开|种|住|生活|租房|待了|呆了|带孩子|做)")


# "德清是他外婆家", "南浔是我爸妈家", "德清是我上班的地方": what follows a place says it is another's home or where
# one works — not the place the fact asks (the 户籍, where one lives)
ANOTHERS_PLACE = re.compile(r"^(?:是|算)(?:他|她|我|我们|孩子|伊)?(?:的)?(?:外婆|外公|奶奶|爷爷|姥姥|姥爷|爸妈|父母|公婆|娘家|婆家"
                            r"|亲戚|丈母娘|岳母|岳父|姐姐|哥哥|妹妹|弟弟|女儿|儿子|爸|妈"
                            # "南浔是我表姐家": a cousin's, an aunt's or uncle's home
                            r"|(?:表|堂)(?:姐|哥|妹|弟|姐姐|哥哥|妹妹|弟弟)|舅舅|舅妈|姑姑|姑妈|阿姨|姨妈|小姨|叔叔|婶婶|伯伯|大伯|朋友|同学|老乡)(?:的)?家"
                            r"|^(?:是|算)(?:他|她|我|我们)?(?:的)?(?:上班|打工|工作|做事|出生)(?:的)?地方"
                            # "德清是我老婆娘家": the wife's parents' home, not where the resident lives
                            r"|^(?:是|算)(?:他|她|我|我们|伊)?(?:的)?(?:老婆|老公|爱人|媳妇|男人|老伴)(?:的)?(?:娘家|婆家)")


# the spouse's home, said by the one married into it, is one's own ("我老公家在安吉溪龙乡", "我今年嫁到我老公家")
_SPOUSES_HOME = re.compile(r"(?:^|[，,。\s]|我)(?:老公|丈夫|男人|老婆|媳妇|爱人)(?:的)?家(?:里)?(?:就|也|都)?(?:在|是)\s*$")


class PlaceReading:
    """Part of the reader (reader.py: _Reader) that reads places."""

    districts: List[tuple]
    topic: Optional[str]
    dangling: Optional[str] = None  # the place fact a clause spoke of without naming the place
    place: Optional[str]
    text: str
    asked: Optional[str]
    # the rest of the reader it uses
    lex: lex.Lexicon
    people: People
    out: _Collector
    add: Callable[[str, Any, float], None]
    _of_the_supporter_named: Callable[[str], bool]
    _of_the_child_before: Callable[[], bool]

    def _places(self, text: str) -> None:
        # in the order said: a later place of the same fact is the one that stands ("住钟管…搬到和孚")
        found = sorted(lex.longest_matches(self.lex.places, text))
        for i, (start, end, place) in enumerate(found):
            if i + 1 < len(found) and re.fullmatch(r"(?:县|区|市)?(?:的)?", text[end:found[i + 1][0]]):
                continue  # "长兴吕山", "南浔和孚": the town said after its county is the place, said more exactly
            first = start
            while i > 0 and re.fullmatch(r"(?:县|区|市)?(?:的)?", text[found[i - 1][1]:first]):
                i -= 1
                first = found[i][0]
            # the words before the county are the words before the town ("户口在长兴吕山")
            self._place(text[:first] + text[start:], first, first + end - start, place)
        # "现在住女儿家里，城里爱山街道": a clause of where one lives, its place said in the next
        self.dangling = None if found else "residence_place" if re.search(r"住(?!院|宿|不下|不惯)|搬到|搬去|搬来|租(?!金)", text) \
            else "hukou_place" if re.search(r"户口|户籍", text) else None

    def _place(self, text: str, start: int, end: int, place: str) -> None:
        before, after = text[:start], text[end:]
        if negators_before(text, start, window=3) or re.match(r"^(?:是)?(?:说错了|搞错了|不对)", after):
            if re.match(r"^(?:是)?(?:说错了|搞错了)", after) and re.search(r"户口|户籍", text):
                self.topic = "hukou_place"  # "户口我前面说吴兴是说错了，是德清": the 户籍 is corrected next
            return  # "不是外地的", "前面说吴兴是说错了"
        if re.match(r"^(?:这边|那边|这里|那里|这块)?(?:也|都|倒|又)?(?:不|没|没有)(?:住|在|上班|打工|工作|待|呆)", after):
            return  # "湖州这边也不住": a place denied, no place of the resident's
        clause = re.split(r"[，,。\s]", after, maxsplit=1)[0]
        if self._of_the_supporter_named(re.split(r"[，,。\s]", before)[-1] + clause):
            return  # "亲戚就一个舅舅 在外地自己也瘫在床上": the place of the relative named, asked who could support
        if _PAST_AFTER.match(after) or _PAST_BEFORE.search(before):
            return  # "住钟管是老黄历了", "以前住在钟管": where one lived, not where one lives
        if re.match(r"^(?:那边|那里|那块)?(?:当|服)(?:过|的|了)?[^，,。\s]{0,4}?(?:兵|海军|陆军|空军|武警|役)|^(?:那边|那里)?(?:参军|服役|部队)", after) \
                or re.search(r"(?:当兵|服役|参军|部队)(?:时|的时候|那会儿?|那几年)?(?:是)?(?:在)?\s*$", before):
            return  # "在舟山当的海军": where one served, not where one lives
        if ANOTHERS_PLACE.match(after):
            return  # "德清是他外婆家", "南浔是我爸妈家", "德清是我上班的地方": a place said to be another's home or work
        if re.match(r"^(?:那边|那里|那块)?(?:嫁|娶)(?:过来|来|到这)", after):
            return  # "我是云南嫁过来的": where one comes from, married here — neither the 户籍 now nor where one lives
        if re.search(r"(?:厂|厂子|工厂|公司|单位|老板)[^，,。\s]{0,4}(?:搬到|搬去|迁到|迁去)\s*$", before):
            return  # "厂子搬到外省去了": where the employer went, not where the resident is
        if place == OUTSIDE_HUZHOU and re.match(r"^(?:的)?[^，,。\s]{0,4}?(?:住院|看病|治病|治疗|手术|化疗|放疗|透析|开刀|就医|医院|复查)", after):
            return  # "在杭州住院", "在杭州做了手术": where one is treated, not where one lives ("在德清住院": near home)
        adults = [r for s, e, r in self.people.mentions(before) if r in (lex.SPOUSE, lex.WIFE, lex.HUSBAND, lex.PARENT, lex.OTHER)]
        spans = [(s, e, r) for s, e, r in self.people.mentions(before) if r not in ("pronoun",)]
        owned = [r for s, e, r in spans if re.match(r"的(?:户口|户籍)", before[e:])]
        went_with: Optional[str] = None
        if adults and owned and spans[-1][2] == adults[-1] and spans[-1][2] != owned[-1] and \
                re.search(r"(?:跟|和|同|随)(?:着)?(?:他|她)?$", before[:spans[-1][0]]):
            # "我儿子的户口跟他老婆迁到长兴了": the 户口 is the son's, his wife is who it went with
            adults = [r for r in adults if r == owned[-1]]
            went_with = owned[-1]
        if len(spans) >= 2 and spans[-2][2].startswith("child:") and spans[-1][2] in (lex.SPOUSE, lex.WIFE, lex.HUSBAND, lex.PARENT, lex.OTHER) \
                and re.fullmatch(r"(?:出生时|出生的时候|生下来|一出生)?(?:就)?(?:跟|和|同|随)(?:着)?", before[spans[-2][1]:spans[-1][0]]) \
                and went_with is None \
                and self.people.applicant == lex.CHILD:
            # "孩子跟他爸户口在南浔…办的是孩子": the place of the child asked about, with the parent's
            adults, went_with = [], spans[-2][2]
        if len(spans) >= 2 and spans[-2][2] in (lex.SPOUSE, lex.WIFE, lex.HUSBAND, lex.PARENT, lex.OTHER) \
                and spans[-1][2].startswith("child:") and re.fullmatch(r"(?:和|跟|同|与|、|还有)?", before[spans[-2][1]:spans[-1][0]]) \
                and went_with is None and self.people.is_applicant(spans[-1][2]) and not self.people.is_applicant(spans[-2][2]):
            # "老婆孩子户口在吴兴…问的是孩子": the place of both, the child's among them
            adults, went_with = [], spans[-1][2]
        # "我和老伴住在乾元", "跟老公一起到长兴的厂里上班"
        # ("阿拉祖孙两个户口侪勒天子湖镇": grandmother and grandson, both)
        together = re.search(r"我(?:和|跟|与|同)|(?:^|[，,。\s])家(?:里)?(?:跟|和|同|与)[^，,。\s]{1,4}?(?:都|也)在\s*$|我们|我俩|两口子|祖孙|"
                             # ("两个老人户口都在妙西" for a couple, the one asked for among them)
                             r"(?:两个|两位|俩)老人|老两口|老夫妻|老夫妇|(?:他们|她们|伊拉)(?:俩|两个)|婆孙|爷孙|奶孙|娘儿?俩|爷儿?俩|(?:母子|父子|母女|父女)(?:俩|两个)|(?:跟|和|同)[^，,。]{1,4}(?:一起|一道)|跟着|随着|(?:跟|和|同|与)我(?:们)?(?:一起|一块)?(?:都|也|也都)?(?:住|生活|过)"
                             # "(我户口在德清 不对) 前年已经跟老公迁到织里了": a clause with no one else's 户口 — the
                             # resident went with them
                             r"|(?:^|[，,。\s])[^，,。\s我他她伊]{0,4}(?:跟|随|同)[^，,。\s]{1,3}(?:一起|一道)?(?:把户口)?(?:迁|搬|转)(?:到|去|回|过去)?\s*$"
                             # "户口跟爸妈在千金", "人跟着女儿住在练市": whoever the clause is about (no one named before
                             # 户口), there with the ones named — their place too (session 28)
                             r"|(?:^|[，,。\s])(?:户口|户籍|人)(?:也|就|都|一直|还)*(?:跟|和|同|随)(?:着)?[^，,。\s]{1,4}?(?:一起|一道|一块)?"
                             r"(?:也|都|就|还|一直)*(?:在|勒|落在|挂在|住在|住|住勒)\s*$", before)
        # "我老公家在安吉溪龙乡": the home one married into, one's own
        married_into = bool(adults) and bool(_SPOUSES_HOME.search(before))
        other = bool(adults) and not together and not married_into and not self.people.is_applicant(adults[-1])
        if other:
            if adults[-1] in (lex.SPOUSE, lex.WIFE, lex.HUSBAND, lex.PARENT) and place in HUZHOU and _RESIDENCE_AFTER.match(after):
                self.add("works_or_lives_in_huzhou", True, 0.85)  # "孩子他爸在织里做童装", "她爸妈都在南浔开店"
            if self.asked not in ("hukou_place", "residence_place"):
                return  # "我老婆户口在外地": not the applicant's
        # "我们住德清": the household's place; "我妈一个人住在石淙" asked where the applicant lives: hers, kept
        # with her role (reader.py takes it when the resident says nothing of their own)
        mine = adults[-1] if other else None if together or married_into else self.people.at(text, start, carry=False)
        if went_with is not None:
            mine = went_with
        if mine is None and self._of_the_child_before():
            mine = self.people.last_child  # "儿子好好的 在杭州上班" asked whether he was lost: his place
        if re.search(r"(?:^|[，,。\s])(?:人|他|她|伊)?(?:也|就|都|现在)?住(?:在)?(?:我|我们)(?:家)?(?:这儿|这里|这边|家)\s*$", before):
            mine = "pronoun"  # "他户口在安吉上墅 人住我这儿递铺": the one asked for lives at the resident's
        if re.search(r"户口|户籍", text):
            self.topic = "hukou_place"
        elif re.search(r"住|上班|打工|工作", text):
            self.topic = "residence_place"
        if _BOTH_PLACES.search(before) or (place != OUTSIDE_HUZHOU and (
                re.match(r"^(?:的)?(?:本地人|当地人|土生土长|(?:本地|当地)的?(?=$|[，,。\s]))", after)
                or (re.search(r"土生土长(?:的)?\s*$", before) and re.match(r"^(?:的)?人(?![家民])", after)))):
            # "户口跟家都在织里": the 户籍 and where one lives; "我们一家都是武康本地人": born and living there
            self.districts += [("hukou_place", place, mine), ("residence_place", place, mine)]
            return
        if re.match(r"(?:那边|那里|那儿|老家)?(?:的户口|户口)?(?:也|都)?(?:已经|早就|早)?(?:迁出|迁走|迁掉|转出|销掉|注销)", after):
            return  # "户口前年跟老婆落到月河了 上饶那边迁出来了": where the 户口 was moved from, not where it is
        if place == OUTSIDE_HUZHOU and re.search(r"(?:租|卖|借|让|转|包|介绍)(?:给|拨)(?:了)?(?:几个|一个|一些|两个|些)?\s*$", before):
            return  # "楼上两间空房租拨外地来做生活个人": the people let to come from there, not the speaker
        key = None
        bare_at = bool(re.search(r"在\s*$", before)) and not re.search(r"住|上班|打工|工作|做|干|生活|租", text)
        if self.asked == "hukou_place" and bare_at and not _HUKOU_AFTER.match(after) and place != OUTSIDE_HUZHOU:
            key = "hukou_place"  # "不是外地户口，一直在新市": asked the 户籍, "在" a place is the answer
            if re.search(r"(?:^|[，,。\s]|我|我们|俺|阿拉)家(?:里)?(?:[跟和同与][^，,。\s]{1,5}?)?(?:都|也|就|一直)*在\s*$", before) \
                    and not re.search(r"户口|户籍", text):
                # "吴兴是我上班的地方 家跟婆婆都在长兴吕山乡": the home named is where one lives, too
                self.districts.append(("residence_place", place, mine))
        elif self.asked == "hukou_place" and re.search(r"(?:我|他|她|我们|俺)(?:就|也|本来|原来|都)?是\s*$", before) \
                and re.fullmatch(r"(?:的|那边的|这边的)?\s*", after):
            key = "hukou_place"  # "我是吕山的" asked the 户籍: where one is from
        elif place == OUTSIDE_HUZHOU and re.search(r"(?:我|他|她|我们|俺|人)(?:就|也|本来|原来)?是\s*$", before) \
                and re.match(r"^(?:打工|务工|做工|来打工)", after):
            key = "hukou_place"  # "我是外地打工的": a worker from outside
        elif place == OUTSIDE_HUZHOU and re.match(r"^(?:的)?(?:工友|老乡|同乡|同事|工人|民工|农民工|务工人员|打工仔|打工妹|小伙子?|姑娘|媳妇|朋友)", after):
            key = "hukou_place"  # "我们几个外地工友住在夹浦": where they come from, not where they live
        elif place == OUTSIDE_HUZHOU and re.search(r"(?:我|我们|俺|俺们|咱|咱们|两口子|夫妻俩?|一家人?|他|她|他们|她们|是)\s*$", before) \
                and re.match(r"^[\u4e00-\u9fff]{0,4}的(?=\s|$|[，,。！!])", after):
            key = "hukou_place"  # "我安徽阜阳的", "我们两口子云南昭通的": the province and town one comes from
        elif re.search(r"(?:外地|外省|老家|农村|农业|城镇)(?:的)?(?:户口|户籍)(?:的)?(?:人)?\s*(?:在|来)\s*$", before) \
                and _RESIDENCE_AFTER.match(after):
            key = "residence_place"  # "我外地户口在吴兴做工": the 户口 is 外地's, 在吴兴 where one works
        elif re.search(r"(?:迁到|迁去|迁在|迁回|迁回到|迁过去到|落户到?)(?:了)?\s*$", before) and re.search(r"户口|户籍", self.text):
            key = "hukou_place"  # "户口我说错了 结婚那年迁到南浔菱湖了": the 户口 told of in the clause before
        elif _HUKOU_BEFORE.search(before) or _HUKOU_AFTER.match(after) or (
            # "我是新市那边的人": where one comes from
            re.search(r"是\s*$", before) and re.match(r"^(?:那边|这边|那里|这里|那块|乡下)的?人(?![家民])", after)
        ) or (
            # ("在上海嫁了人", "在上海一个人上班": married or working there, no one from there)
            place == OUTSIDE_HUZHOU and re.match(r"^(?:来|过来|的|人|(?![^，,。\s]{0,2}了|[一两二三几]个)[\u4e00-\u9fff]{1,3}人(?![员家]))", after)
            and not re.search(r"(?:去|到|往|回|飞)\s*$", before)  # "订一张去杭州的火车票": where one goes
            # "考上了杭州的大学", "在上海的厂里": a school or workplace there, not where one comes from
            and not re.match(r"^的(?:大学|学校|高中|中学|职高|技校|学院|医院|厂|公司|工地|单位|店|饭店|餐馆|工厂)", after)
        ):
            key = "hukou_place"
        elif self.dangling == "hukou_place" and re.fullmatch(r"\s*(?:还|也|都|一直|仍然|仍|就|还是)*(?:是|在|落在|挂在)\s*", before) \
                and not _RESIDENCE_AFTER.match(after):
            key = "hukou_place"  # "户口一直没迁过来，还在江西": the 户口 of the clause before, still there
        elif _RESIDENCE_AFTER.match(after) or re.search(
            r"(?:住(?:在)?(?:我|我们|我家|女儿家|儿子家)(?:这儿|这里|这边|那儿)|(?:我|我们|^|[，,。\s])家(?:和|跟|同)[^，,。\s]{1,5}?(?:都|也)在|住在|住|租在|租房在|搬到|搬回|搬回了|搬来|搬回到|搬去|搬过去|搬到了|搬去了|嫁到|嫁在|嫁来|入赘到|入赘在|倒插门到|上门到|我是|家里?(?:就|也|都)?(?:在|住)|(?:上班|工作|打工|做工)的(?:厂|单位|公司|地方|工地)(?:就|也)?在|(?:吃住|干活|上班|打工|做工|工作){1,3}(?:都|也|就)在|(?:我|我们|我家|人|现在|目前|一直|平时|两口子|夫妻俩?|我俩|一家人?)(?:村|家|小区|组|那个村|这个村)?(?:就|也|都)?在)"
            r"(?:湖州(?:市)?(?:的)?)?(?:城里|城区|市区|市里)?\s*$", before  # "人住在湖州城里吴兴这边"
        ) or (self.asked != "hukou_place" and re.fullmatch(r"\s*(?:就|也|都|还|一直)?在\s*", before)
        ) or re.search(r"(?:房子|房屋|住的|厂|厂里|单位|公司|工地|店|铺子?|店面|门面)(?:就|也|都)?在\s*$", before  # "厂在南浔", "房子在杭垓"
        ) or (place != OUTSIDE_HUZHOU and re.search(r"(?:^|[^从回])(?:来|来到|到)(?:了)?\s*$", before) and re.match(
            r"^(?:的)?(?:厂|公司|工地|单位|店|[^，,。]{0,3}?(?:[一二两三四五六七八九十几\d]+|好几|半)(?:年|个月))", after)
        ):  # "来长兴泗安的厂里三年了", "到南浔两年多了": come to work or live there
            key = "residence_place"
        elif self.dangling and re.fullmatch(
                r"(?:就|也|是|在|就在)*(?:城里|城区|市区|镇上|乡下|村里|那边|这边)?(?:的)?", before.strip()) \
                and re.fullmatch(r"(?:那边|这边|那里|这里|的|街道|镇|村|小区|那块)?(?:的)?(?:[了啊呀呢嘛哦]*)", after.strip()):
            key = self.dangling  # "现在住女儿家里，城里爱山街道": the place of the clause before
        elif self.asked in ("hukou_place", "residence_place") and not self.topic:
            key = self.asked
        elif self.topic and (self.out.repaired or re.search(r"(?:说|讲|记|搞|填)错了", self.text[:self.text.find(text)] if text in self.text else "")):
            key = self.topic  # "户口我前面说吴兴是说错了，是德清"
        elif self.asked in ("hukou_place", "residence_place"):
            key = self.asked
        elif place != OUTSIDE_HUZHOU:
            self.place = place
        if key:
            self.districts.append((key, place, mine))

    def _only_elsewhere(self, facts: Dict[str, FactReading]) -> None:
        """"现在一家都在嘉兴秀洲，工作和房子都在那边" to "在湖州工作或居住吗": living and
        working only outside Huzhou is a no, whatever "都在" sounded like."""
        elsewhere = facts.get("residence_place")
        if elsewhere is None or elsewhere.value != OUTSIDE_HUZHOU:
            return  # (the places of the message are looked up only when it matters)
        if "湖州" in self.text or any(p != OUTSIDE_HUZHOU for _, _, p in lex.longest_matches(self.lex.places, self.text)):
            return
        found = facts.get("works_or_lives_in_huzhou")
        if (found is None and self.asked == "works_or_lives_in_huzhou") or (found is not None and found.value is True):
            facts["works_or_lives_in_huzhou"] = FactReading("works_or_lives_in_huzhou", False, 0.85, ANSWERED)

    def _home_village_house(self, facts: Dict[str, FactReading]) -> None:
        """"有房子，不过是老家的宅基地" to "在湖州本地有自己的住房吗": the house is where one comes
        from, not here — a no to lean on (the office checks), never a refusing yes."""
        house = facts.get("has_local_housing")
        if house is None or house.value is not True or not re.search(r"老家|老家那边|乡下老家|外地", self.text):
            return
        if re.search(r"湖州|本地|这边|这里|市区|城里", self.text):
            return
        facts["has_local_housing"] = FactReading("has_local_housing", False, 0.75, house.how)

    def _moved_here(self, facts: Dict[str, FactReading]) -> None:
        """"嫁到长兴来的，户口也迁过来了", "户口也在此地": the 户籍 is where one lives."""
        here = facts.get("residence_place")
        if re.search(r"(?:户口|户籍)(?:也|都|早就|已经)*(?:迁|转|落)(?:了)?(?:过来|到这边|到这里)", self.text):
            # "老家河南驻马店 …入赘到长兴吕山 户口也迁过来了": the 户口 moved here is no longer the home place's; with no
            # place lived in read, the last Huzhou place named is where it came (never the 外地 left behind)
            if here is None or here.value == OUTSIDE_HUZHOU:
                named = [p for _, _, p in lex.longest_matches(self.lex.places, self.text) if p != OUTSIDE_HUZHOU]
                hukou = facts.get("hukou_place")
                if named:
                    facts["hukou_place"] = FactReading("hukou_place", named[-1], 0.8,
                                                       ANSWERED if self.asked == "hukou_place" else SAID)
                elif hukou is not None and hukou.value == OUTSIDE_HUZHOU:
                    del facts["hukou_place"]
                return
        if here is not None and here.value != OUTSIDE_HUZHOU and re.search(
                r"(?:户口|户籍)(?:也|都|早就|已经)*(?:迁|转|落)(?:了)?(?:过来|到这边|到这里|在这边)"
                # "住在善琏，户口也在此地", "德清莫干山镇的，户口也在镇上": the place just named
                r"|(?:户口|户籍)(?:也|都|就)+(?:在|是)(?:此地|这里|这边|这儿|本地|当地|镇上|村里|街道上)", self.text):
            facts["hukou_place"] = FactReading("hukou_place", here.value, 0.85,
                                               ANSWERED if self.asked == "hukou_place" else here.how)

    def _hukou_back_home(self, facts: Dict[str, FactReading]) -> None:
        """"户口在老家没迁，来湖州打工五年了": one who came to Huzhou from elsewhere, the 户籍 still
        back home, is registered outside Huzhou. Without that story "户口还在老家" names no place."""
        if "hukou_place" in facts or not re.search(
                r"(?:户口|户籍)(?:也|都|就|其实|一直)*(?:还|仍|仍然|还是)?(?:在|留在|放在|挂在)(?:乡下)?老家|(?:户口|户籍)[^，,。]{0,6}(?:没迁|没有迁|没动|没转)", self.text):
            return
        if any(p != OUTSIDE_HUZHOU for _, _, p in lex.longest_matches(self.lex.places, self.text)):
            return  # "户口还在南浔和孚老家": the home place named is in Huzhou
        came = re.search(r"(?<!嫁)(?:来|到)(?:了)?(?:湖州|这边|这里|此地)(?:来)?(?:打工|做事|上班|干活|工作|做工)|(?<!嫁)(?:来|到)湖州(?:来)?的|外地(?:来|人)|外省|"
                         r"(?:从|打)[^，,。]{1,8}(?:过来|来的|来湖州|到湖州)|过来打工", self.text)
        migrant = facts.get("migrant_worker")
        if (migrant is not None and migrant.value is False) or not (came or (migrant is not None and migrant.value is True)):
            return
        facts["hukou_place"] = FactReading("hukou_place", OUTSIDE_HUZHOU, 0.8,
                                           ANSWERED if self.asked == "hukou_place" else SAID)

    def _lives_there(self, facts: Dict[str, FactReading]) -> None:
        """"长兴李家巷本地人，就住在镇上": one lives where the 户籍 just named is."""
        hukou = facts.get("hukou_place")
        if hukou is not None and hukou.value != OUTSIDE_HUZHOU and "residence_place" not in facts and re.search(
                r"(?:就|也|都|一直)住在?(?:镇上|村里|这里|这边|这儿|本地|当地|老家)"
                # "户口勒龙山街道 人也住勒浪" (Wu: lives there too), "户口在上墅 人也住那边"
                # ("户口在雷甸镇 也住那", Wu "人也住勒该搭": lives there too)
                r"|(?:人|我|他|她|阿拉|伊|(?:^|[，,。\s]))(?:也|都|就)住(?:在|勒|辣)?(?:浪|那边|那里|那儿|那块|一起|同一个地方|该搭|搿搭|箇搭|那(?=$|[，,。？?！!\s]))(?![^，,。\s]{0,3}[吗嘛么伐])"
                # ("老公户口在朝阳街道 人也在家里": he is at home there too — session 27)
                r"|(?:人|他|她|伊)(?:也|都)(?:一直)?(?:在|待在|呆在|勒)(?:家里|屋里|家头|那边|那里|那儿)(?=$|[，,。\s])", self.text):
            facts["residence_place"] = FactReading("residence_place", hukou.value, 0.85,
                                                   ANSWERED if self.asked == "residence_place" else hukou.how)

    def _district(self, key: str, place: str) -> None:
        self.add(key, place, 0.9)
