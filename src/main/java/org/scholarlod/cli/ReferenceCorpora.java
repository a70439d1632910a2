package org.scholarlod.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.scholarlod.source.InputException;
import picocli.CommandLine.Option;

/** The annotated corpora the reference parser is trained and measured on: options shared by two commands. */
final class ReferenceCorpora {
    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            defaultValue = "../shared/data/grobid-citation/corpus",
            description = "Folder of annotated TEI references (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(
            names = "--names",
            paramLabel = "DIR",
            defaultValue = "../shared/data/grobid-name/corpus",
            description = "Folder of annotated TEI author lists (default: ${DEFAULT-VALUE}).")
    Path names;

    /** Refuses folders that are not there, naming them. */
    void check() {
        for (Path folder : new Path[] {corpus, names}) {
            if (!Files.isDirectory(folder)) {
                throw new InputException(folder.toString(), null, "no such corpus folder");
            }
        }
    }
}
