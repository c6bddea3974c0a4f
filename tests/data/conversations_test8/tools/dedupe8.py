"""Set 13: compare every new text with every string already in /work/main/tests/data.

Since set 14 this is a thin call of set 14's parameterized setgen.dedupe, which replaces the copy of
set 12's dedupe7 this script held (same method, same output): the new texts are this folder's
conversations (who lines, answers-map texts, say turns) and answers_test7 / gaps_test5 / stories_test5;
set 9's dedupe4 gives old_strings() (every Chinese string of 4+ characters in every .yml/.jsonl under
/work/main/tests/data) and similar() (difflib ratio above 0.75); pairs among the new texts are listed.

Service ids only (no older text is printed): every where-to-go conversation of this set must use a
service that no conversation of sets 9-12 (conversations_test4/5/6/7) uses, and no gap service row may
repeat a service row of gaps_test ... gaps_test4.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(os.path.dirname(BASE), 'conversations_test9', 'tools'))
import setgen  # noqa: E402  (set 14's)

CFG = setgen.SetConfig(
    tools_dir=HERE, set_dir=BASE, prefix='b13', aprefix='n',
    answers='answers_test7.jsonl', gaps='gaps_test5.jsonl', stories='stories_test5.jsonl',
    screenings=48, where=12,
    old_conversations=('conversations_test4', 'conversations_test5', 'conversations_test6', 'conversations_test7'),
    old_gaps=('gaps_test.jsonl', 'gaps_test2.jsonl', 'gaps_test3.jsonl', 'gaps_test4.jsonl'))

if __name__ == '__main__':
    sys.exit(1 if setgen.dedupe(CFG) else 0)
