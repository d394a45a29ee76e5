package ecopark.signature.service;

import java.util.HexFormat;

/**
 * A signature's /ByteRange [a b c d] read against the file: what was signed (bytes a..a+b and c..c+d), whether the
 * range is the honest one — it starts at the first byte and leaves out exactly the hex string holding the signature,
 * so nothing else escapes the signature — and how many bytes follow the signed part (an incremental update added
 * after signing).
 */
record SignedRanges(boolean valid, byte[] signedContent, byte[] contents, boolean coversWholeFile, long bytesAfter) {

    private static final SignedRanges NONE = new SignedRanges(false, new byte[0], null, false, -1);

    static SignedRanges of(int[] range, byte[] file) {
        if (range == null || range.length != 4) {
            return NONE;
        }
        long start = range[0];
        long firstLength = range[1];
        long second = range[2];
        long secondLength = range[3];
        if (start != 0 || firstLength <= 0 || second <= firstLength || secondLength < 0
                || second + secondLength > file.length) {
            return NONE;
        }
        byte[] signed = new byte[(int) (firstLength + secondLength)];
        System.arraycopy(file, 0, signed, 0, (int) firstLength);
        System.arraycopy(file, (int) second, signed, (int) firstLength, (int) secondLength);
        long after = file.length - (second + secondLength);
        byte[] contents = hexString(file, (int) firstLength, (int) second);
        return new SignedRanges(contents != null, signed, contents, after == 0, after);
    }

    /** The bytes of {@code <hex…>} filling exactly [from, to), or null when the gap holds anything else. */
    private static byte[] hexString(byte[] file, int from, int to) {
        if (to - from < 2 || file[from] != '<' || file[to - 1] != '>') {
            return null;
        }
        StringBuilder hex = new StringBuilder(to - from);
        for (int i = from + 1; i < to - 1; i++) {
            char c = (char) file[i];
            if (Character.digit(c, 16) < 0) {
                return null;
            }
            hex.append(c);
        }
        if (hex.length() % 2 != 0) {
            hex.append('0');
        }
        return HexFormat.of().parseHex(hex);
    }
}
