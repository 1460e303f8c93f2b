/**
 * The demo's illustrations as Java2D drawings and the generator that writes them once into the demo's image files.
 */
@org.jspecify.annotations.NullMarked
package news.dateline.demo.art;
