package ecopark.rectification.service;

import ecopark.rectification.domain.RectificationSource;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the rectification counts a narrative quotes, clause by clause, as the disclosure forms write them:
 * "中央环保督察反馈问题整改涉及经开区共18项任务,已完成15项,剩余4项", "涉及经开区9项,完成8项", "交办的209个信访案件、…287个信访件全部办理结案".
 */
final class QuotedCounts {

    private static final Pattern CLAUSE = Pattern.compile("[^。；;\\n]+");
    private static final String UNIT = "\\s*(?:项|个|件)";
    private static final Pattern TOTAL = Pattern.compile("(?:共|涉及[^，,。；;\\d]{0,12}?)\\s*(\\d+)" + UNIT);
    private static final Pattern CLOSED = Pattern.compile(
            "(?:已完成|完成|已销号|销号|已办结|办结|已办理结案|办理结案|结案)\\s*(\\d+)" + UNIT);
    private static final Pattern REMAINING = Pattern.compile("(?:剩余|尚余|尚未完成|未完成|还有)\\s*(\\d+)" + UNIT);
    private static final Pattern PETITIONS = Pattern.compile("(\\d+)\\s*(?:个|件)\\s*信访");
    private static final Pattern ALL_CLOSED = Pattern.compile("全部[^，,。；;\\d]{0,6}(?:结案|办结|完成|销号)");

    private QuotedCounts() {
    }

    /** A clause quoting counts: total, closed and remaining as written (null when not written). */
    record Quote(String clause, RectificationSource source, Long total, Long closed, Long remaining) {

        boolean addsUp() {
            return total == null || closed == null || remaining == null || closed + remaining == total;
        }
    }

    static List<Quote> in(String text) {
        List<Quote> quotes = new ArrayList<>();
        if (text == null) {
            return quotes;
        }
        Matcher clauses = CLAUSE.matcher(text);
        while (clauses.find()) {
            String clause = clauses.group().strip();
            RectificationSource source = sourceOf(clause);
            Long total = null;
            Long closed = number(CLOSED, clause);
            Long remaining = number(REMAINING, clause);
            if (source == RectificationSource.PETITION) {
                Matcher petitions = PETITIONS.matcher(clause);
                long sum = 0;
                boolean any = false;
                while (petitions.find()) {
                    sum += Long.parseLong(petitions.group(1));
                    any = true;
                }
                total = any ? Long.valueOf(sum) : null;
            }
            if (total == null) {
                total = number(TOTAL, clause);
            }
            if (closed == null && total != null && ALL_CLOSED.matcher(clause).find()) {
                closed = total;
                remaining = remaining == null ? 0L : remaining;
            }
            if (total != null || closed != null) {
                quotes.add(new Quote(clause, source, total, closed, remaining));
            }
        }
        return quotes;
    }

    /** The source a clause speaks of, by the words the forms use; null when it names none. */
    static RectificationSource sourceOf(String clause) {
        if (clause.contains("信访")) {
            return RectificationSource.PETITION;
        }
        if (clause.contains("回头看")) {
            return RectificationSource.CENTRAL_FOLLOW_UP;
        }
        if (clause.contains("督察") && clause.contains("省")) {
            return RectificationSource.PROVINCIAL_INSPECTION;
        }
        if (clause.contains("督察") && clause.contains("中央")) {
            return RectificationSource.CENTRAL_INSPECTION;
        }
        if (clause.contains("自查")) {
            return RectificationSource.INTERNAL_CHECK;
        }
        if (clause.contains("指标") && clause.contains("未达标")) {
            return RectificationSource.FAILED_INDICATOR;
        }
        return null;
    }

    private static Long number(Pattern pattern, String clause) {
        Matcher m = pattern.matcher(clause);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }
}
