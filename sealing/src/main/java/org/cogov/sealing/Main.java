package org.cogov.sealing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * The providers' command-line client: seals a bid on the provider's own machine, shows an envelope's header, fetches a
 * procedure's opening key and submits an envelope, as {@link #USAGE} says and {@code docs/sealed-bids.md} walks
 * through. Exit status 0 when the command did what it says, 1 when it failed, 2 when it cannot run as written.
 */
public final class Main {

    static final String PROGRAM = "java -jar cogov-sealing.jar";

    static final String USAGE = """
            usage: %1$s <command> [options]

            Seals a bid for a cogov procedure on your own machine, so that no one can read it before the opening.

            commands:
              key      fetch a procedure's opening key, to check its fingerprint against the tender notice
              seal     seal a bid (price, proposal, attachments) to a procedure's opening key
              inspect  show a sealed bid's header and SHA-256 without opening it
              submit   send a sealed bid to the platform

            %1$s <command> --help shows a command's options. See docs/sealed-bids.md for the steps.
            Exit status: 0 done, 1 failed (a refused file, a refusing or unreachable server), 2 wrong arguments."""
            .formatted(PROGRAM);

    static final String SEAL_USAGE = """
            usage: %s seal --public-key <base64> --procedure <uuid> --lot <number> --bidder <uuid>
                     --version <n> --price <amount> [--currency CNY] --proposal <text file>
                     [--attach <file>]... --out <file>

            Seals a bid to the procedure's opening key and writes the envelope to --out, which must not exist yet.
            Prints the envelope's SHA-256 and size: the platform's receipt shows the same hash.

              --public-key  the procedure's opening key as the key command prints it (32 bytes in base64);
                            check its fingerprint against the published tender notice first
              --procedure   the procedure the bid is for
              --lot         the number of the lot the bid is for: 1, 2, … as the procedure lists them
              --bidder      your organization's id on the platform
              --version     1 for a first bid, or the nextVersion the platform answers for a replacement
              --price       the total price in yuan, a plain decimal with at most two decimals: 1234567.89
              --currency    the ISO 4217 code of the price (default CNY)
              --proposal    a UTF-8 text file with the proposal
              --attach      a PDF, DOCX, XLSX, PNG or JPEG file; repeat for several, they keep this order
              --out         the file to write the sealed bid to""".formatted(PROGRAM);

    static final String INSPECT_USAGE = """
            usage: %s inspect <file>

            Reads a sealed bid's header (algorithm, procedure, lot, bidder, version) and prints it with the file's
            SHA-256 and size, without opening it. Refuses a file that is not a well-formed envelope. Whether the bid
            is authentic only the opening can tell, with the procedure's key.""".formatted(PROGRAM);

    static final String SUBMIT_USAGE = """
            usage: %s submit --url <base url> --token <API token> --procedure <uuid> --lot <number>
                     [--idempotency-key <key>] <file>

            Sends a sealed bid to POST <url>/api/v1/procedures/<procedure>/lots/<lot>/bids and prints the
            platform's receipt. The file must be sealed for that procedure and lot.

              --url              the platform's address, e.g. https://cogov.example.gov.cn
              --token            an API bearer token of your organization (or set COGOV_TOKEN instead)
              --procedure        the procedure the bid is for
              --lot              the number of the lot the bid is for: 1, 2, … as the procedure lists them
              --idempotency-key  the key of an earlier attempt, to retry it without submitting twice;
                                 a new random key when not given, printed so that you can retry with it""".formatted(PROGRAM);

    static final String KEY_USAGE = """
            usage: %s key --url <base url> --procedure <uuid> [--token <API token>]

            Fetches GET <url>/api/v1/procedures/<procedure>/opening-key and prints the answer: the opening key in
            base64 and its fingerprint. Check the fingerprint against the one the published tender notice shows
            before you seal anything to the key.""".formatted(PROGRAM);

    /** The attachment types the opening accepts. */
    static final String ACCEPTED_TYPES = "PDF, DOCX, XLSX, PNG or JPEG";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;

