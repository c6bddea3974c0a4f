"""Set 34: near-duplicates against the older data (setgen.dedupe; read from this worktree's tests/data through
config29's loader) and service overlaps.

Every service without rules had been used by an older conversation set (conversations_dev2 .. conversations_test28).
As in sets 24-33, the services used once or twice have only a city-level or branch office and are left out.
Continuing set 33's rule one step further (the services used the fewest times -- three --, oldest latest use first,
then oldest first use, then alphabetically; services with only a branch office skipped), this set's 14 where-to-go
services are the two of the conversations_test19 group set 33 left (vocational_school_education, public_welfare_jobs)
and the first twelve of the conversations_test20 group by first use then alphabetically (first used in
conversations_dev2: children_in_difficulty, employment_registration, high_school_education, maternity_insurance,
two_child_policy, veteran_resettlement, village_bus; in conversations_test: disability_rehabilitation,
home_delivered_education, maternal_child_health; in conversations_test2: arbitration_legal_aid,
disabled_custodial_care; disabled_minimum_living and road_traffic_safety are left for the next set). All have county
offices. They are listed below as REUSED.
The ten gap service rows continue set 33's rule (services that were a service row exactly once, oldest files first,
alphabetically within a file, skipping the services this set's own conversations use): the two of gaps_test11 set 33
skipped (sick_disabled_child_rehab_subsidy, veteran_education_training, no longer used by this set's conversations),
the five of gaps_test12 still used once (disabled_student_aid, employee_basic_pension, poor_child_illness_charity,
severe_disability_medical_security, universal_insurance_enrolment) and the first three of gaps_test13 alphabetically
(disabled_children_rehabilitation, emergency_warning, employment_services); they are listed as GAP_REUSED.
Those overlaps do not fail the run; any other hit, near pair among new texts or overlap still exits 1."""
import sys

from config29 import CFG
import setgen

REUSED = {
    'vocational_school_education', 'public_welfare_jobs', 'children_in_difficulty', 'employment_registration',
    'high_school_education', 'maternity_insurance', 'two_child_policy', 'veteran_resettlement', 'village_bus',
    'disability_rehabilitation', 'home_delivered_education', 'maternal_child_health', 'arbitration_legal_aid',
    'disabled_custodial_care',
}
GAP_REUSED = {
    'sick_disabled_child_rehab_subsidy', 'veteran_education_training', 'disabled_student_aid', 'employee_basic_pension',
    'poor_child_illness_charity', 'severe_disability_medical_security', 'universal_insurance_enrolment',
    'disabled_children_rehabilitation', 'emergency_warning', 'employment_services',
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
