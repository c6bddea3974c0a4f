"""Set 23: near-duplicates against /work/main/tests/data and service overlaps (setgen.dedupe).

Every service without rules had been used by an older conversation set (conversations_dev2 .. conversations_test17).
The two used only once with a county office (family_planning_reward_assistance, legal_education_publicity) and twelve
used twice whose latest use is conversations_test5 or older are this set's 14 where-to-go services (see NOTES.md);
they are listed below as REUSED. Every service without rules had also been a service row of an older gap file, so
all ten gap service rows reuse services that were a service row exactly once before (in gaps_test2 .. gaps_test9);
they are listed as GAP_REUSED. Those overlaps do not fail the run; any other hit, near pair among new texts or
overlap still exits 1."""
import sys

from config18 import CFG
import setgen

REUSED = {
    'family_planning_reward_assistance', 'legal_education_publicity', 'disabled_supplementary_insurance',
    'elderly_care_institution', 'entitled_groups_pension', 'legal_aid', 'natural_disaster_relief',
    'newborn_medical_insurance', 'occupational_health_examination', 'poor_child_illness_charity',
    'psychiatric_medication_coverage', 'vagrant_assistance', 'critical_illness_insurance', 'work_capacity_appraisal',
}
GAP_REUSED = {
    'family_doctor_contract', 'funeral_services', 'consumer_rights', 'food_safety', 'public_sports_venues',
    'employee_medical_insurance', 'marriage_registration', 'waste_sorting', 'drug_safety', 'fitness_facilities',
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
