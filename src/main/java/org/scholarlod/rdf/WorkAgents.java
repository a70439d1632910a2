package org.scholarlod.rdf;

import java.util.List;
import org.apache.jena.graph.Node;
import org.scholarlod.model.PersonName;

/**
 * The people or organisations a work names in one role (authors or editors of a cited work, editors of a
 * chapter's book): each a node of that work, linked directly and through an ordered OCDM role.
 */
final class WorkAgents {
    private WorkAgents() {}

    static void write(
            UriMinter uris,
            TripleWriter out,
            Node work,
            List<PersonName> names,
            String role,
            Node proRole,
            Node direct) {
        Node previous = null;
        for (int i = 0; i < names.size(); i++) {
            PersonName name = names.get(i);
            Node agent = uris.workAgent(work, role, i + 1);
            out.add(work, direct, agent);
            if (name.isOrganisation()) {
                out.type(agent, Foaf.Organization, Foaf.Agent);
            } else {
                out.type(agent, Foaf.Person, Foaf.Agent);
                out.text(agent, Foaf.familyName, name.family());
                out.text(agent, Foaf.givenName, name.given());
            }
            out.text(agent, Foaf.name, name.display());
            Node roleNode = uris.workRole(work, role, i + 1);
            out.add(work, Pro.isDocumentContextFor, roleNode);
            out.type(roleNode, Pro.RoleInTime);
            out.add(roleNode, Pro.withRole, proRole);
            out.add(roleNode, Pro.isHeldBy, agent);
            if (previous != null) {
                out.add(previous, Oco.hasNext, roleNode);
            }
            previous = roleNode;
        }
    }
}
