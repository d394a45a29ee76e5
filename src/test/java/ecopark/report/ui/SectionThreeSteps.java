package ecopark.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.details.Details;

/** Section 三 of the report editor is built when the user opens it: the tests that fill it open it first. */
public final class SectionThreeSteps {

    private SectionThreeSteps() {
    }

    /** Opens section 三 of the editor on screen, as a click on its summary does. */
    public static void openSectionThree() {
        _get(Details.class, spec -> spec.withId("section-three-details")).setOpened(true);
    }
}
