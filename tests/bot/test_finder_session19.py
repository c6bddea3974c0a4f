"""Session 19 (set 24's conversations): an exam that only says when ("想中考后去学做西点") names no school asked for —
the classifier's service stands; asked about itself ("中考后怎么填志愿") it still names the senior high school."""
from bot.finder import workplaces


def _entity(text, word, value="high_school_education"):
    start = text.index(word)
    return {"entity": "service", "value": value, "start": start, "end": start + len(word)}


def test_an_exam_that_says_when_names_nothing():
    for text in ("儿子初三 喜欢修车 中考完想去学汽修 有没有公办的学校", "女儿说高考后就去学护理 有没有这种学校"):
        word = "中考" if "中考" in text else "高考"
        assert "high_school_education" in workplaces([_entity(text, word)], text), text


def test_near_miss_an_exam_asked_about_names_its_school():
    for text in ("中考后怎么填志愿", "中考分数线什么时候出", "儿子中考考了多少分能上高中"):
        assert workplaces([_entity(text, "中考")], text) == set(), text


def test_an_exam_that_says_when_is_no_topic_of_exams():
    from bot.triage import domain_gap
    assert domain_gap("儿子初三 喜欢修车 中考完想去学汽修 有没有公办的学校 找哪个部门") is None
    for text in ("中考后怎么填志愿", "中考加分政策找谁问"):
        assert domain_gap(text).topic == "转学、学籍、升学考试等教育事务", text
