"""The action server loads what the first resident's turn would otherwise wait for."""


def test_warming_up_the_actions_loads_the_jieba_dictionary_the_reader_uses():
    import jieba

    from bot import speedups

    speedups.warm_up_actions()
    assert jieba.dt.initialized
