package ecopark.security.service;

import ecopark.security.SignedInUser;
import ecopark.security.domain.ApiToken;
import ecopark.security.domain.ApiTokenRepository;
import ecopark.security.domain.ApiTokenRepository.TokenAndAccount;
import ecopark.security.domain.AppUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a presented API token on every request: one query reads the token with its account, so a revoked token, an
 * expired one and a disabled account are refused at once, on every node; the account's role and park or bureau are
 * those it has now. The caller learns only yes or no (the log at DEBUG says why, for the operator).
 */
@Component
class ApiTokenAuthenticator {

    /** The time of use is written at most this often per token: not a write on every request. */
    static final Duration RECORD_USE_EVERY = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(ApiTokenAuthenticator.class);

    private final ApiTokenRepository tokens;
    private final Clock clock;

    ApiTokenAuthenticator(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The account the token acts as; empty when the token is unknown, wrong, revoked, expired or its account off. */
    @Transactional
    public Optional<ApiTokenAuthentication> authenticate(String presented) {
        Optional<ApiTokenText> text = ApiTokenText.parse(presented);
        if (text.isEmpty()) {
            log.debug("API token refused: not a token");
            return Optional.empty();
        }
        Optional<TokenAndAccount> found = tokens.findByPrefixWithAccount(text.get().prefix());
        if (found.isEmpty() || !text.get().matches(found.get().token().getSecretHash())) {
            log.debug("API token {} refused: unknown or wrong secret", text.get());
            return Optional.empty();
        }
        ApiToken token = found.get().token();
        AppUser account = found.get().account();
        Instant now = clock.instant();
        if (!token.isUsableAt(now) || !account.isEnabled()) {
            log.debug("API token {} of {} refused: revoked {}, expires {}, account enabled {}", text.get(),
                    account.getUsername(), token.getRevokedAt(), token.getExpiresAt(), account.isEnabled());
            return Optional.empty();
        }
        if (token.getLastUsedAt() == null || !token.getLastUsedAt().plus(RECORD_USE_EVERY).isAfter(now)) {
            tokens.recordUse(token.getId(), now, now.minus(RECORD_USE_EVERY));
        }
        return Optional.of(new ApiTokenAuthentication(AccountDetailsService.toSignedInUser(account), token.getId()));
    }
}
