package fr.cls.platform.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Looks a host up; a bean, so that tests can make a name change its address between two calls (DNS rebinding). */
@FunctionalInterface
public interface HostResolver {

    InetAddress[] resolve(String host) throws UnknownHostException;

    static HostResolver system() {
        return InetAddress::getAllByName;
    }
}
