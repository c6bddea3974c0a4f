"""Set 19's openings, action side (sentences written for these tests): Wu's A-not-A question (好勿好, 能弗能) asks
whether as Mandarin's does; what a family lives on (靠…退休金) or a benefit it already has (吃低保) is told, not asked;
of several needs, the one told in the only clause that asks is what is asked when every service named stands in what
is told; being due for school (该背书包去念书了吧) asks whether in any clause; a family from a province's city
(贵州遵义过来的) is from elsewhere; a disabled resident paying into the insurance asks for its subsidy."""
from actions.common import finding
from actions.service_answers import ActionAnswerService
from actions.situation import _asks_a_named_service
from bot.eligibility_cues import asks_eligibility, asks_whether, plain
from bot.story_needs import needs
from tests.actions.conftest import message, run, slots_set, tracker


def named(text, word, sid):
    at = text.index(word)
    return [{"entity": "service", "value": sid, "start": at, "end": at + len(word)}]


def test_wu_a_not_a_asks_as_mandarin_does():
    assert plain("现在好勿好每个号头领点") == "现在好不好每个号头领点"
    assert plain("侬看能弗能帮伊") == "侬看能不能帮伊"
    assert asks_whether("阿拉老头子七十二哉 农保交满十五年 现在好勿好每个号头领点铜钿")
    assert asks_whether("屋里厢就伊一个人 政府能弗能管管伊")
    # Wu that asks nothing: still nothing
    assert not asks_whether("阿拉勿晓得 老头子勿肯去")
    assert not asks_whether("阿拉住勒练市 屋里三个人")


def test_what_a_family_lives_on_is_told_not_asked():
    text = "我们两口子的厂都关了 半年没找到活 全家就靠老人那点退休金 有没有人能帮我们找个事做"
    found = finding(tracker(message(text, "find_service", named(text, "退休金", "employee_basic_pension"))))
    assert not _asks_a_named_service(text, found)
    # a pension asked about is asked
    asked = "我七十了 退休金能不能涨一点"
    found = finding(tracker(message(asked, "find_service", named(asked, "退休金", "employee_basic_pension"))))
    assert _asks_a_named_service(asked, found)


def test_the_need_living_on_a_pension_asks_is_screened():
    text = "我们两口子的厂都关了 半年没找到活 全家就靠老人那点退休金 有没有人能帮我们找个事做"
    ranking = [{"id": "employee_basic_pension", "name": "职工基本养老保险", "confidence": 0.5}]
    _, events = run(ActionAnswerService(), tracker(message(text, "find_service", named(text, "退休金", "employee_basic_pension"), ranking=ranking)))
    assert slots_set(events).get("eligibility_service") == "employment_assistance"


def test_the_one_need_in_the_asking_clause_beside_a_device_told():
    text = "女儿五岁 天生听力差 一直戴着助听器在镇上园里读中班 助听器的电池也要钱 园里一学期的伙食费保育费能不能减一点"
    entities = named(text, "助听器", "assistive_devices")
    ranking = [{"id": "assistive_devices", "name": "残疾人辅助器具", "confidence": 0.6}]
    _, events = run(ActionAnswerService(), tracker(message(text, "find_service", entities, ranking=ranking)))
    assert slots_set(events).get("eligibility_service") == "preschool_financial_aid"
    # the device asked about is the device's
    asked = "女儿五岁 天生听力差 园里伙食费也不少 助听器坏了能不能换个新的"
    entities = named(asked, "助听器", "assistive_devices")
    _, events = run(ActionAnswerService(), tracker(message(asked, "find_service", entities, ranking=ranking)))
    assert slots_set(events).get("eligibility_service") != "preschool_financial_aid"


def test_due_for_school_asks_whether_in_any_clause():
    assert asks_eligibility("明年秋天该背书包去念书了吧")
    assert asks_whether("儿子二〇二〇年九月生的 明年该背上书包去读书了吧 报名几号开始 我在开车")
    assert not asks_whether("儿子早就背书包去念书了 报名几号开始")


