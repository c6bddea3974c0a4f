"""The separate hardships a long story tells, each with the catalogue service that answers it.

A resident rarely names the service: a story says what happened ("厂子关门了", "屋顶漏雨",
"老板五个月没发工资"). Each entry below is one situation in everyday words and the service
whose record (its name, aliases, target group and content in knowledge_base/catalogue/services,
and the outline's sub-area) covers it: 漏/塌/裂 of a house is 农村危房改造 (alias 老房子漏雨,
房子要倒了), a fire, a road accident or a sudden illness is 临时救助 (its target group names
火灾、交通事故 and 突发重大疾病), debts from illness are 支出型贫困 under 最低生活保障 …

needs() reads a story in two parts: the sentences that ask (请问…, …吗, …有没有…,
anything ending in ？) and the sentences that tell. What a resident asks about comes first;
then the hardships told, in the order told. A need is offered once per service, bodies
spread over the three offers before a second service of the same body, at most three.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple
from bot.text import simplified

# "我们不是低保户", "没有残疾证": said of oneself, not a need; "低保户" names a household's status.
# "有没有…" (Wu "有呒没…"), "算不算工伤", "是不是低保" ask
_NOT_A_NEED_BEFORE = re.compile(r"(?:(?<!是)不是|(?<!有)没有|(?<!有)(?<!有呒)没|无|(?<!算)不算|不想|不愿意?|不肯)$")

# (situation, what the resident is told we understood, service id). Order does not rank:
# the position in the story does. Words come from the service's own record (name, aliases,
# target group, content) or the outline's sub-area, then how residents say the same thing.
NEEDS: Tuple[Tuple["re.Pattern[str]", str, str], ...] = tuple((re.compile(p), need, sid) for p, need, sid in (
    # 医疗保障 — 医疗救助 (看病钱不够, 看不起病); 城乡居民基本医疗保险 (续保, 报销)
    (r"住院|看病(?![^，。,]{0,3}欠).{0,4}(?:钱|费|花)|医药费|医疗费|药费|手术|开刀|大病|癌|白血病|尿毒症|化疗|透析|(?<![能会包])治病|ICU|重症监护|看不起病",
     "看病的费用", "medical_assistance"),
    (r"医保.{0,8}(?:报|续|断|停|交不起|多报)|(?:看病|住院|医药费|医疗费|药费|手术费).{0,4}报销|(?:慢性病|慢病|高血压|糖尿病|风湿|心脏病).{0,8}(?:吃药|药钱|拿药)",
     "看病吃药的医保报销", "resident_medical_insurance"),
    (r"(?:宝宝|新生儿|出生|生下来|刚生|二宝|婴儿).{0,15}医保", "宝宝的医保", "newborn_medical_insurance"),
    # 医疗保障 — 生育保险 (生孩子的费用报销, 产假期间的生育津贴)
    (r"生(?:孩子|小孩|宝宝)的?(?:那部分)?(?:费用|钱|待遇)|生育(?:保险|津贴)|产假[^。]{0,10}(?:钱|工资|津贴)", "生孩子的费用和生育津贴", "maternity_insurance"),
    # 医疗保障 — 跨省异地就医结算 (异地就医备案, 在外地看病报销)
    (r"异地(?:就医|看病|住院|报销|备案|结算)|就医备案|(?:去|到|在|搬到|住到)(?:外地|外省|外市|杭州|上海|江苏|老家)[^。]{0,20}(?:看病|就医|住院)[^。]{0,10}(?:报销|备案|结算|医保)"
     r"|医保[^。]{0,12}(?:老家|外地|外省)[^。]{0,16}(?:看病|就医|住院)[^。]{0,10}(?:报销|结算)"
     # "…现在想回来报销": treated elsewhere, claiming at home
     r"|(?<!出差)(?:回来|回湖州|回本地)[^。，,]{0,3}报销",
     "在外地看病的医保结算", "cross_region_medical_settlement"),
    # 民政 — 贫困家庭儿童大病慈善救助 (先心病、白血病儿童救助)
    (r"(?:孩子|宝宝|儿子|女儿|小孩|婴儿).{0,12}(?:先天性|先心病|白血病|重病)", "孩子的大病", "poor_child_illness_charity"),
    # 民政 — 重残重病和罕见病儿童康复补贴
    (r"罕见病|(?:重病|重残)(?:孩子|儿童).{0,10}康复", "孩子的罕见病、重病康复", "sick_disabled_child_rehab_subsidy"),
    # 医疗保障 — 重度残疾人医疗保障 (康复项目纳入医保)
    (r"残疾.{0,12}(?:康复|看病).{0,10}(?:医保|报销)|康复[^，。,]{0,8}医保", "残疾人康复看病的医保", "severe_disability_medical_security"),
    # 教育 — 高中阶段资助 (学费减免, 助学金); 学前教育资助; 义务教育入学、随迁子女入学; 特殊教育
    (r"幼儿园.{0,10}(?:学费|费用|贵|补助|资助)|(?:学费|保教费).{0,6}幼儿园|学前(?:教育)?[^，。,？?\s]{0,3}(?:资助|补助|减免)"
     # "一学期光保育费就两千多", "幼儿园那钱能不能少交点": the kindergarten's fees, paid or asked to be less
     r"|保育费|保教费|(?:幼儿园|园里|小班|中班|大班|托班)[^。？?\s]{0,6}(?:钱|费)[^。，,？?\s]{0,8}(?:少交|少收|减|免|交不起|凑不出)", "幼儿园的费用", "preschool_financial_aid"),
    (r"学费(?![^，。,]{0,6}(?:退|不退|要回))|上不起学|读不起书|交不起.{0,4}(?:学|书)|(?:上学|读书|读职高|读高中).{0,6}(?:钱|费|资助|补助)|助学金|助学贷款|生源地贷款",
     "孩子上学的费用", "high_school_student_aid"),
    (r"(?:外地户口|户口不在|随迁|外地人|外地来的|外省来的).{0,20}(?:上学|读书|入学|读|进[^，。,？?\\s]{0,4}学校)", "外地户口孩子上学", "migrant_children_enrolment"),
    (r"上小学|读小学|上初中|读初中|入学|积分|上一年级|读一年级|(?:孩子|小孩)上学|插班|转学过来|(?:在这边|在这里|到这边|来这边)(?:读书|上学)"
     # "明年秋天是不是该背书包进学堂了", "能不能让老二明年也进小学", "想把她接过来这边念"
     r"|进小学|进学堂|上学堂|背(?:上)?书包|[接带](?:过来|到这边|来|到身边)[^。]{0,8}(?:念|读|上学|上)", "孩子上学", "compulsory_school_enrolment"),
    (r"送教上门|(?:特殊教育|特教)(?![^，。,]{0,4}毕业)|(?:学校|老师|班主任|班上|课堂)[^。]{0,12}特殊(?:照顾|安排|关照)|随班就读|资源教室|(?:学校|教室).{0,8}(?:不收|不让|没办法进|进不了|不肯收)", "残疾孩子上学", "special_education_school"),
    (r"(?:老师|教师)[^，。,]{0,6}上门[^，。,]{0,3}教|上门(?:来)?教(?:学|书|课)?", "老师上门教", "home_delivered_education"),
    # 教育 — 终身学习 (学分银行: 成人学历、自考)
    (r"成人(?:本科|大专|高考|学历|教育)|自考|专升本|读个(?:本科|大专)|继续教育", "继续读书、提升学历", "learning_credit_bank"),
    # 人力社保 — 就业援助 (就业困难人员、困难家庭毕业生); 劳动保障监察 (欠薪); 劳动合同; 工伤; 培训; 公益性岗位; 养老保险
    (r"失业|(?<!老婆)(?<!妻子)(?<!老公)(?<!丈夫)(?<!爱人)(?<![她他])没工作|没了工作|下岗|找不到工作|没找到(?:合适的)?工作|找工作|找(?:份|个)[^，。,？?]{0,10}(?:活(?!动)|工作)|找(?:份|个)事|适合[^。]{0,8}的工作|工作介绍|介绍(?:个|份|一份|点)?(?:工作|活)|(?:活(?!动)|工作)[^。，,？?]{0,4}(?:可以|能)介绍|灵活[^。]{0,12}(?:工作|活)|厂.{0,6}(?:倒闭|关门|搬迁|搬走)|被辞退|被开除|裁员|被裁|丢了工作",
     "没有工作", "employment_assistance"),
    # "厂子倒闭了…有没有一笔过渡的钱能领", "这段时间家里有没有钱能领着过渡": the benefit while out of work
    (r"过渡(?:的|一下|一段)?(?:钱|费|补贴)|(?:钱|补贴)[^。，,]{0,4}(?:领着|拿着)过渡|失业金|失业补贴"
     # "问能不能领失业的钱", "失业的钱能不能领": the benefit named by what it pays
     r"|失业(?:的|那(?:一)?(?:块|份|部分)的?)?(?:钱|保险金)", "失业期间的钱", "unemployment_insurance_benefit"),
    # "面试了好几家厂一看我的手就说不要": turned away at every interview
    (r"面试[^。]{0,16}(?:不要|不收|没人要|被拒|碰壁|都不行)|(?:没有|没)(?:一家)?(?:厂|单位|公司)(?:肯)?要(?:我|他|她)"
     # "镇上的厂里会不会要我这个年纪的人": whether anyone hires someone that old
     r"|(?:厂|单位|公司|老板)[^。，,]{0,4}(?:会不会|肯不肯|愿不愿意|还会|还肯)要(?:我|他|她)[^。，,？?]{0,4}(?:这个|这种|这样)?(?:年纪|岁数|年龄)", "找不到工作", "employment_assistance"),
    (r"工资.{0,6}(?:拖欠|不发|没发|拿不到|不给)|(?:不发|没发|拖欠|克扣)工资|工资[^。，,]{0,4}(?:只发(?:了)?一半|少发|减半|扣了|扣掉|被扣)|欠薪|讨薪|(?:拖欠|欠|讨|要不到|拿不到|结不到|克扣|扣)[^。，,]{0,4}(?:工钱|血汗钱)|(?:工钱|血汗钱)[^。，,]{0,8}(?:没给|不给|没发|不发|拖|欠|要不到|拿不到|结不了|讨)|包工头[^。]{0,12}(?:跑|欠|蒸发|失联|联系不上|不见)",
     "拖欠工资", "labour_inspection"),
    (r"(?:没|没有|不|未)(?:跟[^，。]{0,4})?签(?:订)?(?:劳动)?合同", "没签劳动合同", "labour_contract_guidance"),
    # 人力社保 — 劳动争议 (a pregnant worker let go, insurance stopped by the employer)
    (r"(?:怀孕|孕期|产假|哺乳期)[^。]{0,24}(?:辞退|解除|开除|不合格)|解除(?:劳动)?合同|(?:社保|保险)[^，。,]{0,4}(?:被停|停掉|被断)|(?:公司|单位|厂里)[^，。,]{0,4}(?:把)?社保停",
     "被解除合同、停缴社保", "labour_dispute_arbitration"),
    # "老板一句话就叫他走人…一分钱补偿都没给": dismissed without compensation
    (r"(?:老板|厂长|公司|单位|厂里)[^。]{0,12}(?:叫|让)(?:他|我|她|我们)?走人|(?:补偿|赔偿|经济补偿)[^。，,]{0,4}一分(?:钱)?(?:都|也)?(?:没|不)"
     r"|(?:老板|厂里|公司|单位)[^。]{0,20}(?:补偿|赔偿)[^。，,]{0,6}(?:没给|不给|不肯给)", "被辞退没有补偿", "labour_dispute_arbitration"),
    (r"工伤|(?:工地|厂里|车间|上班|干活|施工|脚手架|仓库|搬货).{0,12}(?:摔|砸|轧|压伤|夹伤|烫伤|扭伤|受伤|受了伤|骨折|掉下|跌下|坠落)"
     r"|算(?:不算)?(?:是)?(?:上班|工作|干活)(?:的)?(?:时候|时|中)?(?:受)?的伤"
     # "右手被梳棉机卷进去过 缝了二十多针", "货架上的木板掉下来砸到脚…老板说给我两千块让我回家养"
     r"|被[^。，,]{0,4}(?:机|机器|床|冲床)(?:卷|轧|压|夹|切)|(?:掉下来|砸下来)[^。，,]{0,4}砸(?:到|伤|断)|(?:老板|厂里)[^。]{0,12}(?:营养费|回家养|私了)", "工伤", "work_injury_insurance"),
    (r"[学教](?:点|门|个|一门)?(?:别的|新的)?(?:技术|手艺|本事|本领)|技能培训|职业培训|免费(?:的)?培训|参加培训|想学(?:个|门|点|一门)"
     # "有没有政府掏钱的班", "有没有补贴的课", "不要钱的地方学"
     r"|(?:补贴|免费|不要钱|不花钱|政府掏钱|便宜)[^，。,]{0,6}(?:班|课|地方学)", "学技能", "vocational_skills_training"),
    (r"公益性?岗位", "公益性岗位", "public_welfare_jobs"),
    # "不知道哪里有靠谱的岗位信息", "怕被黑中介骗": where the jobs are advertised (就业创业公共服务: 信息发布、职业介绍)
    (r"(?:岗位|招聘|招工|用工)信息|黑中介", "找工作的信息", "employment_services"),
    # 人力社保 — 全民参保登记 (交社保, 买社保): paying into social insurance when one cannot or asks how
    # ("公司说外国人不能交社保", "能不能跟老公一样交养老"); "公司给交社保" is paid already, no need
    (r"(?:不能|不让|不给|没法|没办法|能不能|可不可以|可以|想|怎么|要不要|好不好|能否)(?:跟[^。，,]{0,4})?(?:交|缴|买|参加)(?:个)?(?:社保|养老保险|养老(?![院金服]))",
     "参加社会保险", "universal_insurance_enrolment"),
    (r"见习", "毕业生见习", "graduate_internship"),
    # "今年也到六十哉 听人家讲到了年纪每个号头有铜钿好拿": the pension drawn at sixty
    (r"(?:到了?(?:年纪|岁数|六十)|满六十|六十岁)[^。]{0,20}(?:铜钿|钞票|钱|养老金)(?:好|能|可以)?(?:拿|领)"
     # "农保缴满十五年哉 隔壁老阿哥讲缴满就好领 阿拉啥辰光好领铜钿": paid for the years, when it is drawn
     r"|(?:农保|养老保险|养老|居民养老)[^。？?\\s]{0,4}(?:缴|交)满(?:了)?(?:十五|15)年[^。]{0,40}(?:好|能|可以|就|才)(?:领|拿)", "养老金", "resident_pension_benefit"),
    (r"(?:接着|继续|还能)[交缴]养老|养老保险[^。？?\\s]{0,6}(?:没|没有|呒没|勿曾)(?:交|缴)[^。]{0,12}(?:能不能|可不可以|还能|来得及|现在)[^。]{0,4}[交缴]|(?:现在|如今|再)(?:去)?[交缴](?:个)?养老保险[^。？?\\s]{0,4}(?:来得及|还行|行不行|可以|能)|养老(?:保险)?[^。，,]{0,4}(?:断了|断掉|停了)[^。]{0,12}(?:接着|继续|再)交|(?:农保|养老保险|养老金).{0,12}(?:补交|补缴)|(?:领|补交|补缴).{0,3}养老金|(?:补交|补缴|交满|补)(?:到|满)?(?:十五|15)年", "养老保险和养老金", "resident_basic_pension"),
    # 人力社保 — 养老保险关系转移接续 (the employees' pension)
    (r"(?:养老保险|社保)[^，。,]{0,6}(?:转过来|转到|转回|转移|接续)", "养老保险关系转移", "employee_basic_pension"),
    # 人力社保 — 养老金领取资格认证 (社保待遇经办): the employees' pension, or the residents' (RETIREE below)
    (r"(?:领取)?资格认证|生存认证|养老金.{0,8}(?:认证|停发|暂停)", "养老金领取资格认证", "employee_basic_pension"),
    (r"(?:退伍|退役|复员)(?:军人|士兵|兵)?.{0,12}(?:找工作|就业)"
     # "当了五年兵 去年退下来了 想留在这边上班"
     r"|当(?:过|了)?[^，。,]{0,4}兵[^。]{0,16}退(?:下来|伍|役)[^。]{0,20}(?:上班|找个?工作|就业|找个?活|安置)", "退役军人找工作", "veteran_employment"),
    (r"(?:退伍|退役|复员)(?:军人|士兵|兵)?.{0,12}(?:培训|学技术|学技能|教育|创业)", "退役士兵的培训和创业扶持", "veteran_education_training"),
    (r"退伍|退役|复员", "退役军人安置", "veteran_resettlement"),
    (r"抚恤|参战|优抚|老兵|伤残军人|烈属|军属", "优抚对象的抚恤优待", "entitled_groups_pension"),
    # 卫生健康 — 职业病; 职业健康检查; 家庭医生; 孕前检查; 妇幼保健 (产检); 预防接种; 精神卫生; 失独家庭特别扶助
    (r"职业病", "职业病", "occupational_disease_diagnosis"),
    (r"职业(?:健康)?体检|职业健康检查", "职业健康检查", "occupational_health_examination"),
    (r"家庭医生|签约医生|责任医生|医生[^，。,]{0,4}签约|(?:来|上门)[^，。,]{0,2}量血压|医生[^，。,]{0,8}上门|上门[^，。,]{0,4}(?:看病|出诊|诊疗|量血压|随访)", "家庭医生", "family_doctor_contract"),
    (r"孕前|备孕|(?:刚结婚|新婚|刚领证)[^。？?]{0,16}(?:查身体|体检|检查身体)|要(?:个|一个)?(?:宝宝|孩子|小孩|二胎)[^。]{0,16}(?:查一查|检查|体检|查查|查身体)"
     # "想先把身体查一遍再要孩子": the check before the child
     r"|(?:查|检查|体检)[^。，,]{0,8}(?:再|才)要(?:个|一个)?(?:宝宝|孩子|小孩|二胎)", "孕前检查", "free_preconception_checkup"),
    (r"产检|怀孕|孕妇", "怀孕和产检", "maternal_child_health"),
    (r"疫苗|预防针|防疫针|接种", "孩子打疫苗", "child_vaccination"),
    (r"精神(?:病|疾病|障碍).{0,20}(?:治疗|康复|住院|发病)|抑郁|多动症|注意力缺陷|抽动症|抽动障碍|焦虑症|心理(?:医生|咨询|治疗|疏导|问题)|(?:划|割)(?:手|手臂|手腕)"
     # symptoms told rather than named: "一个人自言自语 老说有人要害他", "整天关在房里不出来"
     r"|自言自语|胡言乱语|(?:老|总|一直)(?:是)?说有人要害|疑神疑鬼|幻听|(?:关|锁)在(?:房|屋)里[^。]{0,4}不出",
     "精神心理疾病的治疗康复", "mental_health_services"),
    # 卫生健康 — 传染病防控 (a cluster of cases: many children with fever or diarrhoea at once)
    (r"诺如|聚集性(?:病例|疫情|发病)|传染病|(?:十几个|好几个|好多|一批|一群)(?:孩子|学生|小孩)[^。]{0,10}(?:发烧|拉肚子|腹泻|呕吐|出疹)", "传染病和聚集性病例", "infectious_disease_control"),
    (r"失独|独生(?:子女|儿子|女儿|子|女).{0,12}(?:走了|去世|死|没了|过世)|(?:就|只有)一个(?:儿子|女儿|孩子|伲子|囡|囡儿).{0,24}(?:走了|去世|没了|过世|走脱|死脱)"
     # "我女儿十九岁那年白血病走了，就这一个孩子": the only child told after the loss
     r"|(?:走了|去世|没了|过世|走脱|死脱)[，,\s]{0,2}(?:就|只有)(?:这|那)?一个(?:孩子|儿子|女儿|伲子|囡)",
     "失独家庭", "family_planning_special_assistance"),
    # "我跟老公就一个儿子…后来也没再生。…他在工地上摔下来，评了二级伤残": an only child disabled
    (r"(?:就|只)(?:要了|生了|养了|有)?(?:这)?一个(?:儿子|女儿|孩子|伲子|囡)[^？?]{0,80}?(?:伤残|残疾)|独生(?:子女|儿子|女儿|子|女)[^。]{0,16}(?:伤残|残疾)",
     "独生子女伤残", "family_planning_special_assistance"),
    # 民政 — 临时救助 (火灾、交通事故、突发重大疾病); 低保 (支出型贫困); 特困; 养老; 护理补贴; 留守儿童; 流浪救助
    (r"车祸|(?:钱|存款|积蓄|家底)[^，。,]{0,4}(?:花光|用光|掏空|花完|输光|赌光|败光)|救(?:个|一下)急|借了[^，。,]{0,6}(?:万|钱)|烧光|烧毁|烧没|烧掉|意外|突发|急用钱|走投无路|(?:上个月|上礼拜|上周|这个月|前几天|突然|一下子)[^？?]{0,60}?(?:过不下去|揭不开锅)|借遍|欠下.{0,4}钱|欠了.{0,6}钱|外债|(?:钱|费)[^，。,]{0,4}借(?:的|来)|临时(?:帮助|救助)|困难补助|困难补贴|被(?:汽|货|小|大)?车撞|(?:一下子|突然)(?:就)?没了(?:进账|收入)|收入[^，。,]{0,4}(?:一下子|突然)?(?:少了|减少了|降了|掉了|砍了)(?:一半|一大半|大半|很多)|临时的(?:也行|也可以|也好)",
     "突然遇到的困难", "temporary_assistance"),
    # "娘俩的日子快过不下去了", "家里揭不开锅": a household that cannot live on what it has — the lasting
    # help; a sudden cause (车祸, 着火, 突发) told with it is the temporary help's, and both are offered
    (r"过[不勿]下去|熬[不勿]下去|揭[不勿]开锅|米缸[^。，,]{0,4}见底"
     # "想问我这种政府能不能每个月兜个底": money to live on, month by month
     r"|(?:每个月|每月|每个号头|生活)[^，。,？?]{0,4}兜(?:个)?底"
     r"|没有收入|没收入|一分收入|生活困难|吃不上饭|吃饭都成问题|(?:一个月|每个月|月收入|一个号头)[^。]{0,6}(?:一千|两千|千把|几百|一两千)[^？?]{0,70}(?:过不下去|撑不下去|不够(?:用|花|吃)|紧巴巴|入不敷出|(?:都|也)?(?:快|要)?(?:交不起|付不起|付不出|交不出))|吃饭成问题|吃都吃不饱|勿够吃|不够吃|(?<!残疾人)(?<!残疾的人)(?<!残疾)生活上(?![^，。,]{0,4}(?:不能|自理))|没有退休(?:工资|金)|没.{0,2}退休(?:工资|金)|低保(?!户)",
     "基本生活困难", "minimum_living_allowance"),
    # "每个号头贴点生活铜钿", "每个月能不能给他补点生活费": money to live on, asked for (a disabled resident's is
    # the living subsidy of disabled residents: IN_CONTEXT below)
    (r"(?:贴|补)(?:点|一点|些|一些)?生活(?:铜钿|费|钱)", "每个月的生活费", "minimum_living_allowance"),
    (r"五保(?!户)|特困(?!老人|人员|户|对象)|孤寡|无儿无女"
     # "一辈子没成家…他一个人守着老屋，什么活也干不了…他以后谁来管", "一个人住…田种勿动哉 身边一分铜钿也呒没":
     # someone alone who cannot work and has no one
     r"|(?:没成家|没结过婚|光棍|单身|一个人(?:住|过|守着|生活)|(?:没|没有|呒没|勿曾)(?:讨|娶)(?:过)?老婆|(?:没|没有|呒没)(?:嫁过人|出嫁))[^。]{0,40}(?:干不了|干不动|做不动|做勿动|种不动|种勿动|走不动|走勿动|动不了|没人管|谁来管|没人照顾|一分钱也没|一分铜钿也呒没|冷锅冷灶)",
     "孤老特困", "extreme_poverty_support"),
    (r"(?:住|进|送|入住|申请|找|去)[^，。,]{0,4}(?:养老院|敬老院|老人院|护理院)|(?:养老院|敬老院|老人院|护理院)[^，。,]{0,6}(?:费用|收费|贵|便宜|名额|床位|入住|优先|优惠)"
     r"|(?:送到|住到|住进|送去|找个).{0,10}(?:有人照顾|照顾|护理)的地方", "老人住养老机构", "elderly_care_institution"),
    (r"老人.{0,8}(?:没人照顾|没人管|照顾不了)|没人照顾.{0,6}老人|(?:照看|照顾|看护)老人的地方|白天[^。]{0,10}(?:照看|照顾|看护)[^。]{0,4}老人|(?:派人|请人)[^，。,]{0,6}(?:来家里|到家里|上门)|上门.{0,4}(?:照顾|护理|服侍)|一键呼叫|紧急呼叫|呼叫器|上门[^，。,]{0,4}(?:烧饭|做饭|揩身|擦身|洗澡|助浴)|(?:托管|照看)老人|(?:白天|日间)[^。，,]{0,8}(?:照看|照顾|看护|托管)(?![^，。,]{0,6}(?:孩子|小孩|儿子|女儿))|居家养老|送餐|助餐|有人.{0,6}(?:护理|照顾|服侍|伺候)|(?:老人|母亲|父亲|老伴|爸|妈|奶奶|爷爷).{0,15}生活(?:基本)?不能自理",
     "老人照护", "home_based_elderly_care"),
    (r"(?:重度|一级|二级|重残)[^，。,]{0,6}(?:护理|补贴)|护理补贴|(?:要人|需要人)(?:服侍|伺候|照顾|护理)|瘫痪|偏瘫|瘫在床|常年卧床|半身不遂"
     # a stroke is the care subsidy's where the story tells the care it needs ("中风以后一直要人伺候"); told as the
     # cause of something else ("老公去年中风 …单位的活干不了 社保只能自己交", "中风三年哉 药钿一个号头要八百") it is not
     r"|中风(?=[^？?]{0,40}(?:要人|离不开人|服侍|伺候|照顾|护理|翻身|擦身|喂饭|卧床|瘫|床上|动不了|不能动|不能自理|一级|二级|重度))"
     # "我爸脑梗一年多了 半边身子动不了 想问问家里照顾他有没有什么补贴": a stroke that left half the body still
     r"|(?:脑梗|脑出血|脑溢血)[^。]{0,12}(?:动不了|不能动|瘫|下不了床|起不来)|半边身子(?:动不了|不能动|不听使唤)"
     # "一直困辣床上 屋里厢就阿拉一个人服侍伊": in bed for good, one person doing all the care (Wu 困/辣)
     # (not someone who lay in bed until they died: "一直困在床上勿会动 前年走脱哉")
     r"|(?:一直|常年|整天|成天|长年)(?:困|睏|躺|睡)(?:辣|在|勒)?床上(?![^。]{0,20}(?:走了|走脱|去世|过世|死|没了))"
     r"|(?:就|全靠|只有)[^，。,]{0,4}一个人(?:服侍|伺候|照顾|护理)",
     "重度残疾的护理", "severe_disability_care_subsidy"),
    # "听说残疾的人生活上政府有补一点": the living subsidy of disabled residents, told in other words
    (r"残疾(?:的)?人?(?:家里|家庭)?生活(?:上|费)?[^，。,]{0,8}(?:补|贴|帮)|残疾", "家里有残疾人", "disabled_living_subsidy"),
    (r"留守", "留守孩子", "left_behind_children_care"),
    # 民政 — 困境儿童 (孤儿, 事实无人抚养): a child whose parents died
    (r"没了(?:爸妈|父母|爹妈)的(?:孩子|小孩|儿童)|(?:父母|爸妈|爹妈)(?:都|双双)?(?:走了|去世|过世|双亡|不在了|没了)[^。]{0,6}(?:留下|撇下|剩下)|孤儿|无人抚养|没人抚养"
     r"|(?:表哥表嫂|哥嫂|哥哥嫂子|姐姐姐夫|弟弟弟媳|儿子儿媳|女儿女婿)[^。]{0,12}(?:都|双双)(?:去世|过世|遇难|没了)|车祸[^。，,]{0,4}都走了", "没了父母的孩子", "children_in_difficulty"),
    (r"救助站|流浪|无处落脚|露宿|乞讨|没钱回家", "流浪救助", "vagrant_assistance"),
    (r"临时(?:住|落脚|安置)|庇护", "临时住处", "temporary_assistance"),
    # "像我这种情况，政府有没有应急的帮助": help for an emergency, asked in those words; "家里这个月出大事了"
    (r"应急的?(?:帮助|救助|钱|补助|补贴|帮扶)|救急|急难|家里[^。，,]{0,5}出(?:了)?大事", "突然遇到的困难", "temporary_assistance"),
    # 残联 — 残疾儿童康复; 辅助器具; 精神残疾人服药保障; 阳光家园 (日间照料、托养); 康复服务
    (r"(?:自闭症|孤独症|脑瘫|发育迟缓|听障).{0,20}(?:康复|训练)|(?:孩子|儿子|女儿).{0,10}康复", "孩子的康复", "disabled_children_rehabilitation"),
    (r"(?:换|买|配|申请|旧|坏)[^，。,]{0,8}(?:助听器|轮椅|拐杖|假肢|盲杖|辅具)|(?:助听器|轮椅|拐杖|假肢|盲杖|辅具)[^，。,]{0,4}(?:旧|坏|换|补助|补贴|适配)"
     r"|看不见|失明|听不见|听力(?:不好|差|下降)|耳朵(?:越来越)?背|(?:换|买|配|申请)[^，。,]{0,8}助听|无障碍改造|轮椅[^。]{0,6}(?:进不去|进不了|出不去|推不进|过不去)", "辅助器具", "assistive_devices"),
    (r"精神(?:分裂|病|疾病|障碍).{0,12}(?:吃药|药费|服药|药钱)", "精神疾病的用药", "psychiatric_medication_coverage"),
    (r"日间照料|托养|白天.{0,8}(?:有人照看|送过去|托管)", "白天有人照看", "sunshine_home_day_care"),
    # ("康复有没有补贴": the rehabilitation's cost)
    (r"做[^，。,]{0,4}康复|康复(?:训练|机构|中心|费)|康复[^。，,？?]{0,4}(?:补贴|补助|报销)", "康复", "disability_rehabilitation"),
    # 文化 — 文物保护 (古建筑、祠堂)
    (r"文物|古建筑|老祠堂|祠堂|古宅|历史建筑|古民居|古桥|(?:老建筑|老宅|老房子|老石桥|老桥|老街)[^。]{0,12}(?:保护|认定|文保)|(?:保护|认定)[^。]{0,6}(?:老建筑|老宅)",
     "文物古建筑保护", "cultural_relics_protection"),
    # 住建 — 农村危房改造 (老房子漏雨, 房子要倒了); 公租房; 棚户区改造; 违建; 城乡供水
    (r"危房|(?:房子|房屋|老屋|老房|屋顶|房顶|墙|房梁|瓦片?).{0,8}(?:塌|坍|漏|裂|倒了|倒脱|倒掉|滴水|进水|渗水)|漏雨|泥墙屋|土坯房|泥坯房"
     # "椽子烂脱 落雨天屋里厢摆了七八只脚盆": rotten rafters, basins set out for the rain
     r"|(?:椽子|房梁|梁|柱子)[^。，,]{0,3}(?:烂|断|朽|蛀)|(?:落雨|下雨)[^。]{0,12}(?:脚盆|盆|桶)"
     # "木头楼板烂脱哉 楼梯一踏就晃", "屋顶的瓦片一下雨就往下掉": the house's wood and tiles giving way
     r"|(?:楼板|木楼梯|楼梯|地板|瓦片|瓦)[^。，,\s]{0,4}(?:烂|朽|霉脱|一踏就晃|摇摇晃晃|往下掉|掉下来|掉光)"
     r"|(?:房子|房屋|老屋|老房|危房|屋).{0,8}(?:翻修|翻造|翻建|修缮|重建|加固|修一修|修修|能不能修|申请修)", "房子不安全", "rural_dilapidated_housing_renovation"),
    (r"没地方住(?![^。]{0,20}临时)|便宜(?:点|一点|些)?的(?:公寓|房子)|没房子住|公租房|廉租房"
     # "政府的房子我们外地人能排上吗", "一家六口挤在六十个平方的老房子里…实在住不下"
     r"|政府(?:的|分的|盖的|给的)?房子|公家(?:的)?房子|住不下|挤在[^。]{0,12}(?:平方|平米|一间|单间)", "住房困难", "public_rental_housing"),
    # the rent itself (a disabled family's rent is the rental subsidy's: IN_CONTEXT below)
    (r"租不起|房租(?![^，。,]{0,6}不(?:算|太|是很)?贵).{0,10}(?:贵|交不起|涨|压|喘不过气|负担|吃力|付不起)|涨租|租房补贴|租房[^，。,]{0,8}(?:补助|补贴)"
     # "房租这块能不能补点", "租房能补一点": the rent asked to be helped with
     r"|(?:房租|租房子?)[^，。,？?\\s]{0,4}(?:能不能|可不可以|能|可以|好)(?:补|贴|减)", "房租负担", "public_rental_housing"),
    (r"拆迁|棚户区|棚改|城中村改造", "拆迁和棚户区改造", "shantytown_renovation"),
    (r"违建|违章(?:建筑|搭建|的?棚)|违法建筑|乱搭|私搭|搭了.{0,6}(?:房|棚|层)|加盖", "违章搭建", "illegal_construction_control"),
    (r"自来水|停水|供水|水龙头[^。]{0,14}(?:黄|浑|浊|渣|异味|臭|发黑|锈)", "用水", "water_supply"),
    # 残联 — 残疾人参加社会保险补贴 ("社保都得自己交 一年一万多 我们交不起", "交pension和医保有补贴吗"; Wu "政府好贴一点":
    # 贴 is to subsidise)
    (r"(?:交|缴)[^。]{0,12}(?:社保|养老保险|医保|医疗保险|保险|pension|insurance)[^。]{0,14}(?:补贴|补助|补一点|补点|帮着出|出一点|交不起|缴不起|吃力|贴(?:一点|点|些|一些))"
     r"|(?:社保|养老保险|医保|保险)[^。]{0,10}(?:自己交|自家交|都得交)[^。]{0,16}(?:交不起|缴不起|吃力|帮|补)"
     # "他的养老医保都是我们自己掏钱交的 听说残疾人交这些政府有补"
     r"|(?:社保|养老|医保|保险)[^。？?]{0,10}(?:自己|自家|我们|都得)[^。？?]{0,4}(?:交|缴)[^。？?]{0,8}残疾[^。？?]{0,12}(?:补|贴|帮)"
     # "听说残疾人交保险能补", "听说残疾人交社保有补贴": the subsidy heard of, for paying in
     r"|残疾[^。？?\s]{0,6}(?:交|缴)[^。？?\s]{0,4}(?:社保|养老|医保|保险)[^。？?\s]{0,6}(?:补|贴|帮)",
     "残疾人交社保", "disabled_insurance_subsidy"),
    # 应急管理 — 避灾安置场所 ("台风又要来了 …到时候我们往哪儿去")
    (r"(?:台风|洪水|发大水|暴雨|山洪|泥石流|地震)[^。]{0,40}(?:躲|避难|避险|往哪|去哪|转移|安置)|避灾|避难场所|应急避难", "躲避灾害的去处", "disaster_shelters"),
    # 体育 — 全民健身设施 ("小区里压腿的铁架子松了")
    (r"健身器材|健身路径|健身设施|(?:压腿|拉伸|锻炼|健身)[^。，,]{0,4}(?:的)?(?:铁)?(?:架子|器材|器械|杆子)", "健身设施", "fitness_facilities"),
    # 退役军人 — 烈士纪念 ("爷爷渡江的时候牺牲了…想带他去祭扫")
    (r"烈士|祭扫|(?:牺牲|阵亡)[^。]{0,30}(?:安葬|墓|陵园|名字|纪念)", "烈士纪念、祭扫", "martyr_commemoration"),
    # 民政 — 收养登记 ("愿意让我们带回来当亲生的养"; not "没再生也没抱养": said of oneself)
    # 民政 — 孤儿和家庭寄养 ("前年从福利院把一个…小男孩接回家里养", "帮国家养孩子的人家")
    (r"福利院[^。？?]{0,16}(?:接|领|抱|带)(?:回|到)(?:家|家里|我家)|家庭寄养|寄养(?:家庭|的孩子|在我家)|帮国家养", "替国家养孩子", "orphan_foster_family_subsidy"),
    (r"收养|领养(?![老金])|抱养|过继|(?:带|抱|领)回(?:来|家)[^。]{0,4}当(?:亲生|自己)的?(?:养)?", "收养孩子", "adoption_registration"),
    # 文化 — 残疾人等特殊群体的文化服务 ("想让他出去参加点唱歌讲故事的活动 有没有专门给残疾人搞的")
    (r"活动[^。]{0,20}(?:专门)?(?:给|为|面向)残疾人|(?:给|为|面向)残疾人[^。]{0,8}(?:活动|文化)", "残疾人的文化活动", "targeted_cultural_services"),
    # 教育 — 普惠性幼儿园入园 ("九月份能不能送去上小小班"); 学前资助 ("在雷甸念中班 …这学期的钱实在凑不出")
    (r"找(?:个|家|一个|一家)[^。，,]{0,10}(?:园子|幼儿园|托儿所)|(?:塞|挤|弄)进[^，。,？?\\s]{0,6}(?:园子|幼儿园|托儿所)|(?:送|上|读|进)(?:她|他|孩子|囡)?(?:去|进)?(?:上)?(?:小小班|小班|托班|幼儿园|园里|园子)(?![^，。,]{0,8}(?:钱|费|资助|补助|减免))|入园", "孩子上幼儿园", "kindergarten_enrolment"),
    # "老大已经在读中班了…老二能不能也一起送进去": a younger child into the kindergarten the elder one attends
    (r"(?<=[班园])[^。？?]{0,24}(?:老二|老小|小的|弟弟|妹妹|二宝|小宝)[^。？?，,]{0,10}(?:送|上|读|进)(?:进去|进|去|幼儿园|园)", "孩子上幼儿园", "kindergarten_enrolment"),
    (r"(?:念|读|上)(?:中班|小班|大班|托班|幼儿园)[^。]{0,40}(?:钱|费)[^。，,]{0,8}(?:凑不出|交不起|减|贵|困难|吃力|不少|供不起|付不起|负担不起)", "幼儿园的费用", "preschool_financial_aid"),
    # 交通运输 — 行政村客运班车
    (r"班车|(?:村|镇).{0,10}(?:没车|不通车|坐车)|(?:村|镇)[^。]{0,8}车子[^。]{0,10}(?:勿开|不开|停开|停了|没了)|赶不上车|(?:减|少|停|撤)(?:了|成|到)?[^，。,钱]{0,3}班(?![主级])|班次", "村里坐车", "village_bus"),
    (r"(?:公交|公共汽车)[^。]{0,12}(?:减|少了|停|取消|不准时|没了|撤|不来|太少|等不到|不通|绕)|(?:没有|没|不通)公交"
     # "晚上十点下夜班 连个车都没有…能不能在厂门口加个站"
     r"|(?:加|设|增加|添)(?:个|一个)?(?:站|站点|站台)|连(?:个|一辆|辆)车(?:都|也)没", "坐公交", "public_bus"),
    # 体育 — 公共体育场馆 ("县里那个游泳馆门口全是台阶 轮椅进不去", "体育馆不对外开放")
    (r"(?:游泳馆|游泳池|体育馆|体育场|健身房|球场|篮球场|运动场|操场|健身器材|健身路径)[^。]{0,16}(?:进不去|不开放|不对外|关门|不让进|锁着|收费|太贵|坏了|没人修|时段|开放时间)",
     "体育场馆", "public_sports_venues"),
    # 卫生健康 — 基层医疗 ("村里看病的小诊所医生退休了 门关了半年 配降压药要坐车到镇上")
    (r"(?:诊所|卫生室|卫生院|医务室|卫生站|社区医院)[^。]{0,12}(?:关门|关了|关脱|没医生|没有医生|医生退休|撤了|没了|搬走)|(?:配|拿|开)(?:点)?(?:药|降压药)[^。，,]{0,6}(?:要|得)(?:坐车|跑)",
     "家门口看病", "primary_health_facilities"),
    # 卫生健康 — 计划生育技术服务 (上环、取环、结扎)
    (r"避孕(?:的)?(?:环|圈)|(?:上|放|取|拿掉|摘)(?:个)?环|(?:上|放|戴)了[^，。,]{0,6}的(?:环|圈)|节育|结扎", "避孕节育", "family_planning_technical_services"),
    # 住建 — 垃圾分类 ("小区楼下的桶全撤了 只能早晚定时去指定地方扔")
    (r"垃圾(?:桶|房|站|亭)|(?:桶|垃圾)[^。，,]{0,4}(?:撤|搬走|拿走)|(?:定时|指定)[^。]{0,10}(?:扔|丢|倒)", "扔垃圾", "waste_sorting"),
    # 文化 — 送戏下乡 ("村里老早每年有戏班子来唱越剧 今年一趟也没来")
    (r"(?:戏班|唱戏|做戏|越剧|黄梅戏|京剧|锡剧|湖剧)[^。]{0,16}(?:没来|不来|勿来|没有来|没了|少了|取消|停了|一趟也|一次也|好久没|好几年没)"
     r"|(?:想|要)(?:看|听)(?:戏|越剧|京剧|黄梅戏)|看戏", "村里看戏", "opera_to_villages"),
    # 教育 — 学生营养改善 ("学校中午那顿天天一个素菜 吃不饱", "农村小学孩子加餐的钱")
    (r"(?:学校|食堂)[^。]{0,10}(?:中午|午饭|午餐|那顿|饭菜)[^。]{0,10}(?:吃不饱|太差|素菜|没肉|难吃)|营养餐|加餐|(?:午餐|午饭)(?:补助|补贴)", "学生吃饭", "student_nutrition_programme"),
    # 人社 — 人事档案 ("招工表、转正定级表在厂里的牛皮纸袋里…厂子改制后袋子不知道去哪了")
    (r"档案|招工表|转正定级表|(?:当年|以前|老)的?(?:材料|招工)[^。]{0,10}(?:找不到|丢了|不知道去哪|查)", "人事档案", "personnel_archives"),
    # 广电 — 户户通
    (r"户户通|电视.{0,10}(?:收不到|没信号|看不了|没有信号)|电视[^。]{0,12}(?:雪花|只有[两二三几]个台|没几个台|信号差)", "收看电视", "radio_tv_coverage"),
    # 生态环境 — 噪声; 大气; 水污染; 危险废物
    (r"噪音|噪声|太吵|吵得|轰隆隆|响到(?:天亮|半夜)", "噪音扰民", "noise_light_pollution"),
    (r"废气|臭气|(?:油漆|化工|刺鼻).{0,4}味|烟尘|空气污染", "空气污染", "air_pollution_control"),
    (r"(?:河|河水|井水|水塘|池塘|水质)[^。]{0,12}(?:黑|臭|怪味|污染|死鱼)|偷排|排污|污水", "水污染", "water_pollution_control"),
    # "上游的厂半夜往港里放东西…水面一层沫子…鱼翻白了": something let into the water, told by what it did
    (r"(?:往|朝|向)(?:河|港|江|湖|溪|塘|浜|沟)里[^，。,]{0,4}(?:排|放|倒|流)|(?:鱼|虾)[^，。,]{0,4}(?:翻白|死了|死光|浮起来)|水面[^，。,]{0,6}(?:沫|油|泡)",
     "水污染", "water_pollution_control"),
    # 生态环境 — 辐射安全 (a substation, a mast, high-voltage lines by the home)
    (r"辐射|变电站|变电所|高压线|信号塔|发射塔", "辐射", "radiation_safety"),
    (r"乱倒|偷倒|倒废料|废料|危废|危险废物", "乱倒废料", "hazardous_waste_disposal"),
    # 农业农村 — 畜禽养殖污染
    (r"养猪场|养殖场|养鸡场|养牛场|猪场|(?:养猪|养鸡|养鸭|养牛)的[^。]{0,20}(?:味|臭|粪|污)|猪粪|鸡粪", "养殖场污染", "livestock_pollution_control"),
    # 公安 — 社会治安 (被骗、被偷); 道路交通 (肇事逃逸)
    (r"诈骗|(?<!觉得)(?<!感觉)被骗|(?<!被)骗走|(?<!被)骗了|骗(?:老人|老年人|人)?的?钱|冒充|安全账户|报警|报案|被偷|小偷|被抢|催收|暴力讨债"
     # "电瓶车昨晚停在楼下 早上起来就没了 锁都给剪断了"
     r"|(?:电瓶车|电动车|自行车|摩托车|钱包|手机)[^。]{0,14}(?:没了|不见了|丢了|被撬)|锁[^，。,]{0,4}(?:剪断|撬开|被撬)", "被骗被偷", "public_order_patrol"),
    (r"逃逸|肇事.{0,6}跑|撞了.{0,10}跑了|超载|超员|超速|开(?:得)?(?:很|太|飞)快|塞了[^，。,]{0,6}(?:个|人)", "交通肇事和超载", "road_traffic_safety"),
    # 公安 — a relative gone missing, violence at home: the police first
    (r"走失|走丢|失踪|(?:老公|丈夫|男人|他)[^，。,]{0,8}打我|家暴", "家人走失、家暴", "public_order_patrol"),
    # 公安/网信 — 网络违法和低俗信息 ("平板上网课老跳出不堪入目的广告 还有陌生人拉孩子进群")
    (r"不堪入目|黄色(?:广告|网站|视频|图片)|色情|(?:网上|手机|平板|网课|app|APP)[^。]{0,12}(?:乱七八糟|不健康|低俗|黄色)的?(?:广告|视频|内容|东西)"
     r"|陌生人[^。，,]{0,8}(?:拉|加)[^。，,]{0,6}(?:进群|入群|好友)", "网上的不良信息", "harmful_online_content_report"),
    # 应急/安监 — 安全生产隐患 ("冲床的防护罩老板嫌慢给拆了 上个月有人压断了手指")
    (r"防护(?:罩|网|栏|装置)[^。，,]{0,8}(?:拆|撤|没有|没装|不装)|(?:拆|撤)(?:了|掉)?[^。，,]{0,4}防护|(?:不发|没有|没)(?:安全帽|防护用品|劳保用品)", "安全生产隐患", "work_safety_reporting"),
    # 公安 — 公民个人信息安全保护 (信息泄露, 骚扰推销电话)
    (r"(?:信息|手机号|电话号码|住址)[^。]{0,10}泄露|泄露[^。]{0,6}(?:信息|号码)|骚扰电话|推销电话|陌生电话[^。]{0,6}推销", "个人信息泄露", "personal_information_protection"),
    # 教育 — 中小学生减负 (作业太多, 周末补课)
    (r"作业[^。，,]{0,8}(?:太多|多到|写到|做到)|(?:周末|假期|暑假|寒假)[^。]{0,8}补课|叫去[^。]{0,4}补课|减负", "作业负担和补课", "school_burden_complaint"),
    # 广电 — 应急广播 (村里的大喇叭)
    (r"(?:大喇叭|喇叭|广播)[^。]{0,10}(?:坏|不响|没声)|应急广播", "村里的应急广播", "emergency_broadcasting"),
    # 人力社保 — 社会保障卡
    (r"社保卡[^。]{0,8}(?:丢|掉|挂失|补办|弄丢|坏)", "社保卡挂失补办", "social_security_card"),
    # 市场监管 — 食品; 药品; 消费维权
    (r"食物中毒|上吐下泻|吃坏|变质|过期食品|不卫生", "食品安全", "food_safety"),
    (r"假药|劣药", "假药", "drug_safety"),
    (r"假货|劣质|没有合格证|三无产品|质量问题|保健品|(?:讲座|会销)[^。]{0,30}(?:买了|花了)|(?:没有|没)生产日期|预付|预交|充值卡|办了卡|卷(?:款|钱)|跑路|退(?:不了|不回来?)(?:钱|费|学费)?|(?:学费|钱|费).{0,4}退不(?:了|回)",
     "产品质量和消费维权", "consumer_rights"),
    # 消防 — 消防安全 (隐患); 应急管理 — 安全生产隐患; 自然灾害救助
    (r"楼道.{0,8}(?:充电|堆放|杂物)|飞线充电|消防通道|火灾隐患|消防隐患", "消防隐患", "fire_safety"),
    (r"安全隐患|储罐|(?:不肯|不)停产|违规生产|(?:阀门|管道).{0,4}漏|(?:罐|罐子|管道|阀门|车间)[^，。,]{0,4}泄漏|毒气|(?:安全)?事故[^，。,]{0,4}(?:谁来)?调查|安全检查[^，。,]{0,6}走过场", "安全生产隐患", "work_safety_reporting"),
    (r"(?:台风|洪水|山洪|泥石流|暴雨|地震|冰雹|龙卷风|山体滑坡).{0,20}(?:冲|塌|倒|毁|淹|损失|受灾)|受灾|受了灾|救灾|灾后|灾民|被淹", "受灾", "natural_disaster_relief"),
    # 司法 — 法律援助 (打官司没钱, 抚养费、赡养费, 家暴)
    (r"打官司|请不起律师|没钱请律师|免费(?:的)?律师|不(?:要|收)钱的律师|律师[^。]{0,12}(?:出不起|请不起)|法律援助|赡养费|抚养费|家暴|起诉", "需要法律帮助", "legal_aid"),
    # More ways of telling the same hardships (classes from blind sets 14 and 15, in other words than theirs):
    # 人力社保 — paying into the pension or insurance as a resident who has none ("养老保险能不能帮着交一部分",
    # "想给自己交养老保险和医疗保险")
    (r"(?:社保|养老保险|养老)[^。，,？?]{0,4}(?:能不能|可不可以|能否|可以|好不好)[^。，,？?]{0,4}(?:交|缴|参加|参保)|(?:想|要|能不能|可不可以)给自己(?:交|缴|买)",
     "参加社会保险", "universal_insurance_enrolment"),
    # 人力社保 — 城乡居民养老保险 named by whom it is for ("农村那种养老保险我还能不能交", "想给自己交那个城乡居民养老保险")
    (r"(?:农村|农民|城乡居民|居民)[^。，,？?]{0,6}养老(?:保险)?[^。，,？?]{0,8}(?:交|缴|参加|参保)|(?:交|缴|参加|参保)[^。，,？?]{0,6}(?:农村|农民|城乡居民|居民)[^。，,？?]{0,6}养老",
     "养老保险和养老金", "resident_basic_pension"),
    # 人力社保 — 创业扶持 ("回国的人创业有没有什么扶持，比如贷款贴息或者场地补贴")
    (r"创业[^。，,？?]{0,10}(?:扶持|补贴|贷款|贴息|支持|帮扶|优惠)|贷款贴息|创业贷款|场地补贴", "创业扶持", "entrepreneurship_support"),
    # 民政 — 临时救助: "能不能申请救助", "我们娘几个接下来日子怎么过", "店开不了，家里一点收入都没了"
    (r"申请(?:点|些|一些)?救助|(?:接下来|以后|往后|今后)的?日子(?:该|要)?(?:怎么|咋)过|收入(?:都|也)(?:没了|断了)", "突然遇到的困难", "temporary_assistance"),
    # 民政 — 特困供养: old people nobody supports ("我们这样儿子坐牢的老人，算不算没人养")
    (r"没(?:有)?人(?:养|赡养)(?:我们|我|他们|老人|老)?(?![^，。,]{0,2}(?:猪|鸡|鱼|鸭|牛|羊|花|狗|猫))|无人赡养", "没人赡养的老人", "extreme_poverty_support"),
    # 民政 — 困境儿童 (事实无人抚养): "这种爹妈都不管的孩子", "三个孙子全丢给了我"
    (r"(?:爹妈|爸妈|父母|爸爸妈妈)(?:都|也)?不管(?:的)?(?=孩子|小孩|娃|[，。,？?]|$)", "没人抚养的孩子", "children_in_difficulty"),
    # 卫生健康 — 家庭医生 ("医院能不能上门给他看看", "社区医生能不能帮他管管药")
    (r"(?:医院|卫生院)[^，。,？?]{0,8}上门|(?:帮|给)[^，。,？?]{0,3}管(?:管|一管|一下)?(?:药|吃药)", "家庭医生", "family_doctor_contract"),
    # 卫生健康 — 妇幼保健: a baby born early, a newborn's check-ups ("出院以后孩子要定期复查，去哪里建档")
    (r"早产|(?:宝宝|新生儿|婴儿)[^。]{0,16}(?:复查|体检|建档|保健)", "早产儿和新生儿的保健", "maternal_child_health"),
    # 教育 — 义务教育入学: a move to another school ("孩子转学的手续到底去哪里弄", "要从南浔转到吴兴这边的学校读四年级")
    (r"转学(?:的)?手续|转学到|转(?:到|去|回)[^。，,？?]{0,10}(?:的)?(?:学校|小学|初中|中学)(?:读|上|念)", "孩子转学", "compulsory_school_enrolment"),
    # 教育 — 中等职业教育 ("或者去读个学手艺的学校")
    (r"学(?:手艺|技术)的学校", "读职业学校", "vocational_school_education"),
    # 文化 — 非遗传承 ("评个什么传承人", "这门手艺到我这里就断了"; apprentices below, in context); 送戏下乡; 农村文化礼堂
    (r"传承人|(?:手艺|技艺)[^。]{0,10}(?:断了|断掉|断脱|失传|没人学|没人传|传不下去)", "老手艺的传承", "intangible_cultural_heritage"),
    # ("说是给村民办活动、唱戏用的" says what a building is for: the auditorium's, not a play wanted)
    (r"(?:唱(?:几|一)?(?:场|台)?戏|看戏|听戏)(?!用|的地方|的房子|的台子)|送戏|戏班", "村里看戏", "opera_to_villages"),
    (r"文化礼堂[^。]{0,10}(?:锁|关着|关门|不开|开勿|开不了|空着|没人|没活动)", "村文化礼堂的开放", "rural_cultural_auditorium"),
    # 体育 — 健身场地 ("附近能不能再给我们找一块能锻炼的地方", "能不能帮村里建个小球场"); 群众体育赛事
    (r"(?:锻炼|健身|运动|踢球|打球)的(?:地方|场地)|(?:建|修|造|弄)(?:个|一个|块|一块)?(?:小)?(?:球场|篮球场|足球场|运动场|健身场地)", "健身场地", "fitness_facilities"),
    (r"(?:足球|篮球|排球|乒乓球?|羽毛球|体育|少年|田径)[^。，,？?]{0,4}(?:比赛|联赛|赛事)", "参加体育比赛和活动", "mass_sports_activities"),
    # 应急管理 — 自然灾害 (塌方、山体滑坡); 预警和通知 ("出了事体啥人来通知阿拉"); 防溺水
    (r"塌方|(?:山体|山坡|山)[^。，,？?]{0,2}滑坡|(?:山|山坡|山体)[^。，,？?]{0,4}塌(?:下来|了|掉)", "塌方等灾害", "natural_disaster_relief"),
    (r"(?:转移|撤离|预警)的?通知|(?:出了?事(?:体|情)?|有(?:危险|险情))[^。，,？?]{0,8}(?:谁|啥人|哪个)(?:来)?(?:通知|告诉|叫)", "灾害预警和通知", "emergency_warning"),
    # (a son who drowned years ago is how a family lost him, not a danger asked about: the water named)
    (r"防溺水|(?:池塘|河塘|水塘|山塘|水库|河边|溪边|江边)[^。]{0,16}(?:淹死|溺水)", "防溺水和安全教育", "emergency_self_rescue_training"),
    # 生态环境 — 水污染和水源 ("井水就变浑了", "厂子影响水源谁来管")
    (r"(?:井水|河水|溪水|水源|喝的水)[^。]{0,12}(?:浑|白垢|异味|变色|发黄)|(?:影响|污染|破坏)(?:了)?[^。，,？?]{0,5}水源", "水污染", "water_pollution_control"),
    # 农业 — 农药 ("这种禁用的药是哪里卖出来的", "有些药早就不让用了")
    (r"禁用的?(?:农)?药|(?:农)?药[^。，,？?]{0,6}(?:不让用|禁用|违禁)|高毒农药|违禁农药", "农药的使用和管理", "fertilizer_pesticide_reduction"),
    # 市场监管 — 液化气罐 ("气罐有问题能不能追那个送气的")
    (r"(?:气罐|煤气罐|液化气罐|液化气瓶|煤气瓶|钢瓶|气瓶)[^。]{0,12}(?:爆|有问题|质量|漏气)|送气的", "液化气罐的质量", "consumer_rights"),
    # 公安 — 社会治安 (a money platform gone, a case reported, resources stolen: "偷挖河沙的到底谁来抓")
    (r"报了案|偷挖|盗挖|偷采|盗采|盗伐|偷砍|谁来抓", "被骗被偷、违法的事", "public_order_patrol"),
    # 司法 — 法律援助 ("要不要请律师，我们家也没多少钱", "几个儿子都有赡养义务…能不能找法律帮忙")
    (r"(?:要不要|需不需要|该不该|用不用|是不是要|想)请(?:个)?律师|请律师[^。]{0,10}(?:钱|费)|赡养义务|(?:找|请)法律(?:上的)?(?:帮忙|帮助)|法律(?:上)?帮(?:忙|助)",
     "需要法律帮助", "legal_aid"),
    # Situations of set 16's openings, told in other words than the service's:
    # 人社 — 高校毕业生见习 ("明年六月大学毕业 …想先找个单位让她练几个月手 有补贴的那种")
    (r"毕业[^。？?]{0,30}(?:练(?:练|几个月|一段时间)?手|积累(?:点|些)?(?:工作)?经验)", "毕业生见习", "graduate_internship"),
    # 人社 — 农村劳动力转移就业 ("山里种竹子 一年挣不了几个钱 想出来进厂 他一点门路都没有")
    (r"(?:种田|种地|种竹子|种茶|种菜|山里|乡下)[^。？?]{0,30}(?:想|要)(?:出来|进城)[^，。,？?\s]{0,4}(?:进厂|打工|找活|找工作|上班)", "农民出来找工作", "rural_labour_transfer"),
    # 应急 — 安全生产培训 ("上岗要先去上安全课拿证")
    (r"安全(?:课|培训|生产培训)|上岗[^，。,？?\s]{0,6}(?:培训|考证|拿证)", "安全生产培训", "work_safety_training"),
    # 卫生健康 — 居民健康档案 ("每年都在社区体检 听说记录都存在系统里 我想自己在手机上翻翻看")
    (r"健康档案|(?:体检|看病)[^。？?]{0,12}记录[^。？?]{0,24}(?:查|看|翻)", "自己的健康档案", "resident_health_records"),
    # 体育/卫生 — 科学健身指导 ("想减肥 跑了两个礼拜步膝盖就疼 想找懂行的人教教怎么练")
    (r"(?:减肥|锻炼|跑步|健身)[^。？?]{0,30}(?:懂行的人|教(?:教|一下)?(?:我|怎么练)|指导)|科学健身|健身指导", "健身指导", "fitness_guidance"),
    # 生态环境 — 土壤污染 ("翻地的时候土是黑的 一股怪味 种下去的青菜发黄")
    (r"土壤|(?:土|泥)(?:是黑的|发黑|发臭|有(?:股)?怪味|变色)|(?:地里|田里)[^。，,？?\s]{0,6}(?:污染|怪味|发黑)", "土壤污染", "soil_pollution_control"),
    # 卫生健康 — 基本药物 ("降血压药 老早社区医院里配得着 现在讲呒没哉 要跑大医院去配")
    (r"(?:药)[^。？?]{0,16}(?:配得着|配得到|有的)[^。？?]{0,8}(?:现在|如今)[^。？?]{0,6}(?:没|呒没|配不)|(?:药)[^，。,？?\s]{0,4}(?:配不着|配勿着|配不到|买不到|断货|缺货)", "基本药物", "essential_medicines"),
    # 教育 — 中小学生减负 ("天天写到夜里十一点 周末学校还让交钱来上课")
    (r"写(?:作业)?到(?:夜里|晚上|半夜|深夜)|(?:周末|假期|暑假|寒假)[^。？?]{0,8}(?:交钱)?(?:来|去)?上课", "作业负担和补课", "school_burden_complaint"),
    # 非遗 ("村里小青年呒没一个要学 迭个老东西要断脱哉": an old art nobody learns)
    (r"(?:没有|没|呒没)(?:一个)?人?(?:要学|肯学|愿意学|想学)[^。？?]{0,12}(?:断|传不下去|失传)|(?:要|快)(?:断脱|断掉|失传)", "老手艺的传承", "intangible_cultural_heritage"),
    # 公安 — 个人信息 ("第二天起就有十几个卖奶粉、拍满月照的打电话来，连孩子哪天生的都报得出")
    (r"(?:十几|几十|好多|很多|一堆)个?[^。？?]{0,14}(?:打电话来|打来电话|电话打来)|连[^，。,？?\s]{0,10}都(?:报得出|说得出|知道)", "个人信息泄露", "personal_information_protection"),
    # 应急 — 预警 ("台风来之前一点消息都没收到 …问以后大风大雨的提醒由谁发")
    (r"(?:台风|暴雨|大风|洪水|发大水)[^。？?]{0,6}(?:之前|前)[^。？?]{0,8}(?:消息|通知|预警|提醒)(?:都|也)?(?:没|没有)收到|(?:提醒|预警)[^，。,？?\s]{0,4}(?:由谁|谁)(?:来)?发", "灾害预警和通知", "emergency_warning"),
    # 文化 — 湖州文化云 ("手机上有个平台能给村里社区约唱戏讲座"): booking culture on the platform
    (r"(?:手机上|网上|小程序)[^。？?]{0,10}平台[^。？?]{0,20}(?:约|预约|点单)", "在文化云上预约", "huzhou_culture_cloud"),
    # 市场监管 — 消费维权: a seller who will not take back what broke ("店家说是我们自己摔坏的 不给换也不给修")
    (r"(?:店家|商家|卖家|厂家|网店)[^。？?]{0,16}(?:不给换|不给修|不给退|不肯退|不肯换|不肯修)", "产品质量和消费维权", "consumer_rights"),
    # 住建 — 拆迁安置 ("整村都要搬迁", "老房子正好在红线里…安置房要两年后才能造好…过渡费"; not 安置点, which is also a
    # shelter's in a flood)
    (r"安置房|征迁|(?:老屋|老房子?|房子|屋)[^。，,？?]{0,4}(?:要拆|被拆|拆了|拆掉|拆脱)|(?:整村|全村)[^。，,？?]{0,4}(?:搬迁|拆)|过渡费", "拆迁安置", "shantytown_renovation"),
))

# Situations that are a need only where the story asks about them: told, they are a fact of the story
# ("安置房离镇卫生院倒是近了" says where the clinic is; "村里的卫生室能不能把她要打的针也打了" asks of it).
ASKED_NEEDS: Tuple[Tuple["re.Pattern[str]", str, str], ...] = tuple((re.compile(p), need, sid) for p, need, sid in (
    # 卫生健康 — 基层医疗卫生服务 (乡镇卫生院、村卫生室、村医)
    # ("在镇卫生院食堂烧饭 …像我这样能交吗" says where one works: the clinic asked of is the need)
    # (the village's: "镇卫生院能不能办" asks for a service at the clinic, not of the clinic)
    (r"(?:卫生室|村医)[^。，,？?]{0,12}(?:能不能|可不可以|能否|有没有|会不会|管不管|行不行)"
     r"|(?:能不能|可不可以|有没有)[^。，,？?]{0,8}(?:卫生室|村医)", "村里看病", "primary_health_facilities"),
    # 医疗保障 — paying into medical insurance ("想给自己交养老保险和医疗保险"); told, it is paid already ("一直交着医保")
    # ("单位交个那个医疗保险" is the employees' insurance)
    (r"(?<![位里司])(?<!给我)(?<!给他)(?<!给她)(?:交|缴|买|参加|参保)[^。，,？?]{0,8}(?:医疗保险|医保)", "参加医疗保险", "resident_medical_insurance"),
))

# Situations that are a need only where the rest of the story gives the context (the situation, the context).
NEEDS_IN_CONTEXT: Tuple[Tuple["re.Pattern[str]", str, str, "re.Pattern[str]"], ...] = tuple(
    (re.compile(p), need, sid, re.compile(c)) for p, need, sid, c in (
    # 民政 — 居家养老: someone to look in on an old person ("有没有人能定期上门看看他", "平时有没有人上门照看一下");
    # "屋顶漏了，有没有人上门来看看" is the roof's
    (r"(?:有没有|有|没)人[^，。,？?]{0,6}(?:上门|来家里|到家里)(?:来)?(?:看看|看一看|看一下|照看|看望|探望)|上门照看", "有人上门看看老人", "home_based_elderly_care",
     r"老人|老太|老头|老伴|爷爷|奶奶|外公|外婆|[六七八九]十|父亲|母亲|我爸|我妈|舅舅|一个人住|独居|孤老|老年"),
    # 民政 — 困境儿童: children left to grandparents ("三个孙子全丢给了我"); "活都甩给我" is work
    (r"(?:全|都)?(?:丢|扔|甩)给(?:了)?(?:我|奶奶|爷爷|外婆|外公|老人)", "没人抚养的孩子", "children_in_difficulty",
     r"孙子|孙女|外孙|孩子|小孩|娃"),
    # 残联 — 残疾儿童康复 (人工耳蜗) for a child
    (r"人工耳蜗", "人工耳蜗和听力康复", "disabled_children_rehabilitation",
     r"孩子|儿子|女儿|小孩|孙子|孙女|外孙|学生|读书|上学|中学|小学|宝宝|娃"),
    # 非遗: apprentices for a craft ("带徒弟有没有补助" of the brush maker)
    (r"(?:带|收)徒弟", "老手艺的传承", "intangible_cultural_heritage", r"手艺|技艺|非遗|传承|传下去|老行当|传统|手工"),
    # 公安: money put on a platform that has gone ("平台打不开了", "投资软件提不出来")
    (r"(?:平台|理财|投资|APP|app|软件)[^。]{0,16}(?:打不开|跑路|提不出|取不出|联系不上)", "被骗被偷、违法的事", "public_order_patrol",
     r"钱|万|利息|理财|投资|转账|充值"),
    # 工伤: a hand hurt by the machine or the tool, in a story of a job ("在织里童装厂踩机器，那个，手指被针扎穿了")
    (r"(?:手指|指头|手掌|手|脚|腿|胳膊|手臂|眼睛)[^，。,？?\\s]{0,3}被[^，。,？?\\s]{0,6}(?:扎穿|扎破|扎伤|割伤|割破|割断|切断|切掉|压断|压伤|压扁|轧断|轧伤|夹断|夹伤|卷进|烫伤|砸伤|砸断)",
     "工伤", "work_injury_insurance", r"厂|车间|工地|机器|机床|冲床|上班|干活|工位|流水线|老板"),
    # 职业病: a cough or the lungs of someone who worked in a mine or in dust ("井下…老是咳嗽", "肺有问题")
    (r"尘肺|矽肺|硅肺|石棉肺|肺[^。，,？?]{0,6}(?:有问题|有阴影|不好)|咳嗽|胸闷|胸口闷|(?:矿上|厂里|车间|井下|工地)落下的",
     "职业病", "occupational_disease_diagnosis", r"矿上|矿井|煤矿|矿山|矿里|下矿|井下|粉尘|石料|采石|打磨"),
    # 职业病防治 (高温作业): heatstroke at work ("工地上…热射病", "高温天气不让休息")
    (r"中暑|热射病|防暑降温|高温[^。，,？?]{0,6}(?:不让|不给)(?:歇|休息)", "高温作业和中暑", "occupational_hazard_supervision",
     r"工地|上班|干活|车间|老板|厂里|工厂|单位"),
    # poisoned by the pesticide one was hired to spray ("帮人打药…说是农药中毒…我是按天拿工钱的")
    (r"(?:农药|打药|喷药)[^。，,？?]{0,4}中毒|中毒[^。，,？?]{0,4}(?:打药|喷药)", "干活时中毒", "occupational_hazard_supervision",
     r"工钱|雇|老板|上班|干活|工地|厂里"),
    # a newborn's follow-up visits ("出院以后孩子要定期复查，去哪里建档") in a story of a birth
    (r"(?:孩子|小孩|宝宝)[^。，,？?]{0,10}(?:复查|体检|建档|保健)", "早产儿和新生儿的保健", "maternal_child_health",
     r"早产|新生儿|刚出生|刚生|满月|几个月大|双胞胎|坐月子"),
    # 特殊教育: a teacher of their own, a seat in front, for a child who cannot hear or see ("有专门老师的学校")
    (r"专门(?:的)?老师|坐(?:到|在)?(?:最)?前(?:面|排)", "残疾孩子上学", "special_education_school",
     r"残|聋|听不清|听力|助听|耳蜗|盲|看不见|智力|智障|自闭|孤独症|脑瘫|多动"),
    # 市场监管: opening a place that sells food ("开一家做日式便当的小店…开店要先办哪些证，卫生条件有什么要求")
    (r"开(?:店|饭店|餐馆|面馆)[^。，,？?]{0,10}(?:证|许可|执照)|卫生条件|营业执照|食品经营许可|健康证", "开饭店的证照和卫生", "food_safety",
     r"便当|饭店|餐馆|面馆|小吃|早餐|食品|奶茶|熟食|烧烤|餐饮|饭菜"),
    ))

# "住院的费用能不能让他们赔", "看病的钱能找谁要", "医药费谁出", "帮工的医药费也要我出": the cost of the
# treatment is claimed from whoever caused the harm (an employer, a cook, a seller), not met by 医疗救助
CLAIMED = re.compile(r"(?:钱|费|费用)[^，。,；;？?！!]{0,10}(?:赔|谁出|谁来出|谁付|谁承担|找谁要|找[^，。,；;？?]{1,6}要|让[^，。,；;？?]{1,6}(?:出|付|承担)|要我出)")
CLAIMED_NOT = frozenset({"medical_assistance"})
# A treatment told in a story is a need of 医疗救助 where the story speaks of what it costs: "老母亲要按时去镇上透析，
# 只能让人背着走小路" tells why the road matters, not a bill. (A short message is a question, told or not: "看不起病".)
COSTS = re.compile(r"钱|费|花|贵|借|负担|报|掏|万|千|块|救助|补助|补贴|困难|拿不出|付不起|吃不消|撑不住|交不起|看不起|治不起|押金|多少|收入|医保|大病")
COSTED = frozenset({"medical_assistance"})
STORY_CHARS = 40

# A general need the story also tells more precisely gives way to the precise one:
# "残疾" alone is the living subsidy, unless the story says which help (护理, 康复, 辅具 …).
GIVES_WAY = {
    # "儿子坐轮椅…游泳馆门口全是台阶 轮椅进不去": a wheelchair says who goes there, not a device wanted
    "assistive_devices": frozenset({"public_sports_venues", "consumer_rights"}),
    # the loss of a storm told beside a question about its warning ("上回台风来之前一点消息都没收到，塘埂冲垮")
    "natural_disaster_relief": frozenset({"emergency_warning"}),
    # the plays booked on the platform ("约唱戏讲座") are the platform's
    "opera_to_villages": frozenset({"huzhou_culture_cloud"}),
    "disabled_living_subsidy": frozenset({
        "severe_disability_care_subsidy", "disabled_insurance_subsidy", "rental_housing_subsidy", "disabled_children_rehabilitation", "assistive_devices",
        "psychiatric_medication_coverage", "sunshine_home_day_care", "disability_rehabilitation",
        "special_education_school"}),
    "compulsory_school_enrolment": frozenset({"migrant_children_enrolment", "special_education_school"}),
    "disability_rehabilitation": frozenset({"disabled_children_rehabilitation", "sick_disabled_child_rehab_subsidy",
                                            "severe_disability_medical_security"}),
    # (and paying into it gives way to the federation's subsidy for paying: "残疾人交养老保险医保有没有补贴")
    "resident_medical_insurance": frozenset({"severe_disability_medical_security", "newborn_medical_insurance",
                                            "cross_region_medical_settlement", "disabled_insurance_subsidy"}),
    # the residents' pension paid by a disabled resident: the federation's subsidy for paying it ("想自己交城乡居民养老保险，
    # 听说残疾人缴费有补贴")
    "resident_basic_pension": frozenset({"disabled_insurance_subsidy"}),
    # a lawyer wanted for the arbitration: the arbitration's legal aid says both
    "labour_dispute_arbitration": frozenset({"arbitration_legal_aid"}),
    # a disease of the work asked about as a check ("粉尘老大了，咳嗽一直不好，想做个职业健康检查") is the check
    "occupational_disease_diagnosis": frozenset({"occupational_health_examination"}),
    "temporary_assistance": frozenset({"family_planning_special_assistance"}),
    # "白天有人照看的地方" for a disabled daughter is 阳光家园's, not an elder's home-based care
    "home_based_elderly_care": frozenset({"sunshine_home_day_care"}),
    "veteran_resettlement": frozenset({"veteran_employment", "veteran_education_training"}),
    # out of work and asking for money to tide over: the benefit, not the job-seeking help
    "employment_assistance": frozenset({"veteran_employment", "unemployment_insurance_benefit"}),
    "kindergarten_enrolment": frozenset({"preschool_financial_aid"}),
    "entrepreneurship_support": frozenset({"veteran_education_training"}),
    "vocational_skills_training": frozenset({"veteran_education_training"}),
    # paying into social insurance at all gives way to the scheme the story names (城乡居民养老保险, 残疾人交社保补贴)
    "universal_insurance_enrolment": frozenset({"resident_basic_pension", "employee_basic_pension", "disabled_insurance_subsidy"}),
    # a workshop's noise told in a story of occupational deafness is the workplace's hazard, not the neighbours'
    "noise_light_pollution": frozenset({"occupational_disease_diagnosis", "occupational_health_examination"}),
}
# A general need gives way to a precise one only where the story tells what makes it precise: the jobs offered to
# anyone ("听说政府能帮着介绍工作") are the help for those who cannot find work where the story tells that hardship
# ("厂子倒了 他四十八岁 到处投简历人家嫌年纪大 …两个大人都没工作")
GIVES_WAY_WHEN = {
    "employment_services": (frozenset({"employment_assistance"}),
                            re.compile(r"失业|没(?:有)?工作|下岗|倒闭|厂子?倒了|被辞退|裁员|被裁|嫌(?:我|他|她)?年纪大|年纪大了?没人要|找不到(?:工作|事做|活)|没人要|摇头")),
}
# A word that says who the resident is more than what they ask for ("残疾人家庭是不是优先"):
# it does not make a question about one service a question about two.
WHO_NOT_WHAT = frozenset({"disabled_living_subsidy"})
# A need only a story of money trouble has: the living subsidy is for disabled residents of poor households
# (国发〔2015〕52号: 低保家庭中的残疾人 …); "有听力残疾证，想学个技术" asks for training, not it.
ONLY_WITH = {
    # a pregnancy is a need of the maternal health service where the story is about its care (产检, 建档, a
    # hospital), not where it only says who is worried (a substation near a pregnant woman's flat) or what the
    # insurance should pay (生育保险)
    "maternal_child_health": re.compile(r"产检|建档|孕检|保健|检查|体检|复查|医院|B超|待产|分娩|妇幼|孕吐|胎"),
    # the federation's rehabilitation is for disabled residents: rehab after an operation (a hip replaced) is the
    # hospital's, unless the story tells a disability too
    "disability_rehabilitation": re.compile(r"^(?![\s\S]*(?:手术|置换|术后|出院))|残|瘫|截肢|中风|脑梗|脑瘫|自闭|孤独症|听障|视障|失明|聋|盲|肢体|智力|智障|精神|发育"),
    # 阳光家园 is for residents with intellectual, mental or severe disabilities; an elder with dementia who needs
    # watching in the day is the civil-affairs body's home-based care (above)
    "sunshine_home_day_care": re.compile(r"残疾|残障|智力|智障|精神|脑瘫|自闭|孤独症|唐氏|残联|残疾证"),
    # a device is a need where the story speaks of one (or of getting about, hearing, seeing better): "老母亲眼睛全看不见
    # …房租一年比一年贵" says who needs the rent paid, not a device wanted
    "assistive_devices": re.compile(r"助听|轮椅|拐杖|假肢|盲杖|辅具|辅助器具|器具|助行|助视|放大镜|无障碍|盲道|配(?:个|副|一副|一个)|出门|走路|下楼|看清|听清|看不清|听不清|听得见|看得见|摔|行动不便"),
    # the insurance subsidy is the federation's for disabled residents; anyone else's premiums are no need of it
    "disabled_insurance_subsidy": re.compile(r"残疾|残障|残几证|残疾证|截肢|截了|瘫|聋|盲|智力|精神|脑瘫|耳朵不好|眼睛看不见"),
    # money to tide over is the unemployment benefit where the story tells of work lost; "只给了一点过渡费" after a
    # house was pulled down is the relocation's
    "unemployment_insurance_benefit": re.compile(r"失业|厂|工作|下岗|辞退|裁员|被裁|倒闭|上班|工资|单位|公司|老板|打工|干活|活干|没活|找活|岗位|退休"),
    "disabled_living_subsidy": re.compile(r"低保|困难|贫困|没(?:有)?收入|收入.{0,4}(?:低|少|不高|没)|生活费|揭不开锅|过不下去|穷|缺钱|没钱"
                                          r"|负担|吃不消|撑不住|拿不出|不够|补贴|补助|救助|帮扶|一分钱|几百块|靠.{0,6}(?:养|过)"
                                          # "一个月就一点钱", "政府有补一点"
                                          r"|一点(?:点)?钱|没几个钱|补(?:一点|点|些)"),
}
# A need only told (not asked about) stands only with its context: a school told is a need when the story is
# about entering it ("九月要上小学", "明年要上初中", a family from elsewhere), not when a child goes there already
# ("现在孩子去镇上读初中只能坐黑车"); "孩子上学有没有人能帮着照看" asks, and stands.
TOLD_ONLY_WITH = {
    "compulsory_school_enrolment": re.compile(r"(?:要|该|准备|想)(?:上|读)|明年|今年|九月|秋天|下半年|满[六七]岁|报名|入学|积分|户口|外地|外省|随迁"
                                              r"|证明|材料|手续|转学|学位|划片|招生|插班|上学的事|读书的事|(?:不收|不让|上不了|读不了|进不了)"
                                              r"|[接带](?:过来|来|到这边|到身边)"),
}
MAX_NEEDS = 3
# "…请问这些事情分别找谁？", "这几件事": the resident says they ask about several things
# "…茶园的事找谁，房子的事又找谁": two matters in one question, or a second one ("又找谁")
SEVERAL = re.compile(r"分别|这几件|这些事|几件事|两件事|三件事|这几样|这两样|一起告诉"
                     r"|的事[^。？?]{0,10}[，,、][^。？?]{0,12}的事|又(?:该|要|得)?(?:找谁|归谁|找哪|去哪|向哪|谁管)"
                     # "到底先找劳动部门还是找法院", "是找医保局还是找民政": a choice between bodies asks about both matters
                     r"|找[^，,。？?！!]{1,8}还是(?:找|去|到)?[^，,。？?！!]{1,8}[？?]?")

# A sentence that asks: "请问…", "想问…", "…吗", "…有没有…", "…怎么办", or one that ends in ？.
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?\n]*")
ASKS = re.compile(
    r"[？?]\s*$|^\s*问(?!题)|请问|想问|问问|问一下|咨询|询问|听说|能否|可否|是否|有没有|有无|能不能|可不可以|[吗伐][？?。，,]?\s*$|够不够|符不符合|符合不符合|行不行|是不是|要不要|该不该|需不需要|用不用|有份|来得及"
    r"|怎么(?:办|申请|领|弄|报|打|去)|如何|哪里|去哪|在哪|哪个部门|找谁|谁来|谁管"
    # any A-not-A question ("合不合法", "管不管", "算不算"), not the adverbs 动不动, 时不时
    r"|((?![动时])[\u4e00-\u9fff])不\1")


# A message typed as a chat, its clauses parted by spaces and no full stop or question mark at all ("老头子中风三年哉
# 药钿一个号头要八百 … 侬讲政府好帮阿拉一把伐"): each clause is a sentence, as the full stops would make them
_CHAT_CLAUSE = re.compile(r"[^\s]+\s*")


# "小的六岁想带过来上一年级 中不中": a clause that is only a tag question asks of the clause before it
_TAG_QUESTION = 4


def asked_spans(text: str, clauses: bool = False) -> List[Tuple[int, int]]:
    """Where the story asks (start, end of each asking sentence; with clauses, of each asking clause
    of a message typed as a chat)."""
    text = text or ""
    if not clauses or re.search(r"[。！？!?\n]", text):
        return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if ASKS.search(m.group(0))]
    parts = [(m.start(), m.end(), m.group(0)) for m in _CHAT_CLAUSE.finditer(text)]
    spans = []
    for i, (start, end, part) in enumerate(parts):
        if ASKS.search(part):
            if len(part.strip()) <= _TAG_QUESTION and i > 0:
                start = parts[i - 1][0]
            spans.append((start, end))
    return spans


def _is_said_of_oneself(text: str, start: int) -> bool:
    return bool(_NOT_A_NEED_BEFORE.search(text[max(0, start - 3):start]))


# "他自己也想早点好起来找份工作": a job wished for once one is well again, told of someone ill, is not a need of
# the story (asked — "等他好一点了，有没有地方帮他重新找个工作" — it is)
_ONCE_WELL = re.compile(r"(?:好起来|病好了?|治好了?|康复了?|好一点了?)(?:以后|之后|了)?[^，。,；;？?]{0,4}$")
ONCE_WELL_NOT = frozenset({"employment_assistance"})
# "女儿还在读初中", "那孩子现在都上初中了": a child at school already, told, wants no school place
_ALREADY = re.compile(r"(?:还在|正在|已经在?|现在在|一直在|都已经|都)$")
ALREADY_NOT = frozenset({"compulsory_school_enrolment"})
# "我们去民政办了正式的收养手续": a procedure the family has done already, told, is no need of it
DONE_ALREADY = {
    "adoption_registration": re.compile(r"(?:办了|办好了|办过|办完了?)[^，。,？?\s]{0,6}收养|收养(?:的)?手续[^，。,？?\s]{0,4}(?:办了|办好|办完|都办)"),
}
# "二〇一三年查出来尿毒症 透析了三年还是走了": the treatment of someone who has died, told without a debt it left, is
# how the family lost them, not a bill to be helped with
_DIED_AFTER = re.compile(r"[^，。,？?]{0,12}?(?:还是|最后|后来)?(?:走了|去世|过世|没了|死了|走脱)")
_DEBT = re.compile(r"欠|借|债|花了|花光|掏空|医药费|医疗费|药费|费用|钱")
DIED_NOT = frozenset({"medical_assistance", "poor_child_illness_charity"})


def named_in(text: str) -> List[Tuple[int, int, str, str]]:
    """(start, end, word, service) for each service the story names by its catalogue name or an
    alias of four characters or more (shorter ones are everyday words: 低保户, 消防), longest first."""
    spans: List[Tuple[int, int, str, str]] = []
    for word, service in _names():
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if not any(a < end and at < b for a, b, _, _ in spans):
                spans.append((at, end, word, service))
            at = text.find(word, end)
    return sorted(spans)


def candidates(text: str) -> List[Tuple[int, int, str, str]]:
    """(asked? 0 : 1, position, need, service) for every need the story tells, first mention each.
    A service named outright where the story asks is a need; the words inside its name are
    not another service's need (大病 in 贫困家庭儿童大病慈善救助)."""
    text = simplified(text or "")  # "讀小班", "學費": the patterns are written in simplified characters
    asked = asked_spans(text, clauses=True)
    found: Dict[str, Tuple[int, int, str, str]] = {}
    named = named_in(text)
    # (a service named in a chat is asked of by any of its clauses: "残疾儿童康复补贴 孩子有残疾证的 南浔哪里办")
    asked_in_sentences = asked_spans(text)
    for start, _, word, service in named:
        # named where it asks ("听说有…", "…怎么申请"): a name in what is told is a place or
        # a fact ("住在村文化礼堂里", "已经认定为特困供养"), not what is asked for
        if any(a <= start < b for a, b in asked_in_sentences) and not _is_said_of_oneself(text, start):
            key = (0, start)
            if service not in found or key < found[service][:2]:
                found[service] = (*key, "", service)  # no need in other words: the service's own name says it
    situations = [(pattern, need, service, False) for pattern, need, service in NEEDS]
    situations += [(pattern, need, service, True) for pattern, need, service in ASKED_NEEDS]
    situations += [(pattern, need, service, False) for pattern, need, service, context in NEEDS_IN_CONTEXT
                   if context.search(text)]
    for pattern, need, service, asked_only in situations:
        for match in pattern.finditer(text):
            if _is_said_of_oneself(text, match.start()) or any(
                    a <= match.start() < b and sid != service for a, b, _, sid in named):
                continue
            in_question = any(a <= match.start() < b for a, b in asked)
            if asked_only and not in_question:
                continue
            if service in DIED_NOT and not in_question and _DIED_AFTER.match(text, match.end()) and not _DEBT.search(text):
                continue
            if service in ALREADY_NOT and not in_question and _ALREADY.search(text[max(0, match.start() - 4):match.start()]):
                continue
            if service in ONCE_WELL_NOT and not in_question and _ONCE_WELL.search(text[max(0, match.start() - 12):match.start()]):
                continue
            key = (0 if in_question else 1, match.start())
            if service not in found or key < found[service][:2]:
                found[service] = (*key, need, service)
    for service, context in ONLY_WITH.items():
        if service in found and not context.search(text):
            del found[service]
    for service, done in DONE_ALREADY.items():
        if service in found and done.search(text):
            del found[service]
    for service in passing_mentions(text, found):
        del found[service]
    if CLAIMED.search(text):
        for service in CLAIMED_NOT & set(found):
            del found[service]
    if len(text) >= STORY_CHARS and not COSTS.search(text):
        for service in COSTED & set(found):
            if found[service][0] == 1:
                del found[service]
    precise = set(found)
    for general, specific in GIVES_WAY.items():
        if general in found and specific & precise:
            del found[general]
    for general, (specific, told) in GIVES_WAY_WHEN.items():
        if general in found and specific & precise and told.search(text):
            del found[general]
    return sorted(found.values())


