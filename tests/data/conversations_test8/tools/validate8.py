"""Set 13: validate ../*.yml, ../../answers_test7.jsonl, ../../gaps_test5.jsonl and ../../stories_test5.jsonl.

Set 12's validate7.py is imported, not copied and not run as a script: its conversations(), answers(),
gaps() and stories() read the module globals BASE, HERE, PREFIX, APREFIX, ANSWERS, GAPS and STORIES,
which are pointed at this set here (ids b13-<style>-<topic>-NN and n001...). Its checks: keys and ids,
services and facts in the catalogue, facts limited to the service's criterion facts plus hukou/residence,
values fit their types and options, not_asked within facts, verdict = set 7's sim.verdict, office =
sim.office and a catalogue body name or local form, no digit in an expectation, 48 screenings and 12
where-to-go questions, all seven styles, the yml equal to a fresh generation from the specs with no
generator flag; answers (150, kinds, facts, values, exactly one of facts / non_answer, all catalogue
facts asked), gaps (60, 10 service rows with their own body and section), stories (30, 100-300
characters, 2-3 bodies, domains); and no id already used under /work/main/tests/data (set 11's
validate6.old_ids). Added here: every service with rules is screened at least once, and the
where-to-go services are pairwise different.
"""
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
DATA = os.path.dirname(BASE)
sys.path.insert(0, os.path.join(DATA, 'conversations_test7', 'tools'))
import validate7  # noqa: E402  (set 12's; nothing runs at import)

validate7.HERE, validate7.BASE, validate7.DATA = HERE, BASE, DATA
validate7.PREFIX, validate7.APREFIX = 'b13', 'n'
validate7.ANSWERS, validate7.GAPS, validate7.STORIES = 'answers_test7.jsonl', 'gaps_test5.jsonl', 'stories_test5.jsonl'
errs, sim = validate7.errs, validate7.sim


def main():
    ids, services, styles, verdicts = validate7.conversations()
    a = validate7.answers()
    g = validate7.gaps()
    s = validate7.stories()
    clash = (ids | {r['id'] for r in a}) & validate7.validate6.old_ids()
    if clash:
        errs.append(('ids already used under tests/data', sorted(clash)))
    with_rules = {x for x in sim.SERVICES if sim.SERVICES[x].get('criteria')}
    missing = sorted(with_rules - set(services))
    if missing:
        errs.append(('services with rules never screened', missing))
    where = [x for x in services if x not in with_rules]
    if any(services[x] > 1 for x in where):
        errs.append(('a where-to-go service used twice', [x for x in where if services[x] > 1]))
    print('conversations', len(ids), 'answers', len(a), 'gaps', len(g), '(services %d)' % sum('service' in r for r in g),
          'stories', len(s), 'errors', len(errs))
    for x in errs:
        print('  ', x)
    rule = [x for x in services if x in with_rules]
    print('services', len(services), 'with rules', len(rule), 'without', len(services) - len(rule))
    print(dict(styles))
    print(dict(verdicts))
    print(sorted(Counter(r['kind'] for r in a).items()))
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
