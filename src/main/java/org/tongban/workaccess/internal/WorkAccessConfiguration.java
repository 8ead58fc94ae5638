package org.tongban.workaccess.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkAccessSettings.class)
class WorkAccessConfiguration {
}
