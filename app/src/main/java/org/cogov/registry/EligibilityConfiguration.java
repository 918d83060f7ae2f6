package org.cogov.registry;

import java.time.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The operator's eligibility settings ({@code cogov.registry.eligibility.*}), RULES.md's defaults otherwise. */
@Configuration(proxyBeanMethods = false)
class EligibilityConfiguration {

    @Bean
    EligibilitySettings eligibilitySettings(
            @Value("${cogov.registry.eligibility.abnormal-activity:WARNING}") Verdict abnormalActivity,
            @Value("${cogov.registry.eligibility.decoupling-grace:P3Y}") Period decouplingGrace,
            @Value("${cogov.registry.eligibility.retired-official-window:P3Y}") Period retiredOfficialWindow,
            @Value("${cogov.registry.eligibility.avoidance-window:P3Y}") Period avoidanceWindow) {
        return new EligibilitySettings(abnormalActivity, decouplingGrace, retiredOfficialWindow, avoidanceWindow);
    }
}
