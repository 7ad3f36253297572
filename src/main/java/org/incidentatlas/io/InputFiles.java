package org.incidentatlas.io;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Locale;

/**
 * Every file the project reads is checked here first: it must be a regular file (never a FIFO,
 * device, socket or folder, which could block or never end), its size must be within the limit of
 * its kind, and it is read with bounded memory. Text is decoded from UTF-8 (with or without a byte
 * order mark) or UTF-16 with a byte order mark; anything else is named.
 *
 * <p>Limits (also in the README, "Limits and safety"): an article or text file 5 MB, an incident
 * file (GeoJSON, GeoJSON Lines, CSV, KML) 1 GB (streamed, feature by feature), a gold file 50 MB, a
 * base map (MBTiles) 64 GB (it is queried, never read whole).
 */
public final class InputFiles {

    /** What is being read, with its size limit. */
    public enum Kind {
        ARTICLE("an article", 5L * 1024 * 1024),
        TEXT("a text file", 5L * 1024 * 1024),
        INCIDENTS("an incident file", 1024L * 1024 * 1024),
        GOLD("a gold file", 50L * 1024 * 1024),
        PLACES("a places file", 1024L * 1024 * 1024),
        BASEMAP("a base map", 64L * 1024 * 1024 * 1024);

        private final String noun;
        private final long maxBytes;

        Kind(String noun, long maxBytes) {
            this.noun = noun;
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }

        public String noun() {
            return noun;
        }
    }

    private InputFiles() {
    }

