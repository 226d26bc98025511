package dev.quintet.forms.internal;

import dev.quintet.forms.ImageField.ImageInfo;

/** Recognises PNG, GIF, JPEG, WebP and BMP by their headers and reads the dimensions there. */
public final class ImageHeaders {
    private ImageHeaders() {
    }

    /** The image's format and size, or {@code null}. */
    public static ImageInfo read(byte[] b) {
        if (b.length >= 24 && u8(b, 0) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R') {
            return new ImageInfo("PNG", "image/png", be32(b, 16), be32(b, 20));
        }
        if (b.length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8'
                && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
            return new ImageInfo("GIF", "image/gif", le16(b, 6), le16(b, 8));
        }
        if (b.length >= 26 && b[0] == 'B' && b[1] == 'M') {
            int w = le32(b, 18);
            int h = le32(b, 22);
            return new ImageInfo("BMP", "image/bmp", w, Math.abs(h));
        }
        if (b.length >= 30 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return webp(b);
        }
        if (b.length >= 4 && u8(b, 0) == 0xFF && u8(b, 1) == 0xD8) {
            return jpeg(b);
        }
        return null;
    }

    private static ImageInfo webp(byte[] b) {
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8 " -> {
                if (u8(b, 23) == 0x9D && u8(b, 24) == 0x01 && u8(b, 25) == 0x2A) {
                    return new ImageInfo("WEBP", "image/webp", le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF);
                }
            }
            case "VP8L" -> {
                if (u8(b, 20) == 0x2F) {
                    int bits = le32(b, 21);
                    return new ImageInfo("WEBP", "image/webp", (bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1);
                }
            }
            case "VP8X" -> {
                int w = 1 + (u8(b, 24) | u8(b, 25) << 8 | u8(b, 26) << 16);
                int h = 1 + (u8(b, 27) | u8(b, 28) << 8 | u8(b, 29) << 16);
                return new ImageInfo("WEBP", "image/webp", w, h);
            }
            default -> {
                return null;
            }
        }
        return null;
    }

    private static ImageInfo jpeg(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            if (u8(b, i) != 0xFF) {
                return null;
            }
            int marker = u8(b, i + 1);
            if (marker == 0xD8 || marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                i += 2;
                continue;
            }
            int len = be16(b, i + 2);
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                return new ImageInfo("JPEG", "image/jpeg", be16(b, i + 7), be16(b, i + 5));
            }
            i += 2 + len;
        }
        return null;
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int be16(byte[] b, int i) {
        return u8(b, i) << 8 | u8(b, i + 1);
    }

    private static int be32(byte[] b, int i) {
        return be16(b, i) << 16 | be16(b, i + 2);
    }

    private static int le16(byte[] b, int i) {
        return u8(b, i) | u8(b, i + 1) << 8;
    }

    private static int le32(byte[] b, int i) {
        return le16(b, i) | le16(b, i + 2) << 16;
    }
}