def test_a_family_from_a_provinces_city_is_from_elsewhere():
    assert needs("我们是贵州遵义过来的 在织里做童装 女儿今年六岁 明年想在这边上一年级")[0][1] == "migrant_children_enrolment"
    assert needs("女儿今年六岁 明年想在吴兴上一年级")[0][1] == "compulsory_school_enrolment"


def test_a_disabled_resident_paying_in_asks_for_its_subsidy():
    assert ("残疾人交社保", "disabled_insurance_subsidy") in needs("我哥聋哑 在厂里打零工 厂里不交 他想自己交养老和医疗 问有没有人帮着出一点")
    assert needs("前年在厂里被机器轧断两根手指 想接着交养老保险 钱不够 听说残了的人交保险有人帮一把")[0][1] == "disabled_insurance_subsidy"
    # no one disabled: no such need
    assert ("残疾人交社保", "disabled_insurance_subsidy") not in needs("我在厂里打零工 厂里不交 想自己交养老和医疗 问有没有人帮着出一点")


def test_everyday_words_of_needs():
    assert needs("我侄女二十岁 想先把乡下的养老交起来 问现在能不能交")[0][1] == "resident_basic_pension"
    assert needs("阿拉老头子昨日拨小车撞脱 还困勒医院里 屋里铜钿全部拿出来哉 政府好帮帮伐")[0][1] == "temporary_assistance"
    assert needs("老伴走了以后一个人过 手里呒没进账 好勿好吃点政府个补助")[0][1] == "minimum_living_allowance"
    assert needs("儿子两岁半 我们都要上班 街道那个托班能不能先把他收进去")[0][1] == "kindergarten_enrolment"
    assert needs("我们两口子打算明年要孩子 怀之前两个人一起去医院抽血查一查的那个 是不是不要钱")[0][1] == "free_preconception_checkup"
    assert needs("上个月厂子倒闭了 社保交了四年 想问每个月能不能领点钱过渡")[0][1] == "unemployment_insurance_benefit"
    assert needs("在服装厂做了一年 合同到期不让干了 能拿那个每个月的钱吗")[0][1] == "unemployment_insurance_benefit"
    # a job ended, nothing asked of money each month: not the benefit
    assert ("失业期间的钱", "unemployment_insurance_benefit") not in needs("合同到期不让干了 想找个新的活")


def test_a_child_at_school_already_is_told():
    text = "厂子关了 我五十了找不到活 女儿还在读高中 想问我这种情况每个月能不能领点钱"
    at = text.index("读高中")
    found = finding(tracker(message(text, "check_eligibility", [{"entity": "service", "value": "high_school_education", "start": at, "end": at + 3}])))
    assert not _asks_a_named_service(text, found)
    asked = "女儿明年读高中 学费能不能少交点"
    at = asked.index("读高中")
    found = finding(tracker(message(asked, "check_eligibility", [{"entity": "service", "value": "high_school_education", "start": at, "end": at + 3}])))
    assert _asks_a_named_service(asked, found)


