package fr.cls.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ChainCheckTest {

    private static final AuditKeys KEYS = AuditKeys.of("k2", "second-key-0123456789", "k1:first-key-0123456789");
    private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");
    /** Two entries from before the issuer was recorded, then two that record it. */
    private static final List<String> ISSUERS = Arrays.asList(null, null, "https://idp-a.test", "");

    @Test
    void aChainMacedWithTheCurrentAndAPreviousKeyIsValid() {
        List<AuditEntry> chain = chain(List.of("k1", "k2", "k2"), "contract.initiate");

        ChainVerification result = check(chain, List.of(checkpoint(chain.get(2))));

        assertThat(result.valid()).isTrue();
        assertThat(result.checkpoints()).isEqualTo(1);
    }

    @Test
    void aChainRecomputedWithTheKeyIsCaughtByItsCheckpointAtTheCheckpointedEntry() {
        List<AuditEntry> original = chain(List.of("k2", "k2", "k2"), "contract.initiate");
        AuditCheckpoint published = checkpoint(original.get(1));
        // Someone who has the key rewrites every action and recomputes every MAC: the chain alone looks fine.
        List<AuditEntry> recomputed = chain(List.of("k2", "k2", "k2"), "contract.nothing");

        ChainVerification result = check(recomputed, List.of(published));

        assertThat(check(recomputed, List.of()).valid()).isTrue();
        assertThat(result.valid()).isFalse();
        assertThat(result.firstInvalidSeq()).isEqualTo(2);
        assertThat(result.reason()).contains("recomputed");
    }

    @Test
    void aMacMadeWithAnotherKeyNamesThatEntry() {
        List<AuditEntry> chain = chain(List.of("k2", "k2"), "contract.initiate");
        AuditKeys guessed = AuditKeys.of("k2", "a-guessed-key-0123456789", "");
        AuditEntry forged = withMac(chain.get(1), AuditHash.mac(guessed.current(), chain.get(0).hash(), chain.get(1)));

        ChainVerification result = check(List.of(chain.get(0), forged), List.of());

        assertThat(result.firstInvalidSeq()).isEqualTo(2);
        assertThat(result.reason()).contains("MAC");
    }

    @Test
    void anEntryWithAnUnknownKeyIdIsInvalid() {
        AuditKeys onlyNew = AuditKeys.of("k3", "third-key-0123456789", "");
        List<AuditEntry> chain = chain(List.of("k1"), "contract.initiate");

        ChainCheck check = new ChainCheck(onlyNew);
        chain.forEach(check::accept);

        assertThat(check.result(ChainVerification.CHECKED).reason()).contains("names key k1");
    }

    @Test
    void entriesFromBeforeTheIssuerAndEntriesThatRecordItMakeOneValidChain() {
        List<AuditEntry> chain = chain(List.of("k1", "k2", "k2", "k2"), ISSUERS, "contract.initiate");

        assertThat(check(chain, List.of(checkpoint(chain.get(3)))).valid()).isTrue();
    }

    @Test
    void anIssuerChangedOrRemovedIsCaughtAtThatEntry() {
        List<AuditEntry> chain = chain(List.of("k1", "k2", "k2", "k2"), ISSUERS, "contract.initiate");
        List<AuditEntry> changed = new ArrayList<>(chain);
        changed.set(2, withIssuer(chain.get(2), "https://idp-b.test"));
        List<AuditEntry> removed = new ArrayList<>(chain);
        removed.set(2, withIssuer(chain.get(2), null));

        for (List<AuditEntry> altered : List.of(changed, removed)) {
            ChainVerification result = check(altered, List.of());
            assertThat(result.valid()).isFalse();
            assertThat(result.firstInvalidSeq()).isEqualTo(3);
            assertThat(result.reason()).contains("MAC");
        }
    }

    @Test
    void anIssuerOnAnUnkeyedEntryIsInvalid() {
        AuditEntry draft = new AuditEntry(1, new UUID(0, 1), "ars-paca", "agent", "https://idp-a.test", "ARS_AGENT",
                "contract.initiate", "contract", "c1", null, 0L, "corr", AT, null, AuditHash.GENESIS, null);
        AuditEntry unkeyed = withMac(draft, AuditHash.of(AuditHash.GENESIS, draft));

        ChainVerification result = check(List.of(unkeyed), List.of());

        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).contains("issuer but no key");
    }

    @Test
    void withoutAKeyTheServiceDoesNotStartUnlessALocalOrDevProfileIsActive() {
        assertThatThrownBy(() -> AuditKeys.from(new MockEnvironment())).hasMessageContaining("CLS_AUDIT_KEY");
        MockEnvironment local = new MockEnvironment();
        local.setActiveProfiles("local");
        assertThat(AuditKeys.from(local).current().id()).isEqualTo(AuditKeys.DEV_KEY_ID);
        assertThatThrownBy(() -> AuditKeys.of("k1", "short", "")).hasMessageContaining("shorter");
    }

    private static ChainVerification check(List<AuditEntry> chain, List<AuditCheckpoint> checkpoints) {
        ChainCheck check = new ChainCheck(KEYS);
        check.expect(checkpoints);
        chain.forEach(check::accept);
        return check.result(checkpoints.isEmpty() ? ChainVerification.NO_CHECKPOINT_YET : ChainVerification.CHECKED);
    }

    private static List<AuditEntry> chain(List<String> keyIds, String action) {
        return chain(keyIds, Collections.nCopies(keyIds.size(), null), action);
    }

    /** Entries MACed in turn; a null issuer is an entry from before the issuer was recorded. */
    private static List<AuditEntry> chain(List<String> keyIds, List<String> issuers, String action) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditHash.GENESIS;
        long seq = 1;
        for (String keyId : keyIds) {
            AuditEntry draft = new AuditEntry(seq, new UUID(0, seq), "ars-paca", "agent", issuers.get((int) seq - 1),
                    "ARS_AGENT", action, "contract", "c" + seq, null, 0L, "corr", AT, keyId, previous, null);
            String mac = AuditHash.mac(KEYS.byId(keyId).orElseThrow(), previous, draft);
            entries.add(withMac(draft, mac));
            previous = mac;
            seq++;
        }
        return entries;
    }

    private static AuditEntry withMac(AuditEntry e, String mac) {
        return new AuditEntry(e.seq(), e.id(), e.tenantId(), e.subject(), e.issuer(), e.roles(), e.action(),
                e.resourceType(), e.resourceId(), e.versionBefore(), e.versionAfter(), e.correlationId(), e.occurredAt(),
                e.keyId(), e.previousHash(), mac);
    }

    private static AuditEntry withIssuer(AuditEntry e, String issuer) {
        return new AuditEntry(e.seq(), e.id(), e.tenantId(), e.subject(), issuer, e.roles(), e.action(),
                e.resourceType(), e.resourceId(), e.versionBefore(), e.versionAfter(), e.correlationId(), e.occurredAt(),
                e.keyId(), e.previousHash(), e.hash());
    }

    private static AuditCheckpoint checkpoint(AuditEntry entry) {
        return new AuditCheckpoint("contract-service", entry.tenantId(), entry.seq(), entry.keyId(), entry.hash(), AT);
    }
}
