package io.lyceum.base.throttle;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The key a throttle counts a client's address under. One IPv6 subscriber gets a whole /64 to pick
 * addresses from, so IPv6 addresses count by their /64; IPv4 addresses count as they are.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String key(String address) {
        if (!address.contains(":")) {
            return address;
        }
        try {
            // A literal only (never a name lookup): the servlet container hands over numeric addresses.
            if (address.matches("[0-9a-fA-F:.%]+") && InetAddress.getByName(address) instanceof Inet6Address v6) {
                byte[] bytes = v6.getAddress();
                var prefix = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    prefix.append(Integer.toHexString(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF)))
                            .append(':');
                }
                return prefix.append(":/64").toString();
            }
        } catch (UnknownHostException notAnAddress) {
            // counted as given
        }
        return address;
    }
}
