"""A small re-implementation of the catalogue's eligibility rule semantics (knowledge_base/README.md),
written blind (from the catalogue files and README only) to compute verdicts and expected facts.

Semantics used
  * a criterion is pass / fail / consult / unknown (value 不知道 or ?range) / missing (not yet known)
  * rule {is}, {ge, gt, le, lt}, {in, not_in}, {in_huzhou}, {local} (any known value -> consult)
  * consult_if: a failing value matching it -> consult; otherwise: consult -> every fail is consult
  * several children (a list value): the best child decides (pass > consult > unknown > fail)
  * any_of: any known alternative passing -> pass; else the first missing alternative is asked;
    else unknown if any unknown, consult if any consult, fail (or consult with otherwise: consult)
  * when: the condition's fact is asked first; the criterion (or alternative) applies only if it holds
  * kind: priority / step never decide; priority facts are asked after the deciding criteria
    (when the screening has not failed), step facts are never asked
  * the screening stops as soon as any deciding criterion fails on what is known
    (so a fail stated in the opening message ends it before anything is asked)
  * verdict: any fail -> not_eligible; else any unknown/missing -> undetermined; else any consult
    -> possibly_eligible; else likely_eligible; a service without criteria -> none
"""
import glob
import os
import yaml

CAT = '/work/main/knowledge_base/catalogue'
COUNTIES = ['吴兴区', '南浔区', '德清县', '长兴县', '安吉县']
UNKNOWN = ('不知道', '?range')
RANK = {'pass': 4, 'consult': 3, 'unknown': 2, 'fail': 1}


def load():
    services = {}
    for f in sorted(glob.glob(os.path.join(CAT, 'services', '*.yml'))):
        for s in yaml.safe_load(open(f, encoding='utf-8'))['services']:
            services[s['id']] = s
    facts = yaml.safe_load(open(os.path.join(CAT, 'facts.yml'), encoding='utf-8'))['facts']
    agencies = yaml.safe_load(open(os.path.join(CAT, 'agencies.yml'), encoding='utf-8'))
    return services, facts, agencies


SERVICES, FACTS, AGENCIES = load()


def _rule_one(rule, v):
    """True/False for one known scalar value."""
    if 'is' in rule:
        return v is rule['is']
    if 'in_huzhou' in rule:
        return (v in COUNTIES) == rule['in_huzhou']
    if 'in' in rule:
        return v in rule['in']
    if 'not_in' in rule:
        return v not in rule['not_in']
    ok = True
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        return False
    if 'ge' in rule: ok = ok and v >= rule['ge']
    if 'gt' in rule: ok = ok and v > rule['gt']
    if 'le' in rule: ok = ok and v <= rule['le']
    if 'lt' in rule: ok = ok and v < rule['lt']
    return ok


def _status_value(crit, v):
    if v in UNKNOWN:
        return 'unknown'
    rule = crit['rule']
    if rule.get('local'):
        return 'consult'
    if _rule_one(rule, v):
        return 'pass'
    if 'consult_if' in crit and _rule_one(crit['consult_if'], v):
        return 'consult'
    if crit.get('otherwise') == 'consult':
        return 'consult'
    return 'fail'


def _simple(crit, known):
    """status of a criterion with a fact, or ('missing', fact)."""
    f = crit['fact']
    if f not in known:
        return 'missing', f
    v = known[f]
    if isinstance(v, list):
        sts = [_status_value(crit, x) for x in v]
        return max(sts, key=lambda s: RANK[s]), None
    return _status_value(crit, v), None


def _when(crit, known):
    """None if no when; else 'holds' / 'not' / ('missing', fact)."""
    w = crit.get('when')
    if not w:
        return None
    st, miss = _simple(w, known)
    if st == 'missing':
        return ('missing', miss)
    return 'holds' if st == 'pass' else 'not'


def status(crit, known):
    """-> (status, fact_to_ask). status in pass/fail/consult/unknown/missing/na."""
    w = _when(crit, known)
    if isinstance(w, tuple):
        return 'missing', w[1]
    if w == 'not':
        return 'na', None
    if 'any_of' in crit:
        sts = []
        first_missing = None
        for alt in crit['any_of']:
            wa = _when(alt, known)
            if isinstance(wa, tuple):
                sts.append('missing'); first_missing = first_missing or wa[1]; continue
            if wa == 'not':
                continue
            st, miss = _simple(alt, known)
            if st == 'pass':
                return 'pass', None
            if st == 'missing':
                first_missing = first_missing or miss
            sts.append(st)
        if first_missing:
            return 'missing', first_missing
        if 'unknown' in sts:
            return 'unknown', None
        if 'consult' in sts:
            return 'consult', None
        return ('consult' if crit.get('otherwise') == 'consult' else 'fail'), None
    return _simple(crit, known)


