package org.tongban.purchasedservice;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A provider (承接主体) as the register holds it, identified by the code of its organisation unit: a unit of kind
 * PROVIDER, or a community's unit for a community committee.
 *
 * @param unitName           the organisation unit's name (和平社区 for the committee 云溪县城关街道和平社区居民委员会)
 * @param name               the registered name, as on the registration certificate
 * @param creditCode         the unified social credit code (统一社会信用代码, GB 32100)
 * @param partyOrganisation  whether its party organisation is sound (党组织健全): such providers are preferred
 * @param services           what it offers, in its own words
 * @param blacklistedUntil   the last day of the blacklist term in force today; null when it is not blacklisted today
 */
public record ServiceProvider(String code, String unitName, String name, ProviderKind kind, String creditCode,
                              String legalRepresentative, String contactPerson, String contactMobile, String address,
                              LocalDate establishedOn, String registrationAuthority, boolean partyOrganisation,
                              String services, boolean active, LocalDate blacklistedUntil, long version)
        implements Serializable {

    public boolean blacklisted() {
        return blacklistedUntil != null;
    }
}
