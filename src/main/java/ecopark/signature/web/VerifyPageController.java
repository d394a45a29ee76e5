package ecopark.signature.web;

import ecopark.base.domain.BusinessRuleException;
import ecopark.base.i18n.TranslationProvider;
import ecopark.base.portal.PortalPreferences;
import ecopark.signature.service.SignatureVerifier;
import ecopark.signature.service.VerificationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The portal's signature check ({@code /public/signatures/verify}): a form to choose a PDF and the result of its
 * check on the same page, without JavaScript or sign-in. Stateless like every portal page. The POST changes
 * nothing and stores nothing, so the portal's chain takes it without a CSRF token: a forged post could only make a
 * reader's browser check a file, and shows the answer to nobody else.
 */
@Controller
@RequestMapping(VerifyPageController.PATH)
class VerifyPageController {

    static final String PATH = "/public/signatures/verify";
    static final String TEMPLATE = "public/verify";
    static final String FIELD = "file";
    private static final CacheControl FORM_CACHE = CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();

    private final SignatureVerifier verifier;
    private final Clock clock;

    VerifyPageController(SignatureVerifier verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @GetMapping
    String form(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, FORM_CACHE.getHeaderValue());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        model.addAttribute("page", VerifyPage.form(action(request), verifier.maxMegabytes(), null, null));
        return TEMPLATE;
    }

    @PostMapping
    String verify(@RequestParam(name = FIELD, required = false) MultipartFile file, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        String fileName = file == null ? null : file.getOriginalFilename();
        if (file == null || file.isEmpty()) {
            return refused(request, response, model, HttpServletResponse.SC_BAD_REQUEST,
                    TranslationProvider.translate(locale, "signature.error.fileMissing"), fileName);
        }
        if (file.getSize() > (long) verifier.maxMegabytes() * 1024 * 1024) {
            return tooLarge(request, response, model, locale, fileName);
        }
        VerificationResult result;
        try {
            result = verifier.verify(file.getBytes());
        } catch (BusinessRuleException e) {
            return refused(request, response, model, HttpServletResponse.SC_BAD_REQUEST,
                    TranslationProvider.translate(locale, e.messageKey(), e.args()), fileName);
        }
        if (!result.pdf()) {
            return refused(request, response, model, HttpServletResponse.SC_BAD_REQUEST,
                    TranslationProvider.translate(locale, "signature.error.notPdf"), fileName);
        }
        model.addAttribute("page", VerifyPage.checked(action(request), verifier.maxMegabytes(), fileName, result,
                locale, clock.getZone()));
        return TEMPLATE;
    }

    int maxMegabytes() {
        return verifier.maxMegabytes();
    }

    /** The page with a file beyond the upload limit named next to the field (413). */
    String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
            String fileName) {
        return refused(request, response, model, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                TranslationProvider.translate(locale, "signature.error.tooLarge", verifier.maxMegabytes()), fileName);
    }

    private String refused(HttpServletRequest request, HttpServletResponse response, Model model, int status,
            String problem, String fileName) {
        response.setStatus(status);
        model.addAttribute("page", VerifyPage.form(action(request), verifier.maxMegabytes(), problem, fileName));
        return TEMPLATE;
    }

    /** Where the form posts: this page, keeping a language the reader chose by link ({@code ?lang=}). */
    private static String action(HttpServletRequest request) {
        String lang = request.getParameter(PortalPreferences.LANG_PARAM);
        return PATH + (lang == null || lang.isBlank() ? ""
                : "?" + PortalPreferences.LANG_PARAM + "=" + (PortalPreferences.of(request).english() ? "en" : "zh"));
    }
}
