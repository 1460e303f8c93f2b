/**
 * Views: how many times each article has been read ("N Views").
 */
package news.dateline.views;
