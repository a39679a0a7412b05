package io.lyceum.notification;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * A small authoritative DNS server for tests: UDP and TCP on one random port of 127.0.0.1, answering
 * from a map that tests fill. Over UDP an answer longer than the query allows (512 bytes, or the
 * EDNS payload size) is truncated with TC set, as a real server does, so clients retry over TCP.
 */
public final class TestDnsServer implements AutoCloseable {

    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final Map<String, List<Record>> zone = new ConcurrentHashMap<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final AtomicInteger udpQueries = new AtomicInteger();
    private final AtomicInteger tcpQueries = new AtomicInteger();
    private volatile boolean open = true;

    public TestDnsServer() throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        DatagramSocket boundUdp = null;
        ServerSocket boundTcp = null;
        // The same port for both, as resolvers expect: retry until a free one is found for both.
        for (int attempt = 0; boundTcp == null && attempt < 20; attempt++) {
            boundUdp = new DatagramSocket(new InetSocketAddress(loopback, 0));
            try {
                boundTcp = new ServerSocket(boundUdp.getLocalPort(), 16, loopback);
            } catch (IOException taken) {
                boundUdp.close();
            }
        }
        if (boundTcp == null) {
            throw new IOException("No port free for both UDP and TCP");
        }
        this.udp = boundUdp;
        this.tcp = boundTcp;
        start("test-dns-udp", this::serveUdp);
        start("test-dns-tcp", this::serveTcp);
    }

    private void start(String name, Runnable loop) {
        Thread thread = Thread.ofPlatform().daemon().name(name).start(loop);
        threads.add(thread);
    }

    /** {@code host:port}, as {@code lyceum.mail.dns-resolver} takes it. */
    public String address() {
        return "127.0.0.1:" + udp.getLocalPort();
    }

    public int udpQueries() {
        return udpQueries.get();
    }

    public int tcpQueries() {
        return tcpQueries.get();
    }

    /** A TXT record at {@code name}; a value longer than 255 bytes is split into strings, as DNS stores it. */
    public void txt(String name, String value) {
        var strings = new ArrayList<String>();
        for (int start = 0; start < value.length(); start += 255) {
            strings.add(value.substring(start, Math.min(value.length(), start + 255)));
        }
        add(name, new TXTRecord(name(name), DClass.IN, 60, strings));
    }

    public void cname(String name, String target) {
        add(name, new CNAMERecord(name(name), DClass.IN, 60, name(target)));
    }

    /** Forgets every record at {@code name} and below it. */
    public void forget(String domain) {
        String suffix = key(domain);
        zone.keySet().removeIf(name -> name.equals(suffix) || name.endsWith("." + suffix));
    }

    private void add(String name, Record record) {
        zone.computeIfAbsent(key(name), any -> new CopyOnWriteArrayList<>()).add(record);
    }

    private static String key(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower : lower + ".";
    }

    private static Name name(String name) {
        try {
            return Name.fromString(key(name));
        } catch (TextParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    Message answer(Message query) {
        var response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.AA);
        if (query.getHeader().getFlag(Flags.RD)) {
            response.getHeader().setFlag(Flags.RD);
        }
        Record question = query.getQuestion();
        if (question == null) {
            response.getHeader().setRcode(Rcode.FORMERR);
            return response;
        }
        response.addRecord(question, Section.QUESTION);
        List<Record> records = zone.get(key(question.getName().toString()));
        if (records == null) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
            return response;
        }
        records.stream()
                .filter(record -> record.getType() == question.getType() || question.getType() == Type.ANY)
                .forEach(record -> response.addRecord(record, Section.ANSWER));
        return response;
    }

    private void serveUdp() {
        byte[] buffer = new byte[65535];
        while (open) {
            try {
                var packet = new DatagramPacket(buffer, buffer.length);
                udp.receive(packet);
                udpQueries.incrementAndGet();
                var query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                int limit = query.getOPT() == null
                        ? 512
                        : Math.max(512, query.getOPT().getPayloadSize());
                byte[] wire = answer(query).toWire(limit);
                udp.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
            } catch (SocketException closed) {
                return;
            } catch (IOException unreadable) {
                // A malformed query is dropped, as a real server would.
            }
        }
    }

    private void serveTcp() {
        while (open) {
            try (Socket client = tcp.accept()) {
                client.setSoTimeout(5000);
                var in = new DataInputStream(client.getInputStream());
                var out = new DataOutputStream(client.getOutputStream());
                byte[] query = new byte[in.readUnsignedShort()];
                in.readFully(query);
                tcpQueries.incrementAndGet();
                byte[] wire = answer(new Message(query)).toWire();
                out.writeShort(wire.length);
                out.write(wire);
                out.flush();
            } catch (SocketException closed) {
                if (!open) {
                    return;
                }
            } catch (IOException unreadable) {
                // Next client.
            }
        }
    }

    @Override
    public void close() {
        open = false;
        udp.close();
        try {
            tcp.close();
        } catch (IOException ignored) {
            // Closing anyway.
        }
    }
}
