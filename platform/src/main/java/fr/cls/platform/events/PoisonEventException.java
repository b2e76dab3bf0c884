package fr.cls.platform.events;

/** A message no retry can fix: it goes straight to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
