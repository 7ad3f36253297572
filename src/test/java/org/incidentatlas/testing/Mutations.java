package org.incidentatlas.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Byte-level mutations of a seed corpus for the property-based fuzzers: each generated input is a
 * seed file with a few bytes flipped, inserted, deleted, repeated or cut, chosen by a random number
 * that jqwik generates (so a run is reproducible from its seed).
 */
public final class Mutations {

    /** Bytes that make parsers take rare paths: NUL, BOMs, CR, quotes, braces, high bytes, escapes. */
    private static final byte[] INTERESTING = {0, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFE, (byte) 0xFF, '\r', '\n',
        '"', '{', '}', '[', ']', ',', ':', '-', '9', 'e', '.', (byte) 0xC2, (byte) 0xAD, (byte) 0xD0, 0x1B, '\\'};

    private Mutations() {
    }

    /** The files of {@code folder} whose names end with {@code suffix}, read whole. */
    public static List<byte[]> seeds(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            List<byte[]> seeds = new ArrayList<>();
            for (Path f : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                seeds.add(Files.readAllBytes(f));
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A seed with 1 to {@code maxMutations} mutations. */
    public static Arbitrary<byte[]> of(List<byte[]> seeds, int maxMutations) {
        return Combinators.combine(Arbitraries.of(seeds), Arbitraries.integers().between(1, maxMutations), Arbitraries.longs())
                .as((seed, n, r) -> mutate(seed, n, new Random(r)));
    }

    public static byte[] mutate(byte[] seed, int mutations, Random random) {
        List<Byte> bytes = new ArrayList<>(seed.length + 16);
        for (byte b : seed) {
            bytes.add(b);
        }
        for (int m = 0; m < mutations; m++) {
            int at = bytes.isEmpty() ? 0 : random.nextInt(bytes.size());
            switch (random.nextInt(7)) {
                case 0 -> { if (!bytes.isEmpty()) bytes.set(at, (byte) random.nextInt(256)); }
                case 1 -> bytes.add(at, INTERESTING[random.nextInt(INTERESTING.length)]);
                case 2 -> { if (!bytes.isEmpty()) bytes.remove(at); }
                case 3 -> {
                    int len = Math.min(bytes.size() - at, 1 + random.nextInt(64));
                    bytes.addAll(at, new ArrayList<>(bytes.subList(at, at + len)));
                }
                case 4 -> { if (!bytes.isEmpty()) bytes.subList(at, bytes.size()).clear(); }
                case 5 -> {
                    int len = Math.min(bytes.size() - at, 1 + random.nextInt(32));
                    bytes.subList(at, at + len).clear();
                }
                default -> { if (!bytes.isEmpty()) bytes.set(at, INTERESTING[random.nextInt(INTERESTING.length)]); }
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }
}
