"""Whether a message asks if one qualifies, however it is worded: the cues the
finder (bot/finder.py) reads as a screening ("好领伐", "能申不", "够勿够",
"有我们的份吗"), rather than a question about what a service is."""
from __future__ import annotations

import re
from typing import List

from bot.text import simplified

# "我能申请吗", "好领伐", "能报不", "符合条件吗": asking whether one qualifies, however
# it is worded (Wu 好…伐, colloquial 能…不), is a screening, not a question about the service.
ELIGIBILITY_QUESTION = re.compile(
    r"(?:能|可以|好|可不可以|能不能|有没有资格|够不够|符不符合)(?:自己|自家)?(?:先|现在|马上|现在就)?(?:去|再|提前|早点|今年|明年)?(?:申请|申|领|拿|报|报名|享受|办|参加|上|读|入|做|补|交|评|批"
    r"|认定|认|收|轮到|轮得到|告|进)"
    r"[^，。,.；;]{0,10}(?:吗|伐|不|么|没|啵|没有|呀)\s*$"
    r"|(?:符合|够|满足)(?:条件|资格|要求)?(?:吗|伐|不(?![上到着了起])|么)|有(?:没有)?资格|够得上吗|(?:我|他|她|我们|我家|我伲)(?:能|可以|好)(?:申请|领|拿|享受|办)"
    r"|^(?!.*(?:怎么|哪里|在哪|去哪|材料|流程|手续|多少)).*(?:想|要|准备|打算)(?:给[^，。]{1,6})?申请"
    # a hotline transcript: "询问能否领取失业保险金", "咨询其母亲是否符合条件"
    r"|(?:能否|可否|是否能|是否可以)[^，,。；;]{0,6}?(?:申请|领取|领|享受|参加|报名|入学|入园|[上读](?:小学|初中|幼儿园|学))|是否符合|是否有资格"
    r"|(?:还)?来得及(?:吗|伐|不|么|嘛)"
    # "押金和工资都扣着不给 …现在还讨不讨得回来": whether what is owed can still be claimed
    r"|(?:讨|要|拿|领)不(?:讨|要|拿|领)得(?:回|到)|还(?:讨|要|拿)得(?:回|到)(?:来)?(?:吗|伐|不|么)"
    # "明年秋天该读一年级了吧", "今年该领养老金了吧": whether one is due for it
    r"|该(?:背(?:上|起)?书包)?(?:去)?(?:读|念|上|进|入|报|报名|领|拿|申请|享受|轮到|轮得到)[^，。,.；;]{0,8}了(?:吧|吗|伐|没有|没)\s*$"
    # "明年是不是该进小学了": the same, asked with 是不是
    r"|是不是(?:该|可以|能)(?:读|上|进|入|报|报名|领|拿|申请|享受)[^，。,.；;]{0,8}了\s*$"
    # "劳动仲裁一年就过期，我是不是已经晚了？": whether a time limit has passed, asked of oneself
    r"|(?:是不是|会不会|是否)(?:已经|都)?(?:太)?(?:晚了|过期了|过了期限|超过时效了?|来不及了)"
    # "低保阿拉好吃伐", "特困好吃伐", "吃得上低保吗" (吃低保: to receive it); "失业金给不给领"
    r"|(?:低保|特困|五保)[^，。,.；;]{0,6}(?:能|可以|好|能不能)吃(?:上|得上)?(?:吗|伐|不|么)|(?:能|可以|好|能不能)吃(?:上|得上)?低保|吃得上低保"
    r"|给不给(?:领|拿|报|批|办|补|发)"
    # "普惠幼儿园现在还收人吗", "中心园还收不": whether a place takes one more
    r"|还收(?:人|小孩|孩子|学生|小朋友)?(?:吗|伐|不|么)\s*$"
    # "俺想去仲裁", "我要去劳动仲裁": the service is itself the verb wanted
    r"|(?<!不是)(?<!不)(?<!没)(?<!别)(?:想|要|准备|打算)(?:去|来)?(?:申请)?(?:劳动)?仲裁(?![^，。,.；;]*(?:哪|怎么|咋|材料|流程|手续))"
    # "啥辰光好每个号头领养老金", "几岁能领": when one qualifies for a benefit paid by age
    r"|(?:什么时候|啥时候|啥辰光|几时|几岁)(?:才|就|再)?(?:能|可以|好)(?:去)?(?:按月|每个月|每月|每个号头)?(?:领|拿)(?!到)"
    # "明年一起报一年级行不行": a place or a benefit asked for, then 行不行
    r"|(?<!哪里)(?<!哪儿)(?<!去哪)(?<!在哪)(?<!到哪)(?<!这样)(?<!那样)(?<!这么)(?:报|上|读|进|入|申请|领|拿|办)"
    r"(?![^，。,.；;]*(?:什么|啥|哪|怎么|咋|材料|多少|手续|流程))[^，。,.；;]{0,10}(?:行不行|行吗|行伐|行不|可以吗|可以不|成不成)\s*$"
    # "失业金还有的拿伐", "普惠园收不收啊", "上小学轮得到吧": whether they get it, in other words
    r"|有(?:的|得)(?:拿|领)|收不收|能收吗|轮得到|轮不轮得到|能轮到"
    r"|(?:能不能|可不可以|可以不可以)(?:申请|领|拿|享受|评|批|收|认定|轮到|补(?:一点|点|些|助|贴)?$)(?![^，。,.；;]*(?:哪|怎么|在网上|网上))"
    # "…镇上公家办的那种 离家近 现在还能不能进": whether a child can get in, the clause ending on it
    r"|(?:还|现在|今年|明年)?(?:能不能|可不可以|可以不可以)(?:插班)?(?:进|入|上|读)(?:去|得去|进去)?$"
    # "…收小小孩的园子 他这个岁数进不进得去", "进得去吗": the same, as A-not-A or a bare 得 (session 25)
    r"|(?:进|入|上|读)不(?:进|入|上|读)得(?:去|了|进去)\s*$|(?:进|入|上)得(?:去|了|进去)(?:吗|伐|不|么|啊)\s*$"
    # "这个能算工伤吗", "算不算工伤": whether what happened counts
    r"|(?:能|可以|能不能)算(?![^，。,.；;]*(?:多少|什么|啥|哪|怎么|几))(?:是)?[^，。,.；;]{1,6}(?:吗|伐|不|么)\s*$"
    r"|算不算(?![^，。,.；;]*(?:多少|什么|啥|哪|怎么|几))(?:是)?[^，。,.；;]{1,6}$"
    r"|(?:能不能|可不可以)帮(?:帮)?(?:他|她|我|我们|伊)\s*$"
    # "厂里说我没签合同不算工伤", "村里讲阿拉勿够条件": told they do not qualify — whether they do
    r"|(?:厂里|单位|公司|老板|厂长|包工头|村里|社区|人家|别人|他们)(?:说|讲|讲是|说是)[^，。,.；;]{0,10}"
    r"(?:不算|不能算|算不上|勿算|没资格|没有资格|不符合|勿够条件|不够条件|领不到|拿不到|批不下来"
    # "厂里说当时没报上去就不管了": told no one will answer for it
    r"|不管了|不认了?|不作数)[^，。,.；;]{0,6}$"
    # "…想问问我们能不能去做": whether they can have it done (a check, a test)
    r"|(?:我|我们|我家|他|她|伊|俩|两个)(?:也)?(?:能不能|可不可以|能否)(?:去|来)?(?:做|查|参加)\s*$"
    # "够勿够" (Wu 勿/弗 for 不), "好去伐"; "能不能给点补助", "能不能帮他报一点", "能不能给她弄一个"
    r"|够[勿弗不]够|符[勿弗不]符合|好去(?:伐|吗|不)\s*$"
    # (not "产检的钱能不能报销": whether a scheme covers a cost, not whether one qualifies)
    r"|(?:能不能|可不可以|能否)(?:(?:再|也)?(?:给|帮|替)(?:我|我们|他|她|伊|他们)?(?:点|些|一点)?"
    r"(?:补助|补贴|报(?:销)?(?:一点|一部分|点|些)?|弄一个|办一个)|再报(?:销)?(?:一点|一部分|点|些)?"
    r"|报(?:销)?(?:一点|一部分|点|些)|搞|弄)\s*$")


