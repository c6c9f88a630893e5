package com.example.itemtracker.app.page;

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
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The service's own page at {@code /} and the files it loads under {@code /assets/}. They are served
 * with a Content-Security-Policy that lets the page load and call only this service (no inline
 * script, no eval, no other origin), may not be framed, and are revalidated by entity tag.
 */
@Controller
@Hidden
final class PageController {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final PageAssets assets;
    private final Problems problems;

    PageController(PageAssets assets, Problems problems) {
        this.assets = assets;
        this.problems = problems;
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

    private static MutableHttpResponse<byte[]> serve(PageAssets.Asset asset, String ifNoneMatch) {
        MutableHttpResponse<byte[]> response = asset.entityTag().equals(ifNoneMatch)
                ? HttpResponse.status(HttpStatus.NOT_MODIFIED)
                : HttpResponse.ok(asset.body()).contentType(asset.contentType());
        return response.header(HttpHeaders.ETAG, asset.entityTag())
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY");
    }
}
