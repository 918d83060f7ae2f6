package org.cogov.registry;

import java.util.List;
import java.util.Objects;

import org.cogov.shared.Domain;

/**
 * What the registry knows of an organization that wants to bid: everything the eligibility rules
 * read, dated, so that one set of facts answers for any day.
 *
 * @param verified whether the registration authority has verified its registration; a provider that
 *        registered itself is unverified until then
 * @param positions the posts that people hold or held in it
 * @param civilService the service as officials of those people who are or were officials
 */
@Domain
public record SupplierFacts(OrganizationId organization, OrganizationKind kind, boolean verified,
        List<CreditListEntry> creditListEntries, List<ProcurementBan> bans, List<HostTie> hosts,
        List<Position> positions, List<CivilService> civilService) {

    public SupplierFacts {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(kind, "kind");
        creditListEntries = List.copyOf(creditListEntries);
        bans = List.copyOf(bans);
        hosts = List.copyOf(hosts);
        positions = List.copyOf(positions);
        civilService = List.copyOf(civilService);
        for (Position position : positions) {
            if (!position.organization().equals(organization)) {
                throw new IllegalArgumentException("a position in another organization: " + position);
            }
        }
    }

    /** A verified organization of that kind with a clean record. */
    public static SupplierFacts clean(OrganizationId organization, OrganizationKind kind) {
        return new SupplierFacts(organization, kind, true, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
