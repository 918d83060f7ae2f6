package org.cogov.procurement.custody;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CustodianKeySettings.class)
class CustodyConfiguration {
}
