"""Situations told in everyday words that lead to one catalogue service without its name or an
alias (the classifier's training inputs are the aliases and nlu_data/: this table is not one of
them, so it changes nothing the model learned). The finder ranks a service cued here as if it
were named (bot/finder.py), unless the resident denies it. Each cue is a class of the blind sets'
misses (gaps_test8, studied since 2026-12-04; gaps_test9, since 2026-12-05), in residents' words: what a museum shows, a
children's reading contest, a doctor asked to give a talk, a game the elderly play in a county
match."""
from __future__ import annotations

import functools
import re
from typing import List, Tuple

# a hospital's bill asked to be cut ("医院这笔钱能不能少出点"): with the dibao told as what a family lives on, the medical
# assistance is asked, not the dibao (the lead's session 23)
_HOSPITAL_BILL_CUT = (r"(?:医院|手术|开刀|住院|看病|医药)[^。，,]{0,6}(?:这笔|这个|的)?(?:钱|费|押金|费用)[^。，,]{0,6}"
                      r"(?:能不能|可不可以|能|可以)?(?:少出|少交|减|免|报销|补)")

# a disabled person's own living allowance asked ("像伊迭种残脱个人 生活浪还有一份贴个"): with the dibao told as what the family
# is, the disabled living subsidy is asked, not the dibao (the lead's session 24)
# (not "残疾人证，生活能自理，护理补贴他能拿吗": living on one's own is told, the care subsidy named)
_DISABLED_LIVING_ASKED = r"(?:残疾|残脱|残废|瘫|截肢)(?:个|的|了的)?人[^。，,]{0,8}生活(?:浪|上|里)?(?!能自理|自理)[^。，,\s]{0,6}(?:补贴|贴补|贴|补|一份)"

# an injection or treatment given by someone with no doctor's licence: the one cue sure enough to outrank a service the
# classifier is all but certain of ("打了一针" is heard as a vaccination; the licence missing says what is asked)
_UNLICENSED = re.compile(r"(?:没有|没|无|冇)(?:医生|医师|行医|护士|卫生)(?:的)?(?:证(?!明|书)|执照|资格|资质)|无证行医|非法行医|黑诊所|黑医生")
# someone disabled who must never be left alone, the family asking for the monthly money ("听说家里有要一直有人看着的残疾人
# 公家每个月有一点钱"): the care subsidy, sure above the psychiatric patient's free medicines the classifier hears in the story
_WATCHED_ALWAYS = re.compile(r"(?:(?:一直|时刻|时时刻刻|天天|日日|长年|常年|离不开)(?:要)?(?:有人|要人|人)(?:看着|守着|陪着|盯着|看牢|看住)|离不开人)"
                             r"的?(?:那种|这种|那样的)?残疾(?:人|的|孩子|小孩|儿子|女儿|娃)"
                             r"[^。]{0,16}(?:钱|贴|补)")
# wages owed, and where to sue: sure above the inspectors the classifier hears in 欠了…工钱
_SUE = r"(?:(?:能|可以|去|到)(?:哪里|哪儿|哪|么子地方|啥地方|什么地方)?(?:能|可以)?告(?![诉知别示])|告(?:他|老板|厂里|公司)|起诉)"
_SUE_FOR_PAY = re.compile(r"(?:工资|工钱|血汗钱|提成)[^\n]{0,80}" + _SUE)
# sent away from a job without the compensation, whether one can sue ("服装厂老板说订单少了让我回家 一分补偿没给 …到现在也没给 还能
# 不能告他"): the same, for the compensation of a lay-off (session 28)
_SUE_FOR_COMPENSATION = re.compile(r"^(?=[^\n]*(?:辞退|开除|解雇|裁员|走人|回家|不要我|不用我|炒了|炒鱿鱼))(?=[^\n]*(?:老板|厂|公司|单位|店))[^\n]*?"
                                   r"(?:补偿|遣散费|赔偿金)[^\n]{0,140}" + _SUE)
# a family living on the dibao, an illness's cost asked to be helped with ("屋里本来就靠政府每个号头发点保底铜钿 迭趟又要看病
# 上头还好再帮帮哦"): the medical assistance, sure above the dibao the classifier hears in 保底
_DIBAO_ILL_HELP = re.compile(r"^(?=[^\n]*(?:低保|保底(?:的|个)?(?:钱|铜钿|钞票)|兜底(?:的|个)?(?:钱|铜钿|钞票)))[^\n]*?"
                             r"(?:看病|住院|开刀|手术|动刀)[^。，,]{0,10}(?:政府|公家|国家|上头|上面)[^。，,]{0,4}(?:还|再)?(?:好|能|可以|会|肯)?(?:再)?帮")
# about to marry, a child wanted straight after, both to be checked ("下个月去领证 说好了领完就要孩子 …想两个人先一起去查一查"):
# the free check before pregnancy, sure above the registration the classifier hears in 领证 (the wedding is when)
_WED_THEN_CHILD_CHECK = re.compile(r"(?:领证|结婚|成家|办酒)[^\n]{0,40}(?:要孩子|要宝宝|要小孩|要娃|怀孕|备孕|生孩子)[^\n]{0,80}"
                                   r"(?:两个人|两口子|夫妻|我们俩|俩人|双方|一起)[^。，,]{0,6}(?:都)?(?:查一遍|查一查|查查|去查|检查|体检|查一下)")
# a doctor of one's own wanted for someone ("我想给她找个固定的医生 隔段时间量量血压"): the family doctor's contract, sure above the
# chronic-disease care the classifier hears in the blood pressure and sugar
_OWN_DOCTOR_WANTED = re.compile(r"(?:找|要|想要|签|配)(?:个|一个|位|一位)?(?:固定|专属|签约)的?(?:医生|大夫|郎中)")
# a body hurt for good, told in any words ("拽伤了右边肩膀的神经 一条右胳膊到现在抬不过肩", "那只眼睛瞎了 …做不了重活")
# (a disability in so many words: "少了条腿", "耳朵听不见", "假肢")
_DISABLED_BODY = r"(?:残疾|残脱|截掉|截肢|截了|少了(?:一|条|只)|瞎|聋|哑|听不见|看不见|视力|听力|肢体|瘫|假腿|假肢|瘸)"
_HURT_FOR_GOOD = r"(?:" + _DISABLED_BODY + r"|神经|抬不|脑瘫|智力|做不了重活|干不了重活|拿不了重|提不了重)"
# a trade one learns on a course ("学烧菜", "学理发", "学电焊"): not a class for little ones, for escaping a fire or for running a shop
_TRADE = (r"(?:烧菜|做菜|炒菜|厨|烹饪|面点|糕点|理发|美发|美容|美甲|电焊|焊|电工|修车|汽修|修手机|修电器|缝纫|裁缝|月嫂|育婴|家政|护工|挖掘机|叉车"
          r"|开车|驾驶|手艺|技术|技能|木工|瓦工|水电)")
SURE = (_UNLICENSED, _WATCHED_ALWAYS, _SUE_FOR_PAY, _SUE_FOR_COMPENSATION, _DIBAO_ILL_HELP, _WED_THEN_CHILD_CHECK, _OWN_DOCTOR_WANTED)

# films and meetings told together ("平常放放电影开开会"): what a village's hall is used for, not films asked about
_HALL_IN_USE = r"^(?![^\n]*(?:电影|片子)[^。，,]{0,3}开(?:开)?会|[^\n]*开(?:开)?会[^。，,]{0,3}放(?:放)?(?:电影|片子))[^\n]*?"

