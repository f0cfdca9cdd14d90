package nl.pestprotocol.bench;

/** The jobs the benchmark measures, each through the API and as its minimal SQL. */
public enum Job {
    OPEN_CASE("open case", "mentor1"),
    LOG_INCIDENT("log incident", "mentor1"),
    READ_CASE("read case", "mentor1"),
    LIST_MENTOR("list as mentor (few cases)", "mentor2"),
    LIST_LC("list as leerlingcoördinator", "lc1"),
    LIST_OC("list as ondersteuningscoördinator", "oc1"),
    TRANSITION("transition to ANALYSEREN", "mentor1");

    public final String label;
    public final String user;

    Job(String label, String user) {
        this.label = label;
        this.user = user;
    }

    public boolean isList() {
        return this == LIST_MENTOR || this == LIST_LC || this == LIST_OC;
    }
}
