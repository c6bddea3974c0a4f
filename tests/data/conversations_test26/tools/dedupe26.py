"""Set 30: near-duplicates against the older data (setgen.dedupe; read from this worktree's tests/data through
config26's loader) and service overlaps.

Every service without rules had been used by an older conversation set (conversations_dev2 .. conversations_test24).
The five used only once have a city-level or branch office and are left out as in sets 24-29; of the services used
exactly twice, the three whose latest use is oldest (radio_tv_coverage, sign_language_tv, water_pollution_control)
also have only a city-level or branch office and are left out the same way. Set 29 took the remaining twelve of the
conversations_test16 group and two of the conversations_test17 group (appointment_services,
county_hospital_services). Continuing that rule (services used exactly twice, oldest latest use first, then oldest
first use, then alphabetically), this set's 14 where-to-go services are the remaining twelve of the
conversations_test17 group (all first used in conversations_test13; all with a county office) and the two whose
latest use is conversations_test18: family_planning_reward_assistance (first used in conversations_test4) and
legal_education_publicity (first used in conversations_test14); see NOTES.md. They are listed below as REUSED.
Every service without rules had also been a gap service row, so the ten gap service rows continue set 29's rule
(services that were a service row exactly once, oldest files first, alphabetically within a file), skipping the
services this set's own conversations use (so that, as in sets 16-29, none of the ten is used by this set's
conversations): the six remaining rows of gaps_test7 (emergency_self_rescue_training, joint_recruitment,
military_retiree_transfer, public_training_base, small_class_education, tcm_preventive_care; set 29 skipped them as
its where-to-go services), of gaps_test8 county_hospital_services (medical_service_supervision and national_reading
are where-to-go services here), and of gaps_test9 the first three alphabetically (disabled_supplementary_insurance,
elderly_care_service_subsidy, entitled_groups_pension); they are listed as GAP_REUSED.
Those overlaps do not fail the run; any other hit, near pair among new texts or overlap still exits 1."""
import sys

from config26 import CFG
import setgen

REUSED = {
    'disaster_reduction_community', 'emergency_medical_services', 'free_digital_publications',
    'free_public_cultural_venues', 'health_education', 'infectious_disease_control', 'learning_credit_bank',
    'mass_cultural_festivals', 'mass_sports_activities', 'medical_service_supervision', 'national_reading',
    'rural_cultural_auditorium', 'family_planning_reward_assistance', 'legal_education_publicity',
}
GAP_REUSED = {
    'emergency_self_rescue_training', 'joint_recruitment', 'military_retiree_transfer', 'public_training_base',
    'small_class_education', 'tcm_preventive_care', 'county_hospital_services', 'disabled_supplementary_insurance',
    'elderly_care_service_subsidy', 'entitled_groups_pension',
}

if __name__ == '__main__':
    n = setgen.dedupe(CFG)
    over = setgen.service_overlaps(CFG)
    accepted = [o for o in over if o[0].startswith(CFG.prefix + '-') and o[1] in REUSED]
    gaccepted = [o for o in over if o[0] == CFG.gaps and o[1] in GAP_REUSED]
    print('REUSED where-to-go services (least used before, accepted):', len(accepted))
    print('GAP_REUSED gap service rows (used once before, accepted):', len(gaccepted))
    print('counted against the run:', n - len(accepted) - len(gaccepted))
    sys.exit(1 if n - len(accepted) - len(gaccepted) else 0)
