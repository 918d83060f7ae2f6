package org.cogov.sealing;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A subcommand's arguments: {@code --name value} options, some of which may repeat, and plain arguments. */
final class Options {

    private final String command;
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> arguments = new ArrayList<>();
    private final boolean help;

    private Options(String command, boolean help) {
        this.command = command;
        this.help = help;
    }

    /**
     * Reads {@code args} against the options the command knows; {@code --help} anywhere asks for the command's usage.
     *
     * @throws CommandFailed (usage) for an unknown option, a missing value or an option given twice that may not be
     */
    static Options parse(String command, List<String> args, Set<String> single, Set<String> repeatable)
            throws CommandFailed {
        if (args.contains("--help") || args.contains("-h")) {
            return new Options(command, true);
        }
        Options options = new Options(command, false);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                options.arguments.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!arg.startsWith("--")) {
                options.arguments.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!single.contains(name) && !repeatable.contains(name)) {
                throw CommandFailed.usage(command + " has no option --" + name);
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw CommandFailed.usage("--" + name + " needs a value");
                }
                value = args.get(++i);
            }
            List<String> given = options.values.computeIfAbsent(name, n -> new ArrayList<>());
            if (!given.isEmpty() && single.contains(name)) {
                throw CommandFailed.usage("--" + name + " is given more than once");
            }
            given.add(value);
        }
        return options;
    }

    boolean help() {
        return help;
    }

    String required(String name) throws CommandFailed {
        String value = optional(name);
        if (value == null) {
            throw CommandFailed.usage(command + " needs --" + name);
        }
        return value;
    }

    String optional(String name) {
        List<String> given = values.get(name);
        return given == null ? null : given.get(0);
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The one plain argument the command takes, such as the envelope's file. */
    String argument(String what) throws CommandFailed {
        if (arguments.isEmpty()) {
            throw CommandFailed.usage(command + " needs " + what);
        }
        if (arguments.size() > 1) {
            throw CommandFailed.usage(command + " takes one " + what + ", not " + String.join(" ", arguments));
        }
        return arguments.get(0);
    }

    void noArguments() throws CommandFailed {
        if (!arguments.isEmpty()) {
            throw CommandFailed.usage(command + " takes no argument " + arguments.get(0) + "; options begin with --");
        }
    }

    UUID uuid(String name) throws CommandFailed {
        String value = required(name);
        try {
            UUID uuid = UUID.fromString(value);
            if (!uuid.toString().equalsIgnoreCase(value)) {
                throw new IllegalArgumentException();
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            throw CommandFailed.usage("--" + name + " " + value + " is not a UUID such as 1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed");
        }
    }

    int positive(String name) throws CommandFailed {
        String value = required(name);
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw CommandFailed.usage("--" + name + " " + value + " is not a whole number of 1 or more");
    }

    BigDecimal price(String name) throws CommandFailed {
        String value = required(name);
        try {
            BigDecimal price = new BigDecimal(value);
            BidContent.priceText(price);
            return price;
        } catch (NumberFormatException e) {
            throw CommandFailed.usage("--" + name + " " + value + " is not a decimal amount such as 1234567.89 (no commas)");
        } catch (IllegalArgumentException e) {
            throw CommandFailed.usage("--" + name + ": " + e.getMessage());
        }
    }

    byte[] key(String name) throws CommandFailed {
        String value = required(name);
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException notStandard) {
            try {
                key = Base64.getUrlDecoder().decode(value);
            } catch (IllegalArgumentException notUrlSafe) {
                throw CommandFailed.usage("--" + name + " is not base64");
            }
        }
        if (key.length != BidEnvelope.KEY_BYTES) {
            throw CommandFailed.usage("--" + name + " is " + key.length + " bytes; an X25519 key is " + BidEnvelope.KEY_BYTES);
        }
        return key;
    }

    /** A file that exists and can be read. */
    Path readable(String name, String value) throws CommandFailed {
        Path path = Path.of(value);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw CommandFailed.usage((name == null ? "" : "--" + name + " ") + value + " is not a readable file");
        }
        return path;
    }
}
