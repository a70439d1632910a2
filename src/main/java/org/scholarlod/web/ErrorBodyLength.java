package org.scholarlod.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that leaves the length of an error's body to Jetty, which counts the bytes as they are written.
 * Fuseki sizes its plain-text error messages in characters, so a message echoing anything beyond ASCII (a
 * parameter, a media type) outgrew its declared length and Jetty turned the 4xx into a 500.
 */
final class ErrorBodyLength extends HttpServletResponseWrapper {
    ErrorBodyLength(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setContentLength(int length) {
        if (getStatus() < HttpServletResponse.SC_BAD_REQUEST) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(long length) {
        if (getStatus() < HttpServletResponse.SC_BAD_REQUEST) {
            super.setContentLengthLong(length);
        }
    }
}
