package org.tongban.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.StringUtils;

/**
 * Resources under a classpath folder, each named by its path from the classpath root (e.g.
 * {@code forms/demo/DemoLeaveRequest.form}) — the same name whether the app runs from {@code target/classes} or from
 * the packaged jar, where URLs carry {@code BOOT-INF/classes/}.
 */
public final class ClasspathResources {

    private ClasspathResources() {
    }

    /** Every resource under {@code root} (e.g. {@code "forms/"}) ending in {@code suffix}, by name, sorted. */
    public static Map<String, Resource> find(String root, String suffix, ClassLoader classLoader) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
        Map<String, Resource> found = new TreeMap<>();
        try {
            for (Resource resource : resolver.getResources("classpath*:" + root + "**/*" + suffix)) {
                found.putIfAbsent(name(resource.getURL(), root, classLoader), resource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list classpath:" + root, e);
        }
        return found;
    }

    /**
     * The name relative to the classpath root. The folder name may occur earlier in the URL (a checkout called
     * "forms"), so the name is the longest tail the class loader resolves to this very resource.
     */
    public static String name(URL url, String root, ClassLoader classLoader) {
        String external = url.toExternalForm();
        String marker = "/" + root;
        for (int at = external.indexOf(marker); at >= 0; at = external.indexOf(marker, at + 1)) {
            String candidate = StringUtils.uriDecode(external.substring(at + 1), StandardCharsets.UTF_8);
            URL resolved = classLoader.getResource(candidate);
            if (resolved != null && resolved.toExternalForm().equals(external)) {
                return candidate;
            }
        }
        return StringUtils.uriDecode(external.substring(external.lastIndexOf(marker) + 1), StandardCharsets.UTF_8);
    }
}
