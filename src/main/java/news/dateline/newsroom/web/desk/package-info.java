/** The newsroom's desk screens: the sections and the people who hold bylines. */
@org.jspecify.annotations.NullMarked
package news.dateline.newsroom.web.desk;
