"""Set 11: build ../../answers_test5.jsonl from answers_spec.txt (kind|asked|known|text|facts|non_answer).

Row format as answers_test4.jsonl: id (k001…), kind, asked, known, text, expect {facts, non_answer}.
Imported, not copied: set 10's KINDS and NON_ANSWERS (gen_answers5.py; importing it writes
nothing), set 7's parse_facts (gen.py) and set 9's validate4.check_value (type, options,
districts; '不知道' and '?range' allowed) for every fact id and value.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(DATA, 'conversations_test2', 'tools'))
sys.path.insert(0, os.path.join(DATA, 'conversations_test4', 'tools'))
sys.path.insert(0, os.path.join(DATA, 'conversations_test5', 'tools'))
import sim  # noqa: E402  (set 7's)
import validate4  # noqa: E402  (set 9's checks; nothing runs at import)
from gen import parse_facts  # noqa: E402  (set 7's)
from gen_answers5 import KINDS, NON_ANSWERS  # noqa: E402  (set 10's)

OUT = os.path.join(DATA, 'answers_test5.jsonl')
PREFIX = 'k'


def build():
    rows, errs = [], []
    for line in open(os.path.join(HERE, 'answers_spec.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        parts = line.split('|')
        if len(parts) != 6:
            errs.append(('bad line', line))
            continue
        kind, asked, known, text, facts, na = parts
        r = {'id': '%s%03d' % (PREFIX, len(rows) + 1), 'kind': kind, 'asked': asked, 'known': dict(parse_facts(known)),
             'text': text, 'expect': {'facts': dict(parse_facts(facts)), 'non_answer': na or None}}
        rows.append(r)
    for r in rows:
        where = r['id']
        if r['kind'] not in KINDS:
            errs.append((where, 'kind', r['kind']))
        if r['expect']['non_answer'] not in NON_ANSWERS:
            errs.append((where, 'non_answer', r['expect']['non_answer']))
        if r['expect']['non_answer'] and r['expect']['facts']:
            errs.append((where, 'non_answer with facts'))
        if not r['expect']['non_answer'] and not r['expect']['facts']:
            errs.append((where, 'neither facts nor non_answer'))
        if r['asked'] in r['known']:
            errs.append((where, 'asked fact already known'))
        if r['expect']['facts'] and r['asked'] not in r['expect']['facts']:
            errs.append((where, 'the asked fact is not among the expected facts'))
        for k in [r['asked']] + list(r['known']) + list(r['expect']['facts']):
            if k not in sim.FACTS:
                errs.append((where, 'unknown fact', k))
        for k, v in list(r['known'].items()) + list(r['expect']['facts'].items()):
            if k in sim.FACTS:
                before = len(validate4.errs)
                validate4.check_value(k, v, where)
                errs.extend(validate4.errs[before:])
    texts = [r['text'] for r in rows]
    if len(set(texts)) != len(texts):
        errs.append(('duplicate texts',))
    if len(rows) != 150:
        errs.append(('rows', len(rows)))
    return rows, errs


def main():
    rows, errs = build()
    with open(OUT, 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('rows', len(rows), 'errors', len(errs))
    for e in errs:
        print('  ', e)
    print(sorted(Counter(r['kind'] for r in rows).items()))
    print(Counter(r['expect']['non_answer'] for r in rows))
    print('unknown', sum('不知道' in r['expect']['facts'].values() for r in rows),
          'range', sum('?range' in r['expect']['facts'].values() for r in rows),
          'multi', sum(len(r['expect']['facts']) > 1 for r in rows), 'with known', sum(bool(r['known']) for r in rows))
    print('asked facts', len({r['asked'] for r in rows}), 'of', len(sim.FACTS),
          'never asked:', [f for f in sim.FACTS if f not in {r['asked'] for r in rows}])
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
