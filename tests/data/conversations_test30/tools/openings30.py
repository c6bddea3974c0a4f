"""Set 35: which openings name their service (its name or a catalogue alias) and which are worded in the
resident's everyday words; report only, exits 0."""
import glob
import os

import yaml

from config30 import CFG
import setgen

n_plain = 0
for f in sorted(glob.glob(os.path.join(CFG.set_dir, '*.yml'))):
    for c in yaml.safe_load(open(f, encoding='utf-8'))['conversations']:
        s = setgen.sim.SERVICES[c['expect']['service']]
        first = c['turns'][0]['say']
        named = [a for a in s.get('aliases', []) + [s['name']] if a in first]
        n_plain += not named
        print('%-45s %s' % (c['id'], 'NAMES %s' % named if named else 'everyday words'))
print('openings in everyday words:', n_plain)
