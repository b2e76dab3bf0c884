package fr.cls.platform.outbound;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;

import javax.net.ssl.SSLException;

import org.springframework.web.client.RestClientResponseException;

/**
 * What a failed call is recorded and shown as: a short fixed phrase, never the exception's text, which would tell the
 * caller about the platform's network (addresses, open ports, internal host names).
 */
public final class OutboundFailures {

    public static final String ADDRESS_NOT_ALLOWED = "address not allowed";

    private OutboundFailures() {
    }

    public static String classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RestClientResponseException answered) {
                return status(answered.getStatusCode().value());
            }
            if (t instanceof AddressNotAllowedException) {
                return ADDRESS_NOT_ALLOWED;
            }
            if (t instanceof UnknownHostException) {
                return "host not found";
            }
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof InterruptedIOException || t instanceof HttpTimeoutException) {
                return "timeout";
            }
            if (t instanceof SSLException) {
                return "TLS failure";
            }
        }
        return "connection failed";
    }

    public static String status(int status) {
        return "HTTP " + status;
    }
}
