"""Set 32: near-duplicates against the older data (setgen.dedupe; read from this worktree's tests/data through
config27's loader) and service overlaps.

Every service without rules had been used by an older conversation set (conversations_dev2 .. conversations_test25).
After set 30, every service used exactly twice has been taken except the three with only a city-level or branch
office (radio_tv_coverage, sign_language_tv, water_pollution_control), which are left out as in sets 24-30, like the
five used once. Continuing set 30's rule one step further (the services used the fewest times, oldest latest use
first, then oldest first use, then alphabetically), this set's 14 where-to-go services are the services used three
times whose latest use is conversations_test5 (seven: assistive_devices, disabled_children_rehabilitation,
elderly_care_service_subsidy, funeral_services, high_school_student_aid, home_based_elderly_care,
occupational_disease_diagnosis), conversations_test6 (three: resident_medical_insurance, special_education_school,
sunshine_home_day_care), conversations_test7 (marriage_registration) and the first three alphabetically of the
conversations_test8 group (cross_region_medical_settlement, family_doctor_contract, fire_safety; labour_inspection is
the fourth); all have county offices. They are listed below as REUSED.
The ten gap service rows continue set 30's rule (services that were a service row exactly once, oldest files first,
alphabetically within a file, skipping the services this set's own conversations use): of gaps_test8
medical_service_supervision and national_reading (set 30 skipped them as its where-to-go services), of gaps_test9
fertilizer_pesticide_reduction, labour_contract_guidance and occupational_health_examination (fire_safety and
high_school_student_aid are where-to-go services here and are skipped), and of gaps_test10 the first five
alphabetically (essential_medicines, family_planning_technical_services, fitness_guidance,
harmful_online_content_report, huzhou_culture_cloud); they are listed as GAP_REUSED.
Those overlaps do not fail the run; any other hit, near pair among new texts or overlap still exits 1."""
import sys

from config27 import CFG
import setgen

REUSED = {
    'assistive_devices', 'disabled_children_rehabilitation', 'elderly_care_service_subsidy', 'funeral_services',
    'high_school_student_aid', 'home_based_elderly_care', 'occupational_disease_diagnosis',
    'resident_medical_insurance', 'special_education_school', 'sunshine_home_day_care', 'marriage_registration',
    'cross_region_medical_settlement', 'family_doctor_contract', 'fire_safety',
}
GAP_REUSED = {
    'medical_service_supervision', 'national_reading', 'fertilizer_pesticide_reduction', 'labour_contract_guidance',
    'occupational_health_examination', 'essential_medicines', 'family_planning_technical_services', 'fitness_guidance',
    'harmful_online_content_report', 'huzhou_culture_cloud',
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
