"""Set 13: build ../../answers_test7.jsonl from answers_spec.txt (kind|asked|known|text|facts|non_answer).

As set 12's gen_answers7.py: set 11's gen_answers6.py is imported, not copied and not run as a script;
its build() and main() (set 7's parse_facts, set 9's validate4.check_value, set 10's KINDS/NON_ANSWERS;
150 rows, exactly one of facts / non_answer, the asked fact among the expected facts, unique texts)
are pointed at this folder's spec, this set's output file and the id prefix 'n' (unused under
tests/data; validate8.py checks every id against /work/main/tests/data).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(DATA, 'conversations_test6', 'tools'))
import gen_answers6  # noqa: E402  (set 11's; importing it writes nothing)

gen_answers6.HERE = HERE
gen_answers6.OUT = os.path.join(DATA, 'answers_test7.jsonl')
gen_answers6.PREFIX = 'n'

if __name__ == '__main__':
    sys.exit(gen_answers6.main())
