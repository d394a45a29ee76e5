package ecopark.evaluation.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.security.CurrentUser;
import ecopark.base.domain.BusinessRuleException;
import ecopark.evaluation.domain.Footnote;
import ecopark.evaluation.domain.FootnoteRepository;
import ecopark.evaluation.domain.IndicatorDefinition;
import ecopark.evaluation.domain.IndicatorDefinitionRepository;
import ecopark.evaluation.domain.SelectionGroup;
import ecopark.evaluation.domain.SelectionGroupRepository;
import ecopark.evaluation.domain.StandardVersion;
import ecopark.evaluation.domain.StandardVersionRepository;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' edits of catalogue data that the standard leaves to the operator: the minimum number of optional
 * indicators, footnote texts, "at least k of n" selection groups, and which version is active. Each edit raises the
 * standard version's revision, so cached catalogues are reloaded.
 */
@Service
@Transactional
@RolesAllowed(AppRole.ADMIN_NAME)
public class CatalogueAdminService {

    private final StandardVersionRepository versions;
    private final FootnoteRepository footnotes;
    private final IndicatorDefinitionRepository indicators;
    private final SelectionGroupRepository groups;
    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    CatalogueAdminService(StandardVersionRepository versions, FootnoteRepository footnotes,
            IndicatorDefinitionRepository indicators, SelectionGroupRepository groups, EntityManager entityManager,
            AuditTrail audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.versions = versions;
        this.footnotes = footnotes;
        this.indicators = indicators;
        this.groups = groups;
        this.entityManager = entityManager;
    }

    /** The least number of optional indicators a park must select under this version (HJ 274-2015 ships 6). */
    public void setMinimumOptional(long standardId, int minimum) {
        if (minimum < 0) {
            throw new BusinessRuleException("evaluation.error.minimumNegative");
        }
        StandardVersion version = version(standardId);
        version.setMinOptional(minimum);
        versions.saveAndFlush(version);
        audit(AuditAction.CATALOGUE_MINIMUM_CHANGED, version, minimum);
    }

    public void updateFootnote(long footnoteId, String textZh, String textEn) {
        if (isBlank(textZh) || isBlank(textEn) || textZh.length() > Footnote.TEXT_MAX_LENGTH
                || textEn.length() > Footnote.TEXT_MAX_LENGTH) {
            throw new BusinessRuleException("evaluation.error.footnoteText", Footnote.TEXT_MAX_LENGTH);
        }
        Footnote footnote = footnotes.findById(footnoteId)
                .orElseThrow(() -> new IllegalArgumentException("No footnote " + footnoteId));
        footnote.setTexts(textZh.strip(), textEn.strip());
        footnotes.saveAndFlush(footnote);
        touch(footnote.getStandardId());
        audit(AuditAction.CATALOGUE_FOOTNOTE_CHANGED, version(footnote.getStandardId()), footnote.getMark());
    }

    /** Adds a rule "select at least {@code minSelected} of these optional indicators" to a version. */
    public void addSelectionGroup(long standardId, String code, String nameZh, String nameEn, int minSelected,
            Set<String> indicatorCodes) {
        Map<String, IndicatorDefinition> byCode = indicators.findByStandardIdOrderBySortOrder(standardId).stream()
                .collect(Collectors.toMap(IndicatorDefinition::getCode, Function.identity()));
        if (minSelected < 1 || minSelected > indicatorCodes.size() || !byCode.keySet().containsAll(indicatorCodes)) {
            throw new BusinessRuleException("evaluation.error.groupInvalid");
        }
        Set<Long> ids = indicatorCodes.stream().map(c -> byCode.get(c).getId()).collect(Collectors.toSet());
        groups.saveAndFlush(new SelectionGroup(standardId, code, nameZh, nameEn, minSelected, ids));
        touch(standardId);
        audit(AuditAction.CATALOGUE_GROUP_ADDED, version(standardId), code);
    }

    /** Makes a version the one new sheets are made with; sheets made earlier keep theirs. */
    public void activate(long standardId) {
        for (StandardVersion v : versions.findAll()) {
            v.setActive(v.getId() == standardId);
        }
        versions.flush();
        audit(AuditAction.CATALOGUE_ACTIVATED, version(standardId));
    }

    /** Catalogue lines name the standard version by its code (e.g. HJ 274-2015), the same in both languages. */
    private void audit(AuditAction action, StandardVersion version, Object... more) {
        Object[] details = new Object[more.length + 1];
        details[0] = version.getCode();
        System.arraycopy(more, 0, details, 1, more.length);
        audit.record(currentUser.require().asActor(), action, AuditSubject.CATALOGUE, version.getId(), null, details);
    }

    private StandardVersion version(long standardId) {
        return versions.findById(standardId)
                .orElseThrow(() -> new IllegalArgumentException("No standard version " + standardId));
    }

    /** Raises the version's revision now (not at commit), so the same transaction already reads the new catalogue. */
    private void touch(long standardId) {
        entityManager.lock(version(standardId), LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
