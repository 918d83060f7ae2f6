package org.cogov.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.tomcat.util.http.fileupload.FileItem;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.UploadContext;
import org.apache.tomcat.util.http.fileupload.disk.DiskFileItemFactory;
import org.cogov.shared.web.multipart.MultipartLimits;
import org.cogov.shared.web.multipart.MultipartReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What reading one bid form costs, the deadline surge's submission (a price, a proposal and one PDF of
 * random bytes, 200 KB by default), read into memory as the bid endpoint reads it: by the container's
 * parser (Tomcat's FileUpload with the platform's in-memory threshold, each item then read once) and by
 * {@link MultipartReader} (fields as text, the attachment into 64 KB chunks). The body comes from
 * memory in reads of 8 KB, about what the connector hands on, so the figure is the parsing alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MultipartParsing {

    private static final String BOUNDARY = "cogov-surge-7d3f9a";
    private static final int READ = 8 * 1024;
    private static final MultipartLimits LIMITS = new MultipartLimits(55L * 1024 * 1024, 50, 512);

    @Param({ "204800" })
    public int attachmentBytes;

    private byte[] body;

    @Setup
    public void setUp() {
        byte[] pdf = new byte[attachmentBytes];
        new Random(7).nextBytes(pdf);
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"price\"\r\n\r\n1234567.80"
                + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"proposal\"\r\n\r\n" + "技术方案与商务条款。".repeat(40)
                + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"投标文件.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(pdf);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        body = out.toByteArray();
    }

    @Benchmark
    public long tomcatFileUpload() throws IOException, FileUploadException {
        FileUpload upload = new FileUpload();
        upload.setFileItemFactory(new DiskFileItemFactory(55 * 1024 * 1024, new File(System.getProperty("java.io.tmpdir"))));
        upload.setSizeMax(LIMITS.maxBodyBytes());
        upload.setFileCountMax(LIMITS.maxParts());
        upload.setPartHeaderSizeMax(LIMITS.maxHeaderBytes());
        InputStream in = new Delivered(body);
        List<FileItem> items = upload.parseRequest(new UploadContext() {
            @Override
            public String getCharacterEncoding() {
                return "UTF-8";
            }

            @Override
            public String getContentType() {
                return "multipart/form-data; boundary=" + BOUNDARY;
            }

            @Override
            public InputStream getInputStream() {
                return in;
            }

            @Override
            public long contentLength() {
                return body.length;
            }
        });
        long total = 0;
        for (FileItem item : items) {
            if (item.isFormField()) {
                total += item.getString(StandardCharsets.UTF_8.name()).length();
            } else {
                try (InputStream content = item.getInputStream()) {
                    total += content.transferTo(OutputStreamSink.INSTANCE);
                }
            }
        }
        return total;
    }

    @Benchmark
    public long streamedReader() throws IOException {
        MultipartReader reader = new MultipartReader(new Delivered(body), MultipartReader.boundary(
                "multipart/form-data; boundary=" + BOUNDARY), LIMITS);
        long total = 0;
        for (MultipartReader.Part part = reader.next(); part != null; part = reader.next()) {
            if (part.isFile()) {
                List<byte[]> chunks = new ArrayList<>();
                while (true) {
                    byte[] chunk = new byte[64 * 1024];
                    int n = part.content().readNBytes(chunk, 0, chunk.length);
                    total += n;
                    if (n < chunk.length) {
                        chunks.add(Arrays.copyOf(chunk, n));
                        break;
                    }
                    chunks.add(chunk);
                }
            } else {
                total += new String(part.content().readNBytes(64 * 1024), StandardCharsets.UTF_8).length();
            }
        }
        return total;
    }

    /** The body handed on in reads of at most 8 KB, as a connector hands it on. */
    private static final class Delivered extends ByteArrayInputStream {

        Delivered(byte[] body) {
            super(body);
        }

        @Override
        public synchronized int read(byte[] into, int offset, int length) {
            return super.read(into, offset, Math.min(length, READ));
        }
    }

    /** Swallows what it is given, so that reading an item is measured and not the copy to somewhere. */
    private static final class OutputStreamSink extends java.io.OutputStream {

        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
