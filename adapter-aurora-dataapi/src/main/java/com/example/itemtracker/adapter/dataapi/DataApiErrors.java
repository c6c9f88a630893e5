package com.example.itemtracker.adapter.dataapi;

import com.example.itemtracker.core.domain.InvalidInputException;
import com.example.itemtracker.core.domain.StoreFailureException;
import com.example.itemtracker.core.domain.StoreUnavailableException;
import com.example.itemtracker.core.domain.WorkItemException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.rdsdata.model.BadRequestException;
import software.amazon.awssdk.services.rdsdata.model.DatabaseErrorException;
import software.amazon.awssdk.services.rdsdata.model.InternalServerErrorException;
import software.amazon.awssdk.services.rdsdata.model.RdsDataException;
import software.amazon.awssdk.services.rdsdata.model.ServiceUnavailableErrorException;
import software.amazon.awssdk.services.rdsdata.model.StatementTimeoutException;

import java.util.List;
import java.util.Locale;

/** The Data API's errors as the use cases' failures (resuming is {@link ResumeRetry}'s, before these). */
final class DataApiErrors {

    /** A page of rows over the Data API's 1 MiB response limit: the listing retries with a smaller page. */
    static final class ResponseTooLarge extends RuntimeException {
        ResponseTooLarge(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private DataApiErrors() {
    }

    /**
     * @return a {@link WorkItemException}, or {@link ResponseTooLarge}; anything else unchanged
     */
    static RuntimeException translate(RuntimeException e) {
        return switch (e) {
            case WorkItemException already -> already;
            case BadRequestException bad when mentions(bad, "response size limit") -> new ResponseTooLarge(bad);
            case RdsDataException busy when busy instanceof ServiceUnavailableErrorException
                    || busy instanceof InternalServerErrorException || busy instanceof StatementTimeoutException ->
                    new StoreUnavailableException("The Data API is not answering: " + busy.getMessage(), ResumeRetry.RETRY_AFTER, busy);
            // MySQL error 1366: a character the column's character set lacks (emoji in a table that is not utf8mb4).
            case DatabaseErrorException refused when mentions(refused, "error code: 1366") ->
                    InvalidInputException.notStorable(columnNamedIn(refused.getMessage()));
            // Access denied, unknown database or table, a wrong ARN: retrying will not help; the cause is for the log.
            case RdsDataException refused -> new StoreFailureException("The Data API refused the statement ("
                    + refused.getClass().getSimpleName() + "): " + refused.getMessage(), refused);
            case SdkClientException unreachable -> new StoreUnavailableException("The Data API could not be reached: "
                    + unreachable.getMessage(), ResumeRetry.RETRY_AFTER, unreachable);
            default -> e;
        };
    }

    private static boolean mentions(RuntimeException e, String text) {
        return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains(text);
    }

    /** The work item column a database error message names, if any. */
    private static String columnNamedIn(String message) {
        for (String column : List.of("description", "guide", "status", "username")) {
            if (message.contains("`" + column + "`") || message.contains("'" + column + "'")) {
                return column;
            }
        }
        return null;
    }
}
