package org.tongban.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathResourcesTests {

    @Test
    void namesAResourceFromTheClasspathRootEvenWhenTheFolderNameRepeats(@TempDir Path temp) throws IOException {
        Path root = Files.createDirectories(temp.resolve("forms/classes"));
        Path nested = Files.createDirectories(root.resolve("forms/demo/forms"));
        Files.writeString(nested.resolve("Leave.form"), "{}");
        Path chinese = Files.createDirectories(root.resolve("forms/演示 表单"));
        Files.writeString(chinese.resolve("请假.form"), "{}");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            URL leave = nested.resolve("Leave.form").toUri().toURL();
            URL request = chinese.resolve("请假.form").toUri().toURL();

            assertThat(ClasspathResources.name(leave, "forms/", loader)).isEqualTo("forms/demo/forms/Leave.form");
            assertThat(ClasspathResources.name(request, "forms/", loader)).isEqualTo("forms/演示 表单/请假.form");
            assertThat(ClasspathResources.find("forms/", ".form", loader)).containsOnlyKeys(
                    "forms/demo/forms/Leave.form", "forms/演示 表单/请假.form");
        }
    }

    @Test
    void namesAResourceInsideAJarWithoutTheArchivePrefix(@TempDir Path temp) throws IOException {
        Path jar = temp.resolve("app.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : new String[] {"BOOT-INF/", "BOOT-INF/classes/", "BOOT-INF/classes/forms/",
                    "BOOT-INF/classes/forms/demo/"}) {
                out.putNextEntry(new java.util.jar.JarEntry(entry));
                out.closeEntry();
            }
            out.putNextEntry(new java.util.jar.JarEntry("BOOT-INF/classes/forms/demo/Leave.form"));
            out.write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        URL classesInJar = new URL("jar:" + jar.toUri() + "!/BOOT-INF/classes/");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classesInJar}, null)) {
            assertThat(ClasspathResources.find("forms/", ".form", loader)).containsOnlyKeys("forms/demo/Leave.form");
        }
    }
}
