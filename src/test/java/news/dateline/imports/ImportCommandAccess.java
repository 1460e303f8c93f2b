package news.dateline.imports;

import java.io.PrintStream;

/** Lets tests run {@link ImportCommand} with their own output streams, as no terminal. */
public final class ImportCommandAccess {

    private ImportCommandAccess() {
    }

    public static int run(String[] args, Class<?> application, PrintStream out, PrintStream err) {
        return ImportCommand.run(args, application, out, err, false);
    }
}
