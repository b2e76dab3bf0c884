package fr.cls.platform.test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Checks the message bundles ({@code i18n/*.properties} on the class path: French base, {@code _en} English) against
 * the rule codes the sources throw: a rule added without its French or English message is found at build time, not
 * by a user reading an English fallback. Found from the source text: {@code new RuleViolationException("code", …)},
 * {@code Violation.of("code", …)}, {@code new Violation("code", …)}, {@code Violation.variant("code", "variant", …)},
 * {@code new InvalidFieldException(field, "code", …)} (or a subclass), the code possibly a {@code static final String}
 * of the file.
 */
public final class MessageBundles {

    private static final String CODE = "(\"[a-z0-9-]+\"|[A-Z][A-Z0-9_]*)";
    private static final Pattern RULE = Pattern.compile(
            "(?:new\\s+(?:[\\w.]*\\.)?RuleViolationException|Violation\\.of|new\\s+(?:RuleViolationException\\.)?Violation)"
                    + "\\(\\s*" + CODE + "\\s*,");
    private static final Pattern VARIANT = Pattern.compile("Violation\\.variant\\(\\s*" + CODE + "\\s*,\\s*\"([a-z0-9-]+)\"");
    private static final Pattern FIELD = Pattern.compile("new\\s+(?:[\\w.]*\\.)?Invalid\\w*Exception\\(\\s*[^,()]+,\\s*" + CODE + "\\s*,");
    private static final Pattern CONSTANT = Pattern.compile("static\\s+final\\s+String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"([a-z0-9-]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** A space (not a non-breaking one) before : ; ? ! or after «, or before ». */
    private static final Pattern FRENCH_SPACING = Pattern.compile(" [:;?!»]|« ");

    private MessageBundles() {
    }

    /** The message keys of the rules thrown in the sources under these roots ({@code rule.<code>[.<variant>]}). */
    public static SortedSet<String> ruleKeys(Path... sourceRoots) {
        SortedSet<String> keys = new TreeSet<>();
        for (Path root : sourceRoots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    keys.addAll(ruleKeys(Files.readString(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    static Set<String> ruleKeys(String source) {
        Map<String, String> constants = new HashMap<>();
        Matcher c = CONSTANT.matcher(source);
        while (c.find()) {
            constants.put(c.group(1), c.group(2));
        }
        Set<String> keys = new TreeSet<>();
        for (Pattern p : List.of(RULE, FIELD)) {
            Matcher m = p.matcher(source);
            while (m.find()) {
                code(m.group(1), constants).ifPresent(code -> keys.add("rule." + code));
            }
        }
        Matcher v = VARIANT.matcher(source);
        while (v.find()) {
            code(v.group(1), constants).ifPresent(code -> keys.add("rule." + code + "." + v.group(2)));
        }
        return keys;
    }

    private static java.util.Optional<String> code(String token, Map<String, String> constants) {
        return token.startsWith("\"") ? java.util.Optional.of(token.substring(1, token.length() - 1))
                : java.util.Optional.ofNullable(constants.get(token));
    }

    /** Every entry of the bundles on the class path, by language ("fr" for the base bundles, "en"). */
    public static Map<String, Properties> bundles() {
        Map<String, Properties> byLanguage = Map.of("fr", new Properties(), "en", new Properties());
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                String name = r.getFilename();
                Properties target = name != null && name.endsWith("_en.properties") ? byLanguage.get("en")
                        : name != null && name.matches(".*_[a-z]{2}\\.properties") ? null : byLanguage.get("fr");
                if (target != null) {
                    try (Reader reader = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                        target.load(reader);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byLanguage;
    }

    /** "rule.x (en)" for each key of {@code keys} a bundle lacks. */
    public static List<String> missing(Set<String> keys) {
        Map<String, Properties> bundles = bundles();
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            for (String language : List.of("fr", "en")) {
                if (!bundles.get(language).containsKey(key)) {
                    missing.add(key + " (" + language + ")");
                }
            }
        }
        return missing;
    }

    /**
     * Entries that would show badly: a straight apostrophe (MessageFormat's quote: write ’), French and English
     * with different placeholders, a French space that is not non-breaking before : ; ? ! or inside « ».
     */
    public static List<String> mistakes() {
        Map<String, Properties> bundles = bundles();
        List<String> mistakes = new ArrayList<>();
        Properties fr = bundles.get("fr");
        Properties en = bundles.get("en");
        for (String key : new TreeSet<>(fr.stringPropertyNames())) {
            String french = fr.getProperty(key);
            if (french.contains("'")) {
                mistakes.add(key + " (fr): straight apostrophe");
            }
            if (FRENCH_SPACING.matcher(french).find()) {
                mistakes.add(key + " (fr): ordinary space where French needs a non-breaking one");
            }
            String english = en.getProperty(key);
            if (english != null && !placeholders(french).equals(placeholders(english))) {
                mistakes.add(key + ": French and English placeholders differ");
            }
        }
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            if (en.getProperty(key).contains("'")) {
                mistakes.add(key + " (en): straight apostrophe");
            }
            if (!fr.containsKey(key)) {
                mistakes.add(key + " (fr): missing, the English has it");
            }
        }
        return mistakes;
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
