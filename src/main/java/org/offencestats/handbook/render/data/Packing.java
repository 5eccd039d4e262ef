package org.offencestats.handbook.render.data;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;

/**
 * Compression for bytes a build holds in memory until it writes them: the fastest deflate level, since these bytes
 * are unpacked once and never published in this form. The length of the unpacked bytes is known, so each unpacks
 * into an array of exactly that size.
 */
final class Packing {

    private Packing() {
    }

    static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 6 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static byte[] inflate(byte[] packed, int length) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(packed);
            byte[] out = new byte[length];
            int at = 0;
            while (at < length) {
                int n = inflater.inflate(out, at, length - at);
                if (n == 0 && (inflater.finished() || inflater.needsInput())) {
                    break;
                }
                at += n;
            }
            if (at != length) {
                throw new IllegalStateException("packed bytes unpacked to " + at + " bytes, not " + length);
            }
            return out;
        } catch (DataFormatException e) {
            throw new IllegalStateException("packed bytes do not unpack", e);
        } finally {
            inflater.end();
        }
    }

    static byte[] gunzip(byte[] member, int length) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(member), 8192)) {
            byte[] out = in.readNBytes(length);
            if (out.length != length || in.read() != -1) {
                throw new IllegalStateException("a gzip member unpacked to other than " + length + " bytes");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
