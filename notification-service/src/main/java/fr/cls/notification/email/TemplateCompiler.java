package fr.cls.notification.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

import fr.cls.platform.domain.InvalidFieldException;

/**
 * Compiles the parts of a template, refusing what would fail or leak at sending time: a template that does not
 * compile, a variable the platform does not give, a partial, an unescaped value in HTML, an oversized part. Values
 * are HTML-escaped in the HTML part, never in the subject and the text.
 */
final class TemplateCompiler {

    static final int MAX_SUBJECT = 500;
    static final int MAX_TEXT = 20_000;
    static final int MAX_HTML = 50_000;

    /** Inside a list section: the item, and JMustache's position markers. */
    private static final List<String> ITEM_NAMES = List.of(".", "this", "-first", "-last", "-index");
    /** {{{x}}} and {{&x}} write a value unescaped. */
    private static final Pattern UNESCAPED = Pattern.compile("\\{\\{\\s*(\\{|&)");

    private static final Mustache.Compiler PLAIN = Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true)
            .defaultValue("");
    private static final Mustache.Compiler HTML = Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true)
            .defaultValue("");

    /**
     * Compiled templates by their text: every email rendered the tenant's template again, compiling and checking it
     * each time (9 % of notification-service's CPU under load, docs/benchmarks.md). The text is still read for every
     * email, so a changed template is used at once; at most {@value #CACHED} texts are kept.
     */
    private static final int CACHED = 256;
    private static final Map<TemplateText, Compiled> COMPILED = new ConcurrentHashMap<>();

    private TemplateCompiler() {
    }

    /** {@link #compile} once per distinct text. */
    static Compiled compiled(TemplateText text) {
        Compiled known = COMPILED.get(text);
        if (known != null) {
            return known;
        }
        Compiled compiled = compile(text);
        if (COMPILED.size() >= CACHED) {
            COMPILED.clear();
        }
        COMPILED.put(text, compiled);
        return compiled;
    }

    static Compiled compile(TemplateText text) {
        Template subject = part("subject", text.subject(), MAX_SUBJECT, PLAIN);
        if (text.subject().contains("\n") || text.subject().contains("\r")) {
            throw new InvalidFieldException("subject", "template-subject-one-line", "the subject is one line");
        }
        Template plain = part("text", text.text(), MAX_TEXT, PLAIN);
        if (UNESCAPED.matcher(text.html() == null ? "" : text.html()).find()) {
            throw new InvalidFieldException("html", "template-escapes-values",
                    "the HTML shows values escaped: write {{name}}, not {{{name}}} or {{&name}}");
        }
        Template html = part("html", text.html(), MAX_HTML, HTML);
        return new Compiled(subject, plain, html);
    }

    private static Template part(String field, String source, int maxLength, Mustache.Compiler compiler) {
        if (source == null || source.isBlank()) {
            throw new InvalidFieldException(field, "template-given", "give the " + field + " of the template");
        }
        if (source.length() > maxLength) {
            throw new InvalidFieldException(field, "template-size", "at most " + maxLength + " characters", maxLength);
        }
        Template template;
        try {
            template = compiler.compile(source);
        } catch (MustacheException e) {
            throw new InvalidFieldException(field, "template-compiles", "the template does not compile: " + e.getMessage(),
                    e.getMessage());
        }
        List<String> unknown = new ArrayList<>();
        template.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String text) {
            }

            @Override
            public void visitVariable(String name) {
                check(name);
            }

            @Override
            public boolean visitInclude(String name) {
                throw new InvalidFieldException(field, "template-no-partials", "a template includes no other template");
            }

            @Override
            public boolean visitSection(String name) {
                check(name);
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                check(name);
                return true;
            }

            private void check(String name) {
                if (!EmailTemplate.VARIABLES.contains(name) && !ITEM_NAMES.contains(name)) {
                    unknown.add(name);
                }
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidFieldException(field, "template-known-variables", "unknown variables " + unknown
                    + "; known: " + EmailTemplate.VARIABLES, String.join(", ", unknown), String.join(", ",
                            new java.util.TreeSet<>(EmailTemplate.VARIABLES)));
        }
        return template;
    }

    /** A compiled template, ready to render an email. */
    record Compiled(Template subject, Template text, Template html) {

        MailContent render(Map<String, Object> values) {
            return new MailContent(subject.execute(values).replaceAll("\\s+", " ").strip(), text.execute(values),
                    html.execute(values));
        }
    }
}
