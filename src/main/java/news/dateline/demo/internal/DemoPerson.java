package news.dateline.demo.internal;

/** One entry of {@code demo/people.yaml}. */
record DemoPerson(String name, String slug, String bio, String photo) {
}
