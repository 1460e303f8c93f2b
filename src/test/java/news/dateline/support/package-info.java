/**
 * What the tests share, and the conventions every test keeps.
 *
 * <h2>Shared, so start nothing of your own</h2>
 * <ul>
 *   <li><b>One application.</b> {@link news.dateline.support.SiteTest} runs the whole application on a real HTTP port,
 *   on SQLite, with the demo newspaper loaded; every subclass shares that one started application (Spring's context
 *   cache). Each new {@code @DynamicPropertySource}, {@code @TestPropertySource} or {@code @MockitoBean} combination
 *   starts another one and slows the whole suite: add one only when nothing else can test the thing.</li>
 *   <li><b>Both databases.</b> {@link news.dateline.support.Database} gives a persistence test a fresh, migrated
 *   SQLite or PostgreSQL database; run such a test on both with {@code @EnumSource(Database.class)}.</li>
 *   <li><b>One browser.</b> {@link news.dateline.support.Browser} drives one headless Chromium for the whole run:
 *   sign in with {@code Browser.signIn}, wait with {@code Browser.waitFor}.</li>
 *   <li><b>One desk.</b> {@link news.dateline.support.Newsdesk} files and publishes stories through the facades, in
 *   sections and under bylines of the tests' own ({@code SiteTest.newsdesk()}); {@code Newsdesk.scriptsSection} is
 *   the world-scripts tests' section. {@link news.dateline.support.MutableClock} is the application's clock.</li>
 * </ul>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Data unique per test.</b> Tests share one application and database: give headlines, slugs, usernames and
 *   search words something unique ({@code System.nanoTime()}, {@code SearchFixtures.uniqueWord()}), file under a
 *   section and byline of your own, never assert on counts of the whole site, never change what the demo stories
 *   show (other tests read them).</li>
 *   <li><b>No sleeping, no stopwatch.</b> No {@code Thread.sleep}, no hand-written polling loop, no assertion on how
 *   long something took. Wait on a condition with Awaitility ({@code Awaitility.await().atMost(...).until(...)}), or
 *   with the named helpers built on it: {@code SiteTest.untilCached}, {@code SearchFixtures.awaitIndexed},
 *   {@code Browser.waitFor}.</li>
 *   <li><b>Wait for exactly the thing you then assert.</b> The journal follower, the search index, the page cache and
 *   the browser each catch up on their own: one thing being ready says nothing of another. Two tests did otherwise
 *   ({@code PublicSearchTest} waited until the search found one story and asserted on several, each indexed on its
 *   own; {@code NewsroomBrowserTest} waited for a released story's page and asserted on the home page, dropped from the
 *   cache a moment later), and {@code verify} failed in 2 runs of 7.
 *   <pre>{@code
 * // Wrong: waits for the first story, asserts on both
 * awaitFound(search, readers(word), List.of(first.id()));
 * assertThat(ids(search.find(readers(word)))).containsExactlyInAnyOrder(first.id(), second.id());
 *
 * // Right: waits for what it asserts
 * awaitIndexed(search, readers(word), List.of(first.id(), second.id()));
 * assertThat(ids(search.find(readers(word)))).containsExactlyInAnyOrder(first.id(), second.id());
 * }</pre>
 *   The same holds for pages: after a change, wait on the very page you then assert on, until it shows the change
 *   (not until another page does, nor merely until it is cached again).</li>
 * </ul>
 */
package news.dateline.support;
