package ecopark.base.portal;

import java.util.Set;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #portal} in every template: the reader's language and reading modes and the links that change them (see
 * {@link PortalPage}). The layout's fragments read it, so a page of any feature gets the portal's frame from
 * {@code ~{public/layout :: head(title)}}, {@code header} and {@code footer} without preparing a model.
 */
final class PortalDialect extends AbstractDialect implements IExpressionObjectDialect {

    PortalDialect() {
        super("portal");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("portal");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                    return new PortalPage(attributes.getRequest());
                }
                return null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
