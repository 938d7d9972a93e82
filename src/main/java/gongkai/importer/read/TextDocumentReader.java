package gongkai.importer.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads extracted plain text. Chinese government files come as UTF-8 (with or without BOM), UTF-16
 * (Windows "Unicode" export, always with BOM) or GBK/GB18030 (older Windows tools), so: BOM first,
 * else strict UTF-8, else GB18030 (a superset of GBK and GB2312). Line ends are normalised to LF.
 * Binary input (a .doc/.pdf/.xls uploaded by mistake) is rejected.
 */
public final class TextDocumentReader implements DocumentReader {

    static final Charset GB18030 = Charset.forName("GB18030");

    @Override
    public Result read(byte[] bytes, String fileName) {
        try {
            return decode(bytes, fileName);
        } catch (RuntimeException | StackOverflowError e) {
            return Result.failure("读取文件时发生意外错误：" + e.getClass().getSimpleName());
        }
    }

    private Result decode(byte[] bytes, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "（未命名）" : fileName;
        if (bytes == null || bytes.length == 0) {
            return Result.failure("文件为空：" + name);
        }
        String text;
        String encoding;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            encoding = "UTF-8 (BOM)";
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
            encoding = "UTF-16LE";
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
            encoding = "UTF-16BE";
        } else if (hasNul(bytes)) {
            // NUL bytes never occur in UTF-8/GB18030 text; UTF-16 without BOM is not supported on
            // purpose
            return Result.failure("文件不是文本文件（含有二进制内容），请上传从决算公开文件中提取的文本：" + name);
        } else {
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) {
                text = utf8;
                encoding = "UTF-8";
            } else {
                text = new String(bytes, GB18030);
                encoding = "GB18030";
            }
        }
        if (looksBinary(text)) {
            return Result.failure("文件不是文本文件（含有大量控制字符或无法识别的字符），请上传从决算公开文件中提取的文本：" + name);
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        if (normalised.isBlank()) {
            return Result.failure("文件没有任何文字内容：" + name);
        }
        List<String> lines = Arrays.asList(normalised.split("\n", -1));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines = lines.subList(0, lines.size() - 1); // the final newline does not start a line
        }
        return new Result(new DocumentText(name, lines), encoding, null);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Control characters (other than tab/line ends/form feed) or replacement characters in more
     * than 5% of the text.
     */
    static boolean looksBinary(String text) {
        int bad = 0;
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            total++;
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
            if (control || c == '\uFFFD' || c == 0x7F) {
                bad++;
            }
        }
        return total > 0 && bad * 20 > total;
    }
}
