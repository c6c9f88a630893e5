package com.example.itemtracker.core.domain;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may receive reports: whole addresses ({@code boss@example.com}) and whole domains
 * ({@code @example.com}, not its subdomains), compared without regard to case. Empty allows
 * anyone, which suits a service on a laptop, not one on the internet.
 */
public record RecipientAllowList(Set<String> addresses, Set<String> domains) {

    public RecipientAllowList {
        addresses = Set.copyOf(addresses);
        domains = Set.copyOf(domains);
    }

    public static RecipientAllowList anyone() {
        return new RecipientAllowList(Set.of(), Set.of());
    }

    /**
     * @param entries comma-separated addresses and {@code @domain}s; blank for anyone
     * @throws IllegalArgumentException naming the first entry that is neither
     */
    public static RecipientAllowList parse(String entries) {
        Set<String> addresses = new TreeSet<>();
        Set<String> domains = new TreeSet<>();
        for (String raw : entries == null ? new String[0] : entries.split(",")) {
            String entry = raw.strip().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.startsWith("@") && isAddress("x" + entry)) {
                domains.add(entry.substring(1));
            } else if (!entry.startsWith("@") && isAddress(entry)) {
                addresses.add(entry);
            } else {
                throw new IllegalArgumentException("'" + raw.strip() + "' is neither an email address nor an @domain");
            }
        }
        return new RecipientAllowList(addresses, domains);
    }

    public boolean allowsAnyone() {
        return addresses.isEmpty() && domains.isEmpty();
    }

    public boolean allows(EmailAddress recipient) {
        String address = recipient.value().toLowerCase(Locale.ROOT);
        return allowsAnyone() || addresses.contains(address) || domains.contains(address.substring(address.indexOf('@') + 1));
    }

    private static boolean isAddress(String text) {
        try {
            new EmailAddress(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
