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
    void theHashDependsOnThePreviousHashAndOnEveryField() {
        String hash = AuditHash.of(AuditHash.GENESIS, ENTRY);

        assertThat(hash).hasSize(64).matches("[0-9a-f]+");
        assertThat(AuditHash.of(AuditHash.GENESIS, ENTRY)).isEqualTo(hash);
        assertThat(AuditHash.of("1".repeat(64), ENTRY)).isNotEqualTo(hash);
        AuditEntry otherAction = new AuditEntry(1, ENTRY.id(), "ars-paca", "agent", "a,b", "x", "contract", "42", null,
                0L, "corr", ENTRY.occurredAt(), null, AuditHash.GENESIS, null);
        assertThat(AuditHash.of(AuditHash.GENESIS, otherAction)).isNotEqualTo(hash);
    }
}
