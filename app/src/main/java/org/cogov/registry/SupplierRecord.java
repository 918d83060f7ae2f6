package org.cogov.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the registry shows of an organization as a supplier: ratings, host and supervising organs,
 * credit-list entries, bans, poor performance under contracts, government's share of its revenue, and — for those who
 * may read personal data — the people on its board and staff.
 */
public record SupplierRecord(List<Rating> ratings, List<Host> hosts, List<Listing> listings, List<Ban> bans,
        List<Share> revenueShares, List<Officer> officers, List<PoorPerformance> poorPerformances) {

    /** A contract whose performance was graded 差 (poor), entered when the evaluation concluded. */
    public record PoorPerformance(UUID contract, String reference, int lot, BigDecimal total, LocalDate evaluatedOn) {
    }

    public record Host(UUID id, HostTie.Role role, String organZh, String organEn, @Nullable LocalDate decoupledOn) {
    }

    public record Listing(UUID id, CreditListEntry.CreditList list, LocalDate listedOn, @Nullable LocalDate removedOn, String reason) {
    }

    public record Ban(LocalDate from, LocalDate lastDay, String reason) {
    }

    public record Share(int year, BigDecimal percent) {
    }

    public record Officer(UUID positionId, UUID personId, String name, Post post, LocalDate from, @Nullable LocalDate until, boolean official) {
    }
}
