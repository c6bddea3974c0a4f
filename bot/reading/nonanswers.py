"""Messages that do not answer the question asked.

"你等一下" and "我去问问我老伴" (wait), "我刚才不是说了吗" (already said),
"标准是多少？" (a question back), "听不懂" (not understood). None of them is a
fact: "你等一下" holds no age of 1, and "我刚才说了" must not be read as "no".
"不知道" is not among them: it answers, with "unknown".
"""
from __future__ import annotations

import re
from typing import Optional

from bot.reading.clauses import A_NOT_A

WAIT, ALREADY_SAID, SIDE_QUESTION, NOT_UNDERSTOOD = "wait", "already_said", "side_question", "dont_know_what_you_mean"

DONT_KNOW = re.compile(
    r"不知道(?!(?:该)?(?:咋办|怎么办|怎么弄|咋弄|咋整|怎么过|找谁|去哪))|不清楚|不确定|说不准|无法判断|没法判断|没办法判断|判断不了|无从判断|不好判断|说不好|搞不清|搞不懂|记不清|记不得|不记得|忘记了|不晓得|勿晓得|不了解|没数|"
    r"不太清楚|不大清楚|不好说|拿不准|不太懂|弄不清|不好讲|讲不清|没算过|不太确定|讲不准|说不清|说不上来|讲不上来|吃不准|答不上|答不出|算不来|算不出|算不清|不会算|算不明白|算不好|表述不清|说不清楚|需(?:要)?回去核实|要回去(?:问|查|核实)|回去(?:问问|查查|核实)|(?<![把我])忘了|"
    # "登没登记过我忘了", "没细算过", "还没想好", "年限不详", "一笔糊涂账", "要去查，现在说不出"
    r"我(?:也|都)?忘(?:了|记了)(?=$|[，,。.!！…啊呀])|心里没(?:有)?(?:底|数)|没(?:细|仔细|认真|好好)算过|没想好|没考虑好|不详|糊涂账|说不出(?!口)|讲不出(?!口)|要去查|得去查")
_WAIT = re.compile(
    r"(?:你|您)?(?:先)?等(?:一)?(?:下|会儿?|等|一等|我一下)|稍等|等我|"
    r"(?:问问|问一下|问下|找找|找一下|找下|拿一下|去拿|去找|翻翻|翻一下|查查|查一下|回忆一下|核实一下|确认一下|想想|想一下|看一下|"
    r"看看|别急|慢点|慢一点|等会|算一算再|再回(?:你|您)|(?:先)?(?:别|不要|莫)挂(?:电话)?|容我|打(?:个)?电话问|"
    # "让我量一下 房产证在楼上", "我去问她一声": measured or asked first, the answer to come
    r"量一下|量量|去量|数一下|数数|问(?:他|她|伊|他们|她们)?一声|我去问)"
    # "证在我儿子那，等他下班回来": the answer waits for someone to come back
    r"|等(?:他|她|伊|我[^，,。\s]{1,3}|[^，,。\s]{1,3})(?:下班|放学|回来|回家|到家)"
    r"(?:再|之后|以后|了)?(?:告诉|跟你说|回复|说|讲)?|让我想想|回头再说|晚点再说|待会|过会儿|过一会")
