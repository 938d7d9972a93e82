package gongkai.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Downloads bulk files over real HTTP and reads them the way a researcher's script would. */
final class BulkFiles {

    private final URI base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    BulkFiles(URI base) {
        this.base = base;
    }

    HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    byte[] bytes(String path) {
        HttpResponse<byte[]> r = get(path);
        assertEquals(
                200,
                r.statusCode(),
                () -> path + ": " + new String(r.body(), StandardCharsets.UTF_8));
        return r.body();
    }

    String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    static String gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gzip CSV file's records, header checked against the dataset's fields. */
    List<CSVRecord> csv(String file, Dataset dataset) {
        try (Reader reader =
                        new InputStreamReader(
                                new GZIPInputStream(
                                        new ByteArrayInputStream(bytes("/data/" + file))),
                                StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVParser.parse(
                                reader,
                                CSVFormat.RFC4180
                                        .builder()
                                        .setHeader()
                                        .setSkipHeaderRecord(true)
                                        .get())) {
            assertEquals(dataset.header(), parser.getHeaderNames(), file);
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
