/** The newsroom's story editor: writing and saving a story, autosave, the workflow's actions, and its history. */
@org.jspecify.annotations.NullMarked
package news.dateline.newsroom.web.editor;
