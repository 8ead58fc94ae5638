package org.tongban.onewindow.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OneWindowSettings.class)
class OneWindowConfiguration {
}
