package news.dateline.newsroom.web.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import news.dateline.accounts.NotPermittedException;
import news.dateline.media.Image;
import news.dateline.media.ImageCredit;
import news.dateline.media.ImageEdit;
import news.dateline.media.ImageRejected;
import news.dateline.media.MediaDesk;
import news.dateline.newsroom.web.StaffScreensSlice;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;

/** The media screens bind the form, make one {@link MediaDesk} call and answer refusals inline or with 403. */
@WithMockUser
class MediaDeskWebTest extends StaffScreensSlice {

    private static Image image(long id) {
        return new Image(id, "key" + id, 1600, 900, List.of(320, 640, 1024, 1600), "A caption", "An alt",
                new ImageCredit("Wire", "Jo"), Instant.parse("2025-05-08T06:30:00Z"), "", "", "", 0.5, 0.5, "Someone");
    }

    @Test
    void aSaveIsOneEditWithTheFormAsTyped() throws Exception {
        mvc.perform(post("/newsroom/media/7").with(csrf()).param("caption", "New caption").param("altText", "New alt")
                        .param("creditSource", "Agency").param("focalX", "25").param("focalY", "75"))
                .andExpect(status().isFound()).andExpect(redirectedTo("/newsroom/media/7?done=Saved."));
        var edit = ArgumentCaptor.forClass(ImageEdit.class);
        verify(mediaDesk).edit(eq(7L), edit.capture());
        assertThat(edit.getValue().caption()).isEqualTo("New caption");
        assertThat(edit.getValue().focalX()).isEqualTo("25");
        assertThat(edit.getValue().photographer()).isNull();
    }

    @Test
    void aRefusedSaveComesBackAsAnInlineError() throws Exception {
        when(mediaDesk.edit(eq(8L), any())).thenThrow(new ImageRejected("The focal point is given in percent, from 0 to 100"));
        mvc.perform(post("/newsroom/media/8").with(csrf()).param("altText", "Alt").param("focalX", "left"))
                .andExpect(status().isFound())
                .andExpect(redirectedTo("/newsroom/media/8?error=The focal point is given in percent, from 0 to 100"));
    }

    @Test
    void aRoleThatMayNotEditIsAnswered403() throws Exception {
        when(mediaDesk.edit(eq(9L), any())).thenThrow(new NotPermittedException("Only editors change an image's caption"));
        mvc.perform(post("/newsroom/media/9").with(csrf()).param("altText", "Alt"))
                .andExpect(status().isForbidden()).andExpect(view().name("newsroom/message"));
    }

    @Test
    void aDeletionRefusedByAUseStaysOnTheImageWithItsReason() throws Exception {
        doThrow(new ImageRejected("This image is the photo of Ada. Choose another photo there first."))
                .when(mediaDesk).delete(10L);
        mvc.perform(post("/newsroom/media/10/delete").with(csrf()))
                .andExpect(redirectedTo("/newsroom/media/10?error=This image is the photo of Ada. Choose another photo there first."));
        mvc.perform(post("/newsroom/media/11/delete").with(csrf()))
                .andExpect(redirectedTo("/newsroom/media?done=Image deleted."));
        verify(mediaDesk).delete(11L);
    }

    @Test
    void anUploadOfNothingAsksForFilesAndOneImageOpensIt() throws Exception {
        when(mediaDesk.upload(List.of())).thenReturn(new MediaDesk.Uploaded(List.of(), List.of(), true));
        mvc.perform(multipart("/newsroom/media").with(csrf()))
                .andExpect(redirectedTo("/newsroom/media?error=Choose one or more JPEG, PNG or WebP files to upload."));

        when(mediaDesk.upload(anyList())).thenReturn(new MediaDesk.Uploaded(List.of(image(12)), List.of(), false));
        mvc.perform(multipart("/newsroom/media").file(new MockMultipartFile("files", "harbour.jpg", "image/jpeg", new byte[] {1, 2}))
                        .with(csrf()))
                .andExpect(redirectedTo("/newsroom/media/12?done=Uploaded. An editor checks its alt text, credit and focal point."));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<MediaDesk.Upload>> uploads = ArgumentCaptor.forClass(List.class);
        verify(mediaDesk, org.mockito.Mockito.atLeastOnce()).upload(uploads.capture());
        assertThat(uploads.getValue()).singleElement().satisfies(u -> assertThat(u.fileName()).isEqualTo("harbour.jpg"));
    }

    @Test
    void theImagePageShowsTheImageInNamedParts() throws Exception {
        when(mediaLibrary.find(13L)).thenReturn(Optional.of(image(13)));
        when(mediaDesk.mayEdit()).thenReturn(true);
        var result = mvc.perform(get("/newsroom/media/13").param("done", "Saved."))
                .andExpect(status().isOk()).andExpect(view().name("newsroom/image"))
                .andExpect(model().attributeExists("page")).andReturn();
        var page = (ImageEditPage) result.getModelAndView().getModel().get("page");
        assertThat(page.notice()).isEqualTo("Saved.");
        assertThat(page.focalPoint()).isEqualTo(new ImageEditPage.FocalPoint(50, 50));
        assertThat(page.credit().photographer()).isEqualTo("Jo");
        assertThat(page.picture().url()).startsWith("/media/key13/").contains("1024");
        assertThat(page.mayEdit()).isTrue();
        assertThat(page.crops()).hasSize(3);
    }

    @Test
    void aMissingImageIs404() throws Exception {
        when(mediaLibrary.find(14L)).thenReturn(Optional.empty());
        mvc.perform(get("/newsroom/media/14")).andExpect(status().isNotFound());
        verify(mediaDesk, never()).delete(14L);
    }

    @Test
    void theLibraryPageSearchesTheDaysInThePublicationsZone() throws Exception {
        when(settings.timeZone()).thenReturn(ZoneId.of("Europe/London"));
        when(mediaLibrary.search(eq("harbour"), eq(Instant.parse("2025-04-30T23:00:00Z")), eq(Instant.parse("2025-05-01T23:00:00Z")),
                eq(2), eq(49))).thenReturn(List.of(image(15)));
        var result = mvc.perform(get("/newsroom/media").param("q", "harbour").param("from", "2025-05-01")
                        .param("to", "2025-05-01").param("page", "2"))
                .andExpect(status().isOk()).andExpect(view().name("newsroom/media")).andReturn();
        var page = (MediaPage) result.getModelAndView().getModel().get("page");
        assertThat(page.images()).singleElement().satisfies(row -> assertThat(row.created()).isEqualTo("08 May 2025, 07:30"));
        assertThat(page.pagination().previousHref()).isEqualTo("/newsroom/media?q=harbour&from=2025-05-01&to=2025-05-01&page=1");
        assertThat(page.pagination().nextHref()).isNull();
    }
}
