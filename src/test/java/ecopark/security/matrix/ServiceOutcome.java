package ecopark.security.matrix;

import ecopark.base.domain.BusinessRuleException;
import ecopark.park.service.ParkNotFoundException;
import ecopark.publication.service.PublicationNotFoundException;
import ecopark.report.service.ReportNotFoundException;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.Callable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * What one call of a service method did, as the access matrix sees it: got past the access check (returned, or
 * refused for a business or validation reason), was refused access (or had no signed-in user), or was told the object
 * does not exist ({@code ...NotFound} exceptions and keys, {@code evaluation.error.noSheet}) — which a user outside the
 * object's park may be told instead of "denied".
 */
public record ServiceOutcome(Kind kind, String detail) {

    public enum Kind { RETURNED, REFUSED_BY_RULE, DENIED, NOT_FOUND }

    public static ServiceOutcome of(Callable<?> call) {
        try {
            call.call();
            return new ServiceOutcome(Kind.RETURNED, "returned");
        } catch (InvocationTargetException e) {
            return ofException(e.getCause());
        } catch (Exception e) {
            return ofException(e);
        }
    }

    private static ServiceOutcome ofException(Throwable e) {
        String detail = e.getClass().getSimpleName() + (e instanceof BusinessRuleException b ? " " + b.messageKey()
                : e.getMessage() == null ? "" : " " + e.getMessage());
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            return new ServiceOutcome(Kind.DENIED, detail);
        }
        if (e instanceof ReportNotFoundException || e instanceof ParkNotFoundException
                || e instanceof PublicationNotFoundException
                || e instanceof BusinessRuleException b && b.messageKey() != null
                        && b.messageKey().toLowerCase().matches(".*(notfound|nosheet).*")) {
            return new ServiceOutcome(Kind.NOT_FOUND, detail);
        }
        return new ServiceOutcome(Kind.REFUSED_BY_RULE, detail);
    }

    /** {@code A}: past the access check; {@code -}: denied or not found. */
    public boolean matches(String cell) {
        return switch (cell) {
            case "A" -> kind == Kind.RETURNED || kind == Kind.REFUSED_BY_RULE;
            case "-" -> kind == Kind.DENIED || kind == Kind.NOT_FOUND;
            default -> throw new IllegalArgumentException("Unknown cell " + cell + " (A or -)");
        };
    }

    @Override
    public String toString() {
        return kind + " (" + detail + ")";
    }
}