_SENT_TO_ASK = re.compile(r"(?:叫|让|喊|托|要)我(?:来|过来)?(?:问问|问一下|问下|打听|咨询)")
_ALREADY_SAID = re.compile(
    # ("孩子的情况我一上来就说清楚了啊": told in the first message)
    r"(?:刚才|刚刚|前面|上面|之前|早就|已经|不是都|一开始就?|一上来就?|一开头就?|开头就)(?:不是)?(?:都|也|就)?(?:打字|打字的时候|发消息|写字)?(?:说|讲|告诉|回答|答)(?:清楚|明白)?(?:过|了|你|过你)|"
    r"问过了|(?:前头|前面|刚才|之前|上面)(?:已经|都)?(?:打|写|发)过(?:字)?了|"
    # "我第一句话里就打出来了", "我刚才都写在上面了": told in an earlier message
    r"(?:第一句|头一句|前一句|上一句)(?:话)?(?:里|里面|里头)?(?:就|都|已经)?(?:说|讲|打|写|发)(?:出来|过)?了|"
    r"(?:写|打|发)(?:在)(?:上面|前面|上头|前头)了|往上翻|"
    # "住哪我刚才已经打出来了 你往前看看": typed out before, look back
    r"(?:刚才|刚刚|前面|之前|早就|已经)(?:都|就)?(?:已经)?(?:打|写|发)(?:出来|上去|过去|上来)了|(?:你|您)?往(?:前|上)(?:看看|看一下|看|翻翻|翻一下|翻)|"
    r"说过了|讲过了|回答过|答过了|不是说了|我说了(?:呀|啊|的|嘛)?$|说了呀|说了嘛|说了的呀|都说了|都讲了|讲了一遍|说了一遍|"
    r"问几遍|问了好几遍|又问|(?:跟|和|同)你(?:都)?(?:说|讲)了|(?:说|讲)了(?:好)?几遍|"
    # "跟你讲过好几遍了", "怎么还问", "我开头就讲了"
    r"(?:说|讲)过(?:好)?几遍|怎么还(?:在)?问|"
    # "孩子几岁我说过两遍了", "讲了三遍了": said twice or more
    r"(?:说|讲|报|答)(?:过|了)(?:都)?(?:两|二|三|四|五|好多|[2-9])遍|(?:一开头|开头|一开始|开始)(?:的时候)?(?:就|都)?(?:跟你|和你|同你)?(?:说|讲|告诉你|报|填|交代)(?:了|过|清楚了?)|"
    # "岁数刚刚打字发过去了 你没收到吗": sent before, asked whether it arrived
    r"(?:刚刚|刚才|早就|已经|之前|前面)(?:打字|打好字)?(?:发|打)(?:过去|给你)了|(?:你|您)(?:没|没有)收到|"
    # "这个问题我回答第二遍了": said again, so said before
    r"(?:回答|答|说|讲)(?:了|过)?第[二两三四]遍|"
    # "头一句话里我就讲了", "户口那个我早交代过一遍了，还要再说？"
    r"(?:头一句|第一句|头句|头一条|第一条|上一句|上句|上一条|前一句|前面一句)(?:话)?(?:里|里面|里头)?(?:我)?(?:就|都|已经)?(?:说|讲|告诉你|写)(?:了|过)|"
    r"(?:早|已经|都|之前)(?:就)?交代过|还要(?:我)?再(?:说|讲)(?:一遍|一次)?[？?]|"
    # "我住哪我最开头那句就说了", "几级我刚才已经报给你了": told in an earlier message, its place named (session 28)
    r"(?:最开头|一开头|开头|最开始|一开始|头一回|第一回)(?:的)?(?:那|这|第[一二两三四]|头一)?(?:句|段|条)(?:话)?(?:里|里面|里头)?(?:我)?(?:就|都|已经)(?:说|讲|写|打|告诉你)(?:了|过)|"
    r"(?:刚才|刚刚|前面|上面|之前|早就|已经)(?:都|就)?(?:已经)?(?:报|说|讲|告诉|发|写|打)给(?:你|您)(?:过)?(?:了|的)|"
    # "这个前头跟你讲得清清楚楚了"
    r"(?:前头|前面|刚才|之前|开头|上面)[^。？?]{0,4}(?:讲|说|写)得?(?:清清楚楚|很清楚|明明白白|清楚|蛮清爽|清爽)|"
    # "证上的等级上面已经跟你讲清楚了", "前面那段话里就有": told before, in so many words
    r"(?:已经|早就|都)(?:跟|和|同)你(?:说|讲)(?:得)?(?:过|了|清楚|明白|清清楚楚)|"
    r"(?:前面|前头|刚才|上面|之前)(?:那段|那句|的)?(?:话)?(?:里|里面|里头)?(?:就|都|已经)(?:有|写着|说着)(?:了|的|啊|呀)?(?:$|[，,。！!\s])")
