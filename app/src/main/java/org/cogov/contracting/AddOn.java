package org.cogov.contracting;

import java.math.BigDecimal;
import java.time.Instant;

import org.cogov.shared.Domain;
import org.cogov.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * An add-on purchase (追加采购) agreed on a signed contract: more of the same service on the same terms, delivered and
 * paid with the milestone it names.
 *
 * @param ordinal the milestone it is delivered and paid with
 */
@Domain
public record AddOn(int number, Money amount, @Nullable BigDecimal unitPrice, @Nullable String quantity, String reason, int ordinal,
        Instant agreedAt) {
}
