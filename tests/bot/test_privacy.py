import json
import logging

from bot.privacy import MaskingFilter, install_log_masking, mask, mask_event, mask_identifiers, mask_log_text


def test_mask_personal_data():
    text = "我身份证330501199001011234，手机13812345678，卡号6222 0212 3456 7890 123，月收入两千元，二级残疾"
    masked = mask(text)
    for secret in ("330501199001011234", "13812345678", "6222 0212 3456 7890 123", "两千", "二级残疾"):
        assert secret not in masked
    assert "330***********1234" in masked and "138****5678" in masked and "6222***********0123" in masked
    assert "[收入信息]" in masked and "[残疾信息]" in masked


def test_mask_leaves_ordinary_text_and_hotlines():
    assert mask("低保怎么申请，打12345") == "低保怎么申请，打12345"
    assert mask(None) is None


def test_logging_filter_masks_records(caplog):
    logger = logging.getLogger("test.privacy")
    handler_filter = MaskingFilter()
    caplog.handler.addFilter(handler_filter)
    with caplog.at_level(logging.INFO):
        logger.info("resident said %s", "电话0572-1234567")
    assert "1234567" not in caplog.text and "0572-*****67" in caplog.text


def test_identifiers_keep_their_ends_and_facts_stay_for_the_dialogue():
    assert mask_identifiers("身份证33050119900101123X") == "身份证330***********123X"
    assert mask_identifiers("电话 +86 139-1234-8765") == "电话 139****8765"
    assert mask_identifiers("月收入两千元，二级残疾") == "月收入两千元，二级残疾"  # the screening reads these back


def test_events_are_masked_in_what_was_said_not_in_their_ids():
    event = {"event": "user", "timestamp": 1733112345.5, "message_id": "13912345678",
             "text": "我的手机13912345678", "parse_data": {"text": "我的手机13912345678",
                                                          "entities": [{"entity": "x", "value": "13912345678"}]},
             "metadata": {"buttons": [{"title": "6222021234567890123"}]}}
    masked = mask_event(event)
    assert "13912345678" not in json.dumps({k: v for k, v in masked.items() if k != "message_id"})
    assert masked["message_id"] == "13912345678" and masked["timestamp"] == 1733112345.5
    assert masked["parse_data"]["entities"][0]["value"] == "139****5678"


def test_log_text_reads_json_escapes_and_hides_tokens():
    line = '{"event": "user", "text": "\\u53f713912345678"} GET /conversations/x/tracker?token=s3cret'
    masked = mask_log_text(line)
    assert "13912345678" not in masked and "s3cret" not in masked and "号139****5678" in masked


def test_the_record_factory_masks_records_of_any_logger(capsys):
    factory = logging.getLogRecordFactory()
    install_log_masking()
    handler = logging.StreamHandler()  # attached after installing, as Rasa's are
    logger = logging.getLogger("test.privacy.late")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        logger.info("user said %s", "身份证330501199001011234")
        try:
            raise ValueError("bad input 13812345678")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
        logging.setLogRecordFactory(factory)
    err = capsys.readouterr().err
    assert "330501199001011234" not in err and "330***********1234" in err
    assert "13812345678" not in err and "138****5678" in err and "Traceback" in err