_NOT_UNDERSTOOD = re.compile(
    r"^(?:你|您)?(?:说的|讲的|问的)?(?:是)?(?:啥|什么)意思|^(?:这|这个)?(?:是)?(?:啥|什么)意思|听不懂|看不懂|不懂你|没听懂|没听明白|"
    r"不明白你|不知道你在问|不晓得你在问|搞不明白|弄不明白|搞不懂你|不太明白|没明白|你说的啥|你讲的啥|说的什么|(?<!不想)(?<!不要)(?<!懒得)再说一遍|没听清|"
    r"问题(?:是)?(?:什么|啥)意思|问的(?:是)?(?:什么|啥)|(?:这|那)(?:句话|句|个词|几个字|个说法|条)(?:是)?(?:啥|什么)意思|"
    r"^(?:啊|嗯|哈|啥|什么)?[？?]+$|(?:这|这个|那|那个)(?:说的|讲的|问的|指的)(?:是)?(?:啥|什么)意思|^(?:啊|哈|啥|什么|啥子|么事|你说啥|你讲啥|说啥|讲啥|你说什么|你讲什么)[？?。!！\s]*$|"
    r"(?:^|[你您\s，,])(?:说的|讲的)?(?:听不清|听不见|没听见|没听清)楚?(?:[，,。！!？?\s]|$)|大声(?:一)?点|说慢(?:一)?点|讲慢(?:一)?点|(?<!不想)(?<!不要)(?<!懒得)再(?:讲|说)一(?:遍|次)|"
    # "职工养老跟居民养老到底啥区别，我分不清": the question's terms are not understood
    r"(?:区别|差别|不同)[^。.？?]{0,8}分不清|分不清[^。.]{0,6}(?:区别|差别)|"
    # "职工养老跟农保有啥不一样，我搞不清": two terms compared, not understood
    r"(?:啥|什么)(?:不一样|区别|差别|不同)[^。.]{0,6}(?:搞不清|分不清|弄不清|搞不懂|弄不懂|不懂|不明白)|"
    r"(?:搞|弄)不(?:清楚?|懂|明白)你|不知道你(?:在)?(?:问|说)|你(?:在)?(?:问|说|讲)(?:的)?(?:啥|什么)|"
    # "事业单位是哪种单位 学校医院算不算": the question's term itself asked about
    r"(?:^|[，,。\s])[\u4e00-\u9fff]{2,6}是(?:哪种|哪一种|哪类|哪一类)(?:单位|人|情况)|"
    r"(?:讲|说|问)得?太复杂|太复杂了|我?(?:老太婆|老头子|老人家)?(?:搞|弄|听)不懂$|"
    # "劳动能力指的是啥", "具体指哪些", "说得太绕了，到底问啥", "看不明白", "还是不懂", "我不懂"
    r"指的是(?:啥|什么|哪些|哪种|哪一种|哪类|哪样|哪几|谁)|(?:具体|到底)指(?:啥|什么|哪些|哪种|哪类|哪几|谁)|是指(?:啥|什么|哪些|哪种|哪一种|哪类|哪样|哪几|谁)|"
    # "两倍是怎么个算法", "家庭经济困难是怎么算的": how the question's term is counted (session 28; "X是什么意思" the oldest
    # tables score as a question back, the newer as not understood — both are answered by explaining, left as it was)
    r"(?:^|[，,。\s])[\u4e00-\u9fff]{1,8}是怎么(?:个)?算(?:法)?(?:的)?(?:[，,。？?\s]|$)|"
    r"(?:说|讲)(?:得)?(?:清楚|明白)(?:一)?点|太绕|绕来绕去|到底(?:问|说|讲|要问)(?:的)?(?:是)?(?:啥|什么)|"
    r"(?:看|听|搞|弄)不明白|(?:还是|都|也)(?:看|听)?不懂|我(?:也)?不懂$|我弄不懂|我看不懂|"
    # "两倍是什么两倍，什么跟什么比", "你说的法定义务人是谁啊": the question's own words not understood
    r"([\u4e00-\u9fff]{1,4})是(?:什么|啥个?)\1|什么跟什么|啥个?跟啥个?|你(?:说|讲)的[^。，,？?]{1,8}是(?:谁|啥|什么)|"
    # "那个其他困难人员，是个什么说法", "这几类我都对不上号，什么意思"
    r"是个?(?:什么|啥个?)说法|是个?(?:什么|啥)东西(?:啊|呀|哦)?[？?。]*(?:$|[，,\s]+(?:我|俺)?(?:从来|根本|都|也)?没(?:有)?听(?:说|到)?过)|"
    # "…我一头雾水", "你说的那几类我都搞不清": lost in the question's own words
    r"一头雾水|云里雾里|摸不着头脑|绕不过来|绕晕了?|绕糊涂了?|转不过弯来|"
    # "我搞不懂这个说法", "弄不明白你这个词": the question's term itself not understood
    r"(?:搞|弄|闹)不(?:懂|明白|清楚?)(?:你)?(?:这个|那个|这|那|这种|那种)(?:说法|讲法|词|意思|名词|叫法)|(?:你|您)(?:说|讲|问)的(?:那|这)(?:几|些)?(?:类|种|样|个|条)?[^，,。？?\s]{0,6}?(?:我)?(?:都|也|全)?(?:搞不清|弄不清|分不清|搞不懂|弄不懂|不懂|不明白)|(?:^|[，,。\s])(?:这|这个|那|那个)?(?:标准|线|规定|条件|说法|词)(?:是)?(?:啥|什么)意思|(?:^|[，,。\s])(?:这|这个|那|那个)?(?:是)?(?:啥|什么)意思(?:啊|呀|哦|呢)?[？?。！!]*$")
