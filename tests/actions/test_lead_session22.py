"""The lead's fixes of session 22, at the causes of set 27's failed conversations (our own sentences)."""
from actions.eligibility import _amount_asked


def test_an_amount_told_in_the_story_is_not_an_amount_asked():
    assert not _amount_asked("孩子的医保是我们自己交的 一年好几千 听说政府能贴一点")
    assert _amount_asked("孩子的医保是我们自己交的 政府能贴多少")
    assert _amount_asked("一年好几千 标准是几块")
