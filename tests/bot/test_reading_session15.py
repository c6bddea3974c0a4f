"""Reading classes found in set 20's conversations (session 15), each with phrasings of our own and cases the rule
must not catch: no one among several (没有哪个), Wu words of a past told as past (老早个事体哉), an employer that never
paid in, the child's mother asked as the wife, a comparison with twice the minimum-living line."""
import pytest

from tests.bot.reading_support import values


@pytest.mark.parametrize("asked, text, value", [
    ("household_has_disabled", "一家四口身体都好 没有哪个是残疾的", False),
    ("household_has_disabled", "我们家没哪个有残疾", False),
    ("household_has_disabled", "老老小小都没病没残", False),
    ("household_has_disabled", "全家都是健全人", False),
    ("is_student", "伊读书是老早个事体哉", False),
    ("covered_by_employee_pension", "原来那个厂也没帮她交过", False),
    ("covered_by_employee_pension", "老板从来没有帮我交过", False),
    ("income_within_200pct_dibao", "两个人都上班 比低保的两倍要高", False),
    ("income_within_200pct_dibao", "算下来低保的两倍都不到", True),
])
def test_residents_words_for_a_fact_asked(catalogue, asked, text, value):
    assert values(catalogue, text, asked)[asked] is value


def test_no_one_among_several_is_not_a_question(catalogue):
    from bot.reading import read
    reading = read("母子俩都挺好 没有哪个是残疾的", catalogue, asked="household_has_disabled")
    assert reading.non_answer is None and not reading.asks
    # which one, asked, is still a question
    assert read("哪个算残疾的", catalogue, asked="household_has_disabled").asks


def test_twice_the_line_is_not_the_benefit(catalogue):
    """"比低保的两倍要高": the line compared with, not a household on 低保."""
    assert "dibao_household" not in values(catalogue, "收入比低保的两倍要高", "income_within_200pct_dibao")
    assert values(catalogue, "我们家吃低保的", "dibao_household")["dibao_household"] is True


def test_the_childs_mother_asked_as_the_wife(catalogue):
    """Asked the wife's age, "她妈妈" (the child's mother) is the wife; asked nothing, a mother is not."""
    assert values(catalogue, "她妈妈是七九年生的 今年四十七", "woman_age")["woman_age"] == 47
    assert values(catalogue, "他妈今年五十了", "woman_age")["woman_age"] == 50
    assert "woman_age" not in values(catalogue, "我妈妈今年七十")