def test_situations_that_lead_to_one_service():
    from bot.finder_cues import cued_services
    cases = {
        "前天夜里台风过境 水一下子涨进屋里 人家都说手机会提醒 我的手机从没响过": "emergency_warning",
        "我打算自己开个卖奶茶的小店 听说自己创业有贷款贴息 找哪里问": "entrepreneurship_support",
        "老毛病咳嗽好几年 想找个会把脉的老先生开点草药 哪里有": "tcm_medical_services",
        "我们村里那个看病的卫生室关了半年 老医生走了没人接 这事归谁": "primary_health_facilities",
        "我跟老婆结婚十年 最近老是吵 想找个人帮我们好好谈谈 政府有没有管这个的": "marriage_family_counselling",
        "厂子倒了 网上招工的一大半是骗人的 有没有政府开的地方帮我指点指点": "employment_services",
        "村里老人想听懂法律的人讲讲遗嘱怎么立 有没有公家办的课": "legal_education_publicity",
        "楼下那家小姑娘才七岁 爸妈好几天没回家了 这种该找谁": "left_behind_children_care",
        "我在外地打工 老师说儿子作业老不做 学校有没有人专门关心爸妈不在身边的孩子": "left_behind_children_education",
        "地被征了 听说村里能帮着牵线到镇上厂里上班": "rural_labour_transfer",
    }
    for text, sid in cases.items():
        assert sid in cued_services(text), text
    # what they must not catch
    assert "tcm_medical_services" not in cued_services("医生开的西药吃了没用 去哪里看")
    assert "entrepreneurship_support" not in cued_services("想开个小店 有没有教开店的培训班 听说有补贴")
    assert "marriage_family_counselling" not in cued_services("老公跟邻居吵了一架 邻居把他打伤了")
    assert "left_behind_children_care" not in cued_services("爸妈好几天没打电话来了")


def test_a_where_question_put_out_of_scope_goes_to_the_service_its_situation_leads_to():
    from actions.service_answers import ActionOutOfScope
    from tests.actions.conftest import texts
    text = "老毛病咳嗽好几年 想找个会把脉的老先生开点草药 我住长兴 这个归哪个单位管"
    messages, events = run(ActionOutOfScope(), tracker(message(text, "out_of_scope"), {"residence_place": "长兴县"}))
    assert slots_set(events).get("current_service") == "tcm_medical_services"
    assert "长兴县" in texts(messages)
    # nothing it leads to: which service
    messages, _ = run(ActionOutOfScope(), tracker(message("我住长兴 这个归哪个单位管", "out_of_scope")))
    assert "哪项服务" in texts(messages)


def test_more_everyday_words_of_needs():
    assert needs("俺是安徽阜阳的 在厂里上班 大儿子十岁在老家念四年级 想接过来 他能不能在这边接着读")[0][1] == "migrant_children_enrolment"
    assert needs("阿拉七十八哉 一辈子呒没讨老婆 屋里就阿拉一个人 饭也烧勿动哉 政府好勿好管管阿拉")[0][1] == "extreme_poverty_support"
    assert needs("阿拉就一个囡儿 前年去海里游泳再也呒没上来 听讲像阿拉迭种人家政府有补贴")[0][1] == "family_planning_special_assistance"


def test_the_need_a_hearsay_asks_though_three_others_are_told_first():
    text = ("老公去年查出肝癌 天天要吃药 我为了照顾他把厂里的活辞了 女儿读高中一年学费几千 积蓄全花光了 "
            "镇上的书记对我说可以去申请每个月兜着底的那笔钱 让我问问要什么条件")
    _, events = run(ActionAnswerService(), tracker(message(text, "find_service")))
    assert slots_set(events).get("eligibility_service") == "minimum_living_allowance"
    # nothing heard of and asked: the needs, each a choice
    told = "老公去年查出肝癌 天天要吃药 我为了照顾他把厂里的活辞了 女儿读高中一年学费几千 积蓄全花光了 还要每个月兜着底过日子"
    _, events = run(ActionAnswerService(), tracker(message(told, "find_service")))
    assert slots_set(events).get("eligibility_service") != "minimum_living_allowance"


