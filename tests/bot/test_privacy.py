import logging

from bot.privacy import MaskingFilter, mask


def test_mask_personal_data():
    text = "我身份证330501199001011234，手机13812345678，卡号6222 0212 3456 7890 123，月收入两千元，二级残疾"
    masked = mask(text)
    for secret in ("330501199001011234", "13812345678", "6222 0212 3456 7890 123", "两千", "二级残疾"):
        assert secret not in masked
    assert "[身份证号]" in masked and "[电话]" in masked and "[银行卡号]" in masked
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
    assert "1234567" not in caplog.text and "[电话]" in caplog.text
