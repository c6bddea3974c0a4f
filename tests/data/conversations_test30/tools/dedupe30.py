"""Set 35: near-duplicates against the older data (setgen.dedupe; read from this worktree's tests/data through
config30's loader) and service overlaps.

Every service without rules had been used by an older conversation set (conversations_dev2 .. conversations_test29).
As in sets 24-34, the services used once or twice have only a city-level or branch office and are left out.
Continuing set 34's rule one step further (the services used the fewest times -- three --, oldest latest use first,
then oldest first use, then alphabetically; services with only a branch office skipped), this set's 14 where-to-go
services are the two of the conversations_test20 group set 34 left (disabled_minimum_living, road_traffic_safety)
and the first twelve of the conversations_test21 group by first use then alphabetically (first used in
conversations_dev2: public_sports_venues, school_burden_complaint, student_nutrition_programme; in
conversations_test: adoption_registration, marriage_family_counselling, opera_to_villages,
personal_information_protection, work_safety_reporting; in conversations_test2: disaster_shelters, drug_safety,
intangible_cultural_heritage, public_order_patrol; water_supply and personnel_archives are left for the next set).
All have county offices. They are listed below as REUSED.
The ten gap service rows continue set 34's rule (services that were a service row exactly once, oldest files first,
alphabetically within a file, skipping the services this set's own conversations use): the seven of gaps_test13 set
34 left (entrepreneurship_support, left_behind_children_care, left_behind_children_education,
mental_health_services, resident_health_records, rural_labour_transfer, targeted_cultural_services) and the two of
gaps_test14 (primary_health_facilities, tcm_medical_services). That exhausts the services used once; the tenth is
the next by the same order among the services used twice (latest use oldest first -- gaps_test14 --, then
alphabetically, skipping this set's where-to-go disaster_shelters): child_vaccination. They are listed as GAP_REUSED.
Those overlaps do not fail the run; any other hit, near pair among new texts or overlap still exits 1."""
import sys

from config30 import CFG
import setgen

REUSED = {
    'disabled_minimum_living', 'road_traffic_safety', 'public_sports_venues', 'school_burden_complaint',
    'student_nutrition_programme', 'adoption_registration', 'marriage_family_counselling', 'opera_to_villages',
    'personal_information_protection', 'work_safety_reporting', 'disaster_shelters', 'drug_safety',
    'intangible_cultural_heritage', 'public_order_patrol',
}
GAP_REUSED = {
    'entrepreneurship_support', 'left_behind_children_care', 'left_behind_children_education',
    'mental_health_services', 'resident_health_records', 'rural_labour_transfer', 'targeted_cultural_services',
    'primary_health_facilities', 'tcm_medical_services', 'child_vaccination',
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
