"""Set 22: near-duplicates against /work/main/tests/data and service overlaps (setgen.dedupe).

Every service without rules had been used by an older conversation set (conversations_dev .. conversations_test16),
so all 14 of this set's where-to-go services are, by design, among the least used ones (each used once before, in
conversations_test13, see NOTES.md); they are listed below as REUSED. After set 21 only two services without rules
(primary_health_facilities, tcm_medical_services) had never been a service row of an older gap file, so eight of the
ten gap service rows reuse services that were a service row exactly once before, in the oldest file that has them
(gaps_test.jsonl); they are listed as GAP_REUSED. Those overlaps do not fail the run; any other hit, near pair among
new texts or overlap still exits 1."""
import sys

from config17 import CFG
import setgen

REUSED = {
    'appointment_services', 'county_hospital_services', 'disaster_reduction_community', 'emergency_medical_services',
    'free_digital_publications', 'free_public_cultural_venues', 'health_education', 'infectious_disease_control',
    'learning_credit_bank', 'mass_cultural_festivals', 'mass_sports_activities', 'medical_service_supervision',
    'national_reading', 'rural_cultural_auditorium',
}
GAP_REUSED = {
    'water_supply', 'child_vaccination', 'village_bus', 'rural_film_screening', 'social_security_card',
    'disaster_shelters', 'maternity_insurance', 'home_delivered_education',
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
