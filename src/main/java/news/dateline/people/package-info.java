/**
 * People: the reporters, editors and contributors whose bylines link to a public page.
 */
package news.dateline.people;
