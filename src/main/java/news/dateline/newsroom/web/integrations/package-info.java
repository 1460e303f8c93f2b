/** The Integrations screen: admins let outside systems in with API keys and tokens, and shut them out. */
@NullMarked
package news.dateline.newsroom.web.integrations;

import org.jspecify.annotations.NullMarked;
