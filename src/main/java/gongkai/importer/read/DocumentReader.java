package gongkai.importer.read;

/**
 * Bytes in, {@link DocumentText} out. One implementation per source format (extracted .txt today;
 * .docx / .pdf readers can be added later). Implementations never throw: a file that cannot be read
 * yields a {@link Result} with a Chinese error message for the staff member who uploaded it.
 */
public interface DocumentReader {

    Result read(byte[] bytes, String fileName);

    /**
     * Either the text or an error (never both). {@code encoding} names what was detected, for the
     * report.
     */
    record Result(DocumentText text, String encoding, String error) {

        public boolean ok() {
            return text != null && error == null;
        }

        public static Result failure(String error) {
            return new Result(null, null, error);
        }
    }
}
