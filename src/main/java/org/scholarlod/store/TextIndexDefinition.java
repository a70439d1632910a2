package org.scholarlod.store;

import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.scholarlod.rdf.Dct;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.rdf.Skos;

/** What the full-text index holds: one field, "text", over titles, names, abstracts and keyword labels. */
final class TextIndexDefinition {
    private TextIndexDefinition() {}

    static EntityDefinition entities() {
        EntityDefinition definition = new EntityDefinition("uri", "text");
        definition.setPrimaryPredicate(Dct.title);
        definition.set("text", Foaf.name);
        definition.set("text", Dct.abstract_);
        definition.set("text", Skos.prefLabel);
        // A uid per indexed triple lets the index delete what a reloaded article no longer says.
        definition.setUidField("uid");
        definition.setLangField("lang");
        return definition;
    }

    /** The index's configuration: these entities, with stored values so that a search shows what matched. */
    static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(entities());
        config.setValueStored(true);
        return config;
    }
}
