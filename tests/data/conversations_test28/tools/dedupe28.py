"""Set 33: near-duplicates against the older data (setgen.dedupe; read from this worktree's tests/data through
config28's loader) and service overlaps.

Every service without rules had been used by an older conversation set (conversations_dev2 .. conversations_test27).
As in sets 24-32, the services used once or twice have only a city-level or branch office and are left out.
Continuing set 32's rule one step further (the services used the fewest times -- three --, oldest latest use first,
then oldest first use, then alphabetically; services with only a branch office skipped), this set's 14 where-to-go
services are the two of the conversations_test18 group set 32 left (poor_child_illness_charity,
work_capacity_appraisal) and the first twelve of the conversations_test19 group by first use then alphabetically
(first used in conversations_test: chronic_disease_management, disabled_student_aid, labour_contract_guidance,
universal_insurance_enrolment, veteran_education_training; in conversations_test2: child_vaccination,
employee_basic_pension, severe_disability_medical_security, shantytown_renovation, sick_disabled_child_rehab_subsidy,
skill_appraisal, social_security_card; vocational_school_education and public_welfare_jobs are left for the next
set). All have county offices. They are listed below as REUSED.
The ten gap service rows continue set 32's rule (services that were a service row exactly once, oldest files first,
alphabetically within a file, skipping the services this set's own conversations use): the remaining five of
gaps_test11 (school_burden_complaint, sunshine_home_day_care, two_child_policy, vocational_school_education,
work_safety_reporting; sick_disabled_child_rehab_subsidy and veteran_education_training are skipped as this set's
where-to-go services) and the first five of gaps_test12 alphabetically that this set's conversations do not use
(disability_rehabilitation, disabled_custodial_care, disabled_minimum_living, family_planning_reward_assistance,
high_school_education; disabled_student_aid and employee_basic_pension skipped); they are listed as GAP_REUSED.
Those overlaps do not fail the run; any other hit, near pair among new texts or overlap still exits 1."""
import sys

from config28 import CFG
import setgen

REUSED = {
    'poor_child_illness_charity', 'work_capacity_appraisal', 'chronic_disease_management', 'disabled_student_aid',
    'labour_contract_guidance', 'universal_insurance_enrolment', 'veteran_education_training', 'child_vaccination',
    'employee_basic_pension', 'severe_disability_medical_security', 'shantytown_renovation',
    'sick_disabled_child_rehab_subsidy', 'skill_appraisal', 'social_security_card',
}
GAP_REUSED = {
    'school_burden_complaint', 'sunshine_home_day_care', 'two_child_policy', 'vocational_school_education',
    'work_safety_reporting', 'disability_rehabilitation', 'disabled_custodial_care', 'disabled_minimum_living',
    'family_planning_reward_assistance', 'high_school_education',
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
