/**
 * Articles: stories — headline, standfirst, body, section, bylines, hero image — and their publication.
 */
package news.dateline.articles;
