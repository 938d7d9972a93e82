package gongkai.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * One gzip-compressed bulk file being written: CSV (UTF-8 without a byte-order mark, RFC 4180, a
 * header line) or JSON Lines. Counts records and hashes the compressed bytes on the way, so the
 * SHA-256 is what a download receives.
 */
final class GzipSink implements AutoCloseable {

    private final Dataset dataset;
    private final Integer year;
    private final boolean allRevisions;
    private final Path path;
    private final MessageDigest digest;
    private final Writer text;
    private RecordLine lines;
    private long rows;

    GzipSink(Path dir, Dataset dataset, Integer year, boolean allRevisions) throws IOException {
        this.dataset = dataset;
        this.year = year;
        this.allRevisions = allRevisions;
        this.path = dir.resolve(dataset.fileName(year, allRevisions));
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        OutputStream gzip =
                new GZIPOutputStream(
                        new DigestOutputStream(Files.newOutputStream(path), digest),
                        1 << 16,
                        false);
        this.text =
                new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8), 1 << 16);
        text.write(new RecordLine(dataset).header());
    }

    /** Writes one record's line, formatted by {@link RecordLine} for this sink's dataset. */
    void write(String line) throws IOException {
        text.write(line);
        rows++;
    }

    /** Formats and writes one record. */
    void write(List<Object> values) throws IOException {
        if (lines == null) {
            lines = new RecordLine(dataset);
        }
        write(lines.format(values));
    }

    /** Finishes the file (gzip trailer included) and describes it. */
    BulkFile finish(Instant builtAt) throws IOException {
        close();
        String mediaType = dataset.format.equals("csv") ? "text/csv" : "application/x-ndjson";
        return new BulkFile(
                path.getFileName().toString(),
                dataset.base,
                year,
                allRevisions,
                mediaType,
                Files.size(path),
                rows,
                HexFormat.of().formatHex(digest.digest()),
                builtAt);
    }

    private boolean closed;

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            text.close();
        }
    }
}
