package com.example.itemtracker.app.security;

import com.example.itemtracker.app.config.AuthConfiguration;
import com.example.itemtracker.app.config.Settings;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.server.netty.NettyEmbeddedServer;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Before the HTTP server binds: an address other machines can reach needs {@code AUTH} to say who
 * may use the service, and the start stops with one line naming it otherwise. Loopback (the default)
 * needs nothing. The Lambda function has no server, so nothing to check.
 */
@Singleton
final class ListeningAddressCheck implements BeanCreatedEventListener<NettyEmbeddedServer> {

    private static final Logger LOG = LoggerFactory.getLogger(ListeningAddressCheck.class);

    private final NettyHttpServerConfiguration server;
    private final AuthConfiguration auth;

    ListeningAddressCheck(NettyHttpServerConfiguration server, AuthConfiguration auth) {
        this.server = server;
        this.auth = auth;
    }

    @Override
    public NettyEmbeddedServer onCreated(BeanCreatedEvent<NettyEmbeddedServer> event) {
        List<String> hosts = server.getListeners() == null ? List.of(server.getHost().orElse(""))
                : server.getListeners().stream().map(listener -> listener.getHost() == null ? "" : listener.getHost()).toList();
        String reachable = hosts.stream().filter(host -> !AuthConfiguration.isLoopback(host)).findFirst().orElse(null);
        if (reachable == null) {
            return event.getBean();
        }
        String shown = reachable.isBlank() ? "every address" : reachable;
        if (auth.choice() == null) {
            throw new ConfigurationException(Settings.name(AuthConfiguration.PREFIX + ".mode") + " must be set when the service"
                    + " listens on " + shown + " (" + Settings.name("micronaut.server.host") + "), where other machines reach it:"
                    + " AUTH=oidc (with OIDC_ISSUER and OIDC_CLIENT_ID) requires sign-in on /api, AUTH=none says that something"
                    + " else protects the service (a trusted network, a proxy). Or leave HOST unset for this machine alone.");
        }
        if (auth.choice() == AuthConfiguration.Mode.NONE) {
            LOG.warn("Listening on {} with AUTH=none: whoever reaches this address can list, add and archive work items and"
                    + " send reports. Only do this behind something that protects the service.", shown);
        }
        return event.getBean();
    }
}
