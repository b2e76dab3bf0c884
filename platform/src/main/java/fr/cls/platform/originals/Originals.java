package fr.cls.platform.originals;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.Actor;
import fr.cls.platform.context.CurrentActor;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.context.TenantSwitch;
import fr.cls.platform.domain.InvalidFieldException;
import fr.cls.platform.domain.NotFoundException;

/**
 * Stores and reads the signed originals of a service's subjects. The caller (the service) has already checked that the
 * current tenant sees the subject and may add to it; the rows belong to the subject's owner, so reading and writing
 * switch to that tenant inside the caller's transaction. A stored original is never changed nor removed.
 */
public class Originals {

    /** The action of an upload in the audit trail. */
    public static final String AUDIT_ACTION = "original.upload";
    static final String RESOURCE_TYPE = "original-document";
    private static final int NAME_LENGTH = 255;

    private final OriginalStore store;
    private final TenantSwitch tenants;
    private final AuditTrail audit;
    private final Clock clock;
    private final DataSize maxSize;

    Originals(OriginalStore store, TenantSwitch tenants, AuditTrail audit, Clock clock, DataSize maxSize) {
        this.store = store;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    /** The largest original accepted ({@code cls.originals.max-size}). */
    public DataSize maxSize() {
        return maxSize;
    }

    /**
     * Checks the file (a readable, unencrypted PDF within the size limit), then records it with its SHA-256, who
     * uploaded it and when, and an audit entry in the owner's trail, in the caller's transaction: a refusal or a
     * failure leaves nothing behind.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public OriginalDocument store(OriginalSubject subject, NewOriginal upload) {
        PdfCheck.check(upload.content(), maxSize);
        String uploaderTenant = TenantContext.require();
        Actor actor = CurrentActor.get();
        return tenants.call(subject.ownerTenant(), () -> {
            if (upload.supersedes() != null
                    && store.find(subject.ownerTenant(), subject.type(), subject.id(), upload.supersedes()).isEmpty()) {
                throw new InvalidFieldException("supersedes", "original-supersedes-unknown",
                        "supersedes must name an original of the same subject ({0} is not one)", upload.supersedes());
            }
            OriginalDocument document = new OriginalDocument(UUID.randomUUID(), subject.type(), subject.id(), upload.kind(),
                    title(upload), upload.attachedTo(), fileName(upload.fileName()), "application/pdf",
                    upload.content().length, sha256(upload.content()), upload.supersedes(), actor.subject(), actor.issuer(),
                    uploaderTenant, clock.instant().truncatedTo(ChronoUnit.MICROS));
            store.insert(subject.ownerTenant(), document, upload.content());
            audit.record(AUDIT_ACTION, RESOURCE_TYPE, document.id().toString(), null, 1L);
            return document;
        });
    }

    /** The subject's originals, oldest first, without their bytes. */
    @Transactional(readOnly = true)
    public List<OriginalDocument> list(OriginalSubject subject) {
        return tenants.call(subject.ownerTenant(), () -> store.list(subject.ownerTenant(), subject.type(), subject.id()));
    }

    /** One original with its bytes; 404 when the subject has none of that id. */
    @Transactional(readOnly = true)
    public OriginalFile file(OriginalSubject subject, UUID id) {
        return tenants.call(subject.ownerTenant(), () -> {
            OriginalDocument document = store.find(subject.ownerTenant(), subject.type(), subject.id(), id)
                    .orElseThrow(() -> new NotFoundException("original", id));
            return new OriginalFile(document, store.content(subject.ownerTenant(), id));
        });
    }

    private static String title(NewOriginal upload) {
        String title = upload.title() == null || upload.title().isBlank() ? upload.fileName() : upload.title().strip();
        return title == null || title.isBlank() ? upload.kind().name() : title;
    }

    /** The last segment of the name the browser sent, without control characters; {@code original.pdf} when none. */
    static String fileName(String sent) {
        if (sent == null) {
            return "original.pdf";
        }
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "original.pdf";
        }
        return name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