# "有补贴吗", "有我的份吗" after the resident has said who they are ("我视力残疾，有残疾人证，
# 交医保有补贴吗"): whether they get it; without a word about themselves it asks what exists.
SHARE_QUESTION = re.compile(r"有(?:我|我们|我家|他|她|咱)的份|轮得到|有没有(?:我|我们|他|她)?的?份|有份(?:吗|伐|不|么)"
                            r"|(?:有|有没有)(?:生活|护理|租房|房租|住房|看病|医疗|读书|上学|交通|养老)?(?:上的)?(?:补贴|补助|资助|减免|优惠)(?:吗|伐|么|不|没有|呀)?\s*$"
                            # "…政府有没有救急的钱", "…想问有没有改造补助": help of a kind their story needs
                            r"|有没有(?!什么|啥|哪些|其他|别的)[^，。,.；;]{1,4}?的?(?:补贴|补助|资助|救助|钱)(?:吗|伐|么|呀)?\s*$"
                            # "…医保报脱还要自家贴交关钞票，听讲有医疗救助": what they heard exists, after their story
                            r"|^听(?:说|讲|人说|人讲|人家说|人家讲)(?:还)?有[^，。]{1,12}$"
                            r"|^听(?:说|讲|人说|人讲|人家说|人家讲)[^，。]{2,16}有(?:补贴|补助|资助|救助|扶助|帮扶)$"
                            r"|(?:OK|ok|行|可以|能行)(?:伐|吗|不|么)\s*$|(?:行不行|可不可以|成不成)\s*$|能(?:帮|帮忙|帮一下|帮帮)(?:我|我们)?(?:一下)?(?:吗|伐|不|么)\s*$")
