"""Answers that repeat the question's own words ("照顾倒不需要" to "需要长期照护吗？"),
with or without a negation, and a yes asked back with 什么 ("读啥书啊": no)."""
from __future__ import annotations

import re
from typing import Any, Callable, Dict, Mapping, Optional, Tuple

from bot.reading.clauses import A_NOT_A, HYPOTHETICAL, clauses, polarity
from bot.reading.nonanswers import is_question
from bot.reading.result import ANSWERED, FactReading, Reading
from bot.reading.yesno import question_start
from bot.reading import lexicon as lex
from knowledge_base.types import APPLICANT, BOOLEAN, HOUSEHOLD, Catalogue, Fact

# "读啥书啊", "上什么学哦", "哪有啥收入": a verb and its object with 什么 between, asked back
# (the particles are gone by now: normalize() drops 啊/呀); not "在读啥书" or "算什么收入", which ask
_RHETORICAL = re.compile(r"(?:还|都|哪里|哪)?(?:有)?(?!在|正在|是|要|需要|算)((?:(?![没不无未])[\u4e00-\u9fff]){1,2}?)(?:什么|啥)([\u4e00-\u9fff]{1,3}?)"
                         r"(?:啊|呀|哦|嘛|哟|哇|呢|噢)*[!！]*")
# "哪里是外头来打工的": the words of a yes, asked back with 哪里是 — a no
_WHERE_IS = re.compile(r"(?:我|我们|俺|阿拉|他|她|我家)?(?:哪里|哪儿)(?:是|算)()([\u4e00-\u9fff]{2,12}?)(?:啊|呀|哦|嘛|呢|哟)*[!！?？]*")
_QUESTION_STOPWORDS = {"是否", "申请人", "您家", "家里", "现在", "已经", "或者", "比如", "当地", "清楚", "可以", "不知道",
                       "这个", "什么", "怎么", "多少", "还是", "就是", "吗", "的", "了", "有", "是", "没有", "或", "和",
                       "等", "他", "她", "您", "我", "自己", "里", "在", "之后", "一个", "规定", "标准", "情况"}
_WORDS: Dict[str, Tuple[str, ...]] = {}
# "您家在湖州本地有自己的住房吗": the place only says where the thing asked about is; naming
# the place ("湖州这边…") echoes nothing of what is asked unless having is said after it
_SCOPE_WORDS = {"湖州", "本地", "当地"}
_HAVING_THERE = re.compile(r"在(?:湖州|本地|当地)+有")

# a clause that ends "…一套房都没有", "…一分钱也没有": none at all of what it named
_NONE_AT_ALL = re.compile(r"^[^，,。；;]{0,10}(?:都|也)(?:没有?|无|不是|没得|呒没)[了的啊呀哦嘛]*\s*$"
                          # "什么困难认定都没有办过": none of what it named was ever done
                          r"|^[^，,。；;]{0,10}(?:都|也)(?:从来|从|还)?(?:没有?|没得|呒没)(?:办|评|弄|申请|认定|交|缴|参加|领|拿|买)(?:过)?[了的啊呀哦嘛]*\s*$"
                          # "单位那种养老保险我没有", "养老金还一分没到账过": the thing named, then denied of oneself
                          r"|^[^，,。；;]{0,10}?(?:我|我们|俺|阿拉|自己)(?:都|也|还|从来|一直)?(?:没有?|没得|呒没)(?:交|缴|参加|办|领|拿)?(?:过)?[了的啊呀哦嘛]*\s*$"
                          # "职工那种社保一直没交过": the thing named, then never done, said of no one
                          r"|^[^，,。；;]{0,10}?(?:一直|从来|从|压根|根本)(?:都|也)?(?:没有?|没得|呒没)(?:交|缴|参加|办|领|拿|买)(?:过)?[了的啊呀哦嘛]*\s*$"
                          # ("养老钱一分也没拿过": the word's own noun, then none of it)
                          r"|^[\u4e00-\u9fff]{0,2}?(?:还|都|也|一直)?一(?:分|分钱|次|回|年)(?:都|也)?(?:没有?|没得|呒没)[\u4e00-\u9fff]{0,3}?(?:过)?[了的啊呀哦嘛]*\s*$")


