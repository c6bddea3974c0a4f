"""Set 21: near-duplicates against /work/main/tests/data and service overlaps (setgen.dedupe).

Every service without rules had been used by an older conversation set (conversations_dev .. conversations_test15),
so all 14 of this set's where-to-go services are, by design, among the least used ones (each used once before, see
NOTES.md). Those 14 overlaps are listed below as REUSED and do not fail the run; any other hit, near pair among
new texts or overlap (a gap service row of an older gap file, another where-to-go service) still exits 1."""
import sys

from config16 import CFG
import setgen

REUSED = {
    'essential_medicines', 'fitness_guidance', 'huzhou_culture_cloud', 'basic_public_health_services',
    'cultural_relics_protection', 'emergency_self_rescue_training', 'entrepreneurship_training', 'farmers_bookstore',
    'joint_recruitment', 'military_retiree_transfer', 'public_training_base', 'small_class_education',
    'tcm_preventive_care', 'tiered_diagnosis',
}

if __name__ == '__main__':
    n = setgen.dedupe(CFG)
    accepted = [o for o in setgen.service_overlaps(CFG) if o[0].startswith(CFG.prefix + '-') and o[1] in REUSED]
    print('REUSED where-to-go services (least used before, accepted):', len(accepted))
    print('counted against the run:', n - len(accepted))
    sys.exit(1 if n - len(accepted) else 0)
