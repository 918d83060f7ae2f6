package org.cogov.shared.document;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.cogov.shared.Domain;

/**
 * Reads the names of a ZIP archive's entries from its central directory, the archive's own index at
 * its end, without inflating anything: the local headers may lie or omit sizes, the directory is what
 * every reader (and so every office suite) trusts. Reads the ZIP64 form too. Holds one name at a time.
 */
@Domain
final class ZipDirectory {

    private static final int END = 0x06054b50;
    private static final int END_LENGTH = 22;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_LOCATOR_LENGTH = 20;
    private static final int ZIP64_END = 0x06064b50;
    private static final int ENTRY = 0x02014b50;
    private static final int ENTRY_LENGTH = 46;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final Charset CP437_ASCII_PART = StandardCharsets.ISO_8859_1;

    private ZipDirectory() {
    }

    /**
     * Hands every entry name to {@code names}, in directory order. Returns false, having handed over
     * perhaps some names, when the bytes hold no readable directory: not a ZIP archive, or a damaged one.
     */
    static boolean read(StoredBytes bytes, Consumer<String> names) throws IOException {
        long size = bytes.size();
        int tailLength = (int) Math.min(size, END_LENGTH + MAX_COMMENT);
        byte[] tail;
        try (InputStream in = bytes.from(size - tailLength)) {
            tail = in.readNBytes(tailLength);
        }
        int end = findEnd(tail);
        if (end < 0) {
            return false;
        }
        long endOffset = size - tailLength + end;
        long count = u16(tail, end + 10);
        long directorySize = u32(tail, end + 12);
        long directoryOffset = u32(tail, end + 16);
        if (count == 0xFFFF || directorySize == 0xFFFFFFFFL || directoryOffset == 0xFFFFFFFFL) {
            int locator = end - ZIP64_LOCATOR_LENGTH;
            if (locator < 0 || u32(tail, locator) != ZIP64_LOCATOR) {
                return false;
            }
            long zip64End = u64(tail, locator + 8);
            if (zip64End < 0 || zip64End > endOffset - 56) {
                return false;
            }
            byte[] record;
            try (InputStream in = bytes.from(zip64End)) {
                record = in.readNBytes(56);
            }
            if (record.length < 56 || u32(record, 0) != ZIP64_END) {
                return false;
            }
            count = u64(record, 32);
            directorySize = u64(record, 40);
            directoryOffset = u64(record, 48);
            endOffset = zip64End;
        }
        if (count < 0 || directorySize < 0 || directoryOffset < 0 || directoryOffset > endOffset - directorySize
                || count > directorySize / ENTRY_LENGTH) {
            return false;
        }
        try (InputStream in = bytes.from(directoryOffset)) {
            long left = directorySize;
            for (long i = 0; i < count; i++) {
                byte[] header = in.readNBytes(ENTRY_LENGTH);
                if (header.length < ENTRY_LENGTH || u32(header, 0) != ENTRY) {
                    return false;
                }
                int nameLength = u16(header, 28);
                int extraLength = u16(header, 30);
                int commentLength = u16(header, 32);
                left -= ENTRY_LENGTH + nameLength + extraLength + commentLength;
                if (left < 0) {
                    return false;
                }
                byte[] name = in.readNBytes(nameLength);
                if (name.length < nameLength || !skip(in, extraLength + commentLength)) {
                    return false;
                }
                boolean utf8 = (u16(header, 8) & 0x0800) != 0;
                names.accept(new String(name, utf8 ? StandardCharsets.UTF_8 : CP437_ASCII_PART));
            }
        }
        return true;
    }

    private static boolean skip(InputStream in, long count) throws IOException {
        try {
            in.skipNBytes(count);
            return true;
        } catch (EOFException e) {
            return false;
        }
    }

    /** The last end record whose comment length reaches exactly to the end of the file. */
    private static int findEnd(byte[] tail) {
        for (int i = tail.length - END_LENGTH; i >= 0; i--) {
            if (u32(tail, i) == END && u16(tail, i + 20) == tail.length - i - END_LENGTH) {
                return i;
            }
        }
        return -1;
    }

    static int u16(byte[] b, int at) {
        return b[at] & 0xFF | (b[at + 1] & 0xFF) << 8;
    }

    static long u32(byte[] b, int at) {
        return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xFFFFFFFFL;
    }

    private static long u64(byte[] b, int at) {
        return u32(b, at) | u32(b, at + 4) << 32;
    }
}
