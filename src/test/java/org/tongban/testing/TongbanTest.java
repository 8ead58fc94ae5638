package org.tongban.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring test context of the suite: the whole application on in-memory H2 with the demo organisation (or,
 * with {@code -Dtest.profiles=test,mysql,mariadb}, on MariaDB). Do not add per-class properties or mock beans: every
 * variation starts another context and costs the suite half a minute.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
public @interface TongbanTest {
}
