package ecopark.security.matrix;

import ecopark.forwarding.service.PackageRequest;
import ecopark.forwarding.service.ProvincePackages;
import ecopark.base.audit.AuditFilter;
import ecopark.base.filestore.SampleFiles;
import ecopark.evaluation.service.SheetEdits;
import ecopark.evaluation.service.StatisticEdit;
import ecopark.notice.service.NoticeDraft;
import ecopark.notification.service.Notice;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.Park;
import ecopark.opendata.service.IndicatorFilter;
import ecopark.opendata.service.Selection;
import ecopark.publication.service.PublicFormFilter;
import ecopark.search.service.FormQuery;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.service.DashboardFilter;
import ecopark.rectification.service.LedgerEntry;
import ecopark.rectification.service.NewRound;
import ecopark.rectification.service.NewTask;
import ecopark.rectification.service.TaskEdit;
import ecopark.rectification.service.TaskFilter;
import ecopark.report.domain.AnnualReport;
import ecopark.report.service.ReportDraft;
import ecopark.review.domain.CalendarDay;
import ecopark.review.domain.SubmissionDeadline;
import ecopark.review.service.InboxFilter;
import ecopark.security.AppRole;
import ecopark.security.service.AccountChanges;
import ecopark.security.service.NewAccount;
import ecopark.security.service.NewApiToken;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The arguments a service method of the matrix is called with, chosen from the parameter's NAME (ids, years, codes:
 * the code is compiled with {@code -parameters}) or else its TYPE (filters, requests, files), always pointing at park
 * A's objects ({@link MatrixFixtures}). Values are plausible, so that an allowed call gets past the access check into
 * the service's own rules; whether it then succeeds or refuses for a business reason does not matter to the matrix.
 * A parameter nobody taught this class fails the test with its name, so a new method states its arguments here.
 */
public final class ServiceArguments {

    private final MatrixFixtures.Ids ids;
    private final Supplier<AnnualReport> reportA;
    private final long dayId;
    private final long deadlineId;
    private final LocalDate today;
    private final Map<String, Long> swapped;
    private final String reviewTaskId;

    public ServiceArguments(MatrixFixtures.Ids ids, Supplier<AnnualReport> reportA, long dayId, long deadlineId,
            LocalDate today) {
        this(ids, reportA, dayId, deadlineId, today, Map.of(), ids.reviewTaskA());
    }

    private ServiceArguments(MatrixFixtures.Ids ids, Supplier<AnnualReport> reportA, long dayId, long deadlineId,
            LocalDate today, Map<String, Long> swapped, String reviewTaskId) {
        this.ids = ids;
        this.reportA = reportA;
        this.dayId = dayId;
        this.deadlineId = deadlineId;
        this.today = today;
        this.swapped = swapped;
        this.reviewTaskId = reviewTaskId;
    }

    /** The same arguments, except that every parameter of this name gets this id (id guessing). */
    public ServiceArguments swapping(String name, long id) {
        return new ServiceArguments(ids, reportA, dayId, deadlineId, today, Map.of(name, id), reviewTaskId);
    }

    /** The same arguments, except that every review task id ({@code String taskId}) is this one (id guessing). */
    public ServiceArguments swappingReviewTask(String taskId) {
        return new ServiceArguments(ids, reportA, dayId, deadlineId, today, swapped, taskId);
    }

