package ecopark.base;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * One line and its remedy instead of a stack trace when a production start is refused
 * ({@link StartupRefusedException}: a required environment variable missing, demo accounts, a known password).
 */
public class ProductionStartFailureAnalyzer implements FailureAnalyzer, Ordered {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof StartupRefusedException refused) {
                return new FailureAnalysis(refused.getMessage(), refused.getAction(), refused);
            }
        }
        return null;
    }

    /** Before Spring Boot's general analyzers, which would describe the wrapping bean failure instead. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