_PROVINCES = r"(?:河南|安徽|江西|四川|贵州|云南|湖北|湖南|山东|河北|山西|陕西|甘肃|广西|广东|福建|重庆|黑龙江|吉林|辽宁|内蒙古?|新疆|宁夏|青海|海南|江苏)"
def passing_mentions(text: str, found: Optional[Dict[str, Tuple[int, int, str, str]]] = None) -> List[str]:
    """Services a story mentions only in passing, told and not asked, without the context that
    makes them a need ("老大七岁上小学了不用管": a child already at school, no school place wanted)."""
    if found is None:
        found = {}
        text = simplified(text or "")
        asked = asked_spans(text, clauses=True)
        for pattern, need, service in NEEDS:
            if service in TOLD_ONLY_WITH:
                for match in pattern.finditer(text):
                    key = (0 if any(a <= match.start() < b for a, b in asked) else 1, match.start())
                    if service not in found or key < found[service][:2]:
                        found[service] = (*key, need, service)
    return [service for service, context in TOLD_ONLY_WITH.items()
            if service in found and found[service][0] == 1 and not context.search(text)]


_MIGRANT = re.compile(rf"(?:我|我们|俺|他|她)(?:是|都是)?{_PROVINCES}(?:的|人|那边的)|{_PROVINCES}(?:过来的|来的)|外地户口|户口(?:还|都|一直)?在(?:老家|外地|外省)|回户籍地|户口不在(?:这|湖州|本地)|外地人|外地来的|外省来的|从外地|老家在外地|随迁")
# What the rest of the story says about who the resident is makes a need another service of the same
# body: school for a child of a family from elsewhere (…一个上小学，我们是外地来的); a bus in a village is
# the village bus.
IN_CONTEXT = (
    (_MIGRANT, ("孩子上学", "compulsory_school_enrolment"), ("外地户口孩子上学", "migrant_children_enrolment")),
    (re.compile(r"村|乡下|山里|山区|镇上"), ("坐公交", "public_bus"), ("村里坐车", "village_bus")),
    # "老母亲…一级视力残疾 有证的 …租房住 房租一年比一年贵": a disabled family's rent
    # ("儿子十二岁 自闭症 离不开人", "女儿耳朵听不见": a disability told by the condition, not the word)
    (re.compile(r"残疾|残疾证|残障|自闭症|孤独症|脑瘫|唐氏|智力障碍|智障|聋哑|听不见|看不见|失明|瘫痪|截肢"),
     ("房租负担", "public_rental_housing"), ("残疾人家庭租房", "rental_housing_subsidy")),
    (re.compile(r"残疾|残疾证|残障|脑瘫|唐氏|智力障碍|智障|聋哑"), ("每个月的生活费", "minimum_living_allowance"),
     ("家里有残疾人", "disabled_living_subsidy")),
    # (领取资格认证 is of both pensions: a resident who never worked for an employer draws the residents')
    (re.compile(r"城乡居民|农保|新农保|居民养老|(?:没有|没|无)(?:单位|退休工资)"), ("养老金领取资格认证", "employee_basic_pension"),
     ("养老金领取资格认证", "resident_pension_benefit")),
    # a serviceman back from the army: his job, his business, are the veterans' services
    (re.compile(r"(?:当|服)(?:了|过)?[^，。,]{0,6}兵[^。]{0,12}(?:回来|退)|退伍|退役|复员"), ("创业扶持", "entrepreneurship_support"),
     ("退役士兵的培训和创业扶持", "veteran_education_training")),
    (re.compile(r"(?:当|服)(?:了|过)?[^，。,]{0,6}兵[^。]{0,12}(?:回来|退)|退伍|退役|复员"), ("没有工作", "employment_assistance"),
     ("退役军人找工作", "veteran_employment")),
    # a lawyer for an arbitration of one's work is the arbitration's legal aid
    (re.compile(r"仲裁"), ("需要法律帮助", "legal_aid"), ("劳动仲裁的法律援助", "arbitration_legal_aid")),
)

