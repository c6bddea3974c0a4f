"""Set 13: build ../../gaps_test5.jsonl from gaps_spec.txt (body|section|service|text).

As set 12's gen_gaps4.py: set 11's gen_gaps3.py is imported, not copied and not run as a script; its
main() (set 9's SECTIONS and service_body; bodies, sections, service rows in everyday words without
the service's name or aliases, 60 rows with 10 service rows, md5 order, gap texts holding a catalogue
alias printed) is pointed at this folder's spec and this set's output file.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(DATA, 'conversations_test6', 'tools'))
import gen_gaps3  # noqa: E402  (set 11's; importing it writes nothing)

gen_gaps3.HERE = HERE
gen_gaps3.OUT = os.path.join(DATA, 'gaps_test5.jsonl')

if __name__ == '__main__':
    gen_gaps3.main()
