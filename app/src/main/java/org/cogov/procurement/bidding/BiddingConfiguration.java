package org.cogov.procurement.bidding;

import org.cogov.shared.web.multipart.StreamedMultipart;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bidding settings, {@code cogov.procurement.bidding.*}, and the bid form read as it streams in. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BiddingSettings.class)
class BiddingConfiguration {

    /**
     * The API's bid form is read by {@link BidApi} itself: the container's parser, which searches the
     * boundary byte by byte, took a third of the platform's CPU in the minute before a deadline.
     */
    @Bean
    StreamedMultipart bidForm() {
        return new StreamedMultipart("POST", "/api/v1/procedures/{id}/lots/{lot}/bids");
    }
}
