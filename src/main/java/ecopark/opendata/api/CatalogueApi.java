package ecopark.opendata.api;

import ecopark.base.i18n.TranslationProvider;
import ecopark.opendata.service.IndicatorColumn;
import ecopark.opendata.service.OpenIndicators;
import ecopark.publication.service.PublishedPark;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The machine-readable catalogue of open data: every dataset, its formats and addresses, the column layout. */
@RestController
@RequestMapping(value = "/api/public", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Open data")
public class CatalogueApi {

    private final OpenIndicators indicators;

    CatalogueApi(OpenIndicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/catalogue")
    @Operation(summary = "The open data catalogue (DCAT-like): datasets, distributions, column layout")
    public CatalogueDto catalogue() {
        return build(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString(), indicators);
    }

    /** The catalogue with absolute addresses under {@code base} (the application's root URL). */
    public static CatalogueDto build(String base, OpenIndicators indicators) {
        String layout = base + "/public/data#columns";
        List<PublishedPark> parks = indicators.parks();
        Instant modified = indicators.lastModified().orElse(null);
        List<CatalogueDto.Dataset> datasets = new ArrayList<>();
        int first = parks.stream().mapToInt(PublishedPark::firstYear).min().orElse(0);
        int last = parks.stream().mapToInt(PublishedPark::lastYear).max().orElse(0);
        datasets.add(new CatalogueDto.Dataset("indicators", text("opendata.dataset.all.title"),
                text("opendata.dataset.all.description"), modified, parks.isEmpty() ? List.of() : List.of(first, last),
                List.of(distribution("text/csv", "CSV", base + "/api/public/indicators.csv", layout),
                        distribution(IndicatorXlsx.MEDIA_TYPE, "XLSX", base + "/api/public/indicators.xlsx", layout),
                        distribution("application/json", "JSON", base + "/api/public/indicators", layout))));
        for (PublishedPark park : parks) {
            String path = base + "/api/public/parks/" + park.parkId() + "/indicators";
            datasets.add(new CatalogueDto.Dataset("park-" + park.parkId(),
                    text("opendata.dataset.park.title", park.parkName()),
                    text("opendata.dataset.park.description", park.parkName(), park.firstYear(), park.lastYear(),
                            park.forms()),
                    park.lastModified(), List.of(park.firstYear(), park.lastYear()),
                    List.of(distribution("text/csv", "CSV", path + ".csv", layout),
                            distribution(IndicatorXlsx.MEDIA_TYPE, "XLSX", path + ".xlsx", layout))));
        }
        List<CatalogueDto.Column> columns = Arrays.stream(IndicatorColumn.values())
                .map(c -> new CatalogueDto.Column(c.key(),
                        TranslationProvider.translate(TranslationProvider.CHINESE, c.descriptionKey()),
                        TranslationProvider.translate(TranslationProvider.ENGLISH, c.descriptionKey())))
                .toList();
        String form = base + "/api/public/forms/{id}/";
        return new CatalogueDto(text("opendata.catalogue.title"), text("opendata.catalogue.description"),
                TranslationProvider.translate(TranslationProvider.CHINESE, "opendata.catalogue.publisher"), modified,
                layout, columns, datasets,
                List.of(distribution("text/csv", "CSV", form + "indicators.csv", layout),
                        distribution(IndicatorXlsx.MEDIA_TYPE, "XLSX", form + "indicators.xlsx", layout),
                        distribution("application/pdf", "PDF", form + "pdf", null),
                        distribution("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
                                form + "docx", null)));
    }

    private static CatalogueDto.Distribution distribution(String mediaType, String format, String url,
            String layout) {
        return new CatalogueDto.Distribution(mediaType, format, url, layout);
    }

    private static CatalogueDto.Text text(String key, Object... args) {
        return new CatalogueDto.Text(TranslationProvider.translate(TranslationProvider.CHINESE, key, args),
                TranslationProvider.translate(TranslationProvider.ENGLISH, key, args));
    }
}
