"""Session 17: an answer on when, or on an amount the sources do not give, names the office of the resident's
district or county (a hurried parent asking "我们这里什么时候能这样 谁说了算" gets who to ask there), and says
nothing of a county when none is known. The gap topics no longer take a drive (开了四十多分钟) for a dismissal,
nor a hospital someone owns (私人开的医院) for opening one."""
import pytest

from bot import answers
from bot.triage import gap_words


@pytest.mark.parametrize("aspect", [answers.WHEN, answers.AMOUNT])
def test_when_and_amount_name_the_local_office(kb, aspect):
    service = kb.service("small_class_education")
    text = answers.answer(kb, service, aspect, "安吉县")
    assert "安吉县：安吉县教育局" in text
    assert "安吉县" not in answers.answer(kb, service, aspect, None)


def _topic(text: str):
    found = gap_words(text)
    return found[0].topic if found else None


def test_a_drive_after_a_phone_call_is_no_dismissal_and_a_dismissal_by_phone_still_is():
    assert _topic("我赶紧打电话叫医院派车 车子从县城开上山 开了四十多分钟才到") is None
    assert _topic("老板打了个电话就把我开了 什么手续都没有") == "口头或微信辞退等解除劳动合同的手续"
    assert _topic("经理在微信群里说我被开了") == "口头或微信辞退等解除劳动合同的手续"


def test_a_hospital_someone_owns_is_not_opening_one():
    assert _topic("去了一家私人开的医院 医生说要马上做疗程 两万块 医院这样看病谁来管") is None
    assert _topic("我想在镇上开个中医馆 要什么手续") == "开办诊所等医疗机构的设置审批和执业登记"
    assert _topic("退休了想开一家诊所 要办什么证") == "开办诊所等医疗机构的设置审批和执业登记"


@pytest.mark.parametrize("text, word", [("我三十八 在镇卫生院食堂烧饭 听说农村人的养老保险自己也能交", "卫生院"),
                                        ("我在幼儿园做保洁 想问问失业金", "幼儿园"),
                                        ("老公在县医院当司机 我们想问生二胎的补贴", "医院")])
def test_a_service_named_only_as_where_one_cooks_cleans_or_drives_is_not_asked(text, word):
    from bot.finder import workplaces

    start = text.index(word)
    entity = {"entity": "service", "value": "x", "start": start, "end": start + len(word)}
    assert workplaces([entity], text) == {"x"}


@pytest.mark.parametrize("text, word", [("卫生院食堂的饭菜谁管", "卫生院"), ("在卫生院看病能报多少", "卫生院"),
                                        ("孩子在幼儿园吃饭不好", "幼儿园")])
def test_a_service_named_as_where_something_else_happens_is_still_named(text, word):
    from bot.finder import workplaces

    start = text.index(word)
    entity = {"entity": "service", "value": "x", "start": start, "end": start + len(word)}
    assert workplaces([entity], text) == set()


def test_a_medicine_the_hospital_lacks_is_the_health_bodys():
    assert _topic("医生开的药医院药房说没货 让我们去外面药店买 医院缺药这种情况找谁说") == "医院药房缺药、开了的药配不到等医疗机构的药品供应"
    assert _topic("医院开的药让我们去外面药店买 能不能报销") == "医生开到院外药店购买的药品的医保报销"
    assert _topic("网上买的手机没货了 商家不退钱") != "医院药房缺药、开了的药配不到等医疗机构的药品供应"