SITUATIONS = (
    # ---- set 34's conversations (conversations_test29), in classes (the lead's session 29)
    # someone disabled paying their own social insurance (no employer pays it), a share of it asked ("精神分裂 …老板不给交社保 我们想给
    # 他按灵活就业交上 …听说像他这样的交社保政府能补一部分", "左手三个手指…切掉了 …养老医疗是我自己按个人身份在交 …我这种手上缺了指头的
    # 交这个钱有没有人帮着担一点"): the insurance subsidy for the disabled (not a work injury)
    # (the words from the disability on are the cue's: the 社保 named inside them is its setting, finder.told_in_a_cue)
    (re.compile(r"^(?![^\n]*工伤)(?=[^\n]*(?:灵活就业|个人身份|自己(?:按|去)?交|自家交|自己在交|老板不给交|单位不给交|没单位))[^\n]*?"
                r"(?:" + _DISABLED_BODY + r"|残联|残疾证|精神分裂|精神病|智力|自闭|言语[一二三四]级|切掉|断了(?:两|三|几)?(?:个|根)?(?:手)?指|缺了[^。，,\s]{0,4}指)"
                r"[^\n]*?(?:交|缴)[^\n]{0,40}?(?:帮衬|帮着担|帮忙担|担(?:一)?点|分担|帮着出|帮忙出|补一部分|补(?:一)?些|补(?:一)?点|贴(?:一)?点|补贴|补助)"),
     "disabled_insurance_subsidy"),
    # a child whose father is shut away (prison, a mental hospital, rehab) and whose mother has gone, brought up by grandparents, what
    # the public does for such a child asked ("阿拉伲子…生了精神病 一直关勒医院里出勿来 …媳妇前年回去 再也勿来哉 孙囡今年九岁 跟牢阿拉过
    # …迭种小人政府有啥帮衬"): the children in difficulty, not the school fees the story mentions
    (re.compile(r"^(?=[^\n]*(?:坐牢|判了|关(?:勒|在|进)|劳改|戒毒|强戒|精神病院|出勿来|出不来))"
                r"(?=[^\n]*(?:媳妇|儿媳|老婆|妈|娘|女儿|闺女|囡)[^。，,\s]{0,12}(?:回去|跑了|跑脱|走了|走脱|不回来|勿来|不来|改嫁|不管|联系不上|没音讯))[^\n]*?"
                r"(?:孙子|孙女|孙囡|外孙|小人|孩子|小孩|娃)[^\n]{0,60}?(?:政府|公家|国家|上头|上面)[^。，,\s]{0,6}(?:帮|管|照顾|补|贴)"),
     "children_in_difficulty"),
    # already pregnant some months, the check-ups to go on here ("怀孕七个月了 前面一直在上海的医院查 …后面这两个多月的检查想在这边接着做"):
    # the care of mothers and babies, not the check before pregnancy (and not the insurance's pay: maternity_insurance)
    (re.compile(r"^(?![^\n]*(?:报销|津贴|生育保险|产假|拿钱|工资|流产|没保住))[^\n]*?"
                r"(?:怀孕|怀了|怀上|有了)[^。，,\s]{0,3}(?:[一二三四五六七八九\d]|两)(?:个)?多?月[^\n]{0,100}?(?:检查|产检|建卡|建档|本子|母子手册|孕检)"),
     "maternal_child_health"),
    # a pregnancy lost at work, the costs and the leave pay asked ("上个月怀到四个月 孩子没保住 做了清宫 …车间主任说这种也能报 还能休假拿钱"):
    # the maternity insurance (it pays for a miscarriage and its leave)
    (re.compile(r"(?:流产|小产|没保住|没有保住|清宫|引产|胎停)[^\n]{0,80}?(?:报销|能报|好报|报掉|休假|产假|假期|拿钱|津贴|工资照发)"),
     "maternity_insurance"),
    # back from the army, what is arranged for a soldier coming home asked ("部队当了十二年兵 是士官 …回来安排不一样 问 这种回来安排的事
    # 找哪个部门"): the resettlement of veterans, not the move of the 户口 told on the way
    (re.compile(r"^(?![^\n]*(?:退休|离休|军休|干休所))(?=[^\n]*(?:部队|当兵|当了[^。，,\s]{0,4}兵|士官|服役))[^\n]*?"
                r"(?:回来|退下来|退伍|退役|复员|转业)[^。，,\s]{0,4}(?:安排|安置)"),
     "veteran_resettlement"),
    # a post the public keeps for those too old to be hired ("年纪大了没人要 听说政府有专门给我们这种年纪大找不到活的人留的岗位 看看路
    # 扫扫公园"): the public-welfare jobs, not the quarry that closed
    (re.compile(r"(?:年纪大|岁数大|上了年纪|年纪一大|找不到活|找不到工作|没人要)[^\n]{0,40}?(?:留的|安排的|给的|专门的)?(?:岗位|活儿?干|差事)"
                r"|(?:看看路|扫扫(?:公园|马路|街)|扫马路|巡河|看大门|护林)[^\n]{0,20}?(?:岗位|公益)|公益(?:性)?(?:的)?(?:岗位|岗)"),
     "public_welfare_jobs"),
    # a new trade wanted by a worker, a course the public runs heard of ("听说这边有专门教我们这种打工嘞学新本事的 学费咋个算", "我想去学照顾
    # 老人的本事 …要有证 听说政府组织的这种学习有补贴"): the skills training (not the school fees of pupils, nor the old people's home)
    (re.compile(r"^(?![^\n]*(?:小朋友|幼儿|托班|小班|中班|大班|宝宝|孙子|孙女|儿子|女儿|孩子))[^\n]*?"
                r"(?:学[^。，,\s]{0,8}?(?:新)?(?:本事|手艺|技术|技能)|教[^。，,\s]{0,10}学(?:新)?本事)[^\n]{0,60}?"
                r"(?:补贴|学费|报名|能不能报|能报|(?:政府|公家|国家)(?:组织|办|开)|免费|不要钱)"),
     "vocational_skills_training"),
    # a graduate of a poor family who cannot find work, help asked for such graduates ("那几年我们家吃着低保 …他去年夏天毕业 简历投了一百多份
    # …政府对我们这种家里出来的大学生找工作有没有专门帮一把的"): the employment assistance, not the dibao the family had
    (re.compile(r"^(?=[^\n]*(?:低保|困难|贫困|建档立卡))[^\n]*?(?:大学生|毕业生|大学毕业|本科|大专)[^\n]{0,12}?(?:找工作|找活|就业)"
                r"[^。，,\s]{0,10}?(?:帮一把|帮扶|扶一把|专门帮|帮帮|帮忙)"),
     "employment_assistance"),
    # the monthly money for a living asked ("问 他这种情况能不能申请每个月的基本生活钱"): the dibao (a disabled person's own allowance:
    # disabled_living_subsidy)
    (re.compile(r"^(?![^\n]*残)[^\n]*?(?:(?:每个月|每月|按月)(?:的|个)?(?:基本)?生活(?:的|个)?(?:钱|费|钞票|铜钿)|基本生活(?:的|个)?(?:钱|钞票|铜钿))"),
     "minimum_living_allowance"),
    # a child left in the home county, to be fetched here and schooled ("儿子七岁在铜仁老家念二年级 …这礼拜就得接过来 这边公家的小学
    # 半学期还能不能进"): the schooling of migrants' children (a child moved between two places of Huzhou is not)
    (re.compile(r"老家[^\n]{0,80}?(?:接过来|接到这边|接来|接到湖州|带过来|带到这边|带到湖州|接出来)[^\n]{0,60}?"
                r"(?:小学|初中|学校|上学|念书|读书|插班|转学|插进来|进学堂)"),
     "migrant_children_enrolment"),
    # ---- set 33's conversations (conversations_test28), in classes (the lead's session 28)
    # a disabled member's family renting, help with the rent asked ("我老婆生下来眼睛就看不见 残联发的证 …一家三口租在…老小区 …盲人的
    # 家里租房 公家有没有专门的一份钱帮着付"): the rent subsidy of families with a disabled member (not the taxi the husband drives)
    (re.compile(r"^(?=[^\n]*" + _DISABLED_BODY + r"|[^\n]*(?:残联|盲人|残疾人证))(?=[^\n]*租)[^\n]*?"
                r"(?:房租|租房|租金|租的房)[^\n]{0,16}?(?:帮着付|帮忙付|帮(?:着|忙)?出|帮衬|补(?:一点|点|贴)?|贴(?:一点|点)?|一份钱|减(?:一点|点)?)"
                # (not a living allowance asked beside the rent told: "…在双林租房 我老公一个人上班养三口 每个月能不能给他补点生活费")
                r"(?![^。，,\s]{0,3}生活)"),
     "rental_housing_subsidy"),
    # someone gravely disabled whose rehabilitation goes on, what the medical insurance pays asked ("胸口以下都没知觉 残联评了一级 …要一直做
    # 膀胱训练 还要上站立床 …医保到底能报哪几样"): the medical security of the severely disabled (rehabilitation in the insurance)
    (re.compile(r"^(?=[^\n]*(?:一级|二级|重度|瘫|截瘫|没知觉|没有知觉))(?=[^\n]*(?:康复|训练|理疗|站立床|针灸|推拿))[^\n]*?"
                r"医保[^。，,\s]{0,8}?(?:报|报销|能报|管|覆盖|包)"),
     "severe_disability_medical_security"),
    # a child with a rare illness, training or rehabilitation paid for heard of ("查出来叫小胖威利综合征 医生说这病很少见 …每个礼拜去做
    # 运动训练 …听说像他这种病的孩子做训练政府有补贴"): the rehabilitation subsidy for children with rare illnesses
    (re.compile(r"^(?=[^\n]*(?:儿子|女儿|孩子|小孩|宝宝|娃|伲子|囡|[一二两三四五六七八九十\d]+岁))[^\n]*?"
                r"(?:罕见病|很少见|少见的病|罕见的病|极少见|几万个里|几十万个里|综合征)[^\n]{0,100}?(?:训练|康复|治疗)[^\n]{0,40}?"
                r"(?:补贴|补助|贴(?:一点|点)?|帮(?:一把|衬|忙)?|资助)"),
     "sick_disabled_child_rehab_subsidy"),
    # the old houses of a block to be pulled down and built anew ("上个号头有人来量房子 讲迭一片侪要拆脱重新造 …拆个辰光算勿算面积
    # 搬到哪里去也呒没人讲"): the shantytown renovation (its resettlement), not what the block stands beside
    (re.compile(r"(?:一片|整片|这片|迭片|这一片|迭一片|老房子|平房|宿舍)[^\n]{0,30}?(?:要拆|拆脱|拆掉|拆了|拆迁|拆除|征收)[^\n]{0,60}?"
                r"(?:重新造|重造|重建|安置|面积|补偿|搬到哪|搬哪|住哪)"),
     "shantytown_renovation"),
    # the card that pays at the doctor's and holds money ("学校发的单子上写要带一张看病能刷 又能存钱取钱的那种卡 …第一次办去哪里"): the
    # social security card
    (re.compile(r"(?:看病|医保|药店|配药)[^。，,\s]{0,6}(?:能|可以|好)?刷[^\n]{0,16}?(?:存钱|取钱|存取|银行)[^\n]{0,8}?卡"
                r"|(?:存钱|取钱|银行)[^\n]{0,12}?(?:看病|医保|配药)[^。，,\s]{0,4}(?:能|可以|好)?刷[^\n]{0,6}?卡"),
     "social_security_card"),
    # workers hired for a season, what to put in writing asked ("明年清明前后要雇三个外地来的阿姨采茶 …以前都是口头说好的 今年有人提醒她要
    # 写下来 …纸上该写些什么"): the guidance on signing labour contracts
    (re.compile(r"(?:雇|招|请)(?:了)?[^\n]{0,40}?(?:口头|写下来|写个|签个|纸上|白纸黑字|字据)[^\n]{0,40}?"
                r"(?:写(?:些)?什么|写啥|怎么写|咋写|该写|要写|签什么|怎么签)"),
     "labour_contract_guidance"),
    # a work injury recognised, how bad it is to be judged next ("上个礼拜认定书寄到家里了 说是算厂里的事 …还要去评一下伤得有多重
    # 评了才好算钱"): the appraisal of working capacity, not the injury's recognition again
    (re.compile(r"(?:工伤|认定书|认定下来|认定了|算厂里的|算工伤)[^\n]{0,80}?"
                r"(?:评(?:一下|一评|一评)?(?:伤|残|等级|级别)|伤得有多重|伤得多重|伤残等级|评残|评个级|评几级|定(?:个)?(?:等级|级别))"),
     "work_capacity_appraisal"),
    # never insured at all, wanting to be entered so that later jobs carry on ("我长这么大从来没参加过养老跟看病那些 …想先把自己登记进去
    # 以后换了工作也接得上"): the universal insurance registration
    (re.compile(r"(?:从来没|从没|一直没|还没|都没|没有)(?:参加|交|缴|参|买|入)(?:过)?[^\n]{0,10}?(?:养老|看病|医保|社保|保险)[^\n]{0,50}?"
                r"(?:登记进去|登记上|登个记|登记一下|录进去|报进去|挂上号|先登记)"),
     "universal_insurance_enrolment"),
    # an only child disabled or dead, the old parents asking what such parents have ("阿拉只养过一个伲子 …两条腿侪拨伊绞脱 …残联评了一级
    # …听讲伲子出了迭种事体个老人家上头有照顾个"): the special assistance of family-planning families
    (re.compile(r"(?:只(?:养|生)(?:过|了)?(?:一|个|一个|一只)|独生|独养)(?:伲子|儿子|女儿|囡|囡儿|小孩|孩子|子女|闺女)"
                r"[^\n]{0,160}?(?:残|瘫|截|绞脱|走脱|死|没了|去世|过世|走了)[^\n]{0,120}?"
                r"(?:老人家|老人|两老|老两口|迭种事体个|这种事的|出了事的)[^。，,\s]{0,8}?(?:上头|政府|国家|公家)?(?:有|会|能|给)?(?:照顾|扶助|补|贴|帮)"),
     "family_planning_special_assistance"),
    # an occupational disease found, the employer asked to answer for it ("诊断是尘肺 我拿着单子去找厂里 …这事还能不能找厂里算"): the
    # work-injury insurance (an occupational disease is a work injury)
    (re.compile(r"(?:尘肺|矽肺|硅肺|职业病|噪声聋|噪音聋|苯中毒|铅中毒|职业性)[^\n]{0,160}?(?:找厂里|找老板|找单位|找公司|厂里(?:算|赔|管|负责)|老板(?:赔|管|负责))"
                r"[^\n]{0,20}?(?:算|赔|管|负责)?"),
     "work_injury_insurance"),
    # what the medical insurance leaves to pay, month after month, help asked ("镇上给我们认定了低收入的那种 …医保报完每个月还要自己掏
    # 好几千 我想问看病这块还有没有地方能帮"): the medical assistance
    (re.compile(r"(?:(?:医保|报销)[^。，,\s]{0,4}(?:报完|报了|报掉|报脱|报过|报好|报下来)|(?:医保|报销)(?:报)?(?:以后|之后|后|完))[^\n]{0,30}?(?:自己|自家|还要|还得)[^。，,\s]{0,6}(?:掏|出|付|贴)"
                r"[^\n]{0,40}?(?:帮(?!忙介绍)|救|补|贴(?:一点|点)|减)"),
     "medical_assistance"),
    # back from the army, a skill to learn on the public ("我去年从部队回来 …我想去学开这个 听说当过兵的学这些公家管"): the veterans'
    # free education and training
    # (not when a trade is named: "我是退役军人 想去学开挖掘机 听说有不收钱的班" keeps the trade course it always had, whose
    # conversation goes on "当兵的是我哥")
    (re.compile(r"^(?![^\n]*" + _TRADE + r")[^\n]*?(?:当过兵|当兵回来|退伍|退役|从部队回来|部队回来|部队里回来|复员)[^\n]{0,120}?(?:学|培训|考证|考个证)[^\n]{0,30}?"
                r"(?:公家|政府|国家|免费|不要钱|不花钱|不收钱)[^。，,\s]{0,4}(?:管|出|包|补|贴|给|办)?"),
     "veteran_education_training"),
    # a chronic illness, the doctor to come by regularly to check it ("阿拉老慢支几十年哉 …听讲卫生院个医生好定期上门来听听肺 量量氧气
    # 阿拉迭种好勿好登记"): the management of chronic illness (not a doctor of one's own signed: _OWN_DOCTOR_WANTED)
    (re.compile(r"^(?![^\n]*(?:签约|签个|签一个|固定的医生|专属))[^\n]*?"
                r"(?:老慢支|慢支|慢阻肺|肺气肿|高血压|糖尿病|血糖高|血压高|慢性病|冠心病|哮喘|三高)[^\n]{0,100}?(?:医生|郎中)[^。，,\s]{0,6}?"
                r"(?:定期|隔段时间|隔三差五|每个月|每月|经常|按时)[^。，,\s]{0,4}?(?:上门|来家|来屋里|到家|来)[^。，,\s]{0,4}?(?:听|量|查|看|测|随访)"),
     "chronic_disease_management"),
    # ---- set 32's conversations (conversations_test27), in classes (the lead's session 27)
    # someone hurt or disabled whose two insurances (pension and medical) the family pays, help with paying asked ("拽伤了
    # …神经 一条右胳膊到现在抬不过肩 …他养老和看病那两份是我跟他妈替他交的 …像他这种交这个钱有没有人帮衬", "那只眼睛瞎了 …
    # 两个人的养老和看病钱都是自己交 今年交不起了 …公家能不能帮着出一点"): the insurance subsidy for the disabled
    (re.compile(r"^(?![^\n]*工伤)(?=[^\n]*" + _HURT_FOR_GOOD + r")(?=[^\n]*养老)(?=[^\n]*(?:看病|医保|医疗))[^\n]*?"
                r"(?:交|缴)[^\n]{0,60}?(?:帮衬|帮着出|帮忙出|帮[^。，,\s]{0,2}出(?:一)?点|替[^。，,\s]{0,3}出|贴(?:一)?点|补(?:一)?点|减免|减(?:一)?点)"),
     "disabled_insurance_subsidy"),
    # a disabled member of a dibao family, a share of their own heard of ("证是精神二级 …我们娘俩靠低保 …听说像他这种还能单独领
    # 一份"): the living subsidy for the disabled in need, not the free medicines of the illness told
    (re.compile(r"^(?=[^\n]*(?:低保|保底(?:的|个)?(?:钱|铜钿|钞票)))(?=[^\n]*(?:残疾|残联|证是|[一二三四]级|精神|智力|肢体|瘫|脑子(?:不|勿|弗)(?:灵光|好使|清楚|太好)|痴呆|傻))[^\n]*?"
                r"(?:(?:单独|另外|额外|再|还能|还好|还有|多)(?:领|拿|发|有|给)(?:一份|一笔|份)"
                # ("伲子 从小脑子勿灵光 …屋里是低保 …听讲像伊迭种人每个号头还好领点钞票")
                r"|(?:像|伊|他|她)[^。，,\s]{0,6}(?:这种|迭种|这样|那种)(?:的)?人[^。，,\s]{0,8}还(?:好|能|可以)?(?:再)?(?:领|拿)(?:一)?(?:点|些|份)?(?:钞票|钱|铜钿))"),
     "disabled_living_subsidy"),
    # someone disabled who needs a hand with everything, monthly money asked ("脑瘫 …吃饭翻身全靠我跟他外婆 …听说家里有这种一天
    # 离不开人的 每月能贴一点", "残联给评的是三级 …像她这样样样要人搭手的 每月有没有补贴"): the care subsidy
    (re.compile(r"^(?=[^\n]*(?:残疾|残联|脑瘫|瘫|智障|植物人|失能|卧床|类风湿|截肢))[^\n]*?"
                r"(?:离不开人|离不了人|样样(?:都)?要人|事事(?:都)?要人|什么都要人|啥都要人|吃喝拉撒(?:都|全)?要人|(?:吃饭|翻身|穿衣|洗澡)[^。，,\s]{0,6}全靠)"
                r"[^。]{0,24}?(?:钱|贴|补)"),
     "severe_disability_care_subsidy"),
    # a public course that teaches a trade and ends with a certificate ("有没有公家办的学烧菜的班 学完能拿证的"): the skills training
    # (not a class for little ones: "镇上公家办的那种小朋友上的班 能不能收他进去" is the kindergarten)
    (re.compile(r"^(?![^\n]*(?:小朋友|幼儿|托班|小班|中班|大班|宝宝|两岁|三岁))[^\n]*?"
                r"(?:(?:公家|政府|国家|人社|劳动局)(?:办|开|组织)的[^。，,？?]{0,8}学[^。，,？?\s]{0,4}" + _TRADE + r"[^。，,？?\s]{0,4}(?:班|课)"
                r"|学[^。，,？?\s]{0,4}" + _TRADE + r"[^。]{0,12}(?:公家|政府|国家)(?:办|开|组织)的[^。，,？?]{0,4}(?:培训|班|课)"
                r"|(?:学|培训)[^。，,？?\s]{0,8}(?:班|课)[^。]{0,8}(?:拿证|拿个证|发证|考证|有证书|证书))"),
     "vocational_skills_training"),
    # a sudden storm's damage to crops, greenhouses or the house ("一股旋风 …大棚的钢架全扭成了麻花 …屋顶也掀掉半边 …像这种天上来
    # 的祸 公家有没有管的"): the relief for natural disasters, not the emergency help
    # (not a storm still to come, where to shelter asked: "台风又要来了 上回板房顶就被掀掉一块 到时候我们往哪儿去" is the shelters)
    (re.compile(r"^(?![^\n]*(?:要来了|快来了|又要来|就要来|预报|往哪(?:儿|里)?(?:去|躲|跑|避)|躲到哪|避到哪|去哪(?:儿|里)?躲|躲一躲|避一避))[^\n]*?"
                r"(?:旋风|龙卷风|冰雹|台风|暴雨|大风|狂风|山洪|洪水|雪灾|暴雪|雷(?:劈|击|打))[^\n]{0,120}?"
                r"(?:大棚|屋顶|房顶|瓦片|房子|庄稼|菜地|稻子|秧苗|果树|鱼塘)[^。，,\s]{0,8}(?:掀|倒|塌|毁|冲|刮|淹|砸|扭|全完|没了|烂)"
                r"|(?:天灾|天上来的祸|老天爷(?:作孽|发威))[^\n]{0,30}(?:公家|政府|国家|上头|上面|管|找哪|哪个部门)"),
     "natural_disaster_relief"),
    # a soldier who fought, paid by the state each year, now dead — the family told to see to it ("老头子年轻辰光去打过仗 …国家每年
    # 拨伊一笔钞票 今年夏天伊走脱哉 村里讲迭笔钞票要去办个手续"): the entitled groups' pension and its ending
    (re.compile(r"(?:打过仗|参过战|参战|上过(?:战场|前线)|老兵|伤残军人)[^\n]{0,60}?(?:每年|每个月|每月|按月|按年|年年)[^。，,\s]{0,6}"
                r"(?:拨|发|给|补|领|拿)[^。，,\s]{0,6}(?:钱|钞票|铜钿|一笔|补助|补贴)"),
     "entitled_groups_pension"),
    # old people asking to move into a home the public runs, where someone cooks and looks after them ("想两兄弟一道搬到镇浪公家
    # 办个 老人家集中住个地方去 有人烧饭有人看"): the elderly care institutions
    (re.compile(r"(?:老人|老人家|老年人|老头老太)[^。，,\s]{0,4}(?:集中|一道|一起|统一)[^。，,\s]{0,2}住(?:个|的)?(?:地方|院|房子)"
                r"|(?:搬|住|送)(?:到|进|去)[^。，,\s]{0,8}(?:公家|政府|镇上|镇浪|镇里)(?:办|开)(?:个|的)[^。]{0,12}(?:住|养老|老人)"),
     "elderly_care_institution"),
    # stranded far from home without a penny, wanting to go back ("身份证也在里面 两天就喝了点自来水 想回赤峰 一分钱都没有 …找哪儿
    # 能帮我一把"): the help for those stranded (救助管理站), not the water supply or the emergency help
    (re.compile(r"^(?![^\n]*(?:工资|工钱|欠薪|血汗钱))(?=[^\n]*(?:一分钱都没|一分钱也没|一分钱没|身无分文|没有路费|没路费|路费都没|买车票的钱|车票钱都没|钱包[^。]{0,12}(?:偷|摸|丢|扒)))"
                r"[^\n]*?(?:想回(?!来)|要回(?!来)|回不去|回不了|回老家|回家去|回去的)"),  # (not money wanted back: "家教钱能不能要回来")
     "vagrant_assistance"),
    # a check-up before starting a hazardous job, and regularly after ("老乡说干这种活的 上岗前厂里得带你查一回身子 以后还得定期查"):
    # the occupational health examination
    (re.compile(r"^(?=[^\n]*(?:车间|喷漆|油漆|粉尘|噪音|噪声|有毒|化学|味|辐射|石棉|矽|电焊|农药))[^\n]*?"
                r"(?:(?:上岗前|岗前|入职前|上班前|进厂前|离岗前|离岗时)[^。]{0,12}?(?:查|体检|检查)|定期(?:去)?(?:查|体检|检查))"),
     "occupational_health_examination"),
    # a couple planning a child, both wanting a check first ("我们商量好明年开春要个孩子 怕这几年熬夜闻味道伤了身子 想先到医院两个人
    # 从头到脚过一遍"): the free check before pregnancy (the wedding not told: _WED_THEN_CHILD_CHECK needs it)
    (re.compile(r"(?:要个孩子|要孩子|要个宝宝|要宝宝|要个小孩|要小孩|要个娃|要娃|要二胎|要个二胎|备孕|怀个)[^\n]{0,60}?"
                r"(?:两个人|两口子|夫妻|我们俩|俩人|双方)[^。，,]{0,8}(?:都)?(?:查一遍|查一查|查查|去查|检查|体检|查一下|过一遍|查个遍)"),
     "free_preconception_checkup"),
    # pay withheld, someone asked to judge between worker and employer ("加班的钱一分没算 …去要钱站长说找总部 总部说找站长 问 这种能
    # 不能找公家评理"): a labour dispute for mediation and arbitration
    (re.compile(r"(?:加班费|加班的钱|加班钱|工资|工钱|提成|押金|血汗钱|补偿金?)[^\n]{0,80}?(?:评理|评评理|讨(?:个)?说法|主持公道|说理|讲理|做主|断一断)"),
     "labour_dispute_arbitration"),
    # an old person alone with nothing to live on, fed by neighbours, whether the public looks after such a one ("打了一辈子鱼的老头
    # 今年七十一 …船早卖了 …吃的都是附近人给的 …这样的老人政府有没有人管"): the support of those in extreme poverty
    (re.compile(r"^(?=[^\n]*(?:老头|老太|老人|老伯|老汉|老婆婆|七十|八十|九十))"
                r"(?=[^\n]*(?:吃的都是[^。，,\s]{0,6}给的|饭都是[^。，,\s]{0,6}(?:给|送|端)|靠[^。，,\s]{0,6}接济|没有收入|没收入|没啥收入|一分收入都没|讨饭|捡垃圾过日子))"
                r"[^\n]*?(?:这样|这种|迭种|那样)的?(?:老人|老头|老太|老人家)[^。，,\s]{0,6}(?:政府|公家|国家|上头|上面)[^。，,\s]{0,4}(?:有没有人管|管不管|管勿管|有人管吗|能不能管|管吗|会不会管)"),
     "extreme_poverty_support"),
    # ---- set 31's conversations (conversations_test26), in classes (the lead's session 26)
    # the two insurances a disabled person pays himself, the public asked to pay part ("养老和看病的钱都是他每年自己去交 …他这种少了
    # 条腿的 交这两样公家能不能替他出一点"): the insurance subsidy for the disabled
    (re.compile(r"^(?=[^\n]*" + _DISABLED_BODY + r")"
                r"(?=[^\n]*(?:养老|看病|医保|社保|保险))[^\n]*?"
                r"交[^。，,]{0,6}(?:公家|政府|国家|上面|上头)[^。，,]{0,6}(?:补|贴|替[^。，,]{0,3}出|出(?:一)?点|帮[^。，,]{0,3}交|减)"),
     "disabled_insurance_subsidy"),
    # a family struck all at once, help asked ("想问政府对这种突然倒下的人家能不能帮一把"): the emergency help
    (re.compile(r"(?:突然|一下子|冷不丁|冷不防)[^。，,]{0,4}(?:倒下|病倒|出事|出了事|垮了|遭了难|塌了天)(?:的|了)?[^。]{0,8}?(?:人家|家庭|家里)[^。]{0,10}"
                r"(?:帮一把|帮帮|帮一下|救一救|救急|搭把手|拉一把)"),
     "temporary_assistance"),
    # the state heard to make up a poor household's money to a line ("屋里苦个人家好去镇浪登记 每个号头政府补到一条线"): the dibao
    (re.compile(r"(?:政府|公家|国家|上头|上面)[^。，,]{0,4}补(?:到|齐|足|满|够)[^。，,]{0,3}(?:一条线|那条线|条线|线上|标准|保底)"),
     "minimum_living_allowance"),
    # a family living on the dibao, an illness's cost asked to be helped with ("屋里本来就靠政府每个号头发点保底铜钿 迭趟又要看病
    # 上头还好再帮帮哦"): the medical assistance
    (_DIBAO_ILL_HELP, "medical_assistance"),
    # the one child raised, lost to an illness ("只养过一个囡 …白血病 …人也呒没留牢"): the special assistance
    (re.compile(r"(?:只|就)(?:养|生)(?:了|过)?(?:一|1)个(?:伲子|儿子|女儿|囡|囡儿|孩子|小囡|小人|姑娘)[^。]{0,80}"
                r"(?:呒没留牢|没留牢|没留住|没保住|没救过来|没抢救过来|走脱|去世|过世)"),
     "family_planning_special_assistance"),
    # pay or a deposit kept back after a dismissal, asked whether it can still be got ("公司当天就把他开了 押金两万和最后两个月的
    # 工资都扣着不给 …现在还讨不讨得回来"): a labour dispute for arbitration (with its time limit)
    (re.compile(r"(?:开了|开除|辞退|辞掉|炒了|炒鱿鱼|赶走|不让(?:他|我|她)?干了)[^\n]{0,30}(?:押金|工资|工钱|提成|补偿|赔偿)[^。]{0,16}"
                r"(?:扣着|扣下|扣了|扣住|不给|不退|不发)"),
     "labour_dispute_arbitration"),
    (re.compile(r"(?:工资|工钱|欠薪|薪水|押金)[^\n]{0,80}还(?:讨|要)(?:不讨|不要)?得?(?:回|到)(?:来)?"),
     "labour_dispute_arbitration"),
    # about to marry, a child wanted straight after, both to be checked ("下个月去领证 说好了领完就要孩子 …想两个人先一起去查一查"):
    # the free check before pregnancy (the wedding is when)
    (_WED_THEN_CHILD_CHECK, "free_preconception_checkup"),
    # a doctor of one's own wanted ("我想给她找个固定的医生 隔段时间量量血压测测血糖"): the family doctor (sure, above)
    (_OWN_DOCTOR_WANTED, "family_doctor_contract"),
    # senior high school and a family's hardship, help asked ("听说读高中家里困难能申请帮一点"): the student aid, not the schooling
    (re.compile(r"(?:高中|普高|职高|中专|技校)[^。，,]{0,6}(?:家里|家庭)?(?:经济)?(?:困难|拿不出|交不起|负担不起|供不起)[^。，,]{0,8}"
                r"(?:能|可以)?(?:申请)?(?:帮|补|资助|减|免)"),
     "high_school_student_aid"),
    # an illness the work caused, to be settled by someone qualified ("我怕是这些年干活干出来的毛病 想去正规的地方查清楚 出个结论"):
    # the diagnosis of an occupational disease, not the yearly check-up
    (re.compile(r"(?:干活|上班|工作|做工|做活|车间|厂里)[^。，,]{0,6}(?:干出来|做出来|弄出来|落下|得上|染上)的?(?:毛病|病)[^\n]{0,40}"
                r"(?:查清楚|查个清楚|出个结论|下个结论|给个结论|认定|鉴定|确诊|诊断)"),
     "occupational_disease_diagnosis"),
    # to become husband and wife by the papers ("想正式去办个手续做夫妻"): the marriage registration
    (re.compile(r"(?:办|领|扯)(?:个|张|一个)?(?:手续|证|结婚证)[^。，,]{0,4}(?:做|成|当|结为|结成)(?:正式)?(?:夫妻|两口子)"
                r"|正式(?:做|成|当|结为|结成)(?:夫妻|两口子)"),
     "marriage_registration"),
    # an artificial hand or leg wanted ("听说现在能装那种会动的假手"): assistive devices (one already worn is told, not asked)
    (re.compile(r"(?:能|想|要|可以|好|再)(?:装|配|换|安)[^。，,]{0,6}假(?:手|肢|腿|脚|胳膊|臂)|(?:会动|能动|智能)的?假(?:手|肢|腿|脚|胳膊|臂)"),
     "assistive_devices"),
    # the state paying for someone to come and help an old person ("听说像她这样困难的老人 政府可以出钱请人上门帮忙"): the
    # elderly care service subsidy (the dibao told is who she is)
    (re.compile(r"^(?=[^\n]*(?:老人|老年|[六七八九]十|妈|爸|奶奶|爷爷|外婆|外公|老伴|婆婆|公公))(?![^\n]*(?:残疾|瘫))[^\n]*?"
                r"(?:政府|公家|国家|上面|上头)[^。，,]{0,6}(?:出钱|出钞票|掏钱|付钱|贴钱|出点钱)[^。，,]{0,4}(?:请|雇|找|派)(?:个)?(?:人|保姆|护工|阿姨)"
                r"[^。，,]{0,4}(?:上门|到家|来家里|照顾|照料|服侍|帮忙|烧饭|做饭)"),
     "elderly_care_service_subsidy"),
    # ---- the lead's five residents of session 25
    # someone sent to an old person's home to help ("听讲政府有人上门来帮忙个 阿拉好勿好申请"): home-based elderly care (a doctor's
    # visits are the family doctor's, a teacher's the home schooling's)
    (re.compile(r"^(?![^\n]*(?:医生|大夫|护士|老师|送教|上课|修|装))[^\n]*?"
                r"(?:有人|派人|派个人|政府|公家|社区|村里)[^。，,]{0,4}上门(?:来)?(?:帮忙|帮衬|帮帮|照顾|照看|烧饭|送饭|打扫|做家务|服务|洗澡)"),
     "home_based_elderly_care"),
    # ---- set 30's conversations (conversations_test25), in classes (the lead's session 25)
    # someone disabled who must never be left alone, the family asking for the monthly money ("听说家里有要一直有人看着的
    # 残疾人 公家每个月有一点钱"): the severe disability care subsidy (the medicines of a psychiatric patient told beside it
    # are the setting)
    (_WATCHED_ALWAYS, "severe_disability_care_subsidy"),
    # someone who knows the law invited to talk to a group ("想请懂法的人来给这些孩子和我们家长讲讲 什么东西不能随便签")
    (re.compile(r"(?:请|找|叫|邀请)(?:个|几个|些|一个)?(?:懂法律|懂法|学法律)的(?:人|老师|律师)[^。，,]{0,16}(?:讲讲|讲一讲|讲课|上课|说说|讲一下|讲座)"),
     "legal_education_publicity"),
    # an old person no one looks after, the government heard to take such people in ("听讲呒没人管个老人政府会得管起来"):
    # extreme-poverty support (an only child's death told beside it is the family-planning assistance's, offered apart)
    (re.compile(r"(?:没人管|呒没人管|无人管|没有人管|没人养|呒人管|呒没人养|没人照顾|没人问)(?:的|个)?(?:老人|孤老|老头子?|老太婆?|老人家)"
                r"[^。]{0,10}(?:政府|公家|国家|民政)[^。]{0,8}(?:管|养|包|兜)"),
     "extreme_poverty_support"),
    # the village's hall, told by what is done in it ("村里有座大房子 平常放放电影开开会"): its cultural auditorium
    (re.compile(r"(?:村里|村上|村头|阿拉村|我们村|村子里)[^。]{0,6}(?:大房子|大屋|礼堂|会堂|大会堂)[^。]{0,4}(?:平常|平时|平日)?[^。]{0,2}"
                r"(?:放(?:放)?电影[^。]{0,4}开(?:开)?会|开(?:开)?会[^。]{0,4}放(?:放)?电影|唱(?:唱)?戏[^。]{0,4}开(?:开)?会)"),
     "rural_cultural_auditorium"),
    # pay refused because the worker left ("儿子不干了 老板说走人的一分提成都没有"): a dispute for arbitration, not unpaid
    # wages the inspectors chase
    (re.compile(r"(?:走人|离职|辞职|辞工|不干)的?(?:人)?[^。，,\s]{0,2}(?:一分|一毛|一分钱)?(?:的)?(?:提成|工资|工钱|奖金|绩效|年终奖)(?:都|也)?(?:没有|不给|不发|没得|拿不到|不算)"),
     "labour_dispute_arbitration"),
    # wages owed, and where to sue ("老板欠了我们三个月工钱 …人也跑了 …这种么子地方能告"): a labour dispute goes to arbitration
    # before any court (《劳动争议调解仲裁法》), not the inspectors' complaint desk
    (_SUE_FOR_PAY, "labour_dispute_arbitration"),
    (_SUE_FOR_COMPENSATION, "labour_dispute_arbitration"),
    # an injection or treatment given by someone with no doctor's licence ("打针的人后来才知道没有医生的证"): the supervision of
    # medical services (a doctor's certificate asked for — 医生的证明 — is not this)
    (_UNLICENSED, "medical_service_supervision"),
    # a flooding village wanting to be ready: where to run, the way marked, torches and raincoats put by ("也没人说过水大了往哪跑
    # …他想让村里平时就把逃的路线标出来 备点手电雨衣"): the disaster-reduction community
    (re.compile(r"^(?=[^\n]*(?:涨水|发大水|水大|大水|洪水|内涝|淹|梅雨|台风|地震|山洪|泥石流|漫到|漫进))[^\n]*?"
                r"(?:往哪(?:里|儿)?(?:跑|逃|撤|躲)|(?:逃|跑|撤|避)(?:难)?的?(?:路线|路)[^。]{0,6}(?:标|画|贴|指)"
                r"|(?:备|准备|放)(?:点|些|好)?[^。]{0,4}(?:手电|雨衣|救生衣|应急包|应急物资|沙袋))"),
     "disaster_reduction_community"),
    # a family that reads together put forward for the yearly reading family ("听说每年会评那种爱看书的人家 我想给我们家报上")
    (re.compile(r"(?:评|选|报)[^。]{0,10}(?:爱看书|爱读书|读书|看书|书香)的?(?:人家|家庭|之家)|书香(?:家庭|人家|之家)"),
     "national_reading"),
    # an infectious disease named by its name ("说是老鼠传的出血热 村里老鼠到处窜 没人来消毒"): disease control, not the
    # patriotic-health body's rats
    (re.compile(r"出血热|登革热|疟疾|霍乱|鼠疫|伤寒|恙虫病|布病|布鲁氏菌"),
     "infectious_disease_control"),
    # a race round a lake or through a town many run ("每年这边会搞一场绕着湖跑二十来公里的比赛 …报得了名不")
    (re.compile(r"马拉松|(?:绕着|沿着|围着|环)[^。]{0,6}(?:跑|骑|走)[^。]{0,12}(?:比赛|赛事)|(?:长跑|跑步|骑行|徒步|越野跑)的?(?:比赛|赛事|大赛)"),
     "mass_sports_activities"),
    # the hall where pictures hang for people to see ("城里那种挂着好多画让人看的馆子 …听说公家办的不要钱"): the free public
    # cultural venues (a picture hung in the village's hall is the auditorium's)
    (re.compile(r"(?:挂着|摆着|放着|展着)[^。]{0,6}(?:画|字画|书画|作品|照片|展品)[^。]{0,8}(?:馆|展览)|美术馆"),
     "free_public_cultural_venues"),
    # the car that takes the sick to hospital ("我打电话叫了拉病人的车 …这车是谁管的 规矩是什么"): emergency medical services
    (re.compile(r"(?:拉病人|送病人|接病人|抬病人|拉病号|送病号)的(?:那种|那个|那辆)?车"),
     "emergency_medical_services"),
    # courses passed years ago, asked whether they still count ("当年修过的那些课还算不算 要不要从头再来"): the learning credit bank
    (re.compile(r"(?:修过|读过|学过|考过|上过|修了|考了)的?(?:那些|这些|那几门|几门)?(?:课|学分|科目|课程)[^。]{0,10}"
                r"(?:还算不算|算不算|还算|作不作数|作数|还有没有用|还能不能用|认不认|还认)"),
     "learning_credit_bank"),
    # a child who missed the start of school, to join the next year's intake ("儿子今年夏天本来该去念书的 …明年秋天能不能跟着
    # 下一拨进去"): compulsory school enrolment (an operation told as why is the setting)
    (re.compile(r"(?:本来|今年|去年)[^。]{0,8}该(?:去)?(?:念书|读书|上学|上小学|上一年级|入学|进学堂)[^。]{0,60}"
                r"(?:明年|下一拨|下一批|下一届|下学期|下半年)"),
     "compulsory_school_enrolment"),
    # ---- set 29's conversations (conversations_test24), in classes (the lead's session 24)
    (re.compile(_DISABLED_LIVING_ASKED), "disabled_living_subsidy"),
    # an only child dead, the one child told after the death ("三十岁个秋天还是走脱哉 阿拉屋里就伊一个小人"), or a family
    # that lost its daughter ("像阿拉迭种囡呒没脱个人家")
    (re.compile(r"(?:走脱|走了|没了|去世|过世|去哉|没脱|死了|不在了)[^。]{0,30}(?:屋里|家里)?(?:就|只有|只)(?:伊|她|他|这|这么)?一个(?:小人|小囡|孩子|囡|女儿|儿子|伲子)"
                # (not "老倌走脱十几年 只有一个囡嫁到江西去哉": the husband died, the one daughter lives elsewhere)
                r"(?![^。，,\s]{0,3}(?:嫁|在|住|工作|读书|打工|成家|结婚|出去|出嫁))"
                r"|(?:囡|女儿|儿子|伲子|孩子|小囡)(?:呒没脱|没了|走脱|不在了)(?:的|个)(?:人家|家庭|老人)"),
     "family_planning_special_assistance"),
    # someone bedridden looked after every day, money asked for the carer ("这种家里有人瘫着要天天照顾的 公家每个月有没有一点钱",
    # "家里有这种要长年照看的残疾人 公家每个月能贴一点")
    (re.compile(r"(?:瘫|卧床|躺在床)[^。]{0,12}(?:天天|长年|常年|一直|日日)?(?:要人)?(?:照顾|伺候|服侍|照看|护理)[^。]{0,16}(?:公家|政府|国家)[^。]{0,10}(?:钱|补贴|贴|补)"
                r"|(?:长年|常年|天天|一直|日日)(?:要人|要)?(?:照看|照顾|伺候|护理|服侍)的?残疾人[^。]{0,16}(?:贴|补|钱)"),
     "severe_disability_care_subsidy"),
    # a trade to learn on a course the government pays for ("想学修汽车 …有没有公家出钱的课", "想去学这个 拿个证 听说有公家出钱的班")
    # (set 30: "想去学 考个证 听说有公家出钱教的": taught, not a course named)
    (re.compile(r"学[^。]{0,30}(?:公家|政府|国家)(?:出钱|掏钱|买单|免费|不要钱|不收钱|包学费)的?(?:课|班|培训|教)"),
     "vocational_skills_training"),
    # a child of five or six, and whether they can go to school ("女儿五岁半 明年秋天能不能去念书 先去哪登记 我在厂里上班": the
    # registration is the school's, not the job centre's)
    (re.compile(r"(?:女儿|儿子|孩子|娃|孙子|孙女|外孙|外孙女|囡|伲子|小孩|小囡)[^。]{0,10}(?:五|六|5|6)(?:周)?岁[^。]{0,30}"
                r"(?:能不能|可不可以|能|可以|好)(?:去)?(?:念书|读书|上学|进学堂)"),
     "compulsory_school_enrolment"),
    # a hospital appointment moved or cancelled by the hospital ("约好了 结果医院三回发短信说医生有事改时间")
    (re.compile(r"(?:约好|预约好|约了|预约了|约的|挂好)[^。]{0,30}(?:改时间|改期|取消|又改|改到|推迟)|约了又改"),
     "appointment_services"),
    # care passed between a county hospital and a town's clinic ("以前是县里的大医院换 今年医院说这种小事让我们去镇上换 镇上的医生说
    # 他们没做过 让我们还是去县里 两头推")
    (re.compile(r"(?:县里|县医院|大医院|市医院)[^。]{0,40}(?:让|叫|要)(?:我们|我|阿拉)?(?:去|到|回)(?:镇上|卫生院|社区|村里)[^。]{0,60}"
                r"(?:两头推|推来推去|踢皮球|还是去县里|还是回县里|还是去大医院)"),
     "tiered_diagnosis"),
    # the village doctor's regular visits to a patient at home ("以前村里的医生每隔三个月上门一趟 问问睡觉吃饭 看看药吃没吃")
    (re.compile(r"(?:村里|村上|社区|镇上)的?(?:医生|村医|赤脚医生)[^。]{0,10}(?:每隔|每过|隔|定期|每)[^。]{0,8}(?:上门|来家里|到家里|来屋里)"),
     "basic_public_health_services"),
    # plasters on the back on the coldest days ("三九天到卫生院背脊浪贴几帖药膏")
    (re.compile(r"三九(?:天|贴)|(?:背脊|背上|后背|背心)[^。]{0,6}贴[^。]{0,4}(?:药膏|膏药|药饼|帖)"),
     "tcm_preventive_care"),
    # a place with the machines to take apart hands-on ("政府有专门的地方 电池电机都摆着 能让我们这种人上手拆装")
    (re.compile(r"^(?![^\n]*(?:毕业|应届|见习))[^\n]*?(?:专门的地方|场地|基地)[^。]{0,24}(?:上手|动手)(?:拆装|拆|练|操作|实操)"),
     "public_training_base"),
    # first aid to be taught after someone choked or fell ("一个老伯吃汤圆噎住了 …想请人来教大家这种救命的法子")
    (re.compile(r"(?:请人|找人|有人)(?:来)?教[^。]{0,8}(?:救命|急救|救人)的?(?:法子|办法|本事|方法|技术)"
                r"|(?:噎住|卡住喉咙|溺水|晕倒|心脏骤停)[^。]{0,80}(?:教|学|培训)[^。]{0,12}(?:救命|急救|救人)"),
     "emergency_self_rescue_training"),
    # ---- openings of set 21's conversations (conversations_test16), in classes: a public service told by what it does
    # the money the government pays each month as a floor ("政府每月保底的那个钱", "政府兜底个钞票阿拉好勿好拿"), unless
    # the family lives on it and a hospital's bill is asked to be cut (the medical assistance's cue, below)
    (re.compile(r"^(?![^\n]*(?:" + _HOSPITAL_BILL_CUT + "|" + _DISABLED_LIVING_ASKED + r"))[^\n]*?"
                r"(?:政府|国家|公家)[^。，,]{0,6}(?:保底|兜底)(?:的|个)?(?:那个|那笔|迭个)?(?:钱|钞票|铜钿|生活费)"),
     "minimum_living_allowance"),
    # an old person alone, asked to be taken into care ("政府能不能把这种老人兜底养起来"), or with neither wife nor
    # children and no work left ("一生一世呒没讨老婆 也呒没小囡 …塘也看勿动哉")
    (re.compile(r"(?:政府|国家)[^。，,]{0,8}(?:拿|把)(?:这种|这样的?|迭种|伊种)(?:老人|老人家|人|老伯|老太)[^。，,]{0,4}(?:管起来|养起来|供养起来)"
                r"|(?:没|没有|呒没)(?:讨|娶)(?:过)?老婆[^。]{0,6}(?:也)?(?:没|没有|呒没)(?:小囡|孩子|子女|儿女|小孩|伲子)"),
     "extreme_poverty_support"),
    # money for looking after a disabled relative ("听说有专门补贴照顾残疾人的钱")
    (re.compile(r"(?:补贴|贴补)(?:照顾|护理|服侍)(?:残疾|瘫|病)|(?:照顾|护理|服侍)(?:残疾人|病人|瘫痪)[^。，,]{0,4}(?:的|个)(?:补贴|钱|钞票|铜钿)"),
     "severe_disability_care_subsidy"),
    # what is left to pay after the medical insurance, asked to be helped with ("医保报完自己还贴了四万多 …还有没有哪里能再帮着补一点")
    (re.compile(r"医保(?:报|报销)(?:了|完|过)?(?:以后|之后|后)?[^。]{0,30}(?:自付|自己(?:还|又|都)?(?:出|贴|付|掏)|自费)[^。]{0,90}"
                r"(?:帮着?(?:出|补|付)|补一点|补一些|再补|减一点|救助|帮一把)"),
     "medical_assistance"),
    # the government asked to help a disabled young person find work ("政府有没有专门帮这种孩子找活的")
    (re.compile(r"(?:政府|公家|国家|残联)[^。]{0,12}帮[^。]{0,8}找(?:个|份|点)?(?:活|工作|事做|份工|班上)"),
     "employment_assistance"),
    # taught how to escape a fire or an earthquake ("想找人教教我着火地震的时候怎么带着这样的孩子逃出去 有没有公家开的这种课");
    # how to use an extinguisher is fire safety
    (re.compile(r"^(?![^\n]*(?:灭火器|消防栓|灭火毯))[^\n]*?(?:着火|火灾|地震|火警)[^。]{0,20}(?:怎么|如何|咋)[^。]{0,14}(?:逃|跑出|躲|自救|疏散)"),
     "emergency_self_rescue_training"),
    # an only child disabled or hurt, said as the one child raised ("阿拉只养了一个伲子 十年前勒厂里拨机器轧脱一只手")
    # ("阿拉屋里独养囡 前年养外孙个辰光血止勿牢 …三十一岁就去哉": the one daughter raised, died)
    (re.compile(r"(?:(?:只|就)(?:养|生)了?(?:一|1)个|独养|独生)(?:伲子|儿子|女儿|囡|囡儿|孩子|小囡|女|子)[^。]{0,60}"
                r"(?:残疾|伤残|轧脱|轧断|瘫|植物人|走了|没了|去世|走脱|过世|去哉|没脱|呒没脱|死脱|不在了|勿在了)"
                # ("他儿子…煤气中毒没了 才二十三 那个 家里就这么一根独苗": the death told first, the one child after)
                r"|(?:没了|去世|走了|过世|走脱|去哉)[^。]{0,30}(?:一根独苗|独苗|就这么一个孩子|就这一个孩子|就这么一个儿子|就这么一个女儿)"),
     "family_planning_special_assistance"),
    # a room of books in the village, closed or unused ("阿拉村里老早有间放书个屋 报纸杂志侪有 …今年锁脱哉")
    (re.compile(r"(?:村里|村上|村委|村部)[^。]{0,10}(?:放书|看书|借书|图书)(?:的|个)?(?:屋|房间|室|地方)"),
     "farmers_bookstore"),
    # rent, and the government asked to pay a part ("一家租在南浔古镇边上的老房子 房东说明年要涨租 …租房子政府能补一点")
    # ("房租这块公家肯不肯帮衬", "租金上政府管不管": the rent itself, the government asked to bear a part)
    (re.compile(r"租(?:房子|房|的房子)[^。，,]{0,6}(?:政府|公家|国家)[^。，,]{0,4}(?:能|可以|会|有没有)?(?:补|贴)"
                r"|(?:房租|租金|房钿)(?:这块|这一块|这一项|上|上面|方面|的钱)?[^。，,\s]{0,3}(?:政府|公家|国家)[^。，,\s]{0,2}"
                r"(?:(?:能不能|肯不肯|会不会|能|可以|会|肯|有没有)(?:补|贴|帮|管)|管不管|帮不帮|补不补)"),
     "rental_housing_subsidy"),
    # a disabled person's social insurance, paid by the family, and the government's share asked ("儿子从小自闭 …社保是我们按灵活
    # 就业给他交的 …听说像他这种交社保政府有补贴")
    (re.compile(r"(?:残疾|残障|自闭|智力|唐氏|脑瘫|精神病|精神分裂|聋哑|失明|瘫)[^。]{0,120}(?:交|缴)(?:的)?(?:社保|养老保险|保险|医保)"
                r"[^。，,]{0,4}(?:政府|公家|国家|残联)[^。，,]{0,4}(?:有|能|会|给|可以)?(?:补贴|补助|贴补|补一点|贴一点|补点|贴点)"),
     "disabled_insurance_subsidy"),
    # spending that jumped all at once beyond a poor household's means ("透析从一礼拜两次改成三次 …包车来回 钱一下子多出来一大截"):
    # the emergency help for a sudden rise in necessary spending
    (re.compile(r"(?:钱|开销|花销|开支|支出|花费|费用|车钱|路费)[^。，,\s]{0,3}一下子(?:就)?(?:多出来|多出|多了|增加|涨)|一下子(?:多出|多花)"),
     "temporary_assistance"),
    # sudden help asked of the government in an emergency ("政府有没有应急帮一把的")
    (re.compile(r"(?:应急|救急|急难)[^。，,]{0,4}(?:帮|救|补|扶)"),
     "temporary_assistance"),
    # a disabled person's extra money to live on each month ("大姐眼睛全看不见 残联的证是一级 …每个月有没有额外贴补过日子的钱")
    (re.compile(r"残[^。]{0,60}(?:贴补|补贴|补助)(?:过日子|生活|吃饭)(?:的|个)?(?:钱|钞票|铜钿)"),
     "disabled_living_subsidy"),
    # the monthly money for those out of work, after paying in ("他妈这种能领每个月那个没工作的补助吗", "能不能领点钱撑到找到下家")
    (re.compile(r"(?:没工作|没活干|没班上|失业|下岗)(?:的|个)?(?:那个|那笔)?(?:补助|补贴|钱)|领[^。，,]{0,4}钱[^。，,]{0,3}(?:撑到|熬到|过渡到)[^。，,]{0,4}(?:找到|下家|新工作)"),
     "unemployment_insurance_benefit"),
    # blood pressure measured at home and the free yearly check for the old ("以前村里每过几个月有人上门量血压 每年还有一次不要钱的体检")
    (re.compile(r"(?:上门|到家里|入户)[^。]{0,4}量血压[^。]{0,30}(?:体检|检查)"),
     "basic_public_health_services"),
    # a child of school age, and primary school (小学堂) asked about ("能不能送去小学堂念书认字了", "爷爷我什么时候能跟隔壁哥哥一样去学校
    # …明年秋天该去念书了")
    (re.compile(r"小学堂|(?:明年|今年|后年)(?:秋天|九月)?[^。，,]{0,4}(?:该|要|能|可以)(?:去)?(?:念书|读书|上学)了"),
     "compulsory_school_enrolment"),
    # a child from elsewhere to be schooled here ("我们户口不在这里的娃要怎么弄", "外面来的孩子在这边念小学要准备什么")
    (re.compile(r"(?<!都在)(?<!大人在)(?<!父母在)(?<!爸妈在)(?:外面来的|外地来的|外地的|外来的?|户口不在这(?:里|边|儿)的?)(?:孩子|娃|小孩|小囡|娃娃)(?![^。]{0,12}(?:幼儿园|托儿所|托班|幼托))"),
     "migrant_children_enrolment"),
    # a fair settlement asked of an employer who dismissed ("叫我把东西收走 一分补偿没有 …能不能去跟他讨个公道")
    (re.compile(r"(?:老板|厂里|公司|单位|饭店|店里)[^。]{0,120}讨(?:个|回)?(?:公道|说法)|讨(?:个|回)?(?:公道|说法)[^。]{0,10}(?:老板|厂里|公司)"),
     "labour_dispute_arbitration"),
    # hurt at work by a falling or moving load (not a hazard reported, where someone else was hurt) ("工地上 上面掉下来一根钢管砸在我肩膀上 骨头裂了", "被叉车铲到脚 脚背骨折了")
    (re.compile(r"^(?![^\n]*(?:举报|隐患|防护罩|安全检查))[^\n]*?(?:工地|厂里|车间|仓库|物流园|上班|干活|卸货)[^。]{0,24}(?:砸|轧|压|铲|撞|夹|卷)[^。]{0,16}(?:骨折|骨头|断了|裂了|伤了)"),
     "work_injury_insurance"),
    # paying into a pension of one's own, as villagers may ("听说村里人可以自己交一份养老的 交多交少自己挑"); a disabled
    # resident's own contributions are the federation's subsidy
    (re.compile(r"^(?![^\n]*残)[^\n]*?(?:村里人|农村人|村上人|村里的人|农村户口)[^。]{0,10}(?:可以|能)?(?:自己|自个)交(?:一份|一个|份)?养老(?!金)"),
     "resident_basic_pension"),
    # rehabilitation continued at a county or town hospital after a big hospital ("康复不用在那边住 可以回县里或者镇上的医院接着做")
    (re.compile(r"(?:回|转)(?:到)?(?:县里|镇上|当地|本地|社区|家门口)(?:或者?(?:县里|镇上|社区))?(?:的)?(?:医院|卫生院)[^。]{0,8}(?:接着|继续|康复)"),
     "tiered_diagnosis"),
    # a job fair held by several cities together ("听说有好几个城市一起办的那种大场子 好多企业现场收简历")
    (re.compile(r"(?:几个|好几个|多个|几座)城市一起(?:办|搞|开)|现场收简历"),
     "joint_recruitment"),
    # a performance ordered on the phone like a takeaway ("在手机上能像点外卖一样挑节目 挑好了文化部门就派人来演")
    (re.compile(r"(?:手机|网上|app|APP|小程序)[^。]{0,12}(?:点|挑|选)(?:节目|演出|戏)"),
     "huzhou_culture_cloud"),
    # the village clinic allowed only a fixed list of medicines ("医生说卫生室只能进上面定好的那批药")
    (re.compile(r"(?:卫生室|卫生院|社区医院|卫生服务站)[^。]{0,8}只(?:能)?(?:进|配|开|用)[^。]{0,12}药"),
     "essential_medicines"),
    # moving without hurting oneself, and an exercise prescription ("教普通人怎么动才不伤身体的 给开个方子也行")
    (re.compile(r"(?:怎么|如何|咋)(?:动|运动|锻炼|练)[^。，,]{0,4}(?:才)?(?:不伤|不会伤)|运动(?:的)?方子|锻炼(?:的)?方子"),
     "fitness_guidance"),
    # ---- session 16, from set 20's elderly Wu openings that the finder did not reach
    # the government's floor under a household's living, asked for ("阿拉想问问好勿好吃政府个底", "政府能不能给我们兜个底")
    (re.compile(r"吃(?:政府|国家)(?:个|的)?底|(?:政府|国家)[^。，,]{0,6}(?:给|帮|替)(?:我|我们|阿拉|伲|我家|屋里|他们|他|她|伊)[^。，,]{0,2}兜(?:个|一个)?底"),
     "minimum_living_allowance"),
    # someone no one can support any longer, asked to be taken into the government's care ("阿拉自家八十岁 实在养勿动伊哉
    # 政府好勿好拿伊管起来", "我走了以后 政府能不能把他养起来")
    (re.compile(r"(?:政府|国家)[^。，,]{0,8}(?:拿|把)(?:伊|他|她|我|阿拉|我们|伲)[^。，,]{0,3}(?:管起来|养起来|供养起来|收养起来|包起来)"
                r"|(?:养勿动|养不动|养不起|照顾不动)[^。]{0,20}(?:政府|国家)[^。]{0,10}(?:管起来|养起来|接过去)"),
     "extreme_poverty_support"),
    # ---- openings of set 20's conversations (conversations_test15), in classes: a public service told by what it does
    # films shown in the village as they used to be ("晒谷场浪挂块白布放片子 …迭几年一趟也勿放哉")
    # (set 30: not "村里有座大房子 平常放放电影开开会": films and meetings together tell what the hall is for — _HALL_IN_USE)
    (re.compile(_HALL_IN_USE + r"(?:(?:村里|村上|村口|晒谷场|晒场|操场|礼堂|白布)[^。]{0,16}(?:放电影|放片子|放影子戏|看电影|看片子)"
                r"|(?:放电影|放片子)[^。]{0,20}(?:勿放|不放|没人放|没得放|没有放|不来放|停了))"),
     "rural_film_screening"),
    # a relative fallen as a soldier, and the grave or stone that marks it ("五几年当兵打仗死脱个 葬勒村后头山浪 前头个石碑倒脱哉")
    (re.compile(r"(?:当兵|参军|打仗|抗美援朝|抗日|打鬼子|牺牲|战死)[^。]{0,30}(?:坟|墓|石碑|墓碑|纪念碑|碑)"),
     "martyr_commemoration"),
    # gambling or lewd links pushed in a chat group or online ("群里天天有人发赌钱的 还有脱衣服直播的链接")
    (re.compile(r"(?:群里|网上|手机上|直播|链接|网站|视频|app|APP|App)[^。]{0,16}(?:赌钱|赌博|博彩|黄色|色情|脱衣服|裸聊|涉黄|涉赌|下流)"
                r"|(?:赌钱|赌博|博彩|黄色|色情|脱衣服|裸聊)[^。]{0,8}(?:直播|链接|网站|视频|群)"),
     "harmful_online_content_report"),
    # dust or fumes in a workshop with no protection, and the workers' coughing ("车间里木头屑子满天飞 厂里口罩都不发 …咳个不停")
    (re.compile(r"(?:车间|厂里|厂房|工地|作坊)[^。]{0,24}(?:屑|粉尘|灰尘|灰|石粉|油漆味|胶水味|毒气|刺鼻)[^。]{0,30}(?:咳|口罩|防护|肺|喘|职业病)"),
     "occupational_hazard_supervision"),
    # a sterilisation told as the small operation after which there are no more children ("男的做了就不会再有的小手术")
    (re.compile(r"(?:小手术|手术)[^。]{0,10}(?:不会再有|不会再怀|不再生|不能再生|就不生)|(?:不会再有|不会再怀|不再生)[^。]{0,8}(?:小手术|手术)"),
     "family_planning_technical_services"),
    # a farm's muck washed into the river ("搭了几十个鸭棚 …鸭粪直接冲到河里 现在河水发黑发绿")
    (re.compile(r"(?:鸭棚|鸡棚|猪棚|牛棚|猪圈|猪场|鸭场|鸡场|养鸭|养猪|养鸡|鸭粪|猪粪|鸡粪|牛粪|羊粪)[^。]{0,30}(?:河|溪|塘|水)[^。]{0,10}(?:黑|绿|臭|脏|污染|漂)"),
     "livestock_pollution_control"),
    # the coloured bins for sorted rubbish, overflowing or unmanaged ("楼下那几个分颜色的桶 天天满出来")
    (re.compile(r"(?:分颜色的|几种颜色的|不同颜色的|四色|分类的|分类)(?:垃圾)?桶"),
     "waste_sorting"),
    # what the soil of one's field lacks and which fertiliser to use ("看看我家田里的土到底缺点啥 该用哪种肥")
    (re.compile(r"(?:田里|地里|田|地)的?土[^。]{0,12}(?:缺|测|化验|验)[^。]{0,20}肥|(?:该用|用哪种|用什么|施什么|施哪种|撒什么|撒哪种)肥"),
     "fertilizer_pesticide_reduction"),
    # a public class where teachers look after small children in the day ("公家开的那种白天有老师带的小朋友班",
    # "公家办的那种小小孩的班收不收")
    (re.compile(r"(?:公家|公办|政府|国家)(?:开|办)?的?[^。]{0,14}(?:小朋友|小小孩|小孩子|小囡|小娃|宝宝|幼儿)的?(?:班|园)"),
     "kindergarten_enrolment"),
    # a check of both partners' health before a baby ("要宝宝之前两口子去医院查一遍身体是不要钱的")
    (re.compile(r"(?:要宝宝|要孩子|要小孩|要娃|怀孕|怀宝宝|生宝宝|生孩子|备孕)(?:之前|以前|前)[^。]{0,20}(?:查|检查|体检)"),
     "free_preconception_checkup"),
    # a trade to learn on a public course after losing one's job ("上个月酒店关门了 想去学那个上门带月子的本事 听说公家开的课不要钱")
    # ("我儿子…想学修手机 有没有不收钱的班": a trade to learn, and a free class asked for)
    (re.compile(r"学[^。]{0,12}(?:本事|手艺|技术|月嫂|带月子|育婴|家政|厨师|电工|焊工|面点|美容|挖掘机)[^。]{0,20}"
                r"(?:公家|政府|免费|不要钱|不收钱|补贴)(?:的|开的|办的)?[^。]{0,4}(?:课|班|培训)?"
                r"|(?<![上放开入留小中大同升数化文])学(?![校费生期习历位籍前])[^。，,？?\s]{1,8}[^。]{0,10}"
                r"(?:不收钱|不要钱|免费|公家|政府)(?:的|开的|办的)?(?:课|班|培训)"
                # ("我想学修汽车 以后进个4S店 政府有不用交钱的班吗")
                r"|学(?:修|开|做|当)[^。，,？?\s]{1,6}[^。]{0,20}(?:不用交钱|不交钱|不花钱|不用花钱|不用钱)(?:的)?(?:课|班|培训)"),
     "vocational_skills_training"),
    # an only child disabled or lost, and the monthly money for such families ("像我们这样独生子女出了事的人家 国家每个月有一笔钱")
    (re.compile(r"(?:独生子女|独生女|独生子|独养)[^。]{0,12}(?:出了事|出事|伤残|残疾|走了|没了|去世|不在了|走脱)"),
     "family_planning_special_assistance"),
    # a village house whose walls give way, asked to be repaired with the government's help ("墙脚一捏就掉渣 东边那面墙往外鼓出来一块
    # …像我家这样的房子政府能不能帮着修")
    (re.compile(r"(?:墙|墙脚|墙根|房梁|屋顶|地基|屋基)[^。]{0,12}(?:鼓出|掉渣|开裂|裂开|裂缝|歪了|往外鼓|塌|漏雨)[^。]{0,120}"
                r"(?:房子|老屋|屋)[^。]{0,12}(?:政府|公家|国家)[^。]{0,8}(?:修|帮|补)"),
     "rural_dilapidated_housing_renovation"),
    # looking for work and turned away for who one is, or someone asked to help such people find it ("这半年到处找活 人家一看我走路就摆手
    # 有没有人能专门帮帮我这种", "政府对我们这种家里的孩子找工作有人专门帮")
    # (not a veteran's: "刚退伍回来想找份工作 有没有专门帮退役军人找工作的" is the veterans' own service)
    (re.compile(r"^(?![^\n]*(?:退伍|退役|当兵|部队|复员))[^\n]*?(?:"
                r"(?:找活|找工作|找事做|找个活|找份工|找事情做)[^。]{0,24}(?:摆手|不要我|不收我|不肯要|嫌我|嫌弃|看不上|碰壁|都说要有经验)"
                r"|(?:专门|一对一)帮[^。]{0,12}(?:找工作|找活|就业|找事做)|(?:找工作|找活|就业)[^。]{0,6}有人专门帮)"),
     "employment_assistance"),
    # the residents' pension paid in for someone, in everyday words ("想给她把村里那种养老先交起来", "伊想自家交点养老个铜钿 老了也好拿");
    # for a disabled resident it is the federation's subsidy for paying it (not here)
    (re.compile(r"^(?![^\n]*(?:残疾|残障|残联|聋|哑巴|盲人|瞎|听不见|看不见|智力))[^\n]*?"
                r"(?:(?:村里|农村|城乡|居民)(?:那种|的|那个|个)?养老(?:保险)?[^。]{0,8}(?:交起来|先交|交上|交掉|去交|要交|想交|自己交|自家交)"
                r"|交(?:点|些|一点)?养老(?:的|个)?(?:钱|铜钿|保险)|养老(?:保险)?(?:先|也)?交起来)"),
     "resident_basic_pension"),
    # what a museum or memorial hall shows, asked about its tickets or opening days
    (re.compile(r"(?:化石|恐龙|文物|老物件|展品|标本|古董|出土)[^。]{0,20}(?:门票|要不要钱|不要钱|免费|收费|开不开门|开门|开放|闭馆|周一|星期一|礼拜一)"),
     "free_public_cultural_venues"),
    # children's reading, storytelling or book contests and festivals (for disabled people: the targeted services)
    (re.compile(r"^(?![^\n]*(?:残疾|盲人|聋|看不见|听不见))[^\n]*?(?:(?:讲故事|朗读|朗诵)(?:的)?(?:比赛|大赛)|(?:阅读|看书|读书)(?:的)?(?:比赛|大赛|活动|节)|(?:比|赛)(?:看书|读书|阅读)|(?:读书|阅读)(?:节|月|日))"),
     "national_reading"),
    # a doctor asked to come and give a talk on health (讲讲怎么吃, 讲座, 科普)
    (re.compile(r"(?:请|叫|找|邀请)[^。]{0,6}(?:医生|大夫|专家|医务人员|卫生院)[^。]{0,10}(?:来)?[^。]{0,8}(?:讲讲|讲座|讲课|上课|讲一讲|讲一下|科普|宣传)"),
     "health_education"),
    # a game the elderly or a village team play, entered in a county or city match (a dance or drum troupe's show is
    # the culture body's festivals: not here)
    # (set 29: a town's angling match, "想办一场全镇的钓鱼比赛")
    (re.compile(r"(?:门球|太极|健身操|拔河|柔力球|健身气功|健步走|登山|钓鱼|垂钓|象棋|围棋|跳绳|踢毽子|掼蛋)[^。]{0,16}(?:比赛|赛事|运动会|展演|联赛)"),
     "mass_sports_activities"),
    # ---- where-questions of set 16's conversations (conversations_test11, -where-), in classes
    # a graduate wanting a placement to practise in (练手, 见习), not a dispute during one
    (re.compile(r"^(?![^\n]*(?:加班|工资|工钱|辞退|受伤|工伤|押金))[^\n]*?(?:毕业|大学生|应届)[^。]{0,30}(?:练手|练练手|练几个月手|见习|找个单位(?:先)?(?:练|学|待))"),
     "graduate_internship"),
    # sales calls that know one's private details (连孩子哪天生的都报得出): the information leaked
    (re.compile(r"连[^。]{0,12}(?:生日|哪天生|几号生|是男是女|男孩女孩|住址|住哪|名字|姓名|身份证号)[^。]{0,6}(?:都)?(?:报得出|知道|说得出|讲得出|晓得)"),
     "personal_information_protection"),
    # a storm's warning not received, and who sends it
    (re.compile(r"(?:台风|暴雨|大风|大雨|寒潮|洪水|冰雹)[^。]{0,20}(?:消息|通知|预警|提醒|短信)[^。]{0,6}(?:没|没有|不|勿)(?:收到|接到)"
                r"|(?:大风|大雨|暴雨|台风|天气)[^。]{0,10}(?:提醒|预警)[^。]{0,4}(?:由|是)?谁(?:来)?发"
                # "半夜下那么大的雨 山上的水冲下来 …我的手机一声都没响过": the phone's alert that never came
                r"|(?:雨|台风|大风|山洪|洪水|发大水)[^。]{0,60}手机[^。]{0,8}(?:一声)?(?:都|也)?(?:没|没有|从没|不|勿)(?:响|收到|接到)"),
     "emergency_warning"),
    # homework into the night, paid classes at school on the weekend
    (re.compile(r"(?:作业|写)[^。]{0,6}(?:写到|做到|到)(?:夜里|晚上|半夜|深夜)[^。]{0,2}(?:十|11|12|一|两)|周末[^。]{0,6}学校[^。]{0,8}(?:交钱|收钱|补课)"),
     "school_burden_complaint"),
    # soil turned black or smelling beside a factory, crops failing in it
    (re.compile(r"(?:土|泥土|土壤)(?:是黑的|发黑|变黑|黑乎乎)|(?:土|泥土|土壤)[^。]{0,6}(?:一股怪味|有怪味|发臭|有毒)"),
     "soil_pollution_control"),
    # a villager wanting factory work with no one to connect him (门路, 牵线)
    (re.compile(r"(?:想|要)(?:出来|出去)(?:进厂|打工|上班|找活)[^。]{0,20}(?:门路|牵线|路子|介绍)|(?:没有|没)(?:门路|路子)[^。]{0,16}(?:进厂|打工|找活)|牵线[^。]{0,12}(?:进厂|打工|厂里|上班)"),
     "rural_labour_transfer"),
    # a safety course and its certificate required before a post
    (re.compile(r"上岗[^。]{0,12}(?:安全课|安全培训|安全教育)|(?:安全课|安全培训)[^。]{0,8}(?:拿证|考证)[^。]{0,16}(?:报名|哪里|去哪|找谁)"),
     "work_safety_training"),
    # one's own checkup records looked up on the phone or online
    # ("每年都在社区免费体检 …心电图 …这些年的记录存在哪 能不能在手机上查")
    (re.compile(r"(?:体检[^。]{0,10}|(?:体检|心电图|量血压|血糖)[^。]{0,120})记录[^。]{0,20}(?:手机|网上|系统)[^。]{0,8}(?:查|看|翻)"),
     "resident_health_records"),
    # ---- set 17's service rows (gaps_test9), in classes
    # work done with no written contract, only a word of mouth (书面劳动合同: the catalogue's contract guidance)
    (re.compile(r"^(?![^\n]*(?:房东|租房|房租|买房|卖房|装修|借钱|借条|离婚|举报|监察|仲裁))[^\n]*?(?:(?:没|没有|未|不肯|不愿|从没|从来没|一直没|一直不|不给)[^。]{0,8}签[^。]{0,6}(?:书面|用工|劳动|雇佣|聘用|正式)(?:的)?(?:合同|协议)"
                r"|(?:老板|厂里|公司|单位|店里|东家|包工头|工头)[^。]{0,16}口头(?:上)?(?:讲好|说好|约定|谈好|答应|讲|说|约)?[^。]{0,10}(?:就行|就可以|就够|算数|不用(?:写|签)|不签|合同|协议))"),
     "labour_contract_guidance"),
    # fire hazards in homes or a village: wires strung anyhow, charcoal braziers indoors, extinguishers shown (not a
    # factory's or a site's: work safety)
    (re.compile(r"^(?![^\n]*(?:厂|车间|工地|企业|公司|仓库|矿|起火|着火|着了火|失火|烧没|烧黑|烧光|烧掉|烧坏|火灾以后|火灾后))[^\n]*?(?:(?:电线|电路|线路)[^。]{0,6}(?:乱拉|乱接|乱搭|乱七八糟|拉得乱|私拉|老化)|(?:烧|生|点|用)(?:个|着)?(?:炭盆|火盆|炭炉|炭火)"
                r"|(?:教|学|培训|演示)[^。]{0,8}(?:用|使用)[^。]{0,8}(?:灭火器|红罐子|灭火毯)|(?:查|检查|排查)(?:查)?[^。]{0,4}(?:火灾)?隐患[^。]{0,16}(?:灭火|着火|火灾|炭|电线))"),
     "fire_safety"),
    # the widow, parents or children of a soldier killed in war or on duty (烈士遗属: the entitled groups' pension)
    (re.compile(r"(?:牺牲|阵亡|烈士|战死)[^。]{0,30}(?:奶奶|外婆|姥姥|妻子|老伴|遗孀|母亲|父母|父亲|家属|遗属|爱人|媳妇|老婆|孩子|子女|儿子|女儿)[^。]{0,30}(?:照顾|补助|抚恤|生活费|钱|补贴)"),
     "entitled_groups_pension"),
    # an alarm an elder at home presses to call for help (紧急呼叫器, 一键呼叫): the home-based elderly care's devices
    (re.compile(r"(?:紧急|一键|求助|应急)?呼叫(?:器|铃|按钮|设备|终端)|一键(?:呼叫|求助)|(?:一按|按一下|一摁|按下去)就(?:能|可以|会)?(?:有人|叫|喊|呼|通知|联系)"),
     "home_based_elderly_care"),
    # soil tested to fertilise less (测土配方施肥)
    (re.compile(r"测土|配方施肥|(?:化验|检测|测)[^。]{0,6}(?:田|地|土)[^。]{0,12}(?:配肥|施肥|化肥|肥料)|(?:田|地|土)[^。]{0,8}(?:化验|检测|测一下|测测)[^。]{0,12}(?:配肥|施肥|施什么肥|化肥|肥料)|少(?:撒|施|用|打)(?:点|些)?(?:化肥|农药)"),
     "fertilizer_pesticide_reduction"),
    # the health insurance taken from one's wage slip (职工医保)
    (re.compile(r"(?:工资条|工资单|工资里|工资上|工资中|每月工资|每个月工资)[^。]{0,12}(?:扣|交|缴)[^。]{0,10}(?:看病|医疗|医保)"),
     "employee_medical_insurance"),
    # ---- where-questions of set 17's conversations (conversations_test12, -where-), in classes
    # the free yearly checkup of those over 65 (重点人群健康管理; a doctor measuring blood pressure at home is the
    # family doctor's or chronic care's: not here)
    (re.compile(r"(?:六十五|65)(?:周)?岁?(?:以上|往上|以后|及以上)[^。]{0,16}(?:免费)?(?:体检|检查身体|查身体)"),
     "basic_public_health_services"),
    # classes teaching how to escape a fire, an earthquake or a flood (using an extinguisher: fire safety)
    (re.compile(r"^(?![^\n]*(?:灭火器|灭火毯|红罐子))[^\n]*?(?:(?:教|学|培训|讲|演练)[^。]{0,12}(?:着火|失火|火灾|地震|洪水|发大水|台风)[^。]{0,8}(?:怎么|如何|咋)(?:逃|跑|躲|避险|自救|疏散)"
                r"|(?:着火|火灾|地震)[^。]{0,6}(?:怎么|如何|咋)(?:逃生|自救|躲)[^。]{0,12}(?:课|培训|教|学|演练))"),
     "emergency_self_rescue_training"),
    # a cadre or NCO retired from the army, paid his pension by the army (not a conscript's or an officer's job on leaving)
    (re.compile(r"^(?![^\n]*(?:转业|退伍|复员|义务兵|退役士兵))[^\n]*?(?:(?:部队|军队)里?(?:退下来|退休|离休)的?(?:干部|士官|军官|老干部)"
                r"|(?:部队|军队)(?:发|给|开)的?(?:退休工资|退休金|退休费|离休费))"),
     "military_retiree_transfer"),
    # moxa, plasters or herbal pastes to condition the body before falling ill (治未病)
    (re.compile(r"(?:不|勿|没|未|还没)(?:生)?(?:病|毛病)[^。]{0,4}(?:先|就|提前)(?:调理|调养|养)|艾灸|艾条|熏艾|三伏贴|冬病夏治|膏方"),
     "tcm_preventive_care"),
    # barrels of waste liquid or factory refuse dumped or buried (a household's rubbish: not here)
    (re.compile(r"(?:倒|扔|埋|丢|偷倒|倾倒|拉来|运来)[^。]{0,16}(?:一桶一桶|一桶桶|整桶|成桶|好几桶|几十桶|废液|废渣|化工废料|废机油)"
                r"|(?:一桶一桶|一桶桶|整桶|成桶|好几桶|几十桶|废液|废渣|化工废料|废机油)[^。]{0,12}(?:倒|扔|埋|丢)"),
     "hazardous_waste_disposal"),
    # too many pupils in one class, a smaller class wanted
    (re.compile(r"(?:一个班|每个班|每班|班里|班上)[^。]{0,8}(?:五十|六十|四十|[4-6]\d)[^。]{0,4}(?:人|小孩|孩子|学生|娃)"
                r"|(?:一个班|每个班|每班)(?:只|就)?(?:放|有|收|招|坐)?(?:二十|三十|[23]\d)来?个(?:人|小孩|孩子|学生|娃)?"
                r"|班(?:上|里)?(?:人数|人)太多"),
     "small_class_education"),
    # the village's room of books, to read or borrow in (a school's library: not here)
    (re.compile(r"^(?![^\n]*(?:学校|校园))[^\n]*?(?:村|村里|村委|村委会|村部|礼堂)[^。]{0,12}(?:放书|图书|书屋|书房|看书|借书)的?(?:屋|房间|室|屋子|地方)"),
     "farmers_bookstore"),
    # an old bridge, hall or house of a past dynasty threatened, damaged or pillaged (a house's demolition pay: not here)
    (re.compile(r"^(?![^\n]*(?:拆迁款|补偿|赔偿|安置房))[^\n]*?(?:清朝|明朝|清代|明代|宋代|宋朝|元代|民国|几百年|上百年)[^。]{0,16}(?:桥|牌坊|祠堂|古宅|老宅|古塔|宝塔|庙|城墙|石碑|古井|老房子|石狮子)[^。]{0,80}(?:拆|保护|保住|撬|偷|毁|破坏|打洞|钻洞|刷成|刷白|改成)"),
     "cultural_relics_protection"),
    # a workshop or site with machines to practise a trade hands-on (a graduate's placement in a firm: internship)
    (re.compile(r"^(?![^\n]*(?:毕业|应届|见习))[^\n]*?(?:(?:练手|练技术|练技能|实操|动手练)[^。]{0,6}(?:车间|场地|基地|地方|机器|设备)"
                r"|(?:车间|场地|基地)[^。]{0,10}(?:练手|练技术|练技能|实操))"),
     "public_training_base"),
    # a phone mast or transmitter near one's bed or home feared for health, to be measured (weak signal: not here)
    (re.compile(r"(?:信号塔|铁塔|基站|发射塔|天线)[^。]{0,30}(?:对身体|对人体|有害|辐射|头疼|头痛|致癌|影响健康|测一测|测测|测一下|检测)"),
     "radiation_safety"),
    # a patient sent down from a big hospital to the clinic, or up from the clinic (转诊)
    (re.compile(r"(?:大医院|县医院|市医院|上级医院)[^。]{0,4}(?:往下转|下转|转下来|转回|转到|转去)"
                r"|医院[^。]{0,20}(?:转回|转到|转去)[^。]{0,6}(?:卫生院|社区卫生服务中心)|(?:卫生院|社区医院)[^。]{0,8}(?:往上转|上转|转到|转去)[^。]{0,4}(?:大医院|县医院|市医院|上级医院)"),
     "tiered_diagnosis"),
    # ---- set 19's where-questions (conversations_test14), in classes
    # a shop of one's own to open, with the loans or subsidies heard of (classes for it: entrepreneurship training, below)
    (re.compile(r"^(?![^\n]*(?:培训|课|学习班))[^\n]*?(?:想|要|打算|准备)(?:自己)?(?:开|办)(?:一)?(?:家|个|间|爿)?[^。，,？?]{0,12}(?:铺子|小店|店|作坊|门面)"
                r"[^。]{0,30}(?:贴息|贷款|补贴|扶持)"),
     "entrepreneurship_support"),
    # an old-style doctor who feels the pulse and prescribes herbs (traditional Chinese medicine)
    (re.compile(r"搭脉|把脉|号脉|(?:开|抓|吃)(?:点|些)?(?:中)?草药|中草药"),
     "tcm_medical_services"),
    # the village's clinic closed, no doctor to take it over (primary health facilities)
    (re.compile(r"(?:村里|村口|村上|村头)[^。]{0,16}(?:看病|看头疼脑热|卫生室|卫生站|诊所|医务室)[^。]{0,20}(?:关门|关了|没人接|没医生|没人看)"),
     "primary_health_facilities"),
    # a couple quarrelling, someone wanted to sit them down and talk it through (marriage and family counselling)
    (re.compile(r"(?:老公|老婆|丈夫|妻子|夫妻|两口子)[^。]{0,120}吵[^。]{0,120}(?:帮|让)(?:我们|我俩|我们俩|我们两个|我们夫妻|他们两口子)[^。，,]{0,6}(?:坐下来|好好)"
                r"(?:说说|谈谈|聊聊|说一说|谈一谈)"),
     "marriage_family_counselling"),
    # job adverts that are half frauds, a public place wanted to point the way to work (employment services)
    (re.compile(r"(?:招人|招工|招聘)[^。]{0,16}(?:骗人|骗子|假的|不靠谱)[^。]{0,30}(?:公家|政府|官方)"),
     "employment_services"),
    # a talk by someone who knows the law, asked for (legal education)
    # (set 29: "请懂法律的人给孩子们好好上一课")
    (re.compile(r"(?:懂法律|懂法|法律)的?(?:人|专家|老师)?[^。，,]{0,6}(?:讲讲|讲课|讲座|上课|的课|上(?:一|一堂|一节|堂|节)课|讲一课)"),
     "legal_education_publicity"),
    # a neighbour's child left alone for days by the parents (child protection)
    (re.compile(r"(?:爸妈|父母|大人)[^。，,]{0,4}(?:好几天|几天|好些天|好久)(?:都)?(?:没|没有|不)回(?:来|家)"),
     "left_behind_children_care"),
    # the school looking after pupils whose parents work away (the education of children left behind)
    (re.compile(r"(?:学校|老师|班主任)[^。]{0,12}(?:管|关心|照顾|关爱)[^。]{0,6}(?:爸妈|父母)(?:都)?不在身边"),
     "left_behind_children_education"),
    # classes teaching how to open a shop or run a business (a loan or subsidy for it: entrepreneurship support)
    (re.compile(r"(?:教|学|培训)[^。]{0,8}(?:开店|做生意|创业|开公司)[^。]{0,12}(?:课|培训班|培训)|(?:开店|做生意|创业)的?(?:课|培训班|课程)"),
     "entrepreneurship_training"),
    # a check of the body asked about after marrying, before a child (a marriage's registration: not here)
    (re.compile(r"(?:结婚|新婚|领证|成家)[^。]{0,12}(?:查身体|检查身体|身体检查|体检|查一查身体|孕检|孕前检查)"),
     "free_preconception_checkup"),
    # ---- set 18's service rows (gaps_test10) and where-questions (conversations_test13, -where-), in classes
    # a soldier home from the army looking for work, help meant for former soldiers (a job assigned on discharge is
    # the resettlement's, a trade to learn the veterans' training: not here)
    (re.compile(r"^(?![^\n]*(?:安置|分配工作|安排工作|转业|培训|学(?:点|个|门)?(?:技术|手艺|技能)|创业))[^\n]*?(?:(?:部队|当兵|退伍|退役|复员)[^。]{0,24}(?:介绍活|找活|找工作|找份工作|介绍工作|没(?:有)?工作|闲着|就业|上班)"
                r"|(?:当过兵|退伍|退役)的(?:人|兵|军人)?[^。]{0,10}(?:介绍|找)(?:活|工作))"),
     "veteran_employment"),
    # shows or talks ordered on a phone platform, to be sent to the village (文化点单)
    (re.compile(r"(?:手机|网上|线上|App|app|APP|小程序|平台)[^。]{0,24}(?:点戏|点单|点节目|点演出|(?:看戏|唱戏|演出|节目|讲座|电影|活动)[^。]{0,12}(?:点|预约|下单)"
                # (set 21: "送点电影和演出到厂区来" sends a few, nothing is ordered)
                r"|(?:(?<![送给拿弄搞来放有])点|预约|下单)[^。]{0,8}(?:戏|演出|节目|讲座|电影|文艺))"),
     "huzhou_culture_cloud"),
    # a coil fitted or removed, a sterilisation, contraception asked after a birth (free contraceptive services)
    (re.compile(r"(?:避孕|节育)[^。]{0,4}环|(?:上|取|放|戴)环(?!境|保|节|线|路|卫|球|岛)|结扎"
                r"|(?:生完|生了|生好|生下)[^。]{0,10}(?:想|要|准备|打算)[^。]{0,6}(?:上环|放环|避孕|节育|结扎)"),
     "family_planning_technical_services"),
    # a neighbourhood made ready for a flood or quake: who leads the evacuation, who carries those who cannot walk
    # (the disaster-reduction community; classes in escaping are self-rescue training)
    (re.compile(r"(?:社区|小区|村里|村)[^。]{0,30}(?:大灾|灾害|发大水|洪水|地震|台风|出事)[^。]{0,10}(?:怎么撤|撤离|转移|疏散|预案)"
                r"|(?:撤离|转移|疏散)(?:预案|路线)[^。]{0,12}(?:社区|小区|村)|(?:坐轮椅|瘫痪|卧床|行动不便)[^。]{0,10}(?:怎么撤|撤离|转移|疏散)"),
     "disaster_reduction_community"),
    # books to read or listen to on a phone for free (free digital publications; a reading contest is national reading)
    (re.compile(r"(?:不花钱|免费|不要钱|不收费|勿要铜钿)[^。]{0,12}(?:书|电子书|听书|有声书)[^。]{0,16}(?:手机|网上|线上|平板)"
                r"|(?:手机|网上|线上|平板)[^。]{0,10}(?:看书|听书|读书|电子书)[^。]{0,24}(?:不花钱|免费|不要钱|不收费|充会员|要钱|收费)"
                r"|(?:看书|听书|读书|电子书)[^。]{0,16}(?:充会员|要会员|收费)"),
     "free_digital_publications"),
    # the hall a village made of an old ancestral temple, where plays, films and dances were held (the village's
    # cultural auditorium), shut or its key lost
    (re.compile(r"(?:祠堂|礼堂|大会堂|大房子)[^。]{0,30}(?:唱戏|放电影|跳舞|活动|演出)[^。]{0,30}(?:锁|关|不开|没人管|归谁|啥人管|谁管)"
                r"|(?:祠堂|礼堂)改(?:的|成|建)"),
     "rural_cultural_auditorium"),
    # where to hear a doctor talk about eating right or looking after oneself, for free (health education)
    (re.compile(r"(?:听|听听)[^。]{0,6}(?:医生|大夫|专家)[^。]{0,4}(?:讲|说|讲讲|讲课)|(?:健康|养生)(?:课|讲座|知识)[^。]{0,12}(?:哪里|去哪|哪有|有没有)"
                r"|(?:哪里|去哪|哪有|有没有)[^。]{0,8}(?:健康|养生)(?:课|讲座)"),
     "health_education"),
    # a hospital bill with tests never done, charges one cannot account for (medical service supervision; the
    # insurance fund charged for them is the medical security body's fund supervision)
    (re.compile(r"^(?![^\n]*医保)[^\n]*?(?:(?:清单|账单|收费单|结算单|费用)[^。]{0,20}(?:没做过|没有做过|根本没做|没做的|没用过|多收|乱收|重复收)|(?:检查|项目|药)[^。]{0,6}(?:根本)?没(?:有)?(?:做|用)过[^。]{0,12}(?:收|钱|费|清单|账单))"),
     "medical_service_supervision"),
    # a class or kindergarten with many children down with fever and rashes, no one disinfecting (infectious disease)
    (re.compile(r"(?:好几个|几个|七八个|一批|很多|不少|一半)[^。]{0,10}(?:小孩|孩子|学生|同学|人)[^。]{0,12}(?:发烧|发热|拉肚子|呕吐|长疹子|出疹子|起疹子|水痘|手足口)"
                r"|(?:手足口|水痘|流感|诺如)[^。]{0,20}(?:停课|消毒|传染|好几个|一批)|(?:长疹子|出疹子|起疹子)[^。]{0,20}(?:停课|消毒|传染)"),
     "infectious_disease_control"),
    # a specialist's appointment impossible to book on the phone (appointment services)
    (re.compile(r"(?:专家号|号源|专家|医生|挂号)[^。]{0,16}(?:抢不到|约不到|挂不上|挂不到|一放出来就没|秒没)|(?:约|挂|抢)[^。]{0,10}(?:专家|号)[^。]{0,10}(?:抢不到|约不到|挂不上|没抢到)|(?:抢|约)了[^。]{0,6}(?:都)?(?:抢|约)不到"),
     "appointment_services"),
    # an ambulance that took too long to reach a remote village, one wanted stationed nearer (emergency medical services)
    (re.compile(r"(?:救护车|拉病人的(?:那种)?车|120)[^。]{0,30}(?:等了|才到|才来|半天|太慢|太远|来不及|放一辆|停一辆|配一辆)|(?:急救站|急救点)[^。]{0,10}(?:设|建|放|远|没有)|(?:设|建|放|配)(?:个|一个)?(?:急救站|急救点)"),
     "emergency_medical_services"),
    # courses and certificates saved up to count towards a diploma (the learning credit bank)
    (re.compile(r"(?:学过|读过|上过|考过|拿了|拿过)[^。]{0,20}(?:攒|存|积累|累积|换算|折算|认定|抵)[^。]{0,20}(?:文凭|学历|学分|大专|本科)|(?:攒|存|积累|累积)(?:起来)?[^。]{0,10}(?:换|抵|折)[^。]{0,6}(?:文凭|学历|学分|大专|本科)"),
     "learning_credit_bank"),
    # a dance or song troupe wanting to enter the city's big yearly show or contest (mass cultural festivals; a game
    # of sport is the sports body's, a troupe's shows in the village are the auditorium's, a call asking a fee to enter is a fraud)
    (re.compile(r"^(?![^\n]*(?:骗|诈))[^\n]*?(?:(?:跳舞|广场舞|舞蹈|唱歌|合唱|腰鼓|旗袍秀|戏曲|越剧|文艺)[^。]{0,40}(?:演出比拼|比拼|大赛|比赛|汇演|会演|文艺节|艺术节|文化节)[^。]{0,20}(?:报名|上台|参加|参赛|怎么报)"
                r"|(?:演出比拼|文艺汇演|文艺比赛|文艺大赛)[^。]{0,12}(?:报名|上台|参加|参赛)|(?:报名|上台|参加|参赛)[^。]{0,12}(?:演出比拼|文艺汇演|文艺比赛|文艺大赛))"),
     "mass_cultural_festivals"),
    # doctors of a big city's hospital paired with the county's, coming to see patients there (county hospitals and
    # their partners; a patient sent down or up is tiered diagnosis)
    (re.compile(r"(?:大医院|上海|杭州|省里|省城|三甲|城里)[^。]{0,30}(?:结对|结了对子|结对子|合作|联合|派)[^。]{0,30}(?:坐诊|坐堂|来看病|看门诊)"
                r"|(?:专家|医生)[^。]{0,10}(?:下来坐诊|来坐诊|过来坐诊|下沉|到县里坐诊)"),
     "county_hospital_services"),
    # things stolen in the night, a home broken into or taken over by a stranger (the catalogue's 社会治安防控 — not a family's
    # plot taken, "我家的自留地被占了": the village's land matter, session 25; a
    # slander "说我偷东西" is no theft, one robbed and stranded far from home asks the fare home: vagrant assistance; a stolen manhole cover
    # asks who keeps the drain)
    (re.compile(r"^(?![^\n]*(?:骂我|说我偷|诬|冤枉|造谣|(?:QQ|微信|账号|支付宝|游戏)(?:号)?被盗|医保|社保卡|盗刷|盗用|文物|回不了|回不去|路费|车票|买票|身无分文|一分钱都没|井盖|窨井))[^\n]*?(?:"
                r"被(?:人|贼)?(?:偷(?!偷)|盗|拆走|卸走|顺走|撬开)|偷走|偷掉|(?:给|叫)人偷了|遭(?:了)?贼|进(?:了)?贼|失窃"
                r"|撬(?:了)?(?:门|锁|窗)|(?:门|锁|窗)(?:子)?(?:被)?(?:人)?撬|(?:房子|屋|家|宅子)(?![^。]{0,10}(?:自留地|承包地|宅基地|田|地皮|土地|菜地))[^。]{0,10}被(?:人)?(?:占|霸占|强占|住进)|私闯|闯进(?:我)?家)"),
     "public_order_patrol"),
    # ---- set 19's service rows (gaps_test11), in classes
    # a school to learn a trade in after junior school instead of a general senior high (secondary vocational education;
    # a veteran's or an adult's trade training: not here)
    (re.compile(r"^(?![^\n]*(?:部队|退伍|退役|复员|下岗|失业|成人|大学))[^\n]*?(?:"
                r"(?:学|念|读|上)(?:个|一个|门|一门)?[^。]{0,4}(?:修(?:汽)?车|汽修|厨师|烹饪|电工|焊工|数控|美容美发|美发|幼师|护理|计算机|手艺|技术)(?:的)?[^。]{0,2}(?:学校|专业)"
                r"|(?:不想|不愿|不肯|不打算|考不上|上不了)(?:读|上|念|考)?(?:普通高中|普高|高中)[^。]{0,20}(?:学(?:门|个|点|一门)?(?:技术|手艺)|(?:的|个)学校))"),
     "vocational_school_education"),
    # a home or rooms let where a fire would trap people: one way out, windows welded shut, a factory or a basement
    # partitioned into rooms, escape routes blocked (fire safety's 火灾隐患; a workplace's hazards: work safety, below)
    (re.compile(r"^(?![^\n]*(?:我们厂|厂里|车间|工地|老板|公司|单位|上班|烧没|烧光|烧掉|烧坏|烧黑|火灾以后|火灾后|赔))[^\n]*?(?:"
                r"(?:只有|就|仅有|才)(?:一个|1个|一条|一道)(?:出口|楼梯|门|通道)"
                r"|(?:窗户|窗子|窗)[^。]{0,4}(?:全|都)?(?:焊(?:死|着|了)?|封死)|(?:防盗窗|铁栏杆|铁栅栏|铁条)[^。]{0,8}(?:焊死|封死|逃不出|跑不出|出不去)"
                r"|(?:着火|失火|火灾|起火)[^。]{0,8}(?:跑不出|逃不出|出不去|逃不掉|跑不掉)"
                r"|(?:厂房|仓库|车库|地下室|店面|商铺)[^。]{0,6}(?:隔出来|隔成|隔了)[^。]{0,10}(?:住人|出租|房间|小间|宿舍)"
                r"|(?:安全出口|消防通道|疏散通道|逃生通道)[^。]{0,8}(?:堵|锁|占|堆|挡|没有))"),
     "fire_safety"),
    # hazards of a factory, a workshop or a site: exits blocked, wires in water, guards missing, to be reported (work
    # safety reporting; a home's fire hazards: fire safety, the rented rooms' exits: the fire body's topic)
    (re.compile(r"^(?![^\n]*(?:工伤|受伤|赔偿|工资|工钱|社保|辞退|合同|加班费))[^\n]*?(?:"
                r"(?:厂|车间|工地|仓库|作坊|矿)[^。]{0,20}(?:出口|通道|安全门|消防通道|逃生门)[^。]{0,8}(?:堵|锁|封|占|堆|挡)"
                r"|(?:厂|车间|工地|仓库|作坊)[^。]{0,30}(?:电线|电缆)[^。]{0,12}(?:泡(?:在|着)?水|浸(?:在|着)?水|拖在地上|乱拉|裸露|漏电)"
                r"|(?:车间|工地|厂里)[^。]{0,20}(?:没有|没|不装|不给装)(?:任何)?(?:防护罩|防护网|护栏|防护栏|安全网))"),
     "work_safety_reporting"),
    # a worker's claim against an employer who has a lawyer, and no money for one (legal aid in labour arbitration; legal
    # aid for other cases is the general service)
    (re.compile(r"(?:工资|工钱|老板|仲裁|劳动|辞退|开除|工伤|加班|包工头|厂里)[^。]{0,40}(?:请不起律师|律师[^。]{0,8}请不起|没钱请律师|免费(?:的)?律师|免费[^。]{0,6}(?:写材料|写诉状|写起诉状|写仲裁申请|打官司|出庭|开庭|代理)|陪(?:我)?(?:去)?(?:开庭|出庭))"
                r"|(?:请不起律师|律师[^。]{0,8}请不起|没钱请律师)[^。]{0,30}(?:工资|工钱|老板|仲裁|劳动|辞退|开除|工伤|加班|包工头)"),
     "arbitration_legal_aid"),
    # ---- set 20's service rows (gaps_test12), in classes
    # someone mentally ill, intellectually or severely disabled who must be watched day and night, a place to live in
    # wanted (custodial care; an elder with dementia is the care homes', a stay in a mental hospital mental health's)
    # ("伲子五十岁 脑子从小勿灵光 …阿拉死脱以后啥人管伊 政府有啥地方好长远托牢伊")
    (re.compile(r"^(?![^\n]*(?:老人|老年|痴呆|养老院|精神病院|医院|住院))[^\n]*?(?:精神|智力|智障|重度残疾|重残|脑瘫|脑子[^。，,\s]{0,4}(?:不灵光|勿灵光|不好使|有问题))[^。]{0,80}"
                r"(?:送(?:过去|进去|到|去)[^。]{0,6}(?:长住|住|托养|全托|照顾|照看)|长住|长期住|全托|托养|长远托|托牢|托住)"),
     "disabled_custodial_care"),
    # a disabled pupil's fees, books or board asked to be waived or helped with (aid for a poor family's child: not here)
    (re.compile(r"(?:孩子|女儿|儿子|小孩|学生|娃|囡)[^。]{0,10}(?:残疾|坐轮椅|轮椅|盲|聋|听障|视障|肢残|脑瘫|自闭|听不见|看不见)[^。]{0,50}"
                r"(?:学费|书本费|书费|住宿费|住校|上学的钱|读书的钱|生活费)[^。]{0,30}(?:减免|免|补|资助|补助|补贴)"),
     "disabled_student_aid"),
    # a rural couple with one child, at sixty, asking of the yearly money (family planning reward; a child who died or was
    # disabled is the special assistance)
    (re.compile(r"^(?![^\n]*(?:去世|死了|没了|走了|过世|残疾|伤残|车祸|病故))[^\n]*?(?:(?:只|就)(?:生|有|养)(?:了)?(?:一个|1个)(?:孩子|女儿|儿子|小孩|娃|囡)|独生子女)"
                r"[^。]{0,60}(?:六十|60|每年|一笔钱|钱|补贴|奖励|扶助)"),
     "family_planning_reward_assistance"),
    # one's own pension insurance carried on after leaving an employer (the enrolment of those with no employer)
    # (set 26) not a disabled resident's, whose own contributions the federation helps with (disabled_insurance_subsidy)
    (re.compile(r"^(?![^\n]*(?:残疾|残障|聋|哑|盲人|看不见|听不见|耳朵(?:烧坏|坏了|不好)|截掉|截肢|假肢))[^\n]*?(?:"
                r"(?:自己|个人|自个)[^。]{0,8}(?:把)?[^。]{0,6}(?:社保|养老保险)[^。]{0,4}(?:接上|续上|续起来|接起来|交上|补上|交起来)"
                r"|(?:社保|养老保险)[^。]{0,6}(?:断了|断缴|停了)[^。]{0,16}(?:接上|续上|接着交|自己交)"
                r"|(?:没(?:有)?单位|辞职|离职|自由职业|打零工)[^。]{0,30}(?:社保|养老保险)[^。]{0,10}(?:接上|续上|续交|接着交|自己交|登记))"),
     "universal_insurance_enrolment"),
    # training to recover a limb's use near home after hospital (rehabilitation; a child's is the children's service,
    # whether the insurance pays the severely disabled's medical security)
    (re.compile(r"^(?![^\n]*(?:孩子|小孩|宝宝|娃|自闭|孤独症|脑瘫|发育|医保|报销))[^\n]*?(?:"
                r"(?:恢复|康复)(?:的)?(?:训练|锻炼)[^。]{0,30}(?:社区|附近|家门口|家旁边|就近|地方)"
                r"|(?:社区|附近|家门口|家旁边|就近)[^。]{0,20}(?:恢复|康复)(?:的)?(?:训练|锻炼)|复健)"),
     "disability_rehabilitation"),
    # a shop or seller refusing to take back or exchange what it sold (consumer rights; a workshop's repair: not here)
    (re.compile(r"(?:店家|商家|商场|卖家|店里|专卖店|网店|客服)[^。]{0,12}(?:死活|就是|坚决)?(?:不给|不肯|不同意|不让|拒绝)(?:退|换|退货|换货|退款|退钱)|不退不换"),
     "consumer_rights"),
    # ---- set 21's service rows (gaps_test13), in classes
    # films, shows or books asked to be brought to where workers from elsewhere, elders or left-behind children are (public
    # culture for particular groups; ordering a show on the platform is the culture cloud's)
    (re.compile(r"^(?![^\n]*(?:手机上|在手机|用手机|网上|线上|App|app|APP|小程序|平台))[^\n]*?(?:"
                r"(?:送|搬|拉)[^。]{0,8}(?:电影|演出|戏|文艺|节目|图书)[^。]{0,8}(?:到|进)[^。]{0,6}(?:厂区|厂里|工地|工厂|宿舍|工业园|园区|敬老院|养老院)"
                r"|(?:外地来的工人|外来务工|农民工|打工的|工友|留守(?:儿童|老人|妇女))[^。]{0,40}(?:电影|演出|文艺|文化活动|看戏|图书|节目)[^。]{0,10}(?:送|到|进|来|能不能|有没有))"),
     "targeted_cultural_services"),
    # a free public place that recommends employers and says who is hiring (the public employment service)
    (re.compile(r"(?:公家|政府|免费|不收钱|不要钱)[^。]{0,20}(?:推荐(?:工作|单位|岗位)|介绍工作|帮(?:人|我|我们)?(?:找|推荐|介绍)(?:工作|单位|活|岗位)|(?:哪里|哪些单位|哪些厂)(?:在)?(?:缺人|招人|招工))"
                r"|(?:告诉|打听|知道)[^。]{0,6}(?:哪里|哪些单位|哪些厂|哪家)(?:在)?(?:缺人|招人|招工)"),
     "employment_services"),
    # someone convinced he is persecuted, not sleeping, to be seen for his mind (mental health; a brain scan's cost is the
    # insurance's)
    (re.compile(r"^(?![^\n]*(?:医保|报销|报警|派出所))[^\n]*?(?:"
                r"(?:老说|总说|老是说|总是说|一直说|天天说)[^。]{0,6}有人(?:要)?(?:害|跟踪|监视|下毒|偷听)"
                r"|(?:脑子|精神|心理)方面(?:的)?(?:毛病|问题|病)|疑神疑鬼|幻听|被害妄想"
                r"|(?:整夜|整晚|几天几夜)[^。]{0,6}(?:不睡|睡不着)[^。]{0,30}(?:胡言乱语|说胡话|自言自语|疑神疑鬼))"),
     "mental_health_services"),
    # a small business started with partners, asking what the government gives young founders (entrepreneurship support)
    (re.compile(r"^(?![^\n]*(?:培训|课|学习班|骗|跑了|卷))[^\n]*?(?:合伙|一起|自己)[^。]{0,8}(?:弄|搞|做|开|干|办)(?:个|点|一个|一家|家)?[^。，,？?]{0,6}(?:生意|买卖|店|项目|公司|工作室)"
                r"[^。]{0,30}(?:政府|国家|公家|政策|有没有)[^。]{0,20}(?:贴钱|补贴|贴息|减免|扶持|贷款|优惠)"),
     "entrepreneurship_support"),
    # a storm or flood that came with no warning beforehand, and a warning asked for in time (emergency warnings)
    (re.compile(r"(?:台风|暴雨|大风|大雨|寒潮|洪水|山洪|发大水|涨水)[^。]{0,20}(?:收不到|没收到|没有收到|接不到|没接到)(?:过)?(?:什么|任何|一点|一条)?(?:提醒|通知|预警|消息|短信|警报)"
                r"|(?:台风|暴雨|洪水|山洪|涨水|发大水|大水|水漫)[^。]{0,60}(?:提前知道|提前通知|提前提醒|早点知道|早点通知)"),
     "emergency_warning"),
    # ---- session 17, gaps_test14: the service rows of blind set 22, in classes
    # a hamlet far from any stop, a bus asked to come into the village (village buses)
    (re.compile(r"(?:车子|公交|班车|客车|巴士|公共汽车)[^。，,]{0,6}(?:开进|通到|通进|开到|开进来|通)[^。，,]{0,2}(?:村|山里|我们那)"
                r"|(?:自然村|村里|村上|山里)[^。]{0,24}(?:车站|站台|公交站|车站头)[^。]{0,6}(?:要)?走[^。，,]{0,6}(?:里路|公里|几里|半个?小时|一个?小时)"
                # ("村口个站头搬到外面大路浪去哉 …好勿好叫车子再开进来")
                r"|(?:站头|车站|站台|公交站)[^。，,\s]{0,6}搬(?:到|去|走)[^。]{0,80}(?:车子|公交|班车)[^。，,\s]{0,4}(?:再)?开进来"),
     "village_bus"),
    # an old-style treatment with needles, cups or massage asked of a public hospital (traditional Chinese medicine)
    # (not a nurse's 扎针, an injection)
    (re.compile(r"拔罐|刮痧|艾灸|(?:扎针|针灸)[^。]{0,4}(?:拔罐|推拿)|(?:老法子|土法子|老办法)[^。]{0,20}(?:医院|科室|看病|治)"),
     "tcm_medical_services"),
    # pay stopped on maternity leave, the money of the social insurance asked about (maternity insurance)
    # ("下个月就到预产期了 公司说休假那几个月的钱让我自己去问社保那边")
    (re.compile(r"(?:产假|生孩子|生完|生了|生二胎|生育|坐月子)[^。]{0,40}(?:社保|医保)[^。]{0,16}(?:领|拿|发)[^。]{0,8}(?:钱|一笔|津贴|工资)"
                r"|产假[^。]{0,20}(?:工资|钱)[^。]{0,10}(?:停发|不发|谁发|社保发|不给)"
                r"|(?:预产期|怀孕|快生了|要生了|生孩子|坐月子|产假)[^。]{0,30}(?:休假|休产假|歇着|假)[^。，,\s]{0,6}(?:的)?(?:钱|工资|待遇)"),
     "maternity_insurance"),
    # the mother's and the baby's check at forty-two days after the birth (maternal and child health; a check before
    # a pregnancy is the preconception check's)
    (re.compile(r"(?:四十二|42)天[^。]{0,12}(?:检查|复查|体检)|(?:产后|月子里|生完)[^。，,\s]{0,6}(?:检查|复查|访视)"),
     "maternal_child_health"),
    # a teacher sent home to a child who cannot leave the bed ("瘫在床上 …有人说这边可以派先生定期来屋里给她讲课")
    (re.compile(r"(?:派|请|让)(?:个)?(?:老师|先生)[^。，,\s]{0,6}(?:上门|到家|来屋里|来家里|到屋里)|(?:上门|到家里|来屋里)(?:给[^。，,\s]{1,3})?(?:上课|讲课|教书|教课)"),
     "home_delivered_education"),
    # out of work, and that state to be put on record ("想去把我现在没工作这个情况登记一下")
    (re.compile(r"(?:没工作|没活干|失业|下岗|被辞|辞了)[^。]{0,12}(?:登记|登个记|报个到|备个案)"),
     "employment_registration"),
    # a second child wanted, and whether to register first ("有个女儿四岁了 想再要一个 …要先去哪里登个记 还是直接生就行")
    (re.compile(r"(?:再要一个|再生一个|要二胎|生二胎|要老二|生老二|再要个)[^。]{0,24}(?:登记|登个记|报备|审批|办证|准生|直接生)"),
     "two_child_policy"),
    # a pupil after middle school going on to the ordinary three-year school ("初中毕业后 他想进老家那种普通的三年制学校 接着考大学")
    (re.compile(r"(?:初中|初三)[^。]{0,30}(?:普通的?|普高|三年制)[^。，,\s]{0,8}(?:学校|高中)|回(?:老家|户籍地)[^。，,\s]{0,6}(?:中考|考高中|读高中)"),
     "high_school_education"),
    # a baby's shot missed or put off, to be made up (children's vaccination; a dog's or a rabies shot is not here)
    (re.compile(r"^(?![^\n]*(?:狂犬|狗|猫|犬|猪|鸡|鸭|羊|牛))[^\n]*?(?:宝宝|孩子|小孩|婴儿|娃|囡|儿子|女儿)[^。]{0,20}"
                r"(?:该打的|要打的|打的)?(?:那一?针|预防针|疫苗)[^。]{0,30}(?:补打|补种|补|漏打|漏种|错过|没打|推迟|过了时间)"),
     "child_vaccination"),
    # a screen hung in the village to watch films (rural film screening; the classes of set 20 above read 放电影 near 村里)
    (re.compile(r"(?:幕布|白布|银幕|大屏幕)[^。]{0,10}(?:看片子|放片子|看电影|放电影)"),
     "rural_film_screening"),
    # the township's clinic closed at night, somewhere nearby to be seen at night (primary health facilities)
    (re.compile(r"(?:镇上|乡下|乡里|村里|乡镇)[^。]{0,10}(?:医院|卫生院|诊所|看病的地方)[^。]{0,16}(?:关门|下班|没人|看不了)"
                r"|(?:镇上|乡镇|乡里|村里)[^。]{0,16}(?:夜里|晚上|半夜|夜间)[^。]{0,6}(?:也)?(?:看病|能看病|急诊|值班)"),
     "primary_health_facilities"),
    # no water at the taps of the upper floors, the pressure too low (water supply; a hydrant without water is the fire
    # body's)
    (re.compile(r"^(?![^\n]*(?:消防|消火栓|喷淋|污染|发臭|发黄|浑))[^\n]*?(?:"
                r"(?:水龙头|自来水)[^。]{0,8}(?:没水|不出水|出不来水|水很小|水压低|水压不够|水太小|停水)"
                r"|(?:[二三四五六七八九十\d]+楼以上|高层|楼上)[^。]{0,12}(?:没水|水压|水上不去|水小))"),
     "water_supply"),
    # a flood and an order to leave, with nowhere fixed to go (disaster shelters)
    (re.compile(r"(?:撤到|撤去|转移到|躲到|避到)(?:哪里|哪儿|什么地方|哪)"
                r"|(?:发大水|台风|洪水|山洪|地震|涨水)[^。]{0,40}(?:撤|转移|躲|避)[^。]{0,30}(?:固定|住几天|安置|能住|去的地方)"),
     "disaster_shelters"),
    # the blue card with one's photo, its chip unread at the hospital, to be renewed (the social security card; a bank
    # card is not here)
    (re.compile(r"^(?![^\n]*(?:银行|信用卡|储蓄卡|公交卡|门禁))[^\n]*?(?:"
                r"(?:蓝卡片|蓝卡|蓝色的卡|带照片的卡)[^。]{0,20}(?:芯片|读不出|刷不出|刷不了|坏了|消磁|换)"
                r"|(?:医院|药店|看病)[^。]{0,10}刷[^。]{0,10}(?:芯片|读不出|读不了))"),
     "social_security_card"),
    # a shop's or workshop's dirty water let straight into the rain drains or a stream (water pollution control: its alias
    # 污水直排)
    (re.compile(r"(?:洗车|饭店|餐馆|饭馆|小吃店|店|作坊|厂)[^。]{0,20}(?:脏水|污水|废水|油水|泡沫水)[^。]{0,16}(?:排进|排到|直排|流进|倒进|排入|直接排)"),
     "water_pollution_control"),
    # dust in a workshop that can explode (aluminium, flour, wood), a hazard to be reported (work safety reporting; dust
    # breathed in is occupational hazards)
    (re.compile(r"粉尘(?:爆炸|防爆|涉爆)|(?:铝粉|镁粉|面粉|木粉|粉尘|木屑|这种粉)[^。]{0,20}(?:爆炸|会炸|会爆|燃爆)"),
     "work_safety_reporting"),
    # ---- session 18, gaps_test15: the service rows of blind set 23, in classes
    # a death at home and what comes next: where the body goes, the cremation's cost waived (funeral services); the funeral
    # grant of a pension or a work injury is the social insurance's
    (re.compile(r"^(?![^\n]*(?:养老保险|养老金|社保|个人账户|抚恤|工伤|丧葬补助金))[^\n]*?(?:走了|过世|去世|没了|咽气|断气|老了|死了)[^。]{0,40}(?:火化|殡仪馆|丧葬|后事|丧事|骨灰|(?:人|遗体|尸体)[^。]{0,4}(?:送到|送去|拉到|拉去|运到)(?:哪|什么地方)"
                r"|烧(?:的|掉|人)?(?:那笔|这笔|那个|的)?(?:钱|费用|费))"),
     "funeral_services"),
    # a divorced couple marrying each other again (marriage registration)
    (re.compile(r"复婚|(?:前夫|前妻|离了婚|离婚)[^。]{0,20}(?:重新|再)(?:领证|登记|结婚|在一起过)"),
     "marriage_registration"),
    # exercise frames asked to be put up on a village's or estate's open ground (fitness facilities)
    (re.compile(r"(?:锻炼身体|健身|锻炼|运动)(?:的|用的)?[^。，,]{0,4}(?:铁架子|架子|器材|器械|路径)[^。]{0,20}(?:装|安装|申请|配|放|建|添)"
                r"|(?:装|安装|申请|配|放|建|添)[^。，,]{0,8}(?:锻炼身体|健身|锻炼|运动)(?:的|用的)?[^。，,]{0,4}(?:铁架子|器材|器械|路径)"),
     "fitness_facilities"),
    # a deposit paid to a decorator or a shop, the work not started and the deposit kept (consumer rights; a deposit taken
    # by an employer or a landlord is not here)
    (re.compile(r"^(?![^\n]*(?:房东|租房|房租|上班|入职|进厂|工资|招工|老板扣|人事|开发商|买房|购房|房子))[^\n]*?(?:定金|订金|预付款)[^。]{0,40}(?:不退|不给退|不肯退|不能退|不还|概不退还|退不了|要不回)"),
     "consumer_rights"),
    # a doctor of one's own in the community, signed for a year, to be called and to read the tests (family doctor contract)
    # (a specialist for one illness, "找个专门的医生看看", is not here)
    (re.compile(r"(?:固定|专属|签约)(?:的)?(?:大夫|医生|郎中)|(?:社区|村里|家门口|附近)[^。]{0,10}(?:专门|自己)(?:的)?(?:大夫|医生)"
                r"|(?:医生|大夫|看病|化验单|体检)[^。]{0,30}(?:一年|全年|按年)包|(?:一年|全年|按年)包(?:下来)?[^。]{0,10}(?:医生|大夫|看病)"
                r"|(?:医生|大夫)[^。]{0,10}(?:包年|签一年|签个约)"),
     "family_doctor_contract"),
    # ---- session 19, gaps_test16: the service rows of blind set 24, in classes
    # a child of a children's home or of others, to be made one's own child for good (adoption registration); fostering or a
    # visit is not here
    (re.compile(r"^(?![^\n]*(?:寄养|探望|看望|做义工|志愿|(?:每个月|每月|按月)[^。，,]{0,10}(?:钱|补贴|生活费)))[^\n]*?(?:"
                r"(?:让|把)(?:他|她|这个孩子|这孩子|孩子|那个孩子)[^。，,]{0,4}(?:正式)?(?:成为|变成|当)(?:我们|我|咱们)(?:家)?(?:的)?(?:孩子|儿子|女儿|亲生)"
                r"|(?:正式|合法)(?:地)?(?:当|做|成为)(?:自己|我们|我|咱们)(?:家)?的?(?:孩子|儿子|女儿)"
                r"|(?:福利院|孤儿院)[^。]{0,40}(?:当(?:自己|亲生)的?(?:孩子|儿子|女儿)|带回家(?:养|当)|领回家(?:养|当)))"),
     "adoption_registration"),
    # a worker who wants to report the employer's breaches of labour law (hours, overtime pay, wages) but fears being known
    # (labour inspection: a report is taken and the name kept); an arbitration claim is not here, nor a safety hazard (work
    # safety reporting)
    (re.compile(r"^(?=[^\n]*(?:加班|工资|工钱|工时|休假|双休|社保|劳动合同|欠薪|克扣))(?![^\n]*(?:仲裁|辞职|离职|被辞退|开除了))[^\n]*?"
                r"(?:反映|举报|投诉|告)[^。]{0,8}(?:又|但|可)?(?:怕|担心|害怕)[^。]{0,6}(?:被)?(?:认出|知道是我|查出是我|报复|穿小鞋|开除|炒鱿鱼|被炒)"),
     "labour_inspection"),
    # ---- the lead's session 21, from openings of sets 22, 23 and 26 (conversations_test17, _test18, _test21) that reached
    # no service or another: a benefit told by who gets it and how it is paid
    # the monthly money a certificate holder gets ("去年残联给我办了证 我爸说办了证政府每个月会有点钱", "像我哥这样有证的 另外还能有一份
    # 生活上的补贴"): the living subsidy of the disabled
    (re.compile(r"残[^。]{0,40}(?:办了|有|办好|拿到|拿了|评了)(?:残疾)?证(?:的|以后|了|后)?[^。，,]{0,14}(?:每个月|每月|每个号头)[^。，,]{0,10}"
                r"(?:钱|补贴|贴补|钞票|铜钿)|有证的[^。]{0,14}生活(?:上)?(?:的|个)?(?:补贴|贴补|补助)"
                # ("两只眼睛基本看不见了 …听说有证的人政府每个月给点钱")
                r"|有证的(?:人|孩子|残疾人)?[^。，,]{0,10}(?:每个月|每月|每个号头)[^。，,]{0,8}(?:钱|补贴|贴补|钞票|铜钿)"),
     "disabled_living_subsidy"),
    # a job lost (contract not renewed, laid off, the line moved away), then money from the state meanwhile ("合同到期 公司说不续了
    # …能不能先领上一份钱撑一段", "四十几个人全部遣散 …国家那边每个月能不能领点钱"): the unemployment benefit
    (re.compile(r"(?:合同(?:到期|到了期|期满)|不续(?:签|约|了)|辞退|裁员|遣散|厂子?倒闭|厂子?关门|搬去|没了工作|丢了工作|下岗)[^。]{0,100}"
                r"(?:国家|政府|公家|每个月|每月|先)[^。，,]{0,8}(?:领|拿)(?:上)?(?:一份|点|一点|些)?(?:钱|补助|补贴)"),
     "unemployment_insurance_benefit"),
    # the rural residents' pension paid in full, asked to be drawn ("农村那份我也交满了 是不是也好一起领")
    (re.compile(r"(?:农村|村里)(?:的|个)?(?:那份|那一份|迭份|养老)[^。]{0,16}(?:交满|交够|交足)[^。]{0,12}(?:领|拿)"),
     "resident_pension_benefit"),
    # the one child raised, drowned ("阿拉只养过一个儿子 二十年前…勒河里游水 淹脱哉"): the special assistance (the death words
    # of the cue above, with 过 and drowning)
    (re.compile(r"(?:只|就)(?:养|生)(?:了|过)?(?:一|1)个(?:伲子|儿子|女儿|囡|囡儿|孩子|小囡)[^。]{0,60}(?:淹脱|淹死|溺水|淹掉|没脱|死脱|去哉)"),
     "family_planning_special_assistance"),
    # a child who died, and no other born since ("儿子十五岁那年…没抢救过来 …他爸说不想再生了"): the one child lost
    (re.compile(r"(?:儿子|女儿|孩子|伲子|囡)[^。]{0,60}(?:没抢救过来|没救过来|没救回来|走了|没了|去世|过世|走脱)[^。]{0,40}"
                r"(?:不想再生|没再生|再也没生|没有再要|不敢再要|没敢再要|不想再要)"),
     "family_planning_special_assistance"),
    # the rent, said as what is paid, then "this part" asked to be helped with ("房子是租的 一个月两千 …这一块能不能有人帮衬一点")
    (re.compile(r"(?:房子是租的|租(?:的)?房子|租房)[^。]{0,40}(?:这一块|这块|这一项|这部分|房租)[^。，,]{0,4}"
                r"(?:能不能|肯不肯|有没有人|能|可以)[^。，,]{0,4}(?:帮衬|帮|补|贴)"),
     "rental_housing_subsidy"),
    # ---- openings of set 26's conversations (conversations_test21), in classes: a public service told by what it does
    # a bus's first or last run too early or too late, a later one asked for (a village's own bus: village_bus)
    (re.compile(r"^(?![^\n]*(?:村里|村上|村口|村子|我们村|加班费|上班时间))[^\n]*?(?:(?:末班|最后一班|最晚一班|头班|第一班|首班)(?:车)?[^。]{0,30}(?:赶不上|太早|太晚|往后|延长|推迟|提前|再加|加一班|多开)"
                r"|(?:那趟|这趟)车[^。]{0,10}(?:最后一班|末班|头班|首班))"),
     "public_bus"),
    # a sports ground's opening hours ("有红色跑道的大场子早上八点才开门 …能不能早一点让我们进去跑")
    (re.compile(r"(?:跑道|操场|体育场|体育馆|运动场|球场|游泳馆|健身馆|大场子)[^。]{0,20}(?:(?:几|[一二三四五六七八九十\d]+)点(?:钟)?(?:才|就)?(?:开门|关门|开放|关)|开放时间|不对外开放|不让进)"),
     "public_sports_venues"),
    # a craft that only one old person still knows, to be recorded or taught before it is lost (intangible heritage)
    (re.compile(r"(?:手艺|技艺|绝活|老手艺|这门技术)[^。]{0,20}(?:录下来|记下来|拍下来|传下去|传下来|失传|带走|没人学|有人学|没人接|断了|断掉)"
                r"|最后一个会[^。，,]{0,12}的|(?:没有|没)(?:年轻人|人)(?:跟(?:他|她|我)|肯|愿意)学[^。]{0,20}(?:手艺|技艺|带走|失传|录下来)"),
     "intangible_cultural_heritage"),
    # the tap's water a thin trickle ("龙头里个水细得像根线"), not a dragon-lantern's head (百叶龙龙头)
    (re.compile(r"(?<!龙)龙头(?:里|里个|里的|的|上)?(?:个|的)?水[^。，,]{0,4}(?:细|小得|没了|不出|出不来|断)|水(?:细得|小得)像(?:根|条)?线"),
     "water_supply"),
    # a medicine dispensed past its date (drug safety; a clinic's treatment itself: medical service supervision)
    (re.compile(r"(?:药|药水|眼药水|药膏|药片|胶囊|针剂|疫苗)[^。]{0,30}(?:过期|过了期|过了保质期|过了有效期|(?:日子|日期)[^。]{0,8}(?:已经)?过了)"),
     "drug_safety"),
    # ID cards, numbers or addresses posted in a group or online by whoever collected them (personal information)
    (re.compile(r"身份证[^。]{0,12}(?:照片|复印件|正反面|号码)[^。]{0,30}(?:发(?:在|到)[^。]{0,12}群|群里|发到网上|传到网上|公开|晒|泄露)"
                r"|(?:把|将)[^。]{0,20}(?:电话号码|手机号|住址|家庭地址)[^。]{0,20}发(?:在|到)[^。]{0,12}(?:群|网上)"),
     "personal_information_protection"),
    # money for whoever looks after someone who cannot be left alone (an elder's care: not here)
    (re.compile(r"^(?![^\n]*(?:老人|老太|老头|爷爷|奶奶|外婆|外公|我妈|我爸|老伴|婆婆|公公))[^\n]*?(?:"
                r"(?:给|补|贴)(?:照顾|护理|服侍|伺候|看护)(?:的|他的|她的)?(?:人|家属|家里人|家人)[^。，,]{0,4}(?:一点|点|些)?(?:钱|补贴|补助|钞票)"
                r"|(?:照顾|护理|服侍|伺候|看护)(?:他|她)?的(?:人|家属)[^。，,]{0,6}(?:有没有|能不能|可以|能)?(?:补贴|补助|钱))"),
     "severe_disability_care_subsidy"),
    # a disabled person paying his own social insurance, and the share heard to be paid back ("听说耳朵不好的人交社保能补一点")
    (re.compile(r"(?:残疾|残障|聋|哑|盲|看不见|听不见|耳朵(?:烧坏|坏了|不好|聋)|截掉|截肢|假肢|轮椅|瘫|瘸|腿(?:断|没了))[^。]{0,120}"
                r"(?:(?:交|缴)(?:的)?(?:社保|养老保险|医保)[^。，,]{0,6}|(?:社保|养老保险|医保)[^。，,]{0,6}(?:交|缴)(?:的)?[^。]{0,12})"
                r"(?:能|可以|会|有)?(?:补|贴)(?:一点|点|些|贴|助)"),
     "disabled_insurance_subsidy"),
    # both partners checked before trying again for a child (free pre-pregnancy check)
    (re.compile(r"(?:怀|胎|流产|要孩子|要宝宝|要二胎|备孕|再试一次|再要一个)[^\n]{0,200}(?:两个人|两口子|夫妻(?:俩|两个)?|我们俩|俩人|双方)[^。，,]{0,6}(?:都)?(?:查一遍|查一查|查查|去查|检查|体检|查一下)"),
     "free_preconception_checkup"),
    # wages owed from a date long past, asked whether they can still be claimed (the time limit of arbitration)
    (re.compile(r"(?:工资|工钱|欠薪|薪水)[^\n]{0,80}(?:还能不能|还可不可以|还能|还可以|还来得及|过没过|超没超)[^。，,]{0,4}(?:去)?(?:讨|要回|追|告|申请|仲裁)"),
     "labour_dispute_arbitration"),
    # an X-ray or CT machine installed next to where one lives or sleeps, feared to reach through the wall (radiation safety)
    (re.compile(r"(?:拍片子|拍片|X光|x光|CT|ct|透视|放射|DR)(?:的)?(?:机器|机|设备|室)[^。]{0,40}(?:照到|辐射|隔(?:一堵|一道|着)?墙|有没有害|有害|影响)"),
     "radiation_safety"),
    # a patient the town's clinic cannot treat, sent up with the booking made by the clinic (two-way referral)
    (re.compile(r"(?:卫生院|社区医院|卫生服务中心|镇上的医院|镇医院|村卫生室)[^。]{0,30}(?:县医院|市医院|大医院|上级医院)[^。]{0,30}(?:由他们|让他们|他们)[^。]{0,6}(?:直接)?(?:帮|给)[^。]{0,6}(?:挂|约|预约|转|联系)"),
     "tiered_diagnosis"),
    # someone about to drive after drinking, told without the word 酒驾 (the catalogue's road traffic safety, 市公安局)
    (re.compile(r"醉驾|酒后(?:开车|驾车|驾驶|骑车)|(?:喝了?(?:点|些|不少)?酒|喝醉(?:了)?|喝多了|醉了)[^。，,]{0,8}(?:开车|开摩托|驾车|要开|非要开|去开|开回)"),
     "road_traffic_safety"),
    # ---- openings of set 27's conversations (conversations_test22), in classes: a public service told by what it does
    # the place small children spend the day, run by the town or the government ("镇上政府办的那种小娃娃白天去的地方")
    (re.compile(r"(?:小娃娃|娃娃|小孩子?|小朋友|小囡|小人|孩子|伢儿)(?:们)?白天(?:去|送去|送|待|呆|放|托)(?:的|个)(?:地方|园子|学堂)"),
     "kindergarten_enrolment"),
    # films shown in the village, asked about ("阿拉村里每个号头来放一趟片子 …好勿好早点放"; the migrant workers' film: targeted)
    (re.compile(_HALL_IN_USE + r"(?:(?:村里|村上|村口|村部|乡下|阿拉村|我们村)[^。]{0,12}放(?:一趟|一次|一场|一回|两场|露天)?(?:片子|电影)"
                r"|(?:片子|电影)[^。，,]{0,4}(?:放到|放在|送到)(?:村里|村上|村口))"),
     "rural_film_screening"),
    # the town's clinic asked to send a doctor to the house ("镇上看病的地方能不能派医生到家里来换")
    (re.compile(r"(?:镇上|乡里|乡上|村里|乡镇|镇里)(?:看病的地方|的医院|医院|看病的)[^。]{0,16}(?:派|叫|让|请)?(?:个)?(?:医生|大夫|护士)[^。，,]{0,6}"
                r"(?:到家|上门|家里来|来家|到屋里)"),
     "primary_health_facilities"),
    # a living allowance for someone with the certificate ("听说像他这样有证的 还能有一份生活上的补贴"): the disabled's living subsidy
    (re.compile(r"(?:有证|有残疾证|有残疾人证|残疾证|残疾人证|持证)[^。]{0,16}生活(?:上)?的?(?:补贴|补助|贴补)"),
     "disabled_living_subsidy"),
    # money for the one who looks after a disabled person who must be watched all the time ("证上是智力的 …吃饭要喂 出门会走丢
    # …这样一直要人陪着的 有没有给照顾的人一点钱"; the older cue leaves out an elder's care, told by who cares: here a
    # certificate or a body that cannot move says it is a disability)
    (re.compile(r"^(?=[^\n]*(?:证上|残疾证|残疾人证|智力|肢体|瘫|不能动|动不了|植物人|脑瘫|截瘫))[^\n]*?"
                r"(?:给|补|贴|有一份给|有给)(?:照顾|护理|服侍|伺候|看护|陪护)(?:他|她)?的(?:人|家属|家里人|家人)?[^。，,]{0,4}(?:一点|点|些)?(?:钱|补贴|补助|钞票)"),
     "severe_disability_care_subsidy"),
    # a job ended (a contract run out, a factory closed, laid off) and money each month asked for: the unemployment benefit
    (re.compile(r"(?:合同(?:到期|到了|满了|期满)|不干了|没活干了|倒闭|关门了|裁员|被辞|辞退|下岗|失业|没了工作|工作没了)[^。]{0,24}"
                r"(?:每个月|每月|按月|每个号头)[^。，,]{0,6}(?:领|拿)(?:点|一点|些|一些)?(?:钱|补贴|钞票|铜钿)"),
     "unemployment_insurance_benefit"),
    # years paid into the village's pension, asked to be drawn ("年轻时候在村里交过几年那种自己交的养老 …能不能另外再领一份")
    (re.compile(r"(?:在村里|村里|村上|农村)(?:交|缴)(?:过|了)?[^。，,]{0,12}(?:养老)"),
     "resident_pension_benefit"),
    # a child whose parents both work far away, behind at school ("学校里有没有给家里大人都在外地的孩子晚上补一补的")
    (re.compile(r"^(?=[^\n]*(?:学校|作业|成绩|功课|补一补|补课|辅导|学习|老师|考试))[^\n]*?"
                r"(?:家里大人|爸妈|父母|爸爸妈妈|大人)(?:都|全)?(?:(?:在外地|在外面|在外头|出去|外出|在外)(?:打工|做生意|摆摊)?|不在身边)(?:的)?(?:孩子|小孩|娃|小囡)"),
     "left_behind_children_education"),
    # a child whose parents are abroad or far away, hurt or left with no one to look after her ("爸妈三年前去意大利 …舅舅天天喝酒
    # …胳膊上青一块紫一块 …这孩子该交给谁来管")
    (re.compile(r"(?:爸妈|父母|爸爸妈妈)[^。，,]{0,10}(?:去|在|到)(?:意大利|国外|外国|日本|韩国|外地|外省|广东|义乌)[^\n]{0,160}"
                r"(?:交给谁|谁来管|该谁管|青一块|紫一块|打她|打他|骂她|骂他|饿着|被打|挨打)"),
     "left_behind_children_care"),
    # cuts on one's own arm, panic at school, a doctor who knows this asked for (mental health, not a crime)
    (re.compile(r"(?:胳膊|手腕|手臂|腕子)上[^。，,]{0,10}(?:刀口|刀痕|划痕|口子|割)|自残|割腕|控制不住(?:自己)?[^。，,]{0,6}(?:割|划|伤)"
                r"|懂(?:这方面|这个|心理)的医生"),
     "mental_health_services"),
    # a child of school age asked to be let into school at last ("…他今年七岁了 …明年开学他还能不能进学校"): enrolment in
    # the compulsory school — not when a disability or a special school is told (special education)
    (re.compile(r"^(?![^\n]*(?:残疾|残障|智力|智障|自闭|孤独症|脑瘫|聋|盲|唐氏|特殊|培智|多动))[^\n]*?"
                r"(?:还能不能|能不能|可不可以|能否|还能|好不好)(?:去|再)?(?:进|上|读|念)(?:学校|学堂|小学|一年级)"),
     "compulsory_school_enrolment"),
    # money at once for a family in sudden trouble ("有没有急用的钱能先帮一下", "政府有没有能先拉一把的钱")
    (re.compile(r"(?:急用的|应急的|救急的|救命的)(?:钱|钞票|铜钿)|(?:先|暂时)(?:拉一把|帮一把|救个急|救急|垫一下|帮一下)的?(?:钱|钞票|铜钿)"
                r"|(?:钱|钞票|铜钿)[^。，,]{0,4}(?:能|可以)?先(?:拉一把|帮一把|救个急|救急|帮一下|垫一下)"),
     "temporary_assistance"),
    # ---- set 27's service rows and gaps (gaps_test19), in classes
    # a smoke alarm to put up at home, told by what it does ("一冒烟就会叫的小东西"): the catalogue's fire safety (a broken one
    # in a building is the fire service's gap, bot/gap_topics_places.py)
    # (asked to be put up: "浴室的烟雾报警器里装着一个摄像头" tells where a camera hid, not a need of fire safety)
    (re.compile(r"(?:装|安装|配|买|送)[^。，,]{0,10}(?:烟感|烟雾(?:报警器|探测器|感应器)|火灾报警器|冒烟(?:就)?(?:会)?(?:叫|响|报警|滴滴|嘀嘀))"
                r"|(?:烟感|烟雾报警器|烟雾探测器|火灾报警器)[^。，,]{0,8}(?:哪里买|去哪买|谁来装|上门装|给装|帮装|免费装|免费送)"),
     "fire_safety"),
    # a soldier's years served and the post promised on leaving (a job found on one's own: veteran_employment; an officer's
    # retirement: military_retiree_transfer)
    (re.compile(r"^(?![^\n]*(?:退休|离休|军休|干休所))[^\n]*?(?:部队|当兵|服役|军龄|兵龄)[^。]{0,60}(?:安排(?:个)?(?:工作|岗位)|分配(?:个)?(?:工作|岗位)|安置)"),
     "veteran_resettlement"),
    # a teacher's daily task for the family at home, filmed and uploaded (打卡, 拍视频): the burden on pupils and parents
    (re.compile(r"(?:老师|学校|班主任)[^。]{0,10}(?:要求|规定|让|布置|叫)[^。]{0,30}(?:拍视频|拍照上传|上传|打卡|发到群)"),
     "school_burden_complaint"),
    # a table, a hoop or exercise frames in an estate or a village locked up or kept for those who pay (fitness facilities)
    (re.compile(r"(?:乒乓球台|乒乓桌|球台|篮球架|健身器材|健身器械|健身路径|单杠|双杠)[^。]{0,20}(?:锁|霸占|圈起来|不让|收钱|交钱|交了钱|占着)"),
     "fitness_facilities"),
    # a memorial service, a grave's price (funeral services; a martyr's grave is the commemoration's)
    (re.compile(r"^(?![^\n]*(?:烈士|军人|老兵))[^\n]*?(?:追悼会|告别仪式|灵堂|(?:墓地|墓穴|公墓|骨灰(?:盒|堂|楼|格位))[^。]{0,16}(?:价格|多少钱|贵|万|收费|买|管理费|续费))"),
     "funeral_services"),
    # ---- the lead's session 23, openings of set 28 (conversations_test23) that reached another service or a gap, in classes:
    # a benefit or a public service told by what it does
    # a disabled person's own pension paid by the family, and the government heard to pay part ("养老那一份是我们自己给她交的
    # 听说耳朵不好的交这个钱政府能补一点")
    (re.compile(r"(?:残疾|残障|聋|哑|盲|看不见|听不见|助听器|耳朵(?:就|也|一直)?(?:烧坏|坏了|不好|聋)|截掉|截肢|假肢|轮椅|瘫|瘸|腿(?:断|没了))[^\n]{0,120}"
                r"(?:社保|养老|医保)[^\n]{0,40}(?:交|缴)(?:这个|这份|这笔|的)?(?:钱|费)?[^。，,]{0,6}(?:政府|公家|国家)?(?:能|可以|会)?(?:补|贴)"),
     "disabled_insurance_subsidy"),
    # the rent's money asked to be helped with ("…租了个一楼 一个月一千三 …租房的钱公家能帮一点"; cheap houses of the government to
    # rent are the public rental housing, not here)
    (re.compile(r"(?:租房|房租|租金|租房子)(?:的|个)?(?:钱|钞票|铜钿)[^。，,]{0,6}(?:公家|政府|国家|上面)?(?:能|可以|肯|会)?(?:帮|补|贴)"),
     "rental_housing_subsidy"),
    # someone with a certificate who must be watched day and night, money for the family asked ("发起病来要人寸步不离看着 …他的证评的是
    # 精神四级 听说家里有人要长年守着的 公家每月给一点钱"): the care subsidy of the severely disabled
    (re.compile(r"^(?=[^\n]*(?:证|残疾|残障|智力|精神|脑瘫|瘫|植物人))(?![^\n]*(?:老人|老太|老头|爷爷|奶奶|外婆|外公|老伴))[^\n]*?"
                r"(?:长年|常年|一直|时时|寸步不离|二十四小时|日夜)(?:要|得)?(?:有)?(?:人)?(?:守着|看着|陪着|照顾|护理|看护|守)[^\n]{0,16}"
                r"(?:公家|政府|国家)?[^。，,]{0,4}(?:每个月|每月|按月|每个号头)?[^。，,]{0,4}(?:给|发|补|贴)(?:一点|点|些)?(?:钱|补贴|钞票)"),
     "severe_disability_care_subsidy"),
    # less pesticide or fertiliser and the pests still kept down ("药水少喷点又能管住虫子的办法"; a residue test alone is no
    # reduction asked)
    (re.compile(r"(?:药水|农药|打药|喷药|化肥|肥料)[^。，,]{0,4}(?:少喷|少打|少用|少施|少放|减量)|(?:少喷|少打|少用|少施)(?:点|一点|些)?(?:药|农药|药水|化肥|肥)"),
     "fertilizer_pesticide_reduction"),
    # paying into a pension oneself now, to draw it monthly after sixty ("村里人自家好交一份 六十岁以后每个号头有钞票拿 …现在开始交
    # 来得及哦"): the residents' basic pension (drawing it when already paid up: resident_pension_benefit)
    (re.compile(r"(?:自家|自己|个人)(?:好|能|可以)?(?:交|缴)(?:一份|一点|点)?[^\n]{0,30}(?:六十|60)(?:岁|周岁)?(?:以后|之后|后|到了|了)?[^。，,]{0,10}"
                r"(?:每个月|每月|每个号头|按月)[^。，,]{0,6}(?:有|领|拿)"),
     "resident_basic_pension"),
    # an old rural house whose walls bulge or whose beam leans, the government asked to help mend it ("山脚下个老屋 …墙壁鼓出来
    # 梁也歪脱哉 …勿晓得政府会得帮阿拉弄弄哦"): the rural dilapidated housing renovation, not the flood hazard that caused it
    (re.compile(r"(?:老屋|老房子|老房|屋|房子)[^\n]{0,80}(?:墙(?:壁|头)?(?:鼓出|裂|开裂|歪|倒|塌|倾斜)|梁(?:也)?(?:歪|断|裂|朽)|屋顶(?:塌|漏|要塌)|房子(?:歪|要塌|斜))"
                r"[^\n]{0,60}(?:政府|公家|上面|村里)[^。，,]{0,10}(?:帮|修|弄|补)"),
     "rural_dilapidated_housing_renovation"),
    # money asked to get by after a disaster in the house ("水一下子冲进屋里 …阿拉迭种好去讨点钞票先过过日子哦")
    (re.compile(r"(?:讨|要|领|借|申请)(?:点|一点|些|一些)?(?:钱|钞票|铜钿|救济)[^。，,]{0,4}(?:先)?(?:过过日子|过日子|度日|救急|撑一撑|撑过去|应急)"),
     "temporary_assistance"),
    # a life no longer bearable, the government asked to top it up monthly ("日子过勿落去个好去讲讲 每个号头政府贴点")
    (re.compile(r"日子(?:过不下去|过勿落去|过不落去|过不去|没法过|难过下去)[^\n]{0,30}(?:政府|公家|国家|上面)[^。，,]{0,6}(?:贴|补|给|发)"),
     "minimum_living_allowance"),
    # a medicine dearer at the town's clinic than at the hospital, who sets its price ("镇浪看毛病个地方配起来比县医院还要贵两块 …迭个药
    # 价钿啥人定个")
    (re.compile(r"(?:配|拿|开)(?:起来|个药|药|的药)?[^。，,]{0,6}比[^。，,]{0,8}(?:医院|药店|药房)[^。，,]{0,6}(?:还)?(?:要)?贵"
                r"|药(?:个|的)?(?:价钿|价钱|价格|药价)[^。，,]{0,4}(?:啥人|谁|哪个|哪里)(?:定|管)"),
     "essential_medicines"),
    # a contraceptive implant in the arm, asked for ("再也不想怀了 听人说胳膊上埋一根小棍子能管好几年")
    (re.compile(r"(?:胳膊|手臂|臂)(?:上|里)[^。，,]{0,6}(?:埋|放|植入|打)[^。，,]{0,6}(?:小棍|棍子|小管|管子|小条)|皮下埋植"),
     "family_planning_technical_services"),
    # a soldier back from service looking for work, the special way for veterans asked ("当了八年兵 …退下来 …想在这边找个开大车的活
    # 听说像我们这样的政府有专门的门路"; a post assigned on leaving: veteran_resettlement)
    (re.compile(r"^(?![^\n]*(?:退休|离休|军休|干休所|安置|分配工作|安排工作|分配个工作|安排个工作))[^\n]*?"
                r"(?:当了?[^。，,]{0,4}兵|当过兵|退伍|复员|从部队(?:退|下来|回来)|部队(?:里)?(?:退|下来|回来))[^\n]{0,80}"
                r"(?:找(?:个|份|点)?[^。，,]{0,8}(?:活|工作|事情做|事做|饭碗)|门路|就业)"),
     "veteran_employment"),
    # a worker's operating certificate due for its review, the course asked for ("上岗的操作证明年一月到期 要去听课复审")
    (re.compile(r"(?:操作证|上岗证|特种作业|电焊证|焊工证|电工证|作业证)[^。]{0,20}(?:到期|复审|年审|换证|培训|听课|考证)"
                r"|(?:复审|换证)[^。，,]{0,6}(?:听课|培训|上课)"),
     "work_safety_training"),
    # a child placed by the welfare home with a family, its monthly money late ("福利院的人 …问我们愿不愿意带回家养 …每个月有一笔给孩子的钱
    # 这三个月一直没到"): the foster family's subsidy, not an adoption
    (re.compile(r"(?:福利院|孤儿院|儿童福利)[^\n]{0,140}(?:每个月|每月|按月)[^。，,]{0,10}(?:钱|补贴|生活费|钞票)"),
     "orphan_foster_family_subsidy"),
    # a child in a kindergarten class, fees asked to be cut ("现在在镇上读小班 听说像她这样的孩子上学的钱能减")
    (re.compile(r"(?:小班|中班|大班|托班|幼儿园|小娃娃)[^\n]{0,40}(?:钱|费|学费|保教费)[^。，,]{0,4}(?:能|可以|好)?(?:减|免|少|补)"),
     "preschool_financial_aid"),
    # the place that takes in small children by day ("镇上公家办的那种白天收小娃娃的地方")
    (re.compile(r"白天(?:收|带|管|看)(?:小娃娃|娃娃|小孩子?|小朋友|小囡|孩子|伢儿)(?:的|个)(?:地方|园子|学堂)"),
     "kindergarten_enrolment"),
    # ---- set 29's service rows (gaps_test21, studied since 2026-12-07), in classes
    # folk remedies believed by the old, someone who knows asked to set them right ("社区好多老人信偏方 …想找懂行的人来给大家说清楚"):
    # health education (a doctor asked for a talk: above)
    (re.compile(r"(?:偏方|土方子|土办法|谣言|保健品|养生)[^\n]{0,50}(?:懂行的人|明白人|专业的人|医生|大夫|专家)[^。]{0,12}(?:说清楚|讲清楚|讲讲|说说|讲一讲|说一说|辟谣|讲课)"),
     "health_education"),
    # what one learnt put on an account to count later ("这些学的东西能记到一个账上以后认定用"): the learning credit bank
    (re.compile(r"(?:学的|学过的|学了的|上过的|读过的|考的|考过的)[^。]{0,10}(?:记|存|攒|登记|录)(?:到|在|进)[^。]{0,6}(?:账|档案|卡)"),
     "learning_credit_bank"),
    # a village's dragon lanterns or lion dance, neighbouring troupes invited to compete and the county asked to help hold it
    # (mass cultural festivals; a dragon-boat race is traditional sport)
    (re.compile(r"(?:舞龙|龙灯|舞狮|狮子灯|腰鼓|秧歌|花鼓|马灯|灯会|社戏|走马灯|滚灯)[^。]{0,40}(?:比一比|比赛|比拼|赛一赛|会演|汇演|联欢|一起办|办一场)"),
     "mass_cultural_festivals"),
    # a family living on the dibao, a hospital's bill asked to be cut ("每个月靠政府发的那点保底钱过日子 医院这笔钱能不能少出点")
    (re.compile(r"^(?=[^\n]*(?:低保|保底钱|保底的钱|兜底的钱|政府发的[^。，,]{0,4}钱过日子))[^\n]*?"
                + _HOSPITAL_BILL_CUT),
     "medical_assistance"),
    # ---- set 30's service rows (gaps_test22), in classes
    # someone asked to come and tell children or parents how to keep afloat or get out of a fire, and how to save another
    (re.compile(r"(?:请人|找人|请个人|请专家|请老师|派人)(?:来)?[^。]{0,10}(?:讲讲|讲一讲|讲一下|讲课|教教|教一教|教一下|上课|培训)[^。]{0,12}"
                r"(?:落水|溺水|掉水里|掉进水里|掉河里|着火|失火|火灾|地震|触电)[^。]{0,12}(?:怎么|如何|咋|该怎么)"),
     "emergency_self_rescue_training"),
    # an elder's need looked at at home first, then money each month to pay a carer who comes in (the elderly care service
    # subsidy; a disabled person's carer is the care subsidy's, above)
    (re.compile(r"^(?=[^\n]*(?:老人|老年|[六七八九]十|妈|爸|奶奶|爷爷|外婆|外公|老伴|婆婆|公公))(?![^\n]*(?:残疾|瘫))[^\n]*?"
                r"(?:每个月|每月|按月)(?:给|发|补|贴|有)?(?:一些|一点|点|些)?(?:请人|雇人|找人)(?:上门)?(?:照料|照顾|护理|服侍|伺候)[^。，,\s]{0,4}?(?:的)?(?:钱|补贴|费用)"),
     "elderly_care_service_subsidy"),
    # a weak constitution to be built up before illness, with a doctor of the old ways (治未病); a test of fitness is the sports body's
    (re.compile(r"^(?![^\n]*(?:针灸|推拿|拔罐|报销|医保|住院|开刀))[^\n]*?(?:体质(?:虚|差|弱|不好|偏寒|偏热)"
                r"|(?:调|调理|调养|改善|看看|查查)(?:一下)?(?:体质|身子骨)(?!测|监)|(?:平时|平常|日常)(?:的)?(?:调理|调养)|调理(?:的)?方子)"),
     "tcm_preventive_care"),
    # an order delivered spoilt and the shop and the rider or courier each blaming the other (consumer rights)
    (re.compile(r"(?:店家|商家|卖家|店里|客服)[^。]{0,10}(?:说是|说)(?:骑手|快递|物流|配送|送餐)(?:的|员的)?(?:事|问题|责任)"
                r"|(?:骑手|快递员?|物流|配送员)[^。]{0,6}(?:说是|说)(?:店家|商家|卖家|店里)(?:的)?(?:事|问题|责任)"),
     "consumer_rights"),
    # things going missing from a washing line or a shed, a stranger loitering about a dormitory or an estate (public order and
    # patrols; a firm's dumping, 偷排 or 偷倒, is not here)
    (re.compile(r"(?:晾|晒)(?:在)?[^。]{0,10}(?:衣服|内衣|内裤|被子)[^。]{0,16}(?:少了|少一件|丢了|不见|被偷|被拿)"
                r"|(?:男的|男人|陌生人|可疑的人|有人)[^。]{0,4}(?:老|总|经常|天天|整天|每天)(?:是)?在[^。]{0,16}(?:转悠|转来转去|晃悠|晃来晃去|徘徊)"),
     "public_order_patrol"),
    # ---- set 31's service rows (gaps_test23), in classes
    # a group that reads a book together each month, a book club asked to be started or supported (national reading)
    (re.compile(r"^(?![^\n]*(?:作业|老师|学校|班主任))[^\n]*?(?:(?:读书|看书|阅读)(?:的)?(?:小组|会|沙龙|俱乐部|分享会|群|角)|一起(?:读|看)[^。，,\s]{0,4}书)"),
     "national_reading"),
    # the operation after which there are no more pregnancies ("做个手术以后不再怀孕"): free contraceptive services
    (re.compile(r"(?:手术|结扎)[^。，,]{0,8}(?:以后|之后|后)?(?:就)?(?:不再|不会再|再也不|不能再|不用再)(?:怀|生|要孩子|怀孕)"),
     "family_planning_technical_services"),
    # insects kept down by traps and lamps instead of sprays ("粘虫板杀虫灯那种办法"), a crop sprayed too often ("一年要喷十几遍药
    # 想少喷一点"): fertiliser and pesticide reduction (绿色防控)
    (re.compile(r"粘虫板|黏虫板|杀虫灯|诱虫灯|性诱剂|性诱捕|诱捕器|生物防治|绿色防控|统防统治"
                r"|喷[^。，,\s]{0,6}药[^。]{0,10}(?:少喷|少打|少用)"),
     "fertilizer_pesticide_reduction"),
    # tai chi or other exercises learnt wrong and a teacher asked for ("想练太极 跟着手机视频学总是不对 有没有不收钱的老师教"):
    # fitness guidance (a contest is the festivals', a square dance's noise the environment's)
    (re.compile(r"^(?![^\n]*(?:比赛|赛事|表演|吵|噪|扰民))[^\n]*?(?:太极|八段锦|五禽戏|易筋经|健身气功|健身操|木兰拳)[^。]{0,30}"
                r"(?:老师|教练|指导|(?<!请)教(?:一|教|我|下|的)|学不会|学不好|不对|不标准|不到位)"),
     "fitness_guidance"),
    # ---- set 32's service rows (gaps_test24), in classes
    # a child at senior high school in a family on the dibao or struck by illness, the yearly money for poor pupils asked ("女儿在县城
    # 读高二 …家里评了低保 听说读高中家里困难的每年能拿一笔钱"): the aid for senior high pupils, not the school's admission
    (re.compile(r"^(?=[^\n]*(?:读高中|上高中|念高中|高中生|读普高|高一|高二|高三))(?=[^\n]*(?:困难|低保|贫困|特困|低边|瘫|残疾|单亲|没钱))"
                r"(?![^\n]*(?:大学|中考|考高中|分数线|择校|转学))[^\n]*?"
                r"(?:能|可以|会)?(?:拿|领|有|给|发|补)(?:到)?(?:一笔|一点|点|些)?(?:钱|补助|资助|补贴|助学金)"),
     "high_school_student_aid"),
    # a couple who adopted or foster a child whose parents are dead or gone, monthly help asked ("正式收养了一个男孩 他妈生他时走了
    # 爸爸找不到 …上面有没有每月的补助"): the subsidy for families adopting or fostering orphans, not the adoption's registration
    (re.compile(r"^(?![^\n]*(?:手续|登记|怎么办|要什么材料|办证|户口))[^\n]*?(?:收养|领养|寄养|抱养)(?:了)?[^。]{0,30}(?:孩子|男孩|女孩|小孩|孤儿|娃)[^\n]{0,50}"
                r"(?:父母双亡|爸妈都|父母都|(?:他|她)?(?:妈|爸|父母|爸爸|妈妈|母亲|父亲)[^。，,\s]{0,6}(?:走了|死了|去世|过世|没了|不在了|找不到|失踪|跑了))"
                r"[^\n]{0,50}(?:补助|补贴|贴补|钱)"),
     "orphan_foster_family_subsidy"),
    # someone who knows asked to see where an old wooden hall would catch fire (fire safety: 火灾隐患)
    # (where to run is the self-rescue training's, whatever the danger: not here)
    (re.compile(r"(?:看看|查查|检查|看一看|查一查|看一下|查一下)[^。]{0,12}(?:容易(?:烧|着火|起火|失火)|会不会(?:烧|着火|起火)|火灾隐患|起火的地方)"),
     "fire_safety"),
    # a shelf's price or discount not honoured at the till ("价签上写着打五折 到收银台还是按原价扣的钱"): consumer rights (明码标价)
    (re.compile(r"(?:价签|标价|价格牌|价格标签|标签|货架上|牌子上)[^。]{0,20}(?:折|特价|促销|优惠|[\d一二两三四五六七八九十]+(?:块|元))[^。]{0,24}"
                r"(?:结账|收银|付款|买单|扫码|扣|收)[^。]{0,10}(?:原价|不一样|多收|贵|没打折|不打折|不算折|(?:收|扣|要)(?:了)?(?:我)?[\d一二两三四五六七八九十百]+)"),
     "consumer_rights"),
    # a neighbour's balcony, bay or wall pushed outward ("楼上那户把阳台往外封出去一米多"): the catalogue's illegal construction
    (re.compile(r"(?:阳台|窗户|飘窗|露台|院墙|围墙|房子|屋檐|雨棚)[^。]{0,6}(?:往外|向外|朝外)[^。]{0,6}(?:封|扩|搭|建|推|接|伸|挑|盖)"
                r"|(?:封|扩|搭|接|伸|挑)出去(?:了)?[^。]{0,4}(?:一米|半米|两米|[\d一二两三几]+米)"),
     "illegal_construction_control"),
    # ---- stories_test25 (stories78): set 33's stories, in classes
    # a child hurt on a play area's equipment ("商场里的儿童乐园 …垫子破了个大洞 …小腿骨折"): the safety of play equipment, consumer
    # rights (as 游乐设施 in bot/story_needs.py), not the work injury insurance
    (re.compile(r"(?:儿童乐园|游乐场|游乐园|淘气堡|室内乐园)[^。]{0,40}(?:骨折|受伤|受了伤|摔伤|摔断|卡进|卡住|夹伤|划伤|砸伤)"),
     "consumer_rights"),
    # a bank's deposit sold as an insurance or a fund ("去银行存三年定期 …才知道签的是一份分红保险"): a seller's deceit, consumer
    # rights, not the pension or the medical insurance the word 保险 names
    (re.compile(r"(?:银行|柜台)[^。]{0,30}(?:存|定期)[\s\S]{0,80}?(?:签的是|买的是|变成了?|成了)[^。，,？?]{0,6}(?:保险|理财|基金)"
                r"|(?:存款|存的钱|定期)[^。，,？?]{0,8}(?:变成了?|成了)[^。，,？?]{0,6}(?:保险|理财|基金)"),
     "consumer_rights"),
    # ---- gaps_test25 (gaps77): set 33's service rows, in classes
    # a danger at work the boss puts off mending, to be reported quietly ("吊货的钩子上有一道裂缝 老板说等这批货赶完再换 …想悄悄报上去"):
    # the work safety reporting (dust, noise or fumes are the occupational hazards' supervision)
    (re.compile(r"^(?=[^\n]*(?:车间|工地|厂里|工厂|仓库|作坊|矿|码头|流水线|脚手架|吊车|行车|塔吊))(?![^\n]*(?:粉尘|噪声|噪音|毒|职业病|工伤|工资|工钱|社保|辞退))[^\n]*?(?:"
                r"(?:悄悄|偷偷|匿名|不留名|不暴露|不让(?:老板|厂里|公司)知道)[^。]{0,6}(?:报|举报|反映|捅)"
                r"|(?:裂|断|坏|松|漏|锈|变形|不牢)[^。]{0,30}(?:老板|厂里|公司|主管|领导)[^。]{0,6}(?:说|讲)[^。]{0,6}等[^。]{0,16}(?:再换|再修|再说|以后再|再弄))"),
     "work_safety_reporting"),
    # a disabled adult's first job, and whether the family's minimum living money stops ("儿子二级残疾 今年在福利厂找了份活 一个月一千多
    # 他原来那份保底的钱会不会就停了"): the disabled's minimum living allowance (its income rules)
    (re.compile(r"^(?=[^\n]*(?:残疾|残联|[一二三四]级残|智力|智障|精神|肢体|瘫|聋|盲))(?=[^\n]*(?:保底|低保|兜底))[^\n]*?"
                r"(?:找了|找到|上班|打工|干活|做工|有了|挣|赚|一个月)[^\n]{0,40}(?:保底|低保|兜底)[^。]{0,12}(?:会不会|是不是|还能|还有|能不能)?[^。]{0,4}(?:停|取消|断|没了|扣|减|继续|照发|还发)"),
     "disabled_minimum_living"),
    # someone severely, intellectually or mentally disabled at home, someone to come in and wash or tend them asked ("重度的智力残疾 …
    # 白天不在 有没有人能定时上门帮她洗洗弄弄"): the custodial care and home help for the disabled (an elder's is home-based care)
    (re.compile(r"^(?=[^\n]*(?:智力残疾|智障|精神残疾|重度残疾|重残|一级残疾|二级残疾|脑瘫|残疾))(?![^\n]*(?:老人|老伴|爷爷|奶奶|外婆|外公|我爸|我妈|父亲|母亲|养老|补贴|补助|多少钱|每个月|每月|钱))[^\n]*?"
                r"(?:(?:上门|定时|定期)[^。]{0,10}(?:帮|照顾|照料|看护|护理|陪|洗)|(?:有没有|能不能|找|请)(?:个)?人[^。]{0,8}(?:上门|来家|到家|来帮|过来帮))"),
     "disabled_custodial_care"),
    # training a baby's or a body's movement told by what is trained ("脖子是歪的 医生说要做一段时间的牵拉训练 …家门口有没有能做的地方"):
    # community rehabilitation (a disabled child's named programme, 脑瘫 or 孤独症, is the children's)
    (re.compile(r"^(?![^\n]*(?:自闭|孤独症|脑瘫|发育迟缓|智力|听障|聋|残疾证|医保|报销|补贴|补助))[^\n]*?"
                r"(?:牵拉|拉伸|矫正|功能|康复|复健)(?:的)?(?:训练|锻炼|治疗)[^。]{0,40}(?:家门口|附近|社区|家旁边|就近|镇上|村里|离家近)[^。]{0,10}(?:有没有|能不能|哪里|能做|可以做|做得了)"),
     "disability_rehabilitation"),
    # a rural couple with two daughters and no more children, at sixty, the yearly money asked ("年轻时就要了两个丫头 没再生 老伴过了六十
    # 这种人家是不是每年也能领点钱"): the family planning reward (双女户); a child lost or disabled is the special assistance
    (re.compile(r"^(?![^\n]*(?:去世|死了|没了|走了|过世|残疾|伤残|车祸|病故))[^\n]*?(?:两个|俩|二个|两)(?:个)?(?:丫头|女儿|闺女|姑娘|女孩|囡)"
                r"[^。]{0,20}(?:没再生|没有再生|没再要|不再生|就不生了|没生儿子|没有儿子)[^\n]{0,50}(?:六十|60|每年|一笔钱|钱|补贴|奖励|扶助)"),
     "family_planning_reward_assistance"),
    # ---- gaps_test26 (the gaps helper, session 29): set 34's service rows, in classes
    # insurance to be started by oneself and where to register first ("没有单位 想从现在起自己把养老医疗交起来 先要去哪里登个记"): the
    # universal insurance registration (a second child's registration, a job's or a care home's are not here)
    (re.compile(r"^(?![^\n]*(?:失业|就业登记|结婚|怀孕|二胎|三胎|二孩|生孩子|孩子|小孩|宝宝|再要一个|出生|户口|养老院|敬老院|残疾|城乡居民|居民养老|居民医保|职工医保|职工养老|新农合|农保))[^\n]*?"
                r"(?:养老|医疗|医保|社保|保险)[^\n]{0,30}?(?:去哪(?:里|儿)?|到哪(?:里|儿)?|在哪(?:里|儿)?|先要|先得|要先|得先)[^。，,]{0,4}登(?:个|一下|一个)?记"),
     "universal_insurance_enrolment"),
    # a pupil who can hardly see or hear, taught in an ordinary class, the aids he needs bought by the family and help asked ("眼睛只剩一点
    # 光感 在县里的普通初中跟班读 放大镜和大字课本都要自己买"): aid for disabled pupils (a special school's place is not asked; a
    # hearing aid is the assistive devices')
    (re.compile(r"^(?=[^\n]*(?:跟班读|跟班就读|随班就读|普通(?:学校|小学|初中|中学|高中|班)|上学|读书|念书|在读))[^\n]*?"
                r"(?:光感|低视力|弱视|看不清|看不见|失明|盲|听力|听不见|聋|助听器|残疾|肢残|坐轮椅)[^\n]{0,60}"
                r"(?:放大镜|大字(?:课本|书|本)|盲文(?:书|课本|教材)|课本|书本|教材|学习用品)[^\n]{0,30}(?:补|资助|补助|补贴|减免|报销|钱)"),
     "disabled_student_aid"),
    # a child left unable to walk or speak by an illness, years of rehabilitation and their cost ("得了病毒性脑炎 命救回来了 可不会走也
    # 不会说话了 医生说要长年做恢复 …有没有补"): the rehabilitation subsidy for severely disabled or ill children
    (re.compile(r"^(?=[^\n]*(?:孙子|孙女|儿子|女儿|孩子|小孩|宝宝|娃|外孙|外孙女|囡|[一二两三四五六七八九十\d]+岁))[^\n]*?"
                r"(?:脑炎|脑膜炎|脑出血|脑梗|高烧|大病|重病|癫痫|白血病|肿瘤|溺水|窒息)[^\n]{0,60}"
                r"(?:不会走|不会说话|不会讲话|不能走|不能说话|瘫|落下(?:了)?(?:毛病|病根|残疾|后遗症)|后遗症|留下(?:了)?(?:毛病|残疾))[^\n]{0,60}"
                r"(?:恢复|康复|训练|复健)[^\n]{0,60}(?:补|贴|资助|帮)"),
     "sick_disabled_child_rehab_subsidy"),
    # a flood or a storm that neighbours were warned of and one's own village not, a warning wanted in time ("山洪下来前半个钟头 隔壁村的
    # 喇叭就响了 …以后这种消息怎么能第一时间知道"): the warnings (the loudspeaker is how they came)
    (re.compile(r"(?:台风|暴雨|洪水|山洪|涨水|发大水|大水|泥石流|滑坡|地质灾害|龙卷风)[^。]{0,80}(?:消息|预警|警报|通知)?[^。]{0,10}"
                r"(?:第一时间|及时|马上|早一点|早点|尽早|提前)(?:就)?(?:能)?(?:知道|收到|得到|接到)"),
     "emergency_warning"),
)


