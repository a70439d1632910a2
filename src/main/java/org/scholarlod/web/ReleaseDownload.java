package org.scholarlod.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scholarlod.store.Releases;

/**
 * The store's dated releases at {@code /releases/{name}}: each N-Quads gzip dump and its {@code .sha256} file, as
 * {@code load --release} wrote them; a name that is not a listed release's is 404.
 */
final class ReleaseDownload extends Route {
    private static final long serialVersionUID = 1L;

    static final String PREFIX = "/releases/";

    private final transient Releases releases;

    ReleaseDownload(Releases releases) {
        this.releases = releases;
    }

    @Override
    protected void read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        for (Releases.Release release : releases.list()) {
            boolean checksum = name.equals(release.name() + ".sha256");
            if (name.equals(release.name()) || checksum) {
                Path file = checksum ? release.dump().resolveSibling(name) : release.dump();
                response.setContentType(checksum ? "text/plain; charset=utf-8" : "application/gzip");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
                response.setContentLengthLong(Files.size(file));
                if (!isHead(request)) {
                    Files.copy(file, response.getOutputStream());
                }
                return;
            }
        }
        ErrorPage.plain(response, HttpServletResponse.SC_NOT_FOUND, "there is no release " + name);
    }
}
