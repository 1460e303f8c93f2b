package news.dateline.newsroom.web.imports;

/** One line of an import's report as the screen and its JSON show it: level in words, the item, the message. */
public record ImportLine(String level, String item, String message) {
}
