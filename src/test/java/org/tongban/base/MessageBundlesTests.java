package org.tongban.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every message bundle speaks both languages with the same keys, and every message is a valid pattern. */
class MessageBundlesTests {

    private static Properties read(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void eachChineseBundleHasItsEnglishTwinWithTheSameKeysAndValidPatterns() throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        int checked = 0;
        for (Resource chinese : bundles) {
            String name = chinese.getFilename();
            if (name == null || name.endsWith("_en.properties")) {
                continue;
            }
            Resource english = chinese.createRelative(name.replace(".properties", "_en.properties"));
            assertThat(english.exists()).as(name + " has an English twin").isTrue();
            Properties zh = read(chinese);
            Properties en = read(english);
            Set<String> onlyChinese = new TreeSet<>(zh.stringPropertyNames());
            onlyChinese.removeAll(en.stringPropertyNames());
            Set<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
            onlyEnglish.removeAll(zh.stringPropertyNames());
            assertThat(onlyChinese).as(name + ": keys without English").isEmpty();
            assertThat(onlyEnglish).as(name + ": keys without Chinese").isEmpty();
            for (Properties bundle : new Properties[] {zh, en}) {
                for (String key : bundle.stringPropertyNames()) {
                    String pattern = bundle.getProperty(key);
                    if (pattern.contains("{0")) {
                        // Parsing throws on a malformed pattern; a lone quote would silently swallow text.
                        assertThat(new MessageFormat(pattern, Locale.ROOT).getFormats()).as(key).isNotNull();
                        assertThat(pattern).as(key).doesNotContainPattern("(?<!')'(?!')");
                    } else {
                        // Without arguments the text is shown as written: a doubled quote would show doubled.
                        assertThat(pattern).as(key).doesNotContain("''");
                    }
                }
            }
            checked++;
        }
        assertThat(checked).as("bundles found").isGreaterThan(10);
    }
}
