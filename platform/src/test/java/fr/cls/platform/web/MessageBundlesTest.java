package fr.cls.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import fr.cls.platform.test.MessageBundles;

/** Every rule this module throws has its French and English message; the bundles read well in both languages. */
class MessageBundlesTest {

    @Test
    void everyRuleThrownHasAFrenchAndAnEnglishMessage() {
        var keys = MessageBundles.ruleKeys(Path.of("src/main/java"));

        assertThat(keys).as("rules found in the sources").isNotEmpty();
        assertThat(MessageBundles.missing(keys)).as("add them to src/main/resources/i18n/").isEmpty();
    }

    @Test
    void theBundlesUseTypographicApostrophesFrenchSpacingAndTheSamePlaceholdersInBothLanguages() {
        assertThat(MessageBundles.mistakes()).isEmpty();
    }
}
