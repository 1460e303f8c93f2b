/** The newsroom's analytics: views of the site and of each story over a period, with every table as CSV. */
@org.jspecify.annotations.NullMarked
package news.dateline.newsroom.web.analytics;
