/**
 * Media: the image library — stored originals, responsive renditions, and each image's caption, alt text and credit.
 */
package news.dateline.media;
