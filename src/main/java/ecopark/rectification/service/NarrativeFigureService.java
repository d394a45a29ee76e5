package ecopark.rectification.service;

import ecopark.base.i18n.TranslationProvider;
import ecopark.rectification.domain.InspectionRound;
import ecopark.rectification.domain.InspectionRoundRepository;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.domain.TaskStatistics;
import ecopark.security.OrganisationDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's figures for a report's narrative: what a park's report of a year may quote (tasks, closed, open per
 * source and per inspection round, as of the end of that year), and the check of the counts a narrative quotes —
 * they must add up, and agree with the registry. Anyone who may see the park may read both.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NarrativeFigureService {

    private final TaskStatistics statistics;
    private final InspectionRoundRepository rounds;
    private final TaskAccess access;
    private final OrganisationDirectory directory;
    private final Clock clock;

    NarrativeFigureService(TaskStatistics statistics, InspectionRoundRepository rounds, TaskAccess access,
            OrganisationDirectory directory, Clock clock) {
        this.statistics = statistics;
        this.rounds = rounds;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    /** The day a report of the year speaks of: the end of the year, or today while the year is running. */
    public LocalDate asOf(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        return end.isAfter(today) ? today : end;
    }

    /** The park's figures per source, then per round, each with the sentence to quote. */
    public List<RegistryFigure> figures(long parkId, int year) {
        access.requireVisible(parkId);
        LocalDate asOf = asOf(year);
        String park = directory.parkName(parkId).orElse("");
        Map<RectificationSource, long[]> bySource = new EnumMap<>(RectificationSource.class);
        Map<Long, long[]> byRound = new HashMap<>();
        for (TaskStatistics.FiguresAsOf f : statistics.figuresAsOf(parkId, asOf)) {
            long[] s = bySource.computeIfAbsent(f.source(), k -> new long[2]);
            s[0] += f.total();
            s[1] += f.closed();
            if (f.roundId() != null) {
                long[] r = byRound.computeIfAbsent(f.roundId(), k -> new long[2]);
                r[0] += f.total();
                r[1] += f.closed();
            }
        }
        List<RegistryFigure> figures = new ArrayList<>();
        bySource.forEach((source, n) -> figures.add(new RegistryFigure(source, null, null, asOf, n[0], n[1],
                sentence(source, null, park, n[0], n[1]))));
        rounds.findAllById(byRound.keySet()).stream()
                .sorted(Comparator.comparing((InspectionRound r) -> r.getIssuedOn() == null ? LocalDate.MIN
                        : r.getIssuedOn()).thenComparing(InspectionRound::getName))
                .forEach(r -> {
                    long[] n = byRound.get(r.getId());
                    figures.add(new RegistryFigure(r.getSource(), r.getId(), r.getName(), asOf, n[0], n[1],
                            sentence(r.getSource(), r.getName(), park, n[0], n[1])));
                });
        return figures;
    }

    /**
     * Warnings about the counts a narrative quotes: a clause whose closed and remaining do not add up to its total,
     * and a clause whose counts differ from the registry's for the round it names or, failing that, its source.
     */
    public List<FigureWarning> check(long parkId, int year, String text) {
        List<QuotedCounts.Quote> quotes = QuotedCounts.in(text);
        if (quotes.isEmpty()) {
            return List.of();
        }
        List<RegistryFigure> registry = figures(parkId, year);
        List<FigureWarning> warnings = new ArrayList<>();
        for (QuotedCounts.Quote q : quotes) {
            String clause = excerpt(q.clause());
            if (!q.addsUp()) {
                warnings.add(new FigureWarning("rectification.figures.warning.sum", List.of(clause,
                        String.valueOf(q.total()), String.valueOf(q.closed()), String.valueOf(q.remaining()))));
            }
            registryFor(q, registry).filter(f -> f.total() > 0).filter(f -> differs(q, f)).ifPresent(f ->
                    warnings.add(new FigureWarning("rectification.figures.warning.registry", List.of(clause,
                            f.isRound() ? f.roundName() : TranslationProvider.translate(TranslationProvider.CHINESE,
                                    f.source().labelKey()),
                            f.asOf().toString(), String.valueOf(f.total()), String.valueOf(f.closed()),
                            String.valueOf(f.open())))));
        }
        return warnings;
    }

    private static Optional<RegistryFigure> registryFor(QuotedCounts.Quote q, List<RegistryFigure> registry) {
        Optional<RegistryFigure> round = registry.stream().filter(RegistryFigure::isRound)
                .filter(f -> q.clause().contains(f.roundName())).findFirst();
        if (round.isPresent()) {
            return round;
        }
        return q.source() == null ? Optional.empty()
                : registry.stream().filter(f -> !f.isRound() && f.source() == q.source()).findFirst();
    }

    private static boolean differs(QuotedCounts.Quote q, RegistryFigure f) {
        return q.total() != null && q.total() != f.total() || q.closed() != null && q.closed() != f.closed()
                || q.remaining() != null && q.remaining() != f.open();
    }

    /** The sentence to quote, in the form's language and the forms' usual wording. */
    static String sentence(RectificationSource source, String roundName, String park, long total, long closed) {
        String subject = roundName != null ? roundName
                : TranslationProvider.translate(TranslationProvider.CHINESE, source.labelKey());
        String key = source == RectificationSource.PETITION ? "rectification.figures.sentence.petition"
                : roundName != null ? "rectification.figures.sentence.round"
                : source == RectificationSource.CENTRAL_INSPECTION || source == RectificationSource.CENTRAL_FOLLOW_UP
                        || source == RectificationSource.PROVINCIAL_INSPECTION
                        ? "rectification.figures.sentence.inspection" : "rectification.figures.sentence.tasks";
        return TranslationProvider.translate(TranslationProvider.CHINESE, key, subject, park, String.valueOf(total),
                String.valueOf(closed), String.valueOf(total - closed));
    }

    private static String excerpt(String clause) {
        return clause.length() <= 40 ? clause : clause.substring(0, 39) + "…";
    }

    /** A warning as a translation key with its arguments. */
    public record FigureWarning(String messageKey, List<String> args) {
    }
}
