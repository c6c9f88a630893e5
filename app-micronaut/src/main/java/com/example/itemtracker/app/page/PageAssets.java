package com.example.itemtracker.app.page;

import com.example.itemtracker.app.config.AuthConfiguration;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The page's files, read from the jar once: {@code index.html} and the assets it loads, each with its
 * content type and an entity tag. Only the files named here are served; nothing is looked up by a
 * path the client chose. With {@code AUTH=oidc} the page is marked {@code data-sign-in="oidc"}, which
 * makes it load {@code signin.js} and sign in before it calls the API.
 */
@Singleton
final class PageAssets {

    /** A file as served. */
    record Asset(String name, byte[] body, String contentType, String entityTag) {
    }

    static final String PAGE = "index.html";
    private static final Map<String, String> TYPES = Map.of(
            PAGE, "text/html;charset=utf-8",
            "app.js", "text/javascript;charset=utf-8",
            "app.css", "text/css;charset=utf-8",
            "signin.js", "text/javascript;charset=utf-8",
            "icon.svg", "image/svg+xml");

    private static final String ROOT = "<html lang=\"en\">";

    private final Map<String, Asset> files;

    PageAssets(AuthConfiguration auth) {
        UnaryOperator<String> page = html -> {
            if (!html.contains(ROOT)) {
                throw new IllegalStateException("page/" + PAGE + " lacks " + ROOT + ", which marks it for sign-in");
            }
            return auth.signInRequired() ? html.replace(ROOT, "<html lang=\"en\" data-sign-in=\"oidc\">") : html;
        };
        files = TYPES.keySet().stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                name -> read(name, PAGE.equals(name) ? page : UnaryOperator.identity())));
    }

    Asset page() {
        return files.get(PAGE);
    }

    /** An asset the page loads, by its file name; never the page itself. */
    Optional<Asset> asset(String name) {
        return PAGE.equals(name) ? Optional.empty() : Optional.ofNullable(files.get(name));
    }

    private static Asset read(String name, UnaryOperator<String> edit) {
        try (InputStream in = PageAssets.class.getResourceAsStream("/page/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The jar lacks the page file page/" + name);
            }
            byte[] body = edit.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            String tag = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
            return new Asset(name, body, TYPES.get(name), "\"" + tag + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
