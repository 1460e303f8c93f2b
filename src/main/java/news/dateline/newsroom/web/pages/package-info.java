/** The newsroom's Pages screen: static pages listed, written, published and deleted by editors and admins. */
@org.jspecify.annotations.NullMarked
package news.dateline.newsroom.web.pages;
