package news.dateline.newsroom.web;

import news.dateline.accounts.NotPermittedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Where Spring Security sends a request that the account's role does not allow. */
@Controller
class ForbiddenController {

    @RequestMapping("/newsroom/forbidden")
    String forbidden() {
        throw new NotPermittedException("Your role does not allow this page.");
    }
}