def question_words(fact: Fact) -> Tuple[str, ...]:
    """The content words of a fact's question and label ("照护", "照顾", "需要")."""
    if fact.key not in _WORDS:
        import jieba

        question = re.sub(r"（[^）]*不知道[^）]*）", "", fact.question)  # not the "不清楚可以说不知道" note
        if re.search(r"符合|规定|以内|以下|不超过", question.split("（")[0]) or re.search(r"（[^）]*[没不无][^）]*）", question):
            # "财产（存款、房产、车辆等）符合规定吗": denying an example ("存款没有") is no "no"
            # to the question; examples of what one has ("有生活来源吗（工资…）") are
            question = re.sub(r"（[^）]*）", "", question)
        text = re.sub(r"[（）()，,。？?、“”：:]", " ", question + " " + fact.label)
        words = {w for w in jieba.lcut(text) if len(w) >= 2 and w not in _QUESTION_STOPWORDS and w.strip()}
        _WORDS[fact.key] = tuple(sorted(words, key=lambda w: (-len(w), w)))  # (a fixed order: not the hash seed's)
    return _WORDS[fact.key]


def _token_spans(text: str) -> list:
    """(start, end) of jieba's words of ``text`` (the reader's cached segmentation)."""
    from bot.reading.reader import _words  # (reader.py imports this module)

    spans, at = [], 0
    for token in _words(text):
        spans.append((at, at + len(token)))
        at += len(token)
    return spans


def _straddles(tokens: list, start: int, end: int) -> bool:
    """A word of the text overlaps [start, end) only in part ("儿子|女儿" over 子女), rather than
    holding it ("小家庭" holds 家庭) or lying inside it."""
    return any(a < end and start < b and not (a <= start and end <= b) and not (start <= a and b <= end)
               for a, b in tokens)


# a sum of ten thousands said right after the question's word ("存款就几百万", "存款有二十来万"):
# the echo reads no yes from it (small sums, "存款几千块", are read as the answer they are)
_AMOUNT_AFTER = re.compile(r"^[^，,。；;]{0,4}?[\d一二两三四五六七八九十几]+[十百千]*(?:来|多)?万")


# "比低保户还穷", "比那些吃低保的还苦": what is compared with is not had (a line compared with,
# "比最低那条线还差一截", is the answer to whether one is below it)
COMPARED_WITH = re.compile(r"(?:比|不如|赶不上)(?:当地|那些|人家)?(?:吃|拿|领|享受)?$")


# "收入还是存款", "工资还是养老金": two things named, one or the other, asked back (not "收入还是很低": still)
_CHOICE_ASKED = re.compile(r"[\u4e00-\u9fff]{1,6}还是(?!很|太|挺|蛮|比较|不|没|低|高|老|那|在|一样|照|跟|和|原|以前|有|是|要|会|能)"
                           r"[\u4e00-\u9fff]{1,6}[吧呢啊呀]?[？?]?")


