package org.scholarlod.refparse;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A first-order sequence labeller trained as an averaged structured perceptron (Collins 2002) and decoded with
 * Viterbi: it labels each token of a reference with the field it belongs to, or of a name list with the part of
 * a name it is.
 */
final class SequenceModel {
    /** The first line of a model file starts so, and goes on with the model's labels, in order. */
    private static final String FORMAT = "scholarlod-sequence-model 1 ";

    private final int labels;
    private final Map<String, float[]> weights;
    private final float[][] transitions;

    /** Whether training gave the feature a weight: a word it saw, for one ("w=harmonic"). */
    boolean has(String feature) {
        return weights.containsKey(feature);
    }

    private SequenceModel(Map<String, float[]> weights, float[][] transitions) {
        this.labels = transitions[0].length;
        this.weights = weights;
        this.transitions = transitions;
    }

    /** The label of each token, by its place in {@link TokenLabel#ALL}. */
    int[] label(List<String[]> features) {
        int n = features.size();
        if (n == 0) {
            return new int[0];
        }
        float[][] score = new float[n][labels];
        int[][] back = new int[n][labels];
        for (int i = 0; i < n; i++) {
            float[] emission = emission(features.get(i));
            for (int y = 0; y < labels; y++) {
                if (i == 0) {
                    score[i][y] = emission[y] + transitions[labels][y];
                    continue;
                }
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < labels; p++) {
                    float s = score[i - 1][p] + transitions[p][y];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[i][y] = best + emission[y];
                back[i][y] = arg;
            }
        }
        int[] path = new int[n];
        float best = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < labels; y++) {
            if (score[n - 1][y] > best) {
                best = score[n - 1][y];
                path[n - 1] = y;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            path[i - 1] = back[i][path[i]];
        }
        return path;
    }

    private float[] emission(String[] features) {
        float[] sum = new float[labels];
        for (String feature : features) {
            float[] w = weights.get(feature);
            if (w != null) {
                for (int y = 0; y < labels; y++) {
                    sum[y] += w[y];
                }
            }
        }
        return sum;
    }

