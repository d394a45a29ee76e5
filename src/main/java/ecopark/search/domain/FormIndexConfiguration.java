package ecopark.search.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import ecopark.publication.domain.Publication;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.cfg.LuceneBackendSettings;
import org.hibernate.search.engine.cfg.BackendSettings;
import org.hibernate.search.engine.cfg.EngineSettings;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.orm.cfg.HibernateOrmMapperSettings;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Maps {@link Publication} to the index from here, so the publication feature's entity carries no search annotation:
 * Hibernate Search then indexes a publication when its transaction commits on this node (the publish step, a
 * superseded form) and the mass indexer reads the table. Two analyzers: character bigrams, in which a query's
 * Chinese run is found wherever it stands (循环经济 inside a sentence, without spaces, whatever words a segmenter would
 * have cut around it), and Lucene's smartcn, which segments Chinese into words and ranks whole-word matches first.
 */
@Configuration(proxyBeanMethods = false)
class FormIndexConfiguration {

    @Bean
    HibernatePropertiesCustomizer formIndexMapping(ObjectMapper json, FailureHandler indexFailures) {
        return (Map<String, Object> properties) -> {
            HibernateOrmSearchMappingConfigurer mapping = (HibernateOrmMappingConfigurationContext context) -> {
                TypeMappingStep publication = context.programmaticMapping().type(Publication.class);
                publication.indexed().index(FormIndex.NAME);
                publication.binder(new PublishedFormBinder(json));
            };
            LuceneAnalysisConfigurer analysis = context -> {
                context.analyzer(FormIndex.CHINESE).instance(new SmartChineseAnalyzer());
                // CJKAnalyzer without its English stop words: "and" or "the" in a query must still be found
                context.analyzer(FormIndex.BIGRAMS).instance(new CJKAnalyzer(CharArraySet.EMPTY_SET));
            };
            properties.put(HibernateOrmMapperSettings.MAPPING_CONFIGURER, BeanReference.ofInstance(mapping));
            properties.put(BackendSettings.backendKey(LuceneBackendSettings.ANALYSIS_CONFIGURER),
                    BeanReference.ofInstance(analysis));
            // Failures of the writes after commit are kept for the administrator and repaired by the catch-up
            properties.put(EngineSettings.BACKGROUND_FAILURE_HANDLER, BeanReference.ofInstance(indexFailures));
            // No annotation anywhere maps an entity to an index: skip scanning for them
            properties.putIfAbsent(HibernateOrmMapperSettings.MAPPING_PROCESS_ANNOTATIONS, "false");
        };
    }
}
