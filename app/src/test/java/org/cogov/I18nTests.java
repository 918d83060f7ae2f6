package org.cogov;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Chinese and in English: a key missing in either language fails the build. */
class I18nTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");

    @ParameterizedTest
    @ValueSource(strings = { "messages", "calendar", "documents", "catalogue", "registry", "disclosure", "audit", "planning", "procurement", "contracting", "performance", "notification" })
    void bothLanguagesHaveTheSameKeys(String bundle) {
        Path zh = RESOURCES.resolve("i18n/" + bundle + "_zh_CN.properties");
        Path en = RESOURCES.resolve("i18n/" + bundle + "_en.properties");
        if (!Files.exists(zh) && !Files.exists(en)) {
            return;
        }
        assertThat(keys(zh)).as(bundle + " in Chinese and in English").isEqualTo(keys(en));
    }

    @Test
    void everyKeyThatATemplateUsesExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)[}(]");
        Pattern fieldLabel = Pattern.compile("forms :: input\\('[^']*', '([^']+)'");
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            templates.filter(p -> p.toString().endsWith(".html")).forEach(p -> {
                collect(p, literal, used);
                collect(p, fieldLabel, used);
            });
        }
        assertThat(used).isNotEmpty();
        assertThat(allKeys("zh_CN")).as("Chinese").containsAll(used);
        assertThat(allKeys("en")).as("English").containsAll(used);
    }

    @Test
    void everyRefusalThatTheCodeRaisesIsTranslated() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern refusal = Pattern.compile("RuleViolation\\.(?:refused|conflict|notFound)\\(\\s*\"([^\"]+)\"");
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> collect(p, refusal, used));
        }
        assertThat(used).isNotEmpty();
        assertThat(allKeys("zh_CN")).as("Chinese").containsAll(used);
        assertThat(allKeys("en")).as("English").containsAll(used);
    }

    @Test
    void everyTextOfAMessageToUsersIsTranslated() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern wording = Pattern.compile("Wording\\.(?:of|phrase)\\(\\s*\"([^\"]+)\"");
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> collect(p, wording, used));
        }
        assertThat(used).isNotEmpty();
        assertThat(allKeys("zh_CN")).as("Chinese").containsAll(used);
        assertThat(allKeys("en")).as("English").containsAll(used);
    }

    @Test
    void everyRoleHasANameADutyAndANextStepInBothLanguages() {
        for (var role : org.cogov.identity.Role.values()) {
            for (String suffix : new String[] { "", ".duty", ".next" }) {
                assertThat(allKeys("zh_CN")).contains("role." + role + suffix);
                assertThat(allKeys("en")).contains("role." + role + suffix);
            }
        }
    }

    @Test
    void everyKindOfOrganizationIsNamedInBothLanguages() {
        for (var kind : org.cogov.registry.OrganizationKind.values()) {
            assertThat(allKeys("zh_CN")).contains("organization.kind." + kind);
            assertThat(allKeys("en")).contains("organization.kind." + kind);
        }
    }

    @Test
    void everyKindOfMessageIsNamedInBothLanguages() {
        for (var kind : org.cogov.notification.MessageKind.values()) {
            assertThat(allKeys("zh_CN")).contains("notification.kind." + kind);
            assertThat(allKeys("en")).contains("notification.kind." + kind);
        }
    }

    private static void collect(Path file, Pattern pattern, Set<String> into) {
        try {
            Matcher m = pattern.matcher(Files.readString(file));
            while (m.find()) {
                into.add(m.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> allKeys(String language) {
        Set<String> all = new TreeSet<>();
        try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
            files.filter(p -> p.getFileName().toString().endsWith("_" + language + ".properties"))
                    .forEach(p -> all.addAll(keys(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static Set<String> keys(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
