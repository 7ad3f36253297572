package org.incidentatlas.rendering;

import java.util.Optional;

/**
 * Reads the size a PNG or JPEG tile declares in its header, before anything decodes it: a small
 * file can claim 20000 x 20000 pixels, and decoding it would take gigabytes.
 */
public final class TileImages {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private TileImages() {
    }

    /** Why the tile must not be decoded (unknown format, too large), or empty when it may be. */
    public static Optional<String> refusal(byte[] bytes, int maxPixels) {
        int[] size = declaredSize(bytes);
        if (size == null) {
            return Optional.of("not a PNG or JPEG image");
        }
        if (size[0] <= 0 || size[1] <= 0 || size[0] > maxPixels || size[1] > maxPixels) {
            return Optional.of("it claims " + Integer.toUnsignedString(size[0]) + " x " + Integer.toUnsignedString(size[1])
                    + " pixels; a tile may have at most " + maxPixels + " x " + maxPixels);
        }
        return Optional.empty();
    }

    /** {width, height} from a PNG's IHDR or a JPEG's SOF marker; null for anything else. */
    static int[] declaredSize(byte[] b) {
        if (b.length >= 24 && startsWith(b, PNG) && b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R') {
            return new int[] {int32(b, 16), int32(b, 20)};
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            int i = 2;
            while (i + 9 < b.length) {
                if ((b[i] & 0xFF) != 0xFF) {
                    return null;
                }
                int marker = b[i + 1] & 0xFF;
                if (marker == 0xFF) {
                    i++;
                    continue;
                }
                int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
                boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
                if (sof) {
                    int height = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
                    int width = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
                    return new int[] {width, height};
                }
                if (length < 2) {
                    return null;
                }
                i += 2 + length;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int int32(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
