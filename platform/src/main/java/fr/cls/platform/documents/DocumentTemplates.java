package fr.cls.platform.documents;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Resolves a tenant's templates: first its override directory {@code <overrides>/<tenantId>/} (the document's
 * {@code <template>.html} and {@code letterhead.html}), then the classpath {@code documents/} (the service's templates,
 * the platform's {@code documents/fragments/}). One engine per tenant, since the override directory is part of the
 * resolution; without an override directory, one engine for all.
 */
final class DocumentTemplates {

    private static final long OVERRIDE_CACHE_MILLIS = 60_000;

    private final Path overrides;
    private final Map<String, TemplateEngine> engines = new ConcurrentHashMap<>();
    private final TemplateEngine classpathOnly;

    DocumentTemplates(Path overrides) {
        this.overrides = overrides;
        this.classpathOnly = overrides == null ? engine(null) : null;
    }

    /** The XHTML of the template with the model; every value written by th:text is escaped. */
    String html(String tenantId, String template, Map<String, ?> model) {
        TemplateEngine engine = overrides == null ? classpathOnly : engines.computeIfAbsent(tenantId, this::engine);
        Context context = new Context(java.util.Locale.FRANCE);
        model.forEach(context::setVariable);
        return engine.process(template, context);
    }

    private TemplateEngine engine(String tenantId) {
        TemplateEngine engine = new TemplateEngine();
        int order = 1;
        if (tenantId != null) {
            FileTemplateResolver tenant = new FileTemplateResolver();
            tenant.setPrefix(overrides.resolve(tenantId).toAbsolutePath() + "/");
            tenant.setSuffix(".html");
            tenant.setTemplateMode(TemplateMode.XML);
            tenant.setCharacterEncoding("UTF-8");
            tenant.setCheckExistence(true);
            // An operator's edit shows within a minute, without a restart.
            tenant.setCacheTTLMs(OVERRIDE_CACHE_MILLIS);
            tenant.addTemplateAlias("fragments/letterhead", "letterhead");
            tenant.setOrder(order++);
            engine.addTemplateResolver(tenant);
        }
        ClassLoaderTemplateResolver classpath = new ClassLoaderTemplateResolver(DocumentTemplates.class.getClassLoader());
        classpath.setPrefix("documents/");
        classpath.setSuffix(".html");
        classpath.setTemplateMode(TemplateMode.XML);
        classpath.setCharacterEncoding("UTF-8");
        classpath.setCheckExistence(true);
        classpath.setOrder(order);
        engine.addTemplateResolver(classpath);
        return engine;
    }
}