    /**
     * Checks that {@code file} can be read as {@code kind} without blocking or exhausting memory.
     *
     * @return its attributes (size, type)
     */
    public static BasicFileAttributes check(Path file, Kind kind) throws FileProblemException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new FileProblemException(file, Files.isSymbolicLink(file)
                    ? "is a symbolic link to a file that does not exist" : "does not exist", e);
        } catch (IOException e) {
            throw new FileProblemException(file, reason(e), e);
        }
        if (attributes.isDirectory()) {
            throw new FileProblemException(file, "is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new FileProblemException(file, "is not a regular file (a FIFO, device or socket), so it is not read");
        }
        if (attributes.size() > kind.maxBytes()) {
            throw new FileProblemException(file, tooLarge(attributes.size(), kind));
        }
        if (!Files.isReadable(file)) {
            throw new FileProblemException(file, "cannot be read: permission denied");
        }
        return attributes;
    }

    /** The bytes of a checked file, never more than the kind's limit (even if the file grows meanwhile). */
    public static byte[] readBytes(Path file, Kind kind) throws FileProblemException {
        check(file, kind);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, kind.maxBytes() + 1));
            if (bytes.length > kind.maxBytes()) {
                throw new FileProblemException(file, tooLarge(bytes.length, kind));
            }
            return bytes;
        } catch (FileProblemException e) {
            throw e;
        } catch (IOException e) {
            throw new FileProblemException(file, reason(e), e);
        }
    }

    /** A checked file's text, decoded as {@link #decode} does. */
    public static String readText(Path file, Kind kind) throws FileProblemException {
        byte[] bytes = readBytes(file, kind);
        try {
            return decode(bytes);
        } catch (TextEncodingException e) {
            throw new FileProblemException(file, e.getMessage(), e);
        }
    }

    /** A file that is opened as a stream by its reader (e.g. a large GeoJSON file read feature by feature). */
    public static InputStream open(Path file, Kind kind) throws FileProblemException {
        check(file, kind);
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new FileProblemException(file, reason(e), e);
        }
    }

    /** Text that is not UTF-8 or UTF-16 with a byte order mark, or that is binary. */
    public static final class TextEncodingException extends Exception {
        private static final long serialVersionUID = 1L;

        TextEncodingException(String message) {
            super(message);
        }
    }

    /**
     * Decodes UTF-8 (a byte order mark is dropped) or UTF-16 with a byte order mark; names anything
     * else: UTF-32, UTF-16 without a byte order mark, binary data (NUL bytes), other encodings.
     */
    public static String decode(byte[] bytes) throws TextEncodingException {
        Encoding encoding = Encoding.detect(bytes, bytes.length);
        return noNul(strict(bytes, encoding.bomLength(), encoding.charset(), encoding.label()));
    }

    /**
     * A checked text file as a stream of characters, for readers that parse as they go (CSV, KML):
     * the encoding is detected from its first bytes as {@link #decode} does, a byte that is not
     * valid in it or a NUL character ends the read with a {@link FileProblemException} naming the
     * file, and no more than the kind's limit is ever read.
     */
    public static Reader openText(Path file, Kind kind) throws FileProblemException {
        Sniffed sniffed = sniff(file, kind);
        Encoding encoding = sniffed.encoding();
        try {
            sniffed.in().skipNBytes(encoding.bomLength());
        } catch (IOException e) {
            closeQuietly(sniffed.in());
            throw e instanceof FileProblemException problem ? problem : new FileProblemException(file, reason(e), e);
        }
        CharsetDecoder decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new CheckedText(new InputStreamReader(sniffed.in(), decoder), file, encoding.label());
    }

    /**
     * A checked file as bytes, when its first bytes say UTF-8 (a byte order mark included, for the
     * parser to skip): for a parser that checks UTF-8 itself and needs byte offsets. Empty when the
     * text is UTF-16 ({@link #openText} decodes it); refused as {@link #openText} refuses.
     */
    public static Optional<InputStream> openUtf8(Path file, Kind kind) throws FileProblemException {
        Sniffed sniffed = sniff(file, kind);
        if (sniffed.encoding().charset().equals(StandardCharsets.UTF_8)) {
            return Optional.of(sniffed.in());
        }
        closeQuietly(sniffed.in());
        return Optional.empty();
    }

    /** A checked file opened within its kind's limit, positioned at its start, and the encoding its first bytes say. */
    private record Sniffed(InputStream in, Encoding encoding) {
    }

    private static Sniffed sniff(Path file, Kind kind) throws FileProblemException {
        InputStream in = new BufferedInputStream(new Limited(open(file, kind), file, kind), 1 << 16);
        try {
            in.mark(Encoding.SNIFF_BYTES);
            byte[] head = in.readNBytes(Encoding.SNIFF_BYTES);
            in.reset();
            return new Sniffed(in, Encoding.detect(head, head.length));
        } catch (TextEncodingException e) {
            closeQuietly(in);
            throw new FileProblemException(file, e.getMessage(), e);
        } catch (FileProblemException e) {
            closeQuietly(in);
            throw e;
        } catch (IOException e) {
            closeQuietly(in);
            throw new FileProblemException(file, reason(e), e);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // it was only read from
        }
    }

    /** How a text is encoded, told by its first bytes. */
    private record Encoding(Charset charset, int bomLength, String label) {

        /** Enough bytes to tell UTF-16 without a byte order mark by its NULs. */
        static final int SNIFF_BYTES = 4096;

        static Encoding detect(byte[] bytes, int length) throws TextEncodingException {
            if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
                return new Encoding(StandardCharsets.UTF_8, 3, "UTF-8");
            }
            if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
                throw new TextEncodingException("is UTF-32 text; save it as UTF-8");
            }
            if (startsWith(bytes, 0xFE, 0xFF)) {
                return new Encoding(StandardCharsets.UTF_16BE, 2, "UTF-16");
            }
            if (startsWith(bytes, 0xFF, 0xFE)) {
                return new Encoding(StandardCharsets.UTF_16LE, 2, "UTF-16");
            }
            for (int i = 0; i < length; i++) {
                if (bytes[i] == 0) {
                    throw new TextEncodingException(looksLikeUtf16(bytes)
                            ? "is UTF-16 text without a byte order mark; save it as UTF-8"
                            : "is a binary file, not text");
                }
            }
            return new Encoding(StandardCharsets.UTF_8, 0, "UTF-8");
        }
    }

    /** Turns a decoding error or a NUL character met while parsing into a message naming the file. */
    private static final class CheckedText extends FilterReader {
        private final Path file;
        private final String encoding;
        private long chars;

        CheckedText(Reader in, Path file, String encoding) {
            super(in);
            this.file = file;
            this.encoding = encoding;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (CharacterCodingException e) {
                throw new FileProblemException(file, "is not " + encoding + " text (an invalid byte after character " + chars + ")", e);
            }
            for (int i = 0; i < n; i++) {
                if (buffer[offset + i] == '\0') {
                    throw new FileProblemException(file, "is a binary file, not text (a NUL character after character " + (chars + i) + ")");
                }
            }
            chars += Math.max(n, 0);
            return n;
        }
    }

    /** Stops a file that grows while it is read at its kind's limit. */
    private static final class Limited extends FilterInputStream {
        private final Path file;
        private final Kind kind;
        private long read;

        Limited(InputStream in, Path file, Kind kind) {
            super(in);
            this.file = file;
            this.kind = kind;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            read += Math.max(n, 0);
            if (read > kind.maxBytes()) {
                throw new FileProblemException(file, tooLarge(read, kind));
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            read += skipped;
            return skipped;
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String name) throws TextEncodingException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
        } catch (CharacterCodingException e) {
            throw new TextEncodingException("is not " + name + " text (invalid byte at offset " + buffer.position() + ")");
        }
    }

    private static String noNul(String text) throws TextEncodingException {
        if (text.indexOf('\0') >= 0) {
            throw new TextEncodingException("is a binary file, not text");
        }
        return text;
    }

    /** ASCII text in UTF-16 has a NUL in every other byte. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, 200) & ~1;
        if (n < 4) {
            return false;
        }
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        return (evenZeros * 10 >= pairs * 8 && oddZeros == 0) || (oddZeros * 10 >= pairs * 8 && evenZeros == 0);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String tooLarge(long size, Kind kind) {
        return String.format(Locale.ROOT, "is too large (%s; %s may be at most %s)", measured(size), kind.noun(), limit(kind.maxBytes()));
    }

    private static String measured(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 1024 ? String.format(Locale.ROOT, "%.1f GB", mb / 1024) : String.format(Locale.ROOT, "%.1f MB", mb);
    }

    private static String limit(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb >= 1024 ? (mb / 1024) + " GB" : mb + " MB";
    }

    /** Why an I/O operation failed, in words (never a Java class name). */
    public static String reason(IOException e) {
        // A wrapper's words ("I/O error writing PNG file!") hide the cause ("No space left on device").
        while (!(e instanceof FileProblemException) && e.getCause() instanceof IOException cause && cause != e) {
            e = cause;
        }
        if (e instanceof FileProblemException p) {
            return p.reason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "does not exist";
        }
        if (e instanceof NotDirectoryException) {
            return "a folder on its path is a file";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            String r = fs.getReason();
            if (r.contains("Too many levels of symbolic links")) {
                return "is a symbolic link loop";
            }
            if (r.contains("Not a directory")) {
                return "a folder on its path is a file";
            }
            return r.substring(0, 1).toLowerCase(Locale.ROOT) + r.substring(1);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "input/output error" : Printable.strip(message);
    }
}