def test_a_benefit_already_had_is_who_they_are():
    # "家里吃低保": a status, not the need; the need is the disabled member's living money
    text = "女儿三十了 肢体一级 证早就办了 我们家吃低保好多年 她离不开人 听说像她这样的每个月还有一笔生活上的钱"
    assert needs(text)[0][1] == "disabled_living_subsidy"
    at = text.index("吃低保")
    found = finding(tracker(message(text, "find_service", [{"entity": "service", "value": "minimum_living_allowance", "start": at, "end": at + 3}])))
    assert not _asks_a_named_service(text, found)
    # wanting it is asking it
    wanted = "老伴走了 我一个人没收入 想吃低保 去哪里申请"
    at = wanted.index("吃低保")
    found = finding(tracker(message(wanted, "find_service", [{"entity": "service", "value": "minimum_living_allowance", "start": at, "end": at + 3}])))
    assert _asks_a_named_service(wanted, found)
    # a household on 低保 with a child burnt, paying its share of the bills: the medical help
    assert needs("儿子被开水烫伤在医院植皮 自己掏的那部分越来越多 我们家本来就是吃低保的 还有没有地方能帮一把")[0][1] == "medical_assistance"
    assert ("基本生活困难", "minimum_living_allowance") in needs("老公走了 家里没收入 想申请低保")


def test_still_more_everyday_words():
    assert needs("老屋的墙裂了好几道缝 村里来看过 想问能不能让政府帮着加固一下")[0][1] == "rural_dilapidated_housing_renovation"
    assert not needs("村口那条河的堤坝加固了没有")
    assert needs("我儿子三十五了 一直打零工 啥保险都没交过 他老了怎么办 我想让他也交起来")[0][1] == "resident_basic_pension"
    from bot.finder_cues import cued_services
    assert "resident_health_records" in cued_services("我爸每年在社区做体检 量血压做心电图 单子都丢了 这些年的记录能不能在手机上查")


def test_a_correction_after_which_service_reads_the_question_asked_before():
    from bot import answers
    asked = "孙子八岁 跟着我过 他爸妈离婚了都不管 每学期的钱能不能减一点"
    corrected = "我说错了 八岁的是他姐姐 他是五岁 在镇上的园里念大班"
    events = [{"event": "user", "text": asked}, {"event": "bot", "text": answers.WHICH_SERVICE[answers.ELIGIBILITY]},
              {"event": "user", "text": corrected}]
    _, result = run(ActionAnswerService(), tracker(message(corrected, "find_service"), events=events))
    assert slots_set(result).get("eligibility_service") == "preschool_financial_aid"
    # the question before answered with a service: not this rule
    events[1] = {"event": "bot", "text": "【普惠性幼儿园入园】…"}
    _, result = run(ActionAnswerService(), tracker(message(corrected, "find_service"), events=events))
    assert slots_set(result).get("eligibility_service") != "preschool_financial_aid"


def test_wanting_someone_joined_after_a_worry_asks_for_it():
    from bot.eligibility_cues import asks_for_help
    # (the NLU's text has Wu in Mandarin words: 哪能办 → 怎么办)
    text = "阿拉囡儿三十八哉 一直打零工 啥个保险都呒没交过 伊老了怎么办 阿拉想叫伊也交起来"
    assert asks_for_help(text)
    _, events = run(ActionAnswerService(), tracker(message(text, "find_service")))
    assert slots_set(events).get("eligibility_service") == "resident_basic_pension"
    # a want told before anything else is said of it: no ask
    assert not asks_for_help("阿拉想叫伊也交起来 伊勿肯")


def test_where_about_this_illness_goes_to_the_one_illness_told():
    from tests.actions.conftest import texts
    text = "我弟弟四十了 前年厂子倒闭没了工作 后来整天关在屋里不出来 一个人自言自语 问哪里有管这种病的 我们住长兴"
    messages, events = run(ActionAnswerService(), tracker(message(text, "find_service"), {"residence_place": "长兴县"}))
    assert slots_set(events).get("current_service") == "mental_health_services"
    assert "长兴县" in texts(messages)
    # no illness asked of: the needs, each a choice
    told = "我弟弟四十了 前年厂子倒闭没了工作 后来整天关在屋里不出来 一个人自言自语 这些事找哪里 我们住长兴"
    _, events = run(ActionAnswerService(), tracker(message(told, "find_service"), {"residence_place": "长兴县"}))
    assert slots_set(events).get("current_service") != "mental_health_services"
