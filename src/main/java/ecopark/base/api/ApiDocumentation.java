package ecopark.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the JSON API ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}). Endpoints
 * that need a sign-in declare {@code @SecurityRequirement(name = ApiDocumentation.BASIC)}.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    public static final String BASIC = "basicAuth";

    @Bean
    OpenAPI ecoparkOpenApi() {
        return new OpenAPI()
                .info(new Info().title("生态工业园区年度评价 · Eco-park annual review API").version("1")
                        .description("""
                                Published disclosure forms (年度评价报告信息公开表) are open: /api/public/**. Reports and \
                                evaluations need HTTP Basic with an account of the application; the same role and park \
                                rules apply as in the user interface. Lists are paged (page from 0, size 1-100) and \
                                answer {items, page, size, totalItems, totalPages}. Errors answer 400, 401, 403, 404, \
                                405, 409, 415 or 500 with one body {status, error, code, message, path, timestamp, \
                                fields, reference}; code is stable, message follows Accept-Language (zh by default)."""))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }
}
