package org.scholarlod.web;

import java.net.http.HttpClient;
import java.time.Duration;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Checks every SERVICE call against the allowlist at the moment it is made (after variables are bound and names
 * resolved), before any connection: the last line of defence behind {@link ServiceGuard}'s check of the query.
 */
final class GuardedServiceExecutor implements ChainingServiceExecutor {
    private final ServiceAllowlist allowlist;

    GuardedServiceExecutor(ServiceAllowlist allowlist) {
        this.allowlist = allowlist;
    }

    /**
     * Puts the guard in front of SERVICE execution for queries over a dataset with this context, and gives SERVICE
     * an HTTP client that does not follow redirects: an allowed endpoint must not be able to send the call on to
     * an address the allowlist would refuse.
     */
    static void install(Context context, ServiceAllowlist allowlist) {
        ServiceExecutorRegistry registry =
                ServiceExecutorRegistry.chooseRegistry(context).copy();
        registry.addSingleLink(new GuardedServiceExecutor(allowlist));
        ServiceExecutorRegistry.set(context, registry);
        context.set(
                ARQ.httpQueryClient,
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build());
        context.set(ARQ.httpQueryTimeout, "120000");
    }

    @Override
    public QueryIterator createExecution(
            OpService opExecute,
            OpService opOriginal,
            Binding binding,
            ExecutionContext execCxt,
            ServiceExecutor chain) {
        Node target = opExecute.getService();
        String refusal = target.isURI() ? allowlist.refusal(target.getURI()) : "SERVICE " + target + " is not a URL";
        if (refusal != null) {
            throw new OperationDeniedException(refusal);
        }
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }
}
