package news.dateline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Dateline: the newsroom and the public news site in one application. */
@SpringBootApplication
public class DatelineApplication {

    public static void main(String[] args) {
        if (news.dateline.backup.BackupCommand.handles(args)) {
            System.exit(news.dateline.backup.BackupCommand.run(args)); // backup --to FILE.tar, restore --from FILE.tar
        }
        if (news.dateline.imports.ImportCommand.handles(args)) {
            System.exit(news.dateline.imports.ImportCommand.run(args, DatelineApplication.class)); // import wordpress FILE ...
        }
        SpringApplication.run(DatelineApplication.class, args);
    }
}
