package org.cogov.contracting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.cogov.shared.Domain;

/** A first-level group of indicators, with its weight out of 100; its indicators' weights add up to it. */
@Domain
public record IndicatorGroup(Dimension dimension, BigDecimal weight, List<Indicator> indicators) {

    public IndicatorGroup {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(weight, "weight");
        indicators = List.copyOf(indicators);
    }
}
