package dev.quintet.core.validators;

import java.util.regex.Pattern;

/** IPv4/IPv6 literal checks as Django's {@code validate_ipv4_address}/{@code validate_ipv6_address}. */
final class IpAddresses {
    private static final Pattern V4 = Pattern.compile(
            "(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)(?:\\.(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)){3}");

    private IpAddresses() {
    }

    static boolean isIpv4(String s) {
        return V4.matcher(s).matches();
    }

    static boolean isIpv6(String s) {
        if (s.isEmpty() || !s.matches("[0-9A-Fa-f:.]+") || s.indexOf(':') < 0) {
            return false;
        }
        String[] halves = s.split("::", -1);
        if (halves.length > 2) {
            return false;
        }
        int groups = 0;
        for (int h = 0; h < halves.length; h++) {
            if (halves[h].isEmpty()) {
                continue;
            }
            String[] parts = halves[h].split(":", -1);
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i];
                boolean last = h == halves.length - 1 && i == parts.length - 1;
                if (last && p.contains(".")) {
                    if (!isIpv4(p)) {
                        return false;
                    }
                    groups += 2;
                } else if (p.isEmpty() || p.length() > 4 || p.contains(".")) {
                    return false;
                } else {
                    groups++;
                }
            }
        }
        return halves.length == 2 ? groups <= 7 : groups == 8;
    }

    static boolean isIpv46(String s) {
        return isIpv4(s) || isIpv6(s);
    }
}
