package fr.cls.platform.testapp;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The platform's auto-configurations, a table of notes (test migration V1) and the two ways notes are written. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ Notes.class, NotesController.class, NoteListener.class, HandlerTraces.class })
public class PlatformTestApplication {

    /** Where the outbox publishes and the listener reads (application.yml). */
    public static final String TOPIC = "platform.it.notes";
    public static final String NOTE_ADDED = "cls.platform-it.note-added.v1";
    public static final String CONSUMER = "platform-it-notes";
}
