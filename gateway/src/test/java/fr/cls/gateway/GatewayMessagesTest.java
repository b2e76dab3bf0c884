package fr.cls.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The gateway's bundles: the same problems in French and English, each with its title, written as MessageFormat reads them. */
class GatewayMessagesTest {

    @Test
    void everyProblemHasItsTitleAndDetailInFrenchAndInEnglish() throws IOException {
        Properties french = load("i18n/gateway.properties");
        Properties english = load("i18n/gateway_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(french.stringPropertyNames());
        Set<String> withoutTitle = new TreeSet<>();
        for (String key : french.stringPropertyNames()) {
            if (!key.endsWith("-title") && !french.containsKey(key + "-title")) {
                withoutTitle.add(key);
            }
        }
        assertThat(withoutTitle).isEmpty();
    }

    @Test
    void noEntryHasAStraightApostropheAndFrenchPutsANoBreakSpaceBeforeItsColons() throws IOException {
        Properties french = load("i18n/gateway.properties");
        Properties english = load("i18n/gateway_en.properties");

        assertThat(french.values()).noneMatch(v -> v.toString().contains("'") || v.toString().matches(".* [:;?!»].*"));
        assertThat(english.values()).noneMatch(v -> v.toString().contains("'"));
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = GatewayMessagesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
