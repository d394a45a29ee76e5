package ecopark.forwarding.service;

import ecopark.notice.service.NoticeView;
import java.util.List;

/**
 * What a province would send for a report year, before it sends: the current published forms of its parks (its
 * cities' parks included), each with the notice's deliverables found or not, and the parks without one with a
 * suggested reason the manager may change.
 *
 * @param notice the national office's notice for the year
 */
public record PackagePreview(long provinceId, String provinceName, int reportYear, NoticeView notice,
        List<Form> forms, List<MissingCandidate> missing) {

    public PackagePreview {
        forms = List.copyOf(forms);
        missing = List.copyOf(missing);
    }

    /** Whether any form lacks a deliverable the notice requires. */
    public boolean lacksRequiredDeliverables() {
        return forms.stream().anyMatch(Form::lacksRequired);
    }

    /** A park's current published form of the year. */
    public record Form(long publicationId, long reportId, long parkId, String parkName, int revision,
            String contentHash, List<DeliverableState> deliverables) {

        public Form {
            deliverables = List.copyOf(deliverables);
        }

        public boolean lacksRequired() {
            return deliverables.stream().anyMatch(d -> d.deliverable().required() && !d.present());
        }
    }

    /**
     * A deliverable of the notice for one form: the file the park uploaded as it, if any.
     *
     * @param attachmentId null when the park uploaded none
     */
    public record DeliverableState(NoticeView.Deliverable deliverable, Long attachmentId, String fileName) {

        public boolean present() {
            return attachmentId != null;
        }
    }

    /** A park without a published form of the year, with the reason its report's state suggests (in Chinese). */
    public record MissingCandidate(long parkId, String parkName, String suggestedReason) {
    }
}
