"""Set 24: near-duplicates against /work/main/tests/data and service overlaps (setgen.dedupe).

Every service without rules had been used by an older conversation set (conversations_dev2 .. conversations_test18).
The five used only once have a city-level or branch office, so this set's 14 where-to-go services are the services
used twice whose latest use is the oldest (conversations_test4 for one, _test5 for two, _test6 for seven, and four of
the six whose latest use is _test7, taking those first used in conversations_test before those first used in
_test2); see NOTES.md. They are listed below as REUSED. Every service without rules had also been a service row of
an older gap file, so all ten gap service rows reuse services that were a service row exactly once before (in
gaps_test .. gaps_test2); they are listed as GAP_REUSED. Those overlaps do not fail the run; any other hit, near pair
among new texts or overlap still exits 1."""
import sys

from config19 import CFG
import setgen

REUSED = {
    'social_security_card', 'child_vaccination', 'sick_disabled_child_rehab_subsidy', 'chronic_disease_management',
    'disabled_student_aid', 'employee_basic_pension', 'severe_disability_medical_security', 'shantytown_renovation',
    'skill_appraisal', 'public_welfare_jobs', 'labour_contract_guidance', 'universal_insurance_enrolment',
    'veteran_education_training', 'vocational_school_education',
}
GAP_REUSED = {
    'basic_public_health_services', 'employment_registration', 'labour_inspection', 'noise_light_pollution',
    'public_order_patrol', 'adoption_registration', 'cross_region_medical_settlement', 'illegal_construction_control',
    'intangible_cultural_heritage', 'student_nutrition_programme',
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