ABOUT_ONESELF = re.compile(r"我|我们|我家|咱|阿拉|我伲|伲|孩子|儿子|女儿|小孩|老伴|老公|老婆|爸|妈|他|她|伊|俩|两个"
                           r"|[\d一二两三四五六七八九十]+岁|户口|户籍|残疾|低保|失业|没工作")


SPEAKER = re.compile(r"我|我们|我家|咱|阿拉|我伲|伲|两口子|俩")
# "…我们两口子有份吗 急", "…能申请吗，谢谢": what follows the question is no part of it
TRAILING = re.compile(r"^(?:急+|急急急|很急|着急|在线等|谢谢|谢谢你|谢了|麻烦了|麻烦你了|拜托了|快点|快|快点说|快说|说快点"
                      # where a hurried resident is as they ask ("我在排队取号", "我在菜场挑菜", "我手上全是墨", "我马上要进车间了",
                      # "午休就半个钟头"): an aside after the question, not what is asked
                      r"|(?:我|我人)?(?:现在|正|正在|还)?在[^，,。？?吗呢]{0,8}?(?:排队|挑菜|买菜|上班|开车|等车|走廊|车间|门口|路上|工地|厂里|店里)[^，,。？?吗呢]{0,4}"
                      r"|(?:我)?(?:马上|等下|等会儿?|一会儿?)(?:要|就要|得)?(?:进车间|上班|开工|上工|走|出门|开会)了?"
                      r"|(?:我)?手上(?:全|都)是[^，,。？?]{1,3}|午休就[^，,。？?]{1,6})$")


# Wu's negation in an A-not-A question ("好勿好", "能弗能", "有呒没"): the same question as "好不好", "有没有"
_WU_A_NOT_A = re.compile(r"([好能可是要会算给收行够管认])[勿弗]\1")


