package com.example.itemtracker.app.config;

/** JDBC URLs as the log may show them. */
public final class JdbcUrls {

    private JdbcUrls() {
    }

    /** URL parameters may carry credentials ({@code ?password=...}); they never reach the log. */
    public static String withoutParameters(String url) {
        if (url == null) {
            return null;
        }
        int query = url.indexOf('?');
        int semicolon = url.indexOf(';');
        int cut = query < 0 ? semicolon : semicolon < 0 ? query : Math.min(query, semicolon);
        return cut < 0 ? url : url.substring(0, cut) + " (parameters not shown)";
    }
}
