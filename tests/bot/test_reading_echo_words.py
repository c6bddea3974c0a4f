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


def test_a_thing_named_then_denied_of_oneself_is_a_no():
    # the question's words, then "我没有" / "一分没到账过" after them (and after the word holding them: 养老金)
    assert facts("单位那种养老保险我没有，一直在家带孩子", "covered_by_employee_pension").get("covered_by_employee_pension") is False
    assert facts("每月的养老金还一分没到账过", "receiving_basic_pension").get("receiving_basic_pension") is False
    assert facts("养老金我一直在领", "receiving_basic_pension").get("receiving_basic_pension") is True
    # the spouse's scheme, and none in one's own name
    assert facts("职工养老是我老婆在厂里交着，我名下一年都没交过", "covered_by_employee_pension").get(
        "covered_by_employee_pension") is False


def test_all_the_care_given_by_one_person_is_long_term_care():
    assert facts("老伴中风以后半边身子动不了 屋里全靠我服侍", "needs_long_term_care").get("needs_long_term_care") is True
    assert facts("阿拉老头子瘫脱哉 全靠阿拉一个人伺候", "needs_long_term_care").get("needs_long_term_care") is True