def plain(text: str) -> str:
    """The message in simplified characters, Wu's A-not-A questions in Mandarin's words."""
    return _WU_A_NOT_A.sub(r"\1不\1", simplified(text)).replace("有呒没", "有没有")


def question_parts(text: str) -> List[str]:
    """The clauses of a message, without what trails the question ("急", "谢谢"); traditional
    characters read as simplified ("有沒有減免的辦法"), Wu's 好勿好 as 好不好."""
    parts = [p for p in re.split(r"[，,。.；;！!？?\s]+", plain(text)) if p]
    while len(parts) > 1 and TRAILING.match(parts[-1]):
        parts.pop()
    return parts


def asks_for_a_share(text: str) -> bool:
    parts = question_parts(text)
    share = SHARE_QUESTION.search(parts[-1]) if parts else None
    if share is None:
        return False
    # "我们两口子有份吗": who asks may stand in the question itself
    return bool(ABOUT_ONESELF.search("".join(parts[:-1])) or SPEAKER.search(parts[-1][:share.start()]) or re.search(r"有(?:我|我们|我家|他|她|咱)的份|有没有\w?的?份",
                                                                        parts[-1]))


# "…每个月能不能给他补点生活费", "…有啥个贴补伐", "…问有没有什么帮衬", "…政府能不能管他生活": after a
# story, help asked for of the kind the story needs — whether they can have it.
HELP_ASKED = re.compile(
    r"(?:有没有|有呒没|有|有啥个?|有什么)(?:啥个?|什么)?(?:补贴|贴补|补助|帮衬|帮助|救助|扶助|资助|好政策|政策|办法|钱)(?:吗|伐|么|不|没有|呀|啊|哦|呢|啵)?$"
    r"|(?:能不能|可不可以|能否|会不会|好不好)(?:给|帮|替)?(?:我|我们|他|她|伊|他们)?(?:补|贴|帮|管|救)"
    # ("勿晓得政府会得帮阿拉弄弄哦": whether the government will help, Wu 会得)
    r"|(?:政府|国家|上面|村里|街道|公家)(?:能不能|管不管|会不会|会得|能|可以|肯)(?:管|帮|补|照顾)"
    r"|(?:能|可以|好)(?:领|拿)(?:吗|伐|不|么)$"
    # "…伊老了怎么办 阿拉想叫伊也交交看": wanting someone joined to a scheme, after their story
    r"|(?:想|要|打算)(?:叫|让|给|帮)(?:伊|他|她|孩子|儿子|女儿|伲子|囡儿)?(?:也)?(?:交交看|交起来|缴起来|参加起来|报上名|参上保)$"
    # "…哪里拿得出 有啥地方好帮阿拉一把", "有没有什么人能帮我们一下": whether anyone can help, after their story
    # ("有啥地方好再帮我伲出一眼": help to pay a little, Wu 一眼)
    r"|(?:有|有没有|有呒没)(?:啥|什么|啥个)(?:地方|人|单位|部门)(?:好|能|可以|会|肯)?(?:再)?(?:帮|帮帮|帮衬|扶)(?:我伲|我们|我|阿拉|伲|俺|他|她|伊|他们)?"
    r"(?:出|付|贴|补|垫)?(?:一把|一下|一点|点|忙|一眼|眼|一些|些)(?:吗|伐|么|不)?$"
    # "…屋里冷锅冷灶 侬帮伊问问": asking on someone's behalf, after their story
    r"|^(?:侬|你|您)?(?:帮|替)(?:伊|他|她|我|阿拉|我们|伲)(?:问问|问一问|问一下|打听打听)$")


