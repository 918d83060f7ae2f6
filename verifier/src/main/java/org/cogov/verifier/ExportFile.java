package org.cogov.verifier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The records of an export or witness file, read one line at a time so that an export of any size
 * streams through. Lines end with LF alone: a reader that also split on CR would miscount lines and
 * let a CRLF file pass for what it is not.
 */
final class ExportFile implements AutoCloseable {

    static final String FORMAT = "cogov-audit-export/1";

    private final String name;
    private final InputStream in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
    private final byte[] chunk = new byte[1 << 16];
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private int number;
    private boolean formatSeen;

    private ExportFile(String name, InputStream in) {
        this.name = name;
        this.in = in;
    }

    static ExportFile open(Path path) throws Unreadable {
        try {
            return new ExportFile(path.toString(), Files.newInputStream(path));
        } catch (IOException e) {
            throw new Unreadable(path.toString(), problem(e));
        }
    }

    String name() {
        return name;
    }

    /** The next record after the format line, or null at the end of the file. */
    Line next() throws Unreadable {
        byte[] bytes;
        while ((bytes = readLine()) != null) {
            number++;
            String text = decode(bytes);
            if (text.endsWith("\r")) {
                throw new Unreadable(where(), "the line ends with CR; lines end with LF alone");
            }
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (!formatSeen) {
                if (!text.equals(FORMAT)) {
                    throw new Unreadable(where(), "the first record is " + Line.shown(text) + ", not " + FORMAT);
                }
                formatSeen = true;
                continue;
            }
            return new Line(name, number, List.of(text.split(" ", -1)));
        }
        if (!formatSeen) {
            throw new Unreadable(name, "no " + FORMAT + " line: the file holds no records");
        }
        return null;
    }

    @Override
    public void close() throws Unreadable {
        try {
            in.close();
        } catch (IOException e) {
            throw new Unreadable(name, problem(e));
        }
    }

    private byte[] readLine() throws Unreadable {
        pending.reset();
        boolean readAny = false;
        while (true) {
            if (position == limit) {
                position = 0;
                limit = fill();
                if (limit <= 0) {
                    limit = 0;
                    return readAny ? pending.toByteArray() : null;
                }
            }
            readAny = true;
            int start = position;
            while (position < limit && chunk[position] != '\n') {
                position++;
            }
            pending.write(chunk, start, position - start);
            if (position < limit) {
                position++;
                return pending.toByteArray();
            }
        }
    }

    private int fill() throws Unreadable {
        try {
            return in.read(chunk);
        } catch (IOException e) {
            throw new Unreadable(name, problem(e));
        }
    }

    private String decode(byte[] bytes) throws Unreadable {
        try {
            return utf8.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable(where(), "the line is not UTF-8");
        }
    }

    private String where() {
        return name + " line " + number;
    }

    private static String problem(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "access denied";
        }
        return "cannot be read: " + e.getMessage();
    }
}
