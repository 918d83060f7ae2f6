package org.cogov.procurement.bidding;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Trial merge only: registers the bidding settings, which nothing else enabled. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BiddingSettings.class)
class BiddingConfiguration {
}
