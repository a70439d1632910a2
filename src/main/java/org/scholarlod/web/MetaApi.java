package org.scholarlod.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.Pro;
import org.scholarlod.store.NodeIdGraph;

/**
 * The OpenCitations Meta REST API v1 over our store, at {@code /meta/v1}: {@code /metadata/{ids}},
 * {@code /author/{id}} and {@code /editor/{id}} with the fields, JSON (default) and CSV (by {@code Accept} or
 * {@code ?format=csv}), and the plain-text errors RAMOSE gives, so that a client written for
 * {@code https://api.opencitations.net/meta/v1} works when pointed here.
 */
final class MetaApi extends Route {
    private static final long serialVersionUID = 1L;

    static final String PATH = "/meta/v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** An operation: its path, its parameter, the pattern the value must match, and an example call. */
    private record Operation(String name, String parameter, Pattern valid, String example) {
        String template() {
            return PATH + "/" + name + "/{" + parameter + "}";
        }
    }

    private static final List<Operation> OPERATIONS = List.of(
            new Operation("metadata", "ids", MetaIds.WORK_IDS, "doi:10.1007/978-1-4020-9632-7"),
            new Operation("author", "id", MetaIds.AGENT_ID, "orcid:0000-0002-8420-0696"),
            new Operation("editor", "id", MetaIds.AGENT_ID, "orcid:0000-0003-2098-4759"));

    private final transient DatasetGraph dataset;
    private final transient MetaIds ids;

    MetaApi(DatasetGraph dataset, BaseUri base) {
        this.dataset = dataset;
        this.ids = new MetaIds(base);
    }

    @Override
    protected void read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        for (Operation op : OPERATIONS) {
            String prefix = "/" + op.name() + "/";
            if (path.startsWith(prefix) || path.equals("/" + op.name())) {
                String value = path.length() > prefix.length() ? path.substring(prefix.length()) : "";
                if (!op.valid().matcher(value).matches()) {
                    ErrorPage.plain(response, HttpServletResponse.SC_BAD_REQUEST, invalid(op, value));
                    return;
                }
                answer(request, response, Txn.calculateRead(dataset, () -> rows(op, value)));
                return;
            }
        }
        ErrorPage.plain(
                response,
                HttpServletResponse.SC_NOT_FOUND,
                "HTTP status code 404: the operation requested does not exist");
    }

    private List<Map<String, String>> rows(Operation op, String value) {
        MetaRecords records = new MetaRecords(new NodeIdGraph(dataset), ids);
        List<Node> works = switch (op.name()) {
            case "metadata" -> records.works(MetaIds.works(value));
            case "author" -> records.worksOf(MetaIds.agent(value), Pro.author);
            default -> records.worksOf(MetaIds.agent(value), Pro.editor);
        };
        return works.stream().map(records::row).toList();
    }

    private static String invalid(Operation op, String value) {
        String shown = CONTROL.matcher(value.length() > 200 ? value.substring(0, 200) + "…" : value)
                .replaceAll("?");
        String problem = value.isEmpty()
                ? "the operation '" + op.template() + "' requires a value for parameter '" + op.parameter() + "'"
                : "the value '" + shown + "' is not valid for parameter '" + op.parameter() + "' in operation '"
                        + op.template() + "'";
        return "HTTP status code 400: " + problem + ". Example: " + PATH + "/" + op.name() + "/" + op.example();
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, List<Map<String, String>> rows)
            throws IOException {
        String format = request.getParameter("format");
        String accept = request.getHeader("Accept");
        boolean csv = format != null
                ? format.equalsIgnoreCase("csv")
                : accept != null
                        && AcceptHeader.quality(accept, "text/csv") > AcceptHeader.quality(accept, "application/json");
        if (csv) {
            send(request, response, "text/csv; charset=utf-8", csv(rows).getBytes(StandardCharsets.UTF_8));
        } else {
            send(
                    request,
                    response,
                    "application/json",
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(rows));
        }
    }

    /** RFC 4180: a field with a comma, quote or line break quoted, quotes doubled, lines ended by CRLF. */
    static String csv(List<Map<String, String>> rows) {
        StringBuilder out = new StringBuilder(String.join(",", MetaRecords.FIELDS)).append("\r\n");
        for (Map<String, String> row : rows) {
            for (int i = 0; i < MetaRecords.FIELDS.size(); i++) {
                String value = row.get(MetaRecords.FIELDS.get(i));
                out.append(i == 0 ? "" : ",")
                        .append(value.matches("(?s).*[,\"\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
