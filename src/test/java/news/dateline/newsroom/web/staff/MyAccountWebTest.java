package news.dateline.newsroom.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import news.dateline.accounts.Account;
import news.dateline.accounts.AccountException;
import news.dateline.accounts.NotPermittedException;
import news.dateline.accounts.Role;
import news.dateline.newsroom.web.StaffScreensSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The account screens bind the form, make one accounts call and show refusals on the form or as 400/403. */
@WithMockUser
class MyAccountWebTest extends StaffScreensSlice {

    private final Account me = new Account(21, "ada", "Ada", "ada@example.com", Role.ADMIN, true, null,
            Instant.parse("2025-05-08T06:30:00Z"));

    @BeforeEach
    void signedIn() {
        when(accounts.requireSignedIn()).thenReturn(me);
        when(settings.timeZone()).thenReturn(ZoneId.of("Europe/London"));
    }

    @Test
    void turningTwoFactorOffWithoutACodeShowsTheReasonOnTheForm() throws Exception {
        doThrow(new AccountException("twoFactor", "Type a current code (or a recovery code) to turn it off."))
                .when(twoFactor).turnOffOwn(me, "");
        var result = mvc.perform(post("/newsroom/account/two-factor/off").with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("newsroom/account")).andReturn();
        var page = (MyAccountPage) result.getModelAndView().getModel().get("page");
        assertThat(page.errors()).isEqualTo(Map.of("twoFactor", "Type a current code (or a recovery code) to turn it off."));

        mvc.perform(post("/newsroom/account/two-factor/off").with(csrf()).param("code", "123456"))
                .andExpect(redirectedTo("/newsroom/account?done=Two-factor sign-in is off."));
        verify(twoFactor).turnOffOwn(me, "123456");
    }

    @Test
    void anAccountAnAdminDoesNotLookAfterIsRefused() throws Exception {
        when(accounts.manage(me, 22L)).thenThrow(new NotPermittedException("Only an admin can manage accounts"));
        mvc.perform(get("/newsroom/accounts/22")).andExpect(status().isForbidden()).andExpect(view().name("newsroom/message"));
    }

    @Test
    void anUnknownRoleIsAnswered400() throws Exception {
        mvc.perform(post("/newsroom/accounts/23/role").with(csrf()).param("role", "OWNER"))
                .andExpect(status().isBadRequest()).andExpect(view().name("newsroom/message"));
        when(sessions.of(eq(me), eq(21L), any())).thenReturn(List.of());
        mvc.perform(get("/newsroom/account")).andExpect(status().isOk()).andExpect(view().name("newsroom/account"));
    }
}