# "…一趟就要好几千 阿拉两家头哪里拿得出", "…学费实在交不起", "…日子快过不下去了": a story ending on what the
# family cannot bear asks for the help its need calls for
PLEA = re.compile(
    r"哪(?:里|儿)(?:还|再)?(?:拿|付|出|交|凑|负担|承担)得(?:出|起)|(?:拿|付|交|凑|负担|承担|看|供|出|读)不起"
    r"|(?:拿|凑)不出|(?:日子|生活)?(?:快|实在|真)?(?:过|熬|撑|活)[不勿]下去|揭[不勿]开锅"
    # "…在学校边上租了个一楼 一个月九百 …房租压得喘不过气": a cost that crushes the family
    r"|压得[^，。,.；;!?！？\s]{0,3}(?:喘不过气|透不过气|喘勿过气|透勿过气)"
    # "…米缸快见底了 我该怎么办": a story of hardship ending on what to do
    r"|^(?:我|我们|我们家|阿拉|俺|俺们|伲)(?:该|可|要|到底)?(?:怎么办|哪能办|咋办)(?:才好|啊|呀|呢|哦)?$"
    # "…村里人轮流送饭 我给他擦身子 …以后总不能一直靠我们几个邻居": care that cannot go on as it is
    r"|(?:总|也|终归|总归)(?:不能|勿能|不好|勿好|不可能)(?:一直|老|永远|总|长期)?(?:靠|指望|让)(?:我们|阿拉|我|邻居|大家|村里人|亲戚|几个)")


def asks_for_help(text: str) -> bool:
    """Whether the message's last clause asks for help for the resident (or whether they qualify)."""
    parts = question_parts(text)
    return bool(parts) and (bool(HELP_ASKED.search(parts[-1])) or asks_eligibility(parts[-1]) or asks_for_a_share(text)
                            or len(parts) > 1 and bool(PLEA.search(parts[-1])))  # (a plea alone is no story told)


# A yes/no question, however it is worded: "九月份能不能送去上小小班", "老二能不能也一起送进去", "这种能减一点吗",
# "有没有政府掏钱的班", "政府有没有应急的帮助", "国家是不是有什么帮扶", "看病的钱政府还能再帮一把吗",
# "政府的房子我们外地人能排上吗" — after a story of one need, whether they can have that need's help.
WHETHER = re.compile(
    r"能不能|可不可以|可以不可以|能否|可否|行不行|好不好|是不是(?:该|能|可以|有|也|还)|有没有|有无|有呒没|有[勿弗伐]有|有冇(?:得|有)?|有(?:啥个?|什么)(?:补贴|贴补|补助|帮扶|帮衬|帮助|救助|扶助|政策|办法|优惠|照顾)"
    # "…他以后谁来管？": who will look after someone who cannot look after themselves
    r"|谁来(?:管|照顾|养|照看)"
    # "老板该不该管 政府那边认不认", "我们这种情况还算不算": whether what happened is recognised, whether one counts
    r"|认不认|算不算|管不管|该不该(?:管|给|赔|补|认)|赔不赔|给不给|补不补|肯不肯|帮不帮|愿不愿意?"
    # "看毛病钞票勿够个 上头肯帮衬哦": whether those above are willing to help
    r"|(?:政府|公家|国家|上头|上面)(?:还|再)?肯(?:再)?(?:帮|管|给|补|出|贴)"
    # "想问现在开始交还来不来得及": whether it is too late to join
    r"|来不来得及|(?:还)?来得及(?:吗|伐|么|不|哦)|收不收|要不要(?:我|我们|他|她)"
    # "我跟她爸户口都不在这边 会不会被卡住": whether they will be turned away
    r"|会不会[^，。,.；;!?！？]{0,4}?(?:被)?(?:卡|拒|不收|不让|不给|不批|刷下来)"
    # "政府那边对他这种回来的会不会安排工作": whether it is given them
    r"|会不会(?:给|帮|替)?(?:他|她|我|我们|伊|阿拉)?(?:安排|管|发|补|贴|照顾|解决)"
    # "是勿是弄漏脱哉", "是不是把我漏掉了", "是不是忘了给我办": whether one was left out of what others get
    r"|是[不勿弗]是[^，。,.；;!?！？]{0,4}?(?:漏(?!水|雨|电|气|风)|忘|落下)"
    # "…查一查的那个 是不是不用花钱": whether it is free for them
    r"|是[不勿弗]是(?:不用|不要|勿要|覅|免费|不花)(?:花|交|出|付)?(?:钱|铜钿|钞票)?"
    # "侬讲政府有铜钿帮阿拉修伐": whether there is money to help them
    r"|(?:政府|国家|上面|村里|街道|社区)(?:有没有|有)(?:铜钿|钞票|钱|补贴|补助)[^，。,.；;!?！？]{0,8}(?:吗|伐|么|不)$"
    # "…一分钱补偿都没给 他想讨个说法": wanting redress is asking for the remedy
    r"|讨(?:个)?(?:说法|公道)|要(?:个)?说法|讨(?:这个|这|个)?理|讨回(?:来|公道)|(?:找|寻)(?:谁|啥人|哪个)说理"
    # "侬帮阿拉想想办法", "想找个…园子 有啥门路": asking for a way out of the situation told
    r"|想(?:想)?办法|有(?:啥个?|什么|没有)(?:门路|路子)"
    r"|(?:能|可以|好|能够)[^，。,.；;!?！？]{0,12}(?:吗|伐|么|不|啵|哦)$"
    # "我想学修汽车 …政府有不用交钱的班吗": "does the government have …" is "有没有" asked another way
    r"|(?:政府|国家|公家|上面|上头)(?:有|开|办)(?:的)?(?![^，。,.；;!?！？]*(?:什么|啥|规定|政策|文件))[^，。,.；;!?！？]{1,12}(?:吗|伐|么)$")
