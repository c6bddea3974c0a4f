"""Set 20's Wu openings that the finder did not reach (session 16): the government's floor asked for (吃政府个底) and
someone no one can support asked to be taken into care (政府好勿好拿伊管起来). Our own sentences; near misses get no cue."""
import pytest

from bot.finder_cues import cued_services


@pytest.mark.parametrize("text, service", [
    ("两个老的一个月加起来几百块 想问问能不能吃政府的底", "minimum_living_allowance"),
    ("屋里实在过不下去 政府好不好给阿拉兜个底", "minimum_living_allowance"),
    ("我走了以后 政府能不能把他养起来", "extreme_poverty_support"),
    ("弟弟傻了一辈子 我七十多了养不动了 政府能不能把他接过去管起来", "extreme_poverty_support"),
    ("阿拉囡儿脑子不灵 阿拉养勿动哉 政府好勿好拿伊管起来", "extreme_poverty_support"),
])
def test_a_wu_or_plain_request_for_the_governments_care(text, service):
    assert service in cued_services(text)


@pytest.mark.parametrize("text", [
    "孩子我实在管不动了 政府能管管吗",   # a teenager out of hand: no care of the destitute
    "政府把路灯管起来了没有",           # a thing, not a person
    "底薪多少",                        # no floor under a household
    "这事政府兜底吗 我问问保险理赔",       # an insurer's claim, no household named
])
def test_near_misses_get_no_such_cue(text):
    assert not {"minimum_living_allowance", "extreme_poverty_support"} & set(cued_services(text))
