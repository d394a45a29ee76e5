package ecopark.report.service;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed in a text between two revisions, character by character: Chinese has no spaces between words, so a
 * word or line diff would mark whole paragraphs. Reading the segments in order, {@link Kind#SAME} and
 * {@link Kind#REMOVED} give the earlier text, {@code SAME} and {@link Kind#ADDED} the later one.
 */
public record TextDiff(List<Segment> segments) {

    /**
     * Unchanged runs this short between changes that together replace text are folded into them, so a rewritten
     * sentence or number reads as one replacement (902 → 950) instead of confetti of single characters that happen
     * to match (的, 和, 0). Runs between plain insertions, or plain deletions, stay: they are text that was kept.
     */
    static final int SHORT_RUN = 2;

    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    public record Segment(Kind kind, String text) {
    }

    public TextDiff {
        segments = List.copyOf(segments);
    }

    /** The character diff of two texts (null reads as empty), by code point so rare CJK characters stay whole. */
    public static TextDiff between(String before, String after) {
        List<Integer> a = codePoints(before);
        List<Integer> b = codePoints(after);
        List<Segment> raw = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<Integer> delta : DiffUtils.diff(a, b).getDeltas()) {
            Chunk<Integer> source = delta.getSource();
            raw.add(new Segment(Kind.SAME, text(a.subList(position, source.getPosition()))));
            raw.add(new Segment(Kind.REMOVED, text(source.getLines())));
            raw.add(new Segment(Kind.ADDED, text(delta.getTarget().getLines())));
            position = source.getPosition() + source.size();
        }
        raw.add(new Segment(Kind.SAME, text(a.subList(position, a.size()))));
        return new TextDiff(merge(foldShortRuns(raw)));
    }

    public boolean changed() {
        return segments.stream().anyMatch(s -> s.kind() != Kind.SAME);
    }

    /** The earlier text, rebuilt from the segments. */
    public String before() {
        return join(Kind.REMOVED);
    }

    /** The later text, rebuilt from the segments. */
    public String after() {
        return join(Kind.ADDED);
    }

    public int removedCharacters() {
        return count(Kind.REMOVED);
    }

    public int addedCharacters() {
        return count(Kind.ADDED);
    }

    private String join(Kind side) {
        StringBuilder text = new StringBuilder();
        segments.stream().filter(s -> s.kind() == Kind.SAME || s.kind() == side).forEach(s -> text.append(s.text()));
        return text.toString();
    }

    private int count(Kind kind) {
        return segments.stream().filter(s -> s.kind() == kind)
                .mapToInt(s -> s.text().codePointCount(0, s.text().length())).sum();
    }

    private static List<Segment> foldShortRuns(List<Segment> raw) {
        List<Segment> segments = merge(raw);
        List<Segment> folded = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.kind() == Kind.SAME && s.text().codePointCount(0, s.text().length()) <= SHORT_RUN
                    && i > 0 && i < segments.size() - 1 && replaces(segments, i)) {
                // The run joins both replacements around it; merge() then makes one replacement of them.
                folded.add(new Segment(Kind.REMOVED, s.text()));
                folded.add(new Segment(Kind.ADDED, s.text()));
            } else {
                folded.add(s);
            }
        }
        return folded;
    }

    /** Whether the changes on both sides of the unchanged run at {@code at} together remove and add text. */
    private static boolean replaces(List<Segment> segments, int at) {
        boolean removed = false;
        boolean added = false;
        for (int step : new int[] {-1, 1}) {
            for (int i = at + step; i >= 0 && i < segments.size() && segments.get(i).kind() != Kind.SAME; i += step) {
                removed |= segments.get(i).kind() == Kind.REMOVED;
                added |= segments.get(i).kind() == Kind.ADDED;
            }
        }
        return removed && added;
    }

    /** Within each stretch of changes, everything removed comes before everything added. */
    private static List<Segment> reorder(List<Segment> segments) {
        List<Segment> ordered = new ArrayList<>();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (Segment s : segments) {
            switch (s.kind()) {
                case REMOVED -> removed.append(s.text());
                case ADDED -> added.append(s.text());
                case SAME -> {
                    if (!s.text().isEmpty()) {
                        flush(ordered, removed, added);
                        ordered.add(s);
                    }
                }
            }
        }
        flush(ordered, removed, added);
        return ordered;
    }

    private static void flush(List<Segment> into, StringBuilder removed, StringBuilder added) {
        if (!removed.isEmpty()) {
            into.add(new Segment(Kind.REMOVED, removed.toString()));
            removed.setLength(0);
        }
        if (!added.isEmpty()) {
            into.add(new Segment(Kind.ADDED, added.toString()));
            added.setLength(0);
        }
    }

    private static List<Segment> merge(List<Segment> raw) {
        List<Segment> merged = new ArrayList<>();
        for (Segment s : reorder(raw)) {
            if (s.text().isEmpty()) {
                continue;
            }
            Segment last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.kind() == s.kind()) {
                merged.set(merged.size() - 1, new Segment(s.kind(), last.text() + s.text()));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    private static List<Integer> codePoints(String text) {
        return text == null ? List.of() : text.codePoints().boxed().toList();
    }

    private static String text(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder();
        codePoints.forEach(text::appendCodePoint);
        return text.toString();
    }
}
