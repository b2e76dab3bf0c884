package fr.cls.platform.domain;

/**
 * Answers 404. Also what a tenant gets for another tenant's resource, so that ids leak nothing. The message is
 * shown in the caller's language: the resource's name is looked up as {@code resource.<name>} (spaces as dashes).
 */
public class NotFoundException extends RuntimeException {

    private final String resource;
    private final transient Object id;

    public NotFoundException(String resource, Object id) {
        super(resource + " " + id + " not found");
        this.resource = resource;
        this.id = id;
    }

    public String resource() {
        return resource;
    }

    public Object id() {
        return id;
    }
}
