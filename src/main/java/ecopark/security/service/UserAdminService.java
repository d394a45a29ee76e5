package ecopark.security.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditDetail;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.LikePattern;
import ecopark.base.domain.ContactFormats;
import ecopark.base.domain.ConcurrentEditException;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.security.OrganisationDirectory;
import ecopark.security.OrganisationDirectory.OrgUnit;
import ecopark.security.domain.AppUser;
import ecopark.security.domain.AppUserRepository;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration: administrators only. A change that alters what a user may reach (disabling, a new role
 * or scope, a password reset) ends that user's open sessions, because a session keeps the rights it signed in with.
 */
@Service
@Transactional
@RolesAllowed(AppRole.ADMIN_NAME)
public class UserAdminService {

    /** Letters, digits and {@code _ . -}: usernames are typed on every login, often on a phone keyboard. */
    public static final Pattern USERNAME_PATTERN =
            Pattern.compile("[A-Za-z0-9_.-]{3," + AppUser.USERNAME_MAX_LENGTH + "}");
    public static final Pattern EMAIL_PATTERN = ContactFormats.EMAIL;

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final OrganisationDirectory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    UserAdminService(AppUserRepository users, PasswordEncoder passwordEncoder, OrganisationDirectory directory,
            CurrentUser currentUser, ApplicationEventPublisher events, AuditTrail audit) {
        this.audit = audit;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.directory = directory;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<AppUser> allUsers() {
        return users.findAll();
    }

    /** A page of accounts whose username or name contains the text, by username unless sorted otherwise. */
    @Transactional(readOnly = true)
    public Page<UserListItem> findUsers(String text, Pageable pageable) {
        String filter = pattern(text);
        Pageable sorted = pageable.isPaged() && pageable.getSort().isUnsorted()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username"))
                : pageable;
        Map<Long, String> parks = names(directory.parks());
        Map<Long, String> bureaus = names(directory.jurisdictions());
        return users.search(filter, sorted).map(u -> toListItem(u, parks::get, bureaus::get));
    }

    /** How many accounts {@link #findUsers} finds for the text. */
    @Transactional(readOnly = true)
    public long countUsers(String text) {
        return users.search(pattern(text), PageRequest.of(0, 1)).getTotalElements();
    }

    /** The typed filter as a LIKE pattern matched literally ("%" finds a percent sign), or null for all accounts. */
    private static String pattern(String text) {
        return text == null || text.isBlank() ? null
                : LikePattern.contains(text.trim().toLowerCase(java.util.Locale.ROOT));
    }

    /** One account as the edit form shows it. */
    @Transactional(readOnly = true)
    public UserListItem get(long userId) {
        AppUser user = find(userId);
        return toListItem(user, id -> directory.parkName(id).orElse(""),
                id -> directory.jurisdictionName(id).orElse(""));
    }

    /** Parks a staff account can belong to. */
    @Transactional(readOnly = true)
    public List<OrgUnit> parkChoices() {
        return directory.parks();
    }

    /** Bureaus a reviewer's or manager's account can belong to. */
    @Transactional(readOnly = true)
    public List<OrgUnit> jurisdictionChoices() {
        return directory.jurisdictions();
    }

    /**
     * Creates a demo account: its owner already knows the password (no forced change at first login), which is
     * published on purpose, so the list of well-known passwords does not apply; the rest of the rule does.
     */
    public AppUser create(String username, String displayName, AppRole role, Long parkId, Long jurisdictionId,
            String initialPassword) {
        return create(new NewAccount(username, displayName, null, role, parkId, jurisdictionId, initialPassword,
                false), false);
    }

    /**
     * Creates an account. Staff need a park, reviewers and managers a bureau (docs/product.md: a user sees only what
     * belongs to them); the initial password must follow {@link PasswordPolicy}.
     */
    public AppUser create(NewAccount account) {
        return create(account, true);
    }

    private AppUser create(NewAccount account, boolean refuseWellKnown) {
        String name = trim(account.username());
        if (name == null) {
            throw new BusinessRuleException("user.error.usernameRequired");
        }
        if (!USERNAME_PATTERN.matcher(name).matches()) {
            throw new BusinessRuleException("user.error.usernameFormat");
        }
        if (users.existsByUsername(name)) {
            throw new BusinessRuleException("user.error.usernameTaken", name);
        }
        String displayName = requireDisplayName(account.displayName());
        String email = checkEmail(account.email());
        requireRole(account.role());
        requireScope(account.role(), account.parkId(), account.jurisdictionId());
        if (refuseWellKnown) {
            PasswordPolicy.require(name, account.initialPassword());
        } else {
            PasswordPolicy.requireShape(name, account.initialPassword());
        }
        AppUser user = new AppUser(name, passwordEncoder.encode(account.initialPassword()), displayName,
                account.role());
        user.setEmail(email);
        user.assign(account.role(), account.parkId(), account.jurisdictionId());
        user.setMustChangePassword(account.mustChangePassword());
        AppUser saved = users.saveAndFlush(user);
        audit(AuditAction.USER_CREATED, saved, AuditDetail.key(saved.getRole().labelKey()));
        return saved;
    }

    /**
     * Changes name, e-mail, role and park or bureau. Refused when someone saved the account since the form was
     * opened ({@code version}); an administrator cannot take the administrator role from themselves, so the
     * product never ends up without one by accident. A new role or scope ends the user's open sessions.
     */
    public UserListItem update(long userId, long version, AccountChanges changes) {
        AppUser user = find(userId);
        ConcurrentEditException.requireSameVersion(version, user.getVersion());
        String displayName = requireDisplayName(changes.displayName());
        String email = checkEmail(changes.email());
        requireRole(changes.role());
        requireScope(changes.role(), changes.parkId(), changes.jurisdictionId());
        if (isSelf(user) && changes.role() != AppRole.ADMIN) {
            throw new BusinessRuleException("user.error.ownRole");
        }
        boolean accessChanged = user.getRole() != changes.role()
                || !Objects.equals(user.getParkId(), scopePark(changes))
                || !Objects.equals(user.getJurisdictionId(), scopeJurisdiction(changes));
        user.setDisplayName(displayName);
        user.setEmail(email);
        user.assign(changes.role(), changes.parkId(), changes.jurisdictionId());
        users.saveAndFlush(user);
        if (accessChanged) {
            audit(AuditAction.USER_ACCESS_CHANGED, user, AuditDetail.key(user.getRole().labelKey()));
        } else {
            audit(AuditAction.USER_UPDATED, user);
        }
        if (accessChanged) {
            events.publishEvent(new AccountAccessChanged(userId));
        }
        return get(userId);
    }

    /**
     * Disables or enables an account. A disabled account cannot sign in and its open sessions end at once; an
     * administrator cannot disable their own account.
     */
    public void setEnabled(long userId, boolean enabled) {
        AppUser user = find(userId);
        if (!enabled && isSelf(user)) {
            throw new BusinessRuleException("user.error.disableSelf");
        }
        user.setEnabled(enabled);
        users.saveAndFlush(user);
        audit(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, user);
        if (!enabled) {
            events.publishEvent(new AccountAccessChanged(userId));
        }
    }

    /**
     * Resets a forgotten password: to the given one, or to a generated one when none is given. Either way it is
     * temporary — the user must choose their own at the next login — and the returned text is the only place it
     * appears. Ends the user's open sessions.
     */
    public String resetPassword(long userId, String newPassword) {
        AppUser user = find(userId);
        String password = newPassword == null || newPassword.isEmpty()
                ? PasswordPolicy.generate(user.getUsername()) : newPassword;
        PasswordPolicy.require(user.getUsername(), password);
        user.setPasswordHash(passwordEncoder.encode(password));
        user.setMustChangePassword(true);
        users.saveAndFlush(user);
        audit(AuditAction.USER_PASSWORD_RESET, user);
        events.publishEvent(new AccountAccessChanged(userId));
        return password;
    }

    /** One line per change, about the account, with its park where it has one; the account's name leads the detail. */
    private void audit(AuditAction action, AppUser user, Object... more) {
        Object[] details = new Object[more.length + 2];
        details[0] = user.getDisplayName();
        details[1] = user.getUsername();
        System.arraycopy(more, 0, details, 2, more.length);
        audit.record(currentUser.require().asActor(), action, AuditSubject.USER, user.getId(), user.getParkId(), details);
    }

    /** Staff need an existing park, reviewers and managers an existing bureau. */
    private void requireScope(AppRole role, Long parkId, Long jurisdictionId) {
        if (role.isBoundToPark() && (parkId == null || directory.parkName(parkId).isEmpty())) {
            throw new BusinessRuleException("user.error.parkRequired");
        }
        if (role.isBoundToJurisdiction()
                && (jurisdictionId == null || directory.jurisdictionName(jurisdictionId).isEmpty())) {
            throw new BusinessRuleException("user.error.jurisdictionRequired");
        }
    }

    private AppUser find(long userId) {
        return users.findById(userId).orElseThrow(() -> new BusinessRuleException("user.error.notFound", userId));
    }

    private boolean isSelf(AppUser user) {
        return currentUser.get().map(u -> u.id() == user.getId()).orElse(false);
    }

    private void requireRole(AppRole role) {
        if (role == null) {
            throw new BusinessRuleException("user.error.roleRequired");
        }
    }

    private static Long scopePark(AccountChanges changes) {
        return changes.role().isBoundToPark() ? changes.parkId() : null;
    }

    private static Long scopeJurisdiction(AccountChanges changes) {
        return changes.role().isBoundToJurisdiction() ? changes.jurisdictionId() : null;
    }

    private static String requireDisplayName(String displayName) {
        String name = trim(displayName);
        if (name == null) {
            throw new BusinessRuleException("user.error.displayNameRequired");
        }
        if (name.length() > AppUser.DISPLAY_NAME_MAX_LENGTH) {
            throw new BusinessRuleException("user.error.displayNameTooLong", AppUser.DISPLAY_NAME_MAX_LENGTH);
        }
        return name;
    }

    private static String checkEmail(String email) {
        String value = trim(email);
        if (value != null && (value.length() > AppUser.EMAIL_MAX_LENGTH || !EMAIL_PATTERN.matcher(value).matches())) {
            throw new BusinessRuleException("user.error.email");
        }
        return value;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Map<Long, String> names(List<OrgUnit> units) {
        return units.stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
    }

    private static UserListItem toListItem(AppUser u, Function<Long, String> parkName,
            Function<Long, String> bureauName) {
        String organisation = u.getParkId() != null ? parkName.apply(u.getParkId())
                : u.getJurisdictionId() != null ? bureauName.apply(u.getJurisdictionId()) : null;
        return new UserListItem(u.getId(), u.getVersion(), u.getUsername(), u.getDisplayName(), u.getEmail(),
                u.getRole(), u.getParkId(), u.getJurisdictionId(), organisation == null ? "" : organisation,
                u.isEnabled(), u.getLastLoginAt(),
                u.isMustChangePassword());
    }
}
