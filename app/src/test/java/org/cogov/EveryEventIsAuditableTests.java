package org.cogov;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.cogov.shared.Auditable;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SimpleVerifier;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Every event that any module publishes is an {@link Auditable}, so that a module added later is in
 * the audit log without anyone remembering to put it there. Reads the bytecode of every class and,
 * at every {@code publishEvent(…)} call, the static type of what is published: an event declared as
 * a bare {@code Object} cannot be shown to be auditable and fails too.
 */
class EveryEventIsAuditableTests {

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void everyPublishedEventTypeImplementsAuditable() throws IOException {
        List<String> published = new ArrayList<>();
        List<String> notAuditable = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            files.filter(p -> p.toString().endsWith(".class")).forEach(file -> {
                try (InputStream in = Files.newInputStream(file)) {
                    published(in).forEach(event -> {
                        published.add(event.type());
                        if (!auditable(event.type())) {
                            notAuditable.add(event.type() + " published in " + event.where());
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        assertThat(published).as("the scan finds the events modules publish").contains("org.cogov.identity.AccountChanged",
                "org.cogov.shared.Refusal", "org.cogov.registry.SupplierRecordChanged");
        assertThat(notAuditable).isEmpty();
    }

    @Test
    void anEventThatIsNotAuditableIsFound() throws IOException {
        try (InputStream in = EveryEventIsAuditableTests.class.getResourceAsStream("EveryEventIsAuditableTests$Careless.class")) {
            assertThat(published(in)).extracting(Published::type)
                    .containsExactly(NotAuditable.class.getName(), Object.class.getName(), "org.cogov.shared.Refusal");
        }
        assertThat(auditable(NotAuditable.class.getName())).isFalse();
    }

    record NotAuditable(UUID id) {
    }

    /** What the test above must catch: an event outside the contract, and one typed so loosely nothing can be told. */
    static class Careless {
        void publish(ApplicationEventPublisher events, Object anything) {
            events.publishEvent(new NotAuditable(UUID.randomUUID()));
            events.publishEvent(anything);
            events.publishEvent(new org.cogov.shared.Refusal(null, null, "x", null, null, Map.of()));
        }
    }

    record Published(String type, String where) {
    }

    /** The static type of the argument of every publishEvent(Object) call in a class. */
    private static List<Published> published(InputStream classFile) throws IOException {
        ClassNode type = new ClassNode();
        new ClassReader(classFile).accept(type, 0);
        List<Published> events = new ArrayList<>();
        for (MethodNode method : type.methods) {
            if (!callsPublishEvent(method)) {
                continue;
            }
            SimpleVerifier verifier = new SimpleVerifier();
            verifier.setClassLoader(EveryEventIsAuditableTests.class.getClassLoader());
            Frame<BasicValue>[] frames;
            try {
                frames = new Analyzer<>(verifier).analyze(type.name, method);
            } catch (AnalyzerException e) {
                throw new IllegalStateException("cannot read " + type.name + "." + method.name, e);
            }
            for (int i = 0; i < method.instructions.size(); i++) {
                AbstractInsnNode instruction = method.instructions.get(i);
                if (isPublishEvent(instruction) && frames[i] != null) {
                    Frame<BasicValue> frame = frames[i];
                    Type argument = frame.getStack(frame.getStackSize() - 1).getType();
                    events.add(new Published(argument.getClassName(), type.name.replace('/', '.') + "." + method.name));
                }
            }
        }
        return events;
    }

    private static boolean callsPublishEvent(MethodNode method) {
        for (AbstractInsnNode instruction : method.instructions) {
            if (isPublishEvent(instruction)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPublishEvent(AbstractInsnNode instruction) {
        return instruction instanceof MethodInsnNode call && call.name.equals("publishEvent")
                && call.desc.equals("(Ljava/lang/Object;)V");
    }

    private static boolean auditable(String className) {
        try {
            return Auditable.class.isAssignableFrom(Class.forName(className, false, EveryEventIsAuditableTests.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
