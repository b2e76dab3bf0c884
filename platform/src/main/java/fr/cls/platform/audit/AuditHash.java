package fr.cls.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The chain's link. Entries with a key id: {@code hex(HMAC-SHA-256(key, utf8(previous) || utf8(canonical(entry))))},
 * where the canonical form starts {@code cls-audit-v2} and ends with the key id; entries that record the actor's
 * issuer start {@code cls-audit-v3} and have the issuer between the fields and the key id (entries from before keep
 * their v2 MAC: a null issuer selects v2, so removing an issuer breaks the MAC as changing it does). Entries written before the chain
 * was keyed (no key id): {@code hex(SHA-256(utf8(previous_hash) || utf8(canonical(entry))))}, {@code cls-audit-v1}.
 * <p>
 * The canonical serialisation is {@code cls-audit-v1} followed, for each field in this order — id, tenant_id,
 * subject, roles, action, resource_type, resource_id, version_before, version_after, correlation_id,
 * occurred_at (ISO-8601 UTC, e.g. {@code 2026-11-23T10:15:30.123456Z}) — by {@code |<utf-8 byte length>:<value>}
 * or {@code |~} for null. Length prefixes make it unambiguous whatever the values contain. {@code seq} is not
 * hashed: order is given by the chain itself.
 */
final class AuditHash {

    /** What the first entry of every tenant chains to. */
    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(String previousHash, AuditEntry entry) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.UTF_8));
            sha256.update(canonical(entry).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The keyed link; the key id is part of what is MACed, so an entry cannot be re-labelled with another key. */
    static String mac(AuditKeys.Key key, String previousMac, AuditEntry entry) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            hmac.update(previousMac.getBytes(StandardCharsets.UTF_8));
            StringBuilder text = fields(new StringBuilder(entry.issuer() == null ? "cls-audit-v2" : "cls-audit-v3"), entry);
            if (entry.issuer() != null) {
                field(text, entry.issuer());
            }
            field(text, key.id());
            hmac.update(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hmac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    /**
     * The MAC of an entry alone, written with it before it is linked: {@code hex(HMAC-SHA-256(key,
     * utf8(canonical)))}, the canonical form starting {@code cls-audit-entry-v1}, then the fields, the issuer and the
     * key id as in v3. The sealer links only entries whose MAC holds, so a row inserted without the key is never sealed.
     */
    static String entryMac(AuditKeys.Key key, AuditEntry entry) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            StringBuilder text = fields(new StringBuilder("cls-audit-entry-v1"), entry);
            field(text, entry.issuer());
            field(text, key.id());
            return HexFormat.of().formatHex(hmac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    static String canonical(AuditEntry entry) {
        return fields(new StringBuilder("cls-audit-v1"), entry).toString();
    }

    private static StringBuilder fields(StringBuilder text, AuditEntry entry) {
        field(text, entry.id() == null ? null : entry.id().toString());
        field(text, entry.tenantId());
        field(text, entry.subject());
        field(text, entry.roles());
        field(text, entry.action());
        field(text, entry.resourceType());
        field(text, entry.resourceId());
        field(text, entry.versionBefore() == null ? null : entry.versionBefore().toString());
        field(text, entry.versionAfter() == null ? null : entry.versionAfter().toString());
        field(text, entry.correlationId());
        field(text, entry.occurredAt() == null ? null : entry.occurredAt().toString());
        return text;
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("|~");
        } else {
            text.append('|').append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
    }
}
