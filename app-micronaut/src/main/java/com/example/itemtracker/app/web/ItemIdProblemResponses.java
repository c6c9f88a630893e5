package com.example.itemtracker.app.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The problems of a route that names one item by its id, for the OpenAPI document. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "400", description = "The id is not a positive number.",
        content = @Content(mediaType = Problems.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "No item has this id.",
        content = @Content(mediaType = Problems.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@interface ItemIdProblemResponses {
}
