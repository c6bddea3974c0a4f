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


@pytest.mark.parametrize("asked, text, value", [
    # a kind of thing, then its denial: the denial reaches back over 这种东西 / 什么的 (Wu 迭种物事)
    ("receiving_basic_pension", "退休工资迭种物事阿拉从来呒没拿过", False),
    ("receiving_basic_pension", "退休金什么的从来没领过", False),
    ("receiving_basic_pension", "退休工资这种东西从来没有拿过", False),
    ("had_another_child", "后来屋里呒没再添过小人 领也呒没领", False),
    ("house_dilapidated", "墙脚一摸就掉渣 门也关不拢", True),
])
def test_more_residents_words_for_a_fact_asked(catalogue, asked, text, value):
    assert values(catalogue, text, asked)[asked] is value


def test_a_retirement_pay_received_still_reads_received(catalogue):
    assert values(catalogue, "退休工资有的 每个月两千多", "receiving_basic_pension")["receiving_basic_pension"] is True


def test_a_wall_giving_way_in_a_story_is_a_dilapidated_house(catalogue):
    text = "老屋是土坯的 今年发大水泡过以后 东面那堵墙往外鼓出来一大块"
    assert values(catalogue, text)["house_dilapidated"] is True


def test_a_birthplace_or_an_old_workplace_beside_the_place_now_is_not_the_place(catalogue):
    from bot.reading import read
    reading = read("我说岔了 她户口去年迁到德清新市了 练市是她出生的地方", catalogue, asked="hukou_place",
                   known={"hukou_place": "南浔区"})
    assert reading.correction and reading.facts["hukou_place"].value == "德清县"
    assert values(catalogue, "埭溪是我原来上班的地方 现在住在安吉递铺", "residence_place")["residence_place"] == "安吉县"
    # a place said alone is still the place
    assert values(catalogue, "户口在练市", "hukou_place")["hukou_place"] == "南浔区"


def test_what_a_supporter_named_is_said_to_suffer_is_not_the_applicants(catalogue):
    """Asked who could support the applicant, "亲戚就一个舅舅 在外地自己也瘫在床上": 自己 with no 我 is the uncle —
    his illness and his place are not the applicant's; the applicant's own (我自己也瘫在床上) still is."""
    got = values(catalogue, "亲戚就一个舅舅 在外地自己也瘫在床上", "has_able_supporter")
    assert got == {"has_able_supporter": False}
    mine = values(catalogue, "没有子女 我自己也瘫在床上", "has_able_supporter")
    assert mine["has_able_supporter"] is False and mine["needs_long_term_care"] is True
