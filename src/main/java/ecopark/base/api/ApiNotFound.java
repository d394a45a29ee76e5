package ecopark.base.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Any other request under /api answers in the API's error body, not with Vaadin's HTML page: 405 with the methods the
 * address does accept, or 404 for an address the API does not have. This mapping matches every method, so Spring
 * prefers it over an address mapped for other methods only; it therefore looks up those methods itself.
 */
@RestController
@Hidden
class ApiNotFound {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    ApiNotFound(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        Set<String> allowed = allowedMethods(request);
        if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
        }
        throw ApiException.notFound("api.error.notFound");
    }

    /** The methods of the API's other mappings whose path matches the request's (a GET also answers HEAD). */
    private Set<String> allowedMethods(HttpServletRequest request) {
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        Set<String> allowed = new TreeSet<>();
        mappings.getObject().getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType() != ApiNotFound.class && matchesPath(info, request)) {
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    allowed.add(method.name());
                    if (method == RequestMethod.GET) {
                        allowed.add(RequestMethod.HEAD.name());
                    }
                }
            }
        });
        return allowed;
    }

    private static boolean matchesPath(RequestMappingInfo info, HttpServletRequest request) {
        return info.getActivePatternsCondition().getMatchingCondition(request) != null;
    }
}
