/**
 * Newsroom: where reporters and editors write, edit and publish — the stories desk, the editor, and desk administration.
 */
package news.dateline.newsroom;
