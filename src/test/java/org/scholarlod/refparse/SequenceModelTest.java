package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceModelTest {
    private static final int AUTHOR = TokenLabel.AUTHOR.ordinal();
    private static final int ISSUED = TokenLabel.ISSUED.ordinal();
    private static final int TITLE = TokenLabel.TITLE.ordinal();
    private static final int OTHER = TokenLabel.OTHER.ordinal();

    /** "Name (Year) Words…": learnable from the shapes alone. */
    private static List<String[]> sequence(String name, String year, String... words) {
        List<String[]> features = new ArrayList<>();
        features.add(new String[] {"b", "s=Xx", "first"});
        features.add(new String[] {"b", "s=("});
        features.add(new String[] {"b", "s=dddd", "w=" + year});
        features.add(new String[] {"b", "s=)"});
        for (String word : words) {
            features.add(new String[] {"b", "s=x", "w=" + word});
        }
        return features;
    }

    private static int[] gold(int words) {
        int[] labels = new int[4 + words];
        labels[0] = AUTHOR;
        labels[1] = OTHER;
        labels[2] = ISSUED;
        labels[3] = OTHER;
        for (int i = 4; i < labels.length; i++) {
            labels[i] = TITLE;
        }
        return labels;
    }

    @Test
    void train_learnsAndRoundTrips() throws IOException {
        List<List<String[]>> sequences = List.of(
                sequence("Smith", "2001", "a", "title"),
                sequence("Jones", "1999", "another", "long", "title"),
                sequence("Lee", "2010", "x"));
        List<int[]> gold = List.of(gold(2), gold(3), gold(1));
        SequenceModel model = SequenceModel.train(sequences, gold, TokenLabel.ALL.size(), 10, 1);
        int[] unseen = model.label(sequence("Wu", "1987", "new", "words", "here"));
        assertArrayEquals(gold(3), unseen);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out, TokenLabel.NAMES);
        SequenceModel read = SequenceModel.read(new ByteArrayInputStream(out.toByteArray()), TokenLabel.NAMES);
        assertArrayEquals(unseen, read.label(sequence("Wu", "1987", "new", "words", "here")));
        assertEquals(0, read.label(List.of()).length);
    }
}
