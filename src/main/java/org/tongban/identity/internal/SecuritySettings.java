package org.tongban.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Sign-in policy: lock the account for {@code duration} after {@code maxFailures} consecutive wrong passwords. */
@ConfigurationProperties("tongban.security.lockout")
public record SecuritySettings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {
}
