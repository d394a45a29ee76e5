package ecopark.forwarding.document;

import java.util.List;

/** One park's published form in the package: its stored PDF, the hash of the frozen form, and its deliverables. */
public record BundledForm(long publicationId, String parkName, int year, int revision, String contentHash, byte[] pdf,
        List<Deliverable> deliverables) {

    public BundledForm {
        deliverables = List.copyOf(deliverables);
    }

    /** A file the notice required beside the form (e.g. 碳达峰碳中和实施路径专项报告), embedded in the package as is. */
    public record Deliverable(String name, String fileName, String contentType, byte[] content) {
    }
}
