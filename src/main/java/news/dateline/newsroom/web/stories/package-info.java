/** The newsroom's story lists: the home page's queues and the story search, sharing one filter form and one engine. */
@org.jspecify.annotations.NullMarked
package news.dateline.newsroom.web.stories;
