package org.changetalk.account;

/**
 * Who is signing in, as far as the server can tell: the address (through trusted proxies only), the browser's
 * device token from an earlier sign-in (null: none), and its User-Agent (shown in the list of sign-ins).
 */
public record Client(String address, String deviceToken, String userAgent) {
    public Client {
        if (deviceToken != null && (deviceToken.isEmpty() || deviceToken.length() > 100)) {
            deviceToken = null;
        }
        if (userAgent != null && userAgent.length() > 200) {
            userAgent = userAgent.substring(0, 200);
        }
    }
}
