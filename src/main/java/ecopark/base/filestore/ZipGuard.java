package ecopark.base.filestore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Walks a ZIP archive (also the container of .docx and .xlsx) by streaming it, before anything unpacks it into
 * memory: too many entries, an entry that inflates far beyond its compressed size, or more unpacked bytes in all
 * than the caller allows is a zip bomb, refused before POI or anyone else holds it in memory.
 */
public final class ZipGuard {

    /** POI's own default (ZipSecureFile): an entry may inflate at most 100 times its compressed size. */
    static final int MAX_RATIO = 100;
    /** Below this an entry is too small for its ratio to matter (a short XML part compresses very well). */
    private static final long RATIO_FREE_BYTES = 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    /** An upload's archives inside archives are opened this many levels deep; one deeper is refused. */
    static final int MAX_NESTING = 3;

    /** Why an archive was refused: {@code problemKey} in the filecheck bundle, or null for a sound archive. */
    public record Verdict(String problemKey, int entries, long unpackedBytes) {
        public boolean sound() {
            return problemKey == null;
        }
    }

    private ZipGuard() {
    }

    /** Names of programs and scripts, refused inside an uploaded archive whatever their first bytes. */
    private static final Set<String> PROGRAM_EXTENSIONS = Set.of("exe", "dll", "com", "scr", "msi", "bat", "cmd",
            "ps1", "vbs", "vbe", "js", "jse", "wsf", "hta", "jar", "class", "sh", "apk", "app");

    /** Checks the archive; {@code maxUnpackedBytes} bounds the sum of all entries' unpacked sizes. */
    public static Verdict inspect(byte[] content, long maxUnpackedBytes) {
        return walk(content, maxUnpackedBytes, true);
    }

    /**
     * An archive a user uploads as an attachment or evidence: {@link #inspect}, and no entry may be a program or a
     * script (by its name or its first bytes), which the reader would unpack and might run. Archives inside it are
     * opened and checked the same way (a program packed twice is still a program), their unpacked bytes counted
     * against the same bound, at most {@value #MAX_NESTING} levels deep.
     */
    static Verdict inspectUpload(byte[] content, long maxUnpackedBytes) {
        return walk(content, maxUnpackedBytes, false, 1);
    }

    private static Verdict walk(byte[] content, long maxUnpackedBytes, boolean programsAllowed) {
        return walk(content, maxUnpackedBytes, programsAllowed, 1);
    }

    private static Verdict walk(byte[] content, long maxUnpackedBytes, boolean programsAllowed, int level) {
        int entries = 0;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    return new Verdict("filecheck.error.zipBomb", entries, total);
                }
                if (!programsAllowed && !entry.isDirectory() && PROGRAM_EXTENSIONS.contains(extension(entry.getName()))) {
                    return new Verdict("filecheck.error.zipHoldsProgram", entries, total);
                }
                long unpacked = 0;
                ByteArrayOutputStream inner = null;
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    if (!programsAllowed && unpacked == 0) {
                        byte[] start = Arrays.copyOf(buffer, read);
                        if (program(start)) {
                            return new Verdict("filecheck.error.zipHoldsProgram", entries, total);
                        }
                        inner = zip(start) ? new ByteArrayOutputStream() : null;
                    }
                    unpacked += read;
                    total += read;
                    if (total > maxUnpackedBytes) {
                        return new Verdict("filecheck.error.zipBomb", entries, total);
                    }
                    if (inner != null) {
                        inner.write(buffer, 0, read);
                    }
                }
                long compressed = entry.getCompressedSize();
                if (unpacked > RATIO_FREE_BYTES && (compressed <= 0 || unpacked / compressed > MAX_RATIO)) {
                    return new Verdict("filecheck.error.zipBomb", entries, total);
                }
                if (inner != null) {
                    if (level >= MAX_NESTING) {
                        return new Verdict("filecheck.error.zipTooDeep", entries, total);
                    }
                    Verdict nested = walk(inner.toByteArray(), maxUnpackedBytes - total, false, level + 1);
                    entries += nested.entries();
                    total += nested.unpackedBytes();
                    if (!nested.sound() && !"filecheck.error.notZip".equals(nested.problemKey())) {
                        return new Verdict(nested.problemKey(), entries, total);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Damaged archive or undecodable entry names: not a readable ZIP.
            return new Verdict("filecheck.error.notZip", entries, total);
        }
        return entries == 0 ? new Verdict("filecheck.error.notZip", 0, 0) : new Verdict(null, entries, total);
    }

    /** A program's header, or a script's "#!", at the start of an entry. */
    private static boolean program(byte[] start) {
        return FileInspector.executable(start) || (start.length >= 2 && start[0] == '#' && start[1] == '!');
    }

    /** A ZIP local file header: an archive inside the archive (a damaged one is just bytes, like any other file). */
    private static boolean zip(byte[] start) {
        return start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
    }

    private static String extension(String entryName) {
        String name = entryName.substring(entryName.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
