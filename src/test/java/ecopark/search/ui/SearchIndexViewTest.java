package ecopark.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import ecopark.UiTest;
import ecopark.publication.domain.PublicationRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator rebuilds this node's search index from the menu, in Chinese and in English. */
class SearchIndexViewTest extends UiTest {

    @Autowired PublicationRepository publications;

    @Test
    void the_administrator_rebuilds_the_index_and_is_told_how_many_forms_it_holds() {
        login("admin");
        navigate("admin/search-index");
        assertThat(_find(SideNavItem.class).stream().filter(item -> "检索索引".equals(item.getLabel()))
                .map(SideNavItem::getPath)).containsExactly("admin/search-index");

        assertThat(_get(Paragraph.class, spec -> spec.withId("search-index-last-failure")).getText())
                .isEqualTo("本节点启动以来写入索引未出现失败。");
        _click(_get(Button.class, spec -> spec.withId("search-index-rebuild")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("search-index-result")).getText())
                .isEqualTo("本节点的检索索引已重建，共 " + publications.count() + " 份公开表。");
        assertThat(_get(Button.class, spec -> spec.withId("search-index-rebuild")).isEnabled()).isTrue();
    }
}
