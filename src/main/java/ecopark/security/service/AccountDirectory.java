package ecopark.security.service;

import ecopark.security.AppRole;
import ecopark.security.domain.AppUser;
import ecopark.security.domain.AppUserRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who to tell: the enabled accounts holding a role for a park or a jurisdiction, with their e-mail addresses. Used
 * by system code (notifications, process timers) that acts on behalf of nobody in particular, so it checks no
 * caller; it reveals nothing beyond names and addresses that colleagues see anyway.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private final AppUserRepository users;

    AccountDirectory(AppUserRepository users) {
        this.users = users;
    }

    /**
     * Members of a role within a scope: staff of park {@code scopeId}, or reviewers / managers of jurisdiction
     * {@code scopeId}; administrators ignore the scope.
     */
    public List<Contact> members(AppRole role, long scopeId) {
        List<AppUser> found = switch (role) {
            case STAFF -> users.findByRoleAndParkIdAndEnabledTrueOrderByUsername(role, scopeId);
            case REVIEWER, MANAGER -> users.findByRoleAndJurisdictionIdAndEnabledTrueOrderByUsername(role, scopeId);
            case ADMIN -> users.findAll().stream().filter(u -> u.getRole() == AppRole.ADMIN && u.isEnabled()).toList();
        };
        return found.stream().map(AccountDirectory::contact).toList();
    }

    /**
     * The members of a park-bound role for park {@code parkId} together with those of a jurisdiction-bound role for
     * jurisdiction {@code jurisdictionId} (e.g. a park's staff and its bureau's managers), read at once.
     */
    public List<Contact> members(AppRole parkRole, long parkId, AppRole jurisdictionRole, long jurisdictionId) {
        if (!parkRole.isBoundToPark() || !jurisdictionRole.isBoundToJurisdiction()) {
            throw new IllegalArgumentException(parkRole + " for a park and " + jurisdictionRole + " for a jurisdiction");
        }
        return users.findEnabledOfParkOrJurisdiction(parkRole, parkId, jurisdictionRole, jurisdictionId).stream()
                .map(AccountDirectory::contact).toList();
    }

    /** Whether any account, enabled or not, acts for the jurisdiction (a reviewer's or a manager's). */
    public boolean anyBoundTo(long jurisdictionId) {
        return users.existsByJurisdictionId(jurisdictionId);
    }

    /** The members of a Flowable candidate group such as {@code REVIEWER@3} (see {@link AppRole#candidateGroup}). */
    public List<Contact> membersOfGroup(String candidateGroup) {
        int at = candidateGroup.indexOf('@');
        if (at < 0) {
            return List.of();
        }
        AppRole role = AppRole.valueOf(candidateGroup.substring(0, at));
        return members(role, Long.parseLong(candidateGroup.substring(at + 1)));
    }

    public Optional<Contact> contact(String username) {
        return users.findByUsername(username).filter(AppUser::isEnabled).map(AccountDirectory::contact);
    }

    private static Contact contact(AppUser user) {
        return new Contact(user.getUsername(), user.getDisplayName(), user.getEmail());
    }

    /** An account as a recipient: e-mail may be empty. */
    public record Contact(String username, String displayName, String email) {
    }
}
