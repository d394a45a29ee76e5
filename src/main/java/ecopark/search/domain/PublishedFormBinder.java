package ecopark.search.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ecopark.publication.domain.Publication;
import ecopark.publication.service.PublishedForm;
import ecopark.report.domain.NarrativeSection;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.engine.backend.types.IndexFieldType;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Turns one publication into its index document: the columns that filter (year, province, jurisdiction, park, park
 * status, current or superseded) and, read from the frozen form, the texts that are searched (park name, section 一's
 * address and type note, each narrative of section 二, the indicator names in Chinese and English) and which
 * indicators were met or not. The frozen JSON is what the public sees, so the index never holds anything else.
 */
final class PublishedFormBinder implements TypeBinder {

    private final ObjectMapper json;

    PublishedFormBinder(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("document").use("parkName").use("year").use("province").use("jurisdictionId")
                .use("jurisdictionName").use("parkId").use("parkStatus").use("publishedAt").use("supersededBy");
        IndexFieldTypeFactory types = context.typeFactory();
        IndexSchemaElement schema = context.indexSchemaElement();
        // Words for ranking; bigrams for matching, stored with their offsets so that the unified highlighter marks
        // the matched characters without analysing again.
        IndexFieldType<String> words = types.asString().analyzer(FormIndex.CHINESE).projectable(Projectable.YES)
                .toIndexFieldType();
        IndexFieldType<String> bigrams = types.asString().analyzer(FormIndex.BIGRAMS)
                .highlightable(List.of(Highlightable.UNIFIED)).termVector(TermVector.WITH_POSITIONS_OFFSETS)
                .toIndexFieldType();
        IndexFieldType<String> keyword = types.asString().projectable(Projectable.YES).toIndexFieldType();
        Map<NarrativeSection, Text> narratives = new EnumMap<>(NarrativeSection.class);
        for (NarrativeSection section : NarrativeSection.values()) {
            narratives.put(section, Text.of(schema, FormIndex.narrative(section), words, bigrams, false));
        }
        Fields fields = new Fields(
                Text.of(schema, FormIndex.PARK_NAME, words, bigrams, false),
                Text.of(schema, FormIndex.BASICS, words, bigrams, false),
                narratives,
                Text.of(schema, FormIndex.INDICATORS, words, bigrams, true),
                schema.field(FormIndex.YEAR, types.asInteger().projectable(Projectable.YES).sortable(Sortable.YES))
                        .toReference(),
                schema.field(FormIndex.PROVINCE, keyword).toReference(),
                schema.field(FormIndex.JURISDICTION_ID, types.asLong().projectable(Projectable.YES)).toReference(),
                schema.field(FormIndex.JURISDICTION_NAME, keyword).toReference(),
                schema.field(FormIndex.PARK_ID, types.asLong().projectable(Projectable.YES)).toReference(),
                schema.field(FormIndex.PARK_STATUS, keyword).toReference(),
                schema.field(FormIndex.STATUS, keyword).toReference(),
                schema.field(FormIndex.MET, keyword).multiValued().toReference(),
                schema.field(FormIndex.UNMET, keyword).multiValued().toReference(),
                schema.field(FormIndex.PUBLISHED_AT, types.asInstant().projectable(Projectable.YES)
                        .sortable(Sortable.YES)).toReference());
        context.bridge(Publication.class, new Bridge(json, fields));
    }

    /** One searched text, indexed twice: as words and as bigrams. */
    private record Text(IndexFieldReference<String> words, IndexFieldReference<String> bigrams) {

        static Text of(IndexSchemaElement schema, String name, IndexFieldType<String> words,
                IndexFieldType<String> bigrams, boolean multiValued) {
            var wordField = schema.field(name, words);
            var bigramField = schema.field(FormIndex.bigrams(name), bigrams);
            if (multiValued) {
                wordField.multiValued();
                bigramField.multiValued();
            }
            return new Text(wordField.toReference(), bigramField.toReference());
        }

        void add(DocumentElement target, String value) {
            target.addValue(words, value);
            target.addValue(bigrams, value);
        }
    }

    private record Fields(Text parkName, Text basics, Map<NarrativeSection, Text> narratives, Text indicators,
            IndexFieldReference<Integer> year, IndexFieldReference<String> province,
            IndexFieldReference<Long> jurisdictionId, IndexFieldReference<String> jurisdictionName,
            IndexFieldReference<Long> parkId, IndexFieldReference<String> parkStatus,
            IndexFieldReference<String> status, IndexFieldReference<String> met, IndexFieldReference<String> unmet,
            IndexFieldReference<Instant> publishedAt) {
    }

    private record Bridge(ObjectMapper json, Fields fields) implements TypeBridge<Publication> {

        @Override
        public void write(DocumentElement target, Publication publication, TypeBridgeWriteContext context) {
            PublishedForm form = read(publication);
            fields.parkName().add(target, publication.getParkName());
            fields.basics().add(target, basics(form.basics()));
            for (NarrativeSection section : NarrativeSection.values()) {
                fields.narratives().get(section).add(target, form.narrative(section));
            }
            for (PublishedForm.IndicatorRow row : form.rows()) {
                fields.indicators().add(target, indicatorName(row));
                if (row.assessed() && row.result() == PublishedForm.Result.MET) {
                    target.addValue(fields.met(), row.code());
                } else if (row.assessed() && row.result() == PublishedForm.Result.NOT_MET) {
                    target.addValue(fields.unmet(), row.code());
                }
            }
            target.addValue(fields.year(), publication.getYear());
            target.addValue(fields.province(), publication.getProvince());
            target.addValue(fields.jurisdictionId(), publication.getJurisdictionId());
            target.addValue(fields.jurisdictionName(), publication.getJurisdictionName());
            target.addValue(fields.parkId(), publication.getParkId());
            target.addValue(fields.parkStatus(),
                    publication.getParkStatus() == null ? null : publication.getParkStatus().name());
            target.addValue(fields.status(), publication.isCurrent() ? FormIndex.CURRENT : FormIndex.SUPERSEDED);
            target.addValue(fields.publishedAt(), publication.getPublishedAt());
        }

        private PublishedForm read(Publication publication) {
            try {
                return json.readValue(publication.getDocument(), PublishedForm.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable document of publication " + publication.getId(), e);
            }
        }

        private static String basics(PublishedForm.Basics basics) {
            return join(basics.postalAddress(), basics.typeNote());
        }

        /** "万元工业增加值综合能耗 · Comprehensive energy consumption per ...": one value, so one passage shows both. */
        private static String indicatorName(PublishedForm.IndicatorRow row) {
            return row.name() == null ? "" : join(row.name().zh(), row.name().en());
        }

        private static String join(String first, String second) {
            boolean hasFirst = first != null && !first.isBlank();
            boolean hasSecond = second != null && !second.isBlank();
            return hasFirst && hasSecond ? first + " · " + second : hasFirst ? first : hasSecond ? second : "";
        }
    }
}
