package org.cogov.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --cogov.audit.export=<path>}: integrates every entry, writes the export of docs/audit-log.md
 * to the path and stops the application, for the verifier (and CI) to check the log of a database.
 */
@Component
class ExportCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExportCommand.class);

    private final AuditSettings settings;
    private final Integrator integrator;
    private final AuditExport export;
    private final TreeHeads heads;
    private final TransactionTemplate snapshot;
    private final ConfigurableApplicationContext context;

    ExportCommand(AuditSettings settings, Integrator integrator, AuditExport export, TreeHeads heads,
            PlatformTransactionManager transactions, ConfigurableApplicationContext context) {
        this.settings = settings;
        this.integrator = integrator;
        this.export = export;
        this.heads = heads;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Path path = settings.export();
        if (path == null) {
            return;
        }
        long size = integrator.integrateNow();
        writeTo(path);
        log.info("audit log of {} entries exported to {}", size, path.toAbsolutePath());
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    void writeTo(Path path) {
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            snapshot.executeWithoutResult(status -> export.write(heads.keys(), out));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit export to " + path, e);
        }
    }
}
