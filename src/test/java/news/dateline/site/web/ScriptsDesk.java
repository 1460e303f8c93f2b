package news.dateline.site.web;

import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;

/**
 * The section and the byline that the world-scripts tests file their stories under, so that their many stories never
 * push the demo stories off the fronts and person pages that other tests of the shared application read.
 */
final class ScriptsDesk {

    static final String SECTION = "Scripts desk";
    static final String CORRESPONDENT = "Scripts Correspondent";

    private ScriptsDesk() {
    }

    static synchronized Section section(Sections sections) {
        return sections.bySlug("scripts-desk").orElseGet(() -> sections.create(SECTION, "scripts-desk", 95));
    }

    static synchronized Person correspondent(People people) {
        return people.bySlug("scripts-correspondent")
                .orElseGet(() -> people.create(CORRESPONDENT, "scripts-correspondent", "Files in every script.", null));
    }
}
