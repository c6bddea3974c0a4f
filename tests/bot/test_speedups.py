"""The action server reads its first message as fast as the next ones: the warm-up
loads the knowledge base and the default jieba dictionary the reader cuts with
(a cold load took 4 s on a busy machine, past the 2 s action timeout: an apology)."""
import jieba

from bot import speedups


def test_the_warm_up_loads_the_readers_dictionary():
    speedups.warm_up_actions()
    assert jieba.dt.initialized
