package fr.cls.funding.original;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.funding.convention.Convention;
import fr.cls.funding.convention.ConventionStatus;
import fr.cls.funding.convention.Conventions;
import fr.cls.funding.request.FundingRequest;
import fr.cls.funding.request.FundingRequestId;
import fr.cls.funding.request.FundingRequests;
import fr.cls.platform.domain.InvalidFieldException;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.originals.NewOriginal;
import fr.cls.platform.originals.OriginalDocument;
import fr.cls.platform.originals.OriginalFile;
import fr.cls.platform.originals.OriginalKind;
import fr.cls.platform.originals.OriginalSubject;
import fr.cls.platform.originals.Originals;
import fr.cls.platform.security.Roles;

/**
 * A funding request's signed originals, seen by whoever sees the request (its funder, the contract's owner, the
 * contract's coordinator) and kept in the funder's rows. Those who may act on a request upload; the signed convention
 * is attached to the request's convention once that convention is signed.
 */
@Service
public class RequestOriginals {

    static final String SUBJECT = "funding-request";

    private final FundingRequests requests;
    private final Conventions conventions;
    private final Originals originals;

    RequestOriginals(FundingRequests requests, Conventions conventions, Originals originals) {
        this.requests = requests;
        this.conventions = conventions;
        this.originals = originals;
    }

    /** What an upload says beside the file. */
    public record Upload(OriginalKind kind, String title, UUID supersedes, String fileName, byte[] content) {
    }

    @Transactional
    @PreAuthorize(Roles.IS_FUNDING_FILER)
    public OriginalDocument upload(FundingRequestId id, Upload upload) {
        FundingRequest request = requests.get(id);
        String attachedTo = switch (upload.kind()) {
            case SIGNED_CONVENTION -> "convention:" + conventions.ofRequest(id)
                    .filter(c -> c.status() == ConventionStatus.SIGNED).map(Convention::id)
                    .orElseThrow(() -> new RuleViolationException("original-needs-signed-convention",
                            "the signed convention is attached to the request's convention: it is not signed yet"));
            case DELIBERATION, OTHER -> null;
            default -> throw new InvalidFieldException("kind", "original-kind-not-for-request",
                    "a funding request takes its signed convention, délibérations and other originals (kind {0} is for the contract)",
                    upload.kind());
        };
        return originals.store(subject(request), new NewOriginal(upload.kind(), upload.title(), attachedTo,
                upload.fileName(), upload.content(), upload.supersedes()));
    }

    @Transactional(readOnly = true)
    public List<OriginalDocument> list(FundingRequestId id) {
        return originals.list(subject(requests.get(id)));
    }

    @Transactional(readOnly = true)
    public OriginalFile file(FundingRequestId id, UUID originalId) {
        return originals.file(subject(requests.get(id)), originalId);
    }

    private static OriginalSubject subject(FundingRequest request) {
        return new OriginalSubject(SUBJECT, request.id().value(), request.funderTenantId());
    }
}
