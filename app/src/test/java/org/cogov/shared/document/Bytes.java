package org.cogov.shared.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files made up for the tests: archives as office suites write them, executables, filler. */
final class Bytes {

    private Bytes() {
    }

    /** A 64-bit Linux executable, as far as its header goes; the rest is noise. */
    static byte[] elfExecutable() {
        byte[] header = { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, 1, 0, 0, 0 };
        return filler(header, 4096, 7);
    }

    /** {@code prefix}, then seeded pseudo-random bytes up to {@code length}. */
    static byte[] filler(byte[] prefix, int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        return bytes;
    }

    static byte[] pdf(int length, long seed) {
        return filler("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), length, seed);
    }

    /** A ZIP archive with these entries, each holding its own name, deflated as java.util.zip does. */
    static byte[] zip(String... names) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(name.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] docx() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels");
    }

    /** An OpenDocument file: the {@code mimetype} entry first, stored, then the rest. */
    static byte[] openDocument(String mediaType, String... more) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            for (String name : more) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(name.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static StoredBytes stored(byte[] bytes) {
        return new StoredBytes() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public InputStream from(long offset) {
                return new ByteArrayInputStream(bytes, (int) offset, bytes.length - (int) offset);
            }
        };
    }
}
