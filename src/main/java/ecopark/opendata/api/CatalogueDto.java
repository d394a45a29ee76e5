package ecopark.opendata.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * The data catalogue, shaped after W3C DCAT (a catalogue of datasets, each with distributions: one file format at one
 * address), in plain JSON.
 */
@Schema(name = "DataCatalogue", description = "What open data is available, DCAT-like")
public record CatalogueDto(Text title, Text description, String publisher, Instant modified,
        @Schema(description = "Where the column layout of every CSV/Excel/JSON distribution is described")
        String columnLayout,
        List<Column> columns, List<Dataset> datasets,
        @Schema(description = "Address templates of one form's rows ({id} = publication id)")
        List<Distribution> perForm) {

    /** A text in Chinese and English. */
    public record Text(String zh, String en) {
    }

    /** One column of the layout. */
    public record Column(String name, String descriptionZh, String descriptionEn) {
    }

    /** A dataset: every published row, or one park's. */
    public record Dataset(String identifier, Text title, Text description, Instant modified,
            @Schema(description = "Report years covered, first and last") List<Integer> years,
            List<Distribution> distributions) {
    }

    /** One format of a dataset at one address. */
    public record Distribution(@Schema(example = "text/csv") String mediaType, String format, String downloadURL,
            String conformsTo) {
    }
}