def cued_services(text: str) -> List[str]:
    """The services the message's situation leads to, in the table's order, each once (a fresh list: the finder,
    its ranking, the gap rule and the actions each ask it of the same message, and the table's two hundred patterns
    are read once per message — _cued)."""
    return list(_cued(text or ""))


@functools.lru_cache(maxsize=512)
def _cued(text: str) -> Tuple[str, ...]:
    found: List[str] = []
    for pattern, sid in SITUATIONS:
        if sid not in found and pattern.search(text):
            found.append(sid)
    return tuple(found)


# the table's sure entries, picked once (surely_cued runs on every message the finder ranks)
_SURE_SITUATIONS = tuple((pattern, sid) for pattern, sid in SITUATIONS if pattern in SURE)


def surely_cued(text: str) -> List[str]:
    """The services cued by a situation sure enough to outrank what the classifier is all but certain of (SURE)."""
    return [sid for pattern, sid in _SURE_SITUATIONS if pattern.search(text or "")]


def pattern_core(pattern: "re.Pattern[str]") -> "re.Pattern[str]":
    """The words a cue (or a gap topic, bot/triage.py) reads, without the guard in front (``^(?![^\\n]*(?:…))[^\\n]*?``,
    ``^(?=[^\\n]*(?:…))[^\\n]*?``) that makes its match start at the message's start."""
    guard_end = ")[^\\n]*?"
    source = pattern.pattern
    if source.startswith("^(?") and guard_end in source:
        return re.compile(source[source.index(guard_end) + len(guard_end):])
    return pattern


_CORES = tuple(pattern_core(pattern) for pattern, _ in SITUATIONS)


def cued_spans(text: str) -> List[Tuple[str, int, int]]:
    """Where each cue's words stand in the message: (service, start, end), for every cue that leads somewhere."""
    spans: List[Tuple[str, int, int]] = []
    for (pattern, sid), core in zip(SITUATIONS, _CORES):
        if pattern.search(text or ""):
            spans += [(sid, m.start(), m.end()) for m in core.finditer(text or "")]
    return spans
