package fr.cls.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final AuditEntry ENTRY = new AuditEntry(1, UUID.fromString("00000000-0000-0000-0000-000000000001"),
            "ars-paca", "agent", "a,b", "contract.initiate", "contract", "42", null, 0L, "corr",
            Instant.parse("2026-11-23T10:15:30.123456Z"), null, AuditHash.GENESIS, null);

    @Test
    void theCanonicalFormLengthPrefixesEveryFieldAndMarksNulls() {
        assertThat(AuditHash.canonical(ENTRY)).isEqualTo("cls-audit-v1|36:00000000-0000-0000-0000-000000000001"
                + "|8:ars-paca|5:agent|3:a,b|17:contract.initiate|8:contract|2:42|~|1:0|4:corr"
                + "|27:2026-11-23T10:15:30.123456Z");
    }

    @Test
    void theEntryMacCoversTheFieldsTheIssuerAndTheKeyButNoLink() {
        AuditKeys.Key k1 = AuditKeys.of("k1", "first-key-0123456789", "").current();
        AuditKeys.Key k2 = AuditKeys.of("k2", "first-key-0123456789", "").current();
        AuditEntry withIssuer = new AuditEntry(1, ENTRY.id(), "ars-paca", "agent", "https://idp", "a,b", "contract.initiate",
                "contract", "42", null, 0L, "corr", ENTRY.occurredAt(), "k1", null, null);
        String mac = AuditHash.entryMac(k1, withIssuer);

        assertThat(mac).hasSize(64).isNotEqualTo(AuditHash.mac(k1, AuditHash.GENESIS, withIssuer));
        assertThat(AuditHash.entryMac(k2, withIssuer)).as("same secret, another key id").isNotEqualTo(mac);
        assertThat(AuditHash.entryMac(k1, new AuditEntry(1, ENTRY.id(), "ars-paca", "agent", "https://other", "a,b",
                "contract.initiate", "contract", "42", null, 0L, "corr", ENTRY.occurredAt(), "k1", null, null)))
                .as("another issuer").isNotEqualTo(mac);
        assertThat(AuditHash.entryMac(k1, new AuditEntry(7, ENTRY.id(), "ars-paca", "agent", "https://idp", "a,b",
                "contract.initiate", "contract", "42", null, 0L, "corr", ENTRY.occurredAt(), "k1", "x", "y")))
                .as("seq and the seal are not part of it").isEqualTo(mac);
    }

    @Test
    void theHashDependsOnThePreviousHashAndOnEveryField() {
        String hash = AuditHash.of(AuditHash.GENESIS, ENTRY);

        assertThat(hash).hasSize(64).matches("[0-9a-f]+");
        assertThat(AuditHash.of(AuditHash.GENESIS, ENTRY)).isEqualTo(hash);
        assertThat(AuditHash.of("1".repeat(64), ENTRY)).isNotEqualTo(hash);
        AuditEntry otherAction = new AuditEntry(1, ENTRY.id(), "ars-paca", "agent", "a,b", "x", "contract", "42", null,
                0L, "corr", ENTRY.occurredAt(), null, AuditHash.GENESIS, null);
        assertThat(AuditHash.of(AuditHash.GENESIS, otherAction)).isNotEqualTo(hash);
    }

    @Test
    void anEntryFromBeforeTheIssuerKeepsTheMacItWasWrittenWith() {
        AuditKeys.Key k1 = AuditKeys.of("k1", "first-key-0123456789", "").current();

        // HMAC-SHA-256 of the cls-audit-v2 form, computed outside this code base before the issuer was recorded.
        assertThat(AuditHash.mac(k1, AuditHash.GENESIS, ENTRY))
                .isEqualTo("27b48f632ebb73d5e4df727d226bbf9378ddceb42ee5502a237fe5ac3ec87de3");
    }

    @Test
    void theIssuerIsPartOfTheMacOfTheEntriesThatRecordIt() {
        AuditKeys.Key k1 = AuditKeys.of("k1", "first-key-0123456789", "").current();
        String withoutIssuer = AuditHash.mac(k1, AuditHash.GENESIS, ENTRY);
        String withIssuerA = AuditHash.mac(k1, AuditHash.GENESIS, withIssuer("https://idp-a.test"));

        assertThat(withIssuerA).isNotEqualTo(withoutIssuer)
                .isNotEqualTo(AuditHash.mac(k1, AuditHash.GENESIS, withIssuer("https://idp-b.test")))
                .isNotEqualTo(AuditHash.mac(k1, AuditHash.GENESIS, withIssuer("")))
                .isEqualTo(AuditHash.mac(k1, AuditHash.GENESIS, withIssuer("https://idp-a.test")));
    }

    private static AuditEntry withIssuer(String issuer) {
        return new AuditEntry(ENTRY.seq(), ENTRY.id(), ENTRY.tenantId(), ENTRY.subject(), issuer, ENTRY.roles(),
                ENTRY.action(), ENTRY.resourceType(), ENTRY.resourceId(), ENTRY.versionBefore(), ENTRY.versionAfter(),
                ENTRY.correlationId(), ENTRY.occurredAt(), ENTRY.keyId(), ENTRY.previousHash(), ENTRY.hash());
    }
}
