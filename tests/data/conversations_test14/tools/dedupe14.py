"""Set 19: near-duplicates against /work/main/tests/data and service overlaps (setgen.dedupe).

Only one service without rules (legal_education_publicity) had never been used by an older conversation set,
so 13 of this set's where-to-go services are, by design, the least used ones (each used once before, see
NOTES.md). Those 13 overlaps are listed below as REUSED and do not fail the run; any other hit, near pair among
new texts or overlap (a gap service row of an older gap file, another where-to-go service) still exits 1."""
import sys

from config14 import CFG
import setgen

REUSED = {
    'left_behind_children_education', 'employment_services', 'entrepreneurship_support', 'rural_labour_transfer',
    'left_behind_children_care', 'resident_health_records', 'mental_health_services', 'primary_health_facilities',
    'tcm_medical_services', 'targeted_cultural_services', 'emergency_warning', 'marriage_family_counselling',
    'illegal_construction_control',
}

if __name__ == '__main__':
    n = setgen.dedupe(CFG)
    accepted = [o for o in setgen.service_overlaps(CFG) if o[0].startswith(CFG.prefix + '-') and o[1] in REUSED]
    print('REUSED where-to-go services (least used before, accepted):', len(accepted))
    print('counted against the run:', n - len(accepted))
    sys.exit(1 if n - len(accepted) else 0)
