package org.cogov.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.cogov.registry.OrganizationId;

/**
 * A provider's past performance as a score from 0 to 100, for a lot that makes it a scoring factor.
 * Procurement declares it; the performance module, further down, implements it from its evaluations.
 */
public interface PastPerformance {

    /** The score on that day, or none when the provider has no evaluated contract yet. */
    Optional<BigDecimal> score(OrganizationId provider, LocalDate day);
}
