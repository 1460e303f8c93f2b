/** An export's media (a folder or a .tar/.tar.gz archive), unpacked safely and within limits into the job's folder. */
@NullMarked
package news.dateline.imports.internal.media;

import org.jspecify.annotations.NullMarked;
