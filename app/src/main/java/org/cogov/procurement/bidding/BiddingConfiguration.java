package org.cogov.procurement.bidding;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The bidding settings, {@code cogov.procurement.bidding.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BiddingSettings.class)
class BiddingConfiguration {
}
