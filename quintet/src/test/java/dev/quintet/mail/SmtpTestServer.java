package dev.quintet.mail;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A small SMTP server for tests on a real loopback socket: EHLO/HELO, STARTTLS (upgrading the
 * socket with {@link Options#tls}), AUTH PLAIN and LOGIN, MAIL/RCPT/DATA, RSET, NOOP, QUIT. It
 * records every authentication and message with whether the connection was encrypted at the time.
 * {@link Options} turn features off or make them fail: STARTTLS not offered, STARTTLS answered
 * with 454, implicit TLS from the first byte (SMTPS), or a server that accepts and never answers.
 */
final class SmtpTestServer implements AutoCloseable {
    /** How the server behaves. */
    record Options(SSLContext tls, boolean offerStartTls, boolean failStartTls, boolean implicitTls, boolean silent,
                   Set<String> authMechanisms, String user, String password) {
        static Options plain(SSLContext tls) {
            return new Options(tls, true, false, false, false, Set.of("LOGIN", "PLAIN"), "mailer", "s3cret");
        }

        Options withoutStartTls() {
            return new Options(tls, false, false, implicitTls, silent, authMechanisms, user, password);
        }

        Options failingStartTls() {
            return new Options(tls, true, true, implicitTls, silent, authMechanisms, user, password);
        }

        Options implicit() {
            return new Options(tls, false, false, true, silent, authMechanisms, user, password);
        }

        Options neverAnswering() {
            return new Options(tls, offerStartTls, failStartTls, implicitTls, true, authMechanisms, user, password);
        }

        Options onlyAuth(String mechanism) {
            return new Options(tls, offerStartTls, failStartTls, implicitTls, silent, Set.of(mechanism), user, password);
        }
    }

    /** One AUTH exchange: the mechanism, the credentials received, whether TLS was on and they were accepted. */
    record Login(String mechanism, String user, String password, boolean overTls, boolean accepted) {
    }

    /** One message as received: envelope, raw data (dot-unstuffed), whether TLS was on. */
    record Received(String from, List<String> recipients, String data, boolean overTls) {
    }

    private final Options options;
    private final ServerSocket listener;
    private final Thread acceptor;
    private final List<Login> logins = new CopyOnWriteArrayList<>();
    private final List<Received> messages = new CopyOnWriteArrayList<>();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    SmtpTestServer(Options options) throws IOException {
        this.options = options;
        InetAddress loopback = InetAddress.getLoopbackAddress();
        this.listener = options.implicitTls()
                ? options.tls().getServerSocketFactory().createServerSocket(0, 5, loopback)
                : new ServerSocket(0, 5, loopback);
        this.acceptor = Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    String host() {
        return listener.getInetAddress().getHostAddress();
    }

    List<Login> logins() {
        return List.copyOf(logins);
    }

    List<Received> messages() {
        return List.copyOf(messages);
    }

    /** Every command line received, AUTH payloads included, in order. */
    List<String> commands() {
        return List.copyOf(commands);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                open.add(socket);
                Thread.ofVirtual().start(() -> serve(socket));
            } catch (IOException e) {
                return;   // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (Session s = new Session(socket)) {
            if (options.silent()) {
                s.in.read();   // hold the connection open without a word until the client gives up
                return;
            }
            s.dialogue();
        } catch (IOException e) {
            // the client hung up or the handshake failed: the test looks at what was recorded
        }
    }

    /** One connection's state. */
    private final class Session implements AutoCloseable {
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private boolean tls;
        private String from;
        private final List<String> recipients = new ArrayList<>();

        Session(Socket socket) throws IOException {
            attach(socket);
            this.tls = socket instanceof SSLSocket;
        }

        private void attach(Socket s) throws IOException {
            this.socket = s;
            this.in = new BufferedInputStream(s.getInputStream());
            this.out = s.getOutputStream();
        }

        void dialogue() throws IOException {
            reply("220 localhost ESMTP Quintet test server");
            for (String line = readLine(); line != null; line = readLine()) {
                commands.add(line);
                String verb = (line.contains(" ") ? line.substring(0, line.indexOf(' ')) : line).toUpperCase(Locale.ROOT);
                String arg = line.contains(" ") ? line.substring(line.indexOf(' ') + 1) : "";
                switch (verb) {
                    case "EHLO" -> ehlo();
                    case "HELO" -> reply("250 localhost");
                    case "STARTTLS" -> startTls();
                    case "AUTH" -> auth(arg);
                    case "MAIL" -> {
                        from = address(arg);
                        recipients.clear();
                        reply("250 2.1.0 Ok");
                    }
                    case "RCPT" -> {
                        recipients.add(address(arg));
                        reply("250 2.1.5 Ok");
                    }
                    case "DATA" -> data();
                    case "RSET" -> {
                        from = null;
                        recipients.clear();
                        reply("250 2.0.0 Ok");
                    }
                    case "NOOP" -> reply("250 2.0.0 Ok");
                    case "QUIT" -> {
                        reply("221 2.0.0 Bye");
                        return;
                    }
                    default -> reply("502 5.5.2 Command not recognized");
                }
            }
        }

        private void ehlo() throws IOException {
            List<String> lines = new ArrayList<>();
            lines.add("localhost");
            if (options.offerStartTls() && !tls) {
                lines.add("STARTTLS");
            }
            lines.add("AUTH " + String.join(" ", options.authMechanisms()));
            lines.add("8BITMIME");
            for (int i = 0; i < lines.size(); i++) {
                reply("250" + (i == lines.size() - 1 ? " " : "-") + lines.get(i));
            }
        }

        private void startTls() throws IOException {
            if (!options.offerStartTls() || tls) {
                reply("502 5.5.1 STARTTLS not offered");
                return;
            }
            if (options.failStartTls()) {
                reply("454 4.7.0 TLS not available due to temporary reason");
                return;
            }
            reply("220 2.0.0 Ready to start TLS");
            SSLSocket secure = (SSLSocket) options.tls().getSocketFactory()
                    .createSocket(socket, socket.getInetAddress().getHostAddress(), socket.getPort(), true);
            secure.setUseClientMode(false);
            secure.startHandshake();
            attach(secure);
            tls = true;
        }

        private void auth(String arg) throws IOException {
            String[] parts = arg.split(" ", 2);
            String mechanism = parts[0].toUpperCase(Locale.ROOT);
            if (!options.authMechanisms().contains(mechanism)) {
                reply("504 5.5.4 Unrecognized authentication type");
                return;
            }
            String user;
            String password;
            if (mechanism.equals("PLAIN")) {
                String payload = parts.length > 1 ? parts[1] : ask("");
                String[] fields = decode(payload).split("\0", -1);
                user = fields.length == 3 ? fields[1] : "";
                password = fields.length == 3 ? fields[2] : "";
            } else {
                user = decode(parts.length > 1 ? parts[1] : ask("VXNlcm5hbWU6"));
                password = decode(ask("UGFzc3dvcmQ6"));
            }
            boolean ok = user.equals(options.user()) && password.equals(options.password());
            logins.add(new Login(mechanism, user, password, tls, ok));
            reply(ok ? "235 2.7.0 Authentication successful" : "535 5.7.8 Authentication credentials invalid");
        }

        private String ask(String challenge) throws IOException {
            reply("334 " + challenge);
            String line = readLine();
            commands.add(line);
            return line == null ? "" : line;
        }

        private void data() throws IOException {
            if (from == null || recipients.isEmpty()) {
                reply("503 5.5.1 Need MAIL and RCPT first");
                return;
            }
            reply("354 End data with <CR><LF>.<CR><LF>");
            StringBuilder body = new StringBuilder();
            for (String line = readLine(); line != null && !line.equals("."); line = readLine()) {
                body.append(line.startsWith(".") ? line.substring(1) : line).append("\r\n");
            }
            messages.add(new Received(from, List.copyOf(recipients), body.toString(), tls));
            reply("250 2.0.0 Ok: queued");
        }

        private static String address(String arg) {
            int lt = arg.indexOf('<');
            int gt = arg.indexOf('>');
            return lt >= 0 && gt > lt ? arg.substring(lt + 1, gt) : arg;
        }

        private static String decode(String base64) {
            try {
                return new String(Base64.getDecoder().decode(base64.strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }

        private String readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != -1; b = in.read()) {
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return new String(bytes, 0, n, StandardCharsets.UTF_8);
                }
                line.write(b);
            }
            return null;
        }

        private void reply(String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket s : open) {
            s.close();
        }
        acceptor.interrupt();
    }
}
