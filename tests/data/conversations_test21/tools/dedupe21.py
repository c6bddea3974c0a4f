"""Set 26: near-duplicates against /work/main/tests/data and service overlaps (setgen.dedupe).

Every service without rules had been used by an older conversation set (conversations_dev2 .. conversations_test19).
The five used only once have a city-level or branch office, so this set's 14 where-to-go services are the services
used exactly twice whose latest use is the oldest: conversations_test5 (one), _test6 (two), _test7 (three) and _test8
(all seven), plus village_bus, one of the six whose latest use is _test9 (first used in conversations_dev2; of the
test9 group radio_tv_coverage has only a city-level office); see NOTES.md. They are listed below as REUSED. Every
service without rules had also been a service row of an older gap file, so all ten gap service rows reuse services
that were a service row exactly once before, taken from the oldest files first (gaps_test .. gaps_test3); they are
listed as GAP_REUSED. Those overlaps do not fail the run; any other hit, near pair among new texts or overlap still
exits 1."""
import sys

from config21 import CFG
import setgen

REUSED = {
    'maternity_insurance', 'children_in_difficulty', 'veteran_resettlement', 'arbitration_legal_aid',
    'disabled_minimum_living', 'maternal_child_health', 'disability_rehabilitation', 'disabled_custodial_care',
    'employment_registration', 'high_school_education', 'home_delivered_education', 'road_traffic_safety',
    'two_child_policy', 'village_bus',
}
GAP_REUSED = {
    'elderly_care_institution', 'legal_aid', 'personnel_archives', 'radio_tv_coverage', 'appointment_services',
    'emergency_broadcasting', 'farmers_bookstore', 'graduate_internship', 'livestock_pollution_control',
    'personal_information_protection',
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