# hearsay of help ending a story: "听说有残疾的人交社保政府会补一点", "听同事说有不花钱的"
HEARD_OF_HELP = re.compile(r"^(?:我|我们|阿拉|俺|她|他)?(?:也)?听[^，。,.；;!?！？]{0,5}(?:说|讲)[^，。,.；;!?！？]*(?:有|补|贴|免费|不花钱|不要钱|不收钱|不收费|能(?:再|多|另外)?领|(?:能|可以)(?:再|多)?(?:减|少)(?:一点|点|些|一些|掉|免)|好(?:多|按月|每个月|每月|每个号头)?领|好(?:按月|每个月|每月|每个号头)拿|能(?:再|多|另外)?拿|帮|管"
                           # ("听说这种查法公家出钱": the public heard to pay for it)
                           r"|(?:公家|政府|国家|上面|上头)(?:会|能|肯|给)?(?:出钱|掏钱|付钱|买单|出钞票|出铜钿))"
                           # "村里人讲好去政府那里申请每个号头贴一点", "(书记来看过) 说我们家这种可以去申请每个月的保障金": told by
                           # others that they can apply — whether they can
                           # ("村里的会计跟我说可以去申请政府每个月兜着底的那笔钱": who told them, then to whom)
                           r"|(?:^|村里|镇上|邻居|人家|别人|书记|主任|小姐妹|同事|亲戚|朋友)(?:的)?(?:[^，。,.；;!?！？\s]{0,4}?(?:跟|对|和)(?:我|我们|阿拉|俺))?人?(?:都|也)?(?:说|讲)[^，。,.；;!?！？\s]{0,10}?"
                           # ("邻居讲阿拉迭种老人政府好包下来个": the government heard to take them in wholly)
                           r"(?:好|能|可以)(?:去|再)?[^，。,.；;!?！？\s]{0,5}?(?:申请|领|拿|补|贴|包(?:下来|起来)|养起来|兜底)")
HEARSAY_LEAD = re.compile(r"听[^，。,.；;!?！？\s]{0,5}(?:说|讲)")
# ... not a question of where, how, when, how much or what to bring
# ("还有没有哪里能再帮着补一点": whether anyone at all can help, asked — not where)
NOT_WHETHER = re.compile(r"(?<!有没有)哪|哪(?!(?:里|儿)?(?:能|可以|还能|会)?再?(?:帮|补(?!办|卡|证)|贴|救|资助))|怎么|咋|怎样|如何|多少|(?<![十好])几[月号点天岁年]|什么时候|啥时候|啥辰光|几时|材料|手续|流程|电话|地址|网上|窗口|要带")


