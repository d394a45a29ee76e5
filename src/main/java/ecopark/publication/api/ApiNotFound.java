package ecopark.publication.api;

import ecopark.base.api.ApiException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other address under /api answers 404 in the API's error body, not with an HTML page. */
@RestController
@Hidden
class ApiNotFound {

    @RequestMapping("/api/**")
    void unknown() {
        throw ApiException.notFound("api.error.notFound");
    }
}
