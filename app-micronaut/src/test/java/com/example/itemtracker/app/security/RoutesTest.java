package com.example.itemtracker.app.security;

import com.example.itemtracker.app.harness.OidcProvider;
import com.example.itemtracker.app.harness.RunningService;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routes the service answers, with sign-in and without: exactly its own (a HEAD beside each GET),
 * none of the framework's security module (its login, logout, token refresh, introspection and key
 * endpoints) and no management endpoint but health and Prometheus (beans, routes, threaddump,
 * refresh would otherwise be open to every signed-in user).
 */
class RoutesTest {

    private static final Set<String> OWN = Set.of("GET /", "GET /assets/{name}", "GET /api/items",
            "GET /api/items/{id}", "POST /api/items", "PUT /api/items/{id}:archive", "PUT /api/items/{id}%3Aarchive",
            "PUT /api/items/{id}%3aarchive", "POST /api/items:report", "POST /api/items%3Areport", "POST /api/items%3areport",
            "GET /health", "GET /health/{selector}", "GET /prometheus");

    @Test
    void withoutSignInTheServiceAnswersItsOwnRoutesOnly() {
        try (RunningService service = RunningService.start(Map.of())) {
            assertThat(routes(service)).containsExactlyInAnyOrderElementsOf(OWN);
        }
    }

    @Test
    void withSignInOnlyThePagesSignInSettingsAreAdded() {
        try (OidcProvider provider = OidcProvider.start();
             RunningService service = RunningService.start(new HashMap<>(provider.serviceSettings()))) {
            Set<String> expected = new java.util.HashSet<>(OWN);
            expected.add("GET /auth/config");
            assertThat(routes(service)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static Set<String> routes(RunningService service) {
        return service.context().getBean(Router.class).uriRoutes().map(UriRouteInfo.class::cast)
                .filter(route -> !route.getHttpMethodName().equals("HEAD"))
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate())
                .collect(Collectors.toSet());
    }
}