    /** Trains on labelled sequences, with labels 0 to {@code labels - 1}; the same data and seed give the same model. */
    static SequenceModel train(List<List<String[]>> sequences, List<int[]> gold, int labels, int epochs, long seed) {
        Trainer trainer = new Trainer(labels);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sequences.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (int index : order) {
                trainer.step(sequences.get(index), gold.get(index));
            }
        }
        return trainer.averaged();
    }

    /** Writes the model as gzipped text: its labels' names, the transition matrix, then one feature per line. */
    void write(OutputStream out, List<String> labelNames) throws IOException {
        try (BufferedWriter writer =
                new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
            writer.write(header(labelNames) + "\n");
            for (float[] row : transitions) {
                writer.write(join(row) + "\n");
            }
            for (Map.Entry<String, float[]> entry : new TreeMap<>(weights).entrySet()) {
                writer.write(
                        entry.getKey().replace("\t", " ").replace("\n", " ") + "\t" + join(entry.getValue()) + "\n");
            }
        }
    }

    /** A model bundled on the classpath, or null when this build has none; one that cannot be read is a defect. */
    static SequenceModel bundled(String resource, List<String> labelNames) {
        try (InputStream in = SequenceModel.class.getResourceAsStream(resource)) {
            return in == null ? null : read(in, labelNames);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the bundled model " + resource + " cannot be read", e);
        }
    }

    /** Reads a model written for the same labels, in the same order. */
    static SequenceModel read(InputStream in, List<String> labelNames) throws IOException {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.equals(header(labelNames))) {
                throw new IOException("not a model for the labels " + labelNames + ": " + header);
            }
            float[][] transitions = new float[labelNames.size() + 1][];
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] = parse(reader.readLine());
            }
            Map<String, float[]> weights = new HashMap<>();
            for (String line; (line = reader.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                weights.put(line.substring(0, tab), parse(line.substring(tab + 1)));
            }
            return new SequenceModel(weights, transitions);
        }
    }

    private static String header(List<String> labelNames) {
        return FORMAT + String.join(",", labelNames);
    }

    private static String join(float[] values) {
        StringBuilder text = new StringBuilder();
        for (float v : values) {
            text.append(text.length() == 0 ? "" : " ").append(v == 0 ? "0" : String.format(Locale.ROOT, "%.3f", v));
        }
        return text.toString();
    }

    private static float[] parse(String line) {
        String[] parts = line.split(" ");
        float[] values = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Float.parseFloat(parts[i]);
        }
        return values;
    }

    /** Perceptron updates with lazily averaged weights. */
    private static final class Trainer {
        private final int labels;
        private final Map<String, float[][]> features = new HashMap<>();
        private final float[][][] transitions;
        private int time = 1;

        Trainer(int labels) {
            this.labels = labels;
            transitions = new float[labels + 1][labels][3];
        }

        void step(List<String[]> sequence, int[] gold) {
            SequenceModel current = snapshot();
            int[] guess = current.label(sequence);
            for (int i = 0; i < gold.length; i++) {
                if (guess[i] != gold[i]) {
                    for (String feature : sequence.get(i)) {
                        float[][] w = features.computeIfAbsent(feature, k -> new float[3][labels]);
                        update(w, gold[i], 1);
                        update(w, guess[i], -1);
                    }
                }
                int goldPrev = i == 0 ? labels : gold[i - 1];
                int guessPrev = i == 0 ? labels : guess[i - 1];
                if (goldPrev != guessPrev || gold[i] != guess[i]) {
                    updateTransition(goldPrev, gold[i], 1);
                    updateTransition(guessPrev, guess[i], -1);
                }
            }
            time++;
        }

        private void update(float[][] w, int label, float delta) {
            w[1][label] += (time - w[2][label]) * w[0][label];
            w[2][label] = time;
            w[0][label] += delta;
        }

        private void updateTransition(int from, int to, float delta) {
            float[] t = transitions[from][to];
            t[1] += (time - t[2]) * t[0];
            t[2] = time;
            t[0] += delta;
        }

        /** The current (not averaged) weights, for decoding during training. */
        private SequenceModel snapshot() {
            return new SequenceModel(new CurrentWeights(features), current());
        }

        private float[][] current() {
            float[][] t = new float[labels + 1][labels];
            for (int i = 0; i <= labels; i++) {
                for (int j = 0; j < labels; j++) {
                    t[i][j] = transitions[i][j][0];
                }
            }
            return t;
        }

        SequenceModel averaged() {
            Map<String, float[]> averaged = new HashMap<>();
            for (Map.Entry<String, float[][]> entry : features.entrySet()) {
                float[][] w = entry.getValue();
                float[] avg = new float[labels];
                boolean useful = false;
                for (int y = 0; y < labels; y++) {
                    float total = w[1][y] + (time - w[2][y]) * w[0][y];
                    avg[y] = Math.round(total / time * 1000) / 1000f;
                    useful |= avg[y] != 0;
                }
                if (useful) {
                    averaged.put(entry.getKey(), avg);
                }
            }
            float[][] t = new float[labels + 1][labels];
            for (int i = 0; i <= labels; i++) {
                for (int j = 0; j < labels; j++) {
                    float[] v = transitions[i][j];
                    t[i][j] = Math.round((v[1] + (time - v[2]) * v[0]) / time * 1000) / 1000f;
                }
            }
            return new SequenceModel(averaged, t);
        }
    }

    /** A read-only view of the training weights' current values. */
    private static final class CurrentWeights extends java.util.AbstractMap<String, float[]> {
        private final Map<String, float[][]> features;

        CurrentWeights(Map<String, float[][]> features) {
            this.features = features;
        }

        @Override
        public float[] get(Object key) {
            float[][] w = features.get(key);
            return w == null ? null : w[0];
        }

        @Override
        public java.util.Set<Entry<String, float[]>> entrySet() {
            throw new UnsupportedOperationException("only lookups are needed while training");
        }
    }
}
