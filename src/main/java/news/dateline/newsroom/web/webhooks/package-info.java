/** The newsroom's webhooks screen: admins register endpoints, read their secrets and watch their deliveries. */
@NullMarked
package news.dateline.newsroom.web.webhooks;

import org.jspecify.annotations.NullMarked;
