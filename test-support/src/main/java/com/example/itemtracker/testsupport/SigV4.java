package com.example.itemtracker.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks an AWS Signature Version 4 the way AWS does, for one access key and its secret: a fake that
 * checks it knows that the SDK signed exactly the request and body that arrived, as a real endpoint
 * would refuse anything else ({@code SignatureDoesNotMatch}).
 */
public record SigV4(String accessKeyId, String secretKey) {

    /** The credentials of {@link FakeAws}. */
    public static final SigV4 FAKE_AWS = new SigV4(FakeAws.ACCESS_KEY_ID, FakeAws.SECRET_KEY);

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})");

    /**
     * Why the request's signature does not match, or empty when it does.
     *
     * @param headers the request's headers, any case, each with its values
     * @param rawPath the path as sent; rawQuery the query as sent, or null
     */
    public Optional<String> mismatch(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                                            byte[] body) {
        Map<String, List<String>> lower = new TreeMap<>();
        headers.forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), values));
        String authorization = first(lower, "authorization");
        Matcher auth = authorization == null ? null : AUTHORIZATION.matcher(authorization);
        if (auth == null || !auth.matches()) {
            return Optional.of("no SigV4 Authorization header: " + authorization);
        }
        if (!auth.group(1).equals(accessKeyId)) {
            return Optional.of("unknown access key " + auth.group(1));
        }
        String amzDate = first(lower, "x-amz-date");
        if (amzDate == null || !amzDate.startsWith(auth.group(2))) {
            return Optional.of("X-Amz-Date " + amzDate + " is not of the credential's date " + auth.group(2));
        }
        String signedHeaders = auth.group(5);
        StringBuilder canonical = new StringBuilder(method).append('\n').append(rawPath.isEmpty() ? "/" : rawPath).append('\n')
                .append(canonicalQuery(rawQuery)).append('\n');
        for (String name : signedHeaders.split(";")) {
            List<String> values = lower.get(name);
            if (values == null) {
                return Optional.of("signed header " + name + " is missing");
            }
            canonical.append(name).append(':')
                    .append(values.stream().map(v -> v.strip().replaceAll(" +", " ")).collect(Collectors.joining(","))).append('\n');
        }
        canonical.append('\n').append(signedHeaders).append('\n').append(hex(sha256(body)));
        String scope = auth.group(2) + "/" + auth.group(3) + "/" + auth.group(4) + "/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), auth.group(2));
        key = hmac(key, auth.group(3));
        key = hmac(key, auth.group(4));
        key = hmac(key, "aws4_request");
        String expected = hex(hmac(key, toSign));
        return expected.equals(auth.group(6)) ? Optional.empty()
                : Optional.of("The request signature we calculated does not match the signature you provided.");
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&")).map(pair -> pair.contains("=") ? pair : pair + "=").sorted()
                .collect(Collectors.joining("&"));
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
