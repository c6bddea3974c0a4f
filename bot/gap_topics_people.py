"""Everyday business of the bodies that serve people (民政, 人社, 医保, 残联, 退役军人,
卫健, 教育, 体育) that the catalogue has no record for: what residents bring to these
bodies' counters and to the 12345 line beyond the outline's services, taken from each
body's statutory duties (三定) and the usual 12345 topic headings, in residents' words.

Each topic names the outline sub-area whose 责任单位 (or the body the 2018 reform split
from it) does the work today. A word that is a catalogue service's name or alias is not
used here (the finder answers it); bot/gap_topics.py says the order.
"""
from __future__ import annotations

import re

from bot.gap import Gap

# Before the other topics: a combination one body's word would otherwise take.
EARLY = (
    # a disabled person learning to drive, or let in free: the federation's, not the police's (a free bus card is
    # the bus's, as the elderly's is: bot/triage.py)
    # (set 29) the disability told in everyday words ("两条腿都动不了 想考驾照"), a car driven by hand (手控)
    (re.compile(r"(?:残疾|截肢|肢残|聋人|听障|残疾人证).{0,12}(?:学车|考驾照|驾照|驾驶证|C5|c5|开车|买车|汽车)"
                r"|(?:腿|双腿|下肢|下半身)[^。，,]{0,4}(?:动不了|不能动|没知觉|没有知觉|瘫了|瘫痪|截了|没了)[^。]{0,12}(?:学车|考驾照|驾照|驾驶证|C5|c5)"
                r"|手控(?:的)?(?:车|汽车|驾驶|装置)"
                r"|残疾人.{0,6}(?:免费|半价|优惠|优待).{0,6}(?:景区|门票|停车|公园)|残疾人.{0,6}(?:景区|门票|停车|公园).{0,6}(?:免费|半价|优惠|优待)"
                # (set 20) the visitor told first, the ticket later ("我是持证的残疾人，去景区玩，门口说免票要本地的")
                r"|(?:残疾|残障|残疾人证|残疾证)[^。]{0,30}(?:景区|景点|风景区|门票|公园|博物馆)[^。]{0,30}(?:免票|免门票|免费|半价|优惠|优待|不能免|不给免)"
                r"|(?:景区|景点|风景区|门票|公园|博物馆)[^。]{0,20}(?:残疾|残障)[^。]{0,20}(?:免票|免门票|免费|半价|优惠|优待|不能免|不给免)"
                r"|残疾人.{0,6}(?:燃油补贴|机动轮椅|摩托车补贴|三轮车)|残疾[^。]{0,16}燃油补贴|(?:家庭)?无障碍改造"
                # (set 17) a ramp or handrail asked for at the door of someone in a wheelchair or paralysed
                r"|(?:瘫痪|瘫了|轮椅|残疾|截肢|偏瘫|拄拐|腿脚不便|行动不便)[^。]{0,40}(?:修|装|加|建|砌|做|申请)[^。]{0,6}(?:坡道|斜坡|扶手|无障碍)"
                r"|(?:修|装|加|建|砌|做)[^。]{0,4}(?:坡道|斜坡|扶手)[^。]{0,20}(?:轮椅|瘫痪|残疾|截肢|偏瘫)"),
     Gap("残疾人驾车、参观游览优待、家庭无障碍改造等残联事务", "3.3", "disabled_persons_federation")),
    # a poor household's discount on water, power or gas: the household's status is the civil-affairs body's
    # (低保, 特困), whatever the utility; before 水费 (the housing body's tariffs)
    (re.compile(r"(?:低保|特困|五保|困难(?:家庭|户|群众)|低收入(?:家庭|户)).{0,12}(?:水费|电费|水电|燃气费|煤气费|气费|电话费|话费|有线电视费|收视费).{0,8}(?:减免|优惠|补贴|补助|少交|免交|打折|好免|能免)"
                r"|(?:水费|电费|水电费?|燃气费).{0,6}(?:减免|优惠|补贴).{0,10}(?:低保|特困|五保|困难(?:家庭|户))"),
     Gap("低保、特困等困难家庭的水电气费减免等救助配套优惠", "3.2", "civil_affairs", ("minimum_living_allowance",))),
    # a wristband or locator against an elder with dementia wandering off (防走失手环): the civil-affairs body's
    # care for elders at home, before the police's 走失 (a relative missing now is the police's)
    (re.compile(r"防走失|防走丢|(?:定位|防丢|黄)手环|走(?:失|丢)[^。]{0,20}(?:手环|定位器)|(?:手环|定位器)[^。]{0,10}(?:走失|走丢|痴呆|失智)"),
     Gap("老人防走失手环等居家养老关爱服务", "3.3", "civil_affairs", ("home_based_elderly_care",))),
    # an employer that takes a deposit or keeps a worker's ID card or diploma (劳动合同法 第九条: no deposit, no
    # papers kept; 第八十四条: the labour administration orders them returned), before the police's 身份证
    (re.compile(r"^(?![^\n]*(?:房东|租房|房租|物业|装修|押金条|退押金|辞职|离职|违约|不干了))[^\n]*?(?:(?:入职|进厂|上班|招工|应聘|新进|刚进|进(?:这家|那家|了)?(?:厂|公司)|厂里|公司|单位|老板|人事|工头|中介)[^。]{0,16}(?:交|收|缴|付|扣)[^。]{0,8}(?:押金|保证金|抵押金)"
                r"|(?:身份证|毕业证|学位证|证件)[^。]{0,4}(?:被|给|让)(?:人事|厂里|公司|老板|单位|工头|中介)[^。]{0,4}(?:收走|收了|收去|扣下|扣着|扣了|押着|押了|拿走|扣押)"
                r"|(?:人事|厂里|公司|老板|单位|工头)[^。]{0,6}(?:收走|扣下|扣着|扣押|押着)[^。]{0,10}(?:身份证|毕业证|学位证|证件)"
                # (session 19) "公司把我的身份证原件收走了": the papers named between the employer and the taking
                r"|(?:人事|厂里|公司|老板|单位|工头)[^。]{0,6}(?:把|将)[^。]{0,6}(?:身份证|毕业证|学位证|证件|户口本)(?:原件)?[^。]{0,4}(?:收走|收了|收去|扣下|扣着|扣了|扣押|押着|押了|拿走))"),
     Gap("用人单位收取押金、扣押证件等劳动保障监察事务", "2.3", "human_resources", ("labour_inspection",))),
    # (set 17) an employer's demand outside the work enforced by docking pay or charged to the worker: blood
    # donation or other duties assigned with a fine (摊派), replies demanded after hours (随叫随到), work clothes
    # paid out of the first wage (劳动合同法 第四条、第三十一条; 工资支付暂行规定 第十五条: the labour inspectorate);
    # before the health body's 献血
    (re.compile(r"^(?![^\n]*(?:房东|租房|物业|仲裁|辞职|离职|不干了|补偿金))[^\n]*?(?:(?:厂里|公司|单位|老板|主管|领导|车间|主任|经理|组长|班长|工头|人事|上司)[^。]{0,40}(?:不(?:去|参加|回|回复|买|交|来|捐|做|干|播|拍|发|转发)[^。]{0,6}(?:就|要)?(?:扣|罚)[^。]{0,4}(?:钱|工资|奖金|绩效|当月|全勤)|摊派)"
                r"|下(?:了)?班(?:以后|之后|后|时间)?[^。]{0,24}(?:随叫随到|随时待命|(?:要求|必须|要|得)[^。]{0,10}(?:回复|回消息|回信息|秒回|在线))|随叫随到|随时待命"
                r"|(?:工作服|工服|工装|厂服|制服|劳保(?:用品|鞋|服|手套)|安全帽)[^。]{0,16}(?:自己(?:掏钱|出钱|出|买|付)|自费|扣钱|从[^。]{0,8}工资[^。]{0,4}扣|工资里扣))"),
     Gap("用人单位摊派、下班随叫随到、自费工作服等扣钱罚款的劳动用工事务", "2.3", "human_resources", ("labour_inspection",))),
    # a parking bay, ramp or toilet for disabled people taken or blocked (无障碍环境建设法: the federation hears it)
    (re.compile(r"(?:残疾人|无障碍|轮椅)(?:专用)?(?:的)?(?:车位|停车位|通道|坡道|厕所|卫生间|电梯|盲道)[^。]{0,16}(?:被占|被堵|占着|占用|占了|堵着|堵了|停满|锁着|锁了|不能用|没法用|用不了|坏了)"
                r"|(?:占|堵|停在)[^。]{0,4}(?:残疾人|无障碍)(?:专用)?(?:的)?(?:车位|停车位|通道|坡道|盲道)|盲道[^。]{0,8}(?:被占|占了|堵|停车|停满)"
                # (set 32) the room told by who it is for ("给坐轮子椅的人用的那间厕所 被堆成了放纸箱的杂物间"), made a store room
                r"|(?:残疾人|残障|无障碍|轮椅|轮子椅|拄拐)[^。]{0,10}(?:厕所|卫生间|车位|停车位|坡道|电梯|通道)[^。]{0,16}"
                r"(?:堆|杂物|仓库|储物|放东西|放纸箱|当成|改成|挪作|锁着|锁了|锁起来)"),
     Gap("无障碍车位、通道和盲道被占用等无障碍环境事务", "3.3", "disabled_persons_federation")),
    # a delivery rider or other platform worker hurt at work and told he is no employee (新就业形态劳动者职业伤害保障:
    # the human resources body), before the transport body's 网约车
    (re.compile(r"^(?![^\n]*(?:交警|交通事故|肇事|司机|对方))[^\n]*?(?:外卖|骑手|送餐|跑单|众包|快递员|闪送|跑腿)[^。]{0,30}(?:摔|受伤|伤了|骨折|断了|撞了|被撞|出车祸|车祸|工伤|出事)[^。]{0,40}(?:工伤|平台|站点|公司|老板|员工|算谁|谁管|谁赔|医药费)"
                r"|(?:平台|站点|站长)[^。]{0,10}(?:说|讲)?[^。]{0,4}(?:不是|不算|不属于)[^。]{0,6}(?:员工|职工|他们的人|正式工)|新就业形态|职业伤害(?:保障|保险)"),
     Gap("外卖骑手等平台劳动者的职业伤害保障和劳动权益", "2.3", "human_resources", ("work_injury_insurance",))),
    # ---- set 18's classes (blind gaps_test10, studied since 2026-12-05)
    # a disabled candidate fearing a civil-service or public-sector exam, its medical or its posts will shut him out
    # (残疾人保障法 第三十八条: no discrimination in recruitment; the federation defends the right), before the human
    # resources body's 考公
    # (set 28) a disability told in everyday words ("腿脚不方便拄拐"), the medical failed ("体检那关说不符合 被刷了下来")
    (re.compile(r"(?:残疾|残障|截肢|肢残|聋|盲人|视障|听障|腿脚不好|腿有毛病|腿脚不方便|腿脚不便|行动不便|拄拐|拄着拐|坐轮椅|腿瘸|瘸腿|跛脚|小儿麻痹|假肢)[^。]{0,16}"
                r"(?:考公|公务员|考编|事业编|事业单位|教师招聘|国企招聘|招录|招聘)[^。]{0,24}(?:卡|歧视|不要|不录|不收|拒|限制|会不会|能不能|能否|可不可以|影响|体检|刷下|刷掉|被刷|不符合|不合格|淘汰)"),
     Gap("残疾人报考公务员和招聘中的平等就业权益", "3.3", "disabled_persons_federation", ("employment_assistance",))),
    # an employer's rules over a worker's rest days or person: a compulsory outing on a Saturday, a written self-criticism
    # for staying away, hair or dress ordered on pain of the post (劳动法 第三十六条、第四十四条; 劳动合同法 第四条: the labour
    # inspectorate)
    (re.compile(r"^(?![^\n]*(?:房东|租房|物业|仲裁|辞职|离职|补偿金|学校|老师|家长|孩子))[^\n]*?(?:"
                r"团建|占用(?:了)?(?:休息日|周末|双休|休息时间|休息天)|(?:周末|周六|周日|星期六|星期天|礼拜六|礼拜天|休息日|休息天)[^。]{0,16}(?:不算(?:上班|工时|工作)(?:时间)?|不给(?:补休|调休)|也不(?:给)?(?:补休|调休))|(?:周末|周六|周日|星期六|星期天|礼拜六|礼拜天|休息日|下班后)[^。]{0,12}(?:强制|必须|全体|一律|统一)[^。]{0,10}(?:参加|去|开会|培训|活动|爬山|加班)"
                r"|不(?:去|参加|来)的?[^。]{0,6}(?:就|要|得)?(?:写检讨|检讨|通报批评|通报|处分|记过)"
                r"|(?:厂里|公司|单位|老板|车间|厂规|规定)[^。]{0,20}(?:不许|不准|不让|禁止|一律|必须)[^。]{0,10}(?:留长(?:头)?发|长头发|剪(?:短)?头发|染发|化妆|纹身|戴首饰|结婚|怀孕|生孩子|谈恋爱)"
                r"|不(?:剪|改|染|换)[^。]{0,6}(?:就)?不(?:让|准|许)上岗)"),
     Gap("占用休息日的强制活动、限制职工仪容和私生活等劳动用工事务", "2.3", "human_resources", ("labour_inspection",))),
    # ---- set 19's classes (blind gaps_test11, studied since 2026-12-06)
    # a disabled traveller's fare on a train, a coach, a plane or a boat (残疾人保障法 第五十条: fares eased; the federation
    # says what card or proof is shown); a bus card is the bus's (bot/triage.py), a ticket at a sight the topic above
    (re.compile(r"^(?![^\n]*(?:医药费|医疗费|住院费|手术费|药费|学费|公交))[^\n]*?(?:残疾|残障|盲人|全盲|失明|视障|视力残疾|聋|听障|肢残|截肢|坐轮椅|残疾人证)[^。]{0,24}(?:火车|高铁|动车|飞机|机票|车票|船票|长途汽车|长途大巴|客车|坐车|乘车)[^。]{0,16}(?:打折|优惠|半价|免费|免票|减免|便宜|优待|证明)"),
     Gap("残疾人乘坐火车、长途客车和飞机等出行的票价优待", "3.3", "disabled_persons_federation")),
    # a disabled person turned away by a class, a gym, a shop or a venue for being disabled (残疾人保障法 第三条: no
    # discrimination; the federation stands up for the right); a school or a job refused is education's or another topic's
    (re.compile(r"^(?![^\n]*(?:幼儿园|学校|小学|初中|中学|高中|上学|入学|读书|随班就读|招聘|应聘|招工|上班|公务员|考编|保险|低保|补贴|补助|救助|申请|审批|评定|鉴定|医保|报销))[^\n]*?"
                r"(?:残疾|残障|聋|听不见|听不到|听障|盲人|看不见|视障|自闭|孤独症|智障|智力残疾|脑瘫|唐氏|坐轮椅|轮椅|瘫痪|偏瘫|截瘫)[^。]{0,30}"
                r"(?:不收|不肯收|不愿收|不接收|拒收|拒绝|不让(?:进|报|上|参加)|不给(?:进|报|报名)|不要(?:他|她|我|残疾))"),
     Gap("残疾人被培训班、场馆和商家拒之门外等平等权益", "3.3", "disabled_persons_federation")),
    # giving to charity, sponsoring a child's schooling, and which channel can be trusted (慈善法: the civil-affairs body
    # registers charities and oversees their fund-raising); before the police's fraud: "怕被骗" is the giver's doubt
    (re.compile(r"^(?![^\n]*(?:申请|领取|能不能领|能拿|享受|我家|我们家|家里困难|贫困生|困难学生|助学金|被捐|血|骨髓|器官|遗体|眼角膜|造血干细胞))[^\n]*?(?:"
                r"(?:想|愿意|打算|准备|计划)(?:每年|每月|每个月|长期|一直|定期)?(?:出(?:点|些)?钱)?(?:去)?(?:资助|捐助|助养|结对资助|捐钱|捐款|捐物|捐给|捐点|捐(?:一些|些|几|出))"
                r"|(?:捐款|捐钱|捐物|捐赠|资助|捐助|善款|爱心款)[^。]{0,24}(?:渠道|靠谱|正规|透明|花到哪|用到哪|花在哪|去向|去哪|哪去了|哪里捐|怎么捐|往哪捐|平台|怕被骗|会不会被骗)"
                r"|(?:哪里|哪儿|去哪|往哪|怎么)(?:能|可以)?捐[^。]{0,6}(?:靠谱|正规|透明|放心)|旧衣(?:服)?回收|捐(?:的|出去的)?(?:旧)?衣服[^。]{0,8}(?:去哪|哪去|到哪)|捐(?:到|给)哪(?:里|儿)?(?:靠谱|正规|放心)?)"),
     Gap("捐款捐物、结对资助等慈善捐赠的渠道", "3.4", "civil_affairs")),
    # an elder living alone whose ways trouble the neighbours or himself (hoarding, rubbish, smell), family away: the
    # community steps in (老年人权益保障法, 关爱独居老人: the civil-affairs body and the residents' committee); his care at
    # home is the catalogue's home-based care
    (re.compile(r"^(?![^\n]*(?:照顾|照料|护理|送餐|吃饭|助餐|上门服务|养老院))[^\n]*?(?:(?:独居|孤寡|孤老|空巢|一个人住|一个人过)(?:的)?[^。]{0,4}(?:老人|老伯|老太|老头|老大爷|大爷|阿婆|阿公|老太太|老爷爷|奶奶|爷爷|老人家)"
                r"|(?:老人|老伯|老太|老头|老大爷|大爷|阿婆|阿公|老太太|老爷爷|老人家)[^。]{0,4}(?:一个人住|独居|一个人过))[^。]{0,30}(?:捡(?:垃圾|废品|纸板|瓶子)|堆(?:满|着|了)|囤|臭|味道|脏|吵|闹)"),
     Gap("独居老人的关爱探访和社区协调等民政事务", "3.4", "civil_affairs")),
    # ---- set 20's classes (blind gaps_test12, studied since 2026-12-06)
    # volunteering or social practice a school sets its pupils, counted in their comprehensive assessment (综合素质评价:
    # the school and the education body), before the civil-affairs body's volunteer registration (bot/gap_topics.py); the
    # hours' record or certificate a school asks for is the volunteers' registration (civil affairs)
    (re.compile(r"^(?![^\n]*(?:时长|证明|平台|记录))[^\n]*?(?:学校|老师|班主任|年级|班里|班上)[^。]{0,24}(?:让|要|要求|规定|布置|安排|组织|叫)[^。]{0,16}(?:志愿服务|志愿者|义工|社会实践|公益劳动)"
                r"|综合素质(?:评价|分|评定|档案|测评)|社会实践(?:报告|证明|盖章|时长|学分)"),
     Gap("中小学生社会实践、志愿服务和综合素质评价等中小学事务", "1.1", "education", ("compulsory_school_enrolment",))),
    # a disabled couple's wedding or a disabled parent's child, and the grant some places give for it (the federation's
    # local benefits); a newborn's own allowance is the health body's
    (re.compile(r"(?:残疾|残障|聋哑|盲人|肢残|智障)[^。]{0,24}(?:结婚|婚嫁|成家|领证|办婚礼|办酒)[^。]{0,20}(?:补助|补贴|奖励|慰问|红包|钱)"),
     Gap("残疾人结婚等生活补助的残联事务", "3.3", "disabled_persons_federation")),
    # ---- set 21's classes (blind gaps_test13, studied since 2026-12-06)
    # years served in the forces counted towards a later job's seniority (军龄计算为工龄: 退役军人安置条例, the veterans body
    # certifies the service), before the human resources body's 工龄
    (re.compile(r"军龄|(?:部队|当兵|服役|参军|兵役|服兵役)[^。]{0,30}(?:算|计算|算进|算作|计入|折算|视同)[^。]{0,6}(?:工龄|连续工龄|工作年限|教龄|社保(?:年限|缴费年限))"
                r"|(?:工龄|工作年限)[^。]{0,16}(?:部队|当兵|服役)"),
     Gap("军龄计算为工龄等退役军人安置事务", "3.3", "veterans_affairs")),
    # ---- session 18's classes (blind gaps_test15, studied since 2026-12-06)
    # lessons paid ahead at an early-education centre or a hobby class, the place shut or the owner gone (校外培训机构的
    # 预收费监管: the education body), before the health body's 早教机构 (婴幼儿照护) and the market body's prepaid cards
    (re.compile(r"(?:早教|亲子(?:园|班|课)|兴趣班|舞蹈班|美术班|钢琴班|书法班|口才班|托管班|绘画班)[^。]{0,50}"
                r"(?:停业|关门|跑路|倒闭|人去楼空|联系不上|打不通|找不到(?:人|老板)|退费|退钱|不退|剩下的课|课时|节课)"),
     Gap("早教中心和兴趣班预收课时费后停业跑路等校外培训事务", "1.5", "education")),
    # ---- session 19's classes (blind gaps_test16, studied since 2026-12-06)
    # a hospital's sick note the employer will not accept, the days counted as absence (企业职工患病或非因工负伤医疗期规定,
    # 工资支付暂行规定: the labour inspectorate), before the health body's 病假条 and 诊断证明
    (re.compile(r"(?:病假条|病假单|病休证明|诊断证明|假条)[^。]{0,30}(?:公司|单位|厂里|老板|人事|领导|主管)[^。]{0,20}(?:不认|不承认|不算|不收|不批|作废)"
                r"|(?:公司|单位|厂里|老板|人事|领导|主管)[^。]{0,12}(?:不认|不承认)[^。]{0,8}(?:病假条|病假单|病假|假条|诊断证明)"
                r"|(?:病假条|病假单|病假|假条)[^。]{0,40}(?:算旷工|按旷工|当旷工|记旷工)"),
     Gap("病假条不被用人单位认可、病假按旷工处理等劳动用工事务", "2.3", "human_resources", ("labour_inspection",))),
    # ---- set 28's classes (blind gaps_test20, studied since 2026-12-07)
    # a hospital deposit or the balance of a discharge bill not refunded (住院预交金和出院结算: settled with the medical
    # insurance, the medical security body), before the health body's 住院押金 (bot/triage.py)
    (re.compile(r"^(?=[^\n]*(?:住院|出院|医院))(?![^\n]*(?:轮椅|陪护床|折叠床|推车|担架))[^\n]*?(?:住院押金|押金|预交金|预缴金|预交款|出院结算|结算)"
                r"[^。]{0,24}(?:该退|没退|不退|退回|退还|不给退|不肯退|退不回|没有退|还没退|退给|多退|少退|才退|才能退|迟迟不退|拖着不退)"),
     Gap("住院押金和出院结算的退费等医疗费用结算", "3.1", "medical_security", ("resident_medical_insurance", "employee_medical_insurance"))),
    # ---- set 29's classes (blind gaps_test21, studied since 2026-12-07)
    # a boss's private chores laid on his workers (moving his house, minding his children) with those who stay away marked
    # down (劳动合同法 第四条、第三十一条: work outside the contract, the labour inspectorate); a school's rota of parents is the
    # school's
    (re.compile(r"^(?![^\n]*(?:学校|老师|班主任|家长|学生|孩子们|幼儿园))[^\n]*?(?:"
                r"(?:老板|领导|经理|主管|厂长|车间主任|组长|上司|工头)[^。]{0,16}(?:叫|让|要|喊|派|安排)[^。]{0,10}(?:去|到)?(?:给|帮|替)(?:他|她|老板|领导|经理|主管|厂长)"
                r"(?:的)?(?:家|家里|老家|亲戚家|丈母娘家)[^。，,]{0,8}(?:搬家|干活|装修|打扫|做饭|带孩子|接孩子|送孩子|帮忙|种地|收稻|拔草|帮工)"
                r"|(?:没去|不去|没来|不来|没参加|不参加|没到)的[^。]{0,10}(?:考评|考核|评分|绩效|评优)[^。]{0,8}(?:低分|打低|扣|差|不合格))"),
     Gap("老板安排职工干私活、以考评扣罚等劳动用工事务", "2.3", "human_resources", ("labour_inspection",))),
    # a post advertised as one job and found on arriving to be another (a clerk's made selling loans by phone: 就业服务与就业管理
    # 规定 第十四条, false recruitment, the human resources body's job market)
    (re.compile(r"(?:招聘|招工|招人|广告|应聘|面试)[^。]{0,10}(?:写的是|写着|说的是|说是|招的是|明明是|讲好是)[^。]{0,12}"
                r"(?:去了|进去|到了|上班|入职|进了)(?:以后|之后|才)?[^。]{0,10}(?:让我|叫我|安排我|要我|让我们|叫我们|却|才知道|才发现|变成|成了|其实)"),
     Gap("招聘岗位与实际工作不符等虚假招聘的人力资源市场事务", "2.1", "human_resources", ("employment_services",))),
    # a society or association wound up, its head gone, its yearly report or its change of officers (社会团体登记管理条例
    # 第二十条: the civil-affairs body registers its cancellation); a firm's is the market body's
    (re.compile(r"^(?![^\n]*(?:公司|个体户|营业执照|工商|企业))[^\n]*?(?:社团|协会|学会|研究会|联谊会|商会|民非|民办非企业|社会组织)[^。]{0,24}"
                r"(?:注销|解散|撤销登记|年检|年报|换届|变更登记|法定代表人)"),
     Gap("社会团体的注销、年检和换届等社会组织管理", "3.4", "civil_affairs")),
    # ---- set 30's classes (gaps_test22, studied since 2026-12-07)
    # cameras an employer puts in the workers' dormitory, changing room or washroom (劳动合同法 第八条 and the workers' privacy
    # at the workplace: the labour inspectorate), before the police's cameras hidden by a stranger (bot/gap_topics_places.py)
    (re.compile(r"^(?![^\n]*(?:偷装|偷偷|针孔|房东|民宿|酒店|宾馆|租房))[^\n]*?(?:厂里|工厂|公司|单位|老板|车间|厂方|领导)[^。]{0,24}"
                r"(?:宿舍|更衣室|换衣间|休息室|厕所|卫生间|浴室|澡堂)[^。]{0,12}(?:装|安)(?:了|上|上了|满了|满)?[^。]{0,6}(?:摄像头|监控)"),
     Gap("用人单位在职工宿舍、更衣室等处安装监控等劳动用工事务", "2.3", "human_resources", ("labour_inspection",))),
    # a licence to drive earned in the forces, to be changed for a civilian one on leaving (军队驾驶证换发: the veterans body sees to
    # the papers of the service), before the police's 驾照
    (re.compile(r"(?:部队|军队|服役|当兵|退伍|退役|复员|转业)[^。]{0,30}(?:驾驶证|驾照|驾驶资格|驾驶执照)[^。]{0,16}(?:换|转|能不能用|能用|认不认|有效)"
                r"|军(?:队|人|车)驾驶(?:证|资格)|部队(?:的|里的)?驾(?:驶)?(?:证|照)"),
     Gap("军队驾驶证换领地方驾驶证等退役军人事务", "3.3", "veterans_affairs")),
    # a gate, a turnstile or a step a wheelchair cannot pass (无障碍环境建设法 第二十二条: entrances passable; the federation
    # stands up for it), before the housing body's estates and property managers
    (re.compile(r"(?:轮椅|截肢|截了肢|瘫痪|偏瘫|截瘫|残疾|助行器|拄拐|拄着拐|腿脚不便|行动不便)[^。]{0,40}(?:闸机|门禁|大门|通道|台阶|门槛|入口|栏杆|闸门)[^。]{0,16}"
                r"(?:太窄|过不去|进不去|出不去|推不过去|推不进|上不去|没有坡|没坡道|没有坡道)"
                r"|(?:闸机|门禁|大门|通道|台阶|门槛|入口|栏杆|闸门)[^。]{0,12}(?:太窄|太高)[^。]{0,20}(?:轮椅|残疾|拄拐|截肢)"),
     Gap("小区和公共场所出入口的闸机、台阶等无障碍通行", "3.3", "disabled_persons_federation")),
    # ---- set 31's classes (gaps_test23, studied since 2026-12-07)
    # an employer's order outside the work enforced by a docking ("不停就扣考勤分": park at the boss's paid shed, write, post,
    # buy), whatever the order's verb (劳动合同法 第四条; 工资支付暂行规定 第十五条: the labour inspectorate); a landlord's, a
    # school's or a traffic fine is not here
    (re.compile(r"^(?![^\n]*(?:房东|租房|物业|仲裁|辞职|离职|不干了|补偿金|学校|老师|班主任|交警|违章))[^\n]*?"
                r"(?:厂里|公司|单位|老板|主管|领导|车间|主任|经理|组长|班长|工头|人事|上司|站点|站长)[^。]{0,60}"
                # (set 32) or each one short docked by the piece ("发二十条公司广告 …少一条扣二十")
                r"(?:不[^\s。，,；;]{1,3}|少(?:发|转|交|做|写|拉|卖)?[一1](?:条|次|个|天|单|回|篇|人|件))(?:的话|的)?(?:就|要|还)?(?:扣|罚)(?:[^\s。，,]{0,3})"
                r"(?:钱|工资|奖金|绩效|考勤|分|全勤|提成|[\d一二两三四五六七八九十百]+(?:块|元)?)"),
     Gap("用人单位以扣考勤、扣钱强令职工做工作以外的事等劳动用工事务", "2.3", "human_resources", ("labour_inspection",))),
    # the worker told to buy the tools of the job (a tricycle, a phone, a uniform) before starting (劳动合同法 第九条: nothing taken
    # from a worker as a condition of hiring; the labour inspectorate)
    (re.compile(r"^(?![^\n]*(?:房东|租房|学车|驾校|培训班|学费))[^\n]*?(?:自己|自个|自家)(?:先)?(?:掏钱|出钱|花钱|垫钱|掏腰包)?(?:去)?(?:买|购买|租|配)[^。，,]{0,12}"
                r"(?:才能|才让|才可以|才准|才给)(?:上岗|上班|入职|干活|开工|跑单|接单|派单|进厂)"),
     Gap("入职上岗要求职工自购车辆工具等劳动用工事务", "2.3", "human_resources", ("labour_inspection",))),
    # time the employer requires but does not count ("每天上班前集合跳二十分钟操 这段时间不算工时"), whatever is done in it
    # (劳动法 第三十六条: the labour inspectorate); a school's hours are not here
    (re.compile(r"^(?![^\n]*(?:学校|老师|班主任|孩子|学生|幼儿园))[^\n]*?(?:厂里|公司|单位|老板|车间|领导|主管|上班|下班)[^。]{0,40}"
                r"(?:不算|不计|不计入|不记)(?:进|入)?(?:工时|上班时间|工作时间|劳动时间|加班)"),
     Gap("上班前后被要求提前到岗、开会等不计工时的劳动用工事务", "2.3", "human_resources", ("labour_inspection",))),
    # a disabled candidate given no help at an exam ("耳朵全聋 报名考厨师的证 考场说全靠广播念指令 不给我配打字的人": 残疾人
    # 保障法 and the rules on reasonable accommodation at exams; the federation stands up for it), before the broadcasting body's
    # 广播 and the human resources body's 考证
    (re.compile(r"(?:聋|耳朵听不见|听不见|听不到|听障|听力残疾|盲人|全盲|看不见|视障|视力残疾|残疾|残障|坐轮椅|轮椅|肢残|截肢|手不方便|没有手)[^。]{0,30}"
                r"(?:考试|考场|考证|报考|报名考|考[^。，,\s]{1,6}证|监考)[^。]{0,40}"
                r"(?:不给|不肯|不能|不让|不安排|不提供|没有|没人|不配)[^。]{0,6}(?:配|安排|提供|手语|打字|读题|念题|助考|延时|延长|放大|盲文|照顾|便利|帮)"),
     Gap("残疾人参加考试的合理便利等平等权益", "3.3", "disabled_persons_federation")),
    # short stature turned away by a driving school ("个子只有一米二 …驾校说我脚够不着踏板不收"): the federation's, as a
    # disabled driver's (above), before the police's 驾照
    (re.compile(r"(?:侏儒|矮小症|(?:个子|身高|个头)(?:只有|才|就|只)?(?:一米|1米|1\.)[0-4一二三四]?(?![五六七八九5-9])|(?:脚|腿)(?:都)?(?:够不着|够不到|踩不到|踩不着)(?:踏板|刹车|油门|离合))"
                r"[^。]{0,30}(?:学车|考驾照|驾照|驾驶证|驾校|开车)"
                r"|(?:学车|考驾照|驾照|驾驶证|驾校)[^。]{0,20}(?:(?:脚|腿)(?:都)?(?:够不着|够不到|踩不到|踩不着)|个子太矮|太矮|身高不够)"),
     Gap("身材矮小等残疾人学车考驾照", "3.3", "disabled_persons_federation")),
    # a hospital's lifts, toilets or seats too few, patients queueing for them (医疗机构的就医环境和便民设施: the health body); a lift
    # that traps or breaks down is special equipment, the market body's
    (re.compile(r"^(?![^\n]*(?:困|关人|夹人|吃人|坏了|故障|维保|年检))[^\n]*?(?:医院|门诊|住院部|急诊|卫生院)(?:的)?(?:大楼|楼|里|大厅)?(?:的)?(?:电梯|厕所|卫生间|座椅|椅子|候诊区|轮椅|停车场|停车位)[^。]{0,24}"
                r"(?:只开|只有|太少|不够|排(?:队)?|等(?:上)?[^。]{0,4}分钟|挤不上)"),
     Gap("医院电梯、候诊座椅等就医环境和便民设施", "4.2", "health", ("county_hospital_services",))),
    # a school's gate opened late or its dormitory's hot water, light or beds short (the education body's school management); a
    # factory's dormitory is not here
    (re.compile(r"^(?![^\n]*(?:厂|公司|员工|工人|上班))[^\n]*?(?:"
                r"(?:学校|校门|校园|幼儿园)[^。]{0,16}(?:才开门|才让(?:学生|孩子|家长)?进|不开门|开门(?:太)?晚|不让(?:学生|孩子)(?:早)?进)"
                r"|(?:学校|学生|校)[^。]{0,6}(?:宿舍|寝室)[^。]{0,30}(?:热水|洗澡|冷水|凉水|空调|停水|断电|熄灯|床位|太挤|住不下))"),
     Gap("学校开门时间、学生宿舍的热水和住宿条件等中小学管理事务", "1.1", "education", ("compulsory_school_enrolment",))),
    # a kindergarten or school making each child bring or buy something, the child without it left out ("园里的老师让每个孩子每天
    # 带一个水果去分给全班 没带的孩子就没得吃"): the education body; the school's meals are the catalogue's nutrition programme
    (re.compile(r"^(?![^\n]*(?:午饭|午餐|营养餐|饭盒|作业))[^\n]*?(?:园里|幼儿园|园长|学校|老师|班主任|班里)[^。]{0,10}(?:让|要|要求|规定|叫)[^。]{0,6}"
                r"(?:每个|每位|每名|所有|全班)?(?:孩子|小孩|学生|小朋友)[^。]{0,30}(?:没带|不带|没买|不买|没交|不交|没捐|不捐)(?:的)?(?:孩子|小孩|学生|小朋友|就)"),
     Gap("幼儿园、学校要求孩子带物买物等办学行为", "1.3", "education", ("kindergarten_enrolment",))),
    # a community's or village's levy on every household ("社区要我们每户在门口挂统一的红灯笼 一个收八十"): the civil-affairs body
    # guides the committees; insurance, rubbish and the property manager's fees are others'
    (re.compile(r"^(?![^\n]*(?:物业|医保|社保|养老|保险|农保|合作医疗|垃圾|卫生费|水费|电费))[^\n]*?"
                r"(?:社区|居委会?|村里|村委会?|网格员?|街道)[^。]{0,10}(?:要|让|要求|规定|通知|叫)[^。]{0,8}(?:每户|每家|家家户户|各家各户|挨家挨户)"
                r"[^。]{0,30}(?:收|交|出|摊)[^。]{0,4}(?:钱|[\d一二两三四五六七八九十百几]+(?:块|元)?)"),
     Gap("社区、村向每户摊派收费等村（居）务事务", "3.4", "civil_affairs")),
    # the path to a village's graves washed out, the hill climbed at Qingming (公墓和农村公益性墓地: the civil-affairs body's
    # 殡葬管理), before the transport body's roads; a grave dug into is the police's
    (re.compile(r"^(?![^\n]*(?:挖了|被挖|被盗|盗墓|刨开|撬开))[^\n]*?(?:"
                r"(?:上坟|扫墓|祭扫|坟地|墓地|公墓|坟山|祖坟|埋先人|埋先人的|墓区)[^。]{0,30}(?:路|台阶|坡|桥)[^。]{0,12}(?:坏|冲|塌|难走|没钱修|没人修|不修|要修)"
                r"|(?:路|台阶|坡)[^。]{0,16}(?:冲坏|坏|塌|难走|泥)[^。]{0,16}(?:上坟|扫墓|祭扫))"),
     Gap("农村公益性墓地的道路等殡葬设施事务", "3.4", "civil_affairs", ("funeral_services",))),
    # ---- set 32's classes (gaps_test24, studied since 2026-12-07)
    # a veteran left off the village's holiday visit or its gifts ("村里过年给退伍兵送的慰问品 今年单单把我漏了": 军人抚恤优待条例,
    # the veterans body keeps the list), before the civil-affairs body's 慰问金 and the village's aid shared among relatives
    (re.compile(r"^(?=[^\n]*(?:退伍|退役|老兵|当过兵|当兵的|军人|复员|转业|参战|伤残军人|立过功))[^\n]*?"
                r"(?:慰问|走访|看望|年货|八一|春节礼|过节费)[^。]{0,30}"
                r"(?:漏|没有我|没我|没给我|没轮到|没有轮到|少了我|落下|忘了|没份|没有份|没我的份|没送|不送|不给|没给|没来)"),
     Gap("退役军人节日走访慰问的名单等退役军人事务", "3.3", "veterans_affairs")),
    # a hospital's self-paid items used without a word beforehand, found at the bill ("用了一个进口的材料 出院结账才知道不能报"),
    # or the medicines the insurance pays limited to a few days' worth (医疗保障基金使用监督管理条例 第十五条: the patient told of
    # self-paid items; the medical security body supervises the designated hospitals); a hospital out of a medicine is the health
    # body's (bot/gap_topics_places.py)
    (re.compile(r"^(?![^\n]*(?:惠民保|商业保险|保险公司|车险|意外险))[^\n]*?(?:"
                r"(?:进口|自费|耗材|材料|支架|器械|药|项目|检查)[^。]{0,24}(?:不能报|不给报|报不了|不能报销|不在医保|医保不报|医保不给报|全自费|要自费|是自费)"
                r"[^。]{0,20}(?:没人|没有人|没跟|没告诉|没说|没讲|事先|之前|提前|签字)"
                r"|(?:没人|没有人|医生没|医院没)(?:跟|给|和)?(?:我们?|病人|家属)?(?:说|讲|告诉|提)(?:过)?[^。]{0,10}(?:自费|不能报|不给报|报不了)"
                r"|(?:出院|开药|配药|拿药|带药)[^。]{0,20}(?:能报的|医保的|报销的)[^。]{0,6}(?:只能开|最多开|只给开|只开))"),
     Gap("住院自费项目未事先告知、医保开药量限制等医疗保障事务", "3.1", "medical_security")),
    # an examination's report mixed with another's ("体检中心把我的报告跟别人的弄混了"): the medical institution's quality (the
    # health body)
    (re.compile(r"(?:体检|化验|检查|检验|B超|彩超|CT|拍片|核磁)(?:中心|科)?(?:的)?[^。]{0,10}(?:报告|单|单子|结果|片子)[^。]{0,20}"
                r"(?:弄混|搞混|混了|拿错|发错|给错|是别人的|跟别人的|和别人的|不是我的|搞错|弄错|对不上)"
                r"|(?:弄混|搞混|拿错|发错|给错)(?:了)?[^。]{0,10}(?:体检|化验|检查|检验)(?:的)?(?:报告|单|结果)"),
     Gap("体检、化验报告出错弄混等医疗服务质量", "4.2", "health", ("county_hospital_services",))),
    # a school's rules on what children carry or wear (phones, watches that call) and a parent cut off after school (the
    # education body's school management)
    (re.compile(r"(?:学校|老师|班主任|校方|校长|幼儿园)[^。]{0,10}(?:不准|不让|不许|禁止|收了|没收|收走)[^。]{0,10}(?:手机|电话手表|手表|智能手表|平板|电话)"),
     Gap("学校对学生手机、电话手表等的管理", "1.1", "education", ("compulsory_school_enrolment",))),
    # a school making parents take turns at duties in the classroom or at the gate (开窗、打扫、护学岗: the education body)
    # (not homework put on the parents — 批作业, 签字, 打卡: the complaints about school burdens, a catalogue service)
    (re.compile(r"^(?![^\n]*(?:作业|批改|签字|打卡|听写|默写|背诵|拍照发群))[^\n]*?(?:班主任|老师|学校|幼儿园|班里)[^。]{0,10}(?:让|要|要求|叫|安排)[^。]{0,4}家长[^。]{0,8}"
                r"(?:轮流|每天|值班|值日|站岗|护学|打扫|开窗|搞卫生|陪读|执勤|排班)"),
     Gap("学校要求家长轮流值日、护学等办学行为", "1.1", "education", ("compulsory_school_enrolment",))),
    # a kindergarten's naps: beds too cold, too low, too crowded ("三层抽拉的小床 最下面那层贴着地 女儿说每天睡得冷")
    (re.compile(r"(?:园里|幼儿园|托班|托儿所|小班|中班|大班)[^。]{0,16}(?:午睡|睡觉|小床|床铺|被子|床)[^。]{0,30}"
                r"(?:冷|凉|挤|硬|贴着地|贴地|太小|不够|潮|睡不好|睡不着)"),
     Gap("幼儿园午睡床铺等保育条件", "1.3", "education", ("kindergarten_enrolment",))),
    # a boarder fallen from an upper bunk with no rail (the school's dormitory safety: the education body); a factory's is not
    # here
    (re.compile(r"^(?![^\n]*(?:厂|公司|员工|工人|上班|医院|病床|宾馆|酒店))[^\n]*?(?:"
                r"(?:住校|学校|学生|宿舍|寝室)[^。]{0,16}(?:上铺|上床|双层床|高低床)[^。]{0,24}(?:摔|掉|跌|滚)"
                r"|(?:上铺|上床|双层床|高低床)[^。]{0,10}(?:挡板|护栏|栏杆|围栏)(?:都|也)?(?:没有|没装|太矮|坏了|掉了))"),
     Gap("学生宿舍床铺护栏等住宿安全", "1.2", "education", ("high_school_education",))),
    # a factory's dormitory crowded, one socket, no hot water (the employer's housing of its workers: the human resources body's
    # labour protection); a school's is above
    (re.compile(r"^(?![^\n]*(?:学校|学生|住校|孩子|危险化学品|危化品|化学品|仓库|易燃|易爆|着火|消防))[^\n]*?(?:厂里|厂区|工厂|公司|单位|员工|职工|工人|集体)(?:的)?(?:集体)?宿舍[^。]{0,30}"
                r"(?:挤|[几两三四五六七八九十\d]+个人|插座|热水|空调|漏|没窗|住不下|蟑螂|臭虫|太差|要收|扣钱|没有厕所)"),
     Gap("用人单位提供的职工宿舍条件等劳动保护事务", "2.3", "human_resources", ("labour_inspection",))),
    # a whole workshop docked for a target missed, whoever was at fault (工资支付暂行规定 第十五条, 劳动合同法 第四条: the labour
    # inspectorate)
    (re.compile(r"^(?=[^\n]*(?:厂|公司|单位|老板|车间|主管|领导|经理|组长|班组|全组|工资|绩效))(?![^\n]*(?:学校|老师|班主任|房东|物业))[^\n]*?"
                r"(?:不达标|没达标|不合格|没完成|完不成|次品|返工|良品率|合格率|投诉|出错|做坏)[^。]{0,20}"
                r"(?:全车间|全厂|全组|全班组|全部门|全体|每人|每个人|所有人|大家|一起|连带)(?:都|一律|统统)?(?:倒扣|扣|罚)"),
     Gap("完不成指标全体扣钱等用人单位罚款的劳动用工事务", "2.3", "human_resources", ("labour_inspection",))),
    # an old man's life to be written down for those after him ("想把他这一辈子的事写成一本小册子"): the community's services
    # for the elderly (the civil-affairs body: 老年人精神关爱, 口述史)
    (re.compile(r"(?:爷爷|奶奶|外公|外婆|老人|老人家|老爷子|老太太|父亲|母亲|老爸|老妈|我爸|我妈|老伴|太公|太婆)[^。]{0,16}"
                r"(?:一辈子|一生|这辈子|生平|经历|往事|故事|回忆)[^。]{0,16}(?:写|记|录|整理|编)(?:成|下来|一本|本)?[^。]{0,6}"
                r"(?:书|册子|小册子|回忆录|传记|家史|视频|纪录片)"),
     Gap("为老人记录生平、整理回忆录等老年人精神关爱服务", "3.4", "civil_affairs")),
    # a referee or judge with a stake in a sports match ("裁判就是对手的教练"): the sports body's rules of competition; a song,
    # an essay or a school's games are not here
    (re.compile(r"^(?![^\n]*(?:唱歌|歌唱|舞蹈|书法|绘画|作文|演讲|朗诵|才艺|法院|判决|官司))[^\n]*?(?:"
                r"(?:比赛|赛事|锦标赛|联赛|选拔赛|运动会)[^。]{0,30}(?:裁判|评分|打分)[^。]{0,24}(?:不公|偏|黑哨|作弊|对手|自己的学生|自己的队员|自己人|教练)"
                r"|黑哨|吹黑哨)"),
     Gap("体育比赛裁判执裁不公等体育赛事事务", "4.4", "sports", ("fitness_guidance",))),
    # a school's drinking fountain never serviced, its water tasting odd (the education body's school hygiene)
    (re.compile(r"(?:学校|教室|走廊|校园|幼儿园|班里|宿舍楼)[^。]{0,10}(?:饮水机|直饮水|直饮机|开水炉|开水器|桶装水|净水器)[^。]{0,24}"
                r"(?:滤芯|没换|没人换|怪味|异味|脏|发黄|浑|不干净|坏了|没人管|拉肚子)"),
     Gap("学校饮水机等饮水卫生的管理", "1.1", "education", ("compulsory_school_enrolment",))),
    # ---- set 33's classes (gaps_test25, studied since 2026-12-07; the gaps helper gaps77)
    # an employer's rules over a worker's phone or toilet breaks, kept by locking, clocking or docking ("上班前手机要锁进柜子",
    # "上厕所要在手机上打卡 一天超过四次就扣绩效"): 劳动合同法 第四条 (rules on matters touching the workers' interests), the
    # labour inspectorate; a school's phone ban is the education body's (above)
    (re.compile(r"^(?![^\n]*(?:学校|老师|班主任|学生|孩子|幼儿园|考场|考试|医院|病房))(?=[^\n]*(?:厂|公司|单位|老板|车间|主管|领导|经理|组长|班长|上班|下班|工位|流水线|绩效|工资))[^\n]*?(?:"
                r"(?:上班|进车间|进厂|工作时间|上岗|上工)[^。]{0,10}(?:手机)[^。]{0,8}(?:锁进|锁在|锁起来|上交|交上去|交给|统一保管|收走|存进|放进)"
                r"|手机[^。]{0,6}(?:一律|统一|必须|要)(?:上交|锁进|锁起来|交给)"
                r"|(?:上厕所|上洗手间|上卫生间|如厕|解手)[^。]{0,20}(?:打卡|登记|报备|计时|限时|限次|排队拿牌|超过[^。]{0,6}(?:次|分钟))[^。]{0,20}(?:扣|罚|记|通报|警告)"
                r"|(?:上厕所|上洗手间|上卫生间|如厕)[^。]{0,10}(?:扣钱|扣工资|扣绩效|罚钱|罚款))"),
     Gap("用人单位限制上厕所、收管手机等劳动纪律的劳动用工事务", "2.3", "human_resources", ("labour_inspection",))),
    # a worker taken ill or hurt on the job and no first aid at hand, no one on duty to treat ("夜班的工友在车间里晕倒 厂里连个值班的
    # 医务人员都没有"): the employer's duty of labour protection (劳动法 第五十二条), the human resources body
    (re.compile(r"(?:车间|厂里|工地|工厂|流水线|夜班|公司里)[^。]{0,20}(?:晕倒|昏倒|晕过去|倒下|中暑|抽筋|受伤|割伤|烫伤|出事)[^。]{0,30}"
                r"(?:没有|没|连个|连一个)[^。]{0,6}(?:医务人员|医务室|卫生室|医生|急救箱|药箱|急救员|急救药|懂急救)"
                r"|(?:厂里|工地|车间|公司)[^。]{0,10}(?:没有|没|连个)[^。]{0,4}(?:医务室|医务人员|急救箱|急救员)[^。]{0,20}(?:晕|倒|伤|病|出事)"),
     Gap("工作场所的急救设施和医务人员等劳动保护事务", "2.3", "human_resources", ("labour_inspection",))),
    # the same test or item paid by the insurance at one hospital and not at another, or off the insurance's list ("在县里的大医院做能报
    # 在镇上的医院做就不能报", "说那台机器不在报销的单子上"): the medical security body's catalogue and designated institutions
    (re.compile(r"^(?![^\n]*(?:异地|外省|省外|跨省|备案|(?:外地|上海|杭州|北京|南京|苏州)[^。，,\s]{0,4}(?:的)?(?:医院|看病|住院)))[^\n]*?(?:不在(?:医保|报销)(?:的)?(?:单子|目录|范围|名单|清单)|(?:医保|报销)(?:的)?(?:单子|目录|名单|清单)(?:里|上)[^。]{0,4}(?:没有|不包括|没)"
                r"|(?:在|到|去)?[^。，,\s]{0,8}(?:医院|卫生院|诊所|药店)[^。]{0,8}(?:能报|可以报|报得了|给报)[^。]{0,30}(?:医院|卫生院|诊所|药店|那边|这边)[^。]{0,8}(?:不能报|报不了|不给报|不好报|就不报)"
                r"|同(?:一|样|一样)(?:项|种|个)?(?:检查|药|手术|治疗|化验)[^。]{0,30}(?:能报|可以报)[^。]{0,20}(?:不能报|报不了|不给报))"),
     Gap("同一检查或药品在不同医院报销不一、医保目录等医疗保障事务", "3.1", "medical_security")),
    # medicine or a doctor not to be had at night ("药店晚上八点就关门 半夜孩子发烧 连退烧药都买不到"): the health body's provision of
    # night clinics and emergency care; a pharmacy's own licence and prices are the market body's
    (re.compile(r"(?:半夜|深夜|夜里|晚上|夜间|凌晨)[^。]{0,24}(?:买不到药|没地方买药|没处买药|找不到药店|药店[^。]{0,6}(?:都)?(?:关门|不开|关了)|(?:开门|营业|开着)的(?:药店|药房|诊所)(?:都|也)?(?:没有|没)|看不了病|没地方看病|没处看病|找不到医生|卫生院[^。]{0,4}(?:不开|关门|没人))"
                r"|药店[^。]{0,12}(?:就|都|早早)?关(?:门|了)[^。]{0,30}(?:发烧|发热|生病|急病|不舒服|买不到|没地方买)"
                r"|(?:24小时|二十四小时|通宵|夜间)(?:营业)?(?:的)?(?:药店|药房|门诊)[^。]{0,10}(?:没有|一家都没有|哪里有|有没有)"),
     Gap("夜间看病买药难等医疗服务的可及性", "4.2", "health")),
    # a school's health check whose results are kept from the parents ("孩子在学校做的体检 结果一直不发给家长"): the health body's
    # school health checks (done by its clinics for the schools)
    (re.compile(r"(?:学校|幼儿园|班里|学生|孩子|小孩|女儿|儿子)[^。]{0,12}(?:体检|健康检查|视力检查|查体|查(?:了)?(?:视力|身体|血))[^。]{0,12}(?:结果|报告|单子)?[^。]{0,12}"
                r"(?:不发|没发|不给|没给|不告诉|没告诉|拿不到|看不到|不公布|不通知|存档)"),
     Gap("学生健康体检结果的告知等卫生健康事务", "4.2", "health")),
    # an elders' canteen raising its price, closing or cutting its meals ("村里的老人食堂说明年要涨价 一顿从五块涨到十块"): the civil-affairs
    # body's meal help for the elderly (the catalogue's home-based care has the service; its name, 老年食堂, the finder reads)
    (re.compile(r"(?:(?:老人|老年|长者|敬老|助老)(?:食堂|饭堂|餐厅|助餐点|小饭桌)|助餐点|助餐服务)[^。]{0,20}(?:涨价|加价|贵|关门|停了|停办|不办了|取消|吃不起|缩减|不送)"),
     Gap("老年食堂、助餐点的收费和开办等养老服务", "3.4", "civil_affairs", ("home_based_elderly_care",))),
    # a grave to be moved for the land's new use, and where to ("村里说那片山要整理 让我们迁坟 …不知道迁到哪里去"): 殡葬管理条例, the
    # civil-affairs body (公墓, 迁坟); a grave dug into or robbed is the police's
    (re.compile(r"^(?![^\n]*(?:偷|盗|被挖|挖开|刨开|砸))[^\n]*?(?:迁坟|平坟|移坟|坟(?:墓|地|头)?[^。]{0,10}(?:要迁|迁走|迁到|迁掉|搬走|搬迁|迁移|要平|平掉)"
                r"|(?:祖坟|老坟|坟|墓)[^。]{0,16}(?:迁到哪|往哪迁|搬到哪|安置到哪)|(?:迁|搬)(?:到)?[^。]{0,4}(?:公墓|墓地)[^。]{0,8}(?:要钱|收费|多少钱|哪里|在哪))"),
     Gap("迁坟、公墓安葬等殡葬管理事务", "3.4", "civil_affairs")),
    # an amateur match that lets in only teams from employers or with a stamp ("业余篮球赛只收单位组的队 …没有单位盖章不让报名"): the
    # sports body's mass sports events and their entry rules
    (re.compile(r"(?:篮球|足球|排球|乒乓球|羽毛球|网球|气排球|龙舟|拔河|长跑|跑步|马拉松|象棋|围棋|棋类)(?:的)?(?:赛|比赛|联赛|邀请赛|锦标赛)[^。]{0,40}"
                r"(?:只收|只要|只接受|只让|不收|不让报|不给报|报不上|报不了名|参赛资格|盖章|门槛)"),
     Gap("业余体育赛事的报名条件等群众体育事务", "4.4", "sports", ("fitness_guidance",))),
    # someone of short stature or in a wheelchair unable to reach a counter, a machine or a button ("侏儒症 …去银行办事柜台太高够不着"):
    # 无障碍环境建设法 (低位服务台), the federation hears it
    (re.compile(r"(?:侏儒|矮小症|个子(?:太)?(?:矮|小)|(?:个子|身高|个头)(?:只有|才|就|只)?(?:一米|1米|1\.)[0-4一二三四]?(?![五六七八九5-9])|坐轮椅|轮椅)[^。]{0,30}"
                r"(?:柜台|窗口|服务台|取款机|ATM|自助机|按钮|台面|取号机|收银台)[^。]{0,12}(?:太高|高|够不着|够不到|看不到|看不见)"),
     Gap("柜台、自助机过高等无障碍服务设施", "3.3", "disabled_persons_federation")),
    # ---- set 34's classes (gaps_test26, studied since 2026-12-07; the gaps helper gaps80)
    # leave refused, or granted only if the worker finds his own stand-in ("请假要自己找人顶班 找不到就不批"): 劳动法 and the employer's
    # rules on leave, the labour inspectorate; a pupil's leave from school is the school's
    (re.compile(r"^(?![^\n]*(?:学校|老师|班主任|辅导员|学生|上学|上课|幼儿园|考试))[^\n]*?(?:"
                r"(?:请假|请[^。，,\s]{1,4}假)[^。]{0,16}(?:自己找人|找人顶|找人替|顶班|替班|顶岗|不批|不给批|不准|批不下来|请不出来|请不下来|请不到|不让请)"
                r"|(?:假|请假)(?:都|也)?(?:没|没有)请(?:出来|下来|到|成)|(?:顶班|替班)[^。]{0,8}(?:找不到|没人)[^。]{0,6}(?:不批|不准|不让)"
                r"|(?:找不到|没)人(?:顶班|替班|顶岗)[^。]{0,4}(?:就)?(?:不批|不准|不让))"),
     Gap("请假不批、请假须自找顶班等劳动用工事务", "2.3", "human_resources", ("labour_inspection",))),
    # a workplace left in the summer heat with no cooling ("车间夏天四十度 一台空调都没有 …发两根冰棍就算降温了"): 防暑降温措施管理办法,
    # the employer's duty of labour protection (the human resources body, with its 高温津贴)
    (re.compile(r"(?:车间|厂里|厂房|工地|仓库|流水线|工厂|后厨|工位)[^。]{0,16}(?:[三四五]十(?:几|多)?度|[3-5]\d度|热得|闷热|高温|蒸笼|烤箱)[^。]{0,30}"
                r"(?:没有空调|没空调|空调(?:都|也)?(?:没有|没|不开|坏了|不给开)|一台空调都没有|没有(?:降温|风扇|电扇)|(?:只有|就)[^。，,\s]{0,4}(?:风扇|电扇)|冰棍|棒冰|绿豆汤|降温|防暑|中暑)"),
     Gap("高温作业的防暑降温等劳动保护事务", "2.3", "human_resources", ("labour_inspection",))),
    # a worker shamed before the others: a worst worker named each month, his photo posted, a self-criticism read at a meeting
    # (劳动合同法 第四条、第三十八条: rules that insult the worker; the labour inspectorate); a school's is the school's
    (re.compile(r"^(?![^\n]*(?:学校|老师|班主任|学生|幼儿园|班级|班里))(?=[^\n]*(?:厂|公司|单位|员工|职工|老板|车间|店里|上班|主管|经理|早会|晨会))[^\n]*?(?:"
                r"(?:评|选|挑)(?:一个|一名|出)?(?:最差|最差劲|最烂|末位|倒数第一)(?:的)?(?:员工|职工|工人|店员)?"
                r"|(?:照片|名字|头像)[^。]{0,6}(?:贴|挂|公示|曝光|放)[^。]{0,10}(?:门口|公告栏|墙上|大屏|群里|食堂)[^。]{0,24}(?:检讨|罚|扣|批评|示众|丢人)"
                r"|(?:全厂|全公司|全体员工|员工大会|职工大会|早会|晨会|大会)[^。]{0,6}(?:上)?(?:念检讨|做检讨|读检讨|公开检讨|罚站|下跪|罚跪|鞠躬道歉|当众检讨))"),
     Gap("评最差员工、公开检讨等羞辱职工的劳动用工事务", "2.3", "human_resources", ("labour_inspection",))),
    # a community or village that has residents sign away its duty ("社区让每户签一张承诺书 写着家里老人走失跟社区无关"): the
    # residents' committee's work, overseen by the civil-affairs body; before the police's 走失
    (re.compile(r"(?:社区|居委会|居委|村委会|村委|村里|街道|网格员)[^。]{0,12}(?:让|要|叫|逼|要求|通知|发)[^。]{0,10}(?:签|写)[^。]{0,10}"
                r"(?:承诺书|保证书|免责|责任书|告知书|声明)[^。]{0,30}(?:无关|不负责|不管|自负|自己负责|没关系|不承担|概不|不关)"),
     Gap("社区、村委会要居民签免责承诺书等村（居）委会事务", "3.4", "civil_affairs")),
    # a veteran's priority at a hospital, a station or a counter that the staff have never heard of ("我是退伍军人 听说去医院看病有
    # 优先窗口"): 退役军人保障法 第六十二条 (优待), the veterans body says what holds
    # (money asked is the catalogue's entitled groups' pension: "老兵有补助还有看病的优待 怎么去申请")
    (re.compile(r"^(?![^\n]*(?:补助|补贴|抚恤|定补|优抚金|生活费|多报|报销|申请|住院费|医疗费|优待证))[^\n]*?(?:退伍|退役|老兵|复员|转业|伤残军人|军人|军属|烈属)[^。]{0,30}"
                r"(?:(?:看病|就医|挂号|医院|买票|购票|乘车|坐车|车站|火车|景区|公园|窗口|办事)[^。]{0,10}(?:优先|优待|免费|半价|免票)"
                r"|(?:优先|优待)(?:的)?(?:窗口|通道|看病|就医|挂号|购票|买票|乘车))"),
     Gap("退役军人就医、出行等优先优待", "3.3", "veterans_affairs")),
    # a disabled person left out of an outing or an event of the employer's or a group's for being disabled ("单位组织去外地旅游 说
    # 我去了不方便 直接把我的名字划掉了"): equal participation (残疾人保障法 第三条), the federation stands up for it; a school's is the
    # school's
    (re.compile(r"^(?![^\n]*(?:学校|幼儿园|班主任|老师))[^\n]*?(?:残疾|残障|肢残|聋|盲人|坐轮椅|轮椅|截肢|瘫|拄拐)[^。]{0,30}"
                r"(?:旅游|出游|春游|秋游|团建|活动|聚餐|年会|比赛|表演|合唱|运动会|参观|疗休养)[^。]{0,30}"
                r"(?:划掉|除名|不让(?:我|他|她)?(?:去|参加)|不带(?:我|他|她)|不叫(?:我|他|她)|排除|去了不方便|不方便去|别去了|不用去了)"),
     Gap("残疾人被排除在单位、团体活动之外等平等权益", "3.3", "disabled_persons_federation")),
    # a village's or a park's sports ground taken for other uses ("篮球场一到秋天就被人拿来晒稻谷 孩子们放学没地方打球"): the sports
    # body's public fitness facilities (全民健身条例 第二十九条: not to be taken or changed in use); an estate's is the housing body's
    (re.compile(r"^(?![^\n]*(?:学校|物业|业主|小区|广场舞|吵|噪|音响))[^\n]*?(?:篮球场|足球场|球场|羽毛球场|门球场|灯光球场|健身广场|健身场地|运动场|体育场|健身路径)[^。]{0,20}"
                r"(?:被|给)?[^。]{0,6}(?:拿来|用来|占|晒|堆|停车|停满|改成|改作|挪作|当成|锁起来|围起来)"),
     Gap("公共体育场地被占用、挪作他用等群众体育事务", "4.4", "sports", ("fitness_guidance",))),
    # a boarder's return time set too early for children from far away ("每个礼拜天下午五点前必须返校 我们住山里的 …就得出门赶车"):
    # the school's boarding rules (the education body)
    (re.compile(r"(?:住校|寄宿|住宿生|住读|寄宿生)[^。]{0,30}(?:返校|回校|到校|离校|接回|放假回家)[^。]{0,40}(?:太早|必须|之前|前必须|赶车|来不及|没车|太晚|赶不上)"
                r"|(?:返校|回校|到校)时间[^。]{0,10}(?:太早|提前|不合理|改到|定在)"),
     Gap("寄宿学生返校、离校时间等中小学管理事务", "1.1", "education", ("compulsory_school_enrolment",))),
)

