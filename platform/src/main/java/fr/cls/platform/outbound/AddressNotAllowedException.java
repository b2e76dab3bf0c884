package fr.cls.platform.outbound;

import java.net.UnknownHostException;

/**
 * The host resolved to an address no call may reach. An {@link UnknownHostException}, so that the HTTP client gives up
 * before it opens any connection.
 */
public class AddressNotAllowedException extends UnknownHostException {

    private final String kind;

    AddressNotAllowedException(String host, String kind) {
        super(host + " resolves to a " + kind + " address");
        this.kind = kind;
    }

    /** loopback, private… */
    public String kind() {
        return kind;
    }
}
