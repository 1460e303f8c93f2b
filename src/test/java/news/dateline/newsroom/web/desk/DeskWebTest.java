package news.dateline.newsroom.web.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import news.dateline.accounts.NotPermittedException;
import news.dateline.newsroom.web.StaffScreensSlice;
import news.dateline.people.Person;
import news.dateline.people.PersonForm;
import news.dateline.sections.Section;
import news.dateline.sections.SectionForm;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The sections and people screens bind the form, make one facade call and answer refusals inline or with 403. */
@WithMockUser
class DeskWebTest extends StaffScreensSlice {

    @Test
    void aNewSectionIsTheFormAsTyped() throws Exception {
        when(sections.add(any())).thenReturn(new Section(1, "Sport", "sport", 20));
        mvc.perform(post("/newsroom/sections").with(csrf()).param("name", "Sport").param("position", "20"))
                .andExpect(redirectedTo("/newsroom/sections?done=Section added."));
        verify(sections).add(new SectionForm("Sport", "", "20", ""));
    }

    @Test
    void aRefusedChangeComesBackAsAnInlineError() throws Exception {
        when(sections.change(eq(2L), any())).thenThrow(new IllegalArgumentException("The position is a whole number (lower comes first)"));
        mvc.perform(post("/newsroom/sections/2").with(csrf()).param("name", "Sport").param("position", "second"))
                .andExpect(redirectedTo("/newsroom/sections?error=The position is a whole number (lower comes first)"));
    }

    @Test
    void aPersonsChangeIsOneCallAndARoleThatMayNotIsAnswered403() throws Exception {
        when(people.change(eq(3L), any())).thenReturn(new Person(3, "Ada", "ada", "Bio", 9L));
        mvc.perform(post("/newsroom/people/3").with(csrf()).param("name", "Ada").param("bio", "Bio"))
                .andExpect(redirectedTo("/newsroom/people?done=Saved."));
        verify(people).change(3L, new PersonForm("Ada", "", "Bio"));

        when(people.add(any())).thenThrow(new NotPermittedException("Only editors manage sections and people"));
        mvc.perform(post("/newsroom/people").with(csrf()).param("name", "Guest"))
                .andExpect(status().isForbidden()).andExpect(view().name("newsroom/message"));
    }

    @Test
    void eachTabListsItsOwnRows() throws Exception {
        when(people.forDesk()).thenReturn(List.of(new Person(4, "Ada", "ada", "Bio", null)));
        var result = mvc.perform(get("/newsroom/people").param("error", "Name: too long"))
                .andExpect(status().isOk()).andExpect(view().name("newsroom/people")).andReturn();
        var page = (PeoplePage) result.getModelAndView().getModel().get("page");
        assertThat(page.people()).containsExactly(new PeoplePage.Row(4, "Ada", "ada", "Bio"));
        assertThat(page.error()).isEqualTo("Name: too long");
    }
}
