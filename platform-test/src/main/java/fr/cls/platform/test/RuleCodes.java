package fr.cls.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;

/**
 * The rule codes a module's sources throw, found by reading them: {@code new RuleViolationException("code", …)},
 * {@code new Violation("code", …)} and the {@code RULE}/{@code CODE} constants of rules; and the families
 * docs/problems.md documents (its {@code ## family} sections).
 */
public final class RuleCodes {

    private static final Pattern CODE = Pattern.compile(
            "(?:RuleViolationException\\(\\s*|Violation\\(\\s*|\\b(?:RULE|CODE)\\s*=\\s*)\"([a-z0-9]+(?:-[a-z0-9]+)*)\"");
    private static final Pattern SECTION = Pattern.compile("^## ([a-z0-9-]+)\\s*$", Pattern.MULTILINE);

    private RuleCodes() {
    }

    /** @return each code and the first file that throws it */
    public static Map<String, String> in(Path sources) {
        Map<String, String> codes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    codes.putIfAbsent(matcher.group(1), sources.relativize(file).toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    /** The families a problems page documents, one {@code ## family} section each. */
    public static List<String> documentedFamilies(Path problemsPage) {
        try {
            return SECTION.matcher(Files.readString(problemsPage)).results().map(m -> m.group(1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A problem's type is a section of docs/problems.md: so is the family ({@code familyOfRule}, the platform's
     * ProblemTypes) of every rule code the module under test throws (its src/main/java).
     */
    public static void everyCodeIsOfADocumentedFamily(Function<String, String> familyOfRule) {
        List<String> documented = documentedFamilies(Path.of("../docs/problems.md"));
        Map<String, String> codes = in(Path.of("src/main/java"));

        assertThat(codes).as("rule codes found in the sources").isNotEmpty();
        SoftAssertions soft = new SoftAssertions();
        codes.forEach((code, file) -> soft.assertThat(documented)
                .as(code + " (" + file + ") is of family " + familyOfRule.apply(code))
                .contains(familyOfRule.apply(code)));
        soft.assertAll();
    }
}
