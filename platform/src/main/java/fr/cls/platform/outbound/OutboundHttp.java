package fr.cls.platform.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.function.Supplier;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Builds the HTTP clients of calls to addresses that tenants or partners chose: every host is resolved through
 * {@link OutboundGuard} and the connection goes to the checked address; redirects are never followed (a 3xx is the
 * answer); no system proxy (it would resolve the name itself); no automatic retry (callers have their own).
 */
public class OutboundHttp {

    private final OutboundGuard guard;
    private final Supplier<RestClient.Builder> builders;

    public OutboundHttp(OutboundGuard guard) {
        this(guard, RestClient::builder);
    }

    /** @param builders Boot's builder: its observation sends the current trace as {@code traceparent} */
    public OutboundHttp(OutboundGuard guard, Supplier<RestClient.Builder> builders) {
        this.guard = guard;
        this.builders = builders;
    }

    /** A client on {@link #requestFactory}: the guard stays, and each call carries the caller's trace. */
    public RestClient restClient(Duration connectTimeout, Duration readTimeout) {
        return builders.get().requestFactory(requestFactory(connectTimeout, readTimeout)).build();
    }

    public ClientHttpRequestFactory requestFactory(Duration connectTimeout, Duration readTimeout) {
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new GuardedResolver(guard))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setSocketTimeout(Timeout.of(readTimeout)).build())
                .build();
        var client = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(readTimeout))
                        .setRedirectsEnabled(false).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .build();
        return new HttpComponentsClientHttpRequestFactory(client);
    }

    private record GuardedResolver(OutboundGuard guard) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return guard.resolve(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
