"""Set 27's parameters for set 14's setgen.py (folders, prefixes, files, counts, older sets compared with)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), 'conversations_test9', 'tools'))
from setgen import SetConfig  # noqa: E402  (set 14's module, imported for its functions)

CFG = SetConfig(
    tools_dir=HERE,
    set_dir=os.path.dirname(HERE),
    prefix='b27',
    aprefix='l',
    answers='answers_test21.jsonl',
    gaps='gaps_test19.jsonl',
    stories='stories_test19.jsonl',
    screenings=46,
    where=14,
    old_conversations=('conversations_dev2', 'conversations_test', 'conversations_test2',
                       'conversations_test3', 'conversations_test4', 'conversations_test5', 'conversations_test6',
                       'conversations_test7', 'conversations_test8', 'conversations_test9', 'conversations_test10',
                       'conversations_test11', 'conversations_test12', 'conversations_test13', 'conversations_test14',
                       'conversations_test15', 'conversations_test16', 'conversations_test17', 'conversations_test18',
                       'conversations_test19', 'conversations_test20', 'conversations_test21'),
    old_gaps=('gaps_dev.jsonl', 'gaps_test.jsonl', 'gaps_test2.jsonl', 'gaps_test3.jsonl', 'gaps_test4.jsonl',
              'gaps_test5.jsonl', 'gaps_test6.jsonl', 'gaps_test7.jsonl', 'gaps_test8.jsonl', 'gaps_test9.jsonl',
              'gaps_test10.jsonl', 'gaps_test11.jsonl', 'gaps_test12.jsonl', 'gaps_test13.jsonl', 'gaps_test14.jsonl',
              'gaps_test15.jsonl', 'gaps_test16.jsonl', 'gaps_test17.jsonl', 'gaps_test18.jsonl'),
)
