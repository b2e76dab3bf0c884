package fr.cls.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Extend (an empty class is enough) in each module that has message bundles: every rule the module throws has its
 * French and English message, and the bundles read well in both languages.
 */
public abstract class MessageBundlesChecks {

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
