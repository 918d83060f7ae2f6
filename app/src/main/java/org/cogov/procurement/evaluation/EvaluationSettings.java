package org.cogov.procurement.evaluation;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The evaluation settings, {@code cogov.procurement.evaluation.*} in application.yml: the abnormally low
 * price triggers (percent below the others' mean, below the next price up), how long a bidder has to
 * explain one, the past-performance score of a provider without an evaluated contract, and how long suppliers have
 * for their final quotations when the panel names no due time.
 */
@ConfigurationProperties("cogov.procurement.evaluation")
record EvaluationSettings(BigDecimal abnormallyLowBelowMean, BigDecimal abnormallyLowBelowNext, Duration explanationTime,
        BigDecimal neutralPastPerformance, Duration finalQuotationTime) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EvaluationSettings.class)
    static class Registration {
    }
}
