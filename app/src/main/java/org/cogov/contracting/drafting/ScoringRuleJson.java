package org.cogov.contracting.drafting;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.cogov.contracting.ScoringRule;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * In JSON each scoring rule names its kind beside its numbers ({@code {"kind":"LINEAR","target":90}}), so that a reader of
 * a contract tells a linear target from a threshold; the rule itself stays plain Java.
 */
@Configuration(proxyBeanMethods = false)
class ScoringRuleJson {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({ @JsonSubTypes.Type(value = ScoringRule.Linear.class, name = "LINEAR"),
            @JsonSubTypes.Type(value = ScoringRule.Threshold.class, name = "THRESHOLD"),
            @JsonSubTypes.Type(value = ScoringRule.Banded.class, name = "BANDED"),
            @JsonSubTypes.Type(value = ScoringRule.Judgement.class, name = "JUDGEMENT") })
    interface NamedKind {
    }

    @Bean
    JsonMapperBuilderCustomizer scoringRuleKinds() {
        return builder -> builder.addMixIn(ScoringRule.class, NamedKind.class);
    }
}
