package ecopark.security.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditDetail;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.FieldProblem;
import ecopark.base.domain.FieldProblemsException;
import ecopark.base.domain.PlainText;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.security.domain.ApiToken;
import ecopark.security.domain.ApiTokenRepository;
import ecopark.security.domain.AppUser;
import ecopark.security.domain.AppUserRepository;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: administrators issue one for an account (an integration then acts as that account, with its role and
 * park or bureau), see every token with when it was last used, and revoke one, which takes effect on the next request.
 * The token's text is returned once, at issue; only a hash of its secret is kept. Issue and revocation are audited.
 */
@Service
@Transactional
@RolesAllowed(AppRole.ADMIN_NAME)
public class ApiTokenService {

    public static final String FIELD_NAME = "name";
    public static final String FIELD_ACCOUNT = "account";
    public static final String FIELD_VALID_THROUGH = "validThrough";

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, AppUserRepository users, CurrentUser currentUser, AuditTrail audit,
            Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every token, the newest first, with its account and state; never a secret. */
    @Transactional(readOnly = true)
    public List<ApiTokenListItem> tokens() {
        List<ApiToken> all = tokens.findAllByOrderByCreatedAtDescIdDesc();
        Map<Long, AppUser> accounts = users.findAllById(all.stream().map(ApiToken::getUserId).distinct().toList())
                .stream().collect(Collectors.toMap(AppUser::getId, Function.identity()));
        Instant now = clock.instant();
        return all.stream().map(t -> toListItem(t, accounts.get(t.getUserId()), now)).toList();
    }

    /** The accounts a token can act as: every enabled one, by username. */
    @Transactional(readOnly = true)
    public List<TokenAccount> accountChoices() {
        return users.findAll(Sort.by("username")).stream().filter(AppUser::isEnabled)
                .map(u -> new TokenAccount(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole())).toList();
    }

    /**
     * Issues a token for an enabled account: a purpose (its name, so the list says which integration holds it) is
     * required, and the last valid day, when given, is today or later. The returned text is the only place the token
     * ever appears.
     */
    public IssuedApiToken issue(NewApiToken request) {
        String name = request.name() == null ? "" : request.name().strip();
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(FieldProblem.of(FIELD_NAME, "apiToken.error.nameRequired"));
        } else {
            PlainText.check(name, ApiToken.NAME_MAX_LENGTH)
                    .ifPresent(p -> problems.add(FieldProblem.of(FIELD_NAME, p.key(), p.args())));
        }
        AppUser account = request.accountId() == null ? null : users.findById(request.accountId()).orElse(null);
        if (account == null) {
            problems.add(FieldProblem.of(FIELD_ACCOUNT, "apiToken.error.accountRequired"));
        } else if (!account.isEnabled()) {
            problems.add(FieldProblem.of(FIELD_ACCOUNT, "apiToken.error.accountDisabled", account.getUsername()));
        }
        if (request.validThrough() != null && request.validThrough().isBefore(today)) {
            problems.add(FieldProblem.of(FIELD_VALID_THROUGH, "apiToken.error.validThroughPast", today.toString()));
        }
        FieldProblemsException.throwIfAny(problems);

        ApiTokenText text = uniqueText();
        Instant expiresAt = request.validThrough() == null ? null
                : request.validThrough().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        ApiToken token = tokens.saveAndFlush(new ApiToken(name, account.getId(), text.prefix(), text.secretHash(),
                clock.instant(), currentUser.require().username(), expiresAt));
        audit(AuditAction.API_TOKEN_ISSUED, token, account, request.validThrough() == null
                ? AuditDetail.key("apiToken.audit.noExpiry")
                : AuditDetail.key("apiToken.audit.validThrough", request.validThrough().toString()));
        return new IssuedApiToken(toListItem(token, account, clock.instant()), text.text());
    }

    /** Revokes a token: the next request that carries it gets 401, on every node. A revoked token stays listed. */
    public ApiTokenListItem revoke(long tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .orElseThrow(() -> new BusinessRuleException("apiToken.error.notFound", tokenId));
        if (token.isRevoked()) {
            throw new BusinessRuleException("apiToken.error.alreadyRevoked", token.getName());
        }
        token.revoke(clock.instant(), currentUser.require().username());
        tokens.saveAndFlush(token);
        AppUser account = users.findById(token.getUserId()).orElseThrow();
        audit(AuditAction.API_TOKEN_REVOKED, token, account);
        return toListItem(token, account, clock.instant());
    }

    /** A fresh prefix: 40 random bits rarely repeat, and the unique index would refuse one that did. */
    private ApiTokenText uniqueText() {
        ApiTokenText text = ApiTokenText.generate();
        while (tokens.existsByPrefix(text.prefix())) {
            text = ApiTokenText.generate();
        }
        return text;
    }

    /** About the account (its park, where it has one): the account's name leads, then the token's name and prefix. */
    private void audit(AuditAction action, ApiToken token, AppUser account, Object... more) {
        Object[] details = new Object[4 + more.length];
        details[0] = account.getDisplayName();
        details[1] = account.getUsername();
        details[2] = token.getName();
        details[3] = token.getPrefix();
        System.arraycopy(more, 0, details, 4, more.length);
        audit.record(currentUser.require().asActor(), action, AuditSubject.USER, account.getId(), account.getParkId(),
                details);
    }

    private ApiTokenListItem toListItem(ApiToken t, AppUser account, Instant now) {
        ApiTokenListItem.State state = t.isRevoked() ? ApiTokenListItem.State.REVOKED
                : !t.isUsableAt(now) ? ApiTokenListItem.State.EXPIRED
                : account == null || !account.isEnabled() ? ApiTokenListItem.State.ACCOUNT_DISABLED
                : ApiTokenListItem.State.ACTIVE;
        LocalDate validThrough = t.getExpiresAt() == null ? null
                : t.getExpiresAt().atZone(clock.getZone()).toLocalDate().minusDays(1);
        return new ApiTokenListItem(t.getId(), t.getName(), t.getUserId(),
                account == null ? "" : account.getUsername(), account == null ? "" : account.getDisplayName(),
                account == null ? null : account.getRole(), ApiTokenText.SCHEME + t.getPrefix(), t.getCreatedAt(),
                t.getCreatedBy(), validThrough, t.getLastUsedAt(), t.getRevokedAt(), t.getRevokedBy(), state);
    }
}
