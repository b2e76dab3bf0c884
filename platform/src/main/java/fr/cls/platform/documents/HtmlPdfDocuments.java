package fr.cls.platform.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.UnaryOperator;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

/**
 * Thymeleaf XHTML to PDF/A-2b with openhtmltopdf. Deterministic: the dates (Info and XMP) are the document's date at
 * midnight in Paris, the trailer ID a digest of the HTML, so the same data give the same bytes.
 */
final class HtmlPdfDocuments implements PdfDocuments {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String PRODUCER = "CLS platform";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final DocumentTemplates templates;
    private final UnaryOperator<String> issuerName;
    private final byte[] colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final byte[] regular = Fonts.read("DejaVuSans.ttf");
    private final byte[] bold = Fonts.read("DejaVuSans-Bold.ttf");

    /** @param issuerName a tenant id to the name the letterhead shows (the tenant directory's) */
    HtmlPdfDocuments(DocumentTemplates templates, UnaryOperator<String> issuerName) {
        this.templates = templates;
        this.issuerName = issuerName;
    }

    @Override
    public byte[] render(DocumentRequest request) {
        Map<String, Object> model = new HashMap<>(request.model());
        model.put("fmt", DocumentFormat.FRENCH);
        model.put("title", request.title());
        model.put("date", request.date());
        model.putIfAbsent("issuer", issuerName.apply(request.tenantId()));
        String html = templates.html(request.tenantId(), request.template(), model);
        try {
            return pdf(html, request.title(), request.date());
        } catch (IOException e) {
            throw new UncheckedIOException("could not render document " + request.template(), e);
        }
    }

    /**
     * Renders a one-line page once, so that the first real document of this JVM does not also pay for loading the
     * renderer's classes and parsing the fonts (measured: 26 s under load, 1.5 s after).
     */
    void warmUp() {
        try {
            pdf("<html><body><p>CLS</p></body></html>", "warm-up", LocalDate.of(2026, 1, 1));
        } catch (IOException | RuntimeException e) {
            // Only a head start: the first real document pays instead, and reports its own failure.
            org.slf4j.LoggerFactory.getLogger(HtmlPdfDocuments.class).warn("PDF renderer warm-up failed: {}", e.toString());
        }
    }

    private byte[] pdf(String html, String title, LocalDate date) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfAConformance(PdfAConformance.PDFA_2_B)
                .useColorProfile(colorProfile)
                .withProducer(PRODUCER)
                .usePdfUaAccessibility(false)
                // Templates come from the service or an operator, but none may make the renderer fetch anything:
                // images go inline (data: URIs).
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withHtmlContent(html, null);
        // The embedded font under its name and the generic ones, so that no text falls back to an unembedded PDF
        // base font (PDF/A forbids them; openhtmltopdf then drops the text), whatever a tenant's template asks.
        for (String family : List.of(FONT_FAMILY, "Serif", "SansSerif", "Monospaced")) {
            builder.useFont(() -> new ByteArrayInputStream(regular), family, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), family, 700, FontStyle.NORMAL, true);
        }
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            fixIdentity(document, title, date, digest(html));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Dates from the data, not the clock; the ID from the content, not a random or timed value. */
    private static void fixIdentity(PDDocument document, String title, LocalDate date, byte[] digest) throws IOException {
        Calendar when = GregorianCalendar.from(date.atStartOfDay(PARIS));
        when.setTimeZone(TimeZone.getTimeZone(PARIS));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        // PDF/A wants the Info entries mirrored in the XMP written below: none that it does not hold (a template's
        // <meta name="author"> would otherwise give an Author without dc:creator).
        info.setAuthor(null);
        info.setSubject(null);
        info.setKeywords(null);
        info.setCreationDate(when);
        info.setModificationDate(when);
        document.getDocumentCatalog().setMetadata(xmp(document, title, when));
        byte[] id = Arrays.copyOf(digest, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static PDMetadata xmp(PDDocument document, String title, Calendar when) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
            pdfa.setPart(2);
            pdfa.setConformance("B");
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            dc.setFormat("application/pdf");
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreateDate(when);
            basic.setModifyDate(when);
            basic.setMetadataDate(when);
            basic.setCreatorTool(PRODUCER);
            AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
            adobe.setProducer(PRODUCER);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(out.toByteArray());
            return metadata;
        } catch (BadFieldValueException | TransformerException e) {
            throw new IOException("could not write the PDF/A metadata", e);
        }
    }

    private static byte[] digest(String html) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
