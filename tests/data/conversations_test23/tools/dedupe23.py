"""Set 28: near-duplicates against the older data (setgen.dedupe; read from this worktree's tests/data through
config23's loader) and service overlaps.

Every service without rules had been used by an older conversation set (conversations_dev2 .. conversations_test22).
The five used only once have a city-level or branch office and are left out as in sets 24-27. Set 27 took the twelve
services of the conversations_test14 group and two of the conversations_test15 group (rural_film_screening,
employee_medical_insurance). Continuing that rule (services used exactly twice, oldest latest use first, then oldest
first use, then alphabetically), this set's 14 where-to-go services are the remaining twelve of the
conversations_test15 group (all with a county office) and two of the conversations_test16 group, oldest first use
first: essential_medicines and fitness_guidance (first used in conversations_test11, tied with huzhou_culture_cloud;
taken alphabetically); see NOTES.md. They are listed below as REUSED. Every service without rules had also been a
gap service row, so the ten gap service rows continue set 27's rule (services that were a service row exactly once,
oldest files first, alphabetically within a file): the nine of gaps_test6 that set 27 did not take and
emergency_medical_services, alphabetically first of gaps_test7; they are listed as GAP_REUSED. Those overlaps do not
fail the run; any other hit, near pair among new texts or overlap still exits 1."""
import sys

from config23 import CFG
import setgen

REUSED = {
    'occupational_hazard_supervision', 'fitness_facilities', 'livestock_pollution_control', 'martyr_commemoration',
    'veteran_employment', 'family_planning_technical_services', 'fertilizer_pesticide_reduction',
    'harmful_online_content_report', 'waste_sorting', 'graduate_internship', 'orphan_foster_family_subsidy',
    'work_safety_training', 'essential_medicines', 'fitness_guidance',
}
GAP_REUSED = {
    'children_in_difficulty', 'cultural_relics_protection', 'home_based_elderly_care', 'maternal_child_health',
    'occupational_disease_diagnosis', 'shantytown_renovation', 'special_education_school', 'vagrant_assistance',
    'work_capacity_appraisal', 'emergency_medical_services',
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
