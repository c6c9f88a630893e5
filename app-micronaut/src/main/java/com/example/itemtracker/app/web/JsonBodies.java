package com.example.itemtracker.app.web;

import com.example.itemtracker.core.domain.InvalidInputException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a request body as JSON, strictly: it must be UTF-8 (RFC 8259), checked with the JDK's
 * decoder before parsing, because the JSON parser quietly accepts overlong encodings such as
 * {@code C0 80} and would store them as other characters.
 */
@Singleton
final class JsonBodies {

    private final JsonMapper json;

    JsonBodies(JsonMapper json) {
        this.json = json;
    }

    /** @throws InvalidInputException naming {@code body} when it is not UTF-8 or not JSON */
    JsonNode read(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of("body", "must be JSON encoded as UTF-8, but it holds bytes that are not UTF-8");
        }
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw InvalidInputException.of("body", "must be valid JSON (check the quotes, commas and brackets)");
        }
    }
}
