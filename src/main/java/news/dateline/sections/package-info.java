/**
 * Sections: the desks a publication's stories belong to (World, Politics, ...), in editorial order.
 */
package news.dateline.sections;
