"""The REST channel refuses what it cannot take with a JSON message, and loses nothing."""
import json
import urllib.error
import urllib.request

import pytest

from channels.rest import MAX_BODY_BYTES, RequestRefused, parse_request


def body(**fields) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


def refused(raw: bytes, limit: int = 1000) -> RequestRefused:
    with pytest.raises(RequestRefused) as info:
        parse_request(raw, limit)
    return info.value


def test_a_good_request_is_read():
    request = parse_request(body(sender="居民-1", message="低保怎么申请", metadata={"page": "/zwfw"}), 1000)
    assert (request.sender, request.text, request.metadata) == ("居民-1", "低保怎么申请", {"page": "/zwfw"})


@pytest.mark.parametrize(
    "raw, status, code",
    [
        (b"not json", 400, "bad_json"),
        (b"\xff\xfe", 400, "bad_json"),
        (b"[1, 2]", 400, "bad_json"),
        (body(message="低保"), 400, "bad_sender"),
        (body(sender=7, message="低保"), 400, "bad_sender"),
        (body(sender="x" * 129, message="低保"), 400, "bad_sender"),
        (body(sender="a"), 400, "bad_message"),
        (body(sender="a", message=["低保"]), 400, "bad_message"),
        (body(sender="a", message="  \n "), 400, "empty_message"),
        (body(sender="a", message="低保", metadata="x"), 400, "bad_metadata"),
        (b" " * (MAX_BODY_BYTES + 1), 413, "body_too_large"),
    ],
)
def test_bad_requests_are_refused_with_a_reason(raw, status, code):
    error = refused(raw)
    assert (error.status, error.code) == (status, code)
    assert error.message


def test_an_oversized_message_is_refused_with_the_limit():
    error = refused(body(sender="a", message="低保" * 600), limit=1000)
    assert (error.status, error.code) == (413, "message_too_long")
    assert error.as_dict()["limit"] == 1000 and error.as_dict()["length"] == 1200
    assert "1000字以内" in error.message
    assert parse_request(body(sender="a", message="低" * 1000), 1000).text == "低" * 1000


def post_raw(client, raw: bytes):
    request = urllib.request.Request(client.base_url + "/webhooks/rest/webhook", data=raw,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read().decode("utf-8"))


@pytest.mark.servers
def test_the_server_refuses_bad_input_and_the_conversation_loses_nothing(client):
    sender = "rest-channel-check"
    assert client.say(sender, "低保怎么申请")
    before = client.tracker(sender)["events"]

    status, reply = post_raw(client, b"{not json")
    assert status == 400 and reply["error"] == "bad_json"
    status, reply = post_raw(client, body(sender=sender, message="低保" * 1000))
    assert status == 413 and reply["error"] == "message_too_long" and reply["limit"] == 1000
    status, reply = post_raw(client, body(sender=sender, message=""))
    assert status == 400 and reply["error"] == "empty_message"

    assert client.tracker(sender)["events"] == before  # nothing refused reached the conversation
    status, reply = post_raw(client, body(sender=sender, message="需要什么材料"))
    assert status == 200 and "最低生活保障" in reply[0]["text"]  # and it goes on where it was
