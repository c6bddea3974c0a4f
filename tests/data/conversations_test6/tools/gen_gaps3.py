"""Set 11: build ../../gaps_test3.jsonl from gaps_spec.txt (body|section|service|text).

Keys and checks as set 10's gen_gaps2.py and set 9's gen_gaps.py (whose SECTIONS and service_body
are imported; neither script is run, each writes its own set's file): text, body (an agencies.yml
body key), section (an outline sub-area), and for a catalogue service put in everyday words a
fourth key, service, whose body and section must be the service's own. Rows in md5 order, which
mixes the service rows among the gaps.
"""
import hashlib
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(DATA, 'conversations_test2', 'tools'))
sys.path.insert(0, os.path.join(DATA, 'conversations_test4', 'tools'))
import sim  # noqa: E402  (set 7's)
from gen_gaps import SECTIONS, service_body  # noqa: E402  (set 9's)

OUT = os.path.join(DATA, 'gaps_test3.jsonl')


def main():
    rows = []
    for line in open(os.path.join(HERE, 'gaps_spec.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        body, section, service, text = line.split('|', 3)
        assert body in sim.AGENCIES['bodies'], line
        assert section in SECTIONS, line
        row = {'text': text, 'body': body, 'section': section}
        if service:
            assert service in sim.SERVICES, line
            assert service_body(service) == body and sim.SERVICES[service]['section'] == section, line
            # in everyday words: no alias or name of the service inside the text
            s = sim.SERVICES[service]
            assert not [a for a in s.get('aliases', []) + [s['name']] if a in text], (line, 'alias')
            row['service'] = service
        rows.append(row)
    assert len({r['text'] for r in rows}) == len(rows)
    assert len(rows) == 60 and sum('service' in r for r in rows) == 10, len(rows)
    rows.sort(key=lambda r: hashlib.md5(r['text'].encode('utf-8')).hexdigest())
    with open(OUT, 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('rows', len(rows), 'gaps', sum('service' not in r for r in rows), 'services', sum('service' in r for r in rows))
    print(sorted(Counter(r['body'] for r in rows if 'service' not in r).items(), key=lambda x: -x[1]))
    print('domains', sorted(Counter(r['section'].split('.')[0] for r in rows).items()))
    # which gap texts contain a catalogue alias or name (a gap must not be a catalogue service)
    for r in rows:
        if 'service' in r:
            continue
        hit = [(sid, a) for sid, s in sim.SERVICES.items() for a in s.get('aliases', []) + [s['name']] if a in r['text']]
        if hit:
            print('  gap text holds an alias:', r['text'], hit)


if __name__ == '__main__':
    main()
