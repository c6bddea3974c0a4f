"""Set 13: build ../<style>.yml from spec_*.txt with set 7's generator, unchanged.

As set 12's gen7.py: set 7's gen.py (parse, compute with sim.py, emit) is imported from
../../conversations_test2/tools; the output folder is this set's folder (one yml per style at its top)
and the ids set 7's emit writes as b7-<style>-<topic>-NN are renamed b13-<style>-<topic>-NN.
gen7.main hard-codes set 12's b12- prefix, so its four steps (parse, emit, rename, report) are
repeated here with this set's prefix. Nothing of sets 7-12 is copied or run as a script.
"""
import glob
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
SET7 = os.path.join(os.path.dirname(BASE), 'conversations_test2', 'tools')
sys.path.insert(0, SET7)
import gen  # noqa: E402  (set 7's generator)

gen.OUT = BASE
PREFIX = 'b13'


def main():
    styles, convs = gen.parse(sorted(glob.glob(os.path.join(HERE, 'spec_*.txt'))))
    report = gen.emit(styles, convs)
    for st in styles:
        path = os.path.join(BASE, st + '.yml')
        text = open(path, encoding='utf-8').read()
        text = re.sub(r'^  - id: b7-', '  - id: %s-' % PREFIX, text, flags=re.M)
        open(path, 'w', encoding='utf-8').write(text)
    bad = 0
    for cid, service, verdict, facts, rc, na, log, unused in report:
        flag = ''
        if log or unused:
            flag = '  <-- %s%s' % (log, ' unused answers %s' % unused if unused else '')
            bad += 1
        print(PREFIX + cid[2:], service, verdict, facts, 'rc=%s' % rc, 'na=%s' % na, flag)
    print('conversations:', len(report), 'flagged:', bad)
    print(Counter(r[0].split('-')[1] for r in report))
    print(Counter(r[2] for r in report))
    print(sorted(Counter(r[1] for r in report).items(), key=lambda x: -x[1]))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
