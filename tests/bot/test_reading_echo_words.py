"""An answer that repeats the question's words is read by them only where they are words of the
answer: "伲子囡儿都呒没" (no son, no daughter) to "有生活来源吗（工资、养老金、子女给的钱等）" holds
子女 across 儿子|女儿 — no children is another fact, not "no income"; "小家庭没有" still holds 家庭."""
from bot.reading import read
from knowledge_base.loader import load_catalogue

CATALOGUE = load_catalogue()


def facts(text, asked):
    return {k: v.value for k, v in read(text, CATALOGUE, asked=asked).facts.items()}


def test_a_question_word_across_two_words_of_the_answer_is_not_echoed():
    for text in ("伲子囡儿都呒没", "儿子女儿都没有"):
        read_ = facts(text, "has_income_source")
        assert "has_income_source" not in read_, read_
        assert read_.get("has_able_supporter") is False


def test_a_question_word_inside_a_longer_word_still_is():
    assert facts("收入都呒没", "has_income_source").get("has_income_source") is False
    assert facts("低保是我爸妈那边在吃，我们小家庭没有", "dibao_household").get("dibao_household") is False
