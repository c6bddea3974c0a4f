"""Public matters residents bring every day that no body of the catalogue does: property
registration and land, city-management enforcement, taxes, post and parcels, telephone and
broadband. The outline (2016) lists none of them and no source in knowledge_base/catalogue/
sources.yml names the body that does them in Huzhou, so the assistant names no body: it
says the catalogue has no entry and gives 12345 (政务服务便民热线, source public_hotlines),
which takes any public matter and passes it on. They are still not "out of scope": out of
scope stays for what no public body covers (stocks, weather, gossip).

Read after every topic of a body (bot/gap_topics.py), and only when no service is named:
"房产证" told as a fact in a form ("翻出房产证，是九十平方") asks nothing, so each
pattern needs the matter asked about, not only its word.
"""
from __future__ import annotations

import re

from bot.gap import Gap

NO_BODY = ""  # no outline section, no body of agencies.yml: 12345 (bot/triage_answers.py)

TOPICS = (
    (re.compile(r"不动产(?:登记|证|权证|中心)|(?:房产证|房本|产权证|土地证).{0,8}(?:办|补|改|丢|加名|更名|过户|写错|抵押|注销|换|查)"
                r"|(?:办|补|改|换|查)(?:个|张)?(?:房产证|房本|产权证|土地证)|(?:房子|房屋|二手房)(?:的)?过户|(?<!车辆)(?<!车子)过户.{0,4}(?:手续|要带|材料|去哪)"
                r"|林权(?:证|登记|流转|抵押)|国土(?:局|部门)|规划(?:局|许可证?)|自然资源(?:局|部门)|征地补偿"),
     Gap("不动产登记、国土和规划", NO_BODY, NO_BODY)),
    (re.compile(r"城管|综合执法|占道经营|乱摆摊|摆地摊|摆摊.{0,6}(?:管|罚|赶|允许|可以|能不能)|流动摊贩|(?:店|商户|饭店).{0,4}占道|户外广告牌"),
     Gap("城市管理和综合行政执法", NO_BODY, NO_BODY)),
    (re.compile(r"个税|个人所得税|退税|(?:交|缴|纳|报|申报|扣)(?:个)?税|税务(?:局|部门|登记)?|契税|增值税|印花税|纳税|税率|税费"),
     Gap("税收和纳税申报", NO_BODY, NO_BODY)),
    (re.compile(r"快递.{0,8}(?:丢|没收到|没到|损坏|坏了|延误|投诉|不送|不派送|签收|被拆|破损|几天没动|没动|冒领|被领)|邮局|邮政(?:局|网点|所)|寄(?:封)?信|平信|挂号信|邮件.{0,4}(?:丢|没收到)"),
     Gap("邮政和快递", NO_BODY, NO_BODY)),
    # (a TV signal is the broadcaster's 户户通, a mast's radiation the catalogue's 辐射安全: neither is here)
    (re.compile(r"宽带.{0,8}(?:断|坏|报修|装|办|投诉|慢|停|故障|拆)|(?:装|办|拆)宽带|手机(?:没有?|没)?信号(?![^，,。\s]{0,3}(?:塔|基站|发射))|手机.{0,6}信号(?:差|不好|弱)"
                r"|(?:移动|电信|联通|广电5G)(?:公司|营业厅)?.{0,8}(?:投诉|乱扣|扣费|套餐|销号)|携号转网|话费.{0,4}(?:乱扣|多扣|被扣)|(?:手机号|电话号码|手机卡).{0,2}(?:销号|停机|注销)"),
     Gap("电话、手机和宽带等通信服务", NO_BODY, NO_BODY)),
    # (set 33) the power cut with no notice or no word of when it ends ("镇上停了两天电 没人通知什么时候来"): the power company's
    # duty to give notice (电力供应与使用条例 第二十八条), overseen by the power administration, neither a body of agencies.yml;
    # a cut in a typhoon or a flood is the disaster's (the emergency body's topics)
    (re.compile(r"^(?![^\n]*(?:台风|暴雨|洪水|发大水|山洪|地震|冰冻|雪灾|受灾|电梯|电瓶车|充电))[^\n]*?(?:停(?:了)?[^。，,\s]{0,4}电|断电)[^。]{0,16}"
                r"(?:没(?:有)?(?:人)?通知|不通知|也不通知|没打招呼|不打招呼|没说什么时候|什么时候来电|什么时候(?:能)?来|几天(?:了)?(?:都)?没来电|还没来电)"),
     Gap("停电通知和恢复供电", NO_BODY, NO_BODY)),
)
