package com.example.itemtracker.app.page;

import com.example.itemtracker.app.security.IssuerUnreachableException;
import com.example.itemtracker.app.security.OpenIdIssuer;
import com.example.itemtracker.app.web.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;

/**
 * The service's own page at {@code /} and the files it loads under {@code /assets/}. They are served
 * with a Content-Security-Policy that lets the page load and call only this service (no inline
 * script, no eval, no other origin; with {@code AUTH=oidc}, also the sign-in provider's token
 * endpoint, which the page calls to finish signing in), may not be framed, and are revalidated by
 * entity tag. With sign-in, the policy needs the provider's discovery document, which may have to
 * be read: hence the blocking executor.
 */
@Controller
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
final class PageController {

    static final String CONTENT_SECURITY_POLICY = contentSecurityPolicy("");

    private final PageAssets assets;
    private final Problems problems;
    private final OpenIdIssuer issuer;

    PageController(PageAssets assets, Problems problems, @Nullable OpenIdIssuer issuer) {
        this.assets = assets;
        this.problems = problems;
        this.issuer = issuer;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<byte[]> page(@Header(HttpHeaders.IF_NONE_MATCH) @Nullable String ifNoneMatch) {
        return serve(assets.page(), ifNoneMatch);
    }

    @Get(uri = "/assets/{name}", produces = {"text/javascript", "text/css", "image/svg+xml"})
    HttpResponse<byte[]> asset(HttpRequest<?> request, String name, @Header(HttpHeaders.IF_NONE_MATCH) @Nullable String ifNoneMatch) {
        return assets.asset(name).map(asset -> serve(asset, ifNoneMatch)).orElseGet(() -> problems.response(request,
                HttpStatus.NOT_FOUND, "The page has no file named " + name + "."));
    }

    /** The policy, with the sign-in provider's token endpoint when there is one and it is known. */
    private String contentSecurityPolicy() {
        if (issuer == null) {
            return CONTENT_SECURITY_POLICY;
        }
        try {
            URI token = issuer.metadata().tokenEndpoint();
            return contentSecurityPolicy(" " + token.getScheme() + "://" + token.getRawAuthority());
        } catch (IssuerUnreachableException e) {
            // The page cannot sign in now anyway, and says so when it asks for its sign-in settings.
            return CONTENT_SECURITY_POLICY;
        }
    }

    private static String contentSecurityPolicy(String alsoConnectTo) {
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'" + alsoConnectTo
                + "; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    private MutableHttpResponse<byte[]> serve(PageAssets.Asset asset, String ifNoneMatch) {
        MutableHttpResponse<byte[]> response = asset.entityTag().equals(ifNoneMatch)
                ? HttpResponse.status(HttpStatus.NOT_MODIFIED)
                : HttpResponse.ok(asset.body()).contentType(asset.contentType());
        return response.header(HttpHeaders.ETAG, asset.entityTag())
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header("Content-Security-Policy", contentSecurityPolicy())
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY");
    }
}
