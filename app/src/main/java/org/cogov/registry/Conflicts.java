package org.cogov.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cogov.shared.Domain;

/**
 * The conflicts between a purchasing department and an association it hosts, supervises or staffs.
 * Only officials of the purchaser count: the rule is about the department that buys. An official of
 * another organ in an association's leadership breaches the decoupling rules, but it is not this
 * purchaser's conflict.
 */
@Domain
final class Conflicts {

    private Conflicts() {
    }

    static List<EligibilityReason> between(SupplierFacts supplier, OrganizationId purchaser, LocalDate date,
            EligibilitySettings settings) {
        List<EligibilityReason> conflicts = new ArrayList<>();
        for (HostTie host : supplier.hosts()) {
            if (!host.organ().equals(purchaser)) {
                continue;
            }
            if (host.attachedOn(date)) {
                conflicts.add(new EligibilityReason.HostedByPurchaser(purchaser, host.role()));
            } else if (withinGrace(host, date, settings)) {
                conflicts.add(new EligibilityReason.FormerlyHostedByPurchaser(purchaser, host.role(), host.decoupledOn()));
            }
        }
        for (Position position : supplier.positions()) {
            if (!position.post().isOffice() || !position.tenure().covers(date)) {
                continue;
            }
            for (CivilService service : supplier.civilService()) {
                if (!service.person().equals(position.person()) || !service.organ().equals(purchaser)) {
                    continue;
                }
                LocalDate retiredOn = service.retiredOn();
                if (service.servingOn(date)) {
                    conflicts.add(new EligibilityReason.StaffedByServingOfficial(purchaser, position.person(),
                            position.post()));
                } else if (retiredOn != null && !retiredOn.plus(settings.retiredOfficialWindow()).isBefore(date)) {
                    conflicts.add(new EligibilityReason.StaffedByRetiredOfficial(purchaser, position.person(),
                            position.post(), retiredOn));
                }
            }
        }
        return conflicts;
    }

    /**
     * The grace counts from the day after decoupling, as RULES.md counts every period, so its last day
     * is the decoupling day plus the grace; a zero grace leaves none.
     */
    private static boolean withinGrace(HostTie host, LocalDate date, EligibilitySettings settings) {
        LocalDate decoupledOn = host.decoupledOn();
        return decoupledOn != null && !settings.decouplingGrace().isZero()
                && !decoupledOn.plus(settings.decouplingGrace()).isBefore(date);
    }
}