    private Main(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv());
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        Main main = new Main(out, err, environment);
        try {
            main.command(List.of(args));
            return 0;
        } catch (CommandFailed e) {
            err.println("error: " + e.getMessage());
            if (e.exitCode() == CommandFailed.USAGE) {
                err.println("(" + PROGRAM + " --help lists the commands; <command> --help a command's options)");
            }
            return e.exitCode();
        } catch (OutOfMemoryError e) {
            err.println("error: out of memory");
            return CommandFailed.FAILED;
        } catch (RuntimeException e) {
            err.println("error: unexpected " + e);
            return CommandFailed.FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private void command(List<String> args) throws CommandFailed {
        if (args.isEmpty()) {
            throw CommandFailed.usage("which command? key, seal, inspect or submit");
        }
        List<String> rest = args.subList(1, args.size());
        switch (args.get(0)) {
            case "seal" -> seal(rest);
            case "inspect" -> inspect(rest);
            case "submit" -> new PlatformClient(out, err).submit(rest, environment);
            case "key" -> new PlatformClient(out, err).key(rest, environment);
            case "--help", "-h", "help" -> help(rest);
            default -> throw CommandFailed.usage("unknown command " + args.get(0) + "; the commands are key, seal, inspect and submit");
        }
    }

    private void help(List<String> args) throws CommandFailed {
        if (args.isEmpty()) {
            out.println(USAGE);
            return;
        }
        out.println(switch (args.get(0)) {
            case "seal" -> SEAL_USAGE;
            case "inspect" -> INSPECT_USAGE;
            case "submit" -> SUBMIT_USAGE;
            case "key" -> KEY_USAGE;
            default -> throw CommandFailed.usage("unknown command " + args.get(0));
        });
    }

    private void seal(List<String> args) throws CommandFailed {
        Options options = Options.parse("seal",
                args, Set.of("public-key", "procedure", "lot", "bidder", "version", "price", "currency", "proposal", "out"),
                Set.of("attach"));
        if (options.help()) {
            out.println(SEAL_USAGE);
            return;
        }
        options.noArguments();
        byte[] publicKey = options.key("public-key");
        Binding binding = new Binding(options.uuid("procedure"), options.positive("lot"), options.uuid("bidder"),
                options.positive("version"));
        BigDecimal price = options.price("price");
        String currency = options.optional("currency") == null ? "CNY" : options.optional("currency");
        if (!BidContent.CURRENCY_CODE.matcher(currency).matches()) {
            throw CommandFailed.usage("--currency " + currency + " is not an ISO 4217 code of three capital letters, such as CNY");
        }
        String proposal = proposal(options.readable("proposal", options.required("proposal")));
        List<Path> attachments = new ArrayList<>();
        for (String attachment : options.all("attach")) {
            Path path = options.readable("attach", attachment);
            try {
                BidContent.filename(path.getFileName().toString());
            } catch (IllegalArgumentException e) {
                throw CommandFailed.usage(e.getMessage());
            }
            checkType(path);
            attachments.add(path);
        }
        Path target = Path.of(options.required("out"));

        MessageDigest sha256 = sha256();
        long size;
        try (OutputStream file = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            CountingOutputStream counted = new CountingOutputStream(new DigestOutputStream(file, sha256));
            try (OutputStream buffered = new BufferedOutputStream(counted, 64 * 1024);
                    OutputStream sealed = BidEnvelope.sealing(publicKey, binding, buffered);
                    BidContent.Writer bid = new BidContent.Writer(sealed)) {
                bid.price(price, currency).proposal(proposal);
                for (Path attachment : attachments) {
                    try (InputStream bytes = Files.newInputStream(attachment)) {
                        bid.attachment(attachment.getFileName().toString(), bytes);
                    }
                }
            }
            size = counted.count;
        } catch (FileAlreadyExistsException e) {
            throw CommandFailed.failed(target + " already exists; choose another --out or move that file away");
        } catch (IOException | RuntimeException e) {
            deleteQuietly(target);
            if (e instanceof IllegalArgumentException) {
                throw CommandFailed.failed(e.getMessage());
            }
            throw CommandFailed.failed("cannot seal the bid into " + target + ": " + describe(e));
        }
        out.println("sealed bid written to " + target);
        printBinding(binding);
        out.println("sha256:    " + HexFormat.of().formatHex(sha256.digest()));
        out.println("size:      " + size + " bytes");
        out.println("The platform's receipt for this file shows the same sha256. Keep the file until the opening.");
    }

    private void inspect(List<String> args) throws CommandFailed {
        Options options = Options.parse("inspect", args, Set.of(), Set.of());
        if (options.help()) {
            out.println(INSPECT_USAGE);
            return;
        }
        Path file = options.readable(null, options.argument("a sealed bid's file"));
        MessageDigest sha256 = sha256();
        BidEnvelope.Header header;
        long size;
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024), sha256)) {
            header = BidEnvelope.header(in);
            long body = in.transferTo(OutputStream.nullOutputStream());
            if (body < BidEnvelope.TAG_BYTES) {
                throw new EnvelopeRefused(EnvelopeRefused.TRUNCATED,
                        "the body is " + body + " bytes, too short for its " + BidEnvelope.TAG_BYTES + "-byte tag");
            }
            size = header.length() + body;
        } catch (EnvelopeRefused e) {
            throw CommandFailed.failed(file + " is not a well-formed sealed bid (" + e.reason() + "): " + e.detail());
        } catch (IOException e) {
            throw CommandFailed.failed("cannot read " + file + ": " + describe(e));
        }
        out.println("file:      " + file);
        out.println("format:    COGOVBID version " + BidEnvelope.FORMAT_VERSION);
        out.println("algorithm: " + header.algorithm() + " (id " + Byte.toUnsignedInt(header.algorithm().id()) + ", "
                + header.algorithm().label() + ")");
        printBinding(header.binding());
        out.println("header:    " + header.length() + " bytes");
        out.println("sha256:    " + HexFormat.of().formatHex(sha256.digest()));
        out.println("size:      " + size + " bytes");
        out.println("The header is well-formed. Only the opening, with the procedure's key, can open and authenticate the bid.");
    }

    private void printBinding(Binding binding) {
        out.println("procedure: " + binding.procedure());
        out.println("lot:       " + binding.lot());
        out.println("bidder:    " + binding.bidder());
        out.println("version:   " + binding.version());
    }

    private static String proposal(Path file) throws CommandFailed {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw CommandFailed.failed("the proposal " + file + " is not UTF-8 text; save it as UTF-8 and seal again");
        } catch (IOException e) {
            throw CommandFailed.failed("cannot read the proposal " + file + ": " + describe(e));
        }
    }

    /**
     * Refuses an attachment that is none of the types the opening accepts, judged by its first bytes (and, for DOCX
     * and XLSX, by the parts of the Office archive). The opening checks again, fully; this check spares a provider a
     * bid that would be refused when it can no longer be replaced.
     */
    private static void checkType(Path file) throws CommandFailed {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(8);
        } catch (IOException e) {
            throw CommandFailed.failed("cannot read the attachment " + file + ": " + describe(e));
        }
        if (startsWith(start, "%PDF-".getBytes(StandardCharsets.US_ASCII))
                || startsWith(start, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                || startsWith(start, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})
                || startsWith(start, new byte[] {'P', 'K', 3, 4}) && isOfficeDocument(file)) {
            return;
        }
        throw CommandFailed.failed("the attachment " + file + " is not a " + ACCEPTED_TYPES
                + " file; the opening refuses other types, so convert it (to PDF, say) and seal again");
    }

    private static boolean isOfficeDocument(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("[Content_Types].xml") != null
                    && (zip.getEntry("word/document.xml") != null || zip.getEntry("xl/workbook.xml") != null);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file " + e.getMessage();
        }
        if (e instanceof java.net.ConnectException && e.getMessage() == null) {
            return "the connection was refused";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the error about the sealing is the one to report
        }
    }

    /** Counts what goes to the file, for the size the receipt will show. */
    private static final class CountingOutputStream extends java.io.FilterOutputStream {

        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
