package org.scholarlod.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.scholarlod.refparse.ReferenceEvaluation;
import org.scholarlod.refparse.ReferenceParser;
import org.scholarlod.refparse.RepeatedAuthors;
import org.scholarlod.source.InputException;
import org.scholarlod.source.jats.JatsCitations;

/** The reference parser measured on the completely tagged mixed citations of JATS files, per path given. */
record TaggedCitations(
        ReferenceEvaluation.Result all,
        Map<String, ReferenceEvaluation.Result> byPath,
        int read,
        List<String> unreadable) {
    /** Reads every file, leaving out (and naming) those that are not XML: a folder of samples may hold some. */
    static TaggedCitations read(List<Path> paths, ReferenceParser parser) throws IOException {
        List<String> unreadable = new ArrayList<>();
        Map<String, ReferenceEvaluation.Result> byPath = new LinkedHashMap<>();
        List<ReferenceEvaluation.Tagged> all = new ArrayList<>();
        int read = 0;
        int files = 0;
        for (Path path : paths) {
            List<Path> xml = files(path);
            List<ReferenceEvaluation.Tagged> scored = new ArrayList<>();
            for (Path file : xml) {
                List<JatsCitations.Citation> citations;
                try {
                    citations = JatsCitations.read(file.toString(), Files.readAllBytes(file));
                } catch (InputException e) {
                    unreadable.add(e.getMessage());
                    continue;
                }
                String unmarked = null;
                for (JatsCitations.Citation c : citations) {
                    read++;
                    boolean marked = RepeatedAuthors.marked(c.text());
                    if (c.completelyTagged()) {
                        scored.add(new ReferenceEvaluation.Tagged(
                                c.text(), c.work(), c.unscored(), marked ? unmarked : null));
                    }
                    unmarked = marked ? unmarked : c.text();
                }
            }
            files += xml.size();
            all.addAll(scored);
            byPath.put(path.toString(), ReferenceEvaluation.evaluateTagged(scored, xml.size(), parser));
        }
        return new TaggedCitations(
                ReferenceEvaluation.evaluateTagged(all, files, parser), byPath, read, List.copyOf(unreadable));
    }

    private static List<Path> files(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new InputException(path.toString(), null, "no such file or folder");
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".nxml"))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
