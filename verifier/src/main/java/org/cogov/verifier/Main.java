package org.cogov.verifier;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line: {@code verify}, {@code inclusion} and {@code consistency}, as {@link #USAGE} says. */
public final class Main {

    static final String USAGE = """
            usage: java -jar cogov-verifier.jar verify <export> [--witness <file>]...
                   java -jar cogov-verifier.jar inclusion <leaf hash> <index> <size> <root> <path hex,...|->
                   java -jar cogov-verifier.jar consistency <size1> <root1> <size2> <root2> <proof hex,...|->

            Checks a cogov audit-log export against its signed tree heads and the heads that witnesses
            kept, or checks one proof that the API serves. The bytes are those of docs/audit-log.md.
            Hashes are 64 lowercase hex digits; an empty path or proof is written -.

            Exit status: 0 everything holds, 1 a key, leaf, head or proof does not hold, 2 the input
            cannot be read or checked.""";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Verdict verdict;
        try {
            verdict = command(args);
        } catch (OutOfMemoryError e) {
            verdict = Verdict.cannotCheck("error: out of memory; give the JVM more, as in java -Xmx8g -jar cogov-verifier.jar");
        } catch (RuntimeException | VirtualMachineError e) {
            // Exit status 1 says the log is proven wrong; a failure this program did not foresee says nothing of the log.
            verdict = Verdict.cannotCheck("error: " + e);
        }
        verdict.print(out, err);
        return verdict.exitCode();
    }

    private static Verdict command(String[] args) {
        if (args.length == 0) {
            return usage(null);
        }
        List<String> rest = List.of(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "verify" -> verify(rest);
                case "inclusion" -> inclusion(rest);
                case "consistency" -> consistency(rest);
                case "--help", "-h", "help" -> usage(null);
                default -> usage("unknown command " + args[0]);
            };
        } catch (BadArgument e) {
            return usage(e.getMessage());
        }
    }

    private static Verdict verify(List<String> args) {
        Path export = null;
        List<Path> witnesses = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--witness") && i + 1 < args.size()) {
                witnesses.add(Path.of(args.get(++i)));
            } else if (arg.startsWith("-")) {
                return usage("unknown option or missing file: " + arg);
            } else if (export != null) {
                return usage("one export at a time");
            } else {
                export = Path.of(arg);
            }
        }
        return export == null ? usage("verify needs an export file") : Verification.of(export, witnesses);
    }

    private static Verdict inclusion(List<String> args) throws BadArgument {
        expectArguments("inclusion", args, 5);
        Hash leafHash = hash(args.get(0), "leaf hash");
        long index = decimal(args.get(1), "index");
        long size = decimal(args.get(2), "size");
        Hash root = hash(args.get(3), "root");
        InclusionProof proof = new InclusionProof(index, size, hashes(args.get(4), "path"));
        return proof.verifies(leafHash, root)
                ? Verdict.holds("valid: the path leads from leaf " + index + " to the root of the tree of size " + size)
                : Verdict.fails("invalid: the path does not lead from leaf " + index + " to that root of a tree of size " + size);
    }

    private static Verdict consistency(List<String> args) throws BadArgument {
        expectArguments("consistency", args, 5);
        long size1 = decimal(args.get(0), "size1");
        Hash root1 = hash(args.get(1), "root1");
        long size2 = decimal(args.get(2), "size2");
        Hash root2 = hash(args.get(3), "root2");
        ConsistencyProof proof = new ConsistencyProof(size1, size2, hashes(args.get(4), "proof"));
        return proof.verifies(root1, root2)
                ? Verdict.holds("valid: the tree of size " + size2 + " extends the tree of size " + size1)
                : Verdict.fails("invalid: the proof does not show the tree of size " + size2 + " to extend that tree of size " + size1);
    }

    private static void expectArguments(String command, List<String> args, int count) throws BadArgument {
        if (args.size() != count) {
            throw new BadArgument(command + " takes " + count + " arguments, not " + args.size());
        }
    }

    private static long decimal(String text, String what) throws BadArgument {
        try {
            return Line.parseDecimal(text);
        } catch (NumberFormatException e) {
            throw new BadArgument(what + " " + text + " is not a decimal number below 2^63");
        }
    }

    private static Hash hash(String text, String what) throws BadArgument {
        try {
            return Hash.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadArgument(what + " " + text + " is not 64 lowercase hex digits");
        }
    }

    private static List<Hash> hashes(String text, String what) throws BadArgument {
        List<Hash> hashes = new ArrayList<>();
        if (!text.equals("-")) {
            String[] parts = text.split(",", -1);
            for (int i = 0; i < parts.length; i++) {
                hashes.add(hash(parts[i], what + " hash " + (i + 1)));
            }
        }
        return hashes;
    }

    private static Verdict usage(String problem) {
        return Verdict.cannotCheck(problem == null ? USAGE : "error: " + problem + "\n\n" + USAGE);
    }

    private static final class BadArgument extends Exception {

        BadArgument(String problem) {
            super(problem);
        }
    }
}
