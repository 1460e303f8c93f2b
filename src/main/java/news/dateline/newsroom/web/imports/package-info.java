/**
 * The newsroom's import screen (admins only): upload an export and its media, read the dry run, start the import,
 * watch it run and keep its report.
 */
@org.jspecify.annotations.NullMarked
package news.dateline.newsroom.web.imports;
