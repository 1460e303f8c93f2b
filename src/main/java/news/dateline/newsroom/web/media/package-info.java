/** The newsroom's image library screens: upload, search, an image's metadata, focal point and crops, deletion. */
@org.jspecify.annotations.NullMarked
package news.dateline.newsroom.web.media;