# "村里的老哥们都在领养老钱了 我怎么一分还没领到过": why one has not got what others get asks whether one can
WHY_NOT = re.compile(r"(?:怎么|为什么|为啥|咋)[^，。,.；;!?！？]{0,6}?(?:还|都|一直)(?:没|没有|不|呒没)(?:有)?[^，。,.；;!?！？]{0,4}?(?:领|拿|给|发|批|享受|轮到)")


# "隔壁讲阿拉迭种呒人管个老头子政府会得养起来 真个哦", "听说政府会给补一点 是真的吗": help heard of, then whether
# it is true — whether they can have it (the hearsay alone, without the check, is only a story)
TRUE_CHECK = re.compile(r"(?:是不是|是[勿弗]是)?(?:是)?真(?:的|个|格)(?:吗|伐|哦|么|啊|呀|不|否)?|是不是真的"
                        # "…公家出钱的 真的假的": whether what was heard is so
                        r"|真的假的|是真是假|真的还是假的|(?:是)?真(?:的|个)还是假(?:的|个)|当真(?:吗|伐|哦|的)?|真有(?:这|迭|格)(?:事|回事|种事)(?:吗|伐|哦)?"
                        r"|(?:有|有没有)(?:这|迭)(?:回|种)?事(?:吗|伐|哦|体伐)?")
HELP_TOLD = re.compile(r"(?:讲|说)[^，。,.；;!?！？\s]{0,16}?(?:政府|国家|上面|上头|公家|村里|镇里|街道|社区|民政)[^，。,.；;!?！？\s]{0,8}?"
                       r"(?:会|能|好|可以|肯)(?:得)?[^，。,.；;!?！？\s]{0,3}?(?:养|管|补|贴|给|发|帮|照顾|兜底|包)")


# told by someone that the government gives such families something ("村里有个阿姨说像我们这种人家政府每个月有照顾"): the help
# heard of, as HEARD_OF_HELP's, told by whoever it was
GOVERNMENT_GIVES_TOLD = re.compile(r"(?:说|讲)[^，。,.；;!?！？\s]{0,12}?(?:政府|国家|上面|上头|公家)[^，。,.；;!?！？\s]{0,8}?"
                                   r"(?:有|会有|会给|会贴|会补|会管|能给|能补)(?:一些|一点|点|些|一笔|一份)?"
                                   r"(?:照顾|补贴|贴补|补助|钱|钞票|铜钿|扶助|帮扶)")


_BENEFIT = re.compile(r"补贴|贴补|补助|救助|扶助|钱|钞票|铜钿|照顾")
# "听店里的聋人朋友说 像我们这样耳朵不好的交这个钱 政府能贴一部分": heard from someone, in a clause or two, that the
# government pays a part — the help heard of, told after a hearsay lead of its own
_HEARSAY_AT_START = re.compile(r"^(?:我|我们|阿拉|俺|她|他)?(?:也)?听[^，。,.；;!?！？\s]{0,9}?(?:说|讲)")
_GOVERNMENT_PAYS = re.compile(r"(?:政府|国家|公家|上面|上头)(?:能|会|可以|好|肯)(?:得)?(?:再)?(?:贴|补|给|出|报|减|帮)")


def _help_heard_of(parts: List[str]) -> bool:
    """"听讲像伊迭种残脱个人 生活浪还有一份贴个": a hearsay's lead and the help heard of, typed as up to three clauses
    (each clause from the lead on, joined with the one or two after it)."""
    for i, part in enumerate(parts):
        if not _HEARSAY_AT_START.search(part):
            continue
        for told in ("".join(parts[i:j]) for j in range(i + 1, min(i + 3, len(parts)) + 1)):
            if (_GOVERNMENT_PAYS.search(told) or HEARD_OF_HELP.search(told)) and not NOT_WHETHER.search(told):
                return True
    return False


