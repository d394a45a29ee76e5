package ecopark.demo;

import ecopark.report.domain.NarrativeSection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The published Changchun ETDZ 2019 disclosure form (a text extraction of its PDF, shipped unchanged as
 * {@code demo/changchun-2019-disclosure-form.txt}) read back into the five narrative sections of part 二.
 * Paragraphs stay as the park wrote them; only paragraphs that the PDF's page breaks cut in two are joined again.
 */
record SeedDisclosureForm(Map<NarrativeSection, String> narratives) {

    static final String RESOURCE = "/demo/changchun-2019-disclosure-form.txt";

    private static final String PART_TWO = "二、国家生态工业示范园区建设进展";
    private static final String PART_THREE = "三、国家生态工业示范园区标准达标情况";

    /** Where each section starts; the labels of the form are not part of the park's text, the park's headings are. */
    private static final List<Marker> MARKERS = List.of(
            new Marker(NarrativeSection.INTRODUCTION, "园区简介", false),
            new Marker(NarrativeSection.MAIN_WORK, "国家生态工业示范园区建设开展的主要工作:", false),
            new Marker(NarrativeSection.ACHIEVEMENTS, "二、国家生态工业示范园区建设主要成果", true),
            new Marker(NarrativeSection.PROBLEMS, "建设中存在的问题和制约因素:", false),
            new Marker(NarrativeSection.NEXT_PLAN, "下一阶段工作计划:", false));

    private record Marker(NarrativeSection section, String line, boolean partOfText) {
    }

    static SeedDisclosureForm load() {
        try (InputStream in = SeedDisclosureForm.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SeedDisclosureForm parse(String text) {
        String partTwo = text.substring(text.indexOf(PART_TWO), text.indexOf(PART_THREE));
        List<String> paragraphs = paragraphs(partTwo);
        Map<NarrativeSection, String> narratives = new EnumMap<>(NarrativeSection.class);
        for (int m = 0; m < MARKERS.size(); m++) {
            Marker marker = MARKERS.get(m);
            int from = paragraphs.indexOf(marker.line());
            int to = m + 1 < MARKERS.size() ? paragraphs.indexOf(MARKERS.get(m + 1).line()) : paragraphs.size();
            if (from < 0 || to < from) {
                throw new IllegalStateException("Seed form has no section '" + marker.line() + "'");
            }
            List<String> body = paragraphs.subList(marker.partOfText() ? from : from + 1, to);
            narratives.put(marker.section(), String.join("\n\n", body));
        }
        return new SeedDisclosureForm(narratives);
    }

    /**
     * Blank-line separated paragraphs (a list is one paragraph, an item per line), with page-break splits joined:
     * a piece that has a full stop but ends mid-sentence continues in the next piece.
     */
    private static List<String> paragraphs(String part) {
        List<String> result = new ArrayList<>();
        String pending = null;
        for (String raw : part.split("\\n\\s*\\n")) {
            // Lines inside a piece are list items of one list; each keeps its own line.
            String piece = String.join("\n", raw.strip().lines().map(String::strip).toList());
            if (piece.isEmpty()) {
                continue;
            }
            piece = pending == null ? piece : pending + piece;
            pending = null;
            if (endsMidSentence(piece)) {
                pending = piece;
            } else {
                result.add(piece);
            }
        }
        if (pending != null) {
            result.add(pending);
        }
        return result;
    }

    private static boolean endsMidSentence(String piece) {
        char last = piece.charAt(piece.length() - 1);
        boolean isSentence = piece.contains("。");
        return isSentence && "。；;：:！!？?”\"）)".indexOf(last) < 0;
    }
}
