package nl.pestprotocol.cases;

/** The PM-model: who leads the case. Levels only go up. */
public enum Level {
    PM_1, PM_2, PM_3;

    public boolean isMax() {
        return this == PM_3;
    }

    public Level next() {
        return isMax() ? this : values()[ordinal() + 1];
    }
}
