package fr.cls.platform.originals;

/** A stored original with its bytes, for a download. */
public record OriginalFile(OriginalDocument document, byte[] content) {
}
