"""Answers fitted to WeChat: numbered choices, 2048 bytes, 详情 pages, three messages at most."""
import pytest

from channels import wechat_replies as replies
from channels.wechat_replies import MAX_BYTES, Reply, from_messages, one_message, pages, pick_choice, size, up_to_three

FOLLOW_UPS = [{"title": "我能申请吗", "payload": "/check_eligibility"}, {"title": "去哪里办", "payload": "/ask_where"}]
RATINGS = [{"title": t, "payload": f"/rate_service{{\"rating\": \"{t}\"}}"} for t in ("满意", "不满意")]


def test_buttons_become_choices_numbered_across_the_turn():
    reply = from_messages([{"text": "答案", "buttons": FOLLOW_UPS}, {"text": "请评价：", "buttons": RATINGS}])
    assert reply.render() == "答案\n回复数字：1 我能申请吗  2 去哪里办\n\n请评价：\n回复数字：3 满意  4 不满意"
    assert [c[1] for c in reply.choices] == ["/check_eligibility", "/ask_where", RATINGS[0]["payload"],
                                             RATINGS[1]["payload"]]


def test_a_single_button_is_offered_as_words_so_a_number_stays_an_answer():
    reply = from_messages([{"text": "今年多大年纪？", "buttons": [{"title": "不知道", "payload": "不知道"}]}])
    assert reply.render() == "今年多大年纪？\n可以回复：不知道" and reply.choices == []
    assert pick_choice("1", reply.choices) is None


def test_images_and_attachments_are_plain_text():
    reply = from_messages([{"image": "https://example.org/a.png"}, {"attachment": "https://example.org/b.pdf"}])
    assert reply.render() == "https://example.org/a.png\n\nhttps://example.org/b.pdf"
    assert from_messages([{"custom": {"x": 1}}]).empty


@pytest.mark.parametrize("typed, expected", [
    ("1", "a"), (" 2 ", "b"), ("２", "b"), ("第3个", "c"), ("3.", "c"), ("3、", "c"),
    ("4", None), ("0", None), ("12岁", None), ("一", None), ("低保", None),
])
def test_typing_a_number_picks_that_choice(typed, expected):
    assert pick_choice(typed, [("A", "a"), ("B", "b"), ("C", "c")]) == expected


@pytest.mark.parametrize("typed", ["详情", "【详情】", "看详情", "全部", "看全部", "更多", "[详情]"])
def test_details_requests(typed):
    assert replies.asks_for_details(typed)


def test_not_details_requests():
    assert not replies.asks_for_details("低保详情怎么申请")


def long_reply(kb, names=("public_rental_housing", "minimum_living_allowance", "work_safety_training")) -> Reply:
    """A turn of real catalogue answers, longer than WeChat takes in one message."""
    from bot import answers

    services = {s.id: s for s in kb.services()}
    messages = [{"text": answers.overview(kb, services[n], "长兴县")} for n in names]
    messages[-1]["buttons"] = FOLLOW_UPS
    messages.append({"text": "这个回答对您有帮助吗？请评价：", "buttons": RATINGS})
    return from_messages(messages)


def test_a_long_turn_is_shortened_to_one_message_with_the_choices_and_the_rest_in_pages(kb):
    reply = long_reply(kb)
    assert size(reply.render()) > MAX_BYTES
    text, rest = one_message(reply)
    assert size(text) <= MAX_BYTES
    assert replies.MORE in text and "回复数字：1 我能申请吗  2 去哪里办" in text and "3 满意  4 不满意" in text
    assert text.startswith("【公共租赁住房】")  # the beginning, the essentials, first
    assert rest and all(size(replies.next_page(rest[i:])[0]) <= MAX_BYTES for i in range(len(rest)))
    shown = text.replace(replies.MORE, "")
    for line in reply.render().splitlines():  # every line is shown now or in a page later
        assert line in shown or any(line in page for page in rest)


def test_three_messages_when_three_are_enough_else_shortened(kb):
    reply = long_reply(kb)
    parts, rest = up_to_three(reply)
    assert 2 <= len(parts) <= 3 and rest == []
    assert all(size(p) <= MAX_BYTES for p in parts)
    assert "\n".join(parts).replace("\n", "") == reply.render().replace("\n", "")
    many = Reply.text("\n".join(f"第{i}行：" + "很长的内容" * 20 for i in range(60)))
    parts, rest = up_to_three(many)
    assert len(parts) == 1 and replies.MORE in parts[0] and rest


def test_pages_cut_at_lines_and_never_split_a_character():
    text = "\n".join("行" * 100 for _ in range(30))
    result = pages(text, 1000)
    assert all(size(p) <= 1000 for p in result)
    assert "".join(result).replace("\n", "") == text.replace("\n", "")
    assert pages("字" * 2000, 1000)[0] == "字" * 333


def test_a_reply_round_trips_through_the_store():
    reply = from_messages([{"text": "答案", "buttons": FOLLOW_UPS}])
    assert Reply.from_dict(reply.as_dict()) == reply
