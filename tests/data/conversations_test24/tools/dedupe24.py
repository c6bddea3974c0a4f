"""Set 29: near-duplicates against the older data (setgen.dedupe; read from this worktree's tests/data through
config24's loader) and service overlaps.

Every service without rules had been used by an older conversation set (conversations_dev2 .. conversations_test23).
The five used only once have a city-level or branch office and are left out as in sets 24-28; of the services used
exactly twice, the three whose latest use is oldest (radio_tv_coverage, sign_language_tv, water_pollution_control)
also have only a city-level or branch office and are left out the same way. Set 28 took the remaining twelve of the
conversations_test15 group and two of the conversations_test16 group (essential_medicines, fitness_guidance).
Continuing that rule (services used exactly twice, oldest latest use first, then oldest first use, then
alphabetically), this set's 14 where-to-go services are the remaining twelve of the conversations_test16 group
(huzhou_culture_cloud, first used in conversations_test11, then the eleven first used in conversations_test12; all
with a county office) and two of the conversations_test17 group (all first used in conversations_test13; taken
alphabetically: appointment_services, county_hospital_services); see NOTES.md. They are listed below as REUSED.
Every service without rules had also been a gap service row, so the ten gap service rows continue set 28's rule
(services that were a service row exactly once, oldest files first, alphabetically within a file), skipping the
services this set's own conversations use (so that, as in sets 16-28, none of the ten is used by this set's
conversations): of gaps_test7, hazardous_waste_disposal, legal_education_publicity and rural_cultural_auditorium
(emergency_self_rescue_training, joint_recruitment, military_retiree_transfer, public_training_base,
small_class_education and tcm_preventive_care are where-to-go services here), and of gaps_test8 the seven first
alphabetically after county_hospital_services (also a where-to-go service here); they are listed as GAP_REUSED.
Those overlaps do not fail the run; any other hit, near pair among new texts or overlap still exits 1."""
import sys

from config24 import CFG
import setgen

REUSED = {
    'huzhou_culture_cloud', 'basic_public_health_services', 'cultural_relics_protection',
    'emergency_self_rescue_training', 'entrepreneurship_training', 'farmers_bookstore', 'joint_recruitment',
    'military_retiree_transfer', 'public_training_base', 'small_class_education', 'tcm_preventive_care',
    'tiered_diagnosis', 'appointment_services', 'county_hospital_services',
}
GAP_REUSED = {
    'hazardous_waste_disposal', 'legal_education_publicity', 'rural_cultural_auditorium',
    'disaster_reduction_community', 'free_public_cultural_venues', 'health_education', 'infectious_disease_control',
    'learning_credit_bank', 'mass_cultural_festivals', 'mass_sports_activities',
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
