"""Set 13: build ../<style>.yml from spec_*.txt with set 7's generator, unchanged.

Since set 14 this is a thin call of set 14's parameterized setgen.generate_conversations (set 7's
gen.py parse/emit, output in this set's folder, ids b7-<style>-<topic>-NN renamed b13-...), which
replaces the copy of set 12's gen7 steps this script held; the output is byte-identical (checked by
rerunning it: git status clean). Nothing of sets 7-12 is copied or run as a script.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(os.path.dirname(BASE), 'conversations_test9', 'tools'))
import setgen  # noqa: E402  (set 14's)

PREFIX = 'b13'


def main():
    return 1 if setgen.generate_conversations(HERE, BASE, PREFIX) else 0


if __name__ == '__main__':
    sys.exit(main())
