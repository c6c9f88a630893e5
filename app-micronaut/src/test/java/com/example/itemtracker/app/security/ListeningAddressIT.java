package com.example.itemtracker.app.security;

import com.example.itemtracker.app.harness.ServiceProcess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The built jar as the README starts it: with no setting, another address of this machine cannot
 * connect; HOST=0.0.0.0 without AUTH stops with one line; with AUTH=none it answers there.
 */
class ListeningAddressIT {

    @TempDir
    Path work;

    @Test
    void withNoSettingOnlyThisMachineConnects() throws Exception {
        String elsewhere = anotherAddressOfThisMachine();
        try (ServiceProcess service = ServiceProcess.start(settings(Map.of()), work.resolve("default.log"))) {
            int port = service.uri("/").getPort();
            assertThat(get(service, "127.0.0.1").statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> connect(elsewhere, port)).as("connecting from " + elsewhere).isInstanceOf(IOException.class);
        }
    }

    @Test
    void anotherAddressWithoutAuthStopsTheStart() throws Exception {
        Path log = work.resolve("refused.log");

        assertThat(ServiceProcess.runToExit(settings(Map.of("HOST", "0.0.0.0")), log)).as("exit code").isEqualTo(2);
        assertThat(Files.readString(log)).contains("Item Tracker cannot start: AUTH (item-tracker.auth.mode) must be set when the"
                + " service listens on 0.0.0.0").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void authNoneAnswersOnEveryAddress() throws Exception {
        String elsewhere = anotherAddressOfThisMachine();
        try (ServiceProcess service = ServiceProcess.start(settings(Map.of("HOST", "0.0.0.0", "AUTH", "none")),
                work.resolve("none.log"))) {
            assertThat(get(service, elsewhere).statusCode()).isEqualTo(200);
            assertThat(service.log()).contains("WARN").contains("Listening on 0.0.0.0 with AUTH=none");
        }
    }

    private Map<String, String> settings(Map<String, String> more) {
        Map<String, String> settings = new java.util.HashMap<>(Map.of("DATA_DIR", work.resolve("data").toString(),
                "OUTBOX_DIR", work.resolve("outbox").toString()));
        settings.putAll(more);
        return settings;
    }

    private static HttpResponse<String> get(ServiceProcess service, String host) throws Exception {
        return service.client().send(HttpRequest.newBuilder(service.uri(host, "/api/items")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void connect(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2_000);
        }
    }

    /** An IPv4 address of this machine that is not loopback: what another machine on its network would connect to. */
    private static String anotherAddressOfThisMachine() throws SocketException {
        String address = NetworkInterface.networkInterfaces().filter(ListeningAddressIT::up)
                .flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .map(InetAddress::getHostAddress).findFirst().orElse(null);
        Assumptions.assumeTrue(address != null, "this machine has no address but loopback");
        return address;
    }

    private static boolean up(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
