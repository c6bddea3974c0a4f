"""bot/eligibility_cues.asks_whether: a clause asking, yes or no, whether one can have something
(or telling the help one heard of) — not where, how, when or how much."""
import pytest

from bot.eligibility_cues import asks_whether


@pytest.mark.parametrize("text", [
    "九月份能不能让他去上小班", "老二可不可以也一起送进去", "这种情况学费能减一点吗", "有没有政府出钱的培训班",
    "政府有没有应急的帮助", "国家是不是有什么帮扶", "看病的钱政府还能再帮一把吗", "我们外地人能排得上吗",
    "听人讲残疾人交社保政府会补一点", "听同事说有不花钱的 我中午就半小时", "他以后谁来管？",
    "明年是不是该上小学了 报名大概几月", "老板没给补偿 我想讨个说法", "侬帮阿拉想想办法", "有啥门路",
])
def test_yes_no_questions_and_help_heard_of(text):
    assert asks_whether(text)


@pytest.mark.parametrize("text", [
    "去哪里办", "能不能在网上办", "有没有材料清单", "报名是几月份", "要带户口本吗", "补贴一个月多少钱",
    "我们住在练市", "怎么申请", "讨说法去哪里",
])
def test_where_how_when_and_statements_are_not(text):
    assert not asks_whether(text)
