package fr.cls.contract.original;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.contract.action.ContractActions;
import fr.cls.contract.action.SignedVersions;
import fr.cls.contract.contract.Contract;
import fr.cls.contract.contract.ContractId;
import fr.cls.contract.contract.Contracts;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.InvalidFieldException;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.originals.NewOriginal;
import fr.cls.platform.originals.OriginalDocument;
import fr.cls.platform.originals.OriginalFile;
import fr.cls.platform.originals.OriginalKind;
import fr.cls.platform.originals.OriginalSubject;
import fr.cls.platform.originals.Originals;
import fr.cls.platform.security.Roles;

/**
 * A contract's signed originals, seen by whoever sees the contract. The owner's staff and the contract's coordinator
 * upload any kind; a tenant taking part (a département, a signatory) uploads its own délibération only. The signed
 * contract is attached to the contract's signed version and an amendment's original to that amendment: neither can
 * exist before what it attests.
 */
@Service
public class ContractOriginals {

    static final String SUBJECT = "contract";
    static final String SIGNED_VERSION = "signed-version";

    private final Contracts contracts;
    private final SignedVersions signedVersions;
    private final ContractActions actions;
    private final Originals originals;

    ContractOriginals(Contracts contracts, SignedVersions signedVersions, ContractActions actions, Originals originals) {
        this.contracts = contracts;
        this.signedVersions = signedVersions;
        this.actions = actions;
        this.originals = originals;
    }

    /** What an upload says beside the file. */
    public record Upload(OriginalKind kind, String title, Integer amendment, UUID supersedes, String fileName,
            byte[] content) {
    }

    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF_OR_COORDINATOR)
    public OriginalDocument upload(ContractId id, Upload upload) {
        Contract contract = contracts.get(id);
        boolean owner = contract.tenantId().equals(TenantContext.require());
        if (!owner && upload.kind() != OriginalKind.DELIBERATION) {
            throw new AccessDeniedException("a tenant taking part in a contract uploads its délibérations only");
        }
        String attachedTo = attachment(id, upload);
        return originals.store(subject(contract), new NewOriginal(upload.kind(), upload.title(), attachedTo,
                upload.fileName(), upload.content(), upload.supersedes()));
    }

    @Transactional(readOnly = true)
    public List<OriginalDocument> list(ContractId id) {
        return originals.list(subject(contracts.get(id)));
    }

    @Transactional(readOnly = true)
    public OriginalFile file(ContractId id, UUID originalId) {
        return originals.file(subject(contracts.get(id)), originalId);
    }

    private String attachment(ContractId id, Upload upload) {
        if (upload.amendment() != null && upload.kind() != OriginalKind.SIGNED_AMENDMENT) {
            throw new InvalidFieldException("amendment", "original-amendment-only-for-signed-amendment",
                    "amendment is given only with a signed amendment (kind SIGNED_AMENDMENT)");
        }
        return switch (upload.kind()) {
            case SIGNED_CONTRACT -> {
                try {
                    signedVersions.of(id);
                } catch (NotFoundException e) {
                    throw new RuleViolationException("original-needs-signed-version",
                            "the signed contract is attached to the contract's signed version: the contract is not signed yet");
                }
                yield SIGNED_VERSION;
            }
            case SIGNED_AMENDMENT -> {
                if (upload.amendment() == null) {
                    throw new InvalidFieldException("amendment", "original-amendment-required",
                            "a signed amendment names the amendment it records (its number)");
                }
                if (actions.amendments(id).stream().noneMatch(a -> a.number() == upload.amendment())) {
                    throw new InvalidFieldException("amendment", "original-amendment-unknown",
                            "the contract has no amendment number {0}", upload.amendment());
                }
                yield "amendment:" + upload.amendment();
            }
            case SIGNED_CONVENTION -> throw new InvalidFieldException("kind", "original-kind-not-for-contract",
                    "a signed convention is uploaded on its funding request, not on the contract");
            default -> null;
        };
    }

    private static OriginalSubject subject(Contract contract) {
        return new OriginalSubject(SUBJECT, contract.id().value(), contract.tenantId());
    }
}
