package fr.cls.platform.outbound;

/** A URL that the platform will not call; the rule is short and stable (url-scheme, url-address…), for clients. */
public class OutboundUrlException extends RuntimeException {

    private final String rule;

    OutboundUrlException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
