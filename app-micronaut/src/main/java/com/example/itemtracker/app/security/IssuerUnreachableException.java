package com.example.itemtracker.app.security;

/**
 * The sign-in provider's discovery document or keys cannot be read, so no token can be checked: the
 * request answers 503 with Retry-After, and {@code /health/readiness} says why.
 */
public final class IssuerUnreachableException extends RuntimeException {

    public IssuerUnreachableException(String reason) {
        super(reason, null, false, false);
    }
}