TOPICS = (
    # ---- 民政: 3.2 社会救助, 3.3 社会福利, 3.4 社会服务
    (re.compile(r"单身证明|未婚证明|婚姻状况证明|婚姻登记记录证明|婚姻登记档案|结婚证.{0,4}(?:查询|查档|复印)"),
     Gap("婚姻状况证明、婚姻登记档案查询等婚姻登记事务", "3.4", "civil_affairs", ("marriage_registration",))),
    # an estate nobody inherits (民法典 第一千一百四十五条: with no heir, the civil-affairs body or the village
    # committee manages it; 第一千一百六十条: it goes to the state or the collective); a will or heirs' shares are
    # the justice body's notaries (bot/gap_topics_places.py)
    (re.compile(r"(?:无人|没人|没有人)继承|(?:没有|没|无)(?:法定)?继承人|(?:孤寡|孤老|五保|独居|无儿无女|没儿没女|没有子女|无子女)[^。]{0,16}(?:去世|过世|死了|走了|没了|病故)[^。]{0,30}(?:房子|房产|存款|遗产|财产|钱)"
                r"|(?:无儿无女|没儿没女|没有子女|无子女)[^。]{0,20}(?:遗产|房子|存款|财产)[^。]{0,8}(?:归谁|谁处理|怎么处理|谁管)"),
     Gap("无人继承遗产的管理等民政事务", "3.4", "civil_affairs")),
    (re.compile(r"慈善(?:组织|机构|募捐|捐款|总会|超市)|募捐|网上筹款|众筹.{0,4}(?:看病|治病)|捐款.{0,6}(?:去向|发票|票据)|福利彩票|福彩|社工证|社工考试|社会工作者(?:职业资格|考试|证)|民办非企业|社会团体|基金会.{0,4}(?:登记|成立|注册)"),
     Gap("慈善募捐、慈善组织、福利彩票和社会工作者等民政事务", "3.4", "civil_affairs")),
    (re.compile(r"^(?![^\n]*(?:寄养|收养|领养|孤儿|成为(?:我们|我)(?:家)?的孩子|当(?:自己|亲生|我们)的?孩子|(?:接|带|抱|领)(?:回|到)(?:家|家里|来)|在家(?:里)?养|家里养|帮国家养|养(?:孩子)?的(?:人家|家庭)))[^\n]*?福利院"),
     Gap("儿童福利院等儿童福利机构的事务", "3.3", "civil_affairs", ("children_in_difficulty",))),
    # a village's accounts not made public (村民委员会组织法 第三十条: 村务公开, 民政部门 guides the committees);
    # a collective's dividends and its economic organisation's books are the agriculture body's (bot/gap_topics_places.py)
    (re.compile(r"村(?:委会|民委员会)?.{0,4}(?:换届|选举)|居委会.{0,4}(?:换届|选举)|村务公开|村规民约|村干部.{0,6}(?:不作为|态度|投诉)"
                r"|^(?![^\n]*(?:物业|业委会|小区|分红|集体经济|村集体))[^\n]*?(?:村|村里|村委|村委会|村干部)(?:的)?[^。]{0,6}(?:账目|账本|财务|收支|开支)[^。]{0,10}(?:不公开|没公开|没有公开|不公布|没公布|没有公布|不晒|从不公开|也不公开)"),
     Gap("村（居）委会选举、村务公开等基层自治事务", "3.4", "civil_affairs")),
    # weddings and funerals held lavishly, bride prices (婚俗改革, 移风易俗: 民政部门)
    (re.compile(r"移风易俗|红白(?:喜)?事|大操大办|婚丧(?:嫁娶|喜庆)?[^，。,]{0,6}(?:大办|攀比|铺张)|(?:天价|高价)彩礼|彩礼[^，。,]{0,6}(?:太高|太贵|谁管|标准|限)|婚俗改革|厚葬薄养|薄养厚葬"),
     Gap("婚丧事宜大操大办、高价彩礼等移风易俗事务", "3.4", "civil_affairs", ("funeral_services",))),
    # who is an adult's guardian (民法典 第三十一条: the residents' or villagers' committee or the civil-affairs
    # body names one when relatives disagree; 第三十二条: with no one, the civil-affairs body is); an agreed
    # guardian (意定监护) is made before a notary (bot/gap_topics_places.py)
    (re.compile(r"^(?![^\n]*(?:意定监护|孩子|小孩|孤儿|未成年|儿童|孙子|孙女|抚养|娃))[^\n]*?(?:(?:谁|哪个|哪一个|哪位)[^。？?]{0,8}(?:当|做|作|来当|来做|担任)[^。]{0,6}监护人"
                r"|监护人[^。]{0,12}(?:指定|怎么定|谁定|谁来定|定下来|定下|确定|怎么确定|去哪(?:里)?定|变更|争议|争夺)"
                r"|指定(?:一个|个|一位|了)?监护|(?:不愿意|不肯|没人|没有人|都不)(?:当|做|来当|来做)监护人|监护人(?:谁来当|谁当|由谁))"),
     Gap("成年人监护人的确定和指定等民政事务", "3.4", "civil_affairs")),
    (re.compile(r"养老(?:顾问|服务热线)|老年(?:人)?助浴|时间银行|养老(?:院|机构).{0,6}(?:虐待|打老人|投诉)"),
     Gap("养老顾问、助浴和养老机构投诉等养老服务事务", "3.3", "civil_affairs", ("home_based_elderly_care", "elderly_care_institution"))),
    # the age allowance in other words ("满八十周岁", "老年人优待卡"); a poor or frail elder's subsidy is the catalogue's
    (re.compile(r"^(?![^\n]*(?:低保|特困|困难|养老服务|护理|残疾))[^\n]*?(?:[89]\d|[八九]十[一二三四五六七八九]?|一百|百)(?:多)?周?岁(?:以上|的)?(?:老人)?.{0,12}(?:补贴|津贴|补助|钱|铜钿|待遇)"
                r"|老年(?:人)?(?:优待|优惠)(?:证|卡)|老人优待|老(?:人|年人)[^，。,]{0,4}(?:优待|优惠)(?:证|卡)"),
     Gap("高龄津贴、老年优待等老年人福利", "3.3", "civil_affairs", ("elderly_care_service_subsidy",))),
    # ---- 人力社保: 2.1 就业, 2.3 劳动关系, 3.1 社会保险
    (re.compile(r"延迟退休|退休年龄|(?:几|多少)岁(?:才)?(?:能|可以|好)?退休|多大(?:年纪|岁数)?(?:才)?(?:能|可以)?退休|提前退休|病退|特殊工种|弹性退休|退休.{0,4}(?:审批|手续|材料)"
                r"|岁(?:就|才)?(?:能|可以|好|要|得)?退休(?:吗|还是|呢|\?|？)|退休.{0,6}还是|女(?:职工|工人|的|同志|干部).{0,8}退休"),
     Gap("退休年龄、提前退休和退休审批等养老保险经办事务", "3.1", "human_resources", ("employee_basic_pension",))),
    (re.compile(r"(?:生存|资格|待遇领取|领取资格)认证|刷脸认证|养老金.{0,6}(?:认证|停发|暂停|没到账|没发)|丧葬费|丧葬补助金|抚恤金.{0,6}(?:退休|职工|社保)"),
     Gap("养老金领取资格认证、停发和丧葬补助等社保待遇事务", "3.1", "human_resources", ("employee_basic_pension", "resident_pension_benefit"))),
    # (session 20: an exam whose file is what is asked about, "考编要政审…档案没寄出来", is the catalogue's personnel files)
    (re.compile(r"^(?![^\n]*档案)[^\n]*?(?:事业单位.{0,4}(?:招聘|考试|招考)|事业编|考编|考公|公务员.{0,4}(?:考试|招录|报名))|人事考试|教师招聘|国企招聘|稳岗(?:返还|补贴)|以工代训|黑中介|招聘(?:陷阱|骗局)|找工作.{0,6}(?:被骗|交钱|押金)|(?:职业|劳务)中介"
                r"|休(?:[一二三四五六七八九十\\d]+天)?假.{0,4}(?:合法|规定|几天)|婚假|陪产假|育儿假|护理假|丧假|病假工资"
                r"|(?:大学生|毕业生|大学毕业|应届生?|研究生|博士|硕士|人才).{0,16}(?:租房|生活|安家|购房|就业)补贴"),
     Gap("事业单位招聘、公务员考录、人事考试和职业中介等人事事务", "2.1", "human_resources", ("employment_services",))),
    (re.compile(r"就业歧视|(?:招聘|招人|招工).{0,10}(?:歧视|只招男|只要男|不招女|不要女|限男|只招本地|不要外地|乙肝)|(?:只招|只要|不要|不招)(?:男的|女的|男性|女性|男生|女生|本地人|外地人|结了婚|已婚|怀孕)"
                # (session 17) an age limit in an advertisement or an interview ("只要三十五岁以下的", "卡年纪")
                r"|(?:招聘|招工|应聘|招人|启事|面试)[^。]{0,30}(?:只要|只招|只收|限|不要|不招)[^。]{0,4}[0-9一二三四五六七八九十]+(?:周)?岁(?:以下|以内)|年龄歧视|卡年龄|卡年纪"),
     Gap("招聘中的就业歧视", "2.1", "human_resources", ("employment_services",))),
    # many workers let go at once (劳动合同法 第四十一条: cutting twenty or more is reported to the labour
    # administration beforehand); one worker dismissed is a dispute, the catalogue's arbitration
    (re.compile(r"经济性裁员|(?:裁员|辞退|辞掉|裁掉|开除|遣散|裁人)[^。]{0,20}(?:报备|备案|先报|上报|(?:向|给|跟)[^。]{0,8}(?:报告|汇报))"
                r"|(?:集体|批量|大批|大规模|成批)(?:性)?裁员|(?:一次|一下子|同时|集体|批量|大批|大规模|成批)(?:性)?[^。]{0,4}(?:裁员|辞退|辞掉|裁掉|开除|遣散|裁人|裁了)[^。]{0,6}(?:[几十百\d二三四五六七八九]+(?:多)?(?:个)?(?:人|员工|工人)|员工|工人|职工|一批)"
                r"|(?:裁|辞|开除|遣散)[^。]{0,4}(?:二十|三十|四十|五十|六十|几十|上百|一百|[2-9]\d|\d{3})(?:多)?(?:个)?(?:人|工人|员工)"),
     Gap("企业裁减人员的报告等劳动用工事务", "2.3", "human_resources", ("labour_inspection", "labour_dispute_arbitration"))),
    (re.compile(r"^(?![^\n]*(?:劳动合同|签合同))[^\n]*?试用期|劳务派遣|离职证明|竞业(?:限制|协议)"),
     Gap("试用期、劳务派遣、离职证明和竞业限制等劳动用工事务", "2.3", "human_resources", ("labour_inspection", "labour_dispute_arbitration"))),
    # a post changed and the pay cut, fines under a factory's own rules, a signed waiver of social insurance
    # (劳动合同法 第三十五条 and 第四条, 社会保险法 第五十八条: none binds the worker; 劳动保障监察 is the body's);
    # a worker pushed to resign is a dispute: the catalogue's arbitration answers it, not this topic
    (re.compile(r"调岗|调(?:换|整)?(?:工作)?岗位|降薪|降(?:我的)?工资|(?:岗|岗位)[^，。,]{0,2}调(?:到|去|成)|调(?:到|去)[^。]{0,16}(?:工资|薪水|待遇)[^，。,]{0,4}(?:少|降|减|砍)"
                r"|厂规|厂纪|(?:公司|单位|厂里|厂)(?:的)?规章制度|(?:迟到|早退|上厕所|厕所|玩手机|打瞌睡)[^。]{0,12}(?:扣|罚)(?:钱|款|工资|奖金|[一二三四五六七八九十两百千\d])"
                r"|放弃(?:缴纳|缴|交|参加|买)?(?:社保|社会保险|养老保险|五险)|(?:不交|不缴|不买)(?:社保|五险)[^。]{0,16}(?:承诺|协议|声明|签字|签名)|(?:社保|五险)[^。]{0,8}(?:承诺书|声明书|自愿书)"),
     Gap("调岗降薪、厂规罚款、放弃社保承诺等劳动用工事务", "2.3", "human_resources", ("labour_inspection", "labour_dispute_arbitration"))),
    (re.compile(r"社保(?:缴费)?基数|社保.{0,4}(?:补缴|退费|退保|重复缴)|养老保险.{0,4}(?:补缴|退保|一次性补缴)|个人账户.{0,6}(?:继承|余额|退)|职业年金|企业年金|个人养老金|机关事业单位养老保险|参保证明|社保证明|(?:社保|养老保险)?缴费证明"),
     Gap("社保缴费基数、补缴、退保和个人账户等社会保险经办事务", "3.1", "human_resources", ("universal_insurance_enrolment",))),
    # ---- 医疗保障 (split from 人力社保 and 卫生计生, 2018): 3.1 医疗保险
    (re.compile(r"家庭共济|医保.{0,6}(?:给家人用|家人用|给老婆用|给孩子用|共济)|医保(?:卡)?.{0,4}(?:冻结|被停)"
                r"|骗保|套保|(?:多收|乱收|虚报|多报)了?(?:我的)?医保|医保(?:的)?(?:钱|基金)[^，。,]{0,4}(?:多收|乱收|虚报|多报)|医保卡.{0,4}(?:借给|租给|卖)|冒用(?:他人)?医保|医保(?:卡|账户).{0,8}(?:被人|被他人|被别人)?(?:冒用|盗刷|盗用)|医保基金|医保目录|(?:药品)?目录外|自费药|集采|带量采购|门诊统筹|医保(?:卡|账户)(?:里|里面|上)?的钱|起付线|封顶线|起付标准|药价|药品价格"),
     Gap("医保家庭共济、停保、药品目录、集中采购和医保基金监管等医疗保障事务", "3.1", "medical_security",
         ("employee_medical_insurance", "resident_medical_insurance"))),
    # treatment abroad and its foreign receipts (境外就医): not the catalogue's settlement across provinces
    (re.compile(r"(?:国外|境外|外国|出国|海外|国门外|香港|澳门|台湾|港澳台)[^。]{0,16}(?:看病|就医|住院|开刀|手术|急诊|医院|发票|药)[^。]{0,20}(?:医保|报销|报)"
                r"|(?:外国|国外|境外|海外)(?:的|医院的?)?(?:发票|票据|单据)"),
     Gap("境外就医费用的医保报销", "3.1", "medical_security", ("employee_medical_insurance", "resident_medical_insurance"))),
    # ---- 残联: 3.3 (the card and its assessment: bot/triage.py)
    # the federation's own work for blind, deaf and other disabled residents: starting a business or finding
    # work (盲人按摩, 按比例就业), sign-language interpreting and braille outside television (电视手语 is the broadcaster's)
    (re.compile(r"(?:盲人|视障|视力残疾|失明|聋人|聋哑|听障|肢残|残疾人?|残障).{0,16}(?:创业|开店|开(?:个|家|一家)?.{0,4}(?:按摩|推拿|店|铺子)|按摩店|推拿店|做个体|就业.{0,4}(?:补贴|扶持|岗位))"
                r"|(?:盲人|保健)(?:按摩|推拿)|(?:盲人|视障).{0,8}按摩师|按比例(?:安排)?就业|残疾人就业保障金|残保金"
                r"|^(?![^\n]*(?:电视|节目|新闻|频道))[^\n]*?(?:手语(?:翻译|老师|陪同|服务|培训)|(?:请|找|派|配).{0,4}手语)|盲文|导盲犬"),
     Gap("残疾人就业创业扶持、手语和盲文服务等残联事务", "3.3", "disabled_persons_federation", ("employment_assistance",))),
    # culture, art and talent classes for disabled residents (残疾人文化体育: 残联)
    (re.compile(r"(?:聋哑|聋人|听障|盲人|视障|残疾|自闭|孤独症|智障|脑瘫)[^。]{0,10}(?:画画|绘画|美术|音乐|唱歌|舞蹈|书法|特长|才艺|艺术)[^。]{0,12}(?:班|培训|课|学|老师)"
                r"|残联[^。]{0,12}(?:特长|兴趣|艺术|才艺|画画|美术)"),
     Gap("残疾人文化艺术和特长培训等残联事务", "3.3", "disabled_persons_federation")),
    (re.compile(r"(?<!工伤)(?<!伤)残疾.{0,3}(?:等级|级别|几级).{0,4}(?:评|鉴定|认定|定|怎么|去哪)|残疾.{0,4}(?:复评|重新评)|残疾人专职委员|残协"),
     Gap("残疾等级的评定和复评", "3.3", "disabled_persons_federation", ("disability_rehabilitation",))),
    # the card lost, in Wu and other words ("残疾证落脱了", "寻弗着")
    (re.compile(r"残疾(?:人)?证.{0,2}(?:落脱|寻弗着|寻不着|找不到|弄丢|掉|遗失|坏)了?.{0,3}(?:怎么|哪能|咋|补|办|去哪|到哪|要)|残疾(?:人)?证.{0,2}(?:换新|换代|第三代)"
                # (set 26) its photo out of date, a new card asked for
                r"|残疾(?:人)?证[^。]{0,20}(?:照片|相片)[^。]{0,30}(?:换|更新|重拍|重新拍)|残疾(?:人)?证[^。]{0,30}换(?:一张|张|个|本)?新"),
     Gap("残疾人证的申领、评定和换证", "3.3", "disabled_persons_federation", ("disability_rehabilitation",))),
    # ---- 退役军人事务 (split from 民政, 2018): 3.3
    (re.compile(r"退役军人.{0,8}(?:帮扶|援助|困难|信访|档案|证明|信息采集|信息登记|建档)|退伍证|退伍军人证|参战(?:老兵|人员)|参试人员|两参人员|带病回乡|立功受奖|立功(?:证书|证|喜报)|军功章|(?:老兵|退役军人|退伍军人|老军人|复员军人)[^。]{0,40}(?:功劳|立功|立过(?:[一二三\d]等)?功|军功)[^。]{0,16}(?:查|补|证明)"),
     Gap("退役军人帮扶援助、退伍证明和参战参试人员等退役军人事务", "3.3", "veterans_affairs", ("entitled_groups_pension",))),
    # schooling of a serviceman's or veteran's children (军人子女教育优待: the veterans body certifies who may have it)
    (re.compile(r"(?:军人|退役军人|退伍军人|现役军人|军属|烈士|消防救援人员)(?:的)?(?:子女|孩子|小孩)[^。]{0,16}(?:升学|入学|上学|读书|择校|照顾|优待|优先|加分)"
                r"|(?:退役军人|退伍军人|军人|军属)[^。]{0,30}(?:子女|孩子|小孩)[^。]{0,16}(?:优待|照顾|优先)(?:政策)?"),
     Gap("军人和退役军人子女的教育优待", "3.3", "veterans_affairs")),
    # a veteran's funeral with military honours (退役军人身故悼念: 退役军人事务部门)
    (re.compile(r"(?:老兵|退役军人|退伍军人|老军人|老战士|军人|复员军人)[^。]{0,24}(?:告别|追悼|葬礼|丧事|后事|悼念|覆盖(?:国旗|党旗)|安葬)|军人仪式|军人公墓"
                # (session 17) a mark on a veteran's grave, told by his years in the forces ("当了十六年兵 …墓碑上刻个退役军人的标志")
                r"|(?:当兵|退役军人|退伍|老兵|军人|参过军|复员)[^。]{0,30}(?:墓碑|墓地|骨灰|陵园)|(?:墓碑|墓地)[^。]{0,16}(?:退役军人|军人|老兵)"),
     Gap("退役军人身故后的悼念和安葬等退役军人事务", "3.3", "veterans_affairs", ("entitled_groups_pension",))),
    # ---- 卫生健康: 4.1 公共卫生, 4.2 医疗服务, 4.3 生育服务
    # smoking in a restaurant, a lift, an office: tobacco control in public places (公共场所卫生管理条例实施细则)
    (re.compile(r"控烟|禁烟|二手烟|(?:饭店|餐厅|饭馆|包厢|包间|网吧|电梯|办公室|商场|医院|车站|室内|公共场所)[^，。,]{0,8}(?:抽烟|吸烟)|健康证|从业人员体检|两癌筛查|宫颈癌筛查|乳腺癌筛查|(?:灭|除)(?:蚊|鼠|蟑)|四害|爱国卫生"
                r"|HPV|宫颈癌疫苗|流感疫苗|带状疱疹疫苗|成人疫苗|公共场所(?:的)?卫生|(?:游泳池|泳池)水质|(?:游泳池|泳池)(?:的)?水[^，。,]{0,6}(?:氯|消毒|浑|脏|臭|刺|不干净)|脊柱侧弯|(?:近视|弱视|视力|脊柱)筛查|(?:宾馆|酒店|理发店|美容院).{0,4}卫生"),
     Gap("健康证、两癌筛查、病媒防制和公共场所卫生等公共卫生事务", "4.1", "health", ("basic_public_health_services",))),
    # a room to breastfeed in a mall, a station, an office (母婴设施: the health body leads their building, 关于加快推进母婴设施建设的指导意见, 2016)
    (re.compile(r"母婴(?:室|间|设施|休息室)|哺乳(?:室|间)|(?:喂奶|哺乳|吸奶|换尿布)(?:的)?(?:地方|房间|屋子|场所|小屋)"),
     Gap("公共场所母婴室等母婴设施", "4.1", "health", ("maternal_child_health",))),
    # children's short sight: screening, and lenses worn at night (角膜塑形镜 is a class III medical device fitted
    # under a doctor: 儿童青少年近视防控, the health body with the schools)
    (re.compile(r"角膜塑形|(?:OK|ok|Ok)镜|(?:晚上|夜里|夜间|睡觉)戴(?:的)?[^。]{0,4}(?:硬)?(?:镜片|眼镜|隐形)|近视(?:防控|矫正|治疗|手术|激光)"
                r"|^(?![^\n]*(?:作业|课业|负担))[^\n]*?(?:孩子|小孩|学生|儿子|女儿|小囡|孙子|孙女)[^。]{0,12}近视[^。]{0,30}(?:眼镜|镜片|配镜|治疗|矫正|恢复|靠谱|控制|怎么办)|假性近视"
                # (set 26) poor sight found at a school's screening and glasses to be fitted (a shop the school names)
                r"|视力[^。]{0,30}(?:眼镜店|配眼镜|配镜)|(?:指定|定点)的?眼镜店"),
     Gap("儿童青少年近视防控和角膜塑形镜等验配", "4.1", "health", ("basic_public_health_services",))),
    # (set 18: one lost at sea or missing has no hospital's death certificate: a court declares the death)
    (re.compile(r"黑诊所|无证行医|非法行医|游医|医美|整形.{0,6}(?:失败|投诉|资质)|(?:医师|护士)(?:资格|执业|注册)|执业医师|医师证|护士证"
                r"|病历.{0,10}(?:复印|打印|借阅|丢|补)|先(?:看病|就医|诊疗)后(?:付|结算|交)|诊断证明|病假条|病休证明|^(?![^\n]*(?:落水|失踪|没找回|找不回|下落不明|失联|遇难))[^\n]*?死亡(?:医学)?证明|住不进(?:去|院|医院)|没(?:有)?床位|(?:病床|床位).{0,4}(?:紧张|不够|没有|满)|陪护(?:证|政策)"),
     Gap("非法行医、医美、医护执业、诊断和死亡证明、住院床位等医疗服务事务", "4.2", "health", ("medical_service_supervision",))),
    # opening a clinic or other medical institution: its licence (设置审批, 执业登记) is the health body's
    (re.compile(r"(?:开|办|开办|设立|开设)(?:一|个|家|一家|一个|间)?(?!的).{0,4}(?:诊所|门诊部|中医馆|医务室|卫生室|医院|医疗机构)|(?:诊所|门诊部|医疗机构|中医馆).{0,8}(?:执业许可|执业登记|设置审批|审批|备案|许可证|执照|要什么证|办什么证)|医疗机构执业"),
     Gap("开办诊所等医疗机构的设置审批和执业登记", "4.2", "health", ("medical_service_supervision",))),
    (re.compile(r"三胎|^(?![^\n]*(?:福利院|寄养|孤儿|无人抚养))[^\n]*?(?:生|养)(?:孩子|小孩|娃|宝宝).{0,6}(?:补贴|奖励|补助)(?!.{0,4}报销)|托育|托儿所|婴幼儿照护|(?:0|零)到3岁|三岁以下.{0,6}(?:带|托|照顾)|早教机构|独生子女(?:父母)?(?:光荣证|证|奖励)|社会抚养费|超生(?:罚款)?|(?:免费)?婚检|婚前(?:医学)?检查|(?:生育|计划生育|计生)证明"),
     Gap("婴幼儿托育、独生子女证和社会抚养费等人口家庭事务", "4.3", "health", ("two_child_policy",))),
    # ---- 教育: 1.1 义务教育, 1.2 高中, 1.5 继续教育
    (re.compile(r"课后服务|课后托管|晚托|延时服务|放学(?:太早|时间)|(?:什么时候|几号|哪天)开学|开学(?:时间|日期|报到)|(?:寒假|暑假)(?:什么时候|几号|哪天|放几天|放多久|时间)"
                r"|校园(?:欺凌|霸凌)|(?:被|让)同学(?:欺负|打|勒索)"
                # (set 28) a classmate who bites or hits the others ("班上有个同学动不动咬人"); a school that steers a pupil
                # to the art exam for its results (艺考, 升学率)
                r"|(?:同学|同桌|同班的|班上|班里)[^。]{0,12}(?:咬人|咬伤|咬了|打人|打伤|抓伤|推倒|踢伤|动手打)|艺考|升学率|美术生|艺术生|体罚|师德|老师.{0,4}(?:打|骂|辱骂|收礼|收红包)(?:学生|孩子|小孩|小囡)?"
                r"|插班|学校食堂|校方(?:责任)?险|校责险|(?:体育课|课间|上课时|在学校|在校|学校里)[^。]{0,12}(?:摔|受伤|伤了|骨折|撞)[^。]{0,20}(?:赔|理赔|谁负责|责任)|(?:学生|孩子|小孩).{0,4}伙食|(?<!部)分班(?!车)|重点班|实验班|校服.{0,6}(?:费|钱|贵|强制|必须|统一|质量)|学平险|学生(?:平安|意外)险|民办(?:学校|小学|初中|中学)|私立学校|公民同招|体育中考|体测|休学|复学|退学|留级|跳级|(?<!搞)(?<!搞点)(?<!办)(?<!开发)(?<!做)研学|春游|秋游|(?:学校|学生|孩子|小孩|幼儿园|班上|在校)[^，。,.；;]{0,6}午休|午休(?:时间)?(?:太短|取消|不让|趴|睡不)|教辅(?:资料)?|练习册|(?<!加)班费|书包[^。]{0,10}(?:太重|重量|几斤|[一二三四五六七八九十\d]+斤|压得)"
                r"|(?:学校|校园|教学楼|宿舍)[^。]{0,6}(?:厕所|卫生间|热水|饮水机|课桌椅)[^。]{0,16}(?:坏|没有|不能用|关不上|不够)|不让[^。]{0,4}进教室|(?:学校|班主任|老师)[^。]{0,6}(?:规定|要求)[^。]{0,12}(?:头发|短发|剪发|发型)"
                r"|(?:老师|班主任|园里|幼儿园|学校)[^。]{0,20}(?:孩子|学生|小朋友)[^。]{0,12}(?:照片|视频)[^。]{0,4}(?:发到|发在|传到|放到|上传到)[^。]{0,10}(?:账号|抖音|快手|朋友圈|网上|视频号|微博|小红书)|教师(?:工资|待遇|编制)|老师(?:工资|待遇)|(?<!考研)(?<!考公)辅导班|兴趣班|托管班"),
     Gap("课后服务、开学放假、校园欺凌、师德、分班、民办学校等中小学事务", "1.1", "education", ("compulsory_school_enrolment",))),
    (re.compile(r"教师资格|教资|教师证|学位证|学历证明|学信网|助学贷款|生源地(?:信用)?贷款|大学生资助|留学.{0,4}(?:认证|证明)|国家开放大学|^(?![^\n]*(?:学分|免考))[^\n]*?(?:开放大学|广播电视大学)|电大学历|夜大|函授"
                r"|成人本科|专升本|学历提升|^(?![^\n]*(?:学分|免考))[^\n]*?成人(?:大专|专科|学历|中专|大学|高等教育|高等学历)"
                # (set 28) a degree studied after work, in the evening ("白天上班只能晚上学 …大专")
                r"|(?:晚上|夜里|夜间|下班后)[^。]{0,8}(?:上课|读|念|学)[^。]{0,16}(?:大专|本科|专科|学历|文凭)|(?:大专|本科|专科|学历|文凭)[^。]{0,24}(?:晚上|夜里|夜间|下班后)[^。]{0,4}(?:上课|读|念|学)|(?:在职|边上班边?|边工作边?|业余)[^。]{0,6}(?:读|拿|考|念)[^。]{0,4}(?:本科|大专|专科|学历|文凭)"),
     Gap("教师资格、学历学位证明、助学贷款和成人学历教育等教育事务", "1.5", "education", ("learning_credit_bank",))),
    # the Putonghua proficiency test (国家通用语言文字法 第十九条、第二十四条: the language-work body, 语委办 of
    # the education bureau), asked by teachers and announcers
    (re.compile(r"普通话(?:水平)?(?:等级)?(?:测试|考试|考级|证书|等级证|证)|普通话[^。]{0,6}(?:二甲|二乙|一乙|一甲|等级)"),
     Gap("普通话水平测试的报名和证书", "1.5", "education", ("learning_credit_bank",))),
    # a village school merged into the town's or closed (撤点并校: the county's education body plans the schools)
    (re.compile(r"撤点并校|(?:学校|小学|初中|中学|村小|村校|教学点|幼儿园)[^。]{0,10}(?:撤并|合并|并到|并入|并掉|撤掉|撤销|撤了|要撤|停办|关停|要关|被关|关掉)"
                r"|撤并[^。]{0,8}(?:学校|小学|初中|村小|教学点)"),
     Gap("中小学和教学点的撤并和布局调整", "1.1", "education", ("compulsory_school_enrolment",))),
    # parents taught how to bring up and talk with their children (家庭教育促进法: the education body guides family
    # education with the women's federation; 家长学校)
    (re.compile(r"家庭教育|家长(?:学校|课堂|课|培训|讲座)|(?:教|指导|培训)家长|亲子(?:沟通|关系|教育|课)|(?:跟|和|与)(?:孩子|小孩|儿子|女儿)(?:怎么)?(?:相处|沟通)"
                r"|(?:孩子|小孩|儿子|女儿|小囡)[^。]{0,10}(?:叛逆|顶嘴)[^。]{0,24}(?:怎么管|怎么办|管不了|管不住|不知道怎么|课|指导)"),
     Gap("家庭教育指导和家长学校", "1.1", "education", ("compulsory_school_enrolment",))),
    # lessons the school timetable owes (体育课, 课间) squeezed out by the main subjects: the education body's
    (re.compile(r"(?:体育课|音乐课|美术课|劳动课|活动课|副课|课间|大课间)[^。]{0,10}(?:被占|占掉|占用|挤占|被(?:语文|数学|英语|主课)|取消|不让(?:出去|下楼))"),
     Gap("体育课和课间活动被挤占等中小学教学管理", "1.1", "education", ("compulsory_school_enrolment",))),
    # a school or kindergarten built with an estate and not opened (配套园舍: 教育部门)
    (re.compile(r"园舍|(?:不|没|迟迟不|一直不|还不)开园|(?:配套|小区)(?:的)?[^，。,]{0,6}(?:幼儿园|学校|小学|初中)[^，。,]{0,12}(?:不开|没开|不招|空着|闲置)"),
     Gap("小区配套学校和幼儿园的建成开办", "1.3", "education", ("kindergarten_enrolment",))),
    # ---- 体育: 4.4
    (re.compile(r"体育彩票|体彩|(?:游泳|潜水|滑雪|攀岩).{0,4}(?:教练|资质|许可)|(?:健身|体育)(?:协会|俱乐部).{0,4}(?:登记|成立|加入)|全民健身日|国民体质监测|体质测试|(?:跆拳道|围棋|象棋|国际象棋|武术|空手道|柔道|散打|击剑|游泳|轮滑)[^。]{0,16}(?:考级|考段|定段|升段|段位|级位)|段位(?:考试|证书|赛)"),
     Gap("体育彩票、体育经营和俱乐部、体质监测等体育事务", "4.4", "sports", ("fitness_guidance",))),
    # sports schools and young athletes' selection, competitions held by residents
    (re.compile(r"体校|体育(?:运动)?学校|少体校|业余训练|(?:运动|体育)(?:队|苗子|人才).{0,6}(?:选拔|招|选材|选人)|青训|(?:办|举办|组织).{0,8}(?:比赛|赛事|马拉松|运动会).{0,8}(?:审批|备案|报批|批准|手续)"),
     Gap("体校招生、运动员选拔和体育赛事举办等体育事务", "4.4", "sports", ("mass_sports_activities",))),
    # ---- set 16's classes (blind gaps_test8, studied since 2026-12-04)
    # a dismissal sent by a message or said in a word, with nothing on paper (劳动合同法 第四十三条、第五十条: a
    # dismissal is notified and certified in writing): whether it stands is the human resources body's
    (re.compile(r"^(?![^\n]*(?:仲裁|补偿|赔偿))[^\n]*?(?:微信|短信|电话|口头|一句话|群里|钉钉|语音)[^。]{0,16}(?:开除|辞退|把我开了|给开了|被开了|开了我|炒了|解雇|裁了|不用来了|别来了|不要来了|叫我走|让我走)"
                r"|^(?![^\n]*(?:仲裁|补偿|赔偿))[^\n]*?(?:开除|辞退|解雇|把我开了|开了我|炒了我)[^。]{0,20}(?:没有|没|无|不给)(?:任何)?(?:书面|通知书|证明|手续|文件|白纸黑字)"),
     Gap("口头或微信辞退等解除劳动合同的手续", "2.3", "human_resources", ("labour_contract_guidance",))),
    # relief money's card or passbook kept or used by someone else (社会救助暂行办法: the civil-affairs body pays
    # and oversees assistance)
    (re.compile(r"(?:低保|救济|救助|五保|特困)[^。，,]{0,4}(?:卡|存折|折子)[^。]{0,24}(?:在[^。]{0,14}手上|在[^。]{0,10}那里|被[^。]{0,10}(?:拿|扣|占|取|用|领)|拿走|扣着|不给|不还)"
                r"|(?:低保|救济|救助|五保|特困)(?:金|款|钱)[^。]{0,16}(?:被[^。]{0,10}(?:冒领|挪用|拿去|拿走|占用|克扣|扣|领走|花)|冒领|克扣|挪用)"),
     Gap("救助金被他人代领、冒领或克扣等社会救助事务", "3.2", "civil_affairs", ("minimum_living_allowance",))),
    # treatment refused in advance (生前预嘱: a patient's wish not to be intubated or revived, kept with the doctors)
    (re.compile(r"生前预嘱|预立医疗|(?:不想|不要|不愿|拒绝|不肯|不再)[^。]{0,6}(?:插管|抢救|上呼吸机|心肺复苏|切开气管|进ICU|进icu)|放弃(?:有创)?抢救"
                r"|不插管|(?:临终|抢救|插管)[^。]{0,6}意愿"),
     Gap("生前预嘱和临终医疗意愿", "4.2", "health")),
    # a waiting period before the insurance pays again after contributions stopped (待遇等待期: the medical security body)
    (re.compile(r"(?:医保|医疗保险|报销|看病|住院)[^。]{0,20}等待期|等待期[^。]{0,20}(?:医保|医疗保险|报销|看病|住院)|(?:断缴|断交|断保|停缴|停交|中断|没交|没缴|漏交|漏缴)[^。]{0,30}(?:等|过)(?:几|[一二三四五六\d])个月[^。]{0,6}(?:才|再)?(?:能|可以|好)?报"),
     Gap("医保中断缴费后的待遇等待期", "3.1", "medical_security", ("resident_medical_insurance", "employee_medical_insurance"))),
    # blind people taught to use phones and computers (读屏, 信息无障碍: the federation's training)
    # (set 18: books asked for, to read or hear on the phone, are the catalogue's free digital publications)
    (re.compile(r"^(?![^\n]*(?:看书|听书|电子书|有声书|读书))[^\n]*?(?:读屏|(?:盲人|视障|视力残疾|眼睛看不见|看不见东西|看不见|失明|瞎)[^。]{0,16}(?:手机|电脑|智能手机|上网|微信)[^。]{0,10}(?:学|教|培训|课|用)|信息无障碍)"),
     Gap("盲人等残疾人的读屏软件和信息无障碍培训", "3.3", "disabled_persons_federation")),
    # ---- set 17's classes (blind gaps_test9, studied since 2026-12-05)
    # what one paid oneself for serious illness, deducted from income tax (大病医疗专项附加扣除: the medical security
    # body's service platform gives the yearly amount); before the outside topic of taxes
    (re.compile(r"大病医疗(?:专项)?(?:附加)?扣除|(?:看病|大病|住院|医疗|医药费|自付|自费|自己掏|自己出)[^。]{0,20}(?:个税|个人所得税|所得税)[^。]{0,10}(?:扣除|抵扣|减免|抵|扣)"
                r"|(?:个税|个人所得税)[^。]{0,10}(?:扣除|抵扣)[^。]{0,10}(?:看病|大病|医疗|医药费)"),
     Gap("大病医疗个人负担的个税专项附加扣除", "3.1", "medical_security", ("employee_medical_insurance", "resident_medical_insurance"))),
    # medicine a doctor sends the family to buy outside the hospital (院外购药, 双通道): whether insurance pays
    (re.compile(r"(?:外面|院外|外头|医院外|医院外面|社会上)(?:的)?[^。]{0,6}(?:药店|药房)[^。]{0,24}(?:报|报销|医保|能不能算)|(?:外购|院外)(?:药|购药|处方)|双通道"),
     Gap("医生开到院外药店购买的药品的医保报销", "3.1", "medical_security", ("employee_medical_insurance", "resident_medical_insurance"))),
    # a medicine prescribed that the hospital's pharmacy does not have (缺药): the supply of medicines in hospitals is
    # the health body's (after the topic of buying it outside, which asks whether insurance pays)
    (re.compile(r"(?:医院|卫生院|药房|药剂科)[^。]{0,10}(?:缺药|没货|没有货|断货|没这个药|没有这个药|配不到|拿不到药)|缺药|配不到药"),
     Gap("医院药房缺药、开了的药配不到等医疗机构的药品供应", "4.2", "health", ("essential_medicines",))),
    # part-time work online paying by the day, and whether it is a trap (招聘欺诈: the human resources body's job market)
    (re.compile(r"(?:兼职|日结)[^。]{0,24}(?:骗|靠谱|真的假的|是真是假|正规|陷阱|套路|先交钱|交钱|押金|会员费)|(?:在家|动动手指|躺着|轻轻松松|轻松)[^。]{0,10}(?:日赚|日入|一天(?:能)?(?:赚|挣)|月入)"),
     Gap("网络兼职招聘陷阱的辨别等就业服务事务", "2.1", "human_resources", ("employment_services",))),
    # subjects chosen for the new gaokao in senior high, changed midway (选科: the school and the education body)
    # (set 29) the physics or history stream left for the other ("想从物理那一组换到历史那一组")
    (re.compile(r"选科|选考科目|(?:换|改|调|重选|改选)(?:选)?(?:考)?(?:科目|选科|学科组合|组合)"
                r"|(?:物理|历史|文科|理科)(?:那)?(?:一)?(?:组|类|方向|班)[^。，,]{0,6}(?:换|改|转|调)(?:到|成|去)?(?:物理|历史|文科|理科)|(?:物理|化学|生物|历史|地理|政治)[^。]{0,12}(?:跟不上|学不进)[^。]{0,12}(?:换|改)"),
     Gap("高中选科和选考科目的调整", "1.2", "education")),
    # a PE exam at the end of junior school missed through injury or illness (缓考, 免考: the education body's exam rules)
    (re.compile(r"(?:初三|中考|毕业|升学)[^。]{0,4}体育(?:考试|考|测试)|体育(?:考试|考|测试)[^。]{0,20}(?:缓考|免考|受伤|崴|扭伤|骨折|生病)|(?:申请|能不能|可以|能否)缓考|缓考[^。]{0,6}(?:申请|怎么|手续)"),
     Gap("中考体育考试的缓考和免考", "1.1", "education", ("compulsory_school_enrolment",))),
    # a child wanting to train in a sport with a youth team or club (业余训练: the sports body's youth training)
    (re.compile(r"(?:训练队|运动队|代表队|集训队|青少年队|少年队|梯队)[^。]{0,12}(?:招|选|报名|选拔|收|进)|(?:招|选拔)[^。]{0,6}(?:小队员|小运动员|苗子)"
                # (set 29) a boys' football team, its training and who pays the fares ("被选进了市里的少年足球队 …路费饭钱")
                r"|(?:少年|青少年|少儿|儿童|小学生|中学生)(?:的)?(?:足球|篮球|排球|乒乓球|游泳|田径|羽毛球|网球|体操|武术|击剑|围棋|象棋)?(?:队|梯队)[^。]{0,30}(?:训练|集训|选拔|路费|费用|自己出|交钱)"
                r"|(?:选进|选上|选入|招进)(?:了)?[^。]{0,8}(?:足球|篮球|排球|乒乓球|游泳|田径|羽毛球|网球|体操|武术|击剑)队"
                r"|(?:孩子|小孩|儿子|女儿|小囡|孙子|孙女)[^。]{0,8}(?:(?:想|要|喜欢)(?:练|学|打|玩)?|练|学)(?:皮划艇|赛艇|帆船|击剑|射击|射箭|举重|摔跤|拳击|跳水|体操|田径|曲棍球|橄榄球|网球|羽毛球|排球|手球|柔道|跆拳道)[^。]{0,20}(?:队|教练|训练|集训|俱乐部)"),
     Gap("青少年业余体育训练队的选材和报名", "4.4", "sports", ("mass_sports_activities",))),
    # an elder's pension or savings kept by a child who will not let him use it (老年人权益保障法 第二十二条: the
    # civil-affairs body and the village committee step in; the law and legal aid after)
    (re.compile(r"(?:老人|老爷子|老太太|我爸|我妈|父亲|母亲|公公|婆婆|爷爷|奶奶)(?:的)?[^。]{0,16}(?:退休金|养老金|存折|工资卡|银行卡|钱)[^。]{0,12}(?:在|被)(?:我)?(?:弟|哥|姐|妹|儿子|女儿|子女|儿媳|女婿|侄子)[^。]{0,8}(?:手里|手上|拿着|扣着|管着|收着|拿走)"
                r"|(?:老人|父母|老爸|老妈)(?:的)?钱[^。]{0,6}被(?:子女|儿子|女儿|儿媳)[^。]{0,6}(?:扣着|拿着|控制|霸占|不给)"),
     Gap("老人的钱被子女扣着不给用等老年人权益保护", "3.4", "civil_affairs")),
    # ---- set 18's classes (blind gaps_test10, studied since 2026-12-05)
    # a disabled person's card asked whether it lapses or must be reviewed each year (残疾人证管理办法: the federation)
    (re.compile(r"^(?![^\n]*(?:补贴|补助|津贴|保险|养老))[^\n]*?残疾(?:人)?证[^。]{0,16}(?:年审|年检|审核|审验|作废|过期|有效期|失效|几年(?:一)?换|要不要换)"),
     Gap("残疾人证的申领、评定和换证", "3.3", "disabled_persons_federation", ("disability_rehabilitation",))),
    # a medical receipt lost before the claim (医疗费用报销: the medical security body says what stands in for it)
    (re.compile(r"(?:看病|医疗|住院|门诊|医药费|药费|医院)(?:的)?(?:发票|票据|收据)[^。]{0,10}(?:丢|掉|遗失|没了|找不到|补|重开|重打|补打)"
                r"|(?:发票|票据|收据)[^。]{0,8}(?:丢|掉|遗失|找不到)[^。]{0,16}(?:报销|医保)"),
     Gap("医疗费用发票遗失后的报销", "3.1", "medical_security", ("employee_medical_insurance", "resident_medical_insurance"))),
    # a patient's family looked after in hospital: a relative staying beside the bed, meals, rest (医院服务: the health body)
    (re.compile(r"(?:陪护|陪床|陪住|陪夜)[^。]{0,30}(?:医院|病房|住院|护士|病床|吃饭|微波炉|家属|热饭|睡)|(?:医院|住院部|病房)[^。]{0,20}(?:陪护|陪床|陪夜)"
                # (set 28) how many of the family may stay, a hospital's rule ("医院规定只能留一个家属陪")
                r"|(?:医院|病房|住院部|住院)[^。]{0,20}(?:只能|只让|只准|只许|最多|不让|不准|不许)[^。]{0,10}(?:家属|家人|陪|探视|探望)"
                r"|(?:病人)?家属[^。]{0,10}(?:吃饭|热饭|微波炉)|(?:医院|病房|住院部|走廊)[^。]{0,12}(?:微波炉|热饭)"),
     Gap("住院病人家属陪护和生活服务等医疗服务事务", "4.2", "health", ("medical_service_supervision",))),
    # a teacher's punishment short of striking: made to stand in the corridor, to copy lines, sent out (体罚和变相体罚:
    # the education body)
    (re.compile(r"罚站|罚跪|罚抄|罚跑|赶出教室|(?:不让|不准)(?:进教室|进班|上课)|站(?:在|到)?(?:走廊|教室外|门外|教室后面)|变相体罚"),
     Gap("变相体罚等中小学师德和教学管理", "1.1", "education", ("compulsory_school_enrolment",))),
    # boarding required of pupils who live near (寄宿制: the school and the education body)
    (re.compile(r"(?:规定|必须|一律|全部|强制|统一|不让|不准|不许|要求)[^。]{0,8}(?:住校|寄宿|走读|留宿|留校)"
                r"|(?:住校|寄宿|走读|留宿|留校)[^。]{0,12}(?:合理|规定|申请|能不能|可不可以|允许|不让|不准|强制)"),
     Gap("中小学寄宿和走读的安排", "1.1", "education", ("compulsory_school_enrolment",))),
    # a veteran who served in a war asking for its medal (参战退役军人: the veterans body)
    (re.compile(r"^(?![^\n]*(?:抚恤|优抚|补助|补贴|待遇|生活费|(?:每年|每个月|每月|按月|年年)[^。，,\s]{0,6}(?:拨|发|给|补|领|拿)))[^\n]*?(?:参战(?:的)?(?:老兵|人员|退役军人|军人)|上过(?:战场|前线)|打过仗|(?:老兵|退役军人|退伍军人|军人)[^。]{0,12}(?:纪念章|勋章)|纪念章[^。]{0,12}(?:老兵|退役|退伍|参战))"),
     Gap("参战退役军人的纪念章等退役军人事务", "3.3", "veterans_affairs", ("entitled_groups_pension",))),
    # ---- set 19's classes (blind gaps_test11, studied since 2026-12-06)
    # hours of work: weeks without a day off, night shift after night shift, days of twelve hours (劳动法 第三十六条、
    # 第三十八条、第四十一条: the labour inspectorate); a pupil's homework is the school's
    (re.compile(r"^(?=[^\n]*(?:班|干活|打工|厂|公司|单位|老板|车间|工地|店|超市|商场|饭馆|餐厅|工作|组长|主管|领导|员工|工人|职工))"
                r"(?![^\n]*(?:学生|孩子|小孩|儿子|女儿|学校|老师|作业|补课|(?:反映|举报|投诉)[^。]{0,8}(?:怕|担心)[^。]{0,6}(?:认出|知道是我|报复|穿小鞋|被开除|被炒)))[^\n]*?(?:"
                r"(?:连着|连续|一连|接连|整整)(?:上|干|做|加|值)?(?:了)?(?:[一二三四五六七八九十两几\d]+)(?:多)?(?:天|个月|周|个星期|个礼拜)[^。]{0,10}(?:班|夜班|白班|加班|没休|没有休|不休|没歇|没放假|没停|没有周末|没周末|没双休)"
                r"|(?:一天|一日)(?:都|也)?(?:没|没有|不)(?:休息|休|歇|放假)(?:过)?|(?:一个月|一周|一个星期|一个礼拜)[^。]{0,4}(?:都|也)?(?:没|没有|不给|不让)(?:休息|休|歇|放假)"
                r"|(?:每天|天天|一天)(?:要)?(?:上|干|做|站)(?:班)?(?:十[一二三四五六七八]|1[1-8])(?:多)?(?:个)?(?:小时|钟头)"
                r"|(?:没有|没|不给|不让|取消(?:了)?)(?:休息日|双休|单休|调休|周末休息|周末)|(?:一个月|一周|一个星期|一个礼拜)(?:只|才|就)(?:休|放)(?:[一二两三\d])天|加班[^。]{0,6}(?:太多|没完没了|超过|超时|天天|每天))"),
     Gap("工作时间过长、连续上班不休息等工时和休息休假事务", "2.3", "human_resources", ("labour_inspection",))),
    # pay docked for sickness, or an attendance bonus taken for any leave (全勤奖; 企业职工患病或非因工负伤医疗期规定, 工资
    # 支付暂行规定: the labour inspectorate); a day of personal leave unpaid is no fine
    (re.compile(r"^(?![^\n]*(?:学生|学校|老师|孩子|小孩|押金|医保|报销|医药费|住院费))[^\n]*?(?:全勤(?:奖|奖金)?[^。]{0,16}(?:扣|不发|没了|取消|不给)|(?:扣|不发|没了|不给)[^。]{0,6}全勤"
                r"|(?:病假|请病假|休病假|生病|住院)[^。]{0,16}(?:扣|罚|不发|照扣|也扣|要扣|就扣)[^。]{0,6}(?:全勤|工资|奖金|钱|块|[一二三四五六七八九十两百千\d])"
                r"|(?:考勤|打卡|工号)[^。]{0,30}(?:扣|罚)(?:了)?(?:我)?[^。]{0,4}(?:全勤|工资|奖金|钱|块|[一二三四五六七八九十两百千\d]))"),
     Gap("请假、病假扣工资和全勤奖等工资支付事务", "2.3", "human_resources", ("labour_inspection",))),
    # a nurse or doctor hired privately to treat at home: is it lawful, who answers for harm (医师法, 护士条例: practice
    # where registered; the health body); a family doctor's visit is the catalogue's
    (re.compile(r"^(?![^\n]*(?:家庭医生|签约))[^\n]*?(?:"
                r"(?:私人|私下|私自|自己找(?:的|了)?|外面找(?:的)?|网上(?:约|叫|找)(?:的|了)?)(?:的)?(?:护士|医生|大夫)[^。]{0,20}(?:上门|到家|来家|家里)"
                r"|(?:护士|医生|大夫)[^。]{0,4}(?:私自|私下|偷偷)[^。]{0,8}(?:打针|输液|挂水|用药|开药)"
                r"|(?:护士|医生|大夫)(?:上门|到家里?|来家里?)[^。]{0,24}(?:合法|合不合法|违法|资质|出事|出了事|谁负责|靠谱|正规)"
                r"|上门(?:打针|输液|挂水|换药|扎针|抽血)[^。]{0,24}(?:合法|合不合法|违法|资质|出事|出了事|谁负责|靠谱|正规))"),
     Gap("私人请护士、医生上门诊疗的合法性等医疗服务事务", "4.2", "health", ("medical_service_supervision",))),
    # hygiene of a barber's, a beauty salon's, a bathhouse's or a hotel's tools and towels (公共场所卫生管理条例: the
    # health body's public-place hygiene)
    (re.compile(r"^(?![^\n]*(?:厨房|后厨|饭菜|菜|吃|餐|食))[^\n]*?(?:理发店|美发店|发廊|理发|剃头|剃胡子|美容院|美容店|美甲店|美甲|足浴|洗脚店|公共浴室|浴场|澡堂|洗浴|宾馆|旅馆|酒店|招待所)[^。]{0,24}"
                r"(?:消毒|不干净|脏|毛巾|床单|刀(?:子|片)?(?:不换|一直用|用到底|重复)|工具(?:不换|重复)|重复用|混用|不换)"),
     Gap("理发店、浴室、宾馆等公共场所的卫生", "4.1", "health", ("basic_public_health_services",))),
    # sports in the air and other risky sports learned and licensed (航空运动, 高危险性体育项目: the sports body)
    (re.compile(r"滑翔伞|动力伞|跳伞|热气球|滑翔机|翼装|航空运动|航模|(?:潜水|攀岩|冲浪|帆船|蹦极)[^。]{0,10}(?:证|执照|资质|培训|学|考|教练)"),
     Gap("滑翔伞等航空运动和高危险性体育项目的培训和资质", "4.4", "sports")),
    # ---- set 20's classes (blind gaps_test12, studied since 2026-12-06)
    # an employer ruling when its women may fall pregnant (排队怀孕, 怀孕报备: 妇女权益保障法 第四十八条, 女职工劳动保护特别规定;
    # the labour inspectorate)
    (re.compile(r"(?:公司|单位|厂里|老板|领导|规定|主管|人事|医院|学校)[^。]{0,24}(?:怀孕|怀二胎|生孩子|生育|生二胎|生娃|要孩子)[^。]{0,16}(?:报备|排队|轮流|审批|批准|指标|先别|不许|不准|不让)"
                r"|(?:排队|轮流|轮着)(?:怀孕|生孩子|生育)|怀孕[^。]{0,4}(?:要)?(?:排队|报备|指标)"
                # (set 29) a written promise not to fall pregnant or marry for years, pregnancy taken as resigning, a wedding to be
                # reported to the employer months ahead
                r"|(?:保证书|承诺书|协议|合同|规定)[^。]{0,16}(?:[一二三两几\d]+年(?:内|之内)?|期间|合同期内?)(?:都)?(?:不|不能|不许|不准|不得)(?:怀孕|生孩子|生育|结婚|要孩子|生二胎)"
                r"|(?:怀孕|怀了|生孩子|结婚)(?:了)?[^。，,]{0,4}(?:就)?(?:算|当|视为|按)(?:自动|主动)?(?:离职|辞职|辞退|自离)"
                r"|(?:厂里|公司|单位|老板|领导|厂规)[^。]{0,12}(?:结婚|怀孕|生孩子|生二胎)[^。，,]{0,4}(?:要|得|必须|需要)?(?:提前)?[^。，,]{0,6}(?:打报告|报告|报批|审批|批准)"),
     Gap("用人单位限制女职工怀孕生育等女职工劳动保护", "2.3", "human_resources", ("labour_inspection",))),
    # an employer tracking its workers' phones or whereabouts after hours (劳动合同法 第四条、个人信息保护法: the labour
    # inspectorate hears it)
    (re.compile(r"(?:公司|单位|厂里|老板|领导|主管|人事|经理)[^。]{0,24}(?:装|安装|下载)[^。]{0,8}(?:定位|监控|监听|追踪)(?:的)?(?:软件|App|APP|app|程序)?"
                r"|下班(?:以后|之后|后)?[^。]{0,12}(?:不许|不准|不让|不能|不可以)(?:关机|关掉|关|卸载|退出)"
                r"|下班(?:以后|之后|后)?[^。]{0,6}(?:手机|电话)[^。]{0,10}(?:开着|开机|不关)|(?:半夜|深夜|凌晨|下班后|休息时间)[^。]{0,12}(?:工作群|群里)[^。]{0,6}(?:派活|派任务|安排工作|布置任务|发任务)"
                r"|(?:公司|单位|老板|厂里)[^。]{0,10}(?:定位|监控|追踪)(?:员工|我们|职工|工人)"),
     Gap("用人单位定位监控职工等劳动用工事务", "2.3", "human_resources", ("labour_inspection",))),
    # why an examination, an anaesthetic or a material was left to the patient to pay (医保目录和支付范围: the medical
    # security body); a claim for a work injury or a commercial policy is not the insurance's
    (re.compile(r"^(?=[^\n]*(?:医保|医疗保险|看病|住院|门诊|医院|手术|检查|麻醉|胃镜|肠镜|药))(?![^\n]*(?:工伤|意外险|商业保险|生育保险|车险))[^\n]*?(?:"
                r"(?:医保|医疗保险)[^。]{0,8}(?:为什么|为啥|咋|怎么|凭什么)(?:不|没)(?:给)?报|(?:为什么|为啥|咋|怎么|凭什么)[^。]{0,8}(?:不给报|不能报|报不了|不报销|不报)"
                r"|(?:麻醉|检查|项目|材料|耗材|进口|那部分|这部分|这项|那项)[^。]{0,10}(?:全是|全部|都是|全)自费"
                r"|(?:自费|不报)(?:的)?(?:项目|药|部分)[^。]{0,10}(?:为什么|为啥|医保))"),
     Gap("医保报销范围和自费项目等医疗保障事务", "3.1", "medical_security", ("employee_medical_insurance", "resident_medical_insurance"))),
    # a hospital's counters and their hours: a blood-test window opening late, no staffed counter for those without a
    # smartphone (医疗服务便民: the health body)
    (re.compile(r"(?:医院|卫生院|门诊|住院部|抽血|采血|化验|挂号|收费|药房|检验科)(?:的)?(?:窗口|处|室|科)?[^。]{0,16}"
                r"(?:几点(?:才)?开(?:门)?|[一二三四五六七八九十\d]+点(?:半)?(?:才)?(?:开门|上班|开始)|开门(?:太)?晚|提早(?:一点|点)?开|提前(?:一点|点)?开|早点开|人工窗口|人工服务)"
                r"|(?:医院|看病)[^。]{0,30}只能(?:在)?(?:机器|手机|自助机)"),
     Gap("医院窗口的服务时间和人工服务等就医便利", "4.2", "health", ("medical_service_supervision",))),
    # a village's or community's awards decided in advance for cadres' relatives (村务公开, 民主评议: the civil-affairs body
    # guides the committees)
    (re.compile(r"^(?=[^\n]*(?:村|社区|居委))[^\n]*?(?:(?:村里|村委|村干部|社区|居委会?)[^。]{0,6}评[^。]{0,40}(?:内定|暗箱|走后门|亲戚|不公平|不公正|没公示|不公示|没有公示)"
                r"|优亲厚友|(?:名单|名额)[^。]{0,12}内定)"),
     Gap("村（社区）评选评优的公开公正等基层自治事务", "3.4", "civil_affairs")),
    # a cycling or hiking club of residents riding or walking together and whether it must report (群众体育活动: the
    # sports body); lost hikers are the emergency body's
    (re.compile(r"(?:骑行|自行车(?:队|骑行|活动|俱乐部)|徒步|跑团|夜跑|越野跑|登山队)[^。]{0,40}(?:报备|备案|报批|审批|批准|登记)"
                r"|(?:组|组织|成立|建)(?:了)?(?:个|一个|支)?(?:骑行|徒步|跑步|跑团|登山)(?:队|团|俱乐部|群)"),
     Gap("群众自发骑行、徒步等体育活动的组织和报备", "4.4", "sports", ("mass_sports_activities",))),
    # comrades of one's service years looked for (the veterans body's service stations); work for veterans is the catalogue's
    (re.compile(r"^(?![^\n]*(?:工作|找活|就业|上班|创业|培训|安置))[^\n]*?(?:(?:战友|老连长|老排长|老班长|老指导员|老首长|老部队)[^。]{0,30}(?:找|寻|联系|查|下落)"
                r"|(?:找|寻找|联系|查)[^。]{0,10}(?:战友|老连长|老排长|老班长|老首长)"
                r"|部队(?:的|里的)?(?:老)?(?:领导|战友|连长|排长|班长)[^。]{0,30}(?:联系不上|找不到|失联|找))"),
     Gap("寻找战友、部队老领导等退役军人事务", "3.3", "veterans_affairs")),
    # a school or kindergarten letting children out before parents finish work (放学和离园时间: the education body)
    (re.compile(r"(?:[一二三四五六七八九十两\d]+点(?:半|多)?|中午)(?:就)?(?:放学|离园)|放学[^。]{0,12}(?:太早|早了|延长|推迟|晚一点|晚点|接不了|接不到|没人接)"
                r"|(?:延长|推迟|延迟)[^。]{0,8}(?:放学|离园|在园|在校)"),
     Gap("放学和离园时间、延时托管等中小学和幼儿园事务", "1.1", "education", ("compulsory_school_enrolment",))),
    # ---- set 21's classes (blind gaps_test13, studied since 2026-12-06)
    # the cost of the work left to the worker: fuel, tolls or fares of a private car used for the employer (劳动合同法 第三十
    # 条, 工资支付暂行规定: the labour inspectorate)
    (re.compile(r"^(?![^\n]*(?:医保|看病|医药费|住院|学校))[^\n]*?(?:私车公用"
                r"|(?:公司|单位|老板|厂里|领导|经理|主管)[^。]{0,30}(?:油钱|油费|加油费|过路费|停车费|路费|车费|差旅费|出差(?:的)?(?:费用|钱))[^。]{0,12}(?:不给报|不报|不给报销|不报销|不肯报|自己(?:出|掏|承担|垫)|不给)"
                r"|(?:开|用)(?:自己|自家)(?:的)?(?:车|私家车)[^。]{0,20}(?:送货|跑业务|出差|拉货|接送|跑客户)[^。]{0,24}(?:不给报|不报|不报销|自己出|自己掏|不给))"),
     Gap("职工私车公用的油费路费等工作费用的负担", "2.3", "human_resources", ("labour_inspection",))),
    # nowhere to eat or rest out of the sun on a site or in a workshop (防暑降温措施管理办法, 劳动法 第五十四条: the labour
    # inspectorate)
    (re.compile(r"^(?![^\n]*(?:学校|学生|孩子|食堂饭菜|饭菜))[^\n]*?(?:"
                r"(?:工地|车间|厂里|工厂|厂区|仓库)[^。]{0,12}(?:吃饭|午饭|休息|歇脚|歇一下)[^。]{0,8}(?:没地方|没有地方|没处|没个地方|只能蹲|只能站)"
                r"|(?:老板|公司|厂里|工头|包工头|项目部)[^。]{0,8}(?:不肯|不愿|不给|不让|不舍得)[^。]{0,4}(?:搭(?:个|一个)?(?:棚|遮阳)|装(?:个)?(?:空调|风扇|电扇)|弄(?:个)?休息)"
                r"|(?:太阳底下|大太阳下|烈日下|大太阳底下)[^。]{0,8}(?:干活|吃饭|上工|施工|搬砖|作业)[^。]{0,16}(?:老板|工头|公司|不给|不让|没人管))"),
     Gap("工地和车间的休息、就餐和防暑降温等劳动保护", "2.3", "human_resources", ("labour_inspection",))),
    # a teacher posting pupils' pictures or videos, their marks or their failings, to a group or online (未成年人保护法 第四
    # 条、第六十三条: the school and the education body)
    (re.compile(r"^(?![^\n]*(?:作业|打卡|朗读))[^\n]*?(?:"
                r"(?:老师|班主任|幼儿园|园里|学校)[^。]{0,20}(?:班级群|家长群|群里|朋友圈|抖音|快手|网上|公众号)[^。]{0,12}(?:发|晒|传|公布)[^。]{0,16}(?:照片|视频|样子|成绩|排名|分数)"
                r"|(?:班级群|家长群)[^。]{0,12}(?:发|晒|公布)[^。]{0,12}(?:孩子|学生|小朋友)[^。]{0,10}(?:照片|视频|成绩|排名|样子|分数)"
                r"|(?:老师|班主任|幼儿园|学校)[^。]{0,12}(?:把|将)[^。]{0,12}(?:照片|视频|成绩|排名|分数)[^。]{0,6}(?:发|晒|传|公布)(?:到|在)[^。]{0,4}(?:班级群|家长群|群|朋友圈|网上|抖音|快手))"),
     Gap("老师在群里公开学生照片视频和成绩等中小学和幼儿园事务", "1.1", "education", ("compulsory_school_enrolment",))),
    # a patient's life on the ward: meals sent up cold, lights and noise at night, a wheelchair lent only for a cash deposit
    # (医疗机构的住院服务: the health body)
    (re.compile(r"^(?![^\n]*(?:饭店|餐馆|外卖|小吃|门口|对面|旁边))[^\n]*?(?:(?:医院|病房|住院)[^。]{0,16}(?:食堂|饭菜|伙食|病号饭|订餐|送餐|营养餐)[^。]{0,16}(?:冷|凉|难吃|贵|不干净|拉肚子|变质|馊|吃不饱)"
                r"|病房[^。]{0,30}(?:电视|打呼|大声|喧哗|外放|关灯|熄灯|开灯)|(?:隔壁床|邻床|同病房|病友)[^。]{0,20}(?:电视|吵|大声|外放|打电话|半夜)"
                r"|(?:医院|门诊|住院部|急诊)[^。]{0,16}(?:轮椅|推车|平车|推病人的(?:椅子|车)|担架|陪护床|折叠床)[^。]{0,16}(?:押金|押|租金|收费|借不到)"
                r"|(?:医院|卫生院|门诊|收费处)[^。]{0,16}(?:只收现金|不能扫码|不能刷卡|只能付现金))"),
     Gap("住院病人的伙食、病房秩序和轮椅借用等医院服务", "4.2", "health", ("medical_service_supervision",))),
    # an ambulance's fare and whether the insurance pays it (医保支付范围: the medical security body); calling one is the
    # catalogue's pre-hospital emergency care
    (re.compile(r"(?:120|救护车|急救车)[^。]{0,20}(?:费|钱|出车)[^。]{0,16}(?:医保|报销|能报|能不能报|报不报|好报)|(?:医保|报销)[^。]{0,10}(?:120|救护车|急救车)"),
     Gap("救护车费用的医保报销", "3.1", "medical_security", ("employee_medical_insurance", "resident_medical_insurance"))),
    # a disabled person's card issued in another place, the holder moved here (残疾人证管理办法: the federation transfers it)
    (re.compile(r"残疾(?:人)?证[^。]{0,30}(?:外地|老家|外省|外市|户口|搬)[^。]{0,30}(?:转|迁|换|能不能用|能用|有效|通用)"
                r"|残疾(?:人)?证[^。]{0,10}(?:转过来|迁过来|转到|迁到|转入|迁入|转移|迁移)|(?:外地|外省|老家)(?:办|领)的残疾(?:人)?证"),
     Gap("残疾人证的跨地区迁移和换领", "3.3", "disabled_persons_federation", ("disability_rehabilitation",))),
    # a disabled person's own shop or stall, and the help asked for it: rent, taxes, a subsidy (残疾人就业条例 第十七条、第十九条:
    # the federation's self-employment support)
    (re.compile(r"(?:残疾|残障|肢残|截肢|盲人|聋人|聋哑|坐轮椅)[^。]{0,40}(?:开(?:了)?(?:一)?(?:家|个|间|爿)?[^。]{0,8}(?:店|铺|摊)|做(?:点)?(?:小)?生意|摆摊|个体户)"
                r"[^。]{0,40}(?:租金|房租|减免|补贴|扶持|贴息|免税|税)"),
     Gap("残疾人个体经营的租金减免和扶持等残联事务", "3.3", "disabled_persons_federation", ("employment_assistance",))),
    # a grid worker or community staff photographing a home or taking down a household's details (城乡社区治理: the
    # civil-affairs body guides the committees and their workers)
    (re.compile(r"网格员[^。]{0,20}(?:上门|拍|登记|采集|入户|照片|信息|核实)"
                r"|(?:社区|居委会?|村委会?|村里)(?:的)?(?:人|工作人员|干部)?[^。]{0,10}上门[^。]{0,16}(?:拍照|拍(?:我家|家里|屋里|房间)|登记|采集|录入|核实)"),
     Gap("网格员和社区工作人员入户登记、采集信息等基层治理事务", "3.4", "civil_affairs")),
    # a community's or village's activity room kept locked, opened only for an inspection (城乡社区服务设施: the civil-affairs
    # body); a village's cultural hall or library is the catalogue's
    (re.compile(r"(?:社区|村里|村委|居委会?|小区)[^。]{0,12}(?:活动室|活动中心|议事厅|公益(?:活动)?室|共享(?:客厅|空间)|老年(?:人)?活动室)[^。]{0,24}"
                r"(?:锁着|锁门|锁起来|不开|关着|不开放|没开过|检查的时候|检查才|摆设|形同虚设)"),
     Gap("社区和村的活动室等服务设施的开放", "3.4", "civil_affairs")),
    # ---- session 17's classes (blind gaps_test14, studied since 2026-12-06)
    # time an employer requires before or after the shift, unpaid (a meeting before work, changing, clocking in early:
    # 劳动法 第三十六条、第四十四条, the labour inspectorate)
    (re.compile(r"(?:提前|早到|晚走|推迟下班|下班后)[^。]{0,24}(?:早会|班前会|早班会|晨会|开会|交接班|换衣服|打卡)[^。]{0,30}(?:不算(?:工时|上班|加班|工资)|不给钱|没有钱|白干|不给加班费|没加班费)"
                r"|(?:早会|班前会|早班会|晨会|班后会)[^。]{0,20}(?:不算(?:工时|上班|加班)|不给钱|白干|不给加班费)"),
     Gap("上班前后被要求提前到岗、开会等不计工时的劳动用工事务", "2.3", "human_resources", ("labour_inspection",))),
    # wages split between the payroll and a private transfer or cash, to pay less tax or social insurance (工资支付暂行规定:
    # the labour inspectorate), before the 12345 line's taxes
    (re.compile(r"工资[^。]{0,10}(?:拆成|分成|拆开|拆分|分开)[^。]{0,6}(?:两笔|几笔|两部分|两份|两块)"
                r"|(?:一笔|一部分)[^。]{0,10}(?:工资卡|银行卡)[^。]{0,24}(?:一笔|一部分|另一部分|剩下的)[^。]{0,10}(?:微信|支付宝|现金)"
                r"|工资[^。]{0,16}(?:走私账|不走账|账外|私人账户)"),
     Gap("工资拆分发放、账外发放等工资支付事务", "2.3", "human_resources", ("labour_inspection",))),
    # a platform worker's own pay and terms: the fee per order cut, fines, who the contract is with (新就业形态劳动者权益:
    # the human resources body), before the justice body's 说理 and mediation; a rider hurt is the topic in EARLY
    (re.compile(r"(?:跑|送|做|干|当)(?:了)?(?:外卖|骑手|快递员?|跑腿|代驾|网约车|闪送)[^。]{0,40}"
                r"(?:配送费|单价|每单|一单|提成|抽成|派单|扣钱|罚款|罚钱|降了|降价|合同|跟谁签|劳动关系|算不算员工|社保)"),
     Gap("外卖骑手等平台劳动者的报酬规则和用工关系", "2.3", "human_resources", ("labour_inspection",))),
    # a medical insurance card used by another, for health foods, cosmetics or groceries at a pharmacy (医疗保障基金使用监督管理
    # 条例: the medical security body), before the market body's
    (re.compile(r"(?:医保卡|社保卡)[^。]{0,12}(?:被|借给|给|让)(?:儿子|女儿|孙子|孙女|家人|家里人|亲戚|邻居|朋友|同事|别人|外人|人|他|她|老公|老婆)[^。]{0,8}(?:刷|买|用|拿去|借去)"
                r"|(?:医保卡|社保卡)[^。]{0,6}(?:拿去|借去)[^。]{0,8}(?:刷|买|用)"
                r"|(?:医保卡|社保卡|医保|看病的卡|看病卡)[^。]{0,16}(?:刷|买)[^。]{0,16}(?:保健品|化妆品|日用品|生活用品|洗发水|牙膏|牙刷|洗衣液|纸巾|大米|食用油|营养品)"
                r"|(?:医保卡|社保卡)[^。]{0,8}(?:盗刷|被刷|冒用|外借|借用)"),
     Gap("医保卡被他人使用、违规刷卡购物等医保基金监管事务", "3.1", "medical_security")),
    # a referee's or coach's grade in a sport: where it is examined, from what age (体育: 裁判员和教练员的等级; a social sports
    # instructor is the catalogue's fitness guidance)
    (re.compile(r"^(?![^\n]*(?:法院|判决|官司|起诉))[^\n]*?(?:裁判(?:员)?(?:证|等级|资格|培训|考试|的证)|(?:考|拿|办|当)[^。]{0,6}裁判|(?:教练员|教练)(?:证|资格证|等级证))"),
     Gap("裁判员、教练员等体育技术等级", "4.4", "sports", ("fitness_guidance",))),
    # a hospital that takes only a phone's payment, no cash, no counter, elders without a smartphone (便利老年人就医: the
    # health body)
    (re.compile(r"(?:医院|卫生院|门诊|挂号|看病|就医|收费处|缴费窗口|自助机)[^。]{0,30}(?:只认|只能用?|只收|只支持)[^。]{0,8}(?:手机|扫码|微信|支付宝|线上|网上|智能手机)"
                r"|(?:医院|卫生院|门诊|挂号|看病|就医)[^。]{0,40}(?:现金[^。]{0,8}(?:不收|不能用|没地方交|交不了|不让)|(?:不收|不能用|不让用|不认)现金)"),
     Gap("医院只收手机支付等老年人就医便利事务", "4.2", "health", ("appointment_services",))),
    # a clan's council, a fellow-townsmen's or hobby association, a volunteers' team: whether and where it is registered or
    # filed, a formal name (社会团体登记管理条例, 志愿服务条例: the civil-affairs body)
    (re.compile(r"(?:理事会|宗亲会|同乡会|联谊会|研究会|民间(?:的)?(?:会|组织|团体|社团)|小队|服务队|志愿队|义务队|公益队)[^。]{0,24}(?:登记|注册|备案|挂牌|挂个|手续)"
                r"|(?:成立|组建|组织|组)(?:个|一个|一支)?[^。]{0,8}(?:理事会|宗亲会|同乡会|联谊会|民间组织|民间团体)"
                r"|(?:组|组建|成立|搞)(?:个|一个|一支)?[^。]{0,4}(?:小队|队伍|服务队|团队)[^。]{0,16}(?:义务|免费|公益)"),
     Gap("民间团体和志愿服务队的登记备案", "3.4", "civil_affairs")),
    # ---- session 18's classes (blind gaps_test15, studied since 2026-12-06)
    # a pupil's lunch hurried: minutes too few, the bell rung or the plates taken before the meal is eaten (学校食堂和
    # 午餐管理: the education body); the free meal programme itself is the catalogue's
    # (a worker's lunch break at a factory is not here)
    (re.compile(r"^(?![^\n]*(?:厂|公司|单位|上班|车间|老板|工地|员工|工人))[^\n]*?(?:"
                r"(?:中午|午饭|午餐|吃饭|吃午饭|就餐|用餐)[^。]{0,10}(?:只给|只有|就给|才给|只留|只能吃)[^。]{0,4}(?:\d+|[一二三四五六七八九十几两]+)(?:个)?分钟"
                r"|(?:饭|午饭|午餐)(?:还)?(?:没|没有)吃完[^。]{0,12}(?:铃|收盘|收碗|收餐|催|上课|倒掉)"
                r"|(?:老师|学校|食堂)[^。]{0,6}催[^。]{0,6}(?:吃饭|吃快|收盘子|收餐盘|收碗))"),
     Gap("学校午餐就餐时间等中小学管理事务", "1.1", "education", ("student_nutrition_programme",))),
    # protective shoes, gloves or clothes issued too few, the rest bought by the worker (劳动防护用品: 劳动法 第五十四条, the
    # labour inspectorate), what the work clothes' topic above does not read
    (re.compile(r"(?:(?:劳保|劳动防护)(?:用品|鞋|服|手套|口罩|眼镜)|(?:钢头|防砸|绝缘|安全)(?:鞋|手套|靴))[^。]{0,50}"
                r"(?:只发|才发|就发|不够|不发|穿破|用坏|磨破|自己(?:花钱|掏钱|出钱)?买|自己掏|自费|扣钱|合理吗|合不合理)"),
     Gap("劳动防护用品发放不足等劳动保障事务", "2.3", "human_resources", ("labour_inspection",))),
    # a defibrillator asked for in a square, a station or a school (AED 配置: the health body's 公共场所自动体外除颤器)
    (re.compile(r"AED|aed|除颤(?:仪|器)|(?:电击|电一下|电心脏)[^。]{0,6}(?:机器|仪器|设备|的机)|心脏骤停[^。]{0,30}(?:机器|仪器|设备|急救箱)"),
     Gap("公共场所配置自动体外除颤器（AED）等卫生健康事务", "4.2", "health", ("emergency_medical_services",))),
    # a village's or community's appraisal of households (文明户, 星级户, 美丽庭院) decided behind closed doors (村务公开 and
    # the villagers' self-government: the civil-affairs body)
    (re.compile(r"(?:文明户|星级户|星级文明|五好家庭|最美家庭|美丽庭院|好媳妇|示范户|先进户)[^。]{0,40}(?:评|名单|内定|定的|规矩|公开|不公平|暗箱|关起门)"
                r"|(?:评比|评选|评优|评先)[^。]{0,20}(?:村干部|村里|社区)[^。]{0,16}(?:内定|关起门|暗箱|几个人定|自己定|说了算)"),
     Gap("村（社区）评比文明户等村务公开和村民自治事务", "3.4", "civil_affairs")),
    # ---- session 19's classes (blind gaps_test16, studied since 2026-12-06)
    # a hospital bill padded (days not stayed, drugs never given) and paid by the medical insurance (医疗保障基金使用监督管理
    # 条例 第十五条、第三十八条: 虚记、多记费用 reported to the medical security body); a bill one paid oneself is the hospital's
    (re.compile(r"^(?=[^\n]*(?:医保|报销|报掉|报了|统筹|结算))[^\n]*?(?:(?:费用清单|清单|账单|收费单|明细)[^。]{0,30}(?:多算|多记|多收|多开|虚记|虚开|乱记|没用过|没用的药|没做过|没住)"
                r"|(?:住院天数|床位费|天数)[^。]{0,6}(?:多算|多记|多收|虚记)|(?:多算|多记|多收|虚记)(?:了)?[^。]{0,6}(?:天|床位费|住院费|药费|检查费)|(?:药|检查|项目)[^。]{0,8}(?:根本)?(?:没用过|没做过|没吃过|没打过)[^。]{0,20}(?:报|医保|清单|收费))"),
     Gap("住院费用虚记多记后被医保报销等医保基金监管事务", "3.1", "medical_security")),
    # a child hurt by the coach of a martial-arts or sports class (体育培训机构和教练员的管理: the sports body); a pupil hurt at a
    # school's PE lesson is the school's
    (re.compile(r"^(?![^\n]*(?:学校|体育课|老师|班主任))[^\n]*?(?:跆拳道|武馆|拳馆|散打|搏击|拳击|柔道|空手道|武术|击剑|轮滑|体操|游泳|篮球|足球|羽毛球|乒乓球|体能|体育)(?:馆|班|培训|俱乐部|课|训练营|机构)?"
                r"[^。]{0,40}(?:教练|陪练)[^。]{0,30}(?:受伤|伤了|打伤|踢伤|踢裂|踢断|骨折|裂了|下手太重|下手重|体罚|打孩子)"),
     Gap("跆拳道馆等体育培训机构的教练和训练安全", "4.4", "sports", ("fitness_guidance",))),
    # pay or a bonus given in the factory's goods instead of money (工资支付暂行规定 第五条: wages in legal tender; the labour
    # inspectorate)
    (re.compile(r"(?:工资|奖金|年终奖|工钱|提成|绩效|加班费|过节费)[^。]{0,30}(?:拿|用|以|发)[^。]{0,16}(?:产品|货|东西|实物|电饭煲|卖不掉|卖不出去|库存|购物卡|代金券)[^。]{0,6}(?:抵|顶|代替|充|折)"
                r"|(?:拿|用|以)(?:厂里|公司|单位)?[^。]{0,10}(?:产品|货|实物|库存)[^。]{0,4}(?:抵|顶|代替)(?:工资|奖金|年终奖|工钱)"
                # (set 28) whatever it was ("拿自家卖不掉的黄酒抵工资"): pay given in kind
                r"|(?:拿|用|以|发)[^。，,]{0,16}(?:抵|顶|代替|充当|充)(?:了)?(?:我|我们|他|她|他们)?(?:的)?(?:[一二两三四五六七八九十几半\d]+(?:个)?(?:月|年))?(?:的)?(?:工资|奖金|年终奖|工钱|薪水|欠薪|欠的工资)"
                # (set 32) the pay withheld, then goods given "to settle it" ("年底不发奖金 每人发了二十双厂里做的拖鞋抵账")
                r"|(?:不发|没发|发不出|拖欠|欠着|欠了)[^。，,]{0,4}(?:工资|奖金|年终奖|工钱|薪水|过节费)[^。]{0,30}(?:拿|用|以|发)(?:了)?[^。]{0,20}(?:抵账|顶账|抵债|抵数|充数)"),
     Gap("以实物、产品抵发工资和奖金等工资支付事务", "2.3", "human_resources", ("labour_inspection",))),
    # a deaf or blind resident at a bank's, hospital's or office's counter with no way to be understood (无障碍环境建设法
    # 第三十六条: services with sign language, writing boards, voice; the federation stands up for it)
    (re.compile(r"(?:耳朵听不见|耳聋|聋|听障|听力残疾|助听器|盲人|视障|眼睛看不见|失明|哑)[^。]{0,30}(?:银行|医院|窗口|柜台|柜员|营业厅|办事大厅|政务服务|车站|派出所)"
                r"[^。]{0,40}(?:写字板|手语|隔着玻璃|听不懂|看不懂|没法(?:沟通|交流|办)|办不了|来回跑|没人(?:帮|管|理)|叫号|喊号|听不见|自己签|代签|签字)"),
     Gap("听障、视障人士在银行、医院等窗口办事的无障碍服务", "3.3", "disabled_persons_federation")),
    # a village's aid fund or hardship money shared among the cadres' relatives (村务公开, 民主监督: the civil-affairs body guides
    # the committees); the catalogue's 低保 and 特困 answer their own lists
    (re.compile(r"^(?=[^\n]*(?:村|社区|居委))(?![^\n]*(?:低保|特困|五保))[^\n]*?(?:基金|救助|补助|补贴|帮扶|慰问金|慰问品|爱心款|困难户|救济)[^。]{0,40}"
                r"(?:村干部|干部|书记|主任|村长|组长)[^。]{0,4}(?:的)?(?:亲戚|亲属|家属|家里人|自家人|关系户|熟人)"),
     Gap("村（社区）帮扶救助款物分给干部亲属等村务公开和民主监督事务", "3.4", "civil_affairs")),
    # a veteran decorated in the forces asking what priority it gives (军人立功受奖后的优待: 退役军人保障法, the veterans body)
    (re.compile(r"^(?![^\n]*(?:抚恤|优抚|定补|定期补助|生活补助))[^\n]*?(?:部队|当兵|服役|军队|在军)[^。]{0,12}(?:[一二三]等功|立过功|立了功|立功)|(?:[一二三]等功|立过功)[^。]{0,30}(?:优先|优待|待遇|安置|照顾|加分|奖励|退伍|退役|回地方)"),
     Gap("立功受奖退役军人的优待和安置等退役军人事务", "3.3", "veterans_affairs", ("entitled_groups_pension",))),
    # ---- set 30's classes (gaps_test22, studied since 2026-12-07)
    # fines set by a workshop's own rules for talking, drinking water or sitting at work, docked from the wage (劳动合同法 第四条;
    # 工资支付暂行规定 第十五条: the labour inspectorate); a traffic or city fine is not here
    (re.compile(r"^(?![^\n]*(?:交警|违章|罚单|城管|执法|环保|市场监管|学校|老师|班主任))[^\n]*?(?:"
                r"(?:车间|厂里|公司|老板|主任|主管|组长|班长|领导|厂规|单位|工头|经理)[^。]{0,30}罚(?:款)?(?:[一二两三四五六七八九十百几\d]+)(?:块|元)"
                r"|(?:上班|干活|工作|做工)(?:的)?(?:时候|时)?[^。]{0,4}(?:不准|不许|不让|禁止)(?:说话|聊天|讲话|喝水|坐下|坐着|上厕所)"
                r"|(?:不准|不许|不让|禁止)(?:在)?(?:上班|干活|工作)(?:时间|的时候|时)(?:说话|聊天|讲话|喝水|坐下|坐着|上厕所))"),
     Gap("车间自定罚款、限制职工说话喝水等劳动用工事务", "2.3", "human_resources", ("labour_inspection",))),
    # a girl's periods irregular or painful, a clinic for adolescents asked for (青春期保健: the health body's women's and
    # children's health care); a pregnancy is the catalogue's maternal and child health (a Chinese doctor asked for — "月经不调想找中医调理一下" — is the catalogue's TCM, session 25)
    (re.compile(r"^(?![^\n]*(?:怀孕|孕|产检|生孩子|避孕|流产|中医|中药|针灸|艾灸|调理))[^\n]*?(?:青春期[^。]{0,12}(?:门诊|专科|医生|大夫|看病|检查|发育|保健)"
                r"|(?:例假|月经|大姨妈|经期)[^。]{0,8}(?:不规律|不调|不准|不正常|老不来|没来|量多|量少|痛得|疼得|紊乱)|月经不调|痛经)"),
     Gap("青春期保健和月经不调等妇幼保健门诊", "4.1", "health", ("maternal_child_health",))),
)