class EchoReading:
    """Part of the reader (reader.py: _Reader) read last, when nothing else answered the question."""

    # the reader's state and entry point
    text: str
    catalogue: Catalogue
    facts: Mapping[str, Fact]
    asked: Optional[str]
    known: Mapping[str, Any]
    people: Any  # people.py: People
    asked_of_us: set  # clauses that ask the assistant
    run: Callable[[], Reading]
    _of_another_household: Callable[[str, int], bool]

    def _echo(self) -> Optional[FactReading]:
        """"照顾倒不需要" to "需要长期照护（…照顾）吗？": the answer repeats words of the
        question, with or without a negation. Read last, when nothing else
        answered, and with less confidence."""
        assert self.asked is not None  # read only for the question asked
        fact = self.facts[self.asked]
        if fact.type != BOOLEAN:
            return None
        words = question_words(fact)
        value = None
        parts = clauses(self.text)
        subjects = [self.people.subject(c.text)[0] for c in parts]
        for clause, subject in zip(parts, subjects):
            text = clause.text
            if A_NOT_A.search(text) or is_question(text) or question_start(text, self.text[clause.end:clause.end + 1]) is not None \
                    or clause.start in self.asked_of_us or HYPOTHETICAL.search(text) or _CHOICE_ASKED.fullmatch(text.strip()):
                continue  # "危房要谁来鉴定？", "收入还是存款": the words of the question, asked back
            if fact.subject == APPLICANT and subject not in (None, "pronoun") and not self.people.is_applicant(subject) \
                    and (lex.SELF in subjects or any(s not in (None, "pronoun") and self.people.is_applicant(s) for s in subjects)):
                continue  # "我老公单位有养老保险，我是在家带孩子的": his, and the resident speaks of herself; "女婿在国企有职工养老
                # 女儿在家带娃没交 问的是女儿": the son-in-law's, and the daughter asked of has a clause of her own (session 25)
            done_for = self.people.beneficiary(text) if fact.subject == APPLICANT and subject is None else None
            if done_for is not None and not self.people.is_applicant(done_for) and self.people.applicant is not None:
                continue  # "单位给我老公交的 …问的是我": done for him, and the resident asks of someone else
            tokens = _token_spans(text)
            seen: list = []  # spans read by a longer word ("养老金" before the 养老 inside it)
            for word in words:
                if word not in text:
                    continue
                for m in re.finditer(re.escape(word), text):
                    if _straddles(tokens, m.start(), m.end()) or any(a < m.end() and m.start() < b for a, b in seen):
                        continue  # "儿子女儿都没有" holds 子女 across two words: not the question's word
                    seen.append((m.start(), m.end()))
                    if word in _SCOPE_WORDS and _HAVING_THERE.search(fact.question) and not re.search(r"有|没|无", text[m.end():]):
                        continue  # "湖州这边名下干干净净" to "在湖州本地有住房吗": only the place, nothing had
                    if _AMOUNT_AFTER.match(text[m.end():]):
                        continue  # "存款就几百万": the word with a sum of ten thousands is no yes
                    if COMPARED_WITH.search(text[:m.start()]) and not re.match(r"[^，,。]{0,3}?(?:线|标准|水平|数|倍)", text[m.end():]):
                        continue  # "比低保户还穷", "比吃低保的还苦": the question's word as a measure, not a yes
                    if fact.subject == HOUSEHOLD and self._of_another_household(text, m.start()):
                        continue  # "低保是我哥那户吃着": another household's, no yes for ours
                    if re.search(r"(?:别的|其他|其它|另外的?)$", text[:m.start()]):
                        continue  # "也没别的收入" to "收入低于标准吗": no other income, not a no to the question
                    word_end = next((b for a, b in tokens if a < m.end() <= b), m.end())  # (养老 in 养老金: after 金)
                    # "养老金都还没拿过": the word inside a longer one is denied after the whole word
                    value, count = polarity(text, m.start(), word_end)
                    if count == 0 and _NONE_AT_ALL.search(text[word_end:]):
                        value = not value  # "在湖州一套房都没有": the clause ends denying what it names
        return FactReading(fact.key, value, 0.75, ANSWERED) if value is not None else None

    def _rhetorical(self) -> Optional[FactReading]:
        """"读啥书啊，我五十五了" to "是在校学生吗": the words of a yes, asked back with 什么 — a no."""
        assert self.asked is not None  # read only for the question asked
        if self.facts[self.asked].type != BOOLEAN:
            return None
        for clause in clauses(self.text):
            m = _RHETORICAL.fullmatch(clause.text.strip()) or _WHERE_IS.fullmatch(clause.text.strip())
            if m is None:
                continue
            reader: Callable[..., EchoReading] = type(self)  # reader.py's _Reader, of which this is part
            said = reader(m.group(1) + m.group(2), self.catalogue, self.asked, self.known, ()).run()
            found = said.facts.get(self.asked)
            if found is not None and found.value is True:
                return FactReading(self.asked, False, 0.8, ANSWERED)
        return None
