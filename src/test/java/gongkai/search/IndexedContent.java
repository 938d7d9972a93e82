package gongkai.search;

import gongkai.disclosure.DisclosureDocument;
import gongkai.search.analysis.SearchFields;
import gongkai.search.index.DocumentMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * What a committed index holds per disclosure, as a hash of every stored field of its passages, and
 * the same hash for what the mapper makes of a disclosure now: equal hashes mean the index shows
 * the report as the database has it (unit name and place included), not an older state.
 */
public final class IndexedContent {

    private IndexedContent() {}

    /** Disclosure id → content hash, read from the last commit in {@code indexDir}. */
    public static Map<Long, String> read(Path indexDir) throws IOException {
        Map<Long, List<String>> passages = new HashMap<>();
        try (FSDirectory dir = FSDirectory.open(indexDir);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Bits live = r.getLiveDocs();
                StoredFields stored = r.storedFields();
                for (int doc = 0; doc < r.maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document d = stored.document(doc);
                    IndexableField id = d.getField(SearchFields.S_DISCLOSURE_ID);
                    if (id != null) {
                        passages.computeIfAbsent(
                                        id.numericValue().longValue(), k -> new ArrayList<>())
                                .add(describe(d.getFields()));
                    }
                }
            }
        }
        Map<Long, String> hashes = new HashMap<>();
        passages.forEach((id, list) -> hashes.put(id, hash(list)));
        return hashes;
    }

    /** The hash the index should hold for this disclosure as it is now. */
    public static String expected(DisclosureDocument d) throws IOException {
        List<String> passages = new ArrayList<>();
        for (Document doc : new DocumentMapper(SearchFields.facetsConfig()).map(d)) {
            List<IndexableField> stored =
                    doc.getFields().stream().filter(f -> f.fieldType().stored()).toList();
            passages.add(describe(stored));
        }
        return hash(passages);
    }

    private static String describe(List<IndexableField> fields) {
        List<String> parts = new ArrayList<>();
        for (IndexableField f : fields) {
            Object value =
                    f.numericValue() != null
                            ? f.numericValue().toString()
                            : f.stringValue() != null
                                    ? f.stringValue()
                                    : f.binaryValue() == null ? "" : f.binaryValue().utf8ToString();
            parts.add(f.name() + "=" + value);
        }
        Collections.sort(parts);
        return String.join("\u0001", parts);
    }

    private static String hash(List<String> passages) {
        List<String> sorted = new ArrayList<>(passages);
        Collections.sort(sorted);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : sorted) {
                sha.update(p.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
