package org.incidentatlas.cli;

import org.incidentatlas.extract.StudyArea;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The {@code --area} option of the commands that extract (and the Spark job): which countries' events are coded. */
public final class StudyAreaOption {

    @Option(names = "--area", paramLabel = "CC[,CC...]", defaultValue = "KG", converter = Converter.class,
            description = "The countries whose events are coded, as ISO codes (default: ${DEFAULT-VALUE});"
                    + " events placed elsewhere are left out, never moved in.")
    StudyArea area;

    public StudyArea area() {
        return area;
    }

    /** "KG,UZ" to a study area; a bad code becomes picocli's one-line usage error. */
    static final class Converter implements ITypeConverter<StudyArea> {
        @Override
        public StudyArea convert(String value) {
            return StudyArea.parse(value);
        }
    }
}