# "是按一个月算还是一年算 我搞不清": which way the question's measure is counted, not understood
_TERM_NOT_UNDERSTOOD = re.compile(
    r"(?:按|算)[^，,。？?\s]{1,8}还是[^，,。？?\s]{1,8}[？?]?[，,\s]+(?:我)?(?:也|都|真)?(?:搞不清|弄不清|分不清|搞不懂|弄不懂|搞不明白|弄不明白|不懂)")
_NOT_UNDERSTOOD = re.compile(_NOT_UNDERSTOOD.pattern + "|" + _TERM_NOT_UNDERSTOOD.pattern)
NOT_UNDERSTOOD_RE = _NOT_UNDERSTOOD
ALREADY_SAID_RE = _ALREADY_SAID
_QUESTION = re.compile(
    r"[？?]|多少钱|是多少|有多少|能拿多少|给多少|怎么|咋办|咋弄|(?:在|去|到|上|找)哪(?:里|儿)|哪(?:里|儿)(?:办|申请|领|交|查|能)|"
    # ("哪个老板也没给我交过": none of them, said, not asked)
    r"(?:哪个|哪些|哪家|哪张|哪一张|哪种|哪一种)(?![^，,。？?\s]{0,6}?(?:也|都)(?:没|不|无))|什么时候|多久|多长时间|找谁|是谁|"
    r"(?:要|需要|带|准备|交|是|叫|算|有)(?:什么|啥)|(?:要|需要|得)(?:带|交|准备|拍|复印)几(?:张|份|本|样)|(?:什么|啥)(?:材料|条件|标准|时候|地方|部门|手续|证件|区别)|为什么|为啥|干嘛|"
    # (a clause ending 什么 is no question by its 么: "剩不下什么", "没剩什么" — "要什么", "是什么" are, above)
    r"啥叫|什么叫|什么是|是指|(?:吗|(?<!什)么|呢)[。.!！]?$|可不可以|算不算|行不行|"
    # "户口簿要原件还是复印件就行": which of two will do, asked
    r"还是[^，,。\s]{1,8}?(?:就行|就可以|就够|才行)(?:吗|呢|啊|呀)?[？?]?$"
    # "户口本是拍个照就行 还是一定要带那本红皮的过去": this will do, or that is needed, asked
    r"|(?:就行|就可以|就够了?)[\s，,]*还是(?:一定|必须|非得|非要|得|要)")
