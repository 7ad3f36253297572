package org.incidentatlas.ui.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketImpl;
import java.net.SocketOption;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records, and refuses, every attempt of this test JVM to reach the network: HTTP(S) URLs (how
 * Gluon's OpenStreetMap retriever and JavaFX images load), proxy look-ups (made for any socket or
 * HTTP client connection) and plain client sockets. Installed once per JVM, since Java lets these
 * hooks be set only once; no SecurityManager needed.
 */
final class NetworkGuard {

    private static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();
    private static boolean installed;

    private NetworkGuard() {
    }

    static synchronized void install() throws IOException {
        if (installed) {
            return;
        }
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                ATTEMPTS.add("proxy look-up for " + uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                // the refusing socket below already recorded it
            }
        });
        URL.setURLStreamHandlerFactory(protocol -> protocol.equals("http") || protocol.equals("https")
                ? new URLStreamHandler() {
                    @Override
                    protected URLConnection openConnection(URL u) throws IOException {
                        ATTEMPTS.add("URL " + u);
                        throw new IOException("network access is forbidden in tests: " + u);
                    }
                }
                : null);
        Socket.setSocketImplFactory(RefusingSocket::new);
        installed = true;
    }

    static List<String> attempts() {
        return ATTEMPTS;
    }

    /** A client socket that records the address it was asked to reach and never connects. */
    private static final class RefusingSocket extends SocketImpl {
        @Override
        protected void create(boolean stream) {
        }

        @Override
        protected void connect(String host, int port) throws IOException {
            refuse(host + ":" + port);
        }

        @Override
        protected void connect(InetAddress address, int port) throws IOException {
            refuse(address + ":" + port);
        }

        @Override
        protected void connect(SocketAddress address, int timeout) throws IOException {
            refuse(String.valueOf(address));
        }

        private static void refuse(String where) throws ConnectException {
            ATTEMPTS.add("socket to " + where);
            throw new ConnectException("network access is forbidden in tests: " + where);
        }

        @Override
        protected void bind(InetAddress host, int port) throws IOException {
            throw new SocketException("no sockets in tests");
        }

        @Override
        protected void listen(int backlog) throws IOException {
            throw new SocketException("no sockets in tests");
        }

        @Override
        protected void accept(SocketImpl s) throws IOException {
            throw new SocketException("no sockets in tests");
        }

        @Override
        protected InputStream getInputStream() throws IOException {
            throw new SocketException("not connected");
        }

        @Override
        protected OutputStream getOutputStream() throws IOException {
            throw new SocketException("not connected");
        }

        @Override
        protected int available() {
            return 0;
        }

        @Override
        protected void close() {
        }

        @Override
        protected void sendUrgentData(int data) throws IOException {
            throw new SocketException("not connected");
        }

        @Override
        public void setOption(int optID, Object value) {
        }

        @Override
        public Object getOption(int optID) {
            return null;
        }

        @Override
        protected <T> void setOption(SocketOption<T> name, T value) {
        }
    }
}
