"""Set 26: near-duplicates against /work/main/tests/data and service overlaps (setgen.dedupe).

Every service without rules had been used by an older conversation set (conversations_dev2 .. conversations_test20).
The five used only once have a city-level or branch office (four ecology services with 湖州市生态环境局's branch,
emergency_broadcasting city-level), so this set's 14 where-to-go services are the services used exactly twice whose
latest use is the oldest: conversations_test9 (four with a county office; radio_tv_coverage is city-level),
conversations_test10 (six; sign_language_tv is city-level, water_pollution_control has a branch office),
conversations_test11 (three) and marriage_family_counselling from the conversations_test14 group (first used in
conversations_test, the oldest first use there, tied with tcm_medical_services; taken alphabetically); see NOTES.md.
They are listed below as REUSED. Every service without rules had also been a gap service row, so the ten gap service
rows reuse services that were a service row exactly once before, oldest files first (gaps_test3 .. gaps_test5);
they are listed as GAP_REUSED. Those overlaps do not fail the run; any other hit, near pair among new texts or
overlap still exits 1."""
import sys

from config21 import CFG
import setgen

REUSED = {
    'adoption_registration', 'disaster_shelters', 'public_order_patrol', 'water_supply', 'drug_safety',
    'opera_to_villages', 'personnel_archives', 'public_sports_venues', 'student_nutrition_programme',
    'work_safety_reporting', 'intangible_cultural_heritage', 'personal_information_protection',
    'school_burden_complaint', 'marriage_family_counselling',
}
GAP_REUSED = {
    'public_bus', 'entrepreneurship_training', 'martyr_commemoration', 'tiered_diagnosis', 'free_digital_publications',
    'sign_language_tv', 'soil_pollution_control', 'radiation_safety', 'public_welfare_jobs', 'skill_appraisal',
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