    /** The arguments for the method, with park A's object in place of every id; {@code ids} may swap some. */
    public Object[] forMethod(Method method) {
        Parameter[] parameters = method.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Parameter p = parameters[i];
            if (!p.isNamePresent()) {
                throw new IllegalStateException("Compile with -parameters: " + method);
            }
            args[i] = resolve(p.getName(), p.getType(), p.getParameterizedType(), method);
        }
        return args;
    }

    private Object resolve(String name, Class<?> type, Type generic, Method method) {
        if (type == long.class || type == Long.class) {
            return id(name, method);
        }
        if (type == int.class || type == Integer.class) {
            return number(name, method);
        }
        if (type == String.class) {
            return text(name);
        }
        if (type == boolean.class || type == Boolean.class) {
            // decideExtension(approve=false) needs no new deadline; enabled/state true are ordinary.
            return !name.equals("approve") && !name.equals("mineOnly");
        }
        if (type == BigDecimal.class) {
            return name.equals("industryShare") ? new BigDecimal("80") : BigDecimal.ONE;
        }
        if (type == byte[].class) {
            return SampleFiles.pdf();
        }
        if (type == Locale.class) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if (type == Pageable.class) {
            return PageRequest.of(0, 5);
        }
        if (type == LocalDate.class) {
            return name.equals("from") ? today.minusDays(30) : today.plusDays(60);
        }
        if (type.isEnum()) {
            return enumValue(type);
        }
        if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            return collection(name, generic, method);
        }
        return object(type, method, name);
    }

    private long id(String name, Method method) {
        if (swapped.containsKey(name)) {
            return swapped.get(name);
        }
        return switch (name) {
            // A revision is read from A's submitted report (the draft has none); everything else takes A's draft.
            case "reportId" -> method.getName().equals("revision") || method.getName().equals("compare")
                    ? ids.reviewReportA() : ids.reportA();
            case "parkId" -> ids.parkA();
            // The package is a province's: park A's province (its city J prepares none)
            case "provinceId" -> method.getDeclaringClass() == ProvincePackages.class ? ids.provinceA()
                    : ids.jurisdictionA();
            case "jurisdictionId", "scopeId", "selfId" -> ids.jurisdictionA();
            case "packageId" -> MatrixFixtures.MISSING; // no package in the matrix's years: not found for all
            case "taskId" -> ids.rectTaskA(); // rectification; review tasks have String ids
            case "attachmentId" -> ids.attachmentA();
            case "evidenceId" -> ids.evidenceA();
            case "copyId" -> ids.copyA();
            case "decisionId" -> ids.decisionA();
            case "roundId" -> ids.roundA();
            case "publicationId" -> ids.publicationA();
            case "notificationId" -> ids.notificationA();
            case "standardId" -> ids.standardId();
            case "footnoteId" -> ids.footnoteId();
            case "userId" -> ids.userA();
            case "dayId" -> dayId;
            case "deadlineId" -> deadlineId;
            case "tokenId" -> ids.apiTokenA();
            case "deliverableId" -> MatrixFixtures.MISSING; // year 3751 has no notice: refused as a rule
            case "expectedVersion", "version" -> 0L;
            default -> fail(name, method);
        };
    }

    private int number(String name, Method method) {
        return switch (name) {
            case "year", "reportYear", "fromYear", "toYear" -> 3751;
            case "revisionNumber", "number", "from", "to", "minimum", "minSelected" -> 1;
            case "percent" -> 50;
            case "preReviewDays", "preliminaryDays", "finalDays" -> 5;
            case "limit" -> 5;
            default -> (int) fail(name, method);
        };
    }

    private String text(String name) {
        return switch (name) {
            case "taskId" -> reviewTaskId;
            case "code", "indicatorCode" -> "5";
            case "username", "toUsername" -> "cc_reviewer2";
            case "candidateGroup" -> AppRole.STAFF.candidateGroup(ids.parkA());
            case "fileName" -> "访问矩阵.pdf";
            case "currentPassword", "newPassword", "initialPassword" -> "Matrix#Test-2026";
            case "reviewStage" -> "PRELIMINARY";
            case "anchor" -> "GENERAL";
            // Counts quoted as a narrative would (the figures check reads the registry only for quoted counts).
            case "text" -> "中央环保督察反馈问题共 5 项，已完成 3 项，剩余 2 项";
            default -> "访问矩阵测试";
        };
    }

    private static Object enumValue(Class<?> type) {
        if (type == AppRole.class) {
            return AppRole.STAFF;
        }
        if (type == RectificationSource.class) {
            return RectificationSource.CENTRAL_INSPECTION;
        }
        return type.getEnumConstants()[0];
    }

    private Object collection(String name, Type generic, Method method) {
        Type element = generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
        if (element == StatisticEdit.class) {
            return List.of(new StatisticEdit(3751, "employees", new BigDecimal("120000")));
        }
        if (element == LedgerEntry.class) {
            return List.of(new LedgerEntry(ids.parkA(), "访问矩阵台账", "矩阵测试", "经开区生态环境分局", "王丽",
                    today.minusDays(10), today.plusDays(60), null, 10));
        }
        return switch (name) {
            case "optionalCodes", "indicatorCodes" -> Set.of("2", "6", "8", "11", "14", "27", "28");
            case "usernames", "recipients" -> List.of("cc_reviewer2");
            case "values" -> Map.of("employees", new BigDecimal("120000"));
            case "publicationIds" -> List.of(ids.publicationA());
            case "parkIds" -> List.of(ids.parkA());
            default -> fail(name, method);
        };
    }

    private Object object(Class<?> type, Method method, String name) {
        if (type == AnnualReport.class) {
            return reportA.get();
        }
        if (type == PackageRequest.class) {
            return new PackageRequest(3751, "吉环函〔3752〕1号", "王敏", "0431-88888888", null, Map.of());
        }
        if (type == ReportDraft.class) {
            return ReportDraft.of(reportA.get());
        }
        if (type == SheetEdits.class) {
            return SheetEdits.NONE;
        }
        if (type == TaskFilter.class) {
            return TaskFilter.ALL;
        }
        if (type == NewTask.class) {
            // A central-inspection finding: handed down by the jurisdiction's managers.
            return new NewTask(ids.parkA(), RectificationSource.CENTRAL_INSPECTION, null, "访问矩阵任务", "矩阵测试",
                    "经开区生态环境分局", "王丽", "cc_staff", null, today.plusDays(60));
        }
        if (type == NewRound.class) {
            return new NewRound(null, RectificationSource.CENTRAL_INSPECTION, "访问矩阵新轮次", today);
        }
        if (type == TaskEdit.class) {
            return new TaskEdit(0, "访问矩阵任务", "矩阵测试", "经开区生态环境分局", "王丽", "cc_staff");
        }
        if (type == DashboardFilter.class) {
            return new DashboardFilter(today.getYear(), null, null, null);
        }
        if (type == InboxFilter.class) {
            return InboxFilter.all();
        }
        if (type == AuditFilter.class) {
            return AuditFilter.ALL;
        }
        if (type == PublicFormFilter.class) {
            return PublicFormFilter.all();
        }
        if (type == IndicatorFilter.class) {
            return IndicatorFilter.all();
        }
        if (type == Selection.class) {
            return new Selection(List.of(ids.publicationA()), null);
        }
        if (type == java.util.function.Consumer.class) {
            return (java.util.function.Consumer<Object>) row -> { };
        }
        if (type == FormQuery.class) {
            return FormQuery.of("introduction");  // in every fixture's narratives ("3798 年INTRODUCTION。")
        }
        if (type == NewApiToken.class) {
            return new NewApiToken("访问矩阵令牌", ids.userA(), null);
        }
        if (type == NewAccount.class) {
            return new NewAccount("matrix_" + System.nanoTime() % 1_000_000, "矩阵用户", null, AppRole.STAFF,
                    ids.parkA(), null, "Matrix#Test-2026", true);
        }
        if (type == AccountChanges.class) {
            return new AccountChanges("王丽", null, AppRole.STAFF, ids.parkA(), null);
        }
        if (type == Notice.class) {
            return Notice.of("notification.reportSubmitted", "", "长春经济技术开发区", 3751);
        }
        if (type == Park.class) {
            return new Park("访问矩阵园区", ids.jurisdictionA());
        }
        if (type == Jurisdiction.class) {
            return new Jurisdiction("访问矩阵生态环境局", "吉林省");
        }
        if (type == CalendarDay.class) {
            return new CalendarDay(LocalDate.of(2097, 1, 2), CalendarDay.Kind.HOLIDAY, "访问矩阵");
        }
        if (type == NoticeDraft.class) {
            return new NoticeDraft(null, 0, 3751, "科财函〔3752〕1号（矩阵）", "访问矩阵通知", today, today.plusDays(30),
                    today.plusDays(60), List.of(), List.of());
        }
        if (type == SubmissionDeadline.class) {
            return new SubmissionDeadline(2097, LocalDate.of(2098, 3, 31));
        }
        return fail(name, method);
    }

    private static long fail(String name, Method method) {
        throw new IllegalStateException("ServiceArguments has no value for parameter '" + name + "' of " + method
                + ": teach it one (park A's object)");
    }
}
