package com.example.itemtracker.app.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The problem responses every API route can give, for the OpenAPI document; routes add their own. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "403", description = "The request's Origin is not one of CORS_ALLOWED_ORIGINS.",
        content = @Content(mediaType = Problems.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "503", description = "The database is unreachable or an Aurora Serverless cluster is resuming;"
        + " Retry-After says when to try again.",
        content = @Content(mediaType = Problems.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "500", description = "A failure of the service's own; the detail is generic, the cause is logged.",
        content = @Content(mediaType = Problems.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@interface ProblemResponses {
}