# "要是排上了 一个月大概要付几百块": what it would cost, supposed, asked
_COST_SUPPOSED = re.compile(r"^(?:要是|如果|假如|万一)[^。？?]{1,12}[，,\s][^。？?]{0,10}(?:要|得|需要)(?:付|交|出|掏)(?:几|多少)")


# a question about the assistant itself: a machine or a person ("对面是真人吗", "是电脑自动回的吧")
_ABOUT_US = re.compile(r"(?:你|您|你们|跟我(?:说话|聊天|讲话)的|和我(?:说话|聊天)的|回我的|对面|这边)[^，,。？?\s]{0,6}?"
                       r"(?:是不是|是|就是)?(?:个)?(?:机器人|机器|电脑|自动(?:回|回复|回答|答)|人工智能|AI|真人|活人|人工)")


def is_question(text: str) -> bool:
    return bool(_QUESTION.search(text) or A_NOT_A.search(text))


def classify(text: str, asked: Optional[str], answered: bool, asks: bool, said: bool = False) -> Optional[str]:
    """The kind of non-answer ``text`` is, if any.

    ``answered``: the message gave the asked fact ("不知道" included): then it
    is an answer, even with a question or "等一下" in it (the dialogue still
    sees ``asks`` and answers the question). ``asks``: a clause of the message
    asks something back. A first message, with no question asked, is never a
    non-answer. ``said``: the message corrects a fact told before: then
    "等一下" is the resident taking a moment, not a pause in the answer ("等一下我翻了
    缴费本子，是十五年").
    """
    if asked is None:
        return None
    if _NOT_UNDERSTOOD.search(text) and not answered:
        return NOT_UNDERSTOOD
    if _ALREADY_SAID.search(text):
        return ALREADY_SAID
    if answered:
        return None
    if _ABOUT_US.search(text):
        return SIDE_QUESTION  # "你是机器人吧", "跟我说话的是电脑自动回的吗": asked who answers, no answer
    if asks and re.match(r"^(?:我)?(?:先|想|还想)问(?:一下|问|下)[，,]", text):
        return SIDE_QUESTION  # "先问一下，交满十五年跟没交满差别大不大": asking us, not going to ask someone
    sent = bool(_SENT_TO_ASK.search(text))  # "我老太婆叫我来问问": sent to ask us, not going to ask someone
    if _WAIT.search(text) and not said and not sent and (not (re.search(r"[？?]|多少|什么|怎么|哪|(?:吗|伐)$", text) or re.search(
            r"要不要|该不该|用不用|需不需要", text)) or re.search(
            r"(?:等(?:一)?(?:下|会儿?)|稍等)[^，,。\s]{0,3}[，,\s]\s*(?:我)?(?:去)?问(?:问|一下)", text)):
        # "我这在开车呢，过会儿再说"; "你等一会儿，我问问我老公他一个月到手多少": a question for someone else
        return WAIT
    if asks or re.search(r"[？?]|要不要|该不该|用不用|需不需要", text) or _COST_SUPPOSED.search(text):
        return SIDE_QUESTION  # "是算税前还是税后？", "我要不要先去找个律师": asks us what to do
    if _WAIT.search(text) and not said and not sent:
        return WAIT
    return None
