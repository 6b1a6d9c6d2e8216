package org.bookingfleet.integration.partner;

import java.util.EnumMap;
import java.util.Map;

import org.bookingfleet.integration.job.Partner;
import org.bookingfleet.integration.settings.IntegrationProperties;
import org.springframework.stereotype.Component;

@Component
public class PartnerGuards {

    private final Map<Partner, PartnerGuard> guards = new EnumMap<>(Partner.class);

    public PartnerGuards(IntegrationProperties settings) {
        for (Partner partner : Partner.values()) {
            guards.put(partner, new PartnerGuard(partner, settings.resilienceOf(partner)));
        }
    }

    public PartnerGuard of(Partner partner) {
        return guards.get(partner);
    }
}
