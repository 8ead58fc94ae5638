package org.tongban.purchasedservice.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PurchaseSettings.class)
class PurchaseConfiguration {
}
