"""Set 14's parameters for setgen.py (folders, prefixes, files, counts, older sets compared with)."""
import os

from setgen import SetConfig

HERE = os.path.dirname(os.path.abspath(__file__))
CFG = SetConfig(
    tools_dir=HERE,
    set_dir=os.path.dirname(HERE),
    prefix='b14',
    aprefix='p',
    answers='answers_test8.jsonl',
    gaps='gaps_test6.jsonl',
    stories='stories_test6.jsonl',
    screenings=46,
    where=14,
    old_conversations=('conversations_test4', 'conversations_test5', 'conversations_test6',
                       'conversations_test7', 'conversations_test8'),
    old_gaps=('gaps_test.jsonl', 'gaps_test2.jsonl', 'gaps_test3.jsonl', 'gaps_test4.jsonl', 'gaps_test5.jsonl'),
)
