"""Everyday business of the public bodies that the catalogue has no record for.

bot/triage.py's GAPS name the topics first met in residents' questions; these are
the rest of each body's everyday business as residents meet it at a counter or on
the 12345 line (ID cards and licences at the police, property management and lift
retrofits at the housing bureau, minimum wage and paid leave at human resources …),
grouped by the body that does the work today (agencies.yml) and the outline's
sub-area whose 责任单位 it is closest to (the body must be among that sub-area's
责任单位, old or new name: tests/bot/test_triage.py checks it). Nothing here is a
service fact: a gap answer only says the catalogue has no entry, names the body
and its county office, and gives 12345 (bot/triage_answers.py).

Topics a catalogue service answers are left out (消费维权, 噪声, 农药减量 …): the
finder sends those to the service. A service named outright still wins over a
topic here (actions/service_answers.py).
"""
from __future__ import annotations

import re

from bot.gap import Gap
from bot.gap_topics_people import EARLY as PEOPLE_EARLY, TOPICS as PEOPLE
from bot.gap_topics_places import EARLY as PLACES_EARLY, TOPICS as PLACES

__all__ = ["Gap", "TOPICS"]

_FIRST = (
    # (set 26) a 户口 moved and told as done ("户口也迁过来了 …俺想自己交一份养老") is the story's background, not the ask;
    # (set 31) so is an identity card lost and replaced ("她的身份证前年丢过补了一张 这样办得成吗": the papers for a marriage)
    (re.compile(r"(?:办|补办|换|领|申领|补|挂失)(?:个|张|一张)?(?:临时)?身份证|临时身份证|身份证(?!号).{0,6}(?:丢|补办|补领|过期|到期|换证|挂失)(?![^，。,\s]{0,6}(?:补了|补好了|补办了|补办好了|补过了|换好了))"
                r"|上户口|报户口|迁户口|户口(?:本|簿)?.{0,3}(?:迁移|迁出|迁入|迁回|迁过|迁到湖州|签到|前移)(?![^，。,\s]{0,3}了)|户口(?:本|簿).{0,4}(?:丢|补|改|写错)|户口(?:本|簿)[^。，,]{0,10}(?:弄丢|丢了|遗失|不见了|找不到了|补办|补一本|补个|补领)"
                r"|户籍证明|落户(?:湖州|到|条件|手续|要)|新生儿落户|(?:办|申领|续|换)(?:个|张)?居住证|居住证.{0,6}(?:办理|怎么办|在哪|去哪|到期|过期|续|签注)|身份证(?!号).{0,6}(?:被人|冒用|盗用|被冒)(?!.{0,8}泄露)|护照|港澳通行证|台湾通行证|签注|出入境"
                r"|驾照|驾驶证|车管所|(?:电动|电瓶|摩托|机动)?车.{0,4}上牌|违章(?!建筑|搭建)|无犯罪记录|犬证|狗证|办狗"
                # 电信网络诈骗: reporting and prevention are the police's (反诈, 96110); a leak of personal
                # information behind the calls is the catalogue's 公民个人信息安全保护
                r"|^(?![^\n]*(?:泄露|个人信息))[^\n]*?(?:诈骗|反诈|安全账户|刷单|冒充(?:公安|警察|公检法|客服))"
                # (set 34) someone posing as a village cadre, a teacher or a relative to collect money ("有人在村里的微信群里冒充村支书
                # 让每户交五百块修路集资款"), before the transport body's 修路
                r"|(?:冒充|假冒|假扮|冒名|装成|装作)[^。，,\s]{0,6}(?:村支书|支书|书记|村长|村主任|主任|村干部|干部|领导|老师|班主任|工作人员|社区|亲戚|熟人|老板)"
                r"[^。]{0,30}(?:交|转|汇|打|收|借|要)[^。]{0,12}(?:钱|款|块|元|万)"
                # the usual scripts of a fraud call ("说她涉嫌洗钱", "通缉令", "账户要冻结") and money sent to a caller who vanished
                r"|(?:电话|短信|来电|打来).{0,12}(?:涉嫌|洗钱|通缉|逮捕|冻结)|涉嫌洗钱|洗钱案"
                r"|(?:转|汇|打)了.{0,8}(?:过去|给(?:他|她|对方|他们)).{0,10}(?:找不到|联系不上|不见|拉黑|不回)"),
     Gap("户籍、身份证、出入境、驾驶证和车辆登记、养犬登记等公安业务", "8.1", "public_security")),
    # before transport: an emissions test failed at the annual inspection is the environment bureau's
    # old diesel lorries retired (国三淘汰) are the environment bureau's, as their exhaust is
    (re.compile(r"环评|环境影响评价|尾气|排污许可|(?:国[一二三四]|黄标|老旧柴油)[^，。,]{0,10}(?:淘汰|补贴|限行|报废)"),
     Gap("环境影响评价、机动车尾气等生态环境事务", "7.1", "ecology_environment")),
    # a private car's annual inspection (机动车安全技术检验): 道路交通安全法 第十三条 has the police's traffic
    # administration issue the inspection mark (booked through 交管12123); a passenger or goods vehicle's yearly
    # review (道路运输证审验) is the transport body's, below. After 尾气 (the environment body's, above)
    (re.compile(r"^(?![^\n]*(?:营运|货运|客运|出租车|网约车|道路运输证|大货车|渣土车))[^\n]*?(?:(?:汽车|车辆|车子|私家车|小车|轿车|小汽车|摩托车|机动车|面包车|家里的车|我的车)[^，。,]{0,6}(?:年检|年审)"
                r"|机动车(?:安全技术)?检验|(?:检测站|检车站).{0,6}(?:预约|排队|在哪|哪里)|免检标志|检验合格标志|交管12123|12123)"),
     Gap("机动车年检（安全技术检验）和检验合格标志等公安交管业务", "8.1", "public_security")),
    (re.compile(r"出租车|的士(?!兵)|网约车|打表|(?:打车|打的|司机)[^。]{0,16}绕路|公共自行车|客运站|汽车站|长途车|驾校|(?:营运|客运|货运)(?:车|车辆)?.{0,4}(?:年检|年审)|道路运输证.{0,4}(?:年审|审验)|高速.{0,4}(?:收费|ETC)|ETC"),
     Gap("出租车、客运、公共自行车、车辆和驾培等交通运输事务", "5.4", "transport")),
    (re.compile(r"物业(?:费|公司|管理|纠纷|乱收|服务|不作为|不管事)|换物业|业委会|业主委员会|加装电梯|装电梯|房屋安全鉴定|房屋鉴定|(?:房屋|住房)?租赁.{0,2}备案|租房合同备案"
                r"|水费|阶梯水价|人才(?:房|公寓|住房|租赁房)|共有产权房|维修基金|维修资金"),
     Gap("物业管理、老旧小区加装电梯、房屋鉴定、租赁备案、水费等住房城建事务", "5.1", "housing")),
    # a gas cylinder past its inspection date is special equipment (气瓶, 特种设备安全法): the market body's,
    # before the housing body's gas supply (bot/gap_topics_places.py)
    (re.compile(r"电梯.{0,8}(?:困人|故障|关人|安全|检验|维保)|特种设备|游乐设施|(?:钢瓶|气瓶|煤气罐|液化气罐)[^，。,]{0,10}(?:检验|检测|年检|过期|超期|报废|定检)|(?:营业|经营)执照|个体户.{0,4}(?:注册|登记|执照)"
                r"|公司注册|商标|缺斤少两"),
     Gap("电梯等特种设备安全、营业执照和市场主体登记等市场监管事务", "8.1", "market_regulation")),
    (re.compile(r"网吧|盗版|出版物|(?:书店|书刊).{0,6}(?:许可|执照)|演出.{0,4}(?:许可|审批)|KTV|歌舞厅|旅行社|导游"),
     Gap("网吧、出版物、演出和旅游市场等文化旅游事务", "6.2", "culture_tourism")),
    (re.compile(r"电鱼|炸鱼|毒鱼|秸秆|(?:烧|焚烧)(?:稻草|麦秆|稻秆|麦草)|(?:稻草|麦秆|稻秆)[^，。,]{0,4}(?:烧|焚烧)|种粮补贴|农机.{0,4}补贴|耕地地力|土地流转|宅基地|承包地|土地承包|承包(?:经营权)?证|承包的(?:田|地|山)|(?:鱼塘|水塘|池塘|山林|林地|果园|茶园|水面)[^。]{0,24}(?:合同|承包期)[^。]{0,4}(?:到期|满了|期满)|(?:鱼塘|水塘|池塘|山林|林地|果园|茶园|水面)[^。]{0,24}(?:收回|重新发包|另行发包|不让(?:我)?(?:再)?包)|(?:重新|另行)发包|流转给|(?:收回|收走)[^，。,]{0,6}(?:承包|田|地)|集体[^。]{0,8}(?:山林|土地|林地|田地|鱼塘|水面)[^。]{0,8}(?:承包|发包|租)给"
                # (set 34) a collective pond or hill let out for decades to outsiders ("把集体的鱼塘一包三十年包给了外村人"): 农村土地承包法
                # 第五十二条 (to outsiders only with the villagers' assembly), the agriculture body
                r"|(?:集体|村里|村委)[^。]{0,8}(?:山林|土地|林地|田地|鱼塘|水面|山塘|荒山|果园|茶园)[^。]{0,12}(?:包给|卖给|租给)(?:了)?(?:外村|外地|外人|老板|私人|别人|村干部|亲戚)"
                r"|(?:山林|林地|鱼塘|水面|山塘|荒山)[^。]{0,4}被(?:村干部|村支书|村长|村委会?|村里|书记)[^。]{0,8}(?:包给|卖给|租给|承包给|发包给)(?:了)?(?:外村|外地|外人|老板|私人|别人|亲戚)"),
     Gap("渔政、秸秆、种粮和农机补贴、土地承包和宅基地等农业农村事务", "7.1", "agriculture_rural")),
    # 优待证 of a veteran; an elder's 优待证 (老人, 六十五了) is the civil-affairs body's (bot/gap_topics_people.py)
    (re.compile(r"光荣牌|光荣之家|(?:退役军人|军人|退伍|退役)[^\n]{0,10}优待证|^(?![^\n]*(?:老人|老年|老头|老太|[六七八九]十(?:多)?(?:岁|了)|[6-9]\d(?:岁|了)))[^\n]*?优待证"
                r"|退役军人服务站|军属|烈属|立功喜报"),
     Gap("光荣牌、优待证、退役军人服务站等退役军人事务", "3.3", "veterans_affairs")),
    (re.compile(r"运动员|等级证书.{0,4}体育|体育.{0,4}(?:比赛|赛事|训练营|培训)|(?:足球|篮球|游泳|乒乓球)(?:训练|培训|夏令营|训练营)|马拉松"),
     Gap("运动员等级、体育培训和赛事等体育事务", "4.4", "sports")),
    # donating blood stem cells, marrow, organs or one's body after death (not a transplant received)
    (re.compile(r"献血|用血|造血干细胞|骨髓(?:捐|库|配型)|捐(?:献|赠)?骨髓|遗体[^，。,]{0,4}捐|(?:捐|捐献|捐赠)[^，。,]{0,6}遗体|器官[^，。,]{0,4}捐|(?:捐|捐献|捐赠)[^，。,]{0,4}器官|眼角膜捐|病历.{0,4}(?:复印|打印)|复印病历|信用就医|先看病后付费|医疗纠纷|医疗事故|狂犬(?:疫苗|病)"),
     Gap("献血用血、病历复印、医疗纠纷、信用就医等卫生健康事务", "4.2", "health")),
    (re.compile(r"惠民保|长护险|长期护理保险|医保(?:电子)?凭证|医保码|电子医保|刷医保|^(?![^\n]*(?:针灸|拔罐|推拿|艾灸|刮痧|中医|中草药))[^\n]*?(?<!费)用医保|定点(?:药店|医院|医疗机构)|慢特病|门诊慢性病|(?:门诊)?(?:的)?特殊病种|门诊特殊病|门特|规定病种|靶向药|(?:药|药品)[^，。,]{0,6}(?:能不能|可不可以|能否|可以)?(?:走|进|用|纳入|报)医保|医保.{0,4}(?:报销比例|起付线|封顶)|医保.{0,6}(?:激活|扫码|二维码)"),
     Gap("医保凭证、定点机构、门诊慢特病、长期护理保险、惠民保等医疗保障事务", "3.1", "medical_security")),
    (re.compile(r"最低工资|高温(?:补贴|津贴|费)|年休假|年假|带薪假|工龄|视同缴费|人才.{0,2}(?:补贴|引进|政策|购房|安家)|职称|(?:大学生|毕业生|人才).{0,16}(?:租房|生活|安家)补贴"),
     Gap("最低工资、高温津贴、休假、工龄认定、人才政策和职称等人力社保事务", "2.3", "human_resources")),
    (re.compile(r"社会组织|(?:协会|社团|民非).{0,6}(?:登记|注册|成立)|成立.{0,8}协会|成立[^。]{0,16}(?:组织|团体|服务队)[^。]{0,12}(?:登记|注册|备案)|慰问金|志愿服务|志愿者|社区工作者"
                # (session 17) a film shown in front of the village committee is the catalogue's rural film screening
                # (session 20) not a room or a square the committee's building only says where ("村委会楼上有一间摆书架的屋")
                r"|^(?![^\n]*(?:放电影|放片子|看电影|看片子|放映))[^\n]*?(?:村委会|居委会)(?!楼上|楼下|旁边|门口|对面|边上|隔壁|院子|后面|前面|广场|大院)"),
     Gap("社会组织登记、志愿服务、社区工作者和村（居）委会等民政事务", "3.4", "civil_affairs")),
    # place names (地名管理条例: 民政部门) of estates, roads and bridges, and house numbers
    (re.compile(r"地名|门牌|小区名|路名|街名|桥名|村名|镇名|(?:小区|楼盘|道路|马路|街道|桥梁|村庄?).{0,4}(?:命名|起名|取名|改名|更名|起个名)"
                r"|(?:小区|楼盘|路|街|桥)(?:叫)?(?:的)?(?:什么)?(?:名字|名称).{0,8}(?:谁定|谁起|谁批|改|审批|报批|批准)"),
     Gap("小区、道路等地名的命名更名和门牌管理", "3.4", "civil_affairs")),
    # a landslide or debris flow where one lives: the outline's 8.3 防灾减灾 (市应急管理局); not 成绩/业绩滑坡
    (re.compile(r"事故调查|森林防火|防火期|烧纸|烟花爆竹|^(?![^\n]*(?:示范(?:社区|小区)|减灾示范|综合减灾))[^\n]*?防汛|抗旱|泥石|地质灾害"
                # a pond or reservoir dam at risk in a flood (山塘水库: 防汛)
                r"|山塘|溃坝|决堤|(?:水库|堤坝|大坝|河堤|圩堤)[^，。,]{0,8}(?:水位|漫|溃|决口|管涌|险情|渗漏)"
                r"|^(?![^\n]*(?:成绩|业绩|收入|销量|质量|身体|视力|记忆))[^\n]*?(?:山体滑坡|滑坡|滑过(?:一次|几次)?坡|山.{0,6}(?:塌方|滑下来|滑了))"),
     Gap("事故调查、森林防火、防汛抗旱、烟花爆竹等应急管理事务", "8.3", "emergency_management")),
    (re.compile(r"自考|自学考试|成人高考|成考|学历认证|毕业证.{0,6}(?:补办|申请|丢)|社区学校|老年大学|老年学校|培训机构|补习班|^(?![^\n]*(?:做|当|兼职|打工)[^，。,]{0,12}家教)[^\n]*?家教|校外(?:培训|辅导|补习|[^，。,]{0,4}班)"),
     Gap("自学考试、学历证书、社区和老年教育、校外培训等教育事务", "1.5", "education")),
    (re.compile(r"盲人按摩|残疾人(?:创业|开店)|残疾人.{0,4}就业.{0,4}(?:补贴|扶持)|按比例就业"),
     Gap("残疾人就业创业扶持等残联事务", "3.3", "disabled_persons_federation")),
)

# A combination one body's word would otherwise take (残疾人 + 驾照 is the federation's, not the
# police's) first; then the topics above; then the rest of each body's statutory business
# (bot/gap_topics_people.py: 民政, 人社, 医保, 残联, 退役军人, 卫健, 教育, 体育;
# bot/gap_topics_places.py: 住建, 交通, 公安, 消防, 市场监管, 生态环境, 农业农村, 文旅, 广电, 应急, 司法).
TOPICS = PEOPLE_EARLY + PLACES_EARLY + _FIRST + PEOPLE + PLACES
