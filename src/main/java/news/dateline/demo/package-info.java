/**
 * Demo: loads a small, complete newspaper (sections, people, drawn images and stories) into an empty database.
 */
package news.dateline.demo;