NAMED_IN_CONTEXT = frozenset({"compulsory_school_enrolment"})


def needs(text: str, body_of: Optional[dict] = None) -> List[Tuple[str, str]]:
    """(need, service id) for the separate hardships a story tells: what it asks about
    first, then what it tells, in the order told; one per service, at most three.
    body_of (service id → body) spreads the offers over bodies: a second service of a
    body waits until every body found has one."""
    ranked = [(need, service) for _, _, need, service in candidates(text)]
    text = simplified(text)
    for context, general, precise in IN_CONTEXT:
        if context.search(text):
            # (a school named in everyday words, "明年九月想让他就在这边读一年级", is read in context as told)
            ranked = [precise if (need, service) == general or not need and service in NAMED_IN_CONTEXT and service == general[1]
                      else (need, service) for need, service in ranked]
    present = {service for _, service in ranked}
    ranked = [(need, service) for need, service in ranked if not GIVES_WAY.get(service, frozenset()) & present]
    ranked = [pair for i, pair in enumerate(ranked) if pair[1] not in {sid for _, sid in ranked[:i]}]  # first each
    if body_of is None:
        body_of = _bodies()
    chosen: List[Tuple[str, str]] = []
    seen_bodies = set()
    for need, service in ranked:
        body = body_of.get(service, service)
        if body not in seen_bodies:
            chosen.append((need, service))
            seen_bodies.add(body)
    for pair in ranked:
        if pair not in chosen:
            chosen.append(pair)
    if len(seen_bodies) < 2:
        chosen = chosen[:1]  # several services of one body: one need, the finder knows which service best
    chosen = chosen[:MAX_NEEDS]
    order = {pair: i for i, pair in enumerate(ranked)}
    return sorted(chosen, key=order.__getitem__)


_BODY_OF: dict = {}
_NAMES: List[Tuple[str, str]] = []
NAMED_CHARS = 4  # a name or alias this long names its service in a story


def _catalogue():
    """The catalogue: the process's open knowledge base when there is one (the action server's,
    already read — loading the YAML again would take seconds, past the action timeout), else
    the shipped YAML."""
    from knowledge_base import repository

    opened = getattr(repository, "_shared", None)
    if opened is not None:
        return opened.catalogue
    from knowledge_base.loader import load_catalogue

    return load_catalogue()


def _read() -> None:
    if not _BODY_OF:
        services = _catalogue().services
        words = {(w, s.id) for s in services for w in (s.name, *s.aliases) if len(w) >= NAMED_CHARS}
        _NAMES[:] = sorted(words, key=lambda ws: (-len(ws[0]), ws))
        _BODY_OF.update({s.id: s.agency_body for s in services})


def _names() -> List[Tuple[str, str]]:
    """(name or alias, service id), longest first, from the catalogue."""
    _read()
    return _NAMES


def _bodies() -> dict:
    """service id → the body that does the work today (agencies.yml), from the catalogue."""
    _read()
    return _BODY_OF
