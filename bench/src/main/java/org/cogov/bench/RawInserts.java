package org.cogov.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The baseline of a surge: the database's raw insert rate, through plain JDBC, of rows as large as what a
 * submission stores, at the surge's concurrency. Each of {@code writers} connections inserts, in a
 * transaction of its own, one row holding as many bytes as a submission's sealed bid (the plaintext —
 * price, proposal, attachment — and the envelope's overhead), taking the sizes in turn, as fast as it
 * can. The table is made for the run and dropped after it, before the application starts on the database.
 */
final class RawInserts {

    record Result(long rows, long bytes, double seconds) {

        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private RawInserts() {
    }

    /**
     * Inserts for {@code warmUp} seconds unmeasured, then for {@code seconds} measured.
     *
     * @param url  the database, as the owner of the schema (the table is created and dropped)
     * @param rows the payloads, one per row, taken in turn by every writer
     */
    static Result measure(String url, String user, String password, int writers, List<byte[]> rows, int warmUp, int seconds)
            throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS surge_baseline");
            s.execute("CREATE TABLE surge_baseline (id UUID NOT NULL PRIMARY KEY, content BYTEA NOT NULL)");
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int first = w;
                futures.add(pool.submit(() -> insert(url, user, password, rows, first, writers, measuring, stop)));
            }
            Thread.sleep(warmUp * 1000L);
            long begin = System.nanoTime();
            measuring.set(true);
            Thread.sleep(seconds * 1000L);
            stop.set(true);
            long end = System.nanoTime();
            long count = 0;
            long bytes = 0;
            for (Future<long[]> f : futures) {
                long[] done = f.get();
                count += done[0];
                bytes += done[1];
            }
            return new Result(count, bytes, (end - begin) / 1e9);
        } finally {
            pool.shutdownNow();
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS surge_baseline");
            }
        }
    }

    private static long[] insert(String url, String user, String password, List<byte[]> rows, int first, int step,
            AtomicBoolean measuring, AtomicBoolean stop) throws SQLException {
        long count = 0;
        long bytes = 0;
        try (Connection c = DriverManager.getConnection(url, user, password);
                PreparedStatement insert = c.prepareStatement("INSERT INTO surge_baseline (id, content) VALUES (?, ?)")) {
            c.setAutoCommit(false);
            for (int i = first; !stop.get(); i += step) {
                byte[] row = rows.get(i % rows.size());
                insert.setObject(1, UUID.randomUUID());
                insert.setBytes(2, row);
                insert.executeUpdate();
                c.commit();
                if (measuring.get() && !stop.get()) {
                    count++;
                    bytes += row.length;
                }
            }
        }
        return new long[] { count, bytes };
    }
}
