package fr.cls.platform.documents;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

import fr.cls.tenancy.Tenant;
import fr.cls.tenancy.TenantDirectory;

/**
 * Gives every service {@link PdfDocuments}. {@code cls.documents.overrides}: a directory whose
 * {@code <tenantId>/<template>.html} and {@code <tenantId>/letterhead.html} replace the service's template and the
 * shared letterhead for that tenant (docs/operations.md).
 */
@AutoConfiguration(afterName = "fr.cls.tenancy.TenancyAutoConfiguration")
public class DocumentsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PdfDocuments pdfDocuments(@Value("${cls.documents.overrides:}") String overrides, ObjectProvider<TenantDirectory> tenants) {
        // The letterhead names the tenant as its directory does ("ARS Bretagne"); its id when it is unknown.
        UnaryOperator<String> issuer = id -> Optional.ofNullable(tenants.getIfAvailable()).flatMap(d -> d.find(id))
                .map(Tenant::name).orElse(id);
        return new HtmlPdfDocuments(new DocumentTemplates(overrides.isBlank() ? null : Path.of(overrides)), issuer);
    }

    /** Warms the renderer up in the background once the service is ready (it does not delay the start). */
    @Bean
    ApplicationListener<ApplicationReadyEvent> pdfRendererWarmUp(PdfDocuments documents) {
        return event -> {
            if (documents instanceof HtmlPdfDocuments html) {
                Thread warmUp = new Thread(html::warmUp, "pdf-renderer-warm-up");
                warmUp.setDaemon(true);
                warmUp.setPriority(Thread.MIN_PRIORITY);
                warmUp.start();
            }
        };
    }
}
