package fr.cls.gateway.security;

/**
 * The firewall's rule for header values, as Spring's default ({@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}:
 * assigned code points, no control character but tab) without the regular expression, which the firewall ran over
 * every header read, the 900-character {@code Authorization} included (5 % of the gateway's CPU, docs/benchmarks.md).
 */
final class HeaderValues {

    private HeaderValues() {
    }

    /** @param value null for a header the request does not have: allowed, as Spring's rule allows it */
    static boolean allowed(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && codePoint != '\t') {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
