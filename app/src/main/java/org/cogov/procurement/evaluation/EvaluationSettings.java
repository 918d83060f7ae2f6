package org.cogov.procurement.evaluation;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The evaluation settings, {@code cogov.procurement.evaluation.*} in application.yml: the abnormally low
 * price triggers (percent below the others' mean, below the next price up), how long a bidder has to
 * explain one, and the past-performance score of a provider without an evaluated contract.
 */
@ConfigurationProperties("cogov.procurement.evaluation")
record EvaluationSettings(BigDecimal abnormallyLowBelowMean, BigDecimal abnormallyLowBelowNext, Duration explanationTime,
        BigDecimal neutralPastPerformance) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EvaluationSettings.class)
    static class Registration {
    }
}