# a lead typed apart before what is asked ("问", "询问", "想问一下", a hotline's "来电人问"); also bot/story_needs.py's
ASK_LEAD = re.compile(r"(?:来电人|她|他|我)?(?:想|还想|就是)?(?:问|请问|问问|问一下|咨询|询问)")
# "人没了工作能按月领点钱", "他这种能不能拿一点": a clause saying one can get something
_CAN_GET = re.compile(r"(?:能|可以|好|能够|可不可以|能不能)(?:[^，。,.；;!?！？]{0,8}?)(?:领|拿|申请|享受|补|贴|报(?!名)|办|参加|交|评|批)")
# "我这种伤厂里该管到哪里", "老板应该赔到什么地步": how far the employer must answer for what happened — whether it is theirs to
# answer for (a work injury, a dispute), not where to go
_OWED_HOW_FAR = re.compile(r"(?:厂里|厂家|老板|单位|公司|东家|工地|包工头)(?:该|要|应该|应当|得)(?:管|赔|负责|承担|出)(?:到)?(?:哪里|哪儿|哪一步|什么地步|啥地步|多少)")
# "老板说报点药费就算了 我听人说厂里干活受的伤不是这么算的": heard that what one was told is not so — whether one is owed more
_NOT_SO_HEARD = re.compile(r"听[^，。,.；;!?！？\s]{0,5}(?:说|讲)[^，。,.；;!?！？\s]{0,16}?(?:不是|不能|勿是|弗是|没)(?:这么|这样|迭能|介|那么|那样)"
                           r"(?:算|弄|办|处理|简单|了结|结束)")


def asks_whether(text: str) -> bool:
    """Whether a clause of the message asks, yes or no, whether the resident can have something
    (or tells the help they heard of), rather than where, how, when or how much: with a story of
    one need, whether they qualify for it (actions/situation.py)."""
    parts = question_parts(text)
    # "听邻居讲 像我儿子这样的每个月还能再领一点": a hearsay lead typed apart goes with the clause after it
    parts = [part + parts[i + 1] if HEARSAY_LEAD.fullmatch(part) and i + 1 < len(parts) else part for i, part in enumerate(parts)]
    # ("明年九月该背书包去念书了吧 什么时候开始登记": whether one is due for it, asked in any clause)
    # ("我听人讲 像我哥这样有证的 另外还能有一份生活上的补贴 是真的吗": heard of, a benefit told, then whether it is true)
    if any(TRUE_CHECK.fullmatch(part) and (any(HELP_TOLD.search(before) for before in parts[:i])
                                           or any(HEARSAY_LEAD.search(before) for before in parts[:i])
                                           and any(_BENEFIT.search(before) for before in parts[:i]))
           for i, part in enumerate(parts)):
        return True
    if _help_heard_of(parts):
        return True
    # ("来电人称 …问 听说厂里给交过的那份保险 人没了工作能按月领点钱": a hotline's 问 makes the clauses after it a question, with
    # no particle to end them — whether he can have it, when a clause says he can get it)
    asked = next((i for i, part in enumerate(parts) if ASK_LEAD.fullmatch(part)), None)
    if asked is not None and any(_CAN_GET.search(part) and not NOT_WHETHER.search(part) for part in parts[asked + 1:]):
        return True
    if any(_OWED_HOW_FAR.search(part) or _NOT_SO_HEARD.search(part) for part in parts):
        return True
    return any((WHETHER.search(part) or HEARD_OF_HELP.search(part) or GOVERNMENT_GIVES_TOLD.search(part) or ELIGIBILITY_QUESTION.search(part))
               and not NOT_WHETHER.search(part)
               or WHY_NOT.search(part) for part in parts)


def asks_eligibility(text: str) -> bool:
    return any(ELIGIBILITY_QUESTION.search(part) for part in re.split(r"[，,。.；;！!？?\s]+", plain(text)) if part)