def deciding(service):
    return [c for c in SERVICES[service].get('criteria', []) if c.get('kind') not in ('priority', 'step')]


def priority(service):
    return [c for c in SERVICES[service].get('criteria', []) if c.get('kind') == 'priority']


def criterion_facts(service):
    out = []
    for c in SERVICES[service].get('criteria', []):
        if c.get('kind') == 'step':
            continue
        for x in ([c] + c.get('any_of', [])):
            for k in ('when',):
                if x.get(k):
                    out.append(x[k]['fact'])
            if 'fact' in x:
                out.append(x['fact'])
    seen = []
    for f in out:
        if f not in seen:
            seen.append(f)
    return seen


def verdict(service, known):
    crits = SERVICES[service].get('criteria', [])
    if not crits:
        return 'none'
    sts = [status(c, known)[0] for c in deciding(service)]
    if 'fail' in sts:
        return 'not_eligible'
    if 'unknown' in sts or 'missing' in sts:
        return 'undetermined'
    if 'consult' in sts:
        return 'possibly_eligible'
    return 'likely_eligible'


def next_ask(service, known):
    """The fact the screening asks next, or None when it is over (finished or failed)."""
    dec = deciding(service)
    sts = [status(c, known) for c in dec]
    if any(s == 'fail' for s, _ in sts):
        return None
    for s, f in sts:
        if s == 'missing':
            return f
    for c in priority(service):
        s, f = status(c, known)
        if s == 'missing':
            return f
    return None


def screen(service, known, answers, log):
    """Ask facts in order using answers {fact: value}; returns the facts asked."""
    asked = []
    while True:
        f = next_ask(service, known)
        if f is None:
            return asked
        if f not in answers:
            log.append('UNEXPLAINED ASK %s' % f)
            return asked
        known[f] = answers[f]
        asked.append(f)


def office(service, known):
    s = SERVICES[service]
    body = (s.get('agency_current') or {}).get('body') or AGENCIES['outline_names'][s['agency']]['body']
    b = AGENCIES['bodies'][body]
    where = (s.get('apply_at') or {}).get('where')
    place = known.get('hukou_place') if where == 'hukou' else known.get('residence_place')
    if b.get('local') is None:
        return b['name']
    if place not in COUNTIES:
        return None
    return b['local'].replace('{place}', place)


def run(service, turns, answers):
    """turns: list of ('say', stated_facts, where_flag) or ('answer_all',).
    Returns dict facts, verdict, reply_contains, asked (list), log."""
    known = {}
    asked_all = []
    log = []
    rc = []
    has_rules = bool(SERVICES[service].get('criteria'))
    started = False
    for t in turns:
        if t[0] == 'say':
            known.update(t[1])
            if t[2]:
                o = office(service, known)
                if o and o not in rc:
                    rc.append(o)
                if not o:
                    log.append('WHERE WITHOUT PLACE')
            started = True
        elif t[0] == 'answer_all':
            if has_rules:
                asked_all += screen(service, known, answers, log)
    if has_rules and next_ask(service, known) is not None:
        log.append('SCREENING INCOMPLETE, next=%s' % next_ask(service, known))
    return {'known': known, 'verdict': verdict(service, known), 'reply_contains': rc,
            'asked': asked_all, 'log': log}


def validate_dev(path_glob='/work/main/tests/data/conversations_dev2/*.yml'):
    ok = bad = 0
    out = []
    for f in sorted(glob.glob(path_glob)):
        for c in yaml.safe_load(open(f, encoding='utf-8'))['conversations']:
            e = c['expect']
            v = verdict(e['service'], e['facts'])
            if v == e['verdict']:
                ok += 1
            else:
                bad += 1
                out.append((c['id'], e['service'], e['verdict'], v, e['facts']))
    return ok, bad, out


if __name__ == '__main__':
    import sys
    for g in sys.argv[1:] or ['/work/main/tests/data/conversations_dev2/*.yml']:
        ok, bad, out = validate_dev(g)
        print(g, 'reproduced', ok, 'of', ok + bad)
        for o in out:
            print('  MISMATCH', o)
