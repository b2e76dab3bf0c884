package fr.cls.funding.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.funding.request.FundingRequest;
import fr.cls.funding.request.FundingRequests;
import fr.cls.funding.request.Purpose;
import fr.cls.funding.request.Refiling;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.security.Roles;

/**
 * Dossiers filed by the funder's own submission portal (client credentials with the INTEGRATION role): each is a
 * funding request addressed to the portal's tenant, known by the portal's reference. Filing the same reference
 * again with the same content answers the request already filed; with other content it is refused (409, {@link Refiling}).
 */
@Service
public class Dossiers {


    private final FundingRequests requests;
    private final JdbcTemplate jdbc;

    Dossiers(FundingRequests requests, JdbcTemplate jdbc) {
        this.requests = requests;
        this.jdbc = jdbc;
    }

    public record Attachment(String name, String mediaType, Long sizeBytes, String reference) {
    }

    public record Dossier(String portalReference, UUID contractId, String schemeCode, Purpose purpose,
            Map<Integer, BigDecimal> amountsByYear, Map<Integer, BigDecimal> ownShareByYear, List<Attachment> attachments) {
    }

    @Transactional
    @PreAuthorize(Roles.IS_INTEGRATION)
    public FundingRequests.Filed file(Dossier d) {
        FundingRequests.Filing filing = new FundingRequests.Filing(d.contractId(), TenantContext.require(), d.schemeCode(),
                d.purpose(), d.amountsByYear(), d.ownShareByYear(), d.portalReference());
        requests.byPortalReference(d.portalReference()).ifPresent(known -> requireSameContent(known, filing, d.attachments()));
        FundingRequests.Filed filed = requests.submit(filing);
        if (filed.created() && d.attachments() != null) {
            for (Attachment a : d.attachments()) {
                jdbc.update("insert into dossier_attachment (tenant_id, request_id, name, media_type, size_bytes, reference)"
                        + " values (?, ?, ?, ?, ?, ?)", TenantContext.require(), filed.request().id().value(), a.name(),
                        a.mediaType(), a.sizeBytes(), a.reference());
            }
        }
        return filed;
    }

    /** A reference filed again must carry what the dossier holds, attachments included; otherwise nothing changes (409). */
    private void requireSameContent(FundingRequest known, FundingRequests.Filing filing, List<Attachment> attachments) {
        List<String> differing = new ArrayList<>(Refiling.differences(known, filing));
        if (!counted(attachmentsOf(known.id().value())).equals(counted(attachments))) {
            differing.add("attachments");
        }
        if (!differing.isEmpty()) {
            throw Refiling.refused(known, differing);
        }
    }

    private List<Attachment> attachmentsOf(UUID requestId) {
        return jdbc.query("select name, media_type, size_bytes, reference from dossier_attachment where request_id = ? order by id",
                (rs, i) -> new Attachment(rs.getString(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4)), requestId);
    }

    /** The same attachments in any order. */
    private static Map<Attachment, Long> counted(List<Attachment> attachments) {
        return attachments == null ? Map.of()
                : attachments.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_INTEGRATION)
    public FundingRequest get(String portalReference) {
        return requests.byPortalReference(portalReference)
                .orElseThrow(() -> new NotFoundException("dossier", portalReference));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_INTEGRATION)
    public List<Attachment> attachments(String portalReference) {
        return attachmentsOf(get(portalReference).id().value());
    }

    /** While the funder has not started instructing it. */
    @Transactional
    @PreAuthorize(Roles.IS_INTEGRATION)
    public FundingRequest amend(String portalReference, Long seenVersion, Purpose purpose, Map<Integer, BigDecimal> amounts,
            Map<Integer, BigDecimal> ownShare) {
        return requests.amend(get(portalReference).id(), seenVersion, purpose, amounts, ownShare);
    }

    @Transactional
    @PreAuthorize(Roles.IS_INTEGRATION)
    public FundingRequest withdraw(String portalReference, Long seenVersion) {
        return requests.withdraw(get(portalReference).id(), seenVersion);
    }
}
