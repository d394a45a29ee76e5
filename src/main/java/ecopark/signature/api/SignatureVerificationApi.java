package ecopark.signature.api;

import ecopark.base.api.ApiError;
import ecopark.base.api.ApiException;
import ecopark.base.domain.BusinessRuleException;
import ecopark.signature.service.SignatureVerifier;
import ecopark.signature.service.VerificationResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Clock;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Verifies the digital signatures of a PDF for anyone, without sign-in: a province's signed package or any other
 * signed PDF. Nothing is stored or changed (so the stateless API chain needs no CSRF token).
 */
@RestController
@RequestMapping(value = "/api/public/signatures", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Signature verification", description = "验证签名 — open, no sign-in")
public class SignatureVerificationApi {

    static final String FIELD = "file";

    private final SignatureVerifier verifier;
    private final Clock clock;

    SignatureVerificationApi(SignatureVerifier verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @PostMapping("/verify")
    @Operation(summary = "Whether a PDF is signed, by whom, when, and whether it is unchanged since",
            description = "Multipart field `file`. Each signature: signer and certificate, whether the certificate "
                    + "is a jurisdiction's signing certificate here or a test certificate, the signing time (/M), "
                    + "whether the CMS signature verifies, whether the signed bytes are unchanged and whether bytes "
                    + "were appended after signing. Nothing is stored.")
    @ApiResponse(responseCode = "200", description = "The file is a PDF (signed or not)")
    @ApiResponse(responseCode = "400", description = "No file, or the file is no PDF (field `file`)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "413", description = "The file is larger than the upload limit",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ResponseEntity<VerificationDto> verify(
            @Parameter(description = "The PDF to check") @RequestParam(name = FIELD, required = false)
            MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw ApiException.badField(FIELD, "signature.error.fileMissing");
        }
        if (file.getSize() > (long) verifier.maxMegabytes() * 1024 * 1024) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "signature.error.tooLarge", verifier.maxMegabytes());
        }
        VerificationResult result;
        try {
            result = verifier.verify(file.getBytes());
        } catch (BusinessRuleException e) {
            throw ApiException.badField(FIELD, e.messageKey(), e.args());
        }
        if (!result.pdf()) {
            throw ApiException.badField(FIELD, "signature.error.notPdf");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(VerificationDto.of(result, clock.getZone()));
    }
}
