package fr.cls.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The fonts embedded in every document: DejaVu Sans (free licence, documents/fonts/LICENSE-DejaVu.txt). */
final class Fonts {

    private Fonts() {
    }

    static byte[] read(String name) {
        try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream("documents/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing font documents/fonts/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
