package fr.cls.platform.originals;

import java.util.UUID;

/**
 * An upload: the file as received and what the service checked it is attached to ({@code signed-version},
 * {@code amendment:2}); {@code supersedes} names an earlier original of the same subject it replaces (which stays).
 */
public record NewOriginal(OriginalKind kind, String title, String attachedTo, String fileName, byte[] content,
        UUID supersedes) {
}
