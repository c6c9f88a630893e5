package com.example.itemtracker.core.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as RFC 4180 writes it (CRLF line ends; fields with a comma, quote or line break quoted,
 * quotes doubled), with cells that a spreadsheet would run as a formula made inert.
 */
final class Csv {

    private Csv() {
    }

    static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String inert = startsLikeAFormula(value) ? "'" + value : value;
        if (inert.contains(",") || inert.contains("\"") || inert.contains("\n") || inert.contains("\r")) {
            return "\"" + inert.replace("\"", "\"\"") + "\"";
        }
        return inert;
    }

    /** OWASP's list: =, +, -, @, tab and carriage return start a formula in Excel, Calc or Sheets. */
    private static boolean startsLikeAFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
