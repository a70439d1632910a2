package org.scholarlod.rdf;

/** Maps one concern of an article (its bibliographic data, its authors, its references …) to triples. */
interface ConcernMapper {
    void map(MappingContext context);
}
