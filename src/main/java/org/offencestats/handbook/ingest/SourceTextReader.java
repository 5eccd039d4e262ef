package org.offencestats.handbook.ingest;

import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.SourceText;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Decodes a source file strictly as UTF-8 and splits it into lines, refusing empty, binary or mis-encoded files. */
public final class SourceTextReader {

    private final long maxBytes;

    public SourceTextReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    public SourceText read(String file, byte[] bytes) {
        if (bytes.length == 0) {
            throw new InputError(SourceRef.line(file, 1), "the file is empty",
                    "the text of a disclosure as published", "copy the disclosure text into the file, or remove it");
        }
        if (bytes.length > maxBytes) {
            throw new InputError(SourceRef.line(file, 1), "the file has " + bytes.length + " bytes",
                    "at most " + maxBytes + " bytes", "check it is a disclosure text; raise the limit only if it is");
        }
        String text = decode(file, bytes);
        List<String> lines = splitLines(text);
        for (int i = 0; i < lines.size(); i++) {
            int nul = lines.get(i).indexOf('\0');
            if (nul >= 0) {
                throw new InputError(new SourceRef(file, i + 1, nul + 1), "the file holds a NUL byte (binary data)",
                        "plain text", "save the disclosure as plain UTF-8 text");
            }
        }
        return new SourceText(file, lines, sha256(bytes), bytes);
    }

    private static String decode(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int offset = firstInvalidOffset(bytes);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                boolean crlf = bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n';
                if (bytes[i] == '\n' || bytes[i] == '\r' && !crlf) {
                    line++;
                }
            }
            throw new InputError(SourceRef.line(file, line), "the file is not valid UTF-8 (byte offset " + offset + ")",
                    "UTF-8 text", "re-save the file as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)", e);
        }
    }

    private static int firstInvalidOffset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int lo = 0;
        int hi = bytes.length;
        // The longest valid prefix, found by bisection: decoding is all-or-nothing.
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, 0, mid));
                lo = mid;
            } catch (CharacterCodingException e) {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Lines end at LF, CRLF or a lone CR (old Mac files, and files mixing the three), so each reads the same. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
